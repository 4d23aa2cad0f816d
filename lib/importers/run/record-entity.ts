import "server-only";
import { designate } from "@/lib/commands";
import type { CommandContext } from "@/lib/commands/context";
import { ATTRIBUTES_BY_KIND, type EntityInput } from "@/lib/validation/entity";
import { WEAK_ALIAS_NOTE, type ListRecord } from "../types";
import type { Publication } from "./bookkeeping";

/** What a list record says of its entity, every part citing the publication. */
export function entityInputOf(record: ListRecord, ref: string, citation: string): EntityInput {
  const kind = record.kind;
  const allowed = ATTRIBUTES_BY_KIND[kind];
  return {
    kind,
    name: record.name,
    ref,
    remarks: undefined,
    source: citation,
    names: record.names.map((n) => ({
      value: n.value,
      type: n.type,
      lang: n.lang,
      note: n.weak ? WEAK_ALIAS_NOTE : undefined,
      source: citation,
    })),
    identifiers: record.identifiers.map((i) => ({
      type: i.type,
      value: i.value,
      country: i.country,
      note: i.note,
      source: citation,
      asPublished: true,
    })),
    // Details that do not belong to the kind (an organization's "nationality") are left out.
    attributes: record.attributes
      .filter((a) => allowed.includes(a.key))
      .map((a) => ({ key: a.key, value: a.value, note: a.note, source: citation, asPublished: true })),
  };
}

/**
 * The designations a record asserts, one per program (one with no program when
 * it names none; none when it asserts no designation). `reopenOn` is set for a record back on the list, so a
 * designation it ended is in force again from then.
 */
export function designateRecord(
  ctx: CommandContext,
  publication: Publication,
  entityId: number,
  record: ListRecord,
  firstSeenOn: string,
  reopenOn?: string,
): void {
  if (record.noDesignation) return;
  const programsOf = record.programs.length ? record.programs : [undefined];
  for (const program of programsOf) {
    const detail = record.designationDetails?.find((d) => (d.program ?? undefined) === program);
    designate(ctx, {
      entityId,
      authorityCode: publication.list.authorityOf(record),
      program,
      listRecordId: record.recordId,
      listedOn: detail ? detail.listedOn : record.listedOn,
      effectiveOn: detail?.effectiveOn,
      reason: detail?.reason,
      firstSeenOn,
      status: "confirmed",
      sources: detail?.sourceUrl ? [publication.citation, detail.sourceUrl] : [publication.citation],
      reopenOn,
    });
  }
}
