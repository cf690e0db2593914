// Page 1: title band, the assessment's identity and its status (draft or final).
import { COLOUR, CONTENT_WIDTH, PAGE, lineHeight, mx, setText, wrap, write, type Ctx } from "./layout";

export function drawCover(ctx: Ctx): void {
  const { doc, model, t } = ctx;
  const c = model.cover;
  doc.setFillColor(...COLOUR.darkBlue);
  doc.rect(0, 0, PAGE.width, 95, "F");
  let y = 40;
  for (const [text, size, style] of [
    [c.title, 26, "bold"],
    [c.subtitle, 13, "normal"],
  ] as const) {
    setText(doc, size, style, COLOUR.white);
    for (const line of wrap(ctx, text, CONTENT_WIDTH)) {
      write(ctx, line, PAGE.left, y, { baseline: "top" });
      y += lineHeight(size);
    }
    y += 3;
  }
  setText(doc, 20, "bold", COLOUR.white);
  write(ctx, wrap(ctx, `${c.country} · ${c.year}`, CONTENT_WIDTH)[0] ?? "", PAGE.left, 80, { baseline: "top" });

  y = 115;
  const rows: [string, string][] = [
    [t("cover.country"), c.country],
    [t("cover.year"), String(c.year)],
    [t("cover.perspective"), c.perspective],
    [t("cover.leadMinistry"), c.leadMinistry],
    [t("cover.questionnaire"), c.questionnaire.display],
    [t("cover.generatedOn"), c.generatedOn],
    [t("cover.scoringMethod"), c.scoringMethod],
  ];
  const labelWidth = 50;
  for (const [label, value] of rows) {
    setText(doc, 11, "bold", COLOUR.muted);
    const labelLines = wrap(ctx, label, labelWidth - 3);
    write(ctx, labelLines, PAGE.left, y, { baseline: "top", lineHeightFactor: 1.35 });
    setText(doc, 11);
    const lines = wrap(ctx, value, CONTENT_WIDTH - labelWidth);
    write(ctx, lines, PAGE.left + labelWidth, y, { baseline: "top", lineHeightFactor: 1.35 });
    y += Math.max(1, lines.length, labelLines.length) * lineHeight(11) + 4;
  }

  y += 6;
  const colour = model.isDraft ? COLOUR.draft : COLOUR.blue;
  doc.setDrawColor(...colour);
  doc.setLineWidth(1.2);
  doc.line(mx(ctx, PAGE.left), y, mx(ctx, PAGE.left), y + 14);
  setText(doc, 9, "bold", COLOUR.muted);
  write(ctx, t("cover.status"), PAGE.left + 5, y + 1, { baseline: "top" });
  setText(doc, 13, "bold", colour);
  write(ctx, c.status, PAGE.left + 5, y + 6, { baseline: "top" });
}
