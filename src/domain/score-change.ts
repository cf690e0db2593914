// A change between two scores is worked out from the unrounded scores and rounded once,
// after subtracting, to CHANGE_DECIMALS: the report, its PDF and the compare page all show
// 50.6 -> 68.2 as +17.6 (never 68 - 51 = +17 from figures rounded first).
//
// API: roundChange(delta) -> delta rounded half away from zero to CHANGE_DECIMALS (never -0)
//      scoreChange(previous, current) -> roundChange(current - previous), or null
export const CHANGE_DECIMALS = 1;

export function roundChange(delta: number): number {
  const factor = 10 ** CHANGE_DECIMALS;
  const rounded = Math.round(Math.abs(delta) * factor) / factor;
  return delta < 0 && rounded !== 0 ? -rounded : rounded;
}

export function scoreChange(previous: number | null, current: number | null): number | null {
  return previous === null || current === null ? null : roundChange(current - previous);
}
