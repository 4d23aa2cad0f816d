import "server-only";
import { sqliteTable, text, integer, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Who designates: KR-MOFA, US-OFAC, EU, UK, UN-1718 ... */
export const authorities = sqliteTable("authorities", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  country: text("country"),
});

/**
 * A sanctions regime or legal act of one authority, under a normalized code
 * (OFAC's `DPRK4`, the EU's `REG-269-2014-ANNEX-I`), so the same program named
 * by two sources is one row.
 */
export const programs = sqliteTable(
  "programs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    authorityCode: text("authority_code")
      .notNull()
      .references(() => authorities.code),
    code: text("code").notNull(),
    name: text("name").notNull(),
    legalBasis: text("legal_basis"),
  },
  (t) => [uniqueIndex("programs_authority_code").on(t.authorityCode, t.code)],
);

/**
 * Where a fact comes from: an official notice, a news report, a list file
 * (with its SHA-256), an admin's entry. `citation` is the natural key: the URL
 * when there is one, otherwise the reference as the source gave it.
 */
export const sources = sqliteTable("sources", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  citation: text("citation").notNull().unique(),
  kind: text("kind", { enum: ["web", "article", "document", "list_file", "admin_entry"] }).notNull(),
  title: text("title"),
  url: text("url"),
  sha256: text("sha256"),
  publishedOn: text("published_on"),
  /** For a publication of an official list: which list (ofac-sdn, un-consolidated, ...). */
  listKey: text("list_key"),
  recordedAt: text("recorded_at").notNull(),
});
