import type { ControlListView, RevisionView } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";

/** The check column: adds up, does not add up, or conflicts with another report. */
export function CheckMarker({ revision }: { revision: RevisionView }) {
  const t = getMessages().exportControls.marker;
  const { consistent, reported } = revision.check;
  if (consistent && !reported) return <span className="badge badge-ok">{t.ok}</span>;
  return (
    <span className="badge-list">
      {consistent ? null : <span className="badge badge-bad">{t.mismatch}</span>}
      {reported ? <span className="badge badge-warn">{t.conflict}</span> : null}
    </span>
  );
}

/** Authority, unit and current total of a control list, as the first facts of its section or page. */
export function ListFacts({ list }: { list: ControlListView }) {
  const t = getMessages().exportControls;
  return (
    <>
      <dt>{t.authority}</dt>
      <dd>
        {list.authority.name} <span className="muted">({list.authority.code})</span>
        {list.authorityNote ? <span className="muted">; {list.authorityNote}</span> : null}
      </dd>
      <dt>{t.unit}</dt>
      <dd>{list.unit}</dd>
      <dt>{t.currentTotal}</dt>
      <dd>
        {list.current ? (
          <>
            <strong className="num">{formatNumber(list.current.total)}</strong>{" "}
            <span className="muted">{t.since(list.current.effectiveOn)}</span>
          </>
        ) : (
          <span className="muted">{t.notGiven}</span>
        )}
      </dd>
    </>
  );
}
