// Annex: every question asked, with answer, who answered, evidence and comment, by dimension.
import { COLOUR, heading, newPage, paragraph, type Ctx } from "./layout";
import { table } from "./table";

export function drawAnnex(ctx: Ctx, afterSection: () => void = () => {}): void {
  const { model, t } = ctx;
  newPage(ctx);
  heading(ctx, t("annex.heading"), 1);
  paragraph(ctx, t("annex.intro"), 10, "normal", COLOUR.muted);
  for (const section of model.annex) {
    heading(ctx, section.title, 2);
    table(ctx, {
      head: [[t("annex.question"), t("annex.answer"), t("annex.evidence"), t("annex.comment")]],
      body: section.questions.map((q) => [
        q.question,
        q.answeredBy ? `${q.answer}\n\n${t("annex.answeredBy")}: ${q.answeredBy}` : q.answer,
        q.evidence || t("empty"),
        q.comment || t("empty"),
      ]),
      styles: { fontSize: 8.5 },
      columnStyles: { 0: { cellWidth: 44 }, 1: { cellWidth: 42 }, 3: { cellWidth: 32 } },
    });
    afterSection();
  }
}
