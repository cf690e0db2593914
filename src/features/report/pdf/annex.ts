// Annexes: every question in scope, with answer, who answered, evidence and comment, by
// dimension (context questions marked); the answers kept from earlier questionnaire
// versions; then the definitions of the glossary terms used.
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
        q.context ? `${q.question}\n\n${t("annex.context")}` : q.question,
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

export function drawArchive(ctx: Ctx): void {
  const { model, t } = ctx;
  if (!model.archived.length) return;
  heading(ctx, t("archive.heading"), 1);
  paragraph(ctx, t("archive.intro"), 10, "normal", COLOUR.muted);
  table(ctx, {
    head: [[t("annex.question"), t("annex.answer"), t("annex.evidence"), t("annex.comment")]],
    body: model.archived.map((a) => [
      a.question,
      a.answeredBy ? `${a.answer}\n\n${t("annex.answeredBy")}: ${a.answeredBy}` : a.answer,
      a.evidence || t("empty"),
      a.comment || t("empty"),
    ]),
    styles: { fontSize: 8.5 },
    columnStyles: { 0: { cellWidth: 44 }, 1: { cellWidth: 42 }, 3: { cellWidth: 32 } },
  });
}

export function drawGlossary(ctx: Ctx): void {
  const { model, t } = ctx;
  if (!model.glossary.length) return;
  heading(ctx, t("glossary.heading"), 1);
  paragraph(ctx, t("glossary.intro"), 10, "normal", COLOUR.muted);
  table(ctx, {
    head: [[t("glossary.term"), t("glossary.definition")]],
    body: model.glossary.map((g) => [g.term, g.definition]),
    styles: { fontSize: 8.5 },
    columnStyles: { 0: { cellWidth: 50 } },
  });
}
