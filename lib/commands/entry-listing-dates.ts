import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { announcements, changeLog, designations } from "@/db/schema";
import { defaultListingDate } from "@/lib/domain/listing-date";
import { messagesFor } from "@/lib/i18n";
import { type CommandContext, inTransaction } from "./context";
import { updateVersioned } from "./versioned";
import { touchEntity } from "./entities";

/** The change-log rows about one designation (their subject id is text). */
const aboutDesignation = sql`${changeLog.subjectType} = 'designation' and ${changeLog.subjectId} = cast(${designations.id} as text) and ${changeLog.entityId} = ${designations.entityId}`;

/**
 * Gives the designations entered from an announcement's admin page before
 * `enterDesignation` stored a listing date the date its form promised (the
 * announcement's, `defaultListingDate`), each as a logged correction.
 *
 * Only entries by an account qualify: a designation of the default data or of
 * a list import that states no listing date keeps none, since its source gives
 * none; so does one whose listing date an editor cleared on purpose, or one
 * delisted before that date. Run by `setupDatabase` at every start; once filled,
 * nothing is left to do, so it writes nothing again.
 */
export function fillEnteredListingDates(ctx: CommandContext): number {
  return inTransaction(ctx, (ctx) => {
    const rows = ctx.db
      .select({ d: designations, announcedOn: announcements.announcedOn, announcementEffectiveOn: announcements.effectiveOn })
      .from(designations)
      .innerJoin(announcements, eq(announcements.id, designations.announcementId))
      .where(
        and(
          isNotNull(designations.announcementId),
          isNull(designations.listedOn),
          isNull(designations.withdrawnAt),
          sql`exists (select 1 from ${changeLog} where ${aboutDesignation} and ${changeLog.action} = 'designation.create' and ${changeLog.actor} like 'user:%')`,
          sql`not exists (select 1 from ${changeLog} where ${aboutDesignation} and ${changeLog.action} in ('designation.update', 'designation.listing_date') and json_type(${changeLog.after}, '$.listedOn') is not null)`,
        ),
      )
      .all();
    let filled = 0;
    for (const { d, announcedOn, announcementEffectiveOn } of rows) {
      const { date } = defaultListingDate({ effectiveOn: announcementEffectiveOn, announcedOn });
      if (d.delistedOn && date > d.delistedOn) continue;
      updateVersioned(ctx, {
        table: designations,
        row: d,
        changes: { listedOn: date },
        log: () => ({
          // The tracker's inference from the announcement, not an amendment by the authority.
          action: "designation.listing_date",
          subjectType: "designation",
          subjectId: d.id,
          entityId: d.entityId,
          before: { listedOn: null },
          after: { listedOn: date },
          reason: messagesFor("en").admin.rules.listingDateFilled,
        }),
      });
      touchEntity(ctx, d.entityId);
      filled += 1;
    }
    return filled;
  });
}
