import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { announcementSources, announcements, designationSources, designations } from "@/db/schema";
import {
  delistInputSchema,
  designationInputSchema,
  designationUpdateInputSchema,
  type DelistInput,
  type DesignationInput,
  type DesignationUpdateInput,
} from "@/lib/validation/designation";
import { type CommandContext, DomainError, inTransaction, logChange, nowOf, parseInput, pick, withoutEmpty } from "./context";
import { assertNotWithdrawn, assertVersion } from "./concurrency";
import { assertEntityExists, touchEntity } from "./entities";
import { preparedStatements, rowId } from "@/db/connection";
import { ensureProgram, requireAuthority } from "./reference";
import { ensureSource, ensureSources } from "./sources";
import { type AnyChange, updateVersioned } from "./versioned";
import { DESIGNATION_LIST_ENTRY, DESIGNATION_TERMS } from "@/lib/domain/change-kinds";

type Designation = typeof designations.$inferSelect;

const p = sql.placeholder;

const statements = preparedStatements((db) => ({
  byIdentity: db
    .select()
    .from(designations)
    .where(
      and(
        eq(designations.entityId, p("entityId")),
        eq(designations.authorityCode, p("authorityCode")),
        eq(designations.programId, p("programId")),
      ),
    )
    .prepare(),
  insert: db
    .insert(designations)
    .values({
      entityId: p("entityId"),
      authorityCode: p("authorityCode"),
      programId: p("programId"),
      announcementId: p("announcementId"),
      listedOn: p("listedOn"),
      effectiveOn: p("effectiveOn"),
      reason: p("reason"),
      legalBasis: p("legalBasis"),
      status: p("status"),
      listRecordId: p("listRecordId"),
      firstSeenOn: p("firstSeenOn"),
      recordedAt: p("recordedAt"),
      updatedAt: p("updatedAt"),
    })
    .prepare(),
  sourceLinked: db
    .select({ id: designationSources.designationId })
    .from(designationSources)
    .where(and(eq(designationSources.designationId, p("designationId")), eq(designationSources.sourceId, p("sourceId"))))
    .prepare(),
  linkSource: db
    .insert(designationSources)
    .values({ designationId: p("designationId"), sourceId: p("sourceId") })
    .prepare(),
  byId: db
    .select()
    .from(designations)
    .where(eq(designations.id, p("id")))
    .prepare(),
  // Prepared rather than updateVersioned: an import delists every designation its
  // list dropped, and the fields always change (delist refuses a delisted one).
  setDelisted: db
    .update(designations)
    .set({
      delistedOn: sql`${p("delistedOn")}`,
      delistingReason: sql`${p("reason")}`,
      delistingSourceId: sql`${p("sourceId")}`,
      version: sql`${designations.version} + 1`,
      updatedAt: sql`${p("now")}`,
    })
    .where(eq(designations.id, p("id")))
    .prepare(),
}));

const TRACKED = [...DESIGNATION_TERMS, ...DESIGNATION_LIST_ENTRY, "status"] as const;

/**
 * Records that an authority lists an entity under a program. A designation is
 * identified by (entity, authority, program): asserting it again adds the new
 * sources and fills or corrects its fields, each change in the change log.
 * A designation made by an announcement takes the announcement's program,
 * effective date and sources unless the input gives its own.
 */
export function designate(ctx: CommandContext, input: DesignationInput): { id: number; created: boolean } {
  const d = parseInput(designationInputSchema, input, "designation");
  return inTransaction(ctx, (ctx) => {
    requireAuthority(ctx, d.authorityCode);
    const st = statements(ctx.db);
    assertEntityExists(ctx, d.entityId);

    const announcement = d.announcementId
      ? ctx.db.select().from(announcements).where(eq(announcements.id, d.announcementId)).get()
      : undefined;
    if (d.announcementId && !announcement) {
      throw new DomainError("announcement.unknown", { id: d.announcementId }, ["announcementId"]);
    }
    if (announcement && announcement.authorityCode !== d.authorityCode) {
      throw new DomainError(
        "announcement.other_authority",
        { id: announcement.id, authority: announcement.authorityCode, expected: d.authorityCode },
        ["announcementId"],
      );
    }

    const programId =
      d.program || !announcement?.programId
        ? ensureProgram(ctx, { authorityCode: d.authorityCode, label: d.program, legalBasis: d.legalBasis })
        : announcement.programId;
    const sourceIds = d.sources.length
      ? ensureSources(ctx, d.sources)
      : announcement
        ? ctx.db
            .select({ id: announcementSources.sourceId })
            .from(announcementSources)
            .where(eq(announcementSources.announcementId, announcement.id))
            .all()
            .map((r) => r.id)
        : [];

    const fields = {
      announcementId: d.announcementId,
      listedOn: d.listedOn,
      effectiveOn: d.effectiveOn ?? announcement?.effectiveOn ?? undefined,
      reason: d.reason,
      legalBasis: d.legalBasis,
      status: d.status,
      listRecordId: d.listRecordId,
      firstSeenOn: d.firstSeenOn,
    };
    const current = st.byIdentity.get({ entityId: d.entityId, authorityCode: d.authorityCode, programId });
    let id: number;
    if (!current) {
      const now = nowOf(ctx);
      const row = {
        entityId: d.entityId,
        authorityCode: d.authorityCode,
        programId,
        announcementId: fields.announcementId ?? null,
        listedOn: fields.listedOn ?? null,
        effectiveOn: fields.effectiveOn ?? null,
        reason: fields.reason ?? null,
        legalBasis: fields.legalBasis ?? null,
        status: fields.status,
        listRecordId: fields.listRecordId ?? null,
        firstSeenOn: fields.firstSeenOn ?? null,
        recordedAt: now,
        updatedAt: now,
      };
      id = rowId(st.insert.run(row));
      const { recordedAt: _recordedAt, updatedAt: _updatedAt, ...asserted } = row;
      touchEntity(ctx, d.entityId);
      logChange(ctx, {
        action: "designation.create",
        subjectType: "designation",
        subjectId: id,
        entityId: d.entityId,
        // A list that publishes no listing date: the publication that brought it dates it.
        occurredOn: row.effectiveOn ?? row.listedOn ?? ctx.publishedOn ?? row.firstSeenOn,
        // What was asserted: the fields that are set (the log row itself says when it was recorded).
        after: withoutEmpty(asserted),
        sourceId: sourceIds[0] ?? null,
      });
    } else {
      id = current.id;
      if (current.delistedOn && d.reopenOn) {
        const reopenOn = d.reopenOn;
        updateVersioned(ctx, {
          table: designations,
          row: current,
          changes: { delistedOn: null, delistingReason: null, delistingSourceId: null },
          log: () => ({
            action: "designation.relist",
            subjectType: "designation",
            subjectId: id,
            entityId: d.entityId,
            occurredOn: reopenOn,
            before: pick(current, ["delistedOn", "delistingReason", "delistingSourceId"]),
            after: { delistedOn: null },
            sourceId: sourceIds[0] ?? null,
          }),
        });
        // The terms below are compared with the row as relisted, at its new version.
        current.version += 1;
        touchEntity(ctx, d.entityId);
      }
      const diff = updateVersioned(ctx, {
        table: designations,
        row: current,
        fields: TRACKED,
        changes: fields,
        log: (diff) => designationDiffChanges({ id, entityId: d.entityId, current, diff, sourceId: sourceIds[0] ?? null }),
      });
      if (diff) touchEntity(ctx, d.entityId);
    }
    for (const sourceId of sourceIds) {
      if (current && st.sourceLinked.get({ designationId: id, sourceId })) continue;
      st.linkSource.run({ designationId: id, sourceId });
      if (current) {
        logChange(ctx, {
          action: "designation.source.add",
          subjectType: "designation",
          subjectId: id,
          entityId: d.entityId,
          after: { sourceId },
          sourceId,
        });
      }
    }
    return { id, created: !current };
  });
}

type Tracked = (typeof TRACKED)[number];

/**
 * What changed in a designation, one change-log entry per class: its terms (an
 * amendment in the world), its list entry and first-seen date, its status
 * (the tracker's keeping of it). Which entry a field goes to is decided by the
 * field, as lib/domain/change-kinds.ts declares it.
 */
function designationDiffChanges(change: {
  id: number;
  entityId: number;
  current: Pick<Designation, Tracked>;
  diff: Partial<Pick<Designation, Tracked>>;
  sourceId: number | null;
}): AnyChange[] {
  const { id, entityId, current, diff, sourceId } = change;
  const part = <K extends Tracked>(keys: readonly K[]) => {
    const changed = keys.filter((k) => k in diff);
    return changed.length ? { before: pick(current, changed), after: pick(diff as Pick<Designation, Tracked>, changed) } : null;
  };
  const subject = { subjectType: "designation", subjectId: id, entityId, sourceId } as const;
  const out: AnyChange[] = [];
  const terms = part(DESIGNATION_TERMS);
  if (terms) out.push({ action: "designation.update", ...subject, ...terms });
  const listEntry = part(DESIGNATION_LIST_ENTRY);
  if (listEntry) out.push({ action: "designation.list_entry", ...subject, ...listEntry });
  const status = part(["status"] as const);
  if (status) out.push({ action: "designation.status", ...subject, ...status });
  return out;
}

/** Ends a designation as of a date, with the reason and the source that says so. */
export function delist(ctx: CommandContext, input: DelistInput): void {
  const d = parseInput(delistInputSchema, input, "delisting");
  inTransaction(ctx, (ctx) => {
    const st = statements(ctx.db);
    const current = st.byId.get({ id: d.designationId });
    if (!current) throw new DomainError("designation.not_found", { id: d.designationId });
    if (d.expectedVersion !== undefined) assertVersion("designation", current, current.id, d.expectedVersion);
    assertNotWithdrawn("designation", current);
    if (current.delistedOn) {
      throw new DomainError("designation.delisted_already", { on: current.delistedOn }, ["delistedOn"]);
    }
    const start = current.effectiveOn ?? current.listedOn;
    if (start && d.delistedOn < start) {
      throw new DomainError("designation.delisting_before_listing", { start }, ["delistedOn"]);
    }
    const sourceId = ensureSource(ctx, d.source);
    const after = { delistedOn: d.delistedOn, delistingReason: d.reason, delistingSourceId: sourceId };
    st.setDelisted.run({ id: current.id, delistedOn: d.delistedOn, reason: d.reason, sourceId, now: nowOf(ctx) });
    touchEntity(ctx, current.entityId);
    logChange(ctx, {
      action: "designation.delist",
      subjectType: "designation",
      subjectId: current.id,
      entityId: current.entityId,
      occurredOn: d.delistedOn,
      before: pick(current, ["delistedOn", "delistingReason", "delistingSourceId"]),
      after,
      reason: d.reason,
      sourceId,
    });
  });
}

const EDITABLE = ["reason", "legalBasis", "listedOn", "effectiveOn", "status"] as const;

/**
 * Corrects a designation's reason, legal basis, dates or status, against the
 * version the editor opened (a stale version: `conflict`, nothing written).
 * Delisting has its own command (`delist`), withdrawing too.
 */
export function updateDesignation(ctx: CommandContext, input: DesignationUpdateInput): boolean {
  const d = parseInput(designationUpdateInputSchema, input, "designation");
  return inTransaction(ctx, (ctx) => {
    const current = ctx.db.select().from(designations).where(eq(designations.id, d.designationId)).get();
    if (!current) throw new DomainError("designation.not_found", { id: d.designationId });
    assertVersion("designation", current, current.id, d.expectedVersion);
    assertNotWithdrawn("designation", current);
    const next = { reason: d.reason, legalBasis: d.legalBasis, listedOn: d.listedOn, effectiveOn: d.effectiveOn, status: d.status };
    const diff = updateVersioned(ctx, {
      table: designations,
      row: current,
      fields: EDITABLE,
      changes: next,
      beforeWrite: (diff) => {
        const merged = { ...pick(current, [...EDITABLE]), ...diff };
        const start = merged.effectiveOn ?? merged.listedOn;
        if (current.delistedOn && start && start > current.delistedOn) {
          const path = diff.effectiveOn !== undefined ? "effectiveOn" : "listedOn";
          throw new DomainError("designation.starts_after_delisting", { delistedOn: current.delistedOn }, [path]);
        }
      },
      log: (diff) => designationDiffChanges({ id: current.id, entityId: current.entityId, current, diff, sourceId: null }),
    });
    if (!diff) return false;
    touchEntity(ctx, current.entityId);
    return true;
  });
}
