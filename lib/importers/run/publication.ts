import "server-only";
import type { Db } from "@/db/client";
import { upsertEntity, type Actor } from "@/lib/commands";
import { type CommandContext, logChange, transactionContext } from "@/lib/commands/context";
import { addListRecord, markListRecordRemoved, updateListRecord } from "@/lib/commands/list-records";
import type { ListDefinition } from "../lists";
import { ImportFormatError, recordCount, type ListRecord, type ParsedList, type StreamedList } from "../types";
import { closeRun, openRun, recordFailedRun, type ImportSummary, type Publication, type RunFiles } from "./bookkeeping";
import { endRecordDesignations } from "./delisting";
import { hashRecord, type RecordContent } from "./hashing";
import { linkKey, linkRecords } from "./links";
import { RunMerges } from "./merge-resolution";
import { describeDiff, goneRecords, recordStatus, storedContent, storedRecords, type StoredRecord } from "./record-diff";
import { designateRecord, entityInputOf } from "./record-entity";

export type RunInput = RunFiles & {
  /** The very files of the last import read again by a newer parser: what differs is record keeping. */
  readAgain?: boolean;
  onProgress?: (done: number, total: number) => void;
};

/**
 * One run: its own transaction, recorded as failed (after the rollback) when
 * anything goes wrong. IMMEDIATE: the write lock is taken first, so a server
 * writing meanwhile makes the run wait, not fail half-way.
 */
export function runImport(
  db: Db,
  list: ListDefinition,
  input: RunInput & { publishedOn: string; actor?: Actor },
  body: (run: PublicationImport) => Omit<ImportSummary, "ms">,
): ImportSummary {
  const { publishedOn } = input;
  const actor = input.actor ?? { name: `import:${list.key}` };
  const startedAt = new Date().toISOString();
  const started = performance.now();
  try {
    return db.transaction(
      (tx) => {
        const run = new PublicationImport(transactionContext({ db, actor }, tx, startedAt), list, input, publishedOn);
        return { ...body(run), ms: Math.round(performance.now() - started) };
      },
      { behavior: "immediate" },
    );
  } catch (err) {
    recordFailedRun(db, actor, list, publishedOn, { ...input, startedAt, error: err });
    throw err;
  }
}

/**
 * A publication imported inside the run's transaction: each record is
 * compared with the stored one by hash; new ones are resolved to an entity
 * (or create one), changed ones are brought up to date and their difference
 * logged, gone ones have their designations ended, then links are resolved.
 */
export class PublicationImport {
  private readonly ctx: CommandContext;
  private readonly publication: Publication;
  private readonly summary: Omit<ImportSummary, "ms">;
  private readonly merges: RunMerges;
  /** Entities of this publication's records, by record id, for resolving links. */
  private readonly entityOfRecord = new Map<string, number>();
  /** Whether records may carry links; a list whose never do (FtM) keeps no entity or name per record for them. */
  private trackLinks = true;

  constructor(
    ctx: CommandContext,
    private readonly list: ListDefinition,
    private readonly input: RunInput,
    publishedOn: string,
  ) {
    const opened = openRun(ctx, list, publishedOn, input);
    this.ctx = opened.ctx;
    this.publication = opened.publication;
    this.summary = opened.summary;
    this.merges = new RunMerges(this.ctx);
    this.summary.merged = this.merges.merged;
  }

  private get publishedOn(): string {
    return this.publication.publishedOn;
  }

  /** The very files of the last import: nothing read, every record unchanged. */
  confirmUnchanged(): Omit<ImportSummary, "ms"> {
    this.summary.unchanged = this.input.records;
    return this.finish();
  }

  /**
   * Each record is taken once, in order, and not kept: what stays in memory
   * for the run is compact per record (its id, and the stored record's id,
   * entity and hash) plus, for lists whose records may carry "Linked To"
   * remarks, each record's entity and name key (the links' targets) and the
   * records that link.
   */
  execute(parsed: ParsedList | StreamedList): Omit<ImportSummary, "ms"> {
    const total = recordCount(parsed);
    this.trackLinks = !("withoutLinks" in parsed && parsed.withoutLinks);
    this.summary.unreadDates = parsed.unreadDates;
    const stored = storedRecords(this.ctx.db, this.list.key);
    const linking: ListRecord[] = [];
    const byName = new Map<string, string>();
    const seen = new Set<string>();
    let i = -1;
    for (const record of parsed.records) {
      i++;
      if (seen.has(record.recordId)) {
        throw new ImportFormatError(record.origin.file, record.origin.line, `record ${record.recordId} appears twice`);
      }
      seen.add(record.recordId);
      const { content, json, hash } = hashRecord(record);
      const prev = stored.get(record.recordId);
      const status = recordStatus(prev, hash);
      if (status === "unchanged") {
        this.summary.unchanged++;
        if (this.trackLinks) this.entityOfRecord.set(record.recordId, prev!.entityId);
      } else if (status === "new") {
        this.add(record, json, hash);
      } else {
        this.change(prev!, status === "returned", record, content, json, hash);
      }
      if (status !== "unchanged" && record.links.length > 0) linking.push(record);
      if (this.trackLinks) byName.set(linkKey(record.name), record.recordId);
      if (this.input.onProgress && (i % 250 === 0 || i === total - 1)) this.input.onProgress(i + 1, total);
    }
    for (const prev of goneRecords(stored, seen)) this.remove(prev);
    this.summary.unresolvedLinks += linkRecords(this.ctx, this.publication.citation, linking, byName, this.entityOfRecord);
    return this.finish();
  }

  private finish(): Omit<ImportSummary, "ms"> {
    this.summary.possibleMatches = this.merges.possibleMatches;
    closeRun(this.ctx, this.summary);
    return this.summary;
  }

  private ref(record: { recordId: string }) {
    return `${this.list.refPrefix}:${record.recordId}`;
  }

  /** A record new to this list: find or create its entity, then record what the list says. */
  private add(record: ListRecord, json: string, hash: string): void {
    const ref = this.ref(record);
    const { possible } = this.merges.resolve(record, ref);
    const id = upsertEntity(this.ctx, entityInputOf(record, ref, this.publication.citation)).id;
    this.merges.settle(id, record, possible);
    designateRecord(this.ctx, this.publication, id, record, this.publishedOn);
    addListRecord(this.ctx, {
      listKey: this.list.key,
      recordId: record.recordId,
      entityId: id,
      contentHash: hash,
      json,
      firstSeenOn: this.publishedOn,
    });
    if (this.trackLinks) this.entityOfRecord.set(record.recordId, id);
    this.summary.added++;
  }

  /** A record the list changed (or brought back): record the difference, end dropped programs. */
  private change(prev: StoredRecord, back: boolean, record: ListRecord, content: RecordContent, json: string, hash: string): void {
    const before = storedContent(this.ctx.db, this.list.key, prev.recordId);
    const { label } = this.list;
    upsertEntity(this.ctx, entityInputOf(record, this.ref(record), this.publication.citation));
    designateRecord(
      this.ctx,
      this.publication,
      prev.entityId,
      record,
      prev.firstSeenOn ?? this.publishedOn,
      back ? this.publishedOn : undefined,
    );
    if (record.noDesignation && !before.noDesignation) {
      // No Sanction in force names it any more: every designation the record asserted ends.
      this.end(prev.entityId, before);
    } else {
      const dropped = before.programs.filter((p) => !record.programs.includes(p));
      for (const program of dropped) this.end(prev.entityId, { ...before, programs: [program] });
    }
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
        ? `Back on the ${label} published ${this.publishedOn}`
        : this.input.readAgain
          ? `Read again from the ${label} published ${this.publishedOn} by a newer version of the importer, which reads more of it`
          : `Changed in the ${label} published ${this.publishedOn}`,
    });
    updateListRecord(this.ctx, { listKey: this.list.key, recordId: record.recordId, contentHash: hash, json });
    if (this.trackLinks) this.entityOfRecord.set(record.recordId, prev.entityId);
    this.summary.changed++;
  }

  /** A record gone from the list: its designations end as of this publication. */
  private remove(prev: StoredRecord): void {
    this.end(prev.entityId, storedContent(this.ctx.db, this.list.key, prev.recordId));
    markListRecordRemoved(this.ctx, { listKey: this.list.key, recordId: prev.recordId, removedOn: this.publishedOn });
    this.summary.removed++;
  }

  private end(entityId: number, record: RecordContent): void {
    this.summary.keptByOtherSources += endRecordDesignations(this.ctx, this.publication, entityId, record);
  }
}
