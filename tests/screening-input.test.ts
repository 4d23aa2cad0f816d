import { describe, expect, it } from "vitest";
import { matchQueryOf, readPastedNames, readScreeningCsv } from "@/lib/screening/input";
import { screening } from "@/lib/i18n/en/screening";

describe("pasted names", () => {
  it("one per line, blank lines skipped, each keeping its line number", () => {
    expect(readPastedNames("Kim Jong Un\n\n  김영철 \r\nКИМ ЧЕН ЫН").rows).toEqual([
      { row: 1, name: "Kim Jong Un" },
      { row: 3, name: "김영철" },
      { row: 4, name: "КИМ ЧЕН ЫН" },
    ]);
  });
});

describe("a CSV file", () => {
  it("reads the columns by their usual header names, in any order and case", () => {
    const input = readScreeningCsv(
      "\uFEFFCountry,Full Name,Type,DOB,IMO No.,Passport\r\nKP,Kim Yong Chol,Person,1946,,PD123\r\npanama,Ocean Star,vessel,,9187629,\r\n",
    );
    expect(input.problems).toEqual([]);
    expect(input.rows).toEqual([
      { row: 2, name: "Kim Yong Chol", kind: "individual", country: "KP", birthDate: "1946", identifier: "PD123" },
      { row: 3, name: "Ocean Star", kind: "vessel", country: "PA", imo: "9187629" },
    ]);
    expect(matchQueryOf(input.rows[0]!)).toEqual({
      schema: "Person",
      properties: { name: ["Kim Yong Chol"], nationality: ["KP"], birthDate: ["1946"], idNumber: ["PD123"] },
    });
    expect(matchQueryOf(input.rows[1]!)).toEqual({
      schema: "Vessel",
      properties: { name: ["Ocean Star"], country: ["PA"], imoNumber: ["9187629"] },
    });
  });

  it("refuses a file without a name column, naming the columns it has", () => {
    const input = readScreeningCsv("customer_id,city\n1,Seoul\n");
    expect(input.fileProblem).toEqual({ code: "noNameColumn", columns: ["customer_id", "city"] });
    expect(screening.fileProblem(input.fileProblem!)).toContain("customer_id, city");
  });

  it("refuses a file that is not text", () => {
    expect(readScreeningCsv("PK\u0003\u0004\u0000\u0000binary").fileProblem).toEqual({ code: "notText" });
    expect(readScreeningCsv("name\nKim \uFFFD\n").fileProblem).toEqual({ code: "notText" });
    expect(readScreeningCsv(" \n").fileProblem).toEqual({ code: "empty" });
  });

  it("names each bad row by its spreadsheet row (blank rows skipped, not renumbered) and screens the others", () => {
    const input = readScreeningCsv(
      "name,kind,country,birth date\nGood Co,company,,\n,,,\n\n,,KP,\nBad Kind,robot,,\nBad Country,,Atlantis,\nBad Date,,,18/02/1962\n",
    );
    expect(input.rows.map((r) => r.name)).toEqual(["Good Co"]);
    expect(input.problems.map((p) => screening.rowProblem(p))).toEqual([
      "Row 5: no name, IMO or identifier.",
      'Row 6: kind "robot" is not individual, organization, vessel or aircraft.',
      'Row 7: "Atlantis" is not a country code or an English country name.',
      'Row 8: birth date "18/02/1962" is not YYYY, YYYY-MM or YYYY-MM-DD.',
    ]);
  });

  it("refuses more rows than one screening takes", () => {
    const text = `name\n${Array.from({ length: 10_001 }, (_, i) => `Name ${i}`).join("\n")}\n`;
    expect(readScreeningCsv(text).fileProblem).toEqual({ code: "tooManyRows", rows: 10_001, max: 10_000 });
  });
});
