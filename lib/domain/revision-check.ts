/**
 * The arithmetic of a control-list revision: previous total + added − removed
 * must equal the new total. A figure reported elsewhere for the previous total
 * that differs from the official one is a discrepancy, shown with its sum.
 */
export type RevisionCheck = {
  previousTotal: number;
  expectedTotal: number;
  consistent: boolean;
  reported: null | {
    previousTotal: number;
    /** reported previous total + added − removed */
    impliedTotal: number;
    addsUp: boolean;
  };
};

export function checkRevision(input: {
  previousTotal: number;
  added: number;
  removed: number;
  total: number;
  reportedPreviousTotal?: number | null;
}): RevisionCheck {
  const expectedTotal = input.previousTotal + input.added - input.removed;
  const reported =
    input.reportedPreviousTotal != null && input.reportedPreviousTotal !== input.previousTotal
      ? {
          previousTotal: input.reportedPreviousTotal,
          impliedTotal: input.reportedPreviousTotal + input.added - input.removed,
          addsUp: input.reportedPreviousTotal + input.added - input.removed === input.total,
        }
      : null;
  return { previousTotal: input.previousTotal, expectedTotal, consistent: expectedTotal === input.total, reported };
}
