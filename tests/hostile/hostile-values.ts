import fc from "fast-check";

/**
 * Values a crafted request or a careless paste can bring: text in several
 * scripts, control characters, lone surrogates, injection payloads, dates that
 * do not exist, numbers written oddly, very long text, and values of the wrong
 * type. Shared by the property tests of tests/hostile/.
 */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001\u001f\u007f\u0085",
  "\t\r\n",
  "\ud800",
  "x\udfffy",
  "\uFFFD",
  "\u202Eevil\u202C",
  "한국어 이름",
  "Иван Петров",
  "محمد عبد الله",
  "混合 Mixed Смешанный 혼합 مختلط",
  "'; DROP TABLE entities;--",
  "1' OR '1'='1",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://x","y")',
  "+1+1",
  "-5",
  "@SUM(A1)",
  "2024-02-30",
  "2024-13-01",
  "99999-01-01",
  "0000-00-00",
  "2024-1-1",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "0x10",
  "-1",
  "99999999999999999999",
  "1.5",
  "__proto__",
  "constructor",
  "%ff",
  "../../etc/passwd",
  "a".repeat(5_000),
  "가".repeat(100_000),
] as const;

/** One hostile text value: from the list above, or generated (any Unicode, with lone surrogates, or long). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => s.repeat(500)) },
);

/** Any value a JSON body or a programmatic caller could pass where text is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e309, Number.NaN, -1, 2 ** 53 + 1, true, false, null, undefined) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("value", "type", "__proto__", "x"), hostileString, { maxKeys: 3 }) },
);
