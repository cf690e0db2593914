// Prioritised gaps: one small table per gap, kept on one page when it fits.
import { COLOUR, heading, newPage, paragraph, type Ctx } from "./layout";
import { table } from "./table";

export function drawGaps(ctx: Ctx): void {
  const { model, t } = ctx;
  newPage(ctx);
  heading(ctx, t("gaps.heading"), 1);
  paragraph(ctx, model.gaps.length ? t("gaps.intro") : t("gaps.none"), 10, "normal", COLOUR.muted);
  ctx.y += 4;
  for (const g of model.gaps) {
    const dimension = g.foundational ? `${g.dimensionTitle} · ${t("gaps.foundational")}` : g.dimensionTitle;
    table(ctx, {
      pageBreak: "avoid",
      head: [[{ content: t("gaps.item", { rank: g.rank, question: g.question }), colSpan: 2 }]],
      body: [
        [t("gaps.dimension"), dimension],
        [t("gaps.current"), g.currentAnswer],
        [t("gaps.fullMarks"), g.fullMarks],
        [t("gaps.action"), g.action],
        [t("gaps.lead"), g.leadMinistry],
        [t("gaps.refs"), g.refs],
        [t("gaps.sources"), g.sources.join("\n") || t("empty")],
      ],
      styles: { fontSize: 8.5, cellPadding: { top: 1.2, bottom: 1.2, left: 2, right: 2 } },
      headStyles: { fontSize: 9.5, cellPadding: 2 },
      columnStyles: { 0: { cellWidth: 42, fontStyle: "bold", textColor: COLOUR.muted, fillColor: COLOUR.grey } },
    });
    ctx.y -= 2;
  }
}
