import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { entities, users, watchlistAlerts, watchlistDecisions, watchlistItems, watchlistResults, watchlists } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { hashToken } from "@/lib/auth/sessions";
import type { AlertKind, MatchDecision } from "@/lib/domain/vocabulary";
import type { ScoreFeature, ScreeningQuery } from "@/lib/screening/types";

/** A user's watchlists, or every watchlist for an administrator. */
export type WatchlistSummary = {
  id: number;
  name: string;
  owner: string;
  threshold: number;
  createdAt: string;
  items: number;
  /** Counterparties with a current match. */
  matched: number;
  alerts: number;
};

export function listWatchlists(viewer: { id: number; isAdmin: boolean }, db: DbOrTx = getDb()): WatchlistSummary[] {
  const rows = db
    .select({
      id: watchlists.id,
      name: watchlists.name,
      owner: sql<string>`coalesce(${users.name}, ${users.email})`,
      threshold: watchlists.threshold,
      createdAt: watchlists.createdAt,
      items: sql<number>`(select count(*) from ${watchlistItems} where ${watchlistItems.watchlistId} = ${watchlists.id})`,
      matched: sql<number>`(select count(distinct r.item_id) from watchlist_results r join watchlist_items i on i.id = r.item_id
        where i.watchlist_id = ${watchlists.id} and r.match = 1 and r.superseded_at is null)`,
      alerts: sql<number>`(select count(*) from ${watchlistAlerts} where ${watchlistAlerts.watchlistId} = ${watchlists.id})`,
    })
    .from(watchlists)
    .innerJoin(users, eq(users.id, watchlists.ownerUserId))
    .where(viewer.isAdmin ? undefined : eq(watchlists.ownerUserId, viewer.id))
    .orderBy(desc(watchlists.id))
    .all();
  return rows;
}

export type DecisionView = {
  decision: MatchDecision;
  note: string | null;
  by: string;
  decidedAt: string;
  /** Made on the entity as it is now. */ current: boolean;
};

export type ResultView = {
  id: number;
  entityId: number;
  entityName: string;
  score: number;
  match: boolean;
  matchedName: string | null;
  features: ScoreFeature[];
  explanation: string[];
  designations: string[];
  active: boolean;
  screenedAt: string;
  dataChangeId: number;
  publications: { list: string; publishedOn: string }[];
  scoringVersion: string;
  threshold: number;
  decision: DecisionView | null;
};

export type ItemView = { id: number; position: number; label: string; query: ScreeningQuery; results: ResultView[] };

export type AlertView = {
  id: number;
  kind: AlertKind;
  itemId: number;
  itemLabel: string;
  entityId: number;
  entityName: string;
  score: number;
  createdAt: string;
  upToChangeId: number;
};

export type WatchlistDetail = {
  id: number;
  name: string;
  ownerUserId: number;
  owner: string;
  threshold: number;
  /** The language its results are explained in (the page's it was saved from). */
  locale: Locale;
  createdAt: string;
  screenedThrough: number;
  items: ItemView[];
  alerts: AlertView[];
};

/** A watchlist with its counterparties, their current results and decisions, and its alerts (newest first). */
export function getWatchlist(id: number, db: DbOrTx = getDb()): WatchlistDetail | null {
  const w = db
    .select({
      id: watchlists.id,
      name: watchlists.name,
      ownerUserId: watchlists.ownerUserId,
      owner: sql<string>`coalesce(${users.name}, ${users.email})`,
      threshold: watchlists.threshold,
      locale: watchlists.locale,
      createdAt: watchlists.createdAt,
      screenedThrough: watchlists.screenedThrough,
    })
    .from(watchlists)
    .innerJoin(users, eq(users.id, watchlists.ownerUserId))
    .where(eq(watchlists.id, id))
    .get();
  if (!w) return null;
  const items = db.select().from(watchlistItems).where(eq(watchlistItems.watchlistId, id)).orderBy(watchlistItems.position).all();
  const itemIds = items.map((i) => i.id);
  const results = itemIds.length
    ? db
        .select({ r: watchlistResults, entityName: entities.name })
        .from(watchlistResults)
        .innerJoin(entities, eq(entities.id, watchlistResults.entityId))
        .where(and(inArray(watchlistResults.itemId, itemIds), isNull(watchlistResults.supersededAt)))
        .orderBy(desc(watchlistResults.score))
        .all()
    : [];
  const decisions = new Map<string, DecisionView & { entityChangeId: number }>();
  if (itemIds.length) {
    for (const d of db
      .select({ d: watchlistDecisions, by: sql<string>`coalesce(${users.name}, ${users.email})` })
      .from(watchlistDecisions)
      .innerJoin(users, eq(users.id, watchlistDecisions.userId))
      .where(inArray(watchlistDecisions.itemId, itemIds))
      .orderBy(watchlistDecisions.id)
      .all()) {
      decisions.set(`${d.d.itemId}:${d.d.entityId}`, {
        decision: d.d.decision,
        note: d.d.note,
        by: d.by,
        decidedAt: d.d.decidedAt,
        current: true,
        entityChangeId: d.d.entityChangeId,
      });
    }
  }
  const byItem = new Map<number, ResultView[]>();
  for (const { r, entityName } of results) {
    const d = decisions.get(`${r.itemId}:${r.entityId}`);
    const list = byItem.get(r.itemId) ?? [];
    list.push({
      id: r.id,
      entityId: r.entityId,
      entityName,
      score: r.score,
      match: r.match,
      matchedName: r.matchedName,
      features: r.features as ScoreFeature[],
      explanation: r.explanation as string[],
      designations: r.designations as string[],
      active: r.active,
      screenedAt: r.screenedAt,
      dataChangeId: r.dataChangeId,
      publications: r.publications as ResultView["publications"],
      scoringVersion: r.scoringVersion,
      threshold: r.threshold,
      decision: d
        ? { decision: d.decision, note: d.note, by: d.by, decidedAt: d.decidedAt, current: d.entityChangeId >= r.entityChangeId }
        : null,
    });
    byItem.set(r.itemId, list);
  }
  const labels = new Map(items.map((i) => [i.id, i.label]));
  const alerts = db
    .select({ a: watchlistAlerts, entityName: entities.name, score: watchlistResults.score })
    .from(watchlistAlerts)
    .innerJoin(entities, eq(entities.id, watchlistAlerts.entityId))
    .innerJoin(watchlistResults, eq(watchlistResults.id, watchlistAlerts.resultId))
    .where(eq(watchlistAlerts.watchlistId, id))
    .orderBy(desc(watchlistAlerts.id))
    .all()
    .map(({ a, entityName, score }) => ({
      id: a.id,
      kind: a.kind,
      itemId: a.itemId,
      itemLabel: labels.get(a.itemId) ?? "",
      entityId: a.entityId,
      entityName,
      score,
      createdAt: a.createdAt,
      upToChangeId: a.upToChangeId,
    }));
  return {
    ...w,
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      label: i.label,
      query: i.query as ScreeningQuery,
      results: byItem.get(i.id) ?? [],
    })),
    alerts,
  };
}

/** Whether `token` is the secret of the watchlist's feed addresses. */
export function feedTokenValid(id: number, token: string | null, db: DbOrTx = getDb()): boolean {
  if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) return false;
  const row = db.select({ hash: watchlists.feedTokenHash }).from(watchlists).where(eq(watchlists.id, id)).get();
  return row?.hash === hashToken(token);
}
