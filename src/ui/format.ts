// Display rounding (the domain never rounds): numbers in the reader's locale.
export function formatNumber(locale: string, n: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** A change with its sign: +17.5, -3, 0. */
export function formatChange(locale: string, n: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits, signDisplay: "exceptZero" }).format(n);
}

/** 0.75 -> "75%". */
export function formatPercent(locale: string, ratio: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}
