/**
 * The arithmetic of a control-list revision: previous total + added − removed
 * must equal the new total. A figure reported elsewhere for the previous total
 * that differs from the official one is a discrepancy, shown with its sum.
 *
 * A revision that counts on another basis than the one before (items, then HS
 * 6-digit codes) restates the total: its figures are not expected to add up,
 * and saying they "do not add up" would accuse the publisher of an error it did
 * not make. It is a restatement, flagged as such, not a mismatch.
 */
export type RevisionCheck = {
  previousTotal: number;
  expectedTotal: number;
  /** previous total + added − removed = total */
  addsUp: boolean;
  /** The basis the total is counted on changed with this revision. */
  restatement: null | { previousBasis: string; basis: string };
  /** The arithmetic fails although the basis is the same: a discrepancy. */
  mismatch: boolean;
  reported: null | {
    previousTotal: number;
    /** reported previous total + added − removed */
    impliedTotal: number;
    addsUp: boolean;
  };
};

/** "HS 6-digit codes" and "hs  6-digit codes" name one basis; an admin's spacing or capitals are no change. */
export function sameBasis(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The basis a revision counts on: the one it names, else that of the revision
 * before it, else the list's unit (a list whose revisions never named one).
 */
export function basisOf(named: string | null | undefined, previousBasis: string | null, unit: string): string {
  return named?.trim() || previousBasis || unit;
}

export function checkRevision(input: {
  previousTotal: number;
  added: number;
  removed: number;
  total: number;
  reportedPreviousTotal?: number | null;
  /** The basis of the revision before; null when there is none (a first revision restates nothing). */
  previousBasis?: string | null;
  /** The basis this revision names, if it names one. */
  countBasis?: string | null;
}): RevisionCheck {
  const expectedTotal = input.previousTotal + input.added - input.removed;
  const addsUp = expectedTotal === input.total;
  const basis = input.countBasis?.trim();
  const restatement =
    basis && input.previousBasis && !sameBasis(basis, input.previousBasis) ? { previousBasis: input.previousBasis, basis } : null;
  const reported =
    input.reportedPreviousTotal != null && input.reportedPreviousTotal !== input.previousTotal
      ? {
          previousTotal: input.reportedPreviousTotal,
          impliedTotal: input.reportedPreviousTotal + input.added - input.removed,
          addsUp: input.reportedPreviousTotal + input.added - input.removed === input.total,
        }
      : null;
  return {
    previousTotal: input.previousTotal,
    expectedTotal,
    addsUp,
    restatement,
    mismatch: !addsUp && restatement === null,
    reported,
  };
}
