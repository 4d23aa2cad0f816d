import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound, permanentRedirect } from "next/navigation";
import { z } from "zod";
import { IDENTIFIER_TYPES, NAME_TYPES, RELATIONSHIP_TYPES } from "@/db/schema";
import { getDb } from "@/db/client";
import { checkPageAccess } from "@/lib/auth/guard";
import { getEntityForAdmin } from "@/lib/read";
import { getEntityForEdit, listDesignationsForEdit, type DesignationForEdit } from "@/lib/read/admin";
import { loadRelationships } from "@/lib/read/entity/relationships";
import { ParamReader, type SearchParams } from "@/lib/params";
import { parseId } from "@/lib/validation/id";
import { langOfScript } from "@/lib/domain/script";
import { RelationshipItem } from "@/components/RelationshipItem";
import { ATTRIBUTES_BY_KIND } from "@/lib/validation/entity";
import { AccessDenied } from "../../AccessDenied";
import { DoneNotice } from "../../_components/DoneNotice";
import { NAME_LANGUAGES } from "../../_lib/languages";
import {
  AddDetailForm,
  AddIdentifierForm,
  AddNameForm,
  AddRelationshipForm,
  DelistForm,
  DesignationEditForm,
  EntityEditForm,
  WithdrawDesignationForm,
  WithdrawEntityForm,
} from "./forms";
import { DateText } from "@/components/DateText";
import { FactStatusBadge, InForceBadge, KindBadge, UnofficialBadge } from "@/components/Badges";
import styles from "../../admin.module.css";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.entities.title, robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const noticeSchema = z.enum([
  "saved",
  "nameAdded",
  "identifierAdded",
  "detailAdded",
  "designationSaved",
  "delisted",
  "designationWithdrawn",
  "entityWithdrawn",
  "relationshipAdded",
  "unchanged",
]);

async function Designation({ d, entityId, openedAt, nonce }: { d: DesignationForEdit; entityId: number; openedAt: string; nonce: string }) {
  const { admin } = await getMessages();
  const t = admin.entities.edit;
  const f = admin.form;
  const hidden = { designationId: d.id, entityId, version: d.version, openedAt };
  const heading = `designation-${d.id}-h`;
  return (
    <section id={`designation-${d.id}`} aria-labelledby={heading} className={`${styles.card} ${d.withdrawnAt ? styles.withdrawn : ""}`}>
      <h3 id={heading}>{t.designation(d.authorityCode, d.programName)}</h3>
      <p>
        {d.withdrawnAt ? (
          <span className="badge badge-off">{t.designationWithdrawn(d.withdrawnAt, d.withdrawnReason)}</span>
        ) : (
          <InForceBadge inForce={d.inForce} />
        )}{" "}
        <FactStatusBadge status={d.status} /> <span className="small muted">{t.version(d.version)}</span>
      </p>
      <dl className="facts">
        {d.announcementId ? (
          <>
            <dt>{t.announcement}</dt>
            <dd>
              <Link href={`/admin/announcements/${d.announcementId}`}>{d.announcementId}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t.listedOn}</dt>
        <dd>
          <DateText value={d.listedOn} />
        </dd>
        <dt>{t.effectiveOn}</dt>
        <dd>
          <DateText value={d.effectiveOn} />
        </dd>
        {d.delistedOn ? (
          <>
            <dt>{t.delist}</dt>
            <dd>{t.delistedOn(d.delistedOn, d.delistingReason)}</dd>
          </>
        ) : null}
        <dt>{t.reason}</dt>
        <dd>{d.reason ?? <span className="muted">—</span>}</dd>
      </dl>
      {d.withdrawnAt ? null : (
        <>
          <h4 id={`designation-${d.id}-edit-h`}>{t.editDesignation}</h4>
          <DesignationEditForm
            key={`edit-${d.version}-${nonce}`}
            id={`designation-${d.id}-edit`}
            labelledBy={`designation-${d.id}-edit-h`}
            hidden={hidden}
            values={{
              reason: d.reason ?? "",
              legalBasis: d.legalBasis ?? "",
              listedOn: d.listedOn ?? "",
              effectiveOn: d.effectiveOn ?? "",
              status: d.status,
            }}
            fields={[
              { kind: "textarea", name: "reason", label: t.reason },
              { kind: "text", name: "legalBasis", label: t.legalBasis },
              {
                kind: "group",
                legend: admin.announcements.form.dates,
                fields: [
                  { kind: "text", name: "listedOn", label: t.listedOn, hint: f.dateHint, size: "short" },
                  { kind: "text", name: "effectiveOn", label: t.effectiveOn, hint: f.dateHint, size: "short" },
                ],
              },
              {
                kind: "select",
                name: "status",
                label: t.status,
                options: [
                  { value: "confirmed", label: f.status.confirmed },
                  { value: "reported", label: f.status.reported },
                ],
              },
            ]}
            submit={t.saveDesignation}
          />
          {d.delistedOn ? null : (
            <details>
              <summary id={`designation-${d.id}-delist-h`}>{t.delist}</summary>
              <DelistForm
                key={`delist-${d.version}-${nonce}`}
                id={`designation-${d.id}-delist`}
                labelledBy={`designation-${d.id}-delist-h`}
                hidden={hidden}
                fields={[
                  { kind: "text", name: "delistedOn", label: t.delistedOnField, hint: f.dateHint, required: true, size: "short" },
                  { kind: "textarea", name: "reason", label: t.delistingReason, required: true },
                  { kind: "text", name: "source", label: t.delistingSource, hint: t.delistingSourceHint, required: true },
                ]}
                submit={t.submitDelist}
              />
            </details>
          )}
          <details>
            <summary id={`designation-${d.id}-withdraw-h`}>{t.withdrawDesignation}</summary>
            <p className="small muted">{t.withdrawDesignationLede}</p>
            <WithdrawDesignationForm
              key={`withdraw-${d.version}-${nonce}`}
              id={`designation-${d.id}-withdraw`}
              labelledBy={`designation-${d.id}-withdraw-h`}
              hidden={hidden}
              fields={[{ kind: "textarea", name: "reason", label: t.withdrawReason, required: true }]}
              submit={t.submitWithdrawDesignation}
            />
          </details>
        </>
      )}
    </section>
  );
}

export default async function AdminEntityPage({ params, searchParams }: Props) {
  const { admin, entities: words } = await getMessages();
  const { id } = await params;
  const access = await checkPageAccess("editor", `/admin/entities/${encodeURIComponent(id)}`);
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const entityId = parseId(id);
  if (entityId === null) notFound();
  const record = getEntityForEdit(entityId);
  const entity = record ? getEntityForAdmin(entityId) : null;
  if (!record || !entity) notFound();
  // A merged-away record is edited as the one it was merged into (docs/decisions/0009).
  if (entity.mergedInto !== null) permanentRedirect(`/admin/entities/${entity.mergedInto}`);
  const designations = listDesignationsForEdit(entityId);
  const relationships = loadRelationships(entityId, getDb());

  const query = new ParamReader(await searchParams);
  const done = query.get("done", noticeSchema);
  const nonce = query.raw("n") ?? "";
  const t = admin.entities.edit;
  const f = admin.form;
  const openedAt = new Date().toISOString();
  const withdrawn = record.withdrawnAt !== null;
  const entityHidden = { entityId, version: record.version, openedAt };
  const primaryScript = entity.names.find((n) => n.type === "primary")?.script ?? "";

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/entities">{t.breadcrumb}</Link>
      </p>
      <h1 lang={langOfScript(primaryScript)}>{t.title(record.name)}</h1>
      <p>
        <KindBadge kind={record.kind} /> <span className="small muted">{t.version(record.version)}</span>
      </p>
      <DoneNotice message={done ? admin.entities.notices[done] : undefined} />
      {record.withdrawnAt ? <p className="notice notice-bad">{t.withdrawn(record.withdrawnAt, record.withdrawnReason)}</p> : null}
      <nav className={styles.sectionNav} aria-label={t.breadcrumb}>
        <Link href={`/entities/${entityId}`}>{f.publicPage}</Link>
        <Link href={`/admin/audit?entity=${entityId}`}>{t.history}</Link>
      </nav>

      {withdrawn ? null : (
        <section aria-labelledby="record">
          <h2 id="record">{t.record}</h2>
          <EntityEditForm
            key={`record-${record.version}-${nonce}`}
            id="record-form"
            labelledBy="record"
            hidden={entityHidden}
            values={{ name: record.name, remarks: record.remarks ?? "" }}
            fields={[
              { kind: "text", name: "name", label: t.name, hint: t.nameHint, required: true },
              { kind: "textarea", name: "remarks", label: t.remarks },
            ]}
            submit={t.save}
          />
        </section>
      )}

      <section aria-labelledby="designations">
        <h2 id="designations">{t.designations}</h2>
        {designations.length === 0 ? <p className="muted">{t.noDesignations}</p> : null}
        {designations.map((d) => (
          <Designation key={d.id} d={d} entityId={entityId} openedAt={openedAt} nonce={nonce} />
        ))}
      </section>

      <section aria-labelledby="names">
        <h2 id="names">{t.names}</h2>
        <ul>
          {entity.names.map((n) => (
            <li key={n.id}>
              <span lang={n.lang ?? langOfScript(n.script)}>{n.value}</span>{" "}
              <span className="small muted">{words.detail.nameType[n.type]}</span>
              <UnofficialBadge official={n.official} />
            </li>
          ))}
        </ul>
        {withdrawn ? null : (
          <details>
            <summary id="add-name">{t.addName}</summary>
            <AddNameForm
              key={`name-${record.version}-${nonce}`}
              id="add-name-form"
              labelledBy="add-name"
              hidden={{ entityId }}
              fields={[
                { kind: "text", name: "value", label: t.nameValue, required: true },
                {
                  kind: "select",
                  name: "type",
                  label: t.nameType,
                  options: NAME_TYPES.filter((n) => n !== "primary").map((n) => ({ value: n, label: words.detail.nameType[n] })),
                },
                { kind: "checkbox", name: "official", label: t.official, defaultChecked: true },
                {
                  kind: "select",
                  name: "lang",
                  label: t.lang,
                  options: [
                    { value: "", label: admin.announcements.entry.langUnknown },
                    ...NAME_LANGUAGES.map((l) => ({ value: l, label: words.detail.language[l] ?? l })),
                  ],
                },
                { kind: "text", name: "source", label: t.source, hint: t.delistingSourceHint },
              ]}
              submit={t.submitName}
            />
          </details>
        )}
      </section>

      <section aria-labelledby="identifiers">
        <h2 id="identifiers">{t.identifiers}</h2>
        {entity.identifiers.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <ul>
            {entity.identifiers.map((i) => (
              <li key={i.id}>
                {words.detail.identifierType[i.type]}: <span className="mono">{i.value}</span>
                {i.country ? ` (${i.country})` : ""}
                {i.checkDigitValid === false ? <span className="badge badge-bad"> {words.detail.checkDigitInvalid}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {withdrawn ? null : (
          <details>
            <summary id="add-identifier">{t.addIdentifier}</summary>
            <AddIdentifierForm
              key={`identifier-${record.version}-${nonce}`}
              id="add-identifier-form"
              labelledBy="add-identifier"
              hidden={{ entityId }}
              fields={[
                {
                  kind: "select",
                  name: "type",
                  label: t.identifierType,
                  options: IDENTIFIER_TYPES.map((v) => ({ value: v, label: words.detail.identifierType[v] })),
                },
                { kind: "text", name: "value", label: t.identifierValue, required: true, check: { typeField: "type" } },
                { kind: "text", name: "country", label: t.identifierCountry, hint: f.countryHint, size: "short" },
                { kind: "text", name: "source", label: t.source },
              ]}
              submit={t.submitIdentifier}
            />
          </details>
        )}
      </section>

      <section aria-labelledby="details">
        <h2 id="details">{t.details}</h2>
        {entity.attributes.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <dl className="facts">
            {entity.attributes.map((a) => (
              <div key={a.id} style={{ display: "contents" }}>
                <dt>{words.detail.attribute[a.key]}</dt>
                <dd>{a.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {withdrawn ? null : (
          <details>
            <summary id="add-detail">{t.addDetail}</summary>
            <AddDetailForm
              key={`detail-${record.version}-${nonce}`}
              id="add-detail-form"
              labelledBy="add-detail"
              hidden={{ entityId, kind: record.kind }}
              fields={[
                {
                  kind: "select",
                  name: "key",
                  label: t.detailKey,
                  options: ATTRIBUTES_BY_KIND[record.kind].map((k) => ({ value: k, label: words.detail.attribute[k] })),
                },
                { kind: "text", name: "value", label: t.detailValue, required: true },
                { kind: "text", name: "source", label: t.source },
              ]}
              submit={t.submitDetail}
            />
          </details>
        )}
      </section>

      <section aria-labelledby="relationships">
        <h2 id="relationships">{t.relationships}</h2>
        {relationships.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <ul>
            {relationships.map((r) => (
              <RelationshipItem key={`${r.id}-${r.direction}`} r={r} basePath="/admin/entities" />
            ))}
          </ul>
        )}
        {withdrawn ? null : (
          <details>
            <summary id="add-relationship">{t.addRelationship}</summary>
            <AddRelationshipForm
              key={`relationship-${record.version}-${nonce}`}
              id="add-relationship-form"
              labelledBy="add-relationship"
              hidden={{ entityId }}
              fields={[
                {
                  kind: "select",
                  name: "type",
                  label: t.relationshipType,
                  hint: t.relationshipTypeHint,
                  options: RELATIONSHIP_TYPES.map((v) => ({ value: v, label: words.detail.relation.outgoing[v] })),
                },
                {
                  kind: "entity",
                  name: "toEntityId",
                  label: t.relatedEntity,
                  hint: t.relatedEntityHint,
                  required: true,
                  exclude: entityId,
                },
                {
                  kind: "select",
                  name: "status",
                  label: t.relationshipStatus,
                  options: [
                    { value: "confirmed", label: f.status.confirmed },
                    { value: "reported", label: f.status.reported },
                  ],
                },
                { kind: "text", name: "source", label: t.source },
              ]}
              submit={t.submitRelationship}
            />
          </details>
        )}
      </section>

      {withdrawn ? null : (
        <section aria-labelledby="withdraw-entity">
          <h2 id="withdraw-entity">{t.withdrawEntity}</h2>
          <p className="small muted">{t.withdrawEntityLede}</p>
          <WithdrawEntityForm
            key={`withdraw-${record.version}-${nonce}`}
            id="withdraw-entity-form"
            labelledBy="withdraw-entity"
            hidden={entityHidden}
            fields={[{ kind: "textarea", name: "reason", label: t.withdrawReason, required: true }]}
            submit={t.submitWithdrawEntity}
          />
        </section>
      )}
    </>
  );
}
