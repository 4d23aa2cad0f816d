import "server-only";
import { eq } from "drizzle-orm";
import { lists } from "@/db/schema";
import { type AuthorityInput, ensureAuthority } from "./reference";
import { type CommandContext, inTransaction, logChange } from "./context";

export type ListCreation = { key: string; label: string; format: "ftm"; authority: AuthorityInput; ownAuthority: boolean };

/**
 * A list an import names for the first time (`import ftm --list <name>`): its
 * authority (created when the database lacks it) and its `lists` row. Called
 * by the import runner inside the run's transaction, so a refused file leaves
 * no list behind. Its input is built by `ftmListFor` (lib/importers/lists.ts),
 * which validated the name and the authority code; a list already there is
 * left as it is.
 */
export function createList(ctx: CommandContext, input: ListCreation): void {
  inTransaction(ctx, (ctx) => {
    if (ctx.db.select({ key: lists.key }).from(lists).where(eq(lists.key, input.key)).get()) return;
    ensureAuthority(ctx, input.authority);
    const row = {
      key: input.key,
      label: input.label,
      format: input.format,
      authorityCode: input.authority.code,
      ownAuthority: input.ownAuthority,
      createdAt: ctx.now ?? new Date().toISOString(),
    };
    ctx.db.insert(lists).values(row).run();
    logChange(ctx, { action: "list.create", subjectType: "list", subjectId: input.key, after: row });
  });
}
