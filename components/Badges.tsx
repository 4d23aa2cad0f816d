import type { EntityKind, FactStatus } from "@/db/schema";
import { getMessages } from "@/lib/i18n";

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

/** Shown only for facts that rest on a single report. */
export function FactStatusBadge({ status }: { status: FactStatus }) {
  return status === "reported" ? <span className="badge badge-warn">{m.common.status.reported}</span> : null;
}

export function UnofficialBadge() {
  return <span className="badge badge-warn">{m.common.unofficial}</span>;
}
