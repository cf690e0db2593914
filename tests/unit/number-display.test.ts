// Number answers everywhere they are shown or compared: CSV columns, the report model and
// its PDF, the comparison across years, section merge and whole-file import. The
// questionnaire is the mini fixture plus a banded figure (remittance cost, %, 0-100,
// 2 decimals: at most 3 scores 10, at most 5 scores 6, above 5 scores 0) and a context
// figure without bands.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/domain/assessment/assessment";
import { compareAssessments } from "../../src/domain/compare/compare";
import { sameAnswer } from "../../src/domain/document/answer-diff";
import { planSectionMerge } from "../../src/domain/document/section-merge";
import { summariseReplace } from "../../src/domain/document/whole-import";
import { SCORES_CSV_COLUMNS, scoresCsv } from "../../src/domain/export/scoresCsv";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { buildReport } from "../../src/domain/report";
import { renderReportPdf } from "../../src/features/report/pdf";
import { assessmentOf } from "./compare/fixtures";
import { csvRecords } from "./export/parseCsv";
import { answer, dontKnow } from "./helpers";
import { pdfText, squash } from "./report-fixtures";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function miniWithFigures() {
  const q: Json = JSON.parse(readFileSync("tests/fixtures/questionnaires/mini.json", "utf8"));
  const base = {
    dimension: "rights", perspective: "both", foundational: false, scaleVersion: 1, kind: "number",
    help: { en: "Help." }, allowNotApplicable: false, evidencePrompt: { en: "Survey" },
    leadMinistry: "labour", refs: { sdg: ["10.c"], gcm: [20] }, sources: [{ source: "gcm-ts4-2017" }],
  };
  q.indicators.push(
    {
      ...base, id: "rights.remit-price", question: { en: "Average cost of sending money home?" }, action: { en: "Bring the cost down." },
      number: { unit: { en: "%" }, min: 0, max: 100, decimals: 2, bands: [{ atMost: 3, score: 10 }, { atMost: 5, score: 6 }, { atMost: 100, score: 0 }] },
    },
    {
      ...base, id: "rights.covered", question: { en: "Share of workers abroad covered by social security?" }, scored: false,
      number: { unit: { en: "% of workers abroad", fr: "% des travailleurs à l'étranger" }, min: 0, max: 100, decimals: 1 },
    },
  );
  const r = validateQuestionnaire(q);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.where}: ${p.message}`).join("\n"));
  return r.questionnaire;
}

const q = miniWithFigures();
const figure = (value: number, year: number, extra: Partial<Answer> = {}): Answer => ({ ...answer({ kind: "number", value, year }), ...extra });
const answers2026 = {
  "inst.body": answer("active"),
  "rights.remit-price": figure(5.4, 2025, { evidence: "Remittance Prices Worldwide, Q4 2025" }),
  "rights.covered": figure(40.5, 2024),
};
const a2026 = assessmentOf(q, 2026, answers2026);

describe("scores CSV with figures", () => {
  const rows = csvRecords(scoresCsv(q, a2026).slice(1));
  const row = (id: string) => rows.find((r) => r.indicator_id === id)!;

  it("adds number_value, number_unit and number_year as the last columns", () => {
    expect(SCORES_CSV_COLUMNS.slice(-3)).toEqual(["number_value", "number_unit", "number_year"]);
    expect(Object.keys(rows[0]!).slice(-3)).toEqual(["number_value", "number_unit", "number_year"]);
  });

  it("writes the figure as stored, its unit and year; the value column holds its band score / 10", () => {
    // 5.4% is above 5%: band score 0.
    expect(row("rights.remit-price")).toMatchObject({ status: "answered", value: "0", number_value: "5.4", number_unit: "%", number_year: "2025", answer_option_id: "" });
    const inBand = csvRecords(scoresCsv(q, assessmentOf(q, 2026, { "rights.remit-price": figure(4.25, 2025) })).slice(1));
    expect(inBand.find((r) => r.indicator_id === "rights.remit-price")).toMatchObject({ value: "0.6", number_value: "4.25" });
  });

  it("writes a context figure without a value", () => {
    expect(row("rights.covered")).toMatchObject({ status: "answered", value: "", scored: "false", number_value: "40.5", number_unit: "% of workers abroad", number_year: "2024" });
  });

  it("leaves the number columns empty on other rows", () => {
    expect(row("inst.body")).toMatchObject({ number_value: "", number_unit: "", number_year: "" });
    expect(rows[0]).toMatchObject({ row_type: "overall", number_value: "", number_year: "" });
  });

  it("does not show a figure outside the indicator's range as an answer", () => {
    const odd = csvRecords(scoresCsv(q, assessmentOf(q, 2026, { "rights.remit-price": figure(150, 2025) })).slice(1));
    expect(odd.find((r) => r.indicator_id === "rights.remit-price")).toMatchObject({ status: "unrecognised_answer", number_value: "", number_year: "" });
  });
});

describe("gap report with figures", () => {
  const model = buildReport({ questionnaire: q, assessment: a2026, generatedOn: "2026-03-01", locale: "en" });
  const gap = model.gaps.find((g) => g.indicatorId === "rights.remit-price")!;

  it("shows a banded figure below full marks as a gap, with the figure, unit and year and the band that earns full marks", () => {
    expect(gap.currentAnswer).toBe("5.4% (2025)");
    expect(gap.fullMarks).toBe("A figure of 3% or less");
    expect(model.gaps.some((g) => g.indicatorId === "rights.covered")).toBe(false); // context: never a gap
  });

  it("lists both figures in the annex", () => {
    const annex = model.annex.flatMap((s) => s.questions);
    expect(annex.find((x) => x.indicatorId === "rights.remit-price")).toMatchObject({ answer: "5.4% (2025)", evidence: "Remittance Prices Worldwide, Q4 2025" });
    expect(annex.find((x) => x.indicatorId === "rights.covered")?.answer).toBe("40.5% of workers abroad (2024)");
  });

  it("writes figures the reader's way in French", () => {
    const fr = buildReport({ questionnaire: q, assessment: a2026, generatedOn: "2026-03-01", locale: "fr" });
    expect(fr.gaps.find((g) => g.indicatorId === "rights.remit-price")).toMatchObject({
      currentAnswer: "5,4\u202f% (2025)",
      fullMarks: "Un chiffre inférieur ou égal à 3\u202f%",
    });
    expect(fr.annex.flatMap((s) => s.questions).find((x) => x.indicatorId === "rights.covered")?.answer).toBe("40,5\u202f% des travailleurs à l'étranger (2024)");
  });

  it("prints the figure in the PDF, in the gap and in the annex", () => {
    const { raw } = pdfText(renderReportPdf(model), "figures");
    const text = squash(raw);
    expect(text).toContain("Current answer 5.4% (2025)");
    expect(text).toContain("What full marks require A figure of 3% or less");
    expect(text.slice(text.indexOf("Annex: all answers"))).toContain("5.4% (2025)");
    expect(text.slice(text.indexOf("Annex: all answers"))).toContain("40.5% of workers abroad (2024)");
  });

  it("prints a French figure with its narrow space before the percent sign", () => {
    const fr = buildReport({ questionnaire: q, assessment: a2026, generatedOn: "2026-03-01", locale: "fr" });
    const { raw } = pdfText(renderReportPdf(fr), "figures-fr");
    expect(raw).toMatch(/5,4[\u202f\u00a0 ]% \(2025\)/);
    expect(squash(raw)).toContain("Un chiffre inférieur ou égal à 3 %");
  });
});

describe("comparison of figures across years", () => {
  const compare = (earlier: Answer | undefined, later: Answer | undefined, id = "rights.remit-price") => {
    const before = assessmentOf(q, 2024, earlier ? { [id]: earlier } : {});
    const after = assessmentOf(q, 2026, later ? { [id]: later } : {});
    const outcome = compareAssessments([{ questionnaire: q, assessment: before }, { questionnaire: q, assessment: after }]);
    if (!outcome.ok) throw new Error(outcome.problem.code);
    return outcome.comparison.indicators.find((i) => i.id === id)!;
  };

  it("keeps each year's figure and year, and judges the change by band value: 7.1% then 4.5% moved from band 0 to band 6", () => {
    const c = compare(figure(7.1, 2024), figure(4.5, 2026));
    expect(c.years.map((y) => y.figure)).toEqual([{ value: 7.1, year: 2024 }, { value: 4.5, year: 2026 }]);
    expect(c.overall).toMatchObject({ status: "improved" });
    expect(c.overall.delta).toBeCloseTo(0.6, 12);
  });

  it("a lower cost within the same band is unchanged (7.1% then 5.4%: both above 5%); a lower band value is a regression", () => {
    expect(compare(figure(7.1, 2024), figure(5.4, 2026)).overall.status).toBe("unchanged");
    expect(compare(figure(4.9, 2024), figure(3.1, 2026)).overall.status).toBe("unchanged");
    expect(compare(figure(2.5, 2024), figure(4, 2026)).overall).toMatchObject({ status: "regressed" });
  });

  it("a figure against Don't know is not comparable; a context figure never improves or regresses", () => {
    expect(compare(figure(2.5, 2024), dontKnow()).overall).toMatchObject({ status: "notComparable", reason: "answeredOneSide" });
    expect(compare(figure(20, 2024), figure(40.5, 2026), "rights.covered").overall).toMatchObject({ status: "notComparable", reason: "context" });
    expect(compare(figure(20, 2024), figure(40.5, 2026), "rights.covered").years.map((y) => y.figure?.value)).toEqual([20, 40.5]);
  });
});

describe("merging and importing figures", () => {
  it("a different figure or a different year is a change; the same figure and year is not", () => {
    expect(sameAnswer(figure(5.4, 2025), figure(5.4, 2025))).toBe(true);
    expect(sameAnswer(figure(5.4, 2025), figure(5.5, 2025))).toBe(false);
    expect(sameAnswer(figure(5.4, 2025), figure(5.4, 2024))).toBe(false);
    expect(sameAnswer(figure(5.4, 2025), dontKnow())).toBe(false);
  });

  it("section merge marks two different figures as a conflict, and keeps identical ones quiet", () => {
    const mine = assessmentOf(q, 2026, { "rights.remit-price": figure(5.4, 2025), "rights.covered": figure(40.5, 2024) });
    const theirs = assessmentOf(q, 2026, { "rights.remit-price": figure(7.1, 2025), "rights.covered": figure(40.5, 2024) }, { id: "theirs" });
    const plan = planSectionMerge(mine, theirs, q, ["rights"]);
    if (!plan.ok) throw new Error(plan.message);
    const item = (id: string) => plan.plan.items.find((i) => i.indicatorId === id)!;
    expect(item("rights.remit-price")).toMatchObject({ conflict: true, mine: { choice: { value: 5.4 } }, theirs: { choice: { value: 7.1 } } });
    expect(item("rights.covered").conflict).toBe(false);
  });

  it("replacing lists a changed figure as a changed answer", () => {
    const here = assessmentOf(q, 2026, { "rights.remit-price": figure(5.4, 2025) });
    const file = assessmentOf(q, 2026, { "rights.remit-price": figure(5.4, 2026) });
    expect(summariseReplace(here, file, q).sections).toEqual([{ sectionId: "rights", added: [], changed: ["rights.remit-price"], removed: [] }]);
  });
});
