// Text helpers for SVG charts. SVG text-anchor "start"/"end" follow the text direction,
// so in a right-to-left page "start" is the right end. Charts keep their geometry and
// ask for a physical side, which this turns into the right anchor for the direction.
// Charts that mirror their geometry in RTL (bars, trend) mirror the side as well, which
// cancels out: they call anchorFor(side, false) and get the same logical anchor.
import { intlLocale } from "../format";

export type Side = "left" | "right" | "middle";

export function anchorFor(side: Side, rtl: boolean): "start" | "end" | "middle" {
  if (side === "middle") return "middle";
  return (side === "left") !== rtl ? "start" : "end";
}

/** Splits a label into lines of about maxChars characters, at spaces. */
export function wrapWords(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

export function numberFormatter(locale: string, fractionDigits = 1): (n: number) => string {
  const format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: fractionDigits });
  return (n) => format.format(n);
}
