// Display formatting shared by the report builder. Scores are rounded only here.

export function formatScore(score: number | null, none: string): string {
  return score === null ? none : String(Math.round(score));
}

/** Signed difference of two rounded scores: what a reader computes from the printed numbers. */
export function formatDelta(previous: number | null, current: number | null, none: string): string {
  if (previous === null || current === null) return none;
  const d = Math.round(current) - Math.round(previous);
  return d > 0 ? `+${d}` : String(d);
}
