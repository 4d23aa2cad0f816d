import { DomainError } from "./context";
import { getMessages } from "@/lib/i18n";

const { admin } = getMessages();

/**
 * Optimistic concurrency. An edit form carries the version of the row it was
 * opened at (`entities.version`, `designations.version`,
 * `announcements.version`); the command compares it with the row's version in
 * its transaction and, when someone else changed the row in between, refuses
 * with a `conflict` whose details hold the row as it is now. Nothing is written.
 */
export type ConflictDetails = {
  subjectType: "entity" | "designation" | "announcement";
  subjectId: string;
  expectedVersion: number;
  currentVersion: number;
  /** The row as it is now. */
  current: Record<string, unknown>;
};

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
  throw new DomainError("conflict", admin.rules.conflict(subjectType, expectedVersion, current.version), [], details);
}

/** Whether an error is a version conflict (as opposed to another refusal). */
export function isVersionConflict(err: unknown): err is DomainError & { details: ConflictDetails } {
  return (
    err instanceof DomainError &&
    err.code === "conflict" &&
    typeof err.details === "object" &&
    err.details !== null &&
    "expectedVersion" in err.details
  );
}

/** A withdrawn record can no longer be changed (only seen in the history). */
export function assertNotWithdrawn(subjectType: ConflictDetails["subjectType"], row: { withdrawnAt?: string | null }): void {
  if (row.withdrawnAt) {
    throw new DomainError("conflict", admin.rules.withdrawn(subjectType, row.withdrawnAt.slice(0, 10)));
  }
}
