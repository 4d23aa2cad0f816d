import "server-only";
import { DomainError } from "./context";
import type { ConflictDetails } from "./refusals";

export type { ConflictDetails } from "./refusals";

/**
 * Optimistic concurrency. An edit form carries the version of the row it was
 * opened at (`entities.version`, `designations.version`,
 * `announcements.version`); the command compares it with the row's version in
 * its transaction and, when someone else changed the row in between, refuses
 * with a `conflict` whose details hold the row as it is now. Nothing is written.
 */
export function assertVersion(
  subjectType: ConflictDetails["subjectType"],
  current: { version: number } & Record<string, unknown>,
  subjectId: string | number,
  expectedVersion: number,
): void {
  if (current.version === expectedVersion) return;
  const details: ConflictDetails = {
    subjectType,
    subjectId: String(subjectId),
    expectedVersion,
    currentVersion: current.version,
    current: { ...current },
  };
  throw new DomainError("record.stale", details);
}

/** Whether an error is a version conflict (as opposed to another refusal). */
export function isVersionConflict(err: unknown): err is DomainError<"record.stale"> {
  return err instanceof DomainError && err.code === "record.stale";
}

/** A withdrawn record can no longer be changed (only seen in the history). */
export function assertNotWithdrawn(subjectType: ConflictDetails["subjectType"], row: { withdrawnAt?: string | null }): void {
  if (row.withdrawnAt) {
    throw new DomainError("record.withdrawn", { subjectType, on: row.withdrawnAt.slice(0, 10) });
  }
}
