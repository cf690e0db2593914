// Measuring, wrapping and drawing one line of text with the right font per run. Text
// without right-to-left letters or Arabic script takes jsPDF's own path (one doc.text
// call in Noto Sans, as before). Otherwise the line is cut into runs (bidi.ts), and each
// run is drawn in Noto Sans or Noto Sans Arabic. jsPDF shapes Arabic itself: its
// "preProcessText" step (processArabic) turns letters into their joined presentation
// forms, and its bidi engine reverses a run given `isInputRtl: true, isOutputVisual: true`.
// A left-to-right run gets input and output "visual" in the same direction: left as is.
import type { jsPDF } from "jspdf";
import { shapeOnce } from "./arabicShaping";
import { cleanText, isRtlParagraph, layoutLine, needsRuns, splitRuns, type RunFont } from "./bidi";
import type { ReportFonts } from "./fonts";
import { fastFontSubset } from "./fontSubset";
import { trackGlyphsOnce } from "./glyphBook";
import { trimFont } from "./trimFont";

export const FONT = "NotoSans";
export const ARABIC_FONT = "NotoSansArabic";

export type FontStyle = "normal" | "bold";
export type Align = "left" | "center" | "right";
export type Baseline = "top" | "middle" | "bottom" | "alphabetic";

/** One wrapped line and the direction of the paragraph it came from. */
export interface Line {
  text: string;
  rtl: boolean;
}

const RTL_RUN = { isInputVisual: false, isOutputVisual: true, isInputRtl: true, isOutputRtl: false, isSymmetricSwapping: true };
const LTR_RUN = { isInputVisual: true, isOutputVisual: true, isInputRtl: false, isOutputRtl: false };

// The Arabic font is parsed by jsPDF only when a document first needs it.
const arabicPending = new WeakMap<jsPDF, ReportFonts>();
const widthCache = new WeakMap<jsPDF, Map<string, number>>();

/**
 * jsPDF measures a string afresh on every call (shaping it as Arabic first), and autotable
 * measures each cell, each word and each line several times over: each width is measured
 * once per document, for its font, size and character spacing.
 */
function measureOnce(doc: jsPDF): void {
  const measure = doc.getTextWidth.bind(doc);
  const widths = new Map<string, number>();
  doc.getTextWidth = (text: string) => {
    const font = doc.getFont();
    const key = `${font.fontName}|${font.fontStyle}|${doc.getFontSize()}|${doc.getCharSpace()}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text);
      widths.set(key, width);
    }
    return width;
  };
}

export function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  measureOnce(doc);
  shapeOnce(doc);
  doc.addFileToVFS("NotoSans-Regular.ttf", trimFont(fonts.regular));
  doc.addFont("NotoSans-Regular.ttf", FONT, "normal");
  doc.addFileToVFS("NotoSans-Bold.ttf", trimFont(fonts.bold));
  doc.addFont("NotoSans-Bold.ttf", FONT, "bold");
  for (const style of ["normal", "bold"]) cheapBookkeeping(doc, FONT, style);
  arabicPending.set(doc, fonts);
  widthCache.set(doc, new Map());
}

/** jsPDF's record of the glyphs used, and its writer of the embedded font, made cheap (glyphBook.ts, fontSubset.ts). */
function cheapBookkeeping(doc: jsPDF, fontName: string, style: string): void {
  trackGlyphsOnce(doc, fontName, style);
  fastFontSubset(doc, fontName, style);
}

export function ensureArabicFont(doc: jsPDF): void {
  const fonts = arabicPending.get(doc);
  if (!fonts) return;
  if (!fonts.arabic) throw new Error("The report has Arabic text but the Arabic font was not loaded.");
  arabicPending.delete(doc);
  doc.addFileToVFS("NotoSansArabic-Regular.ttf", trimFont(fonts.arabic.regular));
  doc.addFont("NotoSansArabic-Regular.ttf", ARABIC_FONT, "normal");
  doc.addFileToVFS("NotoSansArabic-Bold.ttf", trimFont(fonts.arabic.bold));
  doc.addFont("NotoSansArabic-Bold.ttf", ARABIC_FONT, "bold");
  for (const style of ["normal", "bold"]) cheapBookkeeping(doc, ARABIC_FONT, style);
}

const currentStyle = (doc: jsPDF): FontStyle => (doc.getFont().fontStyle === "bold" ? "bold" : "normal");

function selectFont(doc: jsPDF, font: RunFont, style: FontStyle): void {
  if (font === "arabic") ensureArabicFont(doc);
  doc.setFont(font === "arabic" ? ARABIC_FONT : FONT, style);
}

function runWidth(doc: jsPDF, font: RunFont, style: FontStyle, text: string): number {
  const cache = widthCache.get(doc);
  const key = `${font}|${style}|${doc.getFontSize()}|${text}`;
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  selectFont(doc, font, style);
  const width = doc.getTextWidth(text); // jsPDF measures the shaped (joined) Arabic forms
  cache?.set(key, width);
  return width;
}

/** Width in mm of a text in the current size and style (Noto Sans Arabic for Arabic runs). Leaves Noto Sans selected. */
export function textWidth(doc: jsPDF, text: string): number {
  const style = currentStyle(doc);
  const clean = cleanText(text);
  if (!needsRuns(clean)) {
    doc.setFont(FONT, style);
    return doc.getTextWidth(clean);
  }
  const width = splitRuns(clean, false).reduce((sum, r) => sum + runWidth(doc, r.font, style, r.text), 0);
  doc.setFont(FONT, style);
  return width;
}

/** Breaks a text into lines no wider than `width` mm, at spaces (a word longer than a line is cut). */
export function wrapText(doc: jsPDF, text: string, width: number, rtlReport: boolean): Line[] {
  const clean = cleanText(text);
  doc.setFont(FONT, currentStyle(doc));
  if (!needsRuns(clean)) return (doc.splitTextToSize(clean, width) as string[]).map((t) => ({ text: t, rtl: false }));
  const lines: Line[] = [];
  for (const paragraph of clean.split(/\r\n|\r|\n/)) {
    const rtl = isRtlParagraph(paragraph, rtlReport);
    const space = textWidth(doc, " ");
    let line = "";
    let used = 0;
    const push = () => {
      lines.push({ text: line, rtl });
      line = "";
      used = 0;
    };
    for (const word of paragraph.split(" ")) {
      let w = textWidth(doc, word);
      if (line && used + space + w <= width) {
        line += ` ${word}`;
        used += space + w;
        continue;
      }
      if (line) push();
      let rest = word;
      while (w > width && Array.from(rest).length > 1) {
        const chars = Array.from(rest);
        let n = 1;
        while (n < chars.length && textWidth(doc, chars.slice(0, n + 1).join("")) <= width) n++;
        line = chars.slice(0, n).join("");
        push();
        rest = chars.slice(n).join("");
        w = textWidth(doc, rest);
      }
      line = rest;
      used = w;
    }
    push();
  }
  return lines;
}

/** Draws one line at (x, y), aligned on x, in the current size, style and colour. */
export function drawLine(doc: jsPDF, line: string | Line, x: number, y: number, rtlReport: boolean, options: { align?: Align; baseline?: Baseline } = {}): void {
  const text = cleanText(typeof line === "string" ? line : line.text);
  const style = currentStyle(doc);
  const { align = "left", baseline = "alphabetic" } = options;
  if (!needsRuns(text)) {
    doc.setFont(FONT, style);
    doc.text(text, x, y, { align, baseline });
    return;
  }
  const rtl = typeof line === "string" ? isRtlParagraph(text, rtlReport) : line.rtl;
  const runs = layoutLine(text, rtl).map((r) => ({ ...r, width: runWidth(doc, r.font, style, r.text) }));
  const total = runs.reduce((sum, r) => sum + r.width, 0);
  let cx = align === "right" ? x - total : align === "center" ? x - total / 2 : x;
  for (const r of runs) {
    selectFont(doc, r.font, style);
    doc.text(r.text, cx, y, { baseline, ...(r.rtl ? RTL_RUN : LTR_RUN) });
    cx += r.width;
  }
  doc.setFont(FONT, style);
}

/** Options for one doc.text call of a single word that is drawn rotated (the watermark): its font and direction. */
export function singleRun(doc: jsPDF, text: string): Record<string, boolean> {
  const clean = cleanText(text);
  const rtl = needsRuns(clean);
  selectFont(doc, rtl ? "arabic" : "latin", currentStyle(doc));
  return rtl ? RTL_RUN : {};
}
