// Which figures earn full marks on a banded number indicator, for "Full marks" on the
// results page and in the report ("3% or less", "more than 80%").
//
// API: fullMarksBand(spec) -> { above, atMost } | null
//   above: the figure must be more than this (null: from the indicator's minimum);
//   atMost: the figure must be at most this (null: up to the indicator's maximum).
//   Null when there are no bands (a context figure) or no band has the best score.
//   Bands follow the questionnaire format: band i covers (atMost[i-1], atMost[i]], the
//   first one from min; touching bands with the best score are read as one.

export interface Band {
  atMost: number;
  score: number;
}

export interface FullMarksBand {
  above: number | null;
  atMost: number | null;
}

export function fullMarksBand(spec: { min: number; max: number; bands?: readonly Band[] }): FullMarksBand | null {
  const bands = spec.bands ?? [];
  if (bands.length === 0) return null;
  const best = Math.max(...bands.map((b) => b.score));
  const first = bands.findIndex((b) => b.score === best);
  let last = first;
  while (last + 1 < bands.length && bands[last + 1]!.score === best) last++;
  const lower = first === 0 ? null : bands[first - 1]!.atMost;
  const upper = bands[last]!.atMost;
  return {
    above: lower === null || lower < spec.min ? null : lower,
    atMost: upper >= spec.max ? null : upper,
  };
}
