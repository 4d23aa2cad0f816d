import { Link } from "@/components/Link";
import type { ControlListView, RevisionView } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import type { Messages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { SourceLinks } from "@/components/SourceLinks";

/** The check column: adds up, does not add up, restates the list on a new basis, or conflicts with another report. */
export async function CheckMarker({ revision }: { revision: RevisionView }) {
  const messages = await getMessages();
  const t = messages.exportControls.marker;
  const { mismatch, restatement, reported } = revision.check;
  if (!mismatch && !restatement && !reported) return <span className="badge badge-ok">{t.ok}</span>;
  return (
    <span className="badge-list">
      {restatement ? <span className="badge badge-info">{t.restatement}</span> : null}
      {mismatch ? <span className="badge badge-bad">{t.mismatch}</span> : null}
      {reported ? <span className="badge badge-warn">{t.conflict}</span> : null}
    </span>
  );
}

/** The id of a revision's section on its list's page. */
export const revisionAnchor = (r: RevisionView) => `revision-${r.id}`;

/** "798 + 682 − 0 = 1,480 ≠ 1,159" or "1,159 + 243 − 0 = 1,402 ✓". */
export const arithmetic = (r: RevisionView, m: Messages) =>
  m.exportControls.check(r.check.previousTotal, r.added, r.removed, r.check.expectedTotal, r.total);

/** "798 items plus 682 added, counted as 1,159 HS 6-digit codes"; empty unless the count basis changed. */
export function restated(r: RevisionView, messages: Messages): string {
  const b = r.check.restatement;
  const unit = messages.referenceNames.unit;
  return b
    ? messages.exportControls.restated(r.check.previousTotal, unit(b.previousBasis), r.added, r.removed, r.total, unit(b.basis))
    : "";
}

/** "Reported elsewhere: 1,139 (source …). 1,139 + 243 = 1,382, not 1,402; the official previous total is 1,159." */
export async function Reported({ r }: { r: RevisionView }) {
  const messages = await getMessages();
  const t = messages.exportControls;
  const rep = r.check.reported;
  if (!rep) return null;
  return (
    <>
      {r.reportedSource ? (
        <>
          {t.reportedBefore(rep.previousTotal)}
          <SourceLinks sources={[r.reportedSource]} inline />
          {t.reportedAfter}
        </>
      ) : (
        t.reportedNoSource(rep.previousTotal)
      )}{" "}
      {t.reportedSum(rep.previousTotal, r.added, r.removed, rep.impliedTotal, r.total, r.check.previousTotal, rep.addsUp)}
    </>
  );
}

/** One flagged revision in a list of discrepancies: its date (a link to `href`), the failed sum if any, the conflicting report if any. */
export async function DiscrepancyLine({ r, href }: { r: RevisionView; href: string }) {
  const messages = await getMessages();
  const d = messages.exportControls.detail;
  return (
    <>
      <Link href={href}>{d.revisionHeading(r.effectiveOn)}</Link>: {r.check.mismatch ? <>{arithmetic(r, messages)}. </> : null}
      <Reported r={r} />
    </>
  );
}

/** Authority, unit and current total of a control list, as the first facts of its section or page. */
export async function ListFacts({ list }: { list: ControlListView }) {
  const messages = await getMessages();
  const t = messages.exportControls;
  const names = messages.referenceNames;
  return (
    <>
      <dt>{t.authority}</dt>
      <dd>
        {names.authority(list.authority.code, list.authority.name)} <span className="muted">({list.authority.code})</span>
        {list.authorityNote ? <span className="muted">; {names.controlListNote(list.key, list.authorityNote)}</span> : null}
      </dd>
      <dt>{t.unit}</dt>
      <dd>{names.unit(list.unit)}</dd>
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
