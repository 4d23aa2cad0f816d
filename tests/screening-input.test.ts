import { describe, expect, it } from "vitest";
import { matchQueryOf, readPastedNames, readScreeningCsv } from "@/lib/screening/input";
import { screening } from "@/lib/i18n/en/screening";
import { screening as koScreening } from "@/lib/i18n/ko/screening";
import { fileProblemText, fill, rowProblemText } from "@/lib/screening/words";

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
    expect(fileProblemText(screening.fileProblem, input.fileProblem!)).toContain("customer_id, city");
    expect(fileProblemText(koScreening.fileProblem, input.fileProblem!)).toBe(
      '파일에 이름 열이 없습니다. 첫 행의 내용: customer_id, city. 열 하나의 이름을 "name"으로 지정하십시오.',
    );
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
    expect(input.problems.map((p) => rowProblemText(screening, p))).toEqual([
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

describe("the form's words, filled in the browser", () => {
  it("fills the templates' places, numbers grouped, values not read again for places", () => {
    expect(fill(screening.progress, { done: 1200, total: 10_000 })).toBe("1,200 of 10,000 screened");
    expect(fill(koScreening.progress, { done: 1200, total: 10_000 })).toBe("10,000건 중 1,200건 완료");
    expect(fill(screening.requestFailed, { reason: "{reason} HTTP 500." })).toBe(
      "Screening stopped: {reason} HTTP 500. The rows screened so far are below.",
    );
  });

  it("says what is wrong with a CSV row in Korean on a Korean page, as papaparse says it on an English one", () => {
    const input = readScreeningCsv('name,country\n"Unclosed,KP\n');
    const bad = input.problems.find((p) => p.code === "badCsv");
    expect(bad).toBeDefined();
    expect(rowProblemText(screening, bad!)).toBe(`Row ${bad!.row}: ${bad!.code === "badCsv" ? bad!.detail : ""}.`);
    expect(rowProblemText(koScreening, bad!)).toMatch(/^\d+행: CSV 형식 오류\([^A-Za-z]+\)\.$/);
  });
});
