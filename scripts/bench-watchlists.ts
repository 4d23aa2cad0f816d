/**
 * npm run bench:watchlists
 * What re-screening the watchlists costs after an OFAC delta import. On a
 * fresh temporary database (seed facts, OFAC SDN 2019-01-07 and 2021-07-21 as
 * bundled), saves watchlists of 1,000 and 10,000 counterparties (names of
 * listed entities, a few spelled differently, and names on no list), imports
 * the OFAC SDN publication of 2023-12-28 (thousands of records added, changed
 * and removed), then runs the re-screen the import CLI runs and prints, per
 * watchlist, the counterparties screened again, the alerts and the time.
 * Prints figures; asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isNull } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { entities } from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";
import { CLI_ACTOR, createUser } from "@/lib/commands";
import { createWatchlist, describeRescreen, rescreenWatchlists } from "@/lib/commands/watchlists";
import { importListAt } from "@/lib/importers/formats";
import { loadSeed } from "@/lib/seed/load-seed";

const SIZES = [1_000, 10_000];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-watchlists-"));
const db = openDatabase(path.join(dir, "tracker.db"));
try {
  migrateDatabase(db);
  loadSeed(db);
  importListAt(db, "ofac", "data/lists/ofac-sdn-2019-01", { publishedOn: "2019-01-07" });
  importListAt(db, "ofac", "data/lists/ofac-sdn-2021-07", { publishedOn: "2021-07-21" });
  const cli = { db, actor: { name: CLI_ACTOR } };
  const userId = await createUser(cli, { email: "bench@example.org", role: "viewer", password: "bench watchlists 1" });
  const owner = { db, actor: { name: `user:${userId}`, userId } };

  const listed = db
    .select({ name: entities.name })
    .from(entities)
    .where(isNull(entities.mergedIntoId))
    .all()
    .map((r) => r.name);
  const first = ["Amber", "Northgate", "Solvik", "Tereshkov", "Marlow", "Quenby", "Iskander", "Halvard", "Ondine", "Brisca"];
  const second = [
    "Logistics",
    "Textiles",
    "Foods",
    "Marine Services",
    "Engineering",
    "Pharma",
    "Timber",
    "Trading House",
    "Cables",
    "Glassworks",
  ];
  const unlisted = (i: number) =>
    `${first[i % 10]} ${first[Math.floor(i / 10) % 10]}${String.fromCharCode(97 + (Math.floor(i / 100) % 26))} ${second[Math.floor(i / 2600) % 10]}`;
  const names = (n: number) =>
    Array.from({ length: n }, (_, i) => (i % 2 === 0 ? (listed[(i * 7919) % listed.length] ?? unlisted(i)) : unlisted(i)));

  for (const size of SIZES) {
    const t0 = performance.now();
    const items = names(size).map((label) => ({ label, query: { names: [label], birthDates: [], countries: [], identifiers: [] } }));
    createWatchlist(owner, { name: `${size} counterparties`, threshold: 0.88, items });
    console.log(`watchlist of ${size} counterparties saved and screened in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const t1 = performance.now();
  const summary = importListAt(db, "ofac", "data/lists/ofac-sdn-2023-12-28", { publishedOn: "2023-12-28" });
  console.log(
    `OFAC SDN 2023-12-28 over 2021-07-21: ${summary.added} added, ${summary.changed} changed, ${summary.removed} removed in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
  const rescreen = rescreenWatchlists(db);
  console.log(describeRescreen(rescreen));
  console.log(
    `re-screen: ${(rescreen.ms / 1000).toFixed(1)} s for ${SIZES.reduce((a, b) => a + b, 0)} counterparties (${rescreen.itemsScreened} screened again, ${((rescreen.itemsScreened / SIZES.reduce((a, b) => a + b, 0)) * 100).toFixed(0)}%)`,
  );
} finally {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
