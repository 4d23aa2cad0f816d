import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { designationSources, designations, programs, sources } from "@/db/schema";
import { delist } from "@/lib/commands";
import type { CommandContext } from "@/lib/commands/context";
import { preparedStatements } from "@/db/connection";
import { normalizeProgramCode } from "@/lib/domain/program";
import type { Publication } from "./bookkeeping";
import type { RecordContent } from "./hashing";

const statements = preparedStatements((db) => ({
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

/**
 * Ends the designations a record asserted (all of them, or those of the
 * programs a changed record dropped), as of the publication, but only those no
 * other source asserts: a designation known from the default facts or an
 * admin's entry is never ended by a list import. Returns how many were kept
 * for that reason.
 */
export function endRecordDesignations(ctx: CommandContext, publication: Publication, entityId: number, record: RecordContent): number {
  const { list, publishedOn, citation } = publication;
  // A record that asserted no designation has none to end.
  if (record.noDesignation) return 0;
  const authorityCode = list.authorityOf({ ...record, origin: { file: "", line: 0 } });
  const codes = record.programs.length ? record.programs.map(normalizeProgramCode) : ["UNSPECIFIED"];
  const st = statements(ctx.db);
  let kept = 0;
  for (const code of codes) {
    const d = st.designationOf.get({ entityId, authorityCode, code });
    if (!d || d.delistedOn) continue;
    const others = st.otherSources.get({ designationId: d.id, listKey: list.key });
    if ((others?.n ?? 0) > 0) {
      kept++;
      continue;
    }
    delist(ctx, {
      designationId: d.id,
      delistedOn: publishedOn,
      reason: `No longer on the ${list.label} published ${publishedOn}`,
      source: citation,
    });
  }
  return kept;
}
