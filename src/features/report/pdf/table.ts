// Shared jspdf-autotable settings: one table style for the whole report. A caller's
// styles are merged into the defaults (so the embedded font is never lost).
import { autoTable, type UserOptions } from "jspdf-autotable";
import { afterTable, COLOUR, FONT, PAGE, type Ctx } from "./layout";

export function table(ctx: Ctx, options: UserOptions): void {
  const { styles, headStyles, ...rest } = options;
  autoTable(ctx.doc, {
    startY: ctx.y,
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    theme: "grid",
    showHead: "everyPage",
    rowPageBreak: "avoid",
    ...rest,
    styles: {
      font: FONT,
      fontSize: 9,
      cellPadding: 2,
      overflow: "linebreak",
      textColor: COLOUR.text,
      lineColor: COLOUR.rule,
      lineWidth: 0.2,
      valign: "top",
      ...styles,
    },
    headStyles: { fontStyle: "bold", fillColor: COLOUR.lightBlue, textColor: COLOUR.text, ...headStyles },
  });
  ctx.y = afterTable(ctx.doc) + 6;
}
