// Years answered on different versions of one questionnaire are matched through the newest
// version's upgrade steps (src/domain/questionnaire/lineage.ts): renamed and split
// indicators compare with the one they came from, rescaled ones are not comparable,
// retired ones are "retired" and new ones "added".
import { describe, expect, it } from "vitest";
import { compareAssessments } from "../../../src/domain/compare/compare";
import type { Comparison } from "../../../src/domain/compare/types";
import { lineageTo } from "../../../src/domain/questionnaire/lineage";
import { answer, loadQuestionnaire, mini } from "../helpers";
import { assessmentOf } from "./fixtures";

const v1 = mini();
const v2 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v2.json");
const v3 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v3.json");

function ok(items: Parameters<typeof compareAssessments>[0]): Comparison {
  const outcome = compareAssessments(items);
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.code}`);
  return outcome.comparison;
}
const row = (c: Comparison, id: string) => c.indicators.find((i) => i.id === id);

const y2022 = assessmentOf(v1, 2022, {
  "inst.body": answer("paper"),
  "inst.meets": answer("no"),
  "inst.budget": answer("some"),
  "rights.diaspora": answer("yes"),
  "rights.health": answer("emergency"),
});
const y2024 = assessmentOf(v2, 2024, {
  "inst.body": answer("active"),
  "inst.meetings": answer("yes"),
  "inst.budget.national": answer("funded"),
  "inst.budget.local": answer("some"),
  "rights.health": answer("yes"),
});
const y2026 = assessmentOf(v3, 2026, {
  "inst.body": answer("active"),
  "inst.meetings": answer("yes"),
  "inst.budget.national": answer("full"),
  "rights.care": answer("partial"),
});

describe("lineageTo", () => {
  it("follows renames and splits back through every step", () => {
    const l = lineageTo(v3, 1);
    expect(l.earlierId.get("inst.meetings")).toBe("inst.meets");
    expect(l.earlierId.get("inst.budget.national")).toBe("inst.budget");
    expect(l.earlierId.get("rights.care")).toBe("rights.health");
    expect(l.earlierId.get("inst.body")).toBe("inst.body");
    expect([...l.continued].sort()).toEqual(["inst.budget", "inst.meets", "rights.health"]);
  });

  it("is the identity for the same version", () => {
    const l = lineageTo(v2, 2);
    expect([...l.earlierId].every(([a, b]) => a === b)).toBe(true);
    expect(l.continued.size).toBe(0);
  });
});

describe("compareAssessments across questionnaire versions", () => {
  const c = ok([
    { questionnaire: v1, assessment: y2022 },
    { questionnaire: v2, assessment: y2024 },
    { questionnaire: v3, assessment: y2026 },
  ]);

  it("lists each indicator once, under its newest id, plus the retired ones", () => {
    expect(c.indicators.map((i) => i.id).sort()).toEqual(
      ["inst.body", "inst.budget.local", "inst.budget.national", "inst.meetings", "rights.care", "rights.diaspora"].sort(),
    );
  });

  it("compares a renamed indicator with the one it came from", () => {
    const meetings = row(c, "inst.meetings")!;
    expect(meetings.years.map((y) => y.option?.id)).toEqual(["no", "yes", "yes"]);
    expect(meetings.overall).toEqual({ status: "improved", reason: null, delta: 1 });
  });

  it("compares a split indicator with the one it came from", () => {
    const national = row(c, "inst.budget.national")!;
    expect(national.years.map((y) => y.option?.id)).toEqual(["some", "funded", "full"]);
    expect(national.overall.status).toBe("improved");
    expect(national.overall.delta).toBeCloseTo(0.7, 10);
  });

  it("says a rescaled indicator is not comparable, even when also renamed", () => {
    expect(row(c, "inst.body")!.overall).toEqual({ status: "notComparable", reason: "scaleChanged", delta: null });
    const care = row(c, "rights.care")!;
    expect(care.years.map((y) => y.option?.id)).toEqual(["emergency", "yes", "partial"]);
    expect(care.steps[0]).toEqual({ status: "notComparable", reason: "scaleChanged", delta: null });
    expect(care.steps[1]!.status).toBe("regressed");
  });

  it("reports retired and added indicators", () => {
    expect(row(c, "rights.diaspora")!.overall.status).toBe("retired");
    const local = row(c, "inst.budget.local")!;
    expect(local.years.map((y) => y.present)).toEqual([true, true, false]);
    expect(local.overall.status).toBe("retired");
    expect(c.summary.retired).toBe(2);
  });

  it("marks an indicator new in the latest version as added", () => {
    const two = ok([
      { questionnaire: v1, assessment: y2022 },
      { questionnaire: v2, assessment: y2024 },
    ]);
    // inst.budget.local is new in v2 but descends from inst.budget by the split: it compares.
    expect(row(two, "inst.budget.local")!.overall.status).toBe("unchanged");
    expect(two.summary.retired).toBe(1); // rights.diaspora
  });
});
