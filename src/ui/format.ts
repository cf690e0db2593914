// Display rounding (the domain never rounds): numbers in the reader's locale.

export { intlLocale } from "../domain/number/format";
import { intlLocale } from "../domain/number/format";

export function formatNumber(locale: string, n: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** A change with its sign: +17.5, -3, 0. */
export function formatChange(locale: string, n: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxFractionDigits, signDisplay: "exceptZero" }).format(n);
}

/** 0.75 -> "75%". */
export function formatPercent(locale: string, ratio: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** Date and time as ministries read them: "15 Oct 2026, 10:00" in English (day first, 24-hour clock in every language). */
export function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  // Stored dates are checked as real dates when read; this is the last guard, never a throw.
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" }).format(date);
}
