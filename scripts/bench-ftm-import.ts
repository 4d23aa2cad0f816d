/**
 * npx tsx --conditions=react-server --expose-gc scripts/bench-ftm-import.ts <entities> [--keep]
 *
 * Writes a FollowTheMoney file of <entities> entities (a third each vessels,
 * companies and persons; a Sanction for one in ten, before its entity; an
 * Address for one in twenty), imports it into a fresh database, then the same
 * file again, and prints the seconds, the entities per second, and the live
 * heap (after a forced collection) at each tenth of the run: what the import
 * keeps per entity (decision 0012). Not part of `npm test`.
 */
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { importFtmAt } from "@/lib/importers/ftm-import";

const n = Number(process.argv[2] ?? 20000);
const dir = mkdtempSync(join(tmpdir(), "bench-ftm-"));
const file = join(dir, "entities.ftm.jsonl");
writeFileSync(file, "");
let chunk: string[] = [];
const w = (o: object) => {
  chunk.push(JSON.stringify(o));
  if (chunk.length >= 5000) {
    appendFileSync(file, chunk.join("\n") + "\n");
    chunk = [];
  }
};
for (let i = 0; i < n; i++) {
  const id = `gen-${i}`;
  if (i % 10 === 0)
    w({ id: `san-${i}`, schema: "Sanction", properties: { entity: [id], program: [`PROG-${i % 7}`], listingDate: ["2022-03-15"] } });
  if (i % 3 === 0) w({ id, schema: "Vessel", properties: { name: [`VESSEL ${i} STAR`], imoNumber: [String(1000000 + i)], flag: ["pa"] } });
  else if (i % 3 === 1)
    w({
      id,
      schema: "Company",
      properties: { name: [`Company ${i} Trading LLC`], alias: [`Co ${i}`], country: ["ru"], registrationNumber: [`R${i}`] },
    });
  else
    w({
      id,
      schema: "Person",
      properties: {
        name: [`Ivan ${i} Petrov`],
        birthDate: [`19${50 + (i % 50)}-01-${String(1 + (i % 28)).padStart(2, "0")}`],
        nationality: ["ru"],
      },
    });
  if (i % 20 === 0) w({ id: `addr-${i}`, schema: "Address", properties: { full: [`Street ${i}`] } });
}
appendFileSync(file, chunk.length ? chunk.join("\n") + "\n" : "");

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1048576;
};
const db = openDatabase(join(dir, "tracker.db"));
migrateDatabase(db);
try {
  for (const pass of ["first import", "same file again"]) {
    const samples: string[] = [];
    let next = 0;
    const base = heapMb();
    const started = performance.now();
    const { summary } = importFtmAt(db, file, {
      list: "bench",
      publishedOn: "2026-01-01",
      onProgress: (done, total) => {
        if (done < next) return;
        next += Math.ceil(total / 10);
        samples.push(`${done}: +${(heapMb() - base).toFixed(1)} MB`);
      },
    });
    const s = (performance.now() - started) / 1000;
    console.log(
      `${pass}: ${n} entities in ${s.toFixed(1)} s (${Math.round(n / s)}/s), added ${summary.added}, unchanged ${summary.unchanged}; ` +
        `live heap above the start${gc ? "" : " (no --expose-gc: not collected first)"}: ${samples.join(", ") || "(not parsed)"}`,
    );
  }
} finally {
  db.$client.close();
  if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}
