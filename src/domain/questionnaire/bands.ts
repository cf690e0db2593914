// Turns a measured figure into a 0-10 score through its indicator's bands.
import type { NumberSpec } from "./schema";

/**
 * The score (0-10) of the band holding `value`: band i covers (atMost[i-1], atMost[i]],
 * the first one from `min` inclusive. Null when the figure is outside [min, max], is not
 * a finite number, or the indicator has no bands (a context figure).
 */
export function bandScore(number: NumberSpec, value: number): number | null {
  if (!Number.isFinite(value) || value < number.min || value > number.max || !number.bands) return null;
  for (const band of number.bands) if (value <= band.atMost) return band.score;
  return null;
}
