import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound, permanentRedirect } from "next/navigation";
import { getEntity, groupBySources, type DesignationView, type EntityDetail, type SourceRef } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import type { Messages } from "@/lib/i18n";
import { FactStatusBadge, InForceBadge, KindBadge, UnofficialBadge } from "@/components/Badges";
import { ChangeList } from "@/components/ChangeList";
import { DataTable, type Column } from "@/components/DataTable";
import { DataText } from "@/components/DataText";
import { DateText } from "@/components/DateText";
import { NameText } from "@/components/NameText";
import { SourceLinks } from "@/components/SourceLinks";
import { ListRemarks } from "./ListRemarks";
import { NameOrigins, nameSourceKey, nameSources } from "./NameOrigins";
import { SourceLine } from "./SourceLine";
import { StatusLine } from "./StatusLine";
import { EditLink } from "@/components/EditLink";
import { Notices } from "@/components/Notices";
import { ParamReader, readRecordKeeping, recordKeepingHref, type SearchParams } from "@/lib/params";
import { langOfDataText, langOfScript } from "@/lib/domain/script";
import { headingNames } from "@/lib/domain/heading-names";
import { parseId } from "@/lib/validation/id";
import { ageOn } from "@/lib/domain/age";
import { isPartialDate, today } from "@/lib/domain/partial-date";
import { RelationshipItem } from "@/components/RelationshipItem";

export const dynamic = "force-dynamic";

async function load(id: string, withRecordKeeping: boolean): Promise<EntityDetail> {
  const messages = await getMessages();
  const entityId = parseId(id);
  if (entityId === null) notFound();
  const entity = getEntity(entityId, undefined, { withRecordKeeping });
  if (!entity) notFound();
  // Merged into another (docs/decisions/0009): the address answers 308 with the survivor's, where everything of both is.
  if (entity.mergedInto !== null) permanentRedirect(messages.path(`/entities/${entity.mergedInto}`));
  return entity;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const entityId = parseId(id);
  const entity = entityId === null ? null : getEntity(entityId);
  const m = await getMessages();
  return { title: entity ? (headingNames(entity.names, m.locale).heading?.value ?? entity.name) : m.common.notFound.title };
}

/** A date of birth in the page's language, with the age it gives today (a range for a year or a month alone). */
async function BirthDate({ value }: { value: string }) {
  const m = await getMessages();
  const age = ageOn(value, today());
  return (
    <>
      <DateText value={value} />
      {age ? <span className="muted"> ({m.common.age(age)})</span> : null}
    </>
  );
}

export default async function EntityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const m = await getMessages();
  const query = new ParamReader(await searchParams, m.common.invalidParam);
  const withRecordKeeping = readRecordKeeping(query);
  const e = await load(id, withRecordKeeping);
  const t = m.entities.detail;
  const { heading, beside } = headingNames(e.names, m.locale);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/entities">{m.entities.list.title}</Link>
      </p>
      <div className="title-row">
        <h1 lang={langOfScript(heading?.script)}>{heading?.value ?? e.name}</h1>
        <EditLink href={`/admin/entities/${e.id}`} />
      </div>
      {beside.length > 0 ? (
        <p className="names-beside">
          {beside.map((n, i) => (
            <span key={n.id}>
              {i > 0 ? " · " : ""}
              <span className="muted">{t.nameType[n.type]}</span> <NameText name={n} />
              <UnofficialBadge official={n.official} />
            </span>
          ))}
        </p>
      ) : null}
      <StatusLine entity={e} />
      <p>
        <KindBadge kind={e.kind} />{" "}
        {e.designationsByAuthority.map((g) => (
          <span key={g.authority.code}>
            <span className={g.designations.some((d) => d.inForce) ? "badge badge-ok" : "badge badge-off"}>{g.authority.code}</span>{" "}
          </span>
        ))}
      </p>
      {e.withdrawn ? <div className="notice notice-bad">{t.withdrawn(e.withdrawn.reason)}</div> : null}
      {e.remarks ? (
        <p className="lede" lang={langOfDataText(e.remarks, m.locale)}>
          {e.remarks}
        </p>
      ) : null}

      <section aria-labelledby="names">
        <h2 id="names">{t.names}</h2>
        <DataTable
          columns={nameColumns(m)}
          groups={groupBySources(e.names, nameSources, nameSourceKey).map((g) => ({
            key: g.key,
            header: <NameOrigins sources={g.sources} />,
            rows: g.items,
          }))}
          rowKey={(n) => n.id}
        />
      </section>

      {e.identifiers.length > 0 ? (
        <section aria-labelledby="identifiers">
          <h2 id="identifiers">{t.identifiers}</h2>
          {groupBySources(e.identifiers, sourceList, sourceKey).map((g) => (
            <div key={g.key} className="source-group">
              <SourceLine sources={g.sources} />
              <dl className="facts">
                {g.items.map((i) => (
                  <div key={i.id} style={{ display: "contents" }}>
                    <dt>{t.identifierType[i.type]}</dt>
                    <dd>
                      <span className="mono">{i.value}</span>
                      {i.country ? ` (${i.country})` : ""}{" "}
                      {i.checkDigitValid === true ? <span className="badge badge-ok">{t.checkDigitValid}</span> : null}
                      {i.checkDigitValid === false ? <span className="badge badge-bad">{t.checkDigitInvalid}</span> : null}
                      {i.note ? (
                        <div className="small muted" lang={langOfDataText(i.note, m.locale)}>
                          {i.note}
                        </div>
                      ) : null}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      ) : null}

      {e.attributes.length > 0 ? (
        <section aria-labelledby="details">
          <h2 id="details">{t.details}</h2>
          {groupBySources(e.attributes, sourceList, sourceKey).map((g) => (
            <div key={g.key} className="source-group">
              <SourceLine sources={g.sources} />
              <dl className="facts">
                {g.items.map((a) => (
                  <div key={a.id} style={{ display: "contents" }}>
                    <dt>{t.attribute[a.key]}</dt>
                    <dd>
                      {a.key === "birth_date" && isPartialDate(a.value) ? <BirthDate value={a.value} /> : <DataText text={a.value} />}{" "}
                      <FactStatusBadge status={a.status} />
                      {a.note ? <div className="small muted">{a.note}</div> : null}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="designations">
        <h2 id="designations">{t.designations}</h2>
        {e.designationsByAuthority.length === 0 ? <p>{t.noDesignations}</p> : null}
        {e.designationsByAuthority.map((g) => (
          <div key={g.authority.code}>
            <h3>{t.byAuthority(g.authority.code, m.referenceNames.authority(g.authority.code, g.authority.name))}</h3>
            <DataTable columns={designationColumns(m)} rows={g.designations} rowKey={(d) => d.id} />
          </div>
        ))}
      </section>

      <ListRemarks records={e.listRecords} />

      {e.relationships.length > 0 ? (
        <section aria-labelledby="relationships">
          <h2 id="relationships">{t.relationships}</h2>
          <ul className="plain">
            {e.relationships.map((r) => (
              <RelationshipItem key={`${r.id}-${r.direction}`} r={r} basePath="/entities" />
            ))}
          </ul>
        </section>
      ) : null}

      {e.possibleMatches.length > 0 ? (
        <section aria-labelledby="possible-matches">
          <h2 id="possible-matches">{t.possibleMatches}</h2>
          <p className="muted small">{t.possibleMatchesLede}</p>
          <ul className="plain">
            {e.possibleMatches.map((p) => (
              <li key={p.id}>
                <Link href={`/entities/${p.id}`}>{p.name}</Link> <KindBadge kind={p.kind} />
                <div className="small">
                  {t.possibleMatchBasis}: {m.changes.mergeRule(p.basis)}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {e.merged.length > 0 ? (
        <section aria-labelledby="merged">
          <h2 id="merged">{t.merged}</h2>
          <p className="muted small">{t.mergedLede}</p>
          <ul className="plain">
            {e.merged.map((r) => (
              <li key={r.id}>
                {t.mergedEntry(r.name, r.id)}
                {r.rule ? (
                  <div className="small">
                    {t.mergedBy}: {m.changes.mergeRule(r.rule)}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {e.refs.length > 0 ? (
        <section aria-labelledby="refs">
          <h2 id="refs">{t.refs}</h2>
          <ul className="plain">
            {e.refs.map((r) => (
              <li key={r.ref}>
                <span className="mono">{r.ref}</span>{" "}
                <span className="muted small">{t.refOrigin[r.origin === "record" && r.basis ? "merged" : r.origin]}</span>
                {r.basis ? <span className="small"> · {m.changes.mergeRule(r.basis)}</span> : null} <FactStatusBadge status={r.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {e.listRecords.length > 0 ? (
        <section aria-labelledby="list-records">
          <h2 id="list-records">{t.listRecords}</h2>
          <DataTable
            caption={t.listRecordsCaption}
            columns={listRecordColumns(m)}
            rows={e.listRecords}
            rowKey={(r) => `${r.listKey}:${r.recordId}`}
          />
        </section>
      ) : null}

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t.timeline}</h2>
        <p className="muted small">
          {withRecordKeeping ? m.changes.recordKeeping.withRecord : t.timelineLede}{" "}
          <Link href={recordKeepingHref(`/entities/${e.id}`, !withRecordKeeping, "#timeline")}>
            {withRecordKeeping ? m.changes.recordKeeping.hide : m.changes.recordKeeping.show}
          </Link>
        </p>
        <Notices notices={query.notices} />
        <ChangeList items={e.timeline} showEntity={false} />
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{t.sources}</h2>
        <SourceLinks sources={e.sources} />
      </section>
    </>
  );
}

type EntityName = EntityDetail["names"][number];

/** An identifier's or a detail's source, as a list for `groupBySources`. */
const sourceList = (fact: { source: SourceRef | null }): SourceRef[] => (fact.source ? [fact.source] : []);
const sourceKey = (s: SourceRef): string => String(s.id);
type ListRecord = EntityDetail["listRecords"][number];

function nameColumns(messages: Messages): Column<EntityName>[] {
  const t = messages.entities.detail;
  return [
    {
      header: t.nameColumns.name,
      className: "stack-title",
      cell: (n) => (
        <>
          <NameText name={n} />
          <UnofficialBadge official={n.official} /> <FactStatusBadge status={n.status} />
          {n.note ? (
            <div className="small muted" lang={langOfDataText(n.note, messages.locale)}>
              {n.note}
            </div>
          ) : null}
        </>
      ),
    },
    { header: t.nameColumns.type, cell: (n) => t.nameType[n.type] },
    { header: t.nameColumns.script, cell: (n) => t.script[n.script] ?? n.script },
    { header: t.nameColumns.language, cell: (n) => (n.lang ? (t.language[n.lang] ?? n.lang) : "") },
  ];
}

function designationColumns(messages: Messages): Column<DesignationView>[] {
  const t = messages.entities.detail;
  return [
    {
      header: t.designationColumns.program,
      className: "stack-title",
      cell: (d) => (
        <>
          <DataText text={messages.referenceNames.program(d.program.code, d.program.name)} /> <InForceBadge inForce={d.inForce} />{" "}
          <FactStatusBadge status={d.status} />
          {d.legalBasis || d.program.legalBasis ? (
            <div className="small">
              {t.legalBasis}: <DataText text={d.legalBasis ?? d.program.legalBasis} />
            </div>
          ) : null}
          {d.announcement ? (
            <div className="small">
              {t.announcement}:{" "}
              <Link href={`/announcements/${d.announcement.id}`} lang={langOfDataText(d.announcement.title, messages.locale)}>
                {d.announcement.title}
              </Link>
            </div>
          ) : null}
          {d.listRecordId ? (
            <div className="small muted">
              {t.listRecord}: {d.listRecordId}
            </div>
          ) : null}
        </>
      ),
    },
    {
      header: t.designationColumns.listed,
      cell: (d) => (
        <>
          {d.listedOn || !d.firstSeenOn ? <DateText value={d.listedOn} /> : <span className="muted">{t.listingDateNotPublished}</span>}
          {d.firstSeenOn ? (
            <div className="small muted">
              {t.firstSeenIn} <DateText value={d.firstSeenOn} />
            </div>
          ) : null}
        </>
      ),
    },
    { header: t.designationColumns.effective, cell: (d) => <DateText value={d.effectiveOn} /> },
    {
      header: t.designationColumns.delisted,
      cell: (d) => (
        <>
          {d.delistedOn ? <DateText value={d.delistedOn} /> : "—"}
          {d.delistingReason ? (
            <div className="small">
              {t.delistingReason}: <DataText text={d.delistingReason} />
            </div>
          ) : null}
          {d.delistingSource ? <SourceLinks sources={[d.delistingSource]} inline /> : null}
        </>
      ),
    },
    { header: t.designationColumns.reason, cell: (d) => <DataText text={d.reason} /> },
    { header: t.designationColumns.sources, cell: (d) => <SourceLinks sources={d.sources} /> },
  ];
}

function listRecordColumns(messages: Messages): Column<ListRecord>[] {
  const t = messages.entities.detail;
  return [
    { header: t.listRecordColumns.list, cell: (r) => messages.referenceNames.list(r.listKey, r.label) },
    { header: t.listRecordColumns.record, cell: (r) => r.recordId, className: "mono" },
    { header: t.listRecordColumns.firstSeen, cell: (r) => <DateText value={r.firstSeenOn} /> },
    {
      header: t.listRecordColumns.removed,
      cell: (r) => (r.removedOn ? <DateText value={r.removedOn} /> : <span className="muted">{t.listRecordOnList}</span>),
    },
  ];
}
