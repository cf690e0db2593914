// The compare page rendered to static HTML.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ComparePage } from "../../../src/features/compare/ComparePage";
import { answer, mini } from "../helpers";
import { assessmentOf, miniV2 } from "../compare/fixtures";

const v1 = mini();
const v2 = miniV2();
const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

const candidates = [
  { questionnaire: v2, assessment: assessmentOf(v2, 2026, { "inst.body": answer("active"), "inst.plan": answer("yes"), "inst.budget": answer("full"), "rights.diaspora": answer("yes"), "rights.health": answer("yes") }) },
  { questionnaire: v1, assessment: assessmentOf(v1, 2022, { "inst.body": answer("paper"), "inst.meets": answer("no"), "inst.budget": answer("funded"), "rights.diaspora": answer("yes"), "rights.health": answer("yes") }) },
  { questionnaire: v1, assessment: assessmentOf(v1, 2024, { "inst.body": answer("active"), "inst.meets": answer("yes"), "inst.budget": answer("some"), "rights.diaspora": answer("yes"), "rights.health": answer("emergency") }) },
  { questionnaire: v1, assessment: assessmentOf(v1, 2024, {}, { id: "other", country: "Otherland" }) },
];
const render = (selectedIds: string[]) => renderToStaticMarkup(h(ComparePage, { candidates, selectedIds, locale: "en", onCompare: () => {} }));

describe("ComparePage", () => {
  it("offers the assessments as checkboxes grouped by country, years in order", () => {
    const html = render([]);
    expect(text(html)).toMatch(/Otherland 2024: Assessment 2024 draft Republic of Examplia 2022: Assessment 2022 2024: Assessment 2024 2026: Assessment 2026/);
    expect(html.match(/type="checkbox"/g)!.length).toBe(4);
    expect(html).not.toContain("error-summary");
  });

  it("compares three years: scores side by side with the change, trend chart and statuses", () => {
    const html = render(["a-2026", "a-2022", "a-2024"]);
    const plain = text(html);
    // Only the country is isolated: the heading itself follows the page's direction.
    expect(html).toContain('<bdi class="user-text">Republic of Examplia</bdi>: 2022, 2024, 2026');
    // inst 2022 = 100*(0.5+0+1.4)/4 = 47.5; 2024 = 100*(1+1+0.6)/4 = 65; 2026 (v2) = 100*(1+1+2)/4 = 100
    expect(plain).toContain("Institutions 47.5 65 change since 2022: +17.5 100 change since 2024: +35 +52.5");
    // rights 2022 = 100; 2024 = (1 + 0.5)/2 = 75; 2026 = 100
    expect(plain).toContain("Rights 100 75 change since 2022: -25 100 change since 2024: +25 0");
    // overall: 73.75, 70, 100
    expect(plain).toContain("Overall index 73.8 70 change since 2022: -3.8 100 change since 2024: +30 +26.3");
    expect(html).toContain("Scores over the years</title>");
    const status = (id: string) => new RegExp(`data-indicator="${id.replace(".", "\\.")}" data-status="([a-zA-Z]+)"`).exec(html)?.[1];
    expect(status("inst.plan")).toBe("added");
    expect(status("inst.meets")).toBe("retired");
    expect(status("inst.body")).toBe("notComparable");
    expect(status("inst.budget")).toBe("improved");
    expect(status("rights.diaspora")).toBe("unchanged");
    expect(plain).toContain("The answer scale changed between questionnaire versions.");
    expect(plain).toContain("Funded (7 of 10) Small (3 of 10) Funded and shared (10 of 10) Improved");
    expect(plain).toContain("Not in this questionnaire Not in this questionnaire Yes (10 of 10) Added");
    expect(plain).toMatch(/Improved 1 Regressed 0 Unchanged 2 Added 1 Retired 1 Not comparable 1/);
  });

  it("refuses assessments of different countries with an error summary", () => {
    const html = render(["a-2022", "other"]);
    expect(html).toContain("error-summary");
    expect(text(html)).toContain("Select assessments of one country only (you selected Republic of Examplia, Otherland)");
    expect(html).not.toContain("compare-result");
  });

  it("says how many saved assessments could not be offered", () => {
    const html = renderToStaticMarkup(h(ComparePage, { candidates, selectedIds: [], leftOut: 2, locale: "en", onCompare: () => {} }));
    expect(text(html)).toContain("Saved assessments not offered here: 2. They cannot be read, or their questionnaire is not installed");
    expect(text(render([]))).not.toContain("not offered here");
  });

  it("speaks Arabic, with English questionnaire text marked as English and scores written n/10", () => {
    const html = renderToStaticMarkup(h(ComparePage, { candidates, selectedIds: ["a-2022", "a-2024"], locale: "ar", onCompare: () => {} }));
    const plain = text(html);
    expect(plain).toContain("مقارنة السنوات");
    expect(plain).toContain("ما الذي تغيّر، من 2022 إلى 2024");
    expect(html).toContain('<span lang="en" dir="ltr">Funded</span> (7/10)');
  });
});
