import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { hostileString, hostileValue } from "./hostile-values";

/**
 * Every zod schema the app exports for its inputs (forms, commands, queries,
 * the seed file), found by importing their modules: under random and hostile
 * values `safeParse` never throws, and a refusal carries issues, each with a
 * message. The form schemas, whose text is typed by a person, also never let
 * through a control character or a character that could not be read.
 */
const MODULES = import.meta.glob(["../../lib/validation/*.ts", "../../app/admin/**/schema.ts", "../../lib/seed/seed-file.ts"], {
  eager: true,
});

/**
 * A module's schemas: those it exports, and those of each language its
 * per-language builders (`xxxSchemas(locale)`, lib/i18n/forms.ts `perLocale`) make.
 */
function schemasOf(mod: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(mod).flatMap(([name, value]): [string, z.ZodType][] => {
    if (value instanceof z.ZodType) return [[name, value]];
    if (typeof value !== "function" || !name.endsWith("Schemas")) return [];
    return LOCALES.flatMap((locale) =>
      Object.entries((value as (l: Locale) => Record<string, unknown>)(locale))
        .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
        .map(([inner, schema]): [string, z.ZodType] => [`${name}("${locale}").${inner}`, schema]),
    );
  });
}

const schemas = Object.entries(MODULES).flatMap(([file, mod]) =>
  schemasOf(mod as Record<string, unknown>).map(([name, schema]) => ({ name: `${file.replace(/^(\.\.\/)+/, "")}: ${name}`, file, schema })),
);

/** The field names of an object schema, through the transforms, pipes and optionals around it. */
function fieldsOf(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let depth = 0; depth < 10 && s; depth++) {
    if (s instanceof z.ZodObject) return Object.keys(s.shape);
    const def = (s as { _zod?: { def?: { in?: unknown; innerType?: unknown; schema?: unknown } } })._zod?.def;
    s = def?.in ?? def?.innerType ?? def?.schema;
  }
  return [];
}

/** An input for `schema`: its own fields with hostile values (some left out), or any hostile value at all. */
const inputFor = (schema: z.ZodType): fc.Arbitrary<unknown> => {
  const fields = fieldsOf(schema);
  const asObject = fields.length ? fc.record(Object.fromEntries(fields.map((f) => [f, hostileValue])), { requiredKeys: [] }) : hostileValue;
  return fc.oneof({ weight: 4, arbitrary: asObject }, { weight: 1, arbitrary: hostileValue });
};

const UNREADABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string inside a parsed value. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

describe("every input schema under hostile values", () => {
  test("the schemas are found", () => {
    expect(schemas.length).toBeGreaterThan(30);
    expect(schemas.map((s) => s.name)).toEqual(expect.arrayContaining([expect.stringContaining("entityEditFormSchema")]));
  });

  test.each(schemas)("$name: safeParse never throws; a refusal has issues with messages", ({ schema, file }) => {
    const isForm = file.includes("/app/admin/");
    fc.assert(
      fc.property(inputFor(schema), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) expect(issue.message).toMatch(/\S/);
        } else if (isForm) {
          for (const s of stringsIn(result.data)) expect(s).not.toMatch(UNREADABLE);
        }
      }),
      { numRuns: 60 },
    );
  });

  test("form text fields: a value with a control character or an unreadable one is refused with the field's message", async () => {
    const { entityFormSchemas } = await import("@/app/admin/entities/[id]/schema");
    const { entityEditFormSchema } = entityFormSchemas("en");
    fc.assert(
      fc.property(
        hostileString.filter((s) => UNREADABLE.test(s.trim())),
        (name) => {
          const r = entityEditFormSchema.safeParse({ entityId: "1", version: "1", name });
          expect(r.success).toBe(false);
          expect(r.error!.issues.some((i) => i.path.join(".") === "name")).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("a form's hidden record number", () => {
  test("is read from digits only (Number() reads 0x10 as 16, 1e3 as 1000: another record)", async () => {
    const { formFields } = await import("@/lib/validation/form-data");
    const { hiddenInt } = formFields("en");
    const schema = hiddenInt();
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.constantFrom("0x10", "1e3", " 12 ", "+5", "0b1", "12.0", "12")), (value) => {
        const r = schema.safeParse(value);
        expect(r.success).toBe(/^\d{1,12}$/.test(value.trim()) && Number(value) > 0);
      }),
      { numRuns: 100 },
    );
  });
});
