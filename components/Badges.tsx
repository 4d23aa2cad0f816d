import type { EntityKind, FactStatus } from "@/lib/domain/vocabulary";
import { getMessages } from "@/lib/i18n/request";
import type { EntityDayState } from "@/lib/read/in-force";

export async function KindBadge({ kind }: { kind: EntityKind }) {
  const m = await getMessages();
  return <span className="badge badge-kind">{m.common.kind[kind]}</span>;
}

export async function InForceBadge({ inForce }: { inForce: boolean }) {
  const m = await getMessages();
  return inForce ? (
    <span className="badge badge-ok">{m.common.status.inForce}</span>
  ) : (
    <span className="badge badge-off">{m.common.status.delisted}</span>
  );
}

/** An entity's state on the day a list is shown for (see `EntityDayState`). */
export async function DayStateBadge({ state }: { state: EntityDayState }) {
  const m = await getMessages();
  if (state === "in_force" || state === "in_force_seen") return <InForceBadge inForce />;
  if (state === "unknown") return <span className="badge badge-warn">{m.entities.list.statusUnknown}</span>;
  return <InForceBadge inForce={false} />;
}

/** Shown only for facts that rest on a single report. */
export async function FactStatusBadge({ status }: { status: FactStatus }) {
  const m = await getMessages();
  return status === "reported" ? <span className="badge badge-warn">{m.common.status.reported}</span> : null;
}

/** Nothing for an official name; a space and the "unofficial" badge for one that is not, to follow the name inline. */
export async function UnofficialBadge({ official }: { official: boolean }) {
  if (official) return null;
  const m = await getMessages();
  return (
    <>
      {" "}
      <span className="badge badge-warn">{m.common.unofficial}</span>
    </>
  );
}
