// Summary: the headline index, strongest and weakest dimensions, gaps, coverage and the change since the previous year.
import { TOP_GAPS } from "../../../domain/report";
import { COLOUR, PAGE, heading, mx, paragraph, setText, wrap, write, type Ctx } from "./layout";
import { textWidth } from "./text";
import { table } from "./table";

export function drawSummary(ctx: Ctx): void {
  const { doc, model, t } = ctx;
  const s = model.summary;
  heading(ctx, t("summary.heading"), 1);

  // Headline box: the index in large type with its category.
  const boxY = ctx.y;
  doc.setFillColor(...COLOUR.grey);
  doc.rect(mx(ctx, PAGE.left, 174), boxY, 174, 30, "F");
  setText(doc, 10, "bold", COLOUR.muted);
  write(ctx, t("summary.overall"), PAGE.left + 6, boxY + 5, { baseline: "top" });
  setText(doc, 30, "bold", COLOUR.darkBlue);
  write(ctx, s.overall.display, PAGE.left + 6, boxY + 12, { baseline: "top" });
  const numberWidth = textWidth(doc, s.overall.display);
  setText(doc, 11, "normal", COLOUR.muted);
  if (s.overall.score !== null) write(ctx, t("summary.outOf100"), PAGE.left + 9 + numberWidth, boxY + 19, { baseline: "top" });
  setText(doc, 10, "bold", COLOUR.muted);
  write(ctx, t("summary.category"), PAGE.left + 95, boxY + 5, { baseline: "top" });
  setText(doc, 14, "bold");
  write(ctx, wrap(ctx, s.overall.category, 75), PAGE.left + 95, boxY + 12, { baseline: "top" });
  ctx.y = boxY + 36;

  const dim = (d: typeof s.strongest) => (d ? t("summary.dimensionValue", { title: d.title, score: d.display }) : t("empty"));
  table(ctx, {
    theme: "plain",
    body: [
      [t("summary.strongest"), dim(s.strongest)],
      [t("summary.weakest"), dim(s.weakest)],
      [t("summary.gaps"), String(s.gapCount)],
      [t("summary.coverage"), s.coverage.display],
    ],
    styles: { fontSize: 10.5, lineWidth: 0, cellPadding: { top: 1.5, bottom: 1.5, left: 0, right: 2 } },
    columnStyles: { 0: { fontStyle: "bold", cellWidth: 60, textColor: COLOUR.muted } },
  });

  drawChange(ctx);
  drawTopGaps(ctx);
}

function drawTopGaps(ctx: Ctx): void {
  const { model, t } = ctx;
  const top = model.gaps.slice(0, TOP_GAPS);
  if (!top.length) return;
  heading(ctx, t("summary.topGaps"), 2);
  paragraph(ctx, t("summary.topGapsIntro", { count: top.length, total: model.gaps.length }), 9, "normal", COLOUR.muted);
  ctx.y += 2;
  table(ctx, {
    head: [[t("plan.gap"), t("annex.question"), t("gaps.lead")]],
    body: top.map((g) => [String(g.rank), g.question, g.leadMinistry]),
    columnStyles: { 0: { cellWidth: 13, halign: "right" }, 2: { cellWidth: 50 } },
  });
}

function drawChange(ctx: Ctx): void {
  const { t } = ctx;
  const change = ctx.model.summary.change;
  if (!change) {
    paragraph(ctx, t("change.none"), 10, "normal", COLOUR.muted);
    ctx.y += 4;
    return;
  }
  heading(ctx, t("change.heading", { year: change.previousYear }), 2);
  const row = (l: typeof change.overall, bold = false) =>
    [l.title, l.previousDisplay, l.currentDisplay, l.deltaDisplay].map((content) => ({ content, styles: bold ? { fontStyle: "bold" as const } : {} }));
  table(ctx, {
    head: [[t("change.dimension"), String(change.previousYear), String(change.currentYear), t("change.delta")]],
    body: [row(change.overall, true), ...change.dimensions.map((d) => row(d))],
    columnStyles: { 1: { halign: "right", cellWidth: 25 }, 2: { halign: "right", cellWidth: 25 }, 3: { halign: "right", cellWidth: 30 } },
  });
}
