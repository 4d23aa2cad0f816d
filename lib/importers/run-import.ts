import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import {
  designationSources,
  designations,
  importRuns,
  listRecords,
  programs,
  sources,
  type EntityKind,
  type ListKey,
} from "@/db/schema";
import type { Db } from "@/db/client";
import {
  addRelationship,
  delist,
  designate,
  ensureAuthority,
  ensureSource,
  findEntityIdByRef,
  mergeRecord,
  recordPossibleMatch,
  upsertEntity,
  type Actor,
} from "@/lib/commands";
import { type CommandContext, logChange, transactionContext } from "@/lib/commands/context";
import { preparedStatements } from "@/db/connection";
import { isFullDate } from "@/lib/domain/partial-date";
import { normalizeProgramCode } from "@/lib/domain/program";
import { ATTRIBUTES_BY_KIND, type EntityInput } from "@/lib/validation/entity";
import { LISTS, type ListDefinition } from "./lists";
import { EntityResolver, type MergeRule } from "./resolve";
import { ImportFormatError, WEAK_ALIAS_NOTE, type ListRecord, type ParsedList, type UnreadDate } from "./types";

export type ImportInput = {
  listKey: ListKey;
  parsed: ParsedList;
  /** The publication date; a date the file itself carries (UN dateGenerated) wins. */
  publishedOn?: string;
  actor?: Actor;
  onProgress?: (done: number, total: number) => void;
};

export type ImportSummary = {
  runId: number;
  listKey: ListKey;
  label: string;
  publishedOn: string;
  records: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** New records merged into an existing entity, by the rule that merged them. */
  merged: Partial<Record<MergeRule, number>>;
  possibleMatches: number;
  /** Designations a removed record would have ended, kept because another source asserts them. */
  keptByOtherSources: number;
  unresolvedLinks: number;
  /** Dates the files give that the parser could not read (imported without them). */
  unreadDates: UnreadDate[];
  ms: number;
};

/** The import was refused before anything was written (an older publication, no date). */
export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportRefusedError";
  }
}

/** What the runner keeps in memory of each stored record; its content is read only when it changed or went. */
type Stored = Pick<typeof listRecords.$inferSelect, "recordId" | "entityId" | "contentHash" | "firstSeenOn" | "removedOn">;

const statements = preparedStatements((db) => ({
  insertRecord: db
    .insert(listRecords)
    .values({
      listKey: sql.placeholder("listKey"),
      recordId: sql.placeholder("recordId"),
      entityId: sql.placeholder("entityId"),
      contentHash: sql.placeholder("contentHash"),
      // Bound as the JSON text already written for the hash, not serialized a second time.
      data: sql`${sql.placeholder("json")}`,
      firstSeenOn: sql.placeholder("firstSeenOn"),
      firstRunId: sql.placeholder("runId"),
      lastRunId: sql.placeholder("runId"),
    })
    .prepare(),
  updateRecord: db
    .update(listRecords)
    .set({
      contentHash: sql`${sql.placeholder("contentHash")}`,
      data: sql`${sql.placeholder("json")}`,
      lastRunId: sql`${sql.placeholder("runId")}`,
      removedOn: null,
      removedRunId: null,
    })
    .where(and(eq(listRecords.listKey, sql.placeholder("listKey")), eq(listRecords.recordId, sql.placeholder("recordId"))))
    .prepare(),
  recordData: db
    .select({ data: listRecords.data })
    .from(listRecords)
    .where(and(eq(listRecords.listKey, sql.placeholder("listKey")), eq(listRecords.recordId, sql.placeholder("recordId"))))
    .prepare(),
  markRemoved: db
    .update(listRecords)
    .set({ removedOn: sql`${sql.placeholder("removedOn")}`, removedRunId: sql`${sql.placeholder("runId")}` })
    .where(and(eq(listRecords.listKey, sql.placeholder("listKey")), eq(listRecords.recordId, sql.placeholder("recordId"))))
    .prepare(),
  /** The designation a record asserted: by entity, authority and program code. */
  designationOf: db
    .select({ id: designations.id, delistedOn: designations.delistedOn })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(
      and(
        eq(designations.entityId, sql.placeholder("entityId")),
        eq(designations.authorityCode, sql.placeholder("authorityCode")),
        eq(programs.code, sql.placeholder("code")),
      ),
    )
    .prepare(),
  /** How many sources other than the list itself assert a designation. */
  otherSources: db
    .select({ n: sql<number>`count(*)` })
    .from(designationSources)
    .innerJoin(sources, eq(sources.id, designationSources.sourceId))
    .where(
      and(
        eq(designationSources.designationId, sql.placeholder("designationId")),
        sql`coalesce(${sources.listKey}, '') <> ${sql.placeholder("listKey")}`,
      ),
    )
    .prepare(),
}));
type Content = Omit<ListRecord, "origin">;

const hashOf = (json: string) => createHash("sha256").update(json).digest("hex");
const linkKey = (name: string) => name.toUpperCase().replace(/[.\s]+$/, "").replace(/\s+/g, " ").trim();

/** The list's last successful import: the publication it read, its files, and the parser version that read them. */
export function latestRun(db: Db, listKey: ListKey) {
  return db
    .select({ publishedOn: importRuns.publishedOn, files: importRuns.files, records: importRuns.records, parserVersion: importRuns.parserVersion })
    .from(importRuns)
    .where(and(eq(importRuns.listKey, listKey), eq(importRuns.status, "succeeded")))
    .orderBy(desc(importRuns.publishedOn), desc(importRuns.id))
    .get();
}

const sameFiles = (a: ParsedList["files"], b: ParsedList["files"]) =>
  a.length === b.length && a.every((f, i) => f.name === b[i]!.name && f.sha256 === b[i]!.sha256);

/**
 * Imports one publication of an official list as one transaction: records new
 * to the list are added (merged into an existing entity where a merge rule
 * says they are the same real thing), changed records are brought up to date,
 * and records gone from the list have the designations this list asserted
 * ended as of the publication date. Every change goes through the domain
 * commands, attributed to the run. A failure leaves the data as it was and is
 * recorded as a failed run.
 */
export function importList(db: Db, input: ImportInput): ImportSummary {
  const { parsed } = input;
  const unchanged = importUnchanged(db, { ...input, files: parsed.files, publishedOn: parsed.publishedOn ?? input.publishedOn });
  if (unchanged) return unchanged;
  const list = LISTS[input.listKey];
  const publishedOn = parsed.publishedOn ?? input.publishedOn;
  if (!publishedOn || !isFullDate(publishedOn)) {
    throw new ImportRefusedError(
      `The ${list.label} files carry no publication date: give it with --published YYYY-MM-DD.`,
    );
  }
  const latest = latestRun(db, list.key);
  if (latest?.publishedOn && latest.publishedOn > publishedOn) {
    throw new ImportRefusedError(
      `The ${list.label} published ${publishedOn} is older than the publication already imported (${latest.publishedOn}). ` +
        "Publications are imported in order, so history is never rewritten by accident; nothing was changed.",
    );
  }
  // The very files of the last import, read by a newer parser: what differs is what it now reads, not a change in the list.
  const readAgain = latest?.publishedOn === publishedOn && sameFiles(latest.files, parsed.files);
  return runImport(db, list, { ...input, files: parsed.files, records: parsed.records.length, publishedOn, readAgain }, (run) =>
    run.execute(parsed),
  );
}

/**
 * Records an import of the very files of the list's last import, byte for
 * byte (and of the same publication): nothing in them can have changed, so
 * they are not even parsed, and the run says 0 added, 0 changed, 0 removed.
 * Returns null when the files differ.
 */
export function importUnchanged(
  db: Db,
  input: { listKey: ListKey; files: ParsedList["files"]; publishedOn?: string; actor?: Actor },
): ImportSummary | null {
  const latest = latestRun(db, input.listKey);
  if (!latest?.publishedOn || !sameFiles(latest.files, input.files)) return null;
  // Read by an older parser: the same files may give more now.
  if (latest.parserVersion < LISTS[input.listKey].parserVersion) return null;
  if (input.publishedOn !== undefined && input.publishedOn !== latest.publishedOn) return null;
  const publishedOn = latest.publishedOn;
  return runImport(db, LISTS[input.listKey], { ...input, publishedOn, records: latest.records }, (run) => run.confirmUnchanged());
}

/** One run: its own transaction, recorded as failed (after the rollback) when anything goes wrong. */
function runImport(
  db: Db,
  list: ListDefinition,
  input: RunInput & { publishedOn: string; actor?: Actor },
  body: (run: ImportRun) => Omit<ImportSummary, "ms">,
): ImportSummary {
  const { publishedOn } = input;
  const actor = input.actor ?? { name: `import:${list.key}` };
  const startedAt = new Date().toISOString();
  const started = performance.now();
  try {
    return db.transaction((tx) => {
      const ctx = transactionContext({ db, actor }, tx, startedAt);
      const run = new ImportRun(ctx, list, input, publishedOn);
      return { ...body(run), ms: Math.round(performance.now() - started) };
      // IMMEDIATE: take the write lock first, so a server writing meanwhile makes the run wait, not fail half-way.
    }, { behavior: "immediate" });
  } catch (err) {
    db.insert(importRuns)
      .values({
        listKey: list.key,
        publishedOn,
        status: "failed",
        actor: actor.name,
        startedAt,
        finishedAt: new Date().toISOString(),
        files: input.files,
        records: input.records,
        parserVersion: list.parserVersion,
        error: err instanceof Error ? err.message : String(err),
      })
      .run();
    throw err;
  }
}

type RunInput = { files: ParsedList["files"]; records: number; readAgain?: boolean; onProgress?: ImportInput["onProgress"] };

class ImportRun {
  private readonly ctx: CommandContext;
  private readonly citation: string;
  private resolverOfRun?: EntityResolver;
  private readonly summary: Omit<ImportSummary, "ms">;
  /** Entities of this publication's records, by record id, for resolving links. */
  private readonly entityOfRecord = new Map<string, number>();

  constructor(
    ctx: CommandContext,
    private readonly list: ListDefinition,
    private readonly input: RunInput,
    private readonly publishedOn: string,
  ) {
    for (const authority of list.authorities) ensureAuthority(ctx, authority);
    const runId = ctx.db
      .insert(importRuns)
      .values({
        listKey: list.key,
        publishedOn,
        status: "running",
        actor: ctx.actor.name,
        startedAt: ctx.now!,
        files: input.files,
        records: input.records,
        parserVersion: list.parserVersion,
      })
      .returning({ id: importRuns.id })
      .get().id;
    this.ctx = { ...ctx, runId, publishedOn };
    const files = input.files.map((f) => `${f.name} sha256:${f.sha256.slice(0, 16)}`).join(", ");
    this.citation = `${list.label}, published ${publishedOn} (${files})`;
    const sourceId = ensureSource(this.ctx, {
      citation: this.citation,
      kind: "list_file",
      title: `${list.label}, published ${publishedOn}`,
      sha256: input.files[0]?.sha256,
      publishedOn,
      listKey: list.key,
    });
    this.ctx.db.update(importRuns).set({ sourceId }).where(eq(importRuns.id, runId)).run();
    this.summary = {
      runId,
      listKey: list.key,
      label: list.label,
      publishedOn,
      records: input.records,
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 0,
      merged: {},
      possibleMatches: 0,
      keptByOtherSources: 0,
      unresolvedLinks: 0,
      unreadDates: [],
    };
  }

  /** Built on the first new record: it reads every individual's names and birth dates. */
  private get resolver(): EntityResolver {
    return (this.resolverOfRun ??= new EntityResolver(this.ctx.db));
  }

  confirmUnchanged(): Omit<ImportSummary, "ms"> {
    this.summary.unchanged = this.input.records;
    return this.finish();
  }

  execute(parsed: ParsedList): Omit<ImportSummary, "ms"> {
    const { records } = parsed;
    this.summary.unreadDates = parsed.unreadDates;
    const stored = new Map(
      this.ctx.db
        .select({
          recordId: listRecords.recordId,
          entityId: listRecords.entityId,
          contentHash: listRecords.contentHash,
          firstSeenOn: listRecords.firstSeenOn,
          removedOn: listRecords.removedOn,
        })
        .from(listRecords)
        .where(eq(listRecords.listKey, this.list.key))
        .all()
        .map((r) => [r.recordId, r]),
    );
    const touched: ListRecord[] = [];
    const seen = new Set<string>();
    records.forEach((record, i) => {
      if (seen.has(record.recordId)) {
        throw new ImportFormatError(record.origin.file, record.origin.line, `record ${record.recordId} appears twice`);
      }
      seen.add(record.recordId);
      const { origin: _origin, ...content } = record;
      const json = JSON.stringify(content);
      const hash = hashOf(json);
      const prev = stored.get(record.recordId);
      if (prev && !prev.removedOn && prev.contentHash === hash) {
        this.summary.unchanged++;
        this.entityOfRecord.set(record.recordId, prev.entityId);
      } else if (!prev) {
        this.add(record, json, hash);
        touched.push(record);
      } else {
        this.change(prev, record, content, json, hash);
        touched.push(record);
      }
      if (this.input.onProgress && (i % 250 === 0 || i === records.length - 1)) this.input.onProgress(i + 1, records.length);
    });
    for (const prev of stored.values()) {
      if (!prev.removedOn && !seen.has(prev.recordId)) this.remove(prev);
    }
    this.link(touched, records);
    return this.finish();
  }

  private finish(): Omit<ImportSummary, "ms"> {
    const { added, changed, removed, unchanged, merged } = this.summary;
    this.ctx.db
      .update(importRuns)
      .set({
        status: "succeeded",
        finishedAt: new Date().toISOString(),
        added,
        changed,
        removed,
        unchanged,
        merged: Object.values(merged).reduce((sum, n) => sum + n, 0),
      })
      .where(eq(importRuns.id, this.summary.runId))
      .run();
    return this.summary;
  }

  private ref(record: { recordId: string }) {
    return `${this.list.refPrefix}:${record.recordId}`;
  }

  /** A record new to this list: find or create its entity, then record what the list says. */
  private add(record: ListRecord, json: string, hash: string): void {
    const ref = this.ref(record);
    const kind: EntityKind = record.kind;
    let entityId = findEntityIdByRef(this.ctx, ref);
    let rule: MergeRule | null = entityId !== null ? "same_as" : null;
    let possible: { entityId: number; basis: string }[] = [];
    if (entityId === null) {
      const resolution = this.resolver.resolve(record, kind);
      if (resolution.entityId !== null) {
        entityId = resolution.entityId;
        rule = resolution.rule;
      } else {
        possible = resolution.possibleMatches;
      }
    }
    if (entityId !== null && rule) {
      mergeRecord(this.ctx, { entityId, ref, rule });
      this.summary.merged[rule] = (this.summary.merged[rule] ?? 0) + 1;
    }
    const id = upsertEntity(this.ctx, this.entityInput(record, ref)).id;
    this.resolver.remember(
      id,
      kind,
      [record.name, ...record.names.map((n) => n.value)],
      record.attributes.filter((a) => a.key === "birth_date").map((a) => a.value),
    );
    for (const p of possible) {
      recordPossibleMatch(this.ctx, { entityId: id, otherEntityId: p.entityId, basis: p.basis });
      this.summary.possibleMatches++;
    }
    this.designate(id, record, this.publishedOn);
    statements(this.ctx.db).insertRecord.run({
      listKey: this.list.key,
      recordId: record.recordId,
      entityId: id,
      contentHash: hash,
      json,
      firstSeenOn: this.publishedOn,
      runId: this.summary.runId,
    });
    this.entityOfRecord.set(record.recordId, id);
    this.summary.added++;
  }

  /** A record the list changed (or brought back): record the difference, end dropped programs. */
  private change(prev: Stored, record: ListRecord, content: Content, json: string, hash: string): void {
    const before = this.storedContent(prev);
    const back = prev.removedOn !== null;
    upsertEntity(this.ctx, this.entityInput(record, this.ref(record)));
    this.designate(prev.entityId, record, prev.firstSeenOn ?? this.publishedOn, back ? this.publishedOn : undefined);
    const dropped = before.programs.filter((p) => !record.programs.includes(p));
    for (const program of dropped) this.end(prev.entityId, { ...before, programs: [program] });
    const diff = describeDiff(before, content);
    // The same files read by a newer importer: what it now reads is record keeping, not a change in the list.
    const action = back ? "list.record.return" : this.input.readAgain ? "list.record.reread" : "list.record.change";
    logChange(this.ctx, {
      action,
      subjectType: "list_record",
      subjectId: this.ref(record),
      entityId: prev.entityId,
      before: diff.before,
      after: diff.after,
      reason: back
        ? `Back on the ${this.list.label} published ${this.publishedOn}`
        : this.input.readAgain
          ? `Read again from the ${this.list.label} published ${this.publishedOn} by a newer version of the importer, which reads more of it`
          : `Changed in the ${this.list.label} published ${this.publishedOn}`,
    });
    statements(this.ctx.db).updateRecord.run({
      contentHash: hash,
      json,
      runId: this.summary.runId,
      listKey: this.list.key,
      recordId: record.recordId,
    });
    this.entityOfRecord.set(record.recordId, prev.entityId);
    this.summary.changed++;
  }

  private storedContent(prev: Stored): Content {
    const row = statements(this.ctx.db).recordData.get({ listKey: this.list.key, recordId: prev.recordId });
    return row!.data as Content;
  }

  /** A record gone from the list: its designations end as of this publication. */
  private remove(prev: Stored): void {
    this.end(prev.entityId, this.storedContent(prev));
    statements(this.ctx.db).markRemoved.run({
      removedOn: this.publishedOn,
      runId: this.summary.runId,
      listKey: this.list.key,
      recordId: prev.recordId,
    });
    this.summary.removed++;
  }

  /**
   * Ends the designations a record asserted, as of this publication, but only
   * those no other source asserts: a designation known from the default facts
   * or an admin's entry is never ended by a list import.
   */
  private end(entityId: number, record: Content): void {
    const authorityCode = this.list.authorityOf({ ...record, origin: { file: "", line: 0 } });
    const codes = record.programs.length ? record.programs.map(normalizeProgramCode) : ["UNSPECIFIED"];
    const st = statements(this.ctx.db);
    for (const code of codes) {
      const d = st.designationOf.get({ entityId, authorityCode, code });
      if (!d || d.delistedOn) continue;
      const others = st.otherSources.get({ designationId: d.id, listKey: this.list.key });
      if ((others?.n ?? 0) > 0) {
        this.summary.keptByOtherSources++;
        continue;
      }
      delist(this.ctx, {
        designationId: d.id,
        delistedOn: this.publishedOn,
        reason: `No longer on the ${this.list.label} published ${this.publishedOn}`,
        source: this.citation,
      });
    }
  }

  private designate(entityId: number, record: ListRecord, firstSeenOn: string, reopenOn?: string): void {
    const programsOf = record.programs.length ? record.programs : [undefined];
    for (const program of programsOf) {
      designate(this.ctx, {
        entityId,
        authorityCode: this.list.authorityOf(record),
        program,
        listRecordId: record.recordId,
        listedOn: record.listedOn,
        firstSeenOn,
        status: "confirmed",
        sources: [this.citation],
        reopenOn,
      });
    }
  }

  private entityInput(record: ListRecord, ref: string): EntityInput {
    const kind: EntityKind = record.kind;
    const allowed = ATTRIBUTES_BY_KIND[kind];
    return {
      kind,
      name: record.name,
      ref,
      remarks: undefined,
      source: this.citation,
      names: record.names.map((n) => ({
        value: n.value,
        type: n.type,
        lang: n.lang,
        note: n.weak ? WEAK_ALIAS_NOTE : undefined,
        source: this.citation,
      })),
      identifiers: record.identifiers.map((i) => ({
        type: i.type,
        value: i.value,
        country: i.country,
        note: i.note,
        source: this.citation,
        asPublished: true,
      })),
      // Details that do not belong to the kind (an organization's "nationality") are left out.
      attributes: record.attributes
        .filter((a) => allowed.includes(a.key))
        .map((a) => ({ key: a.key, value: a.value, note: a.note, source: this.citation, asPublished: true })),
    };
  }

  /** "Linked To: NAME" → a relationship to the record of that name in the same publication. */
  private link(records: ListRecord[], all: ListRecord[]): void {
    if (!records.some((r) => r.links.length > 0)) return;
    const byName = new Map<string, string>();
    for (const r of all) byName.set(linkKey(r.name), r.recordId);
    for (const r of records) {
      const from = this.entityOfRecord.get(r.recordId);
      for (const l of r.links) {
        const targetRecord = byName.get(linkKey(l.targetName));
        const to = targetRecord ? this.entityOfRecord.get(targetRecord) : undefined;
        if (!from || !to || from === to) {
          this.summary.unresolvedLinks++;
          continue;
        }
        addRelationship(this.ctx, { fromEntityId: from, toEntityId: to, type: l.type, source: this.citation });
      }
    }
  }
}

/** The parts of a record that differ between two publications, for the change log. */
function describeDiff(before: Content, after: Content) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  // Every field the list gives (remarks included): a record whose content hash changed always says how.
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Content>) {
    const x = JSON.stringify(before[key] ?? null);
    const y = JSON.stringify(after[key] ?? null);
    if (x !== y) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}
