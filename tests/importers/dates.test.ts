import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { changeLog, designations, importRuns } from "@/db/schema";
import { BUNDLED_LISTS, FORMATS, importListAt } from "@/lib/importers/formats";
import { parseIsoDate, parseListDate, parseUnConsolidated, parseYear } from "@/lib/importers/parsers";
import { parseListDateOrSpan } from "@/lib/importers/parsers/dates";
import { importList } from "@/lib/importers/run-import";
import { createTestDb, type TestDb } from "../helpers/db";
import { fixture, tempFiles } from "./helpers";

const UN_FILE = BUNDLED_LISTS.find((b) => b.format === "un")!.path;

/** The UN records whose LISTED_ON carries a time zone, with the date it gives, read from the XML as text. */
function zonedListings(): Map<string, string> {
  const xml = readFileSync(UN_FILE, "utf8");
  const out = new Map<string, string>();
  for (const m of xml.matchAll(
    /<REFERENCE_NUMBER>([^<]+)<\/REFERENCE_NUMBER>\s*<LISTED_ON>(\d{4}-\d{2}-\d{2})[+-]\d{2}:\d{2}<\/LISTED_ON>/g,
  )) {
    out.set(m[1]!.trim(), m[2]!);
  }
  return out;
}

describe("reading dates", () => {
  it.each([
    ["2016-03-02", "2016-03-02"],
    ["2016-03-02T00:00:09.554Z", "2016-03-02"],
    ["2015-03-27-04:00", "2015-03-27"],
    ["2015-03-27+09:00", "2015-03-27"],
    ["2015-03-27Z", "2015-03-27"],
  ])("parseIsoDate(%j) = %s", (text, iso) => {
    expect(parseIsoDate(text)).toBe(iso);
  });

  it.each(["2015-02-30", "2015-03-27-4", "27/03/2015", "2015-03", ""])("parseIsoDate(%j) refuses", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it("reads a year alone, and a span by its first date", () => {
    expect(parseYear("1962")).toBe("1962");
    expect(parseYear("62")).toBeUndefined();
    expect(parseListDateOrSpan("01 Jan 2015 to 31 Dec 2015")).toBe("2015-01-01");
    expect(parseListDateOrSpan("Sep 1990")).toBe(parseListDate("Sep 1990"));
    expect(parseListDateOrSpan("01 Jan 2015 to sometime")).toBeUndefined();
  });
});

describe("a date no reader understands", () => {
  it("is reported with its record, field, file and line; the record is imported without it", () => {
    const xml = readFileSync(fixture("un-consolidated.xml"), "utf8").replace(
      "<LISTED_ON>2016-03-02</LISTED_ON>",
      "<LISTED_ON>early 2016</LISTED_ON>",
    );
    const dir = tempFiles({ "un.xml": xml });
    const parsed = parseUnConsolidated(`${dir}/un.xml`);
    expect(parsed.unreadDates).toEqual([
      { recordId: expect.any(String), field: "LISTED_ON", value: "early 2016", file: "un.xml", line: expect.any(Number) },
    ]);
    const record = parsed.records.find((r) => r.recordId === parsed.unreadDates[0]!.recordId)!;
    expect(record.listedOn).toBeUndefined();
  });
});

describe("every date of every bundled list", () => {
  it.each(BUNDLED_LISTS.map((b) => [`${b.format} ${b.path}`, b] as const))("%s: every date value is read", (_, bundled) => {
    const parsed = FORMATS[bundled.format].parse(bundled.path);
    const unread = parsed.unreadDates.map((d) => `${d.file}:${d.line} ${d.recordId} ${d.field}: ${JSON.stringify(d.value)}`);
    expect(unread).toEqual([]);
  });

  it("UN listing dates with a time zone are the dates written", () => {
    const zoned = zonedListings();
    expect(zoned.size).toBe(10);
    const parsed = parseUnConsolidated(UN_FILE);
    for (const [recordId, date] of zoned) {
      expect(parsed.records.find((r) => r.recordId === recordId)?.listedOn, recordId).toBe(date);
    }
  });
});

describe("a database imported before a parser fix", () => {
  let t: TestDb;
  afterEach(() => t?.close());

  it("is repaired when the same files are imported again: the dates are filled in, logged as read again", () => {
    t = createTestDb();
    const zoned = zonedListings();
    // The list as the parser before the fix read it: no listing date where LISTED_ON had a time zone.
    const parsed = parseUnConsolidated(UN_FILE);
    for (const r of parsed.records) if (zoned.has(r.recordId)) delete r.listedOn;
    importList(t.db, { listKey: "un-consolidated", parsed });
    t.db.update(importRuns).set({ parserVersion: 1 }).run();
    const undated = () =>
      t.db
        .select({ n: sql<number>`count(*)` })
        .from(designations)
        .where(sql`${designations.listRecordId} in ${[...zoned.keys()]} and ${designations.listedOn} is null`)
        .get()!.n;
    expect(undated()).toBe(10);

    const summary = importListAt(t.db, "un", UN_FILE);
    expect(summary.changed).toBeGreaterThanOrEqual(10);
    expect(undated()).toBe(0);
    const reasons = t.db
      .select({ reason: changeLog.reason })
      .from(changeLog)
      .where(eq(changeLog.runId, summary.runId))
      .all()
      .map((r) => r.reason)
      .filter(Boolean);
    expect(reasons.every((r) => /Read again .* by a newer version of the importer/.test(r!))).toBe(true);

    // Imported again by the same parser: confirmed unchanged, nothing read.
    expect(importListAt(t.db, "un", UN_FILE)).toMatchObject({ added: 0, changed: 0, removed: 0 });
  });
});
