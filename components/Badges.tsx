import type { EntityKind, FactStatus } from "@/lib/domain/vocabulary";
import { getMessages } from "@/lib/i18n";
import type { EntityDayState } from "@/lib/read/in-force";

const m = getMessages();

export function KindBadge({ kind }: { kind: EntityKind }) {
  return <span className="badge badge-kind">{m.common.kind[kind]}</span>;
}

export function InForceBadge({ inForce }: { inForce: boolean }) {
  return inForce ? (
    <span className="badge badge-ok">{m.common.status.inForce}</span>
  ) : (
    <span className="badge badge-off">{m.common.status.delisted}</span>
  );
}

/** An entity's state on the day a list is shown for (see `EntityDayState`). */
export function DayStateBadge({ state }: { state: EntityDayState }) {
  if (state === "in_force" || state === "in_force_seen") return <InForceBadge inForce />;
  if (state === "unknown") return <span className="badge badge-warn">{m.entities.list.statusUnknown}</span>;
  return <InForceBadge inForce={false} />;
}

/** Shown only for facts that rest on a single report. */
export function FactStatusBadge({ status }: { status: FactStatus }) {
  return status === "reported" ? <span className="badge badge-warn">{m.common.status.reported}</span> : null;
}

export function UnofficialBadge() {
  return <span className="badge badge-warn">{m.common.unofficial}</span>;
}
