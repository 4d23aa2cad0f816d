import type { Locale } from "@/lib/i18n/locales";
import type { EntityKind, IdentifierType } from "@/lib/domain/vocabulary";

/**
 * The screening contract: what a counterparty to screen looks like, and what
 * the engine answers for it. Shared by the engine (lib/screening/engine.ts),
 * POST /api/match (yente's request and response shape, mapped onto these),
 * the /screen page and the watchlists. Plain data, no database import.
 */

/** One counterparty to screen: every field but `names` may be empty. */
export type ScreeningQuery = {
  /** The kind the caller says it is; undefined screens against every kind (FtM Thing / LegalEntity). */
  kind?: EntityKind;
  /** Its names as the caller has them, in any script; one at least (an identifier alone is screened too, see `identifiers`). */
  names: string[];
  /** Birth dates, ISO partial: "1962-02-18", "1962-02", "1962". */
  birthDates: string[];
  /** Countries (nationality, citizenship, jurisdiction, flag), ISO 3166-1 alpha-2, either case. */
  countries: string[];
  /** Identifiers: IMO, MMSI, passport (with its country when known), registration, tax numbers. Untyped values are tried as any type. */
  identifiers: { type?: IdentifierType; value: string; country?: string }[];
};

/** One feature's part in a score, stated so a reviewer can read it. */
export type ScoreFeature = {
  /** Stable name, as yente's `features` keys: "name_match", "identifier_match", "country_mismatch", "dob_mismatch", … */
  name: string;
  /** Its value: a similarity in [0, 1] or a (negative) adjustment. */
  score: number;
  /** What it means for this pair, in words: "IMO 9187629 is the vessel's IMO number", "born 1964, the entity 1958: −0.2". */
  explanation: string;
};

export type ScreeningCandidate = {
  entityId: number;
  /** Final score in [0, 1]. */
  score: number;
  /** score >= threshold. */
  match: boolean;
  /** The name (or identifier) of the entity that matched best, as stored. */
  matchedName: string | null;
  features: ScoreFeature[];
  /** The explanation a user reads, one sentence each: what matched, then what raised or lowered the score. */
  explanation: string[];
};

export type ScreeningOptions = {
  /** Results at or above it are matches; default SCREENING_THRESHOLD. */
  threshold?: number;
  /** Candidates returned per query (best first), matches or not; default 5. */
  limit?: number;
  /** The language of the sentences that explain each result (default English); scores and features do not change with it. */
  locale?: Locale;
  /** YYYY-MM-DD: screen against what was designated by that day (default today). */
  asOf?: string;
};
