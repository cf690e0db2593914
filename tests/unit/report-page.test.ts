// The HTML report renders the same model: headings, scoped table headers, every gap, untrusted text escaped.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/domain/report";
import { ReportPage } from "../../src/features/report/ReportPage";
import { reportFileName } from "../../src/features/report/download";
import { answer } from "./helpers";
import { assessment, draftMini, miniWithAccents, withText, RUSSIAN_MINISTRY } from "./report-fixtures";

const q = miniWithAccents();
const hostile = draftMini();
hostile.answers["inst.body"] = withText(answer("paper"), "<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
const model = buildReport({ questionnaire: q, assessment: hostile, previous: { questionnaire: q, assessment: assessment(2024, {}) }, generatedOn: "2026-03-01", locale: "en" });
const html = renderToStaticMarkup(createElement(ReportPage, { model }));

describe("ReportPage", () => {
  it("has one h1 and a heading per section", () => {
    expect(html.match(/<h1[ >]/g)?.length).toBe(1);
    for (const h of ["Summary", "Scores by dimension", "Prioritised gaps", "Action plan", "Annex: all answers"]) expect(html).toContain(`>${h}</h2>`);
  });

  it("scopes table headers and lists every gap with its action and lead ministry", () => {
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    expect(html).toContain('<th scope="colgroup" colSpan="5">' + RUSSIAN_MINISTRY);
    for (const g of model.gaps) {
      expect(html).toContain(`Gap ${g.rank}: ${g.question}`);
      expect(html).toContain(`<dd>${g.action}</dd>`);
    }
    expect(html).toContain("<caption>Change since 2024</caption>");
  });

  it("writes untrusted text as text, marks a draft and offers the PDF", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(">DRAFT</p>");
    expect(html).toContain(">Download PDF</button>");
    expect(reportFileName(model)).toBe("gap-report-Republic-of-Examplia-2026-2026-03-01.pdf");
  });
});
