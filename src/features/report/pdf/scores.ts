// Scores by dimension: the table, then the bars and (three dimensions or more) the radar.
import { drawBars, drawRadar } from "./chart";
import { COLOUR, heading, newPage, paragraph, type Ctx } from "./layout";
import { table } from "./table";

export function drawScores(ctx: Ctx): void {
  const { model, t } = ctx;
  newPage(ctx);
  heading(ctx, t("scores.heading"), 1);
  const overall = model.summary.overall;
  const row = (l: typeof overall) => [l.title, l.display, l.category, t("scores.answeredValue", { answered: l.answered, applicable: l.applicable })];
  table(ctx, {
    head: [[t("scores.dimension"), t("scores.score"), t("scores.category"), t("scores.answered")]],
    body: [...model.scores.map(row), row(overall).map((content) => ({ content, styles: { fontStyle: "bold" as const } }))],
    columnStyles: { 1: { halign: "right", cellWidth: 28 }, 2: { cellWidth: 48 }, 3: { cellWidth: 28 } },
  });
  const previous = new Map(model.summary.change?.dimensions.map((d) => [d.dimensionId, d.previous]) ?? []);
  drawBars(ctx, model.scores, previous);
  if (model.summary.change) paragraph(ctx, t("scores.previousMarker", { year: model.summary.change.previousYear }), 8.5, "normal", COLOUR.muted);
  ctx.y += 4;
  drawRadar(ctx, model.scores);
}
