// Showing a stored figure in the reader's language: "5.4% (2025)", "5,4 % (2025)",
// "2.5 months of earnings (2024)". Pure (Intl only), shared by the pages, the report
// and the PDF so that every place writes a figure the same way.
//
// API:
//   intlLocale(locale) -> the Intl locale used for every number the tool shows
//   formatFigure(locale, value, decimals) -> "12,345.4"
//   figureWithUnit(locale, value, decimals, unit) -> "5.4%", "2.5 months of earnings"
//   figureAnswerText(locale, figure, spec) -> "5.4% (2025)"; figureAnswer(indicator, figure, locale) likewise
import { pick, type LocalisedText } from "../text";

/**
 * The Intl locale for an interface language: English as ministries write it (en-GB: day
 * first), Arabic with Western digits on every browser (older ICU versions default "ar" to
 * Arabic-Indic digits; the tool, its charts and its PDF use Western digits throughout).
 */
export function intlLocale(locale: string): string {
  if (locale === "en") return "en-GB";
  if (locale === "ar") return "ar-u-nu-latn";
  return locale;
}

export interface FigureSpec {
  unit: LocalisedText;
  decimals: number;
}

export interface Figure {
  value: number;
  year: number;
}

/** What goes between a number and a following "%" (French and Spanish write a space). */
const PERCENT_SPACE: Record<string, string> = { fr: "\u202f", es: "\u00a0" };
const MAX_SHOWN_DECIMALS = 10;

/**
 * The number with the indicator's decimals at most (5.4 stays "5.4" with 2 decimals).
 * A value from a file with more decimals than allowed is shown in full, not rounded away.
 */
export function formatFigure(locale: string, value: number, decimals: number): string {
  const own = decimalPlaces(value);
  const digits = Math.min(MAX_SHOWN_DECIMALS, Math.max(0, Math.floor(decimals), own));
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
}

/** The number followed by its unit: attached to "%" (with the language's space), a no-break space before words. */
export function figureWithUnit(locale: string, value: number, decimals: number, unit: string): string {
  const number = formatFigure(locale, value, decimals);
  const u = unit.trim();
  if (u === "") return number;
  if (u.startsWith("%")) return `${number}${PERCENT_SPACE[locale] ?? ""}${u}`;
  return `${number}\u00a0${u}`;
}

/** The answer as the check-answers page, the results and the report show it: "5.4% (2025)". */
export function figureAnswerText(locale: string, figure: Figure, spec: FigureSpec): string {
  return `${figureWithUnit(locale, figure.value, spec.decimals, pick(spec.unit, locale))} (${figure.year})`;
}

/** The same for an indicator's answer; the bare figure when the indicator has no number spec (not a number question). */
export function figureAnswer(indicator: { number?: FigureSpec }, figure: Figure, locale: string): string {
  return figureAnswerText(locale, figure, indicator.number ?? { unit: { en: "" }, decimals: 0 });
}

function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [, fraction = ""] = String(value).split(".");
  return String(value).includes("e") ? MAX_SHOWN_DECIMALS : fraction.length;
}

/** A stored figure as the text box shows it again: the language's decimal separator, no grouping, nothing rounded. */
export function figureInputText(locale: string, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: MAX_SHOWN_DECIMALS, useGrouping: false }).format(value);
}
