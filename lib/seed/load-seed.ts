import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { changeLog, controlListRevisions } from "@/db/schema";
import type { Db } from "@/db/client";
import {
  type CommandContext,
  addName,
  addRelationship,
  designate,
  findEntityIdByRef,
  recordEvent,
  recordRevision,
  upsertAnnouncement,
  upsertAuthority,
  upsertControlList,
  upsertEntity,
} from "@/lib/commands";
import { inTransaction } from "@/lib/commands/context";
import { basisOf, checkRevision } from "@/lib/domain/revision-check";
import { detectScript } from "@/lib/domain/script";
import { formatNumber } from "@/lib/format";
import type { EntityInput } from "@/lib/validation/entity";
import type { RevisionInput } from "@/lib/validation/control-list";
import { seedFileSchema, type SeedEntity, type SeedFile } from "./seed-file";

export const SEED_ACTOR = { name: "seed" } as const;
export const SEED_FILE = path.resolve(process.cwd(), "data/seed/seed-facts.json");

export function readSeedFile(file = SEED_FILE): SeedFile {
  const parsed = seedFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** Has the default data been loaded into this database? */
export function hasSeed(db: Db): boolean {
  return !!db.select({ id: changeLog.id }).from(changeLog).where(eq(changeLog.actor, SEED_ACTOR.name)).limit(1).get();
}

const seedRef = (key: string) => `seed:${key}`;

/**
 * The seed file says where its Hangul names come from: "as the Korean foreign
 * ministry reported them", that is, in the KR-MOFA announcement that
 * designated the entity (the earliest, if several did). Such a name with no
 * source of its own is linked to that announcement; other names without a
 * source stay without one, as the file gives none.
 */
function announcementsNamingInHangul(seed: SeedFile): Map<string, string> {
  const byEntity = new Map<string, { id: string; on: string }>();
  for (const d of seed.designations) {
    if (d.authority !== "KR-MOFA" || !d.announcement) continue;
    const current = byEntity.get(d.entity);
    if (!current || d.listed_on < current.on) byEntity.set(d.entity, { id: d.announcement, on: d.listed_on });
  }
  return new Map([...byEntity].map(([key, a]) => [key, a.id]));
}

const namedIn = (value: string, source: string | undefined, announcementId: string | undefined) =>
  !source && detectScript(value) === "Hang" ? announcementId : undefined;

function toEntityInput(e: SeedEntity, announcementId?: string): EntityInput {
  const attributes: NonNullable<EntityInput["attributes"]> = [];
  if (e.flag) attributes.push({ key: "flag", value: e.flag });
  if (e.country) attributes.push({ key: "country", value: e.country, status: e.country_status ?? "confirmed" });
  if (e.nationality) attributes.push({ key: "nationality", value: e.nationality });
  if (e.position) attributes.push({ key: "position", value: e.position });
  return {
    kind: e.kind,
    name: e.name,
    remarks: e.remarks,
    ref: seedRef(e.key),
    announcementId: namedIn(e.name, undefined, announcementId),
    names: (e.names ?? []).map((n) => ({
      value: n.value,
      // A name in another language with no type is the same name as the source wrote it there.
      type: n.type ?? "alias",
      lang: n.lang,
      official: n.status !== "unofficial",
      note: n.note,
      source: n.source,
      announcementId: namedIn(n.value, n.source, announcementId),
    })),
    identifiers: (e.identifiers ?? []).map((i) => ({
      type: i.type,
      value: i.value,
      country: i.country,
      note: i.note,
      source: i.source,
    })),
    attributes,
    sameAs: (e.same_as ?? []).map((s) => ({ ref: s.ref, basis: s.basis, status: s.status })),
  };
}

/** A list's revisions as the revision command takes them, oldest first. */
function revisionInputs(list: SeedFile["control_lists"][number]): RevisionInput[] {
  const revisions = [...list.revisions].sort((a, b) => a.effective_on.localeCompare(b.effective_on));
  let previousTotal = 0;
  let previousBasis: string | null = null;
  return revisions.map((r) => {
    // The default data records figures as its sources publish them; where they
    // do not add up on the same basis, the revision is kept with the mismatch
    // stated, for users to see. A change of basis is a restatement, not a mismatch.
    const check = checkRevision({
      previousTotal,
      added: r.added,
      removed: r.removed,
      total: r.total,
      previousBasis,
      countBasis: r.count_basis,
    });
    previousTotal = r.total;
    previousBasis = basisOf(r.count_basis, previousBasis, list.unit);
    return {
      listKey: list.key,
      effectiveOn: r.effective_on,
      announcedOn: r.announced_on,
      proposedOn: r.proposed_on,
      added: r.added,
      removed: r.removed,
      total: r.total,
      note: r.note,
      countBasis: r.count_basis,
      status: r.status,
      sources: r.sources,
      reportedPreviousTotal: r.reported_previous_total?.value,
      reportedSource: r.reported_previous_total?.source,
      discrepancyNote: check.mismatch
        ? `Recorded as the sources publish it: ${formatNumber(check.previousTotal)} + ${formatNumber(r.added)} − ${formatNumber(r.removed)} = ${formatNumber(check.expectedTotal)}, not ${formatNumber(r.total)}.`
        : undefined,
    };
  });
}

/**
 * A database seeded before revisions recorded their count basis has none: the
 * default data's revisions that name one are recorded again (the same
 * idempotent command, so the change is logged as a correction by `seed`). Only
 * revisions without a basis are touched, and editors cannot change a recorded
 * revision (`createRevision` refuses its date), so this reverts nothing of
 * theirs. Returns how many revisions changed.
 */
export function fillCountBases(db: Db, seed: SeedFile = readSeedFile()): number {
  const root: CommandContext = { db, actor: SEED_ACTOR };
  return inTransaction(root, (ctx) => {
    let filled = 0;
    for (const list of seed.control_lists) {
      for (const r of revisionInputs(list)) {
        if (!r.countBasis) continue;
        const row = ctx.db
          .select({ countBasis: controlListRevisions.countBasis })
          .from(controlListRevisions)
          .where(and(eq(controlListRevisions.listKey, r.listKey), eq(controlListRevisions.effectiveOn, r.effectiveOn)))
          .get();
        if (!row || row.countBasis !== null) continue;
        recordRevision(ctx, r);
        filled++;
      }
    }
    return filled;
  });
}

/** Announcements that another one points to (fulfilled_by) go first. */
function inDependencyOrder(list: SeedFile["announcements"]) {
  const targets = new Set(list.map((a) => a.fulfilled_by).filter(Boolean));
  return [...list.filter((a) => targets.has(a.id)), ...list.filter((a) => !targets.has(a.id))];
}

/**
 * Loads the default facts through the domain commands, as actor `seed`, in one
 * transaction. Every command is idempotent, so loading twice changes nothing.
 */
export function loadSeed(db: Db, seed: SeedFile = readSeedFile(), now?: string): void {
  const root: CommandContext = { db, actor: SEED_ACTOR, now };
  inTransaction(root, (ctx) => {
    for (const a of seed.authorities) upsertAuthority(ctx, a);

    for (const a of inDependencyOrder(seed.announcements)) {
      upsertAnnouncement(ctx, {
        id: a.id,
        authorityCode: a.authority,
        program: a.program,
        title: a.title,
        summary: a.summary,
        effects: a.effects,
        note: a.note,
        announcedOn: a.announced_on,
        effectiveOn: a.effective_on,
        declared: a.declared,
        status: a.status,
        fulfilledById: a.fulfilled_by,
        sources: a.sources,
      });
    }

    const ids = new Map<string, number>();
    const namingAnnouncement = announcementsNamingInHangul(seed);
    for (const e of seed.entities) ids.set(e.key, upsertEntity(ctx, toEntityInput(e, namingAnnouncement.get(e.key))).id);
    const idOf = (key: string) => {
      const id = ids.get(key) ?? findEntityIdByRef(ctx, seedRef(key));
      if (id == null) throw new Error(`seed: unknown entity key ${key}`);
      return id;
    };

    for (const e of seed.entities) {
      for (const link of e.links ?? []) {
        addRelationship(ctx, {
          fromEntityId: idOf(e.key),
          toEntityId: idOf(link.to),
          type: link.rel,
          status: link.status ?? "confirmed",
          source: link.source,
        });
      }
    }

    for (const d of seed.designations) {
      designate(ctx, {
        entityId: idOf(d.entity),
        authorityCode: d.authority,
        program: d.program,
        announcementId: d.announcement,
        listedOn: d.listed_on,
        reason: d.reason,
        legalBasis: d.legal_basis,
        status: d.status,
        sources: d.sources ?? [],
      });
    }

    for (const list of seed.control_lists) {
      upsertControlList(ctx, {
        key: list.key,
        authorityCode: list.authority,
        name: list.name,
        unit: list.unit,
        authorityNote: list.authority_note,
      });
      for (const r of revisionInputs(list)) recordRevision(ctx, r);
    }

    for (const e of seed.events) {
      recordEvent(ctx, { occurredOn: e.on, title: e.title, status: e.status, sources: e.sources });
    }
  });
}

/**
 * Links the seed's names to the announcements that named them in a database
 * loaded before names had that link, without loading the rest of the facts
 * again (which could undo an admin's correction of a seeded designation).
 * Only names of seeded entities still found by their ref; idempotent.
 */
export function linkSeedNames(db: Db, seed: SeedFile = readSeedFile()): number {
  const root: CommandContext = { db, actor: SEED_ACTOR };
  const namingAnnouncement = announcementsNamingInHangul(seed);
  let linked = 0;
  inTransaction(root, (ctx) => {
    for (const e of seed.entities) {
      const id = findEntityIdByRef(ctx, seedRef(e.key));
      if (id === null) continue;
      const input = toEntityInput(e, namingAnnouncement.get(e.key));
      const names = [
        // The primary name may have become an alias since: it is found by its value.
        ...(input.announcementId ? [{ value: input.name, announcementId: input.announcementId }] : []),
        ...(input.names ?? []).filter((n) => n.announcementId),
      ];
      for (const n of names) if (addName(ctx, id, n)) linked++;
    }
  });
  return linked;
}
