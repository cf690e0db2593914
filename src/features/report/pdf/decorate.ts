// Last pass over every page: running header, "Page X of Y" and the DRAFT watermark.
import { GState } from "jspdf";
import { COLOUR, FONT, PAGE, setText, wrap, write, type Ctx } from "./layout";
import { cleanText } from "./bidi";
import { singleRun, textWidth } from "./text";

export function decoratePages(ctx: Ctx): void {
  const { doc, model, t } = ctx;
  const pages = doc.getNumberOfPages();
  const header = `${model.cover.country} · ${model.cover.year} · ${model.cover.title}`;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    if (page > 1) {
      setText(doc, 8, "normal", COLOUR.muted);
      const line = wrap(ctx, header, PAGE.width - PAGE.left - PAGE.right - 30)[0] ?? "";
      write(ctx, line, PAGE.left, 12, { baseline: "bottom" });
      if (model.isDraft) {
        setText(doc, 8, "bold", COLOUR.draft);
        write(ctx, t("watermark.draft"), PAGE.width - PAGE.right, 12, { align: "right", baseline: "bottom" });
      }
      doc.setDrawColor(...COLOUR.rule);
      doc.setLineWidth(0.2);
      doc.line(PAGE.left, 14, PAGE.width - PAGE.right, 14);
    }
    setText(doc, 8, "normal", COLOUR.muted);
    write(ctx, t("page.number", { page, pages }), PAGE.width / 2, PAGE.height - 9, { align: "center", baseline: "bottom" });
    if (model.isDraft) watermark(ctx);
  }
}

function watermark({ doc, t }: Ctx): void {
  const text = cleanText(t("watermark.draft"));
  const size = 110;
  const angle = 45;
  const rad = (angle * Math.PI) / 180;
  doc.saveGraphicsState();
  doc.setGState(new GState({ opacity: 0.1 }));
  doc.setFont(FONT, "bold");
  doc.setFontSize(size);
  doc.setTextColor(...COLOUR.draft);
  // Centre the rotated word on the page: step back half its width along the baseline
  // and down half its cap height (jsPDF's align option ignores the rotation).
  const half = textWidth(doc, text) / 2;
  const options = singleRun(doc, text);
  const cap = (size * 0.3528 * 0.72) / 2;
  const x = PAGE.width / 2 - half * Math.cos(rad) + cap * Math.sin(rad);
  const y = PAGE.height / 2 + half * Math.sin(rad) + cap * Math.cos(rad);
  doc.text(text, x, y, { angle, ...options });
  doc.restoreGraphicsState();
}
