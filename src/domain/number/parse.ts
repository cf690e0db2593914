// Reading what a person typed for a measured figure, in the language of the page.
// Pure: no React, no Intl. The result is a plain JS number, or a reason code that the
// page turns into a sentence.
//
// API:
//   parseFigure(text, locale, rule) -> { ok: true, value } | { ok: false, problem }
//   parseFigureYear(text) -> { ok: true, year } | { ok: false, problem }
//
// What is accepted:
//   - a dot as decimal separator in every language; a comma too in French and Spanish;
//     the Arabic decimal separator (U+066B) in Arabic;
//   - thousands separators only where they cannot be read as a decimal separator:
//     spaces (ordinary, no-break, narrow no-break, thin) everywhere, a comma in English
//     and Arabic, the Arabic thousands separator (U+066C) in Arabic; each group after
//     the first has exactly three digits;
//   - Arabic-Indic (U+0660-0669) and Eastern Arabic-Indic (U+06F0-06F9) digits, in any
//     language (a digit cannot be misread);
//   - a leading minus sign; a percent sign after the number when the unit is a percentage;
//   - trailing zeros do not count as decimals ("5.40" has one decimal).
import type { Locale, LocalisedText } from "../text";

export interface FigureRule {
  min: number;
  max: number;
  /** Most decimal places allowed. */
  decimals: number;
  /** The unit is a percentage: a "%" typed after the number is accepted. */
  percent?: boolean;
}

/** The rule of an indicator's `number` field: its range, decimals, and whether its unit is a percentage. */
export function figureRule(spec: { min: number; max: number; decimals: number; unit: LocalisedText }): FigureRule {
  return { min: spec.min, max: spec.max, decimals: spec.decimals, percent: (spec.unit.en ?? "").trim().startsWith("%") };
}

export type FigureProblem = "empty" | "notANumber" | "tooManyDecimals" | "belowMin" | "aboveMax";
export type YearProblem = "empty" | "notAYear" | "yearOutOfRange";

export type FigureResult = { ok: true; value: number } | { ok: false; problem: FigureProblem };
export type YearResult = { ok: true; year: number } | { ok: false; problem: YearProblem };

export const FIRST_FIGURE_YEAR = 1950;
export const LAST_FIGURE_YEAR = 2100;

const SPACES = " \u00a0\u202f\u2009\u2007";
const DECIMAL_SEPARATORS: Record<Locale, string> = { en: ".", fr: ",.", es: ",.", ar: "\u066b." };
const GROUP_SEPARATORS: Record<Locale, string> = { en: `,${SPACES}`, fr: SPACES, es: SPACES, ar: `\u066c,${SPACES}` };
/** Longer than any figure a person types: refused before any further work. */
const MAX_LENGTH = 40;

export function parseFigure(text: string, locale: Locale, rule: FigureRule): FigureResult {
  let s = normaliseDigits(text).trim();
  if (s === "") return { ok: false, problem: "empty" };
  if (s.length > MAX_LENGTH) return { ok: false, problem: "notANumber" };
  if (rule.percent) s = s.replace(/\s*[%\u066a]$/, "");
  const negative = /^[-\u2212]/.test(s);
  if (negative) s = s.slice(1);

  const decimals = DECIMAL_SEPARATORS[locale] ?? ".";
  const separators = [...s].filter((c) => decimals.includes(c));
  if (separators.length > 1) return { ok: false, problem: "notANumber" };
  const [whole = "", fraction = ""] = separators.length ? s.split(separators[0]!) : [s, ""];
  if (separators.length && fraction === "") return { ok: false, problem: "notANumber" };
  if (!/^\d*$/.test(fraction)) return { ok: false, problem: "notANumber" };
  const digits = wholeDigits(whole, GROUP_SEPARATORS[locale] ?? SPACES);
  if (digits === null || digits + fraction === "") return { ok: false, problem: "notANumber" };

  const value = Number(`${negative ? "-" : ""}${digits}.${fraction || "0"}`) || 0; // "|| 0" turns -0 into 0
  if (!Number.isFinite(value)) return { ok: false, problem: "notANumber" };
  if (fraction.replace(/0+$/, "").length > rule.decimals) return { ok: false, problem: "tooManyDecimals" };
  if (value < rule.min) return { ok: false, problem: "belowMin" };
  if (value > rule.max) return { ok: false, problem: "aboveMax" };
  return { ok: true, value };
}

export function parseFigureYear(text: string): YearResult {
  const s = normaliseDigits(text).trim();
  if (s === "") return { ok: false, problem: "empty" };
  if (!/^\d{1,4}$/.test(s)) return { ok: false, problem: "notAYear" };
  const year = Number(s);
  if (year < FIRST_FIGURE_YEAR || year > LAST_FIGURE_YEAR) return { ok: false, problem: "yearOutOfRange" };
  return { ok: true, year };
}

/**
 * The digits of the whole part: "1234", or "1 234" / "1,234" grouped by threes with one
 * kind of separator (all spaces count as one kind). Null when it is anything else.
 * A figure may start with its decimal separator (".5"): the whole part is then empty.
 */
function wholeDigits(whole: string, groupSeparators: string): string | null {
  if (/^\d*$/.test(whole)) return whole;
  const separator = [...whole].find((c) => !/\d/.test(c))!;
  if (!groupSeparators.includes(separator)) return null;
  const sameKind = SPACES.includes(separator) ? `[${SPACES}]` : escape(separator);
  if (!new RegExp(`^\\d{1,3}(${sameKind}\\d{3})+$`).test(whole)) return null;
  return whole.replace(/\D/g, "");
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Arabic-Indic digits to 0-9; direction marks (which Arabic keyboards and copied text carry) removed. */
function normaliseDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, "");
}
