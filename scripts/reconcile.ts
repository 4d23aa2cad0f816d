/**
 * npm run db:reconcile
 * Runs the cross-list reconciliation (docs/decisions/0009) on DATABASE_PATH
 * and prints the merges and possible matches the database holds, by rule,
 * before and after it. db:setup and the import CLI run the same pass; run
 * twice, the second finds nothing to do.
 */
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { readConfig } from "@/lib/config";
import { describeReconciliation, matchCounts, reconcileDatabase, type MatchCounts } from "@/lib/commands/reconcile";

function print(title: string, c: MatchCounts): void {
  const lines = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([rule, n]) => `    ${String(n).padStart(5)}  ${rule}`);
  console.log(`${title}:`);
  console.log(`  list records merged into another record's entity, by rule:`);
  console.log(lines(c.merges).join("\n") || "    none");
  console.log(`  entities merged into another: ${c.mergedEntities}`);
  console.log(`  possible matches, by rule:`);
  console.log(lines(c.possibleMatches).join("\n") || "    none");
}

const db = openDatabase(readConfig().databasePath);
try {
  migrateDatabase(db);
  print("Before", matchCounts(db));
  console.log(describeReconciliation(reconcileDatabase(db)));
  print("After", matchCounts(db));
} finally {
  db.$client.close();
}
