import Papa from "papaparse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { csvRecord } from "@/lib/export/csv";

/** The cells of one CSV line as a CSV reader sees them. */
const cellsOf = (line: string): string[] => {
  const parsed = Papa.parse<string[]>(line, { newline: "\r\n", delimiter: "," });
  expect(parsed.errors).toEqual([]);
  return parsed.data[0]!;
};

describe("CSV cells a spreadsheet would run as formulas", () => {
  test.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+1+1", `"'+1+1"`],
    ["-5", `"'-5"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tcmd", `"'\tcmd"`],
    ["\rcmd", `"'\rcmd"`],
    // Papaparse's own pattern (`^[=…].*$`) misses a value whose first line is followed by another.
    ["=1+2\nsecond line", `"'=1+2\nsecond line"`],
  ])("%j is written with a leading quote, quoted", (value, written) => {
    expect(csvRecord([value])).toBe(`${written}\r\n`);
    expect(cellsOf(csvRecord([value]))).toEqual([`'${value}`]);
  });

  test.each([
    ["KOREA SHIPPING", "KOREA SHIPPING"],
    ["a, b", `"a, b"`],
    ['say "x"', `"say ""x"""`],
    [" padded ", `" padded "`],
    ["2024-07-01", "2024-07-01"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j is written as RFC 4180 writes it", (value, written) => {
    expect(csvRecord([value])).toBe(`${written}\r\n`);
  });

  test("any cell reads back as written, or prefixed with a quote when it begins as a formula", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom("=", "+", "-", "@", "\t", "\r")).chain((s) => fc.string().map((t) => s + t)),
          { minLength: 1, maxLength: 6 },
        ),
        (cells) => {
          const line = csvRecord(cells);
          expect(line.endsWith("\r\n")).toBe(true);
          const read = Papa.parse<string[]>(line.slice(0, -2), { newline: "\r\n", delimiter: "," }).data[0] ?? [""];
          expect(read).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          // No cell a spreadsheet reads begins with a formula character outside quotes.
          for (const c of read) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
