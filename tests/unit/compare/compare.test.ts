// Comparison rules (src/domain/compare/transition.ts) on the mini questionnaire v1 and v2.
// v2: inst.body changed scale (scaleVersion 2), inst.meets retired, inst.plan added.
import { describe, expect, it } from "vitest";
import { compareAssessments } from "../../../src/domain/compare/compare";
import type { Comparison } from "../../../src/domain/compare/types";
import { answer, dontKnow, mini, notApplicable } from "../helpers";
import { assessmentOf, miniV2 } from "./fixtures";

const v1 = mini();
const v2 = miniV2();

function ok(items: Parameters<typeof compareAssessments>[0]): Comparison {
  const outcome = compareAssessments(items);
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.code}`);
  return outcome.comparison;
}
const ind = (c: Comparison, id: string) => c.indicators.find((i) => i.id === id)!;
const dim = (c: Comparison, id: string) => c.dimensions.find((d) => d.id === id)!;

const y2022 = assessmentOf(v1, 2022, {
  "inst.body": answer("paper"), // 0.5
  "inst.meets": answer("no"), // 0
  "inst.budget": answer("funded"), // 0.7, weight 2
  "rights.diaspora": answer("yes"), // 1
  "rights.health": answer("emergency"), // 0.5
});
const y2024 = assessmentOf(v1, 2024, {
  "inst.body": answer("active"), // 1
  "inst.meets": answer("yes"), // 1
  "inst.budget": answer("some"), // 0.3, weight 2
  "rights.diaspora": notApplicable(),
  "rights.health": dontKnow(),
});
const y2026 = assessmentOf(v2, 2026, {
  "inst.body": answer("meets"), // new scale: 0.6
  "inst.plan": answer("yes"), // 1
  "inst.budget": answer("full"), // 1, weight 2
  "rights.diaspora": answer("yes"), // 1
  "rights.health": answer("yes"), // 1
});

describe("compareAssessments, same questionnaire version", () => {
  const c = ok([{ questionnaire: v1, assessment: y2022 }, { questionnaire: v1, assessment: y2024 }]);

  it("matches indicators by id and detects improvement and regression", () => {
    expect(ind(c, "inst.body").overall).toEqual({ status: "improved", reason: null, delta: 0.5 });
    expect(ind(c, "inst.meets").overall.status).toBe("improved");
    const budget = ind(c, "inst.budget");
    expect(budget.overall.status).toBe("regressed");
    expect(budget.overall.delta).toBeCloseTo(-0.4, 10);
    expect(budget.years.map((y) => y.option?.id)).toEqual(["funded", "some"]);
    expect(budget.years.map((y) => y.value)).toEqual([0.7, 0.3]);
  });

  it("says why an indicator cannot be compared", () => {
    expect(ind(c, "rights.diaspora").overall).toEqual({ status: "notComparable", reason: "notApplicable", delta: null });
    // Don't know in 2024: an option in one year only.
    expect(ind(c, "rights.health").overall).toEqual({ status: "notComparable", reason: "answeredOneSide", delta: null });
  });

  it("gives dimension scores per year and their change", () => {
    // inst 2022 = 100 * (0.5 + 0 + 2*0.7) / 4 = 47.5; 2024 = 100 * (1 + 1 + 2*0.3) / 4 = 65
    expect(dim(c, "inst").scores[0]).toBeCloseTo(47.5, 10);
    expect(dim(c, "inst").scores[1]).toBeCloseTo(65, 10);
    expect(dim(c, "inst").firstToLast).toBeCloseTo(17.5, 10);
    // rights 2022 = 100 * (1 + 0.5) / 2 = 75; 2024: diaspora N/A, health Don't know = 0 -> 0
    expect(dim(c, "rights").scores).toEqual([75, 0]);
    expect(dim(c, "rights").changes).toEqual([-75]);
    // overall 2022 = (47.5 + 75) / 2 = 61.25; 2024 = (65 + 0) / 2 = 32.5
    expect(c.overall.scores[0]).toBeCloseTo(61.25, 10);
    expect(c.overall.firstToLast).toBeCloseTo(-28.75, 10);
  });

  it("counts the statuses", () => {
    expect(c.summary).toEqual({ improved: 2, regressed: 1, unchanged: 0, added: 0, retired: 0, notComparable: 2 });
  });
});

describe("compareAssessments across questionnaire versions", () => {
  const items = [
    { questionnaire: v1, assessment: y2022 },
    { questionnaire: v1, assessment: y2024 },
    { questionnaire: v2, assessment: y2026 },
  ];
  const c = ok(items);

  it("reports added, retired and a changed scale", () => {
    expect(ind(c, "inst.plan").overall.status).toBe("added");
    expect(ind(c, "inst.plan").years.map((y) => y.present)).toEqual([false, false, true]);
    expect(ind(c, "inst.meets").overall.status).toBe("retired");
    expect(ind(c, "inst.meets").steps.map((s) => s.status)).toEqual(["improved", "retired"]);
    const body = ind(c, "inst.body");
    expect(body.overall).toEqual({ status: "notComparable", reason: "scaleChanged", delta: null });
    expect(body.steps.map((s) => s.status)).toEqual(["improved", "notComparable"]);
    // The latest questionnaire describes it.
    expect(body.indicator.scaleVersion).toBe(2);
  });

  it("compares first to last across a gap in the middle", () => {
    // diaspora: yes (2022), N/A (2024), yes (2026): unchanged first to last, not comparable step by step.
    const diaspora = ind(c, "rights.diaspora");
    expect(diaspora.overall.status).toBe("unchanged");
    expect(diaspora.steps.map((s) => s.reason)).toEqual(["notApplicable", "notApplicable"]);
    expect(ind(c, "rights.health").overall.status).toBe("improved");
    expect(ind(c, "inst.budget").steps.map((s) => s.status)).toEqual(["regressed", "improved"]);
  });

  it("orders the indicators by dimension, latest questionnaire first, retired ones after", () => {
    expect(c.indicators.map((i) => i.id)).toEqual(["inst.body", "inst.budget", "inst.plan", "inst.meets", "rights.diaspora", "rights.health"]);
  });

  it("gives the same comparison whatever the order of the input", () => {
    const shuffled = ok([items[2]!, items[0]!, items[1]!]);
    expect(shuffled.years.map((y) => y.assessment.year)).toEqual([2022, 2024, 2026]);
    expect(shuffled.indicators).toEqual(c.indicators);
    expect(shuffled.dimensions).toEqual(c.dimensions);
    expect(shuffled.summary).toEqual(c.summary);
    // v2 inst = 100 * (0.6 + 1 + 2*1) / 4 = 90; rights = 100
    expect(c.dimensions.map((d) => d.scores[2])).toEqual([90, 100]);
    expect(c.summary).toEqual({ improved: 2, regressed: 0, unchanged: 1, added: 1, retired: 1, notComparable: 1 });
  });

  it("orders two assessments of the same year by creation time", () => {
    const early = assessmentOf(v1, 2024, { "inst.body": answer("none") }, { id: "z", createdAt: "2024-01-01T00:00:00.000Z" });
    const late = assessmentOf(v1, 2024, { "inst.body": answer("active") }, { id: "a", createdAt: "2024-06-01T00:00:00.000Z" });
    const r = ok([{ questionnaire: v1, assessment: late }, { questionnaire: v1, assessment: early }]);
    expect(r.years.map((y) => y.assessment.id)).toEqual(["z", "a"]);
    expect(ind(r, "inst.body").overall.status).toBe("improved");
  });

  it("marks indicators out of scope by perspective as not comparable", () => {
    const origin = assessmentOf(v1, 2025, { "rights.diaspora": answer("yes") }, { perspective: "origin" });
    const r = ok([{ questionnaire: v1, assessment: y2022 }, { questionnaire: v1, assessment: origin }]);
    expect(ind(r, "rights.health").overall).toEqual({ status: "notComparable", reason: "outOfScope", delta: null });
    expect(ind(r, "rights.diaspora").overall.status).toBe("unchanged");
    // Neither year chose an option for inst.budget? 2022 did; 2025 blank -> one side.
    expect(ind(r, "inst.budget").overall.reason).toBe("answeredOneSide");
  });
});

describe("compareAssessments refuses", () => {
  it("assessments of different countries", () => {
    const other = assessmentOf(v1, 2024, {}, { country: "Federation of Otherland" });
    const outcome = compareAssessments([{ questionnaire: v1, assessment: y2022 }, { questionnaire: v1, assessment: other }]);
    expect(outcome).toEqual({
      ok: false,
      problem: { code: "countriesDiffer", countries: ["Republic of Examplia", "Federation of Otherland"] },
    });
  });

  it("but accepts the same country spelt with other case and spaces", () => {
    const same = assessmentOf(v1, 2024, {}, { country: "  republic of  EXAMPLIA " });
    expect(compareAssessments([{ questionnaire: v1, assessment: y2022 }, { questionnaire: v1, assessment: same }]).ok).toBe(true);
  });

  it("fewer than two assessments", () => {
    expect(compareAssessments([{ questionnaire: v1, assessment: y2022 }])).toEqual({ ok: false, problem: { code: "tooFew", count: 1 } });
  });

  it("an assessment paired with the wrong questionnaire version", () => {
    const outcome = compareAssessments([{ questionnaire: v1, assessment: y2022 }, { questionnaire: v1, assessment: y2026 }]);
    expect(outcome).toEqual({ ok: false, problem: { code: "questionnaireMismatch", assessmentId: "a-2026" } });
  });
});

describe("compareAssessments, questions asked in neither year", () => {
  it("says so apart from questions asked in one year only", () => {
    const a = assessmentOf(v1, 2022, { "rights.diaspora": answer("yes") }, { perspective: "origin" });
    const b = assessmentOf(v1, 2024, { "rights.diaspora": answer("no") }, { perspective: "origin" });
    const r = ok([{ questionnaire: v1, assessment: a }, { questionnaire: v1, assessment: b }]);
    expect(ind(r, "rights.health").overall.reason).toBe("outOfScopeEither");
    expect(ind(r, "rights.diaspora").overall).toEqual({ status: "regressed", reason: null, delta: -1 });
    // inst.meets depends on inst.body, unanswered in both: by scoring method 2 the follow-up
    // is unanswered too (it applies, counts 0), so it is "not answered in either year".
    expect(ind(r, "inst.meets").overall.reason).toBe("answeredNeither");
  });
});
