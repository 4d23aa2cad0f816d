import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { authorities, programs } from "@/db/schema";
import { normalizeProgramCode, UNSPECIFIED_PROGRAM } from "@/lib/domain/program";
import { authorityCodeSchema, optionalText } from "@/lib/validation/common";
import { type CommandContext, DomainError, changedFields, inTransaction, logChange, memoized, parseInput } from "./context";
import { preparedStatements } from "@/db/connection";

const statements = preparedStatements((db) => ({
  authority: db
    .select({ code: authorities.code })
    .from(authorities)
    .where(eq(authorities.code, sql.placeholder("code")))
    .prepare(),
  program: db
    .select()
    .from(programs)
    .where(and(eq(programs.authorityCode, sql.placeholder("authorityCode")), eq(programs.code, sql.placeholder("code"))))
    .prepare(),
}));

export const authorityInputSchema = z.object({
  code: authorityCodeSchema,
  name: z.string().trim().min(1).max(500),
  country: z.string().trim().max(10).nullish(),
});
export type AuthorityInput = z.input<typeof authorityInputSchema>;

export function upsertAuthority(ctx: CommandContext, input: AuthorityInput): string {
  const a = parseInput(authorityInputSchema, input, "authority");
  return inTransaction(ctx, (ctx) => {
    const current = ctx.db.select().from(authorities).where(eq(authorities.code, a.code)).get();
    const next = { code: a.code, name: a.name, country: a.country ?? null };
    if (!current) {
      ctx.db.insert(authorities).values(next).run();
      logChange(ctx, { action: "authority.create", subjectType: "authority", subjectId: a.code, after: next });
    } else {
      const diff = changedFields(current, next);
      if (Object.keys(diff).length > 0) {
        ctx.db.update(authorities).set(diff).where(eq(authorities.code, a.code)).run();
        logChange(ctx, { action: "authority.update", subjectType: "authority", subjectId: a.code, before: current, after: next });
      }
    }
    return a.code;
  });
}

/** Creates the authority if the database lacks it; an existing one is left as it is. */
export function ensureAuthority(ctx: CommandContext, input: AuthorityInput): void {
  if (!statements(ctx.db).authority.get({ code: input.code })) upsertAuthority(ctx, input);
}

export function requireAuthority(ctx: CommandContext, code: string): void {
  const found = memoized(ctx, "authority", code, () => (statements(ctx.db).authority.get({ code }) ? 1 : 0));
  if (!found) {
    // Not remembered as unknown: the authority may be added later in the transaction.
    ctx.memo?.get("authority")?.delete(code);
    throw new DomainError("authority.unknown", { code }, ["authorityCode"]);
  }
}

const programInputSchema = z.object({
  authorityCode: authorityCodeSchema,
  label: optionalText(300),
  legalBasis: optionalText(500),
});

/**
 * Finds or records the program a source names, under its normalized code.
 * A legal basis given later fills an empty one; it never replaces one.
 */
export function ensureProgram(ctx: CommandContext, input: z.input<typeof programInputSchema>): number {
  // Without a legal basis to fill in, the answer to the same input cannot change within one transaction.
  if (!input.legalBasis)
    return memoized(ctx, "program", `${input.authorityCode}:${input.label ?? ""}`, () => findOrCreateProgram(ctx, input));
  return findOrCreateProgram(ctx, input);
}

function findOrCreateProgram(ctx: CommandContext, input: z.input<typeof programInputSchema>): number {
  const p = parseInput(programInputSchema, input, "program");
  const code = p.label ? normalizeProgramCode(p.label) : UNSPECIFIED_PROGRAM.code;
  return inTransaction(ctx, (ctx) => {
    requireAuthority(ctx, p.authorityCode);
    const name = p.label ?? UNSPECIFIED_PROGRAM.name;
    const current = statements(ctx.db).program.get({ authorityCode: p.authorityCode, code });
    if (!current) {
      const row = { authorityCode: p.authorityCode, code, name, legalBasis: p.legalBasis ?? null };
      const { id } = ctx.db.insert(programs).values(row).returning({ id: programs.id }).get();
      logChange(ctx, { action: "program.create", subjectType: "program", subjectId: id, after: row });
      return id;
    }
    if (p.legalBasis && !current.legalBasis) {
      ctx.db.update(programs).set({ legalBasis: p.legalBasis }).where(eq(programs.id, current.id)).run();
      logChange(ctx, {
        action: "program.update",
        subjectType: "program",
        subjectId: current.id,
        before: { legalBasis: null },
        after: { legalBasis: p.legalBasis },
      });
    }
    return current.id;
  });
}
