// Action plan: the gaps grouped by suggested lead ministry, with empty Owner and Deadline columns.
import type { CellDef } from "jspdf-autotable";
import { COLOUR, heading, newPage, paragraph, type Ctx } from "./layout";
import { table } from "./table";

export function drawPlan(ctx: Ctx): void {
  const { model, t } = ctx;
  if (!model.actionPlan.length) return;
  newPage(ctx);
  heading(ctx, t("plan.heading"), 1);
  paragraph(ctx, t("plan.intro"), 10, "normal", COLOUR.muted);
  ctx.y += 4;
  const body: CellDef[][] = [];
  for (const group of model.actionPlan) {
    body.push([{ content: group.ministry, colSpan: 5, styles: { fontStyle: "bold", fillColor: COLOUR.grey, fontSize: 10, halign: "left" } }]);
    for (const item of group.items) {
      body.push([{ content: String(item.rank) }, { content: item.action }, { content: item.question }, { content: "" }, { content: "" }]);
    }
  }
  table(ctx, {
    head: [[t("plan.gap"), t("plan.action"), t("plan.indicator"), t("plan.owner"), t("plan.deadline")]],
    body,
    columnStyles: { 0: { cellWidth: 13, halign: "right" }, 3: { cellWidth: 26 }, 4: { cellWidth: 24 } },
  });
}
