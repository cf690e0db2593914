// The results page rendered to static HTML: numbers from scoreAssessment, worked by hand.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResultsPage } from "../../../src/features/results/ResultsPage";
import { answer, dontKnow, mini, notApplicable } from "../helpers";
import { assessmentOf } from "../compare/fixtures";

const q = mini();
const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("ResultsPage, complete assessment", () => {
  // origin: inst.body paper 0.5, inst.meets yes 1, inst.budget funded 0.7 (w 2) -> 100*2.9/4 = 72.5
  // rights: diaspora yes 1 (health is destination only) -> 100; overall (72.5 + 100) / 2 = 86.25
  const a = assessmentOf(
    q,
    2024,
    { "inst.body": answer("paper"), "inst.meets": answer("yes"), "inst.budget": answer("funded"), "rights.diaspora": answer("yes") },
    { perspective: "origin", country: "Republic of Examplia" },
  );
  const html = renderToStaticMarkup(h(ResultsPage, { questionnaire: q, assessment: a, locale: "en" }));
  const plain = text(html);

  it("shows the overall index, its category and no draft label", () => {
    expect(plain).toContain("Overall coherence index 86.3 out of 100 Fully meets");
    expect(plain).not.toContain("Draft");
    expect(plain).toContain("Republic of Examplia, 2024");
  });

  it("has the dimension scores in a table next to the charts", () => {
    expect(plain).toContain("Institutions 72.5 Meets");
    expect(plain).toContain("Rights 100 Fully meets");
    expect(plain).toContain("Overall index 86.3 Fully meets");
    // Bars only: the mini questionnaire has two dimensions, too few for a radar.
    expect(html.match(/role="img"/g)!.length).toBe(1);
  });

  it("lists the gaps in priority order with what full marks need, the action, ministry and a link back", () => {
    const order = [...html.matchAll(/data-indicator="([^"]+)"/g)].map((m) => m[1]);
    // inst.body is foundational (first); inst.body lost 100*0.5/4 = 12.5, inst.budget 100*2*0.3/4 = 15 points
    expect(order).toEqual(["inst.body", "inst.budget"]);
    expect(plain).toContain("Foundational Is there a coordinating body?");
    expect(plain).toContain("Current answer On paper Full marks need Active Recommended action Create one. Suggested lead ministry Ministry of Planning Points lost 12.5 points");
    expect(plain).toContain("Current answer Funded Full marks need Funded and shared Recommended action Fund it. Suggested lead ministry Ministry of Labour Points lost 15 points");
    expect(html).toContain('href="#/a/a-2024/s/inst/q/inst.body"');
    expect(plain).toContain("Showing 2 of 2 gaps");
  });

  it("shows how each score is calculated, adding up", () => {
    expect(plain).toContain("Is there a budget line? Funded 0.7 2 1.4");
    expect(plain).toContain("Sums 4 2.9");
    expect(plain).toContain("Score = 100 × 2.9 ÷ 4 = 72.5");
    expect(plain).toContain("Overall index = (72.5 + 100) ÷ 2 = 86.3");
    // The destination-only question is not part of the origin calculation.
    expect(plain).not.toContain("Do migrants get health care?");
  });

  it("has a CSV download button", () => {
    expect(html).toContain('<button type="button" class="button button-secondary">Download scores (CSV)</button>');
  });
});

describe("ResultsPage, draft with filters", () => {
  // both: body none (meets not asked: 0, answered for coverage), budget Don't know, diaspora N/A, health missing
  const a = assessmentOf(q, 2025, { "inst.body": answer("none"), "inst.budget": dontKnow(), "rights.diaspora": notApplicable() });
  const html = renderToStaticMarkup(h(ResultsPage, { questionnaire: q, assessment: a, locale: "en", filters: { ministry: "labour" } }));
  const plain = text(html);

  it("is labelled a draft with its coverage", () => {
    // applicable: body, meets, budget, health = 4; answered: body + meets (not asked) + budget (Don't know) = 3 -> 75%
    expect(plain).toContain("Results Draft");
    expect(plain).toContain("3 of 4 questions that apply are answered (75%)");
    expect(plain).toContain("Scores computed with scoring method 2.");
  });

  it("counts coverage per dimension", () => {
    // Institutions: apply 3, answered 1, don't know 1, unanswered 0, not asked 1, N/A 0, 100%
    expect(plain).toContain("Institutions 3 1 1 0 1 0 100%");
    // Rights: apply 1 (health), unanswered 1, not asked 0, N/A 1 (diaspora), 0%
    expect(plain).toContain("Rights 1 0 0 1 0 1 0%");
    expect(plain).toContain("All dimensions 4 1 1 1 1 1 75%");
    expect(plain).toContain("3 of 4 questions that apply are answered (Don't know: 1; follow-ups not asked after an earlier answer: 1).");
  });

  it("applies the ministry filter from the URL", () => {
    expect(html).toMatch(/<option value="labour" selected="">Ministry of Labour<\/option>/);
    const order = [...html.matchAll(/data-indicator="([^"]+)"/g)].map((m) => m[1]);
    // health lost 100 points of rights, budget 100*2/4 = 50 of inst (inst.meets, not asked, is a Planning gap)
    expect(order).toEqual(["rights.health", "inst.budget"]);
    expect(plain).toContain("Showing 2 of 4 gaps");
    expect(plain).toContain("Current answer Don't know");
    expect(plain).toContain("Current answer Not answered");
  });

  it("marks Not applicable as not counted in the calculation", () => {
    expect(plain).toContain("Can nationals abroad vote? Not applicable Not counted");
    expect(plain).toContain("Score = 100 × 0 ÷ 1 = 0"); // rights: health missing
    expect(plain).toContain("Does it meet twice a year? Not asked: an earlier answer rules it out (counts 0) 0 1 0");
  });
});
