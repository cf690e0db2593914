// Where scoring method 2, context questions, readable sources and glossary definitions show:
// results page, report (model, HTML, PDF), scores CSV, compare, and the question page's glossary block.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResultsPage } from "../../src/features/results/ResultsPage";
import { ReportPage } from "../../src/features/report/ReportPage";
import { renderReportPdf } from "../../src/features/report/pdf";
import { GlossaryTerms } from "../../src/features/wizard/GlossaryTerms";
import { buildReport } from "../../src/domain/report";
import { scoresCsv } from "../../src/domain/export/scoresCsv";
import { compareAssessments } from "../../src/domain/compare/compare";
import { answer } from "./helpers";
import { assessmentOf } from "./compare/fixtures";
import { buildQuestionnaire } from "./questionnaire-builder";
import { csvRecords } from "./export/parseCsv";
import { pdfText, squash } from "./report-fixtures";

// p (foundational; o0 0, o1 5, o2 10) -> f (asked when p is o1 or o2); x (uses the glossary term "regularly");
// ctx: a context question (its options have no score) in d2; y in d2.
const q = buildQuestionnaire([
  { id: "p", scores: [0, 5, 10], foundational: true },
  { id: "f", conditions: [{ indicator: "p", optionIn: ["o1", "o2"] }] },
  { id: "x", terms: ["regularly"] },
  { id: "ctx", dimension: "d2", scored: false, scores: [0, 0, 0], terms: ["published"] },
  { id: "y", dimension: "d2" },
]);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
// p none -> f not asked; x yes; ctx "Option 2" (context); y: an option the question does not have.
const a = assessmentOf(q, 2026, { p: answer("o0"), x: answer("o1"), ctx: answer("o2"), y: answer("o9") });

describe("results page", () => {
  const plain = text(renderToStaticMarkup(h(ResultsPage, { questionnaire: q, assessment: a, locale: "en" })));

  it("names the scoring method and lists context questions apart, marked not scored", () => {
    expect(plain).toContain("Scores computed with scoring method 2.");
    expect(plain).toContain("Context questions These questions record the situation without judging it.");
    expect(plain).toContain("ctx? Context, not scored d2 Option 2");
  });

  it("reports a saved answer the questionnaire does not offer, and counts it as unanswered", () => {
    expect(plain).toContain("Some saved answers are not recognised");
    expect(plain).toMatch(/answered again\. y\?/);
    // d2 = y only (ctx is not scored): unanswered -> 0. d1 = (p 0 + f 0 + x 1) / 3 = 33.3; overall 16.7
    expect(plain).toContain("Overall coherence index 16.7 out of 100");
    expect(plain).toContain("ctx? Option 2 Context, not scored");
  });
});

describe("report", () => {
  const model = buildReport({ questionnaire: q, assessment: a, generatedOn: "2026-03-01", locale: "en" });

  it("names the method, marks context questions in the annex, keeps them out of the gaps", () => {
    expect(model.cover.scoringMethod).toBe("Scoring method 2");
    expect(model.annex.flatMap((s) => s.questions).map((x) => [x.indicatorId, x.context, x.answer])).toEqual([
      ["p", false, "Option 0"],
      ["f", false, "Not asked: an earlier answer rules it out (counts 0)"],
      ["x", false, "Option 1"],
      ["ctx", true, "Option 2"],
      ["y", false, "Answer not recognised (counts as not answered)"],
    ]);
    expect(model.gaps.map((g) => g.indicatorId)).toEqual(["p", "f", "y"]);
    expect(model.gaps[0]!.sources).toEqual(["Source 2020, part 1"]);
  });

  it("annexes the definitions of the terms the questions use", () => {
    expect(model.glossary).toEqual([
      { id: "regularly", term: "regularly term", definition: "regularly definition" },
      { id: "published", term: "published term", definition: "published definition" },
    ]);
    const html = renderToStaticMarkup(h(ReportPage, { model }));
    const plain = text(html);
    expect(plain).toContain("Scoring Scoring method 2");
    expect(plain).toContain("ctx? Context question, not scored Option 2");
    expect(plain).toContain("Annex: definitions");
    expect(plain).toContain("regularly term regularly definition");
  });

  it("the PDF carries the method, the context mark and the definitions", () => {
    const pdf = squash(pdfText(renderReportPdf(model), "method2").raw);
    expect(pdf).toContain("Scoring method 2");
    expect(pdf).toContain("Context question, not scored");
    expect(pdf).toContain("Annex: definitions");
    expect(pdf).toContain("published definition");
    expect(pdf).toContain("Source 2020, part 1");
  });
});

describe("scores CSV", () => {
  const records = csvRecords(scoresCsv(q, a).slice(1)); // without the byte-order mark
  const row = (id: string) => records.find((r) => r.indicator_id === id)!;

  it("names the method on every row and marks context questions, not-asked follow-ups and unrecognised answers", () => {
    expect(new Set(records.map((r) => r.scoring_method))).toEqual(new Set(["2"]));
    expect(row("ctx")).toMatchObject({ status: "answered", scored: "false", value: "", weight: "", lost_points: "", option_score: "" });
    expect(row("f")).toMatchObject({ status: "not_asked", scored: "true", value: "0", lost_points: "33.333333" });
    expect(row("y")).toMatchObject({ status: "unrecognised_answer", value: "0" });
    expect(row("p").sources).toBe("Source 2020, part 1");
    expect(records.find((r) => r.row_type === "dimension" && r.dimension_id === "d1")).toMatchObject({ applicable: "3", answered: "2", not_asked: "1", coverage: "1" });
    expect(records.find((r) => r.row_type === "dimension" && r.dimension_id === "d2")).toMatchObject({ applicable: "1", unanswered: "1", coverage: "0" });
  });
});

describe("compare", () => {
  it("shows context questions year by year but never as better or worse", () => {
    const before = assessmentOf(q, 2024, { p: answer("o0"), ctx: answer("o0") });
    const outcome = compareAssessments([{ questionnaire: q, assessment: before }, { questionnaire: q, assessment: a }]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const ctx = outcome.comparison.indicators.find((i) => i.id === "ctx")!;
    expect(ctx.overall).toEqual({ status: "notComparable", reason: "context", delta: null });
    expect(ctx.years.map((y) => [y.option?.id, y.scored])).toEqual([["o0", false], ["o2", false]]);
    // f was not asked both years: level 0 both times, unchanged
    expect(outcome.comparison.indicators.find((i) => i.id === "f")!.overall.status).toBe("unchanged");
  });
});

describe("glossary on the question page", () => {
  it("shows each term the question uses with its definition, in a details block", () => {
    const html = renderToStaticMarkup(h(GlossaryTerms, { questionnaire: q, indicator: q.indicators.find((i) => i.id === "x")! }));
    expect(html).toContain('<details class="details" data-testid="glossary">');
    expect(text(html)).toContain("What the words in this question mean regularly term regularly definition");
    expect(renderToStaticMarkup(h(GlossaryTerms, { questionnaire: q, indicator: q.indicators.find((i) => i.id === "p")! }))).toBe("");
  });
});
