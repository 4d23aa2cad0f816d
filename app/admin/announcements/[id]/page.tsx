import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ENTITY_KINDS } from "@/db/schema";
import { checkPageAccess } from "@/lib/auth/guard";
import { getAnnouncement, type AnnouncementDetail } from "@/lib/read";
import { getAnnouncementForEdit } from "@/lib/read/admin";
import { search } from "@/lib/search/engine";
import { ParamReader, type SearchParams } from "@/lib/params";
import { defaultListingDate } from "@/lib/domain/listing-date";
import { AccessDenied } from "../../AccessDenied";
import { DoneNotice } from "../../_components/DoneNotice";
import { ENTRY_KINDS } from "../schema";
import { AnnouncementEditForm } from "../forms";
import { AttachForm } from "./AttachForm";
import { NewDesignationForm } from "./NewDesignationForm";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { SourceLinks } from "@/components/SourceLinks";
import { KindBadge } from "@/components/Badges";
import { Notices } from "@/components/Notices";
import styles from "../../admin.module.css";
import { getMessages } from "@/lib/i18n/request";
import { langOfDataText } from "@/lib/domain/script";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.announcements.title, robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const noticeSchema = z.enum(["created", "updated", "entered", "attached", "unchanged"]);
const langOf = (text: string) => (/[\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3]/.test(text) ? "ko" : undefined);

async function Counts({ a }: { a: AnnouncementDetail }) {
  const { admin, common } = await getMessages();
  const d = admin.announcements.detail;
  const missing = a.counts.filter((c) => c.missing > 0);
  return (
    <>
      {missing.length > 0 ? (
        <p className="notice notice-bad">{d.missingNotice(missing.map((c) => common.kindCount(c.missing, c.kind)))}</p>
      ) : a.counts.length > 0 ? (
        <p className="small">{d.allEntered}</p>
      ) : null}
      <DataTable
        caption={d.countsCaption}
        rows={a.counts}
        rowKey={(c) => c.kind}
        columns={[
          { header: d.columns.kind, rowHeader: true, cell: (c) => common.kindPlural[c.kind] },
          { header: d.columns.declared, numeric: true, cell: (c) => c.declared ?? <span className="muted">{d.notDeclared}</span> },
          { header: d.columns.entered, numeric: true, cell: (c) => c.entered },
          {
            header: d.columns.missing,
            cell: (c) => (
              <>
                {d.enteredOf(c.entered, c.declared, common.kindPlural[c.kind].toLowerCase())}
                {c.missing > 0 ? (
                  <>
                    {" "}
                    <span className="badge badge-bad">{d.missing(c.missing)}</span>
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}

async function Entered({ a }: { a: AnnouncementDetail }) {
  const { admin, common } = await getMessages();
  const d = admin.announcements.detail;
  if (a.entities.length === 0) return <p className="muted">{d.noneEntered}</p>;
  return (
    <DataTable
      caption={d.enteredCaption}
      rows={a.entities}
      rowKey={(e) => e.designationId}
      columns={[
        {
          header: d.enteredColumns.name,
          className: "stack-title",
          cell: (e) => (
            <>
              <Link href={`/admin/entities/${e.id}#designation-${e.designationId}`} aria-label={d.correct(e.name)} lang={langOf(e.name)}>
                {e.name}
              </Link>
              {e.otherNames.length ? (
                <div className="small muted">
                  {e.otherNames.map((n, i) => (
                    <span key={i} lang={langOf(n.value)}>
                      {i > 0 ? "; " : ""}
                      {n.value}
                      {n.official ? "" : ` (${common.unofficial})`}
                    </span>
                  ))}
                </div>
              ) : null}
            </>
          ),
        },
        { header: d.enteredColumns.kind, cell: (e) => <KindBadge kind={e.kind} /> },
        { header: d.enteredColumns.reason, cell: (e) => e.reason ?? <span className="muted">—</span> },
        {
          header: d.enteredColumns.delisted,
          cell: (e) => (e.delistedOn ? <DateText value={e.delistedOn} /> : <span className="muted">—</span>),
        },
      ]}
    />
  );
}

async function Attach({ a, q, kind }: { a: AnnouncementDetail; q: string | undefined; kind: string | undefined }) {
  const { admin, common } = await getMessages();
  const t = admin.announcements.attach;
  const results = q ? search({ q, kind: kind as (typeof ENTITY_KINDS)[number] | undefined, limit: 10 }).results : null;
  const entered = new Set(a.entities.map((e) => e.id));
  return (
    <section aria-labelledby="attach-heading">
      <h3 id="attach-heading">{t.heading}</h3>
      <form method="get" action={`/admin/announcements/${a.id}`} className="filters" role="search" aria-label={t.heading}>
        <div className="field">
          <label htmlFor="attach-q">{t.query}</label>
          <input id="attach-q" name="q" type="search" defaultValue={q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="attach-kind">{t.kind}</label>
          <select id="attach-kind" name="kind" defaultValue={kind ?? ""}>
            <option value="">{t.anyKind}</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {common.kind[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">{t.search}</button>
        </div>
      </form>
      {results && q ? (
        results.length === 0 ? (
          <p className="muted" role="status">
            {t.none(q)}
          </p>
        ) : (
          <ul className={styles.results} aria-label={t.caption(q)}>
            {results.map((r) => (
              <li key={r.id}>
                <div>
                  <Link href={`/entities/${r.id}`} lang={langOf(r.name)}>
                    {r.name}
                  </Link>{" "}
                  <KindBadge kind={r.kind} />{" "}
                  <span className="small muted">
                    {t.entity(r.id)} · {r.authorities.length ? t.designatedBy(r.authorities.join(", ")) : t.notDesignated}
                  </span>
                </div>
                {entered.has(r.id) ? (
                  <span className="badge badge-ok">{t.entered}</span>
                ) : (
                  <AttachForm announcementId={a.id} entityId={r.id} label={t.label(r.name, common.kind[r.kind])} />
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}

export default async function AdminAnnouncementPage({ params, searchParams }: Props) {
  const { admin, common, referenceNames, locale } = await getMessages();
  const { id } = await params;
  const access = await checkPageAccess("editor", `/admin/announcements/${encodeURIComponent(id)}`);
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const t = admin.announcements;
  const d = t.detail;
  const a = /^[a-z0-9][a-z0-9-]{2,99}$/.test(id) ? getAnnouncement(id) : null;
  const edit = a ? getAnnouncementForEdit(id) : null;
  if (!a || !edit) notFound();

  const query = new ParamReader(await searchParams);
  const done = query.get("done", noticeSchema);
  const nonce = query.raw("n") ?? "";
  const q = query.get("q", z.string().trim().min(1).max(200));
  const kind = query.get("kind", z.enum(ENTRY_KINDS));

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/announcements">{d.breadcrumb}</Link>
      </p>
      <h1 lang={langOfDataText(a.title, locale)}>{a.title}</h1>
      <DoneNotice message={done ? t.notices[done] : undefined} />
      <Notices notices={query.notices} />
      <dl className="facts">
        <dt>{d.facts.id}</dt>
        <dd className="mono">{a.id}</dd>
        <dt>{d.facts.authority}</dt>
        <dd>
          {referenceNames.authority(a.authority.code, a.authority.name)} <span className="muted">({a.authority.code})</span>
        </dd>
        <dt>{d.facts.program}</dt>
        <dd lang={langOfDataText(a.program?.name, locale)}>{a.program?.name ?? <span className="muted">{common.none}</span>}</dd>
        <dt>{d.facts.announced}</dt>
        <dd>
          <DateText value={a.announcedOn} />
        </dd>
        <dt>{d.facts.effective}</dt>
        <dd>
          <DateText value={a.effectiveOn} />
        </dd>
        <dt>{d.facts.sources}</dt>
        <dd>
          <SourceLinks sources={a.sources} />
        </dd>
      </dl>
      <p>
        <Link href={`/announcements/${a.id}`}>{admin.form.publicPage}</Link>
      </p>

      <section aria-labelledby="counts">
        <h2 id="counts">{d.countsHeading}</h2>
        <Counts a={a} />
      </section>

      <section aria-labelledby="entered">
        <h2 id="entered">{d.enteredHeading}</h2>
        <Entered a={a} />
      </section>

      <section aria-labelledby="add">
        <h2 id="add">{d.addHeading}</h2>
        <p className="muted small">{d.addLede(defaultListingDate(a).basis)}</p>
        <Attach a={a} q={q} kind={kind} />
        <section aria-labelledby="entry-heading">
          <h3 id="entry-heading">{t.entry.heading}</h3>
          <NewDesignationForm key={`entry-${nonce}`} announcementId={a.id} initialKind={kind} listingDefault={defaultListingDate(a)} />
        </section>
      </section>

      <section aria-labelledby="edit-announcement">
        <h2 id="edit-announcement">{d.editHeading}</h2>
        <AnnouncementEditForm
          key={`edit-${edit.version}`}
          id="edit-announcement-form"
          labelledBy="edit-announcement"
          hidden={{ id: edit.id, version: edit.version, openedAt: new Date().toISOString() }}
          values={{
            title: edit.title,
            program: edit.program ?? "",
            announcedOn: edit.announcedOn,
            effectiveOn: edit.effectiveOn ?? "",
            declaredVessels: edit.declaredVessels?.toString() ?? "",
            declaredOrganizations: edit.declaredOrganizations?.toString() ?? "",
            declaredIndividuals: edit.declaredIndividuals?.toString() ?? "",
            summary: edit.summary ?? "",
          }}
        />
      </section>
    </>
  );
}
