import "server-only";
import { addRelationship } from "@/lib/commands";
import type { CommandContext } from "@/lib/commands/context";
import type { ListRecord } from "../types";

/** Names compared the way lists write them in "Linked To:" remarks: case, spacing and a trailing period aside. */
export const linkKey = (name: string) =>
  name
    .toUpperCase()
    .replace(/[.\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * "Linked To: NAME" → a relationship to the record of that name in the same
 * publication. Only the records the run added or changed are linked (`touched`);
 * targets are looked up among all of the publication's records (`byName`: each
 * record's name key to its record id), by the entities the run put them under
 * (`entityOfRecord`). Returns how many links
 * found no target (or pointed to the record's own entity).
 */
export function linkRecords(
  ctx: CommandContext,
  citation: string,
  touched: ListRecord[],
  byName: Map<string, string>,
  entityOfRecord: Map<string, number>,
): number {
  if (!touched.some((r) => r.links.length > 0)) return 0;
  let unresolved = 0;
  for (const r of touched) {
    const from = entityOfRecord.get(r.recordId);
    for (const l of r.links) {
      const targetRecord = byName.get(linkKey(l.targetName));
      const to = targetRecord ? entityOfRecord.get(targetRecord) : undefined;
      if (!from || !to || from === to) {
        unresolved++;
        continue;
      }
      addRelationship(ctx, { fromEntityId: from, toEntityId: to, type: l.type, source: citation });
    }
  }
  return unresolved;
}
