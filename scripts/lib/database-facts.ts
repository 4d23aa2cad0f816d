import type { DatabaseFacts } from "@/db/backup";

/** What a backup holds, in one line: enough to tell two backups apart. */
export function describeFacts(facts: DatabaseFacts): string {
  const mb = (facts.bytes / 1024 / 1024).toFixed(1);
  const last = facts.lastChangeAt ? `, the last recorded ${facts.lastChangeAt}` : "";
  return `${mb} MB, ${facts.changes} changes in the log${last}, ${facts.migrations} migrations`;
}
