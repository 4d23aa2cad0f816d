import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDenyList, parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import { BINARY, expectFormatError, fixture, tempFiles } from "./helpers";

/** The first `n` lines of the real SDN slice, CRLF kept. */
const sdnLines = (n: number) =>
  readFileSync(fixture("ofac-sdn", "sdn.csv"), "latin1")
    .split("\r\n")
    .slice(0, n)
    .map((l) => `${l}\r\n`)
    .join("");

describe("OFAC files that are not what they should be", () => {
  it("a file cut off inside a quoted field (a truncated download)", () => {
    const text = sdnLines(3);
    const fourth = sdnLines(4).slice(text.length);
    // cut inside the quoted Remarks
    const dir = tempFiles({ "sdn.csv": text + fourth.slice(0, fourth.lastIndexOf(',"') + 8) });
    expectFormatError(() => parseOfacSdn(dir), "sdn.csv", 4, /not closed.*truncated/);
    // cut between fields: the row is short
    const short = tempFiles({ "sdn.csv": text + fourth.slice(0, 60) });
    expectFormatError(() => parseOfacSdn(short), "sdn.csv", 4, /expected 12 columns, found \d+/);
  });

  it("an unterminated quote in the middle, which swallows the next line", () => {
    const lines = sdnLines(5).split("\r\n");
    lines[2] = lines[2]!.replace(/"$/, "");
    const dir = tempFiles({ "sdn.csv": lines.join("\r\n") });
    expectFormatError(() => parseOfacSdn(dir), "sdn.csv", 3, /expected 12 columns, found \d+/);
  });

  it("a quoted field that never closes because of a bare quote inside it", () => {
    const lines = sdnLines(4).split("\r\n");
    // The last Remarks written "…" (circa)" with no closing quote after the inner one.
    lines[3] = lines[3]!.replace(/\."$/, '" (circa)');
    const dir = tempFiles({ "sdn.csv": lines.join("\r\n") });
    expectFormatError(() => parseOfacSdn(dir), "sdn.csv", 4, /quote inside a quoted field is not doubled/);
  });

  it("a row with a column too few", () => {
    const lines = sdnLines(3).split("\r\n");
    lines[1] = lines[1]!.replace(/,-0- (?=,)/, "");
    const dir = tempFiles({ "sdn.csv": lines.join("\r\n") });
    expectFormatError(() => parseOfacSdn(dir), "sdn.csv", 2, /expected 12 columns, found 11/);
  });

  it("an ent_num that is not a number", () => {
    const dir = tempFiles({ "sdn.csv": sdnLines(2) + `X24508,"PATRIOT","vessel","DPRK4",-0- ,-0- ,-0- ,-0- ,-0- ,"Russia",-0- ,-0- \r\n` });
    expectFormatError(() => parseOfacSdn(dir), "sdn.csv", 3, /ent_num "X24508" is not a number/);
  });

  it("an entry listed twice, or an unknown SDN_Type", () => {
    const twice = tempFiles({ "sdn.csv": sdnLines(2) + sdnLines(1) });
    expectFormatError(() => parseOfacSdn(twice), "sdn.csv", 3, /appears twice/);
    const odd = tempFiles({ "sdn.csv": `1,"X","submarine","DPRK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n` });
    expectFormatError(() => parseOfacSdn(odd), "sdn.csv", 1, /unknown SDN_Type "submarine"/);
  });

  it("a bad row in an optional file names that file", () => {
    const dir = tempFiles({ "sdn.csv": sdnLines(2), "add.csv": `4238,1,"street","city"\r\n` });
    expectFormatError(() => parseOfacSdn(dir), "add.csv", 1, /expected 6 columns, found 4/);
  });

  it("an empty, blank or missing sdn.csv", () => {
    expectFormatError(() => parseOfacSdn(tempFiles({ "sdn.csv": "" })), "sdn.csv", null, /empty/);
    expectFormatError(() => parseOfacSdn(tempFiles({ "sdn.csv": "\r\n\r\n\x1a" })), "sdn.csv", null, /empty/);
    expectFormatError(() => parseOfacSdn(tempFiles({ "add.csv": sdnLines(1) })), "sdn.csv", null, /not found/);
  });

  it("a binary file", () => {
    expectFormatError(() => parseOfacSdn(tempFiles({ "sdn.csv": BINARY })), "sdn.csv", null, /binary/);
  });

  it("reads a file without the trailing 0x1A or final line end just the same", () => {
    const dir = tempFiles({ "sdn.csv": sdnLines(3).replace(/\r\n$/, "") });
    expect(parseOfacSdn(dir).records.map((r) => r.origin.line)).toEqual([1, 2, 3]);
  });
});

const UN_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">\n`;

describe("UN files that are not what they should be", () => {
  const file = (content: string | Buffer) => join(tempFiles({ "un.xml": content }), "un.xml");

  it("malformed XML: a closing tag that does not match", () => {
    const xml = `${UN_HEAD}  <INDIVIDUALS>\n    <INDIVIDUAL>\n      <FIRST_NAME>KIM</SECOND_NAME>\n    </INDIVIDUAL>\n  </INDIVIDUALS>\n</CONSOLIDATED_LIST>\n`;
    expectFormatError(() => parseUnConsolidated(file(xml)), "un.xml", 5, /SECOND_NAME|tag/i);
  });

  it("a file cut off before its end", () => {
    const real = readFileSync(fixture("un-consolidated.xml"), "utf8");
    const cut = real.slice(0, Math.floor(real.length / 2));
    const err = expectFormatError(() => parseUnConsolidated(file(cut)), "un.xml", cut.split("\n").length);
    expect(err.reason).toMatch(/unclosed|end/i);
  });

  it("an empty file, a binary file, and a file of another list", () => {
    expectFormatError(() => parseUnConsolidated(file("")), "un.xml", null, /empty/);
    expectFormatError(() => parseUnConsolidated(file(BINARY)), "un.xml", null, /binary/);
    const other = `<?xml version="1.0"?>\n<sdnList>\n  <sdnEntry/>\n</sdnList>\n`;
    expectFormatError(() => parseUnConsolidated(file(other)), "un.xml", 2, /root element is <sdnList>/);
  });

  it("a record without its reference number", () => {
    const xml = `${UN_HEAD}  <ENTITIES>\n    <ENTITY>\n      <FIRST_NAME>X</FIRST_NAME>\n    </ENTITY>\n  </ENTITIES>\n</CONSOLIDATED_LIST>\n`;
    expectFormatError(() => parseUnConsolidated(file(xml)), "un.xml", 4, /no REFERENCE_NUMBER/);
  });

  it("a record listed twice", () => {
    const entity = `    <ENTITY>\n      <FIRST_NAME>X</FIRST_NAME>\n      <REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER>\n    </ENTITY>\n`;
    const xml = `${UN_HEAD}  <ENTITIES>\n${entity}${entity}  </ENTITIES>\n</CONSOLIDATED_LIST>\n`;
    expectFormatError(() => parseUnConsolidated(file(xml)), "un.xml", 8, /KPe.001 appears twice/);
  });
});

describe("DPL files that are not what they should be", () => {
  const real = readFileSync(fixture("dpl.txt"), "utf8").split("\n");
  const file = (content: string | Buffer) => join(tempFiles({ "dpl.txt": content }), "dpl.txt");

  it("a header without a required column", () => {
    const header = real[0]!.replace(`"Effective_Date"`, `"Effective"`);
    expectFormatError(() => parseDenyList(file([header, ...real.slice(1)].join("\n"))), "dpl.txt", 1, /no Effective_Date column/);
  });

  it("a row with a column too many or too few", () => {
    const rows = [...real];
    rows[3] = `${rows[3]}\t"extra"`;
    expectFormatError(() => parseDenyList(file(rows.join("\n"))), "dpl.txt", 4, /expected 12 columns, found 13/);
    rows[3] = real[3]!.split("\t").slice(0, 11).join("\t");
    expectFormatError(() => parseDenyList(file(rows.join("\n"))), "dpl.txt", 4, /expected 12 columns, found 11/);
  });

  it("a date that is not MM/DD/YYYY", () => {
    const rows = [...real];
    rows[2] = rows[2]!.replace(/"\d\d\/\d\d\/\d{4}"/, `"2022-08-24"`);
    expectFormatError(() => parseDenyList(file(rows.join("\n"))), "dpl.txt", 3, /Effective_Date "2022-08-24"/);
  });

  it("a file cut off inside a quoted field", () => {
    const text = real.slice(0, 5).join("\n") + "\n" + real[5]!.slice(0, 30);
    expectFormatError(() => parseDenyList(file(text)), "dpl.txt", 6, /not closed/);
  });

  it("an empty file, a header alone, a binary file", () => {
    expectFormatError(() => parseDenyList(file("")), "dpl.txt", null, /empty/);
    expectFormatError(() => parseDenyList(file(`${real[0]}\n`)), "dpl.txt", null, /no rows/);
    expectFormatError(() => parseDenyList(file(BINARY)), "dpl.txt", null, /binary/);
  });
});
