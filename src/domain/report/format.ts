// Display formatting shared by the report builder. Scores are rounded only here.
import { intlLocale } from "../number/format";
import { CHANGE_DECIMALS, roundChange, scoreChange } from "../score-change";

export function formatScore(score: number | null, none: string): string {
  return score === null ? none : String(Math.round(score));
}

/**
 * A score in the change table, to CHANGE_DECIMALS, with the reader's decimal separator
 * ("68.2", "68,2"), the same figures the compare page shows.
 */
export function formatChangeScore(score: number | null, none: string, locale: string): string {
  return score === null ? none : decimal(score, locale);
}

/** The change, rounded once after subtracting the unrounded scores, signed: "+17.6", "-3", "0". */
export function formatDelta(previous: number | null, current: number | null, none: string, locale = "en"): string {
  const change = scoreChange(previous, current);
  if (change === null) return none;
  const digits = decimal(Math.abs(change), locale);
  return change > 0 ? `+${digits}` : change < 0 ? `-${digits}` : digits;
}

// Signs are added by hand: Intl puts direction marks around them in Arabic, which the PDF would print.
function decimal(n: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: CHANGE_DECIMALS, useGrouping: false }).format(roundChange(n));
}
