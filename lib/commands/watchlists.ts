import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  changeLog,
  designations,
  entityIdentifiers,
  programs,
  users,
  watchlistAlerts,
  watchlistDecisions,
  watchlistItems,
  watchlistResults,
  watchlistTerms,
  watchlists,
} from "@/db/schema";
import { searchNames } from "@/db/schema/search";
import type { DbOrTx } from "@/db/connection";
import { hashToken } from "@/lib/auth/sessions";
import type { AlertKind } from "@/lib/domain/vocabulary";
import { messagesFor } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { today } from "@/lib/domain/partial-date";
import { hasRole } from "@/lib/domain/roles";
import { dataVersion } from "@/lib/read/data-version";
import { currentPublications } from "@/lib/read/publications";
import { SCORING_VERSION, isGeneric, isGenericKey, screen } from "@/lib/screening/engine";
import type { ScreeningCandidate, ScreeningQuery } from "@/lib/screening/types";
import { KEY_PREFIX } from "@/lib/search/memory-index";
import { compactIdentifier, normalizeName } from "@/lib/search/text";
import { matchDecisionInputSchema, watchlistInputSchema, type MatchDecisionInput, type WatchlistInput } from "@/lib/validation/watchlist";
import { type CommandContext, DomainError, inTransaction, nowOf, parseInput } from "./context";

/**
 * Watchlists: a screening saved by a signed-in user, kept current. After every
 * import and every admin change, `rescreenWatchlists` reads the change log
 * past each watchlist's `screenedThrough`, finds the entities it touched, the
 * counterparties those entities may concern (by shared words, romanization
 * keys or identifiers: `watchlist_terms`), screens those again, and turns what
 * differs into alerts. The screening runs outside any transaction (it only
 * reads); the results are written in one short transaction that first checks
 * no other process wrote them meanwhile.
 */

/** Candidates kept per counterparty: its best results, matches or not, so a near miss is seen too. */
const KEPT_PER_ITEM = 5;
/** A score that moves by less is not news. */
const SCORE_CHANGE = 0.01;
/** Identifier terms are told from words by this prefix. */
const ID_PREFIX = "#";

function requireUser(ctx: CommandContext): number {
  const userId = ctx.actor.userId;
  if (!userId) throw new DomainError("watchlist.not_allowed", {});
  return userId;
}

/** The terms by which a changed entity finds a counterparty: its distinctive words, their keys, its identifiers. */
export function queryTerms(query: ScreeningQuery): string[] {
  const terms = new Set<string>();
  for (const name of query.names) {
    const n = normalizeName(name);
    // Generic words (trading, company, llc) would tie every counterparty to every changed entity.
    for (const t of n.tokens) if (!isGeneric(t)) terms.add(t);
    for (const k of n.keys) if (!isGenericKey(k)) terms.add(KEY_PREFIX + k);
  }
  for (const i of query.identifiers) {
    const c = compactIdentifier(i.value);
    if (c) terms.add(ID_PREFIX + c);
  }
  return [...terms];
}

/** The last change-log row about each entity. */
function entityChangeIds(db: DbOrTx, entityIds: number[]): Map<number, number> {
  if (entityIds.length === 0) return new Map();
  const rows = db
    .select({ entityId: changeLog.entityId, id: sql<number>`max(${changeLog.id})` })
    .from(changeLog)
    .where(inArray(changeLog.entityId, entityIds))
    .groupBy(changeLog.entityId)
    .all();
  return new Map(rows.map((r) => [r.entityId!, r.id]));
}

type DesignationState = { lines: string[]; active: boolean };

/** Each entity's designations as one sorted list of lines ("US-OFAC DPRK3 in force"), and whether any is in force today. */
function designationStates(db: DbOrTx, entityIds: number[], locale: Locale): Map<number, DesignationState> {
  const line = messagesFor(locale).matching.designationLine;
  const out = new Map<number, DesignationState>();
  if (entityIds.length === 0) return out;
  const day = today();
  const rows = db
    .select({
      entityId: designations.entityId,
      authority: designations.authorityCode,
      program: programs.code,
      delistedOn: designations.delistedOn,
    })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(and(inArray(designations.entityId, entityIds), isNull(designations.withdrawnAt)))
    .all();
  for (const r of rows) {
    const inForce = !r.delistedOn || r.delistedOn > day;
    const state = out.get(r.entityId) ?? { lines: [], active: false };
    state.lines.push(line(r.authority, r.program, inForce ? null : r.delistedOn));
    state.active ||= inForce;
    out.set(r.entityId, state);
  }
  for (const s of out.values()) s.lines.sort();
  return out;
}

type Evidence = { dataChangeId: number; publications: { list: string; publishedOn: string }[]; threshold: number; screenedAt: string };

function evidenceNow(db: DbOrTx, threshold: number, screenedAt: string): Evidence {
  return {
    dataChangeId: dataVersion(db),
    publications: currentPublications(db).map((p) => ({ list: p.listKey, publishedOn: p.publishedOn })),
    threshold,
    screenedAt,
  };
}

type ResultRow = typeof watchlistResults.$inferInsert;

function resultRow(
  itemId: number,
  c: ScreeningCandidate,
  state: DesignationState | undefined,
  entityChangeId: number,
  evidence: Evidence,
): ResultRow {
  return {
    itemId,
    entityId: c.entityId,
    score: c.score,
    match: c.match,
    matchedName: c.matchedName,
    features: c.features,
    explanation: c.explanation,
    designations: state?.lines ?? [],
    active: state?.active ?? false,
    entityChangeId,
    dataChangeId: evidence.dataChangeId,
    publications: evidence.publications,
    scoringVersion: SCORING_VERSION,
    threshold: evidence.threshold,
    screenedAt: evidence.screenedAt,
  };
}

/** Screens each query (reads only), with the facts about the entities found that results keep. */
function screenAll(db: DbOrTx, queries: { itemId: number; query: ScreeningQuery }[], threshold: number, locale: Locale) {
  const found = queries.map(({ itemId, query }) => ({
    itemId,
    candidates: screen(query, { threshold, limit: KEPT_PER_ITEM, locale }, db),
  }));
  const entityIds = [...new Set(found.flatMap((f) => f.candidates.map((c) => c.entityId)))];
  return { found, states: designationStates(db, entityIds, locale), changes: entityChangeIds(db, entityIds) };
}

/**
 * Saves a screening as a watchlist of the signed-in user and screens it.
 * Returns its id and the secret of its feed addresses (shown once; only its
 * hash is kept).
 */
export function createWatchlist(ctx: CommandContext, input: WatchlistInput): { id: number; feedToken: string } {
  const userId = requireUser(ctx);
  const w = parseInput(watchlistInputSchema, input, "watchlist");
  const now = nowOf(ctx);
  const feedToken = randomBytes(24).toString("base64url");
  const queries = w.items.map((item, i) => ({ itemId: i, query: item.query }));
  // Screened before the transaction, so the write lock is held only to write.
  const screened = screenAll(ctx.db, queries, w.threshold, w.lang);
  const evidence = evidenceNow(ctx.db, w.threshold, now);
  const id = inTransaction(ctx, ({ db }) => {
    const watchlist = db
      .insert(watchlists)
      .values({
        name: w.name,
        ownerUserId: userId,
        threshold: w.threshold,
        locale: w.lang,
        feedTokenHash: hashToken(feedToken),
        createdAt: now,
        screenedThrough: evidence.dataChangeId,
      })
      .returning({ id: watchlists.id })
      .get();
    w.items.forEach((item, i) => {
      const { id: itemId } = db
        .insert(watchlistItems)
        .values({ watchlistId: watchlist.id, position: i + 1, label: item.label, query: item.query })
        .returning({ id: watchlistItems.id })
        .get();
      const terms = queryTerms(item.query);
      if (terms.length)
        db.insert(watchlistTerms)
          .values(terms.map((term) => ({ itemId, term })))
          .onConflictDoNothing()
          .run();
      const rows = screened.found[i]!.candidates.map((c) =>
        resultRow(itemId, c, screened.states.get(c.entityId), screened.changes.get(c.entityId) ?? 0, evidence),
      );
      if (rows.length) db.insert(watchlistResults).values(rows).run();
    });
    return watchlist.id;
  });
  // Whatever changed between the screening and the write is caught up at once.
  rescreenWatchlists(ctx.db, now);
  return { id, feedToken };
}

/** The watchlist of an item, if the actor may act on it (its owner, or an administrator). */
function ownedItem(db: DbOrTx, itemId: number, userId: number): { watchlistId: number } {
  const row = db
    .select({ watchlistId: watchlistItems.watchlistId, owner: watchlists.ownerUserId })
    .from(watchlistItems)
    .innerJoin(watchlists, eq(watchlists.id, watchlistItems.watchlistId))
    .where(eq(watchlistItems.id, itemId))
    .get();
  if (!row) throw new DomainError("watchlist.item_not_found", { id: itemId });
  if (row.owner !== userId) {
    const role = db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get()?.role;
    if (!role || !hasRole(role, "admin")) throw new DomainError("watchlist.not_allowed", {});
  }
  return { watchlistId: row.watchlistId };
}

/**
 * Records a reviewer's decision on a match: a true match, or a false positive
 * that is not raised again until the entity changes. Decisions are appended;
 * the latest counts.
 */
export function recordDecision(ctx: CommandContext, input: MatchDecisionInput): number {
  const userId = requireUser(ctx);
  const d = parseInput(matchDecisionInputSchema, input, "decision");
  return inTransaction(ctx, ({ db, now }) => {
    ownedItem(db, d.itemId, userId);
    const entityChangeId = entityChangeIds(db, [d.entityId]).get(d.entityId) ?? 0;
    return db
      .insert(watchlistDecisions)
      .values({
        itemId: d.itemId,
        entityId: d.entityId,
        decision: d.decision,
        note: d.note ?? null,
        userId,
        entityChangeId,
        decidedAt: now!,
      })
      .returning({ id: watchlistDecisions.id })
      .get().id;
  });
}

/** A new secret for the watchlist's feed addresses (the old one stops working); shown once. */
export function rotateFeedToken(ctx: CommandContext, watchlistId: number): string {
  const userId = requireUser(ctx);
  const token = randomBytes(24).toString("base64url");
  inTransaction(ctx, ({ db }) => {
    const w = db.select({ owner: watchlists.ownerUserId }).from(watchlists).where(eq(watchlists.id, watchlistId)).get();
    if (!w) throw new DomainError("watchlist.not_found", { id: watchlistId });
    if (w.owner !== userId) throw new DomainError("watchlist.not_allowed", {});
    db.update(watchlists)
      .set({ feedTokenHash: hashToken(token) })
      .where(eq(watchlists.id, watchlistId))
      .run();
  });
  return token;
}

export type RescreenSummary = {
  /** Watchlists brought up to date. */
  watchlists: number;
  /** Entities the changes touched. */
  changedEntities: number;
  /** Counterparties screened again (of those on the watchlists). */
  itemsScreened: number;
  alerts: Record<AlertKind, number>;
  ms: number;
};

/** The entities touched by the change-log rows in (after, upTo], merged-away ones included. */
function changedEntities(db: DbOrTx, after: number, upTo: number): number[] {
  return db
    .selectDistinct({ id: changeLog.entityId })
    .from(changeLog)
    .where(and(sql`${changeLog.id} > ${after}`, sql`${changeLog.id} <= ${upTo}`, sql`${changeLog.entityId} is not null`))
    .all()
    .map((r) => r.id!);
}

/** The terms of the changed entities: the words and keys of their names, their identifiers. */
function entityTerms(db: DbOrTx, entityIds: number[]): string[] {
  const terms = new Set<string>();
  for (let i = 0; i < entityIds.length; i += 500) {
    const chunk = entityIds.slice(i, i + 500);
    for (const n of db
      .select({ tokens: searchNames.tokens, keys: searchNames.keys })
      .from(searchNames)
      .where(inArray(searchNames.entityId, chunk))
      .all()) {
      for (const t of n.tokens.split(" ")) if (t && !isGeneric(t)) terms.add(t);
      for (const k of n.keys.split(" ")) if (k && !isGenericKey(k)) terms.add(KEY_PREFIX + k);
    }
    for (const r of db
      .select({ value: entityIdentifiers.value })
      .from(entityIdentifiers)
      .where(inArray(entityIdentifiers.entityId, chunk))
      .all()) {
      terms.add(ID_PREFIX + compactIdentifier(r.value));
    }
  }
  return [...terms];
}

/**
 * Items of the watchlist that share a term with the changed entities, or hold
 * a current result about one. The watchlist's terms and results are read
 * whole and matched in memory: a delta touches thousands of entities, and
 * SQLite answers `term in (thousands of values)` over a join far slower.
 */
function affectedItems(db: DbOrTx, watchlistId: number, terms: ReadonlySet<string>, entityIds: ReadonlySet<number>) {
  const ids = new Set<number>();
  for (const r of db
    .select({ id: watchlistTerms.itemId, term: watchlistTerms.term })
    .from(watchlistTerms)
    .innerJoin(watchlistItems, eq(watchlistItems.id, watchlistTerms.itemId))
    .where(eq(watchlistItems.watchlistId, watchlistId))
    .all())
    if (terms.has(r.term)) ids.add(r.id);
  for (const r of db
    .select({ id: watchlistResults.itemId, entityId: watchlistResults.entityId })
    .from(watchlistResults)
    .innerJoin(watchlistItems, eq(watchlistItems.id, watchlistResults.itemId))
    .where(and(eq(watchlistItems.watchlistId, watchlistId), isNull(watchlistResults.supersededAt)))
    .all())
    if (entityIds.has(r.entityId)) ids.add(r.id);
  if (ids.size === 0) return [];
  return db
    .select({ id: watchlistItems.id, query: watchlistItems.query })
    .from(watchlistItems)
    .where(eq(watchlistItems.watchlistId, watchlistId))
    .all()
    .filter((r) => ids.has(r.id))
    .map((r) => ({ itemId: r.id, query: r.query as ScreeningQuery }));
}

/** What a new screening of an item says about one changed entity, against what was current. */
function alertKind(current: typeof watchlistResults.$inferSelect | undefined, next: ResultRow): AlertKind | null {
  if (next.match && !current?.match) return "new_match";
  if (!current?.match) return null;
  if (current.active && !next.active) return "delisted";
  const designationsMoved = JSON.stringify(current.designations) !== JSON.stringify(next.designations);
  if (!next.match || designationsMoved || Math.abs(current.score - next.score) >= SCORE_CHANGE) return "changed_match";
  return null;
}

/** Whether two results say the same (no new row needed). */
const sameResult = (a: typeof watchlistResults.$inferSelect, b: ResultRow) =>
  a.match === b.match &&
  Math.abs(a.score - b.score) < SCORE_CHANGE &&
  a.active === b.active &&
  JSON.stringify(a.designations) === JSON.stringify(b.designations) &&
  a.entityChangeId === b.entityChangeId;

/**
 * Brings every watchlist up to the last change: screens again the
 * counterparties the changed entities may concern, supersedes the results
 * about those entities that differ, and raises alerts (a decided match stays
 * quiet until its entity changes after the decision).
 */
export function rescreenWatchlists(db: DbOrTx, now: string = new Date().toISOString()): RescreenSummary {
  const started = performance.now();
  const summary: RescreenSummary = {
    watchlists: 0,
    changedEntities: 0,
    itemsScreened: 0,
    alerts: { new_match: 0, changed_match: 0, delisted: 0 },
    ms: 0,
  };
  const upTo = dataVersion(db);
  const behind = db
    .select({ id: watchlists.id, threshold: watchlists.threshold, locale: watchlists.locale, through: watchlists.screenedThrough })
    .from(watchlists)
    .where(sql`${watchlists.screenedThrough} < ${upTo}`)
    .all();
  const changedBy = new Map<number, { entities: number[]; terms: Set<string> }>();
  for (const w of behind) {
    let changed = changedBy.get(w.through);
    if (!changed) {
      const entities = changedEntities(db, w.through, upTo);
      changed = { entities, terms: new Set(entityTerms(db, entities)) };
      changedBy.set(w.through, changed);
    }
    summary.changedEntities = Math.max(summary.changedEntities, changed.entities.length);
    const changedSet = new Set(changed.entities);
    const items = changed.entities.length ? affectedItems(db, w.id, changed.terms, changedSet) : [];
    const screened = screenAll(db, items, w.threshold, w.locale);
    const evidence = evidenceNow(db, w.threshold, now);
    summary.itemsScreened += items.length;

    db.transaction(
      (tx) => {
        // Another process may have brought this watchlist up to date meanwhile.
        const still = tx.select({ through: watchlists.screenedThrough }).from(watchlists).where(eq(watchlists.id, w.id)).get();
        if (!still || still.through !== w.through) return;
        for (const [i, { itemId }] of items.entries()) {
          const candidates = new Map(screened.found[i]!.candidates.map((c) => [c.entityId, c]));
          const current = new Map(
            tx
              .select()
              .from(watchlistResults)
              .where(and(eq(watchlistResults.itemId, itemId), isNull(watchlistResults.supersededAt)))
              .all()
              .map((r) => [r.entityId, r]),
          );
          const concerned = new Set([...candidates.keys(), ...current.keys()].filter((id) => changedSet.has(id)));
          for (const entityId of concerned) {
            const cur = current.get(entityId);
            const c = candidates.get(entityId) ?? {
              entityId,
              score: 0,
              match: false,
              matchedName: null,
              features: [],
              explanation: [messagesFor(w.locale).matching.noLongerMatches],
            };
            const next = resultRow(
              itemId,
              c,
              screened.states.get(entityId),
              screened.changes.get(entityId) ?? entityChangeIds(tx, [entityId]).get(entityId) ?? 0,
              evidence,
            );
            if (cur && sameResult(cur, next)) continue;
            if (!cur && !next.match && !candidates.has(entityId)) continue;
            if (cur) tx.update(watchlistResults).set({ supersededAt: now }).where(eq(watchlistResults.id, cur.id)).run();
            const resultId = tx.insert(watchlistResults).values(next).returning({ id: watchlistResults.id }).get().id;
            let kind = alertKind(cur, next);
            const decision = tx
              .select({ decision: watchlistDecisions.decision, entityChangeId: watchlistDecisions.entityChangeId })
              .from(watchlistDecisions)
              .where(and(eq(watchlistDecisions.itemId, itemId), eq(watchlistDecisions.entityId, entityId)))
              .orderBy(desc(watchlistDecisions.id))
              .get();
            // Decided on the entity as it is now: nothing new to say. Changed since: the decision is due again.
            if (decision && decision.entityChangeId >= next.entityChangeId) continue;
            if (decision && !kind && next.match) kind = "changed_match";
            if (!kind) continue;
            tx.insert(watchlistAlerts)
              .values({ watchlistId: w.id, itemId, entityId, kind, resultId, afterChangeId: w.through, upToChangeId: upTo, createdAt: now })
              .run();
            summary.alerts[kind]++;
          }
        }
        tx.update(watchlists).set({ screenedThrough: upTo }).where(eq(watchlists.id, w.id)).run();
        summary.watchlists++;
      },
      { behavior: "immediate" },
    );
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/** The re-screen in one line, for the import CLI and setup. */
export function describeRescreen(s: RescreenSummary): string {
  const alerts = s.alerts.new_match + s.alerts.changed_match + s.alerts.delisted;
  return `watchlists: ${s.watchlists} re-screened against ${s.changedEntities} changed entities (${s.itemsScreened} counterparties screened again, ${alerts} alerts: ${s.alerts.new_match} new, ${s.alerts.changed_match} changed, ${s.alerts.delisted} delisted) in ${s.ms} ms`;
}

/**
 * After a change committed by an admin form: the watchlists catch up. Their
 * failure must not turn a saved change into an error page; the next change,
 * import or start catches up what this one missed.
 */
export function rescreenAfterChange(db: DbOrTx): void {
  try {
    rescreenWatchlists(db);
  } catch (err) {
    console.error(`watchlists: re-screen failed (the next change catches up): ${err instanceof Error ? err.message : String(err)}`);
  }
}
