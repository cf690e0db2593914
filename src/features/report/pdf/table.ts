// Shared jspdf-autotable settings: one table style for the whole report. A caller's
// styles are merged into the defaults (so the embedded font is never lost).
// Right-to-left reports get mirrored tables: the first column on the right, alignments
// flipped. Cells with Arabic script (or any right-to-left letter) are wrapped and drawn by
// text.ts, run by run, since autotable draws a cell in one font and left to right.
import { autoTable, type CellInput, type HAlignType, type RowInput, type Styles, type UserOptions } from "jspdf-autotable";
import { cleanText, isRtlParagraph, needsRuns } from "./bidi";
import { afterTable, COLOUR, FONT, PAGE, type Ctx } from "./layout";
import { ARABIC_FONT, drawLine, ensureArabicFont, wrapText, type Align } from "./text";

type Cell = { text: string[]; styles: Styles; x: number; y: number; width: number; height: number; padding(side: "top" | "bottom" | "left" | "right" | "vertical"): number; getTextPos(): { x: number; y: number } };

export function table(ctx: Ctx, options: UserOptions): void {
  const { styles, headStyles, columnStyles, head, body, ...rest } = options;
  const rtl = ctx.rtl;
  const rows = (r: RowInput[] | undefined) => r && (r as CellInput[][]).map((row) => mirrorRow(row.map(clean), rtl));
  const columns = Math.max(0, ...[...(head ?? []), ...(body ?? [])].map((row) => (row as CellInput[]).reduce<number>((n, c) => n + span(c), 0)));
  // Per cell drawn by text.ts: its lines' paragraph directions, and its lines while autotable draws the (emptied) cell.
  const directions = new WeakMap<object, Map<string, boolean>>();
  const held = new WeakMap<object, string[]>();

  autoTable(ctx.doc, {
    startY: ctx.y,
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    theme: "grid",
    showHead: "everyPage",
    rowPageBreak: "avoid",
    ...rest,
    ...(head ? { head: rows(head) } : {}),
    ...(body ? { body: rows(body) } : {}),
    columnStyles: mirrorColumns(columnStyles ?? {}, columns, rtl),
    styles: {
      font: FONT,
      fontSize: 9,
      cellPadding: 2,
      overflow: "linebreak",
      textColor: COLOUR.text,
      lineColor: COLOUR.rule,
      lineWidth: 0.2,
      valign: "top",
      halign: rtl ? "right" : "left",
      ...styles,
    },
    headStyles: { fontStyle: "bold", fillColor: COLOUR.lightBlue, textColor: COLOUR.text, ...headStyles },
    didParseCell: ({ cell }) => {
      if (!needsRuns(cell.text.join("\n"))) return;
      // Autotable sizes columns with the cell's font: Noto Sans Arabic has the right widths for Arabic.
      ensureArabicFont(ctx.doc);
      cell.styles.font = ARABIC_FONT;
      const lineDirections = new Map<string, boolean>();
      directions.set(cell, lineDirections);
      cell.styles.overflow = (text, width) => {
        ctx.doc.setFont(FONT, cell.styles.fontStyle === "bold" ? "bold" : "normal");
        ctx.doc.setFontSize(cell.styles.fontSize);
        const lines = wrapText(ctx.doc, Array.isArray(text) ? text.join("\n") : text, width, ctx.rtl);
        for (const l of lines) lineDirections.set(l.text, l.rtl);
        return lines.map((l) => l.text);
      };
    },
    willDrawCell: ({ cell }) => {
      if (!directions.has(cell)) return;
      held.set(cell, cell.text);
      cell.text = [];
    },
    didDrawCell: ({ cell }) => {
      const lineDirections = directions.get(cell);
      const lines = held.get(cell);
      if (!lineDirections || !lines) return;
      cell.text = lines; // a repeated table head is drawn again on the next page
      held.delete(cell);
      drawCell(ctx, cell as unknown as Cell, lines, lineDirections);
    },
  });
  ctx.y = afterTable(ctx.doc) + 6;
}

/** Draws a cell's lines where autotable would have (same top, line height and alignment). */
function drawCell(ctx: Ctx, cell: Cell, lines: string[], lineDirections: Map<string, boolean>): void {
  const { doc } = ctx;
  doc.setFont(FONT, cell.styles.fontStyle === "bold" ? "bold" : "normal");
  doc.setFontSize(cell.styles.fontSize);
  const size = cell.styles.fontSize / doc.internal.scaleFactor;
  const lineHeight = size * doc.getLineHeightFactor();
  const pos = cell.getTextPos();
  let y = pos.y + size * (2 - 1.15);
  if (cell.styles.valign === "middle") y -= (lines.length / 2) * lineHeight;
  else if (cell.styles.valign === "bottom") y -= lines.length * lineHeight;
  const align: Align = cell.styles.halign === "right" || cell.styles.halign === "center" ? cell.styles.halign : "left";
  for (const text of lines) {
    drawLine(doc, { text, rtl: lineDirections.get(text) ?? isRtlParagraph(text, ctx.rtl) }, pos.x, y, ctx.rtl, { align });
    y += lineHeight;
  }
}

/** Cell content as the PDF draws it: bidi controls removed (they could reorder the rest of a line). */
function clean(cell: CellInput): CellInput {
  if (typeof cell === "string") return cleanText(cell);
  if (cell && typeof cell === "object" && "content" in cell && typeof cell.content === "string") return { ...cell, content: cleanText(cell.content) };
  return cell;
}

const span = (cell: CellInput): number => (cell && typeof cell === "object" && "colSpan" in cell && typeof cell.colSpan === "number" ? cell.colSpan : 1);

function mirrorRow(row: CellInput[], rtl: boolean): CellInput[] {
  if (!rtl) return row;
  return [...row].reverse().map((cell) => {
    if (!cell || typeof cell !== "object" || !("styles" in cell) || !cell.styles?.halign) return cell;
    return { ...cell, styles: { ...cell.styles, halign: flip(cell.styles.halign) } };
  });
}

function mirrorColumns(columnStyles: NonNullable<UserOptions["columnStyles"]>, columns: number, rtl: boolean): NonNullable<UserOptions["columnStyles"]> {
  if (!rtl) return columnStyles;
  const out: NonNullable<UserOptions["columnStyles"]> = {};
  for (const [key, style] of Object.entries(columnStyles)) {
    const index = Number(key);
    const mirrored = Number.isInteger(index) ? columns - 1 - index : key;
    out[mirrored] = style.halign ? { ...style, halign: flip(style.halign) } : style;
  }
  return out;
}

function flip(align: HAlignType): HAlignType {
  return align === "left" ? "right" : align === "right" ? "left" : align;
}
