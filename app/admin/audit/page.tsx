import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { checkPageAccess } from "@/lib/auth/guard";
import { listAudit, listAuditActors, type AuditItem } from "@/lib/read/audit";
import { ParamReader, type SearchParams } from "@/lib/params";
import { auditFiltersSchema } from "@/lib/validation/audit";
import { AccessDenied } from "../AccessDenied";
import { ShownValueText } from "./ShownValueText";
import { DataTable } from "@/components/DataTable";
import { Notices } from "@/components/Notices";
import { Pagination } from "@/components/Pagination";
import { SourceLinks } from "@/components/SourceLinks";
import styles from "../admin.module.css";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.audit.title, robots: { index: false } };
}

/** Before → after, one line per field, each value in words. */
async function Diff({ item }: { item: AuditItem }) {
  const { admin } = await getMessages();
  const t = admin.audit;
  const shown = item.changes.slice(0, 12);
  return (
    <ul className={styles.diff}>
      {shown.map((d) => (
        <li key={d.key}>
          {admin.field(d.key)}: <ShownValueText value={d.before} /> → <ShownValueText value={d.after} />
        </li>
      ))}
      {item.changes.length > shown.length ? <li className="muted">{t.moreChanges(item.changes.length - shown.length)}</li> : null}
    </ul>
  );
}

async function What({ item }: { item: AuditItem }) {
  const { admin } = await getMessages();
  const t = admin.audit;
  return (
    <>
      <span className="mono">{item.action}</span>
      <div className="small">
        {item.entity ? (
          <Link href={`/admin/entities/${item.entity.id}`}>{item.entity.name}</Link>
        ) : item.subjectType === "announcement" ? (
          <Link href={`/admin/announcements/${item.subjectId}`}>{t.subject(item.subjectType, item.subjectId)}</Link>
        ) : (
          t.subject(item.subjectType, item.subjectId)
        )}
        {item.occurredOn ? <span className="muted"> · {t.occurred(item.occurredOn)}</span> : null}
        {item.runId !== null ? (
          <>
            {" · "}
            <Link href={`/imports/${item.runId}`}>{t.run(item.runId)}</Link>
          </>
        ) : null}
      </div>
    </>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { admin } = await getMessages();
  const access = await checkPageAccess("editor", "/admin/audit");
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const t = admin.audit;
  const params = new ParamReader(await searchParams);
  const shape = auditFiltersSchema.shape;
  const filters = {
    actor: params.get("actor", shape.actor),
    entityId: params.get("entity", shape.entity),
    from: params.get("from", shape.from),
    to: params.get("to", shape.to),
    page: params.get("page", shape.page),
  };
  const result = listAudit(filters);
  const actors = listAuditActors();
  const first = (result.page - 1) * result.pageSize + 1;
  const kept = {
    actor: filters.actor,
    entity: filters.entityId?.toString(),
    from: filters.from,
    to: filters.to,
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">{admin.form.backToAdmin}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <Notices notices={params.notices} />
      <form className="filters" method="get" action="/admin/audit" aria-label={t.filters}>
        <div className={`field ${styles.actorField}`}>
          <label htmlFor="audit-actor">{t.actor}</label>
          <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">{t.anyone}</option>
            {actors.map((a) => (
              <option key={a.value} value={a.value}>
                {admin.who(a.by)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t.entity}</label>
          <input id="audit-entity" name="entity" type="text" inputMode="numeric" size={8} defaultValue={kept.entity ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t.from}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t.to}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div>
          <button type="submit">{t.apply}</button> <Link href="/admin/audit">{t.reset}</Link>
        </div>
      </form>

      <p role="status">{t.count(result.total, first, first + result.items.length - 1)}</p>
      {result.items.length > 0 ? (
        <DataTable
          caption={t.caption}
          rows={result.items}
          rowKey={(item) => item.id}
          columns={[
            {
              header: t.columns.when,
              className: "nowrap",
              cell: (item) => <time dateTime={item.recordedAt}>{admin.timestamp(item.recordedAt)}</time>,
            },
            { header: t.columns.who, cell: (item) => admin.who(item.by) },
            { header: t.columns.what, cell: (item) => <What item={item} /> },
            { header: t.columns.change, className: "stack-full", cell: (item) => <Diff item={item} /> },
            { header: t.columns.why, cell: (item) => item.reason ?? <span className="muted">{t.noReason}</span> },
            {
              header: t.columns.source,
              cell: (item) => (item.source ? <SourceLinks sources={[item.source]} inline /> : <span className="muted">{t.noReason}</span>),
            },
          ]}
        />
      ) : null}
      <Pagination path="/admin/audit" params={kept} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
