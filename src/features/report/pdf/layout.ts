// Page geometry, colours and small text helpers shared by the PDF sections (A4, mm).
import type { jsPDF } from "jspdf";
import type { ReportModel, ReportMessages } from "../../../domain/report";
import { translator, type Translate } from "../../../i18n/translate";
import { drawLine, FONT, wrapText, type Align, type Baseline, type Line } from "./text";

export { FONT } from "./text";

export const PAGE = { width: 210, height: 297, left: 18, right: 18, top: 24, bottom: 20 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const BOTTOM_Y = PAGE.height - PAGE.bottom;

export type RGB = [number, number, number];
export const COLOUR = {
  text: [11, 12, 12] as RGB,
  muted: [80, 90, 95] as RGB,
  blue: [29, 112, 184] as RGB,
  darkBlue: [0, 48, 120] as RGB,
  lightBlue: [210, 226, 241] as RGB,
  grey: [243, 242, 241] as RGB,
  rule: [177, 180, 182] as RGB,
  white: [255, 255, 255] as RGB,
  draft: [212, 53, 28] as RGB,
};

/** What every section writer gets: the document, the model, its labels and the running y position. */
export interface Ctx {
  doc: jsPDF;
  model: ReportModel;
  t: Translate<ReportMessages>;
  y: number;
  /** A right-to-left report: every x position and alignment is mirrored, tables too. */
  rtl: boolean;
}

export function makeCtx(doc: jsPDF, model: ReportModel): Ctx {
  return { doc, model, t: translator({ en: model.labels }, "en"), y: PAGE.top, rtl: model.direction === "rtl" };
}

/** x of a shape `width` mm wide laid out at `x` from the left: mirrored in a right-to-left report. */
export function mx(ctx: Ctx, x: number, width = 0): number {
  return ctx.rtl ? PAGE.width - x - width : x;
}

/** The alignment to use in this report's direction for one given in left-to-right terms. */
export function mirrorAlign(ctx: Ctx, align: Align): Align {
  if (!ctx.rtl || align === "center") return align;
  return align === "left" ? "right" : "left";
}

/** Lines of text no wider than `width` mm in the current font, size and style. */
export function wrap(ctx: Ctx, text: string, width: number): Line[] {
  return wrapText(ctx.doc, text, width, ctx.rtl);
}

/**
 * Writes text (one line, or several one under the other) with x and align given in
 * left-to-right terms: a right-to-left report mirrors them. Every piece of text in the PDF
 * is drawn through here or through table() (the rotated watermark aside): as plain text,
 * with bidi controls removed.
 */
export function write(ctx: Ctx, text: string | Line | (string | Line)[], x: number, y: number, options: { align?: Align; baseline?: Baseline; lineHeightFactor?: number } = {}): void {
  const { doc } = ctx;
  const lines = Array.isArray(text) ? text : [text];
  const step = (doc.getFontSize() * (options.lineHeightFactor ?? 1.15)) / doc.internal.scaleFactor;
  const align = mirrorAlign(ctx, options.align ?? "left");
  lines.forEach((line, n) => drawLine(doc, line, mx(ctx, x), y + n * step, ctx.rtl, { align, baseline: options.baseline ?? "alphabetic" }));
}

/** Height in mm of one line of text at a font size in points. */
export const lineHeight = (size: number) => size * 0.3528 * 1.35;

export function newPage(ctx: Ctx): void {
  ctx.doc.addPage();
  ctx.y = PAGE.top;
}

/** Starts a new page unless `needed` mm are left on this one. */
export function ensureSpace(ctx: Ctx, needed: number): void {
  if (ctx.y + needed > BOTTOM_Y) newPage(ctx);
}

export function setText(doc: jsPDF, size: number, style: "normal" | "bold" = "normal", colour: RGB = COLOUR.text): void {
  doc.setFont(FONT, style);
  doc.setFontSize(size);
  doc.setTextColor(...colour);
}

/** Writes wrapped text line by line, breaking pages as needed. Untrusted text goes through here as plain text. */
export function paragraph(ctx: Ctx, text: string, size = 10, style: "normal" | "bold" = "normal", colour: RGB = COLOUR.text, width = CONTENT_WIDTH): void {
  const { doc } = ctx;
  setText(doc, size, style, colour);
  const lh = lineHeight(size);
  const lines = wrap(ctx, text, width);
  for (const line of lines) {
    ensureSpace(ctx, lh);
    setText(doc, size, style, colour);
    write(ctx, line, PAGE.left, ctx.y, { baseline: "top" });
    ctx.y += lh;
  }
}

export function heading(ctx: Ctx, text: string, level: 1 | 2): void {
  const size = level === 1 ? 18 : 13;
  // Keep a heading with at least a few lines of what follows.
  ensureSpace(ctx, lineHeight(size) + 25);
  if (ctx.y > PAGE.top) ctx.y += level === 1 ? 4 : 3;
  paragraph(ctx, text, size, "bold", level === 1 ? COLOUR.darkBlue : COLOUR.text);
  ctx.y += level === 1 ? 3 : 2;
}

/** y just below the last autotable drawn. */
export function afterTable(doc: jsPDF): number {
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}
