// Full national reports from the example data: Examplia 2026 (complete, compared with 2024) and the Sampleland draft.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/domain/document/read";
import { buildReport } from "../../src/domain/report";
import { renderReportPdf } from "../../src/features/report/pdf";
import { national } from "./helpers";
import { pdfText, squash } from "./report-fixtures";

function seed(name: string) {
  const r = readDocumentText(readFileSync(`seeds/${name}.json`, "utf8"));
  if (!r.ok) throw new Error(name);
  return r.document.assessment;
}

const q = national();
const report = (name: string, previous?: string) => {
  const model = buildReport({ questionnaire: q, assessment: seed(name), previous: previous ? { questionnaire: q, assessment: seed(previous) } : undefined, generatedOn: "2026-10-20", locale: "en" });
  return { model, pdf: pdfText(renderReportPdf(model), name) };
};

describe("national gap report", () => {
  const final = report("examplia-2026", "examplia-2024");
  const draft = report("sampleland-2026-draft");

  it.each([["Examplia 2026", final], ["Sampleland draft", draft]])("%s: every gap with its action and lead ministry, every answered question in the annex", (_n, { model, pdf }) => {
    const text = squash(pdf.raw);
    const annexStart = text.indexOf("Annex: all answers");
    expect(model.gaps.length).toBeGreaterThan(20);
    model.gaps.forEach((g, n) => {
      const start = text.indexOf(`Gap ${g.rank}: ${squash(g.question)}`);
      const next = model.gaps[n + 1];
      const end = next ? text.indexOf(`Gap ${next.rank}: `, start) : text.indexOf("Action plan", start);
      expect(start, g.indicatorId).toBeGreaterThan(0);
      const block = text.slice(start, end);
      expect(block).toContain(`Recommended action ${squash(g.action)}`);
      expect(block).toContain(`Suggested lead ministry ${g.leadMinistry}`);
    });
    const annex = text.slice(annexStart);
    for (const x of model.annex.flatMap((s) => s.questions).filter((x) => x.answer !== "Not answered")) {
      // Narrow annex columns may split long words, so compare the first words of the question.
      expect(annex, x.indicatorId).toContain(squash(x.question).split(" ").slice(0, 3).join(" "));
    }
    pdf.pages.forEach((page, n) => expect(page).toContain(`Page ${n + 1} of ${pdf.pages.length}`));
  });

  it("marks the draft and not the complete report", () => {
    expect(final.model.isDraft).toBe(false);
    expect(final.pdf.pages.join("\n")).not.toContain("DRAFT");
    expect(draft.model.isDraft).toBe(true);
    draft.pdf.pages.slice(1).forEach((p) => expect(p).toContain("DRAFT"));
    expect(squash(final.pdf.pages[1]!)).toContain("Change since 2024");
  });
});
