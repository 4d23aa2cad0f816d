import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { designations, entities, entityNames, type EntityKind } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { today } from "@/lib/domain/partial-date";
import { firstListingFrom, listingOrSeenDate, listsFirstSeenIn, ownListingDate, type FirstListing } from "./first-listing";
import { DAY_STATES, IN_FORCE_RANK, dayRank, entityDayState, rankOf, type DayCounts, type DayState, type EntityDayState } from "./in-force";

/** `unknown`: entities the tracker cannot place on the date (see `DayState`). */
export const ENTITY_STATUS_FILTERS = ["active", "delisted", "unknown", "all"] as const;
export type EntityStatusFilter = (typeof ENTITY_STATUS_FILTERS)[number];

/**
 * How the list can be ordered (`?sort=`): by name (`entities.name_sort`, see
 * `nameSortKey`); by kind; by the authorities that designated the entity, as
 * the row shows them (their codes in order, joined: "EU,US-OFAC" comes before
 * "US-OFAC"); by first listing (see `FirstListing`). Ties, and every sort but
 * name, go on by name A–Z; entities with no authority or no known first
 * listing come last in either direction.
 */
export const ENTITY_SORTS = ["name", "kind", "authority", "listed"] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export type EntityFilters = {
  kind?: EntityKind;
  authority?: string;
  status?: EntityStatusFilter;
  /** Part of any of the entity's names. */
  q?: string;
  /** YYYY-MM-DD: designations in force on that day (default today). */
  asOf?: string;
  page?: number;
  pageSize?: number;
  /** Default: by name, A to Z. */
  sort?: EntitySort;
  dir?: SortDirection;
  /**
   * "ko": names as a Korean reader expects them. Each row is shown by its
   * Hangul name where the entity has one (`rankedHangulNames`: 패트리어트 for
   * PATRIOT), its primary name first among the others; rows come in
   * Intl.Collator("ko")'s order of the names shown: names beginning with a
   * digit, then Hangul names in 가나다 order, then the rest as by default (see
   * `koreanNameGroup`). Default: each row by its primary name, Latin first, as
   * the sort key has it (lib/domain/name-sort-key.ts).
   */
  nameOrder?: "default" | "ko";
};

export type EntityListRow = {
  id: number;
  kind: EntityKind;
  /** The name the row is shown by: the primary name, or on a Korean page a Hangul one (see `EntityFilters.nameOrder`). */
  name: string;
  /** Up to three of the entity's other names, the primary name first when it is not the one shown. */
  otherNames: { value: string; official: boolean; script: string }[];
  /** Each authority's designations on the day, at their best state (see `DayState`). */
  authorities: { code: string; inForce: boolean; state: DayState; knownBy: string | null }[];
  /** The earliest listing of the designations in scope (the authority filter's), and how the tracker knows it. */
  firstListed: FirstListing;
  inForce: boolean;
  state: EntityDayState;
};

export type EntityPage = {
  rows: EntityListRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  asOf: string;
  /** The entities the filters (all but status) cover on the day, in force or not known (see `DayCounts`). */
  counts: DayCounts;
};

/**
 * A name's group in Korean order, by the first character of its sort key:
 * digits (0), Hangul syllables (1), everything else (2), Latin being the
 * rest's first. Intl.Collator("ko") orders names so; inside each group the
 * key's code-point order is the collator's for Hangul (the syllables are
 * encoded 가나다) and for Latin. Done in SQL, as the order, so that paging
 * (LIMIT/OFFSET) stays exact over the whole list. Han characters are not
 * placed by their Korean reading, as the collator does: they stay in the
 * last group, in code-point order.
 */
const koreanNameGroup = (hangulName: SQL.Aliased | SQL) =>
  sql`case when ${hangulName} is not null then 1 when ${entities.nameSort} < 'a' then 0 when substr(${entities.nameSort}, 1, 1) between '가' and '힣' then 1 else 2 end`;
/** The key a row is ordered by on a Korean page: its Hangul name where it has one (its code-point order is 가나다), else its name's sort key. */
const koreanNameKey = (hangulName: SQL.Aliased | SQL) => sql`coalesce(${hangulName}, ${entities.nameSort})`;

/**
 * Each entity's Hangul names ranked (`rank` 1 is the one a Korean page shows
 * it by): its primary name when that is Hangul, else an official, confirmed,
 * current Hangul name before others, as `headingNames`
 * (lib/domain/heading-names.ts) picks the heading of the entity's page. A
 * join over the few Hangul names rather than a lookup per entity: ordering
 * the whole list so takes a fifth of the time.
 */
function rankedHangulNames(db: DbOrTx) {
  return db
    .select({
      entityId: entityNames.entityId,
      hangulName: sql<string>`${entityNames.value}`.as("hangul_name"),
      rank: sql<number>`row_number() over (partition by ${entityNames.entityId} order by
        ${entityNames.type} = 'primary' desc, ${entityNames.official} desc, ${entityNames.status} = 'confirmed' desc, ${entityNames.id})`.as(
        "rank",
      ),
    })
    .from(entityNames)
    .where(and(eq(entityNames.script, "Hang"), sql`${entityNames.type} <> 'former_name'`))
    .as("hangul_names");
}

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The entity list: filtered by kind, authority, name and status on a date (in
 * force, delisted, or not known for that date), a page at a time, sorted as
 * asked (`ENTITY_SORTS`; by name by default). With `asOf`, only entities designated by that date appear, and their
 * status is as of then; an entity the tracker cannot place on the date (its
 * designations undated and first seen later) is counted apart, never dropped.
 */
export function listEntities(filters: EntityFilters, db: DbOrTx = getDb()): EntityPage {
  const asOf = filters.asOf ?? today();
  const pageSize = Math.min(Math.max(filters.pageSize ?? 25, 1), 100);
  const status = filters.status ?? "all";

  const designationScope: SQL[] = [sql`${designations.withdrawnAt} is null`];
  if (filters.authority) designationScope.push(eq(designations.authorityCode, filters.authority));

  // One row per entity with designations in scope: the best state of any of them on the date.
  const perEntity = db
    .select({
      entityId: designations.entityId,
      best: sql<number>`max(${dayRank(asOf)})`.as("best"),
      firstListedOn: sql<string | null>`min(${listingOrSeenDate})`.as("first_listed_on"),
      firstOwnListedOn: sql<string | null>`min(${ownListingDate})`.as("first_own_listed_on"),
    })
    .from(designations)
    .where(and(...designationScope))
    .groupBy(designations.entityId)
    .as("per_entity");

  // An entity merged into another is listed as the survivor, which holds its names and designations.
  const where: SQL[] = [sql`${entities.withdrawnAt} is null`, sql`${entities.mergedIntoId} is null`];
  if (filters.kind) where.push(eq(entities.kind, filters.kind));
  if (filters.q?.trim()) {
    const pattern = `%${escapeLike(filters.q.trim())}%`;
    where.push(
      sql`exists (select 1 from ${entityNames} where ${entityNames.entityId} = ${entities.id} and ${entityNames.value} like ${pattern} escape '\\')`,
    );
  }
  const counted = db
    .select({
      inForce: sql<number>`coalesce(sum(${perEntity.best} >= ${IN_FORCE_RANK}), 0)`,
      onFirstSeen: sql<number>`coalesce(sum(${perEntity.best} = ${rankOf("seen")}), 0)`,
      unknown: sql<number>`coalesce(sum(${perEntity.best} = ${rankOf("unknown")}), 0)`,
    })
    .from(entities)
    .innerJoin(perEntity, eq(perEntity.entityId, entities.id))
    .where(and(...where))
    .get();
  const counts: DayCounts = { inForce: counted?.inForce ?? 0, onFirstSeen: counted?.onFirstSeen ?? 0, unknown: counted?.unknown ?? 0 };

  const restrictToDesignated = Boolean(filters.authority || filters.asOf || status !== "all");
  if (restrictToDesignated) where.push(sql`${perEntity.best} >= ${rankOf("ended")}`);
  if (status === "active") where.push(sql`${perEntity.best} >= ${IN_FORCE_RANK}`);
  if (status === "delisted") where.push(sql`${perEntity.best} = ${rankOf("ended")}`);
  if (status === "unknown") where.push(sql`${perEntity.best} = ${rankOf("unknown")}`);

  const sort = filters.sort ?? "name";
  // On a Korean page a row is shown, and ordered, by its Hangul name (see `EntityFilters.nameOrder`).
  const korean = filters.nameOrder === "ko";
  const hangul = rankedHangulNames(db);
  const direction = filters.dir === "desc" ? desc : asc;
  // The authorities a row shows (designations not withdrawn, not all in the future on the day), joined in order.
  const shown = db
    .select({
      entityId: designations.entityId,
      codes: sql<string>`group_concat(distinct ${designations.authorityCode} order by ${designations.authorityCode})`.as("codes"),
    })
    .from(designations)
    .where(and(sql`${designations.withdrawnAt} is null`, sql`${dayRank(asOf)} >= ${rankOf("ended")}`))
    .groupBy(designations.entityId)
    .as("shown_authorities");

  const selected = db
    .select({
      id: entities.id,
      kind: entities.kind,
      name: entities.name,
      hangulName: korean ? sql<string | null>`${hangul.hangulName}` : sql<string | null>`null`,
      best: perEntity.best,
      firstListedOn: perEntity.firstListedOn,
      firstOwnListedOn: perEntity.firstOwnListedOn,
    })
    .from(entities)
    .leftJoin(perEntity, eq(perEntity.entityId, entities.id));
  // Only a Korean page needs the Hangul names, and only the authority sort the joined codes: other lists skip those passes.
  const named = korean ? selected.leftJoin(hangul, and(eq(hangul.entityId, entities.id), eq(hangul.rank, 1))) : selected;
  const base = (sort === "authority" ? named.leftJoin(shown, eq(shown.entityId, entities.id)) : named).where(and(...where));
  const group = koreanNameGroup(hangul.hangulName);
  const key = koreanNameKey(hangul.hangulName);
  const byName = korean ? [asc(group), asc(key), asc(entities.id)] : [asc(entities.nameSort), asc(entities.id)];
  const order: SQL[] =
    sort === "kind"
      ? [direction(entities.kind), ...byName]
      : sort === "authority"
        ? [sql`${shown.codes} is null`, direction(shown.codes), ...byName]
        : sort === "listed"
          ? [sql`${perEntity.firstListedOn} is null`, direction(perEntity.firstListedOn), ...byName]
          : korean
            ? [direction(group), direction(key), direction(entities.id)]
            : [direction(entities.nameSort), direction(entities.id)];

  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(base.as("filtered"))
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filters.page ?? 1, 1), pageCount);
  const rows = base
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();

  const ids = rows.map((r) => r.id);
  const names = ids.length
    ? db
        .select({
          entityId: entityNames.entityId,
          value: entityNames.value,
          official: entityNames.official,
          script: entityNames.script,
          primary: sql<boolean>`${entityNames.type} = 'primary'`.mapWith(Boolean),
        })
        .from(entityNames)
        .where(inArray(entityNames.entityId, ids))
        .orderBy(asc(entityNames.id))
        .all()
    : [];
  /** The names beside the one a row is shown by: the primary name first when a Hangul name is shown instead. */
  const otherNamesOf = (r: (typeof rows)[number]) => {
    const own = names.filter((n) => n.entityId === r.id);
    const shown = r.hangulName ?? r.name;
    return [...own.filter((n) => n.primary), ...own.filter((n) => !n.primary)]
      .filter((n) => n.value !== shown)
      .slice(0, 3)
      .map(({ value, official, script }) => ({ value, official, script }));
  };
  const auths = ids.length
    ? db
        .select({
          entityId: designations.entityId,
          code: designations.authorityCode,
          best: sql<number>`max(${dayRank(asOf)})`,
          knownBy: sql<string | null>`min(${designations.firstSeenOn})`,
        })
        .from(designations)
        .where(and(inArray(designations.entityId, ids), sql`${designations.withdrawnAt} is null`))
        .groupBy(designations.entityId, designations.authorityCode)
        .having(sql`max(${dayRank(asOf)}) >= ${rankOf("ended")}`)
        .orderBy(asc(designations.authorityCode))
        .all()
    : [];

  const seenIn = listsFirstSeenIn(
    rows.flatMap((r) => (r.firstListedOn !== null && r.firstListedOn !== r.firstOwnListedOn ? [{ id: r.id, date: r.firstListedOn }] : [])),
    db,
  );

  return {
    rows: rows.map((r) => {
      const best = r.best ?? 0;
      return {
        id: r.id,
        kind: r.kind,
        name: r.hangulName ?? r.name,
        otherNames: otherNamesOf(r),
        authorities: auths
          .filter((a) => a.entityId === r.id)
          .map((a) => ({
            code: a.code,
            inForce: a.best >= IN_FORCE_RANK,
            state: DAY_STATES[a.best] ?? "future",
            knownBy: a.knownBy,
          })),
        firstListed: firstListingFrom(r.firstListedOn ?? null, r.firstOwnListedOn ?? null, seenIn.get(r.id) ?? null),
        inForce: best >= IN_FORCE_RANK,
        state: entityDayState(best),
      };
    }),
    total,
    page,
    pageSize,
    pageCount,
    asOf,
    counts,
  };
}

/** The entity an entity was merged into (the one to show and link instead), or null when it stands on its own or does not exist. */
export function mergedIntoOf(id: number, db: DbOrTx = getDb()): number | null {
  return db.select({ into: entities.mergedIntoId }).from(entities).where(eq(entities.id, id)).get()?.into ?? null;
}

/** The Hangul name each entity given is shown by on a Korean page (`rankedHangulNames`), for those that have one. */
export function hangulNamesOf(ids: readonly number[], db: DbOrTx = getDb()): Map<number, string> {
  if (ids.length === 0) return new Map();
  const hangul = rankedHangulNames(db);
  const rows = db
    .select({ entityId: hangul.entityId, name: hangul.hangulName })
    .from(hangul)
    .where(and(inArray(hangul.entityId, [...new Set(ids)]), eq(hangul.rank, 1)))
    .all();
  return new Map(rows.map((r) => [r.entityId, r.name]));
}
