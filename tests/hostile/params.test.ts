import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ParamReader } from "@/lib/params";
import { isDecodable, refuseUndecodable } from "@/lib/http/undecodable-url";
import { hasUnreadableCharacters } from "@/lib/validation/text";
import { hostileString } from "./hostile-values";

describe("query values, as ParamReader reads them", () => {
  test("any value: read as the schema allows, or dropped with one notice that quotes it readably; never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.array(hostileString, { minLength: 1, maxLength: 3 })), (value) => {
        const reader = new ParamReader({ q: value });
        const read = reader.get("q", z.string().max(200));
        const first = (Array.isArray(value) ? value[0]! : value).trim();
        if (read !== undefined) {
          expect(read).toBe(first);
          expect(hasUnreadableCharacters(read)).toBe(false);
          expect(reader.notices).toEqual([]);
        } else if (first !== "") {
          expect(reader.notices).toHaveLength(1);
          expect(hasUnreadableCharacters(reader.notices[0]!.replace(/\uFFFD/g, ""))).toBe(false);
          expect(reader.notices[0]!.length).toBeLessThan(200);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("a repeated parameter counts once, by its first value", () => {
    expect(new ParamReader({ q: ["a", "b"] }).get("q", z.string())).toBe("a");
  });
});

describe("addresses whose percent-encoding is not UTF-8", () => {
  test.each(["/entities/%ff", "/export-controls/%ff", "/entities/%", "/entities/%zz", "/announcements/%e0%80", "/imports/%ed%a0%80"])(
    "%s is the not-found page",
    (path) => {
      expect(refuseUndecodable(new URL(`http://x${path}`))).toBe("not-found");
    },
  );

  test("an API address is a 400 JSON with its reason", async () => {
    const response = refuseUndecodable(new URL("/api/entities/%ff", "http://x"));
    expect(response).toBeInstanceOf(Response);
    const r = response as Response;
    expect(r.status).toBe(400);
    expect(((await r.json()) as { reason: string }).reason).toMatch(/percent-encoded UTF-8/);
  });

  test("any path that decodes is routed as usual; any that does not is refused", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: "binary" }).map(encodeURIComponent), fc.constantFrom("%ff", "%", "%c0%af", "%2F", "%25")), {
          maxLength: 4,
        }),
        (segments) => {
          const path = `/${segments.join("/")}`;
          const refusal = refuseUndecodable(new URL(`http://x${path}`));
          expect(refusal === null).toBe(isDecodable(new URL(`http://x${path}`).pathname));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("numbers in addresses", () => {
  test("a limit, an offset or a page is read from digits only (Number() reads 0x10, 1e3, 0b1 and a blank too)", async () => {
    const { searchQuerySchema } = await import("@/lib/validation/search");
    const { pageNumber } = await import("@/lib/validation/number");
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.constantFrom("0x10", "1e1", "0b1", " ", "+5", "5.0", "5", " 7 ", "100", "101")), (value) => {
        const digits = /^\s*\d+\s*$/.test(value);
        const limit = searchQuerySchema.safeParse({ q: "a", limit: value });
        expect(limit.success).toBe(digits && Number(value) >= 1 && Number(value) <= 100);
        expect(pageNumber().safeParse(value).success).toBe(digits && Number(value) >= 1 && Number(value) <= 100000);
      }),
      { numRuns: 150 },
    );
  });
});
