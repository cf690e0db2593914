// The report model: gap order, answer labels, action-plan grouping, change since the
// previous assessment (expected numbers worked out by hand from mini.json), annex.
import { formatChangeScore, formatDelta } from "../../src/domain/report/format";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/domain/report";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import { readFileSync } from "node:fs";
import { readDocumentText } from "../../src/domain/document/read";
import { upgradeAssessment } from "../../src/domain/assessment/upgrade";
import { answer, mini, national, nationalV1, notApplicable } from "./helpers";
import { assessment, completeMini, draftMini, withText, FRENCH_MINISTRY, RUSSIAN_MINISTRY, miniWithAccents } from "./report-fixtures";

const build = (a = draftMini(), previous?: Parameters<typeof buildReport>[0]["previous"], q: Questionnaire = miniWithAccents()) =>
  buildReport({ questionnaire: q, assessment: a, previous, generatedOn: "2026-03-01", locale: "en" });

describe("buildReport", () => {
  it("orders gaps foundational first, then by points lost, ties in questionnaire order", () => {
    // Draft: body "On paper" (5/10), meets "No", budget Don't know (weight 2), diaspora "Yes", health missing.
    // Institutions weight sum 4: lost body 12.5, meets 25, budget 50. Rights weight 2: lost health 50.
    const m = build();
    expect(m.gaps.map((g) => g.indicatorId)).toEqual(["inst.body", "inst.budget", "rights.health", "inst.meets"]);
    expect(m.gaps.map((g) => g.rank)).toEqual([1, 2, 3, 4]);
    expect(m.gaps.map((g) => g.lostPoints)).toEqual([12.5, 50, 50, 25]);
    expect(m.gaps.map((g) => g.currentAnswer)).toEqual(["On paper", "Don't know", "Not answered", "No"]);
    expect(m.gaps.map((g) => g.fullMarks)).toEqual(["Active", "Funded and shared", "Yes", "Yes"]);
    expect(m.gaps.map((g) => g.leadMinistry)).toEqual([FRENCH_MINISTRY, RUSSIAN_MINISTRY, RUSSIAN_MINISTRY, FRENCH_MINISTRY]);
    expect(m.gaps[0]).toMatchObject({ action: "Create one.", foundational: true, refs: "SDG 10.7; GCM objective 23", sources: ["GFMD Brussels 2007, Roundtable 3"] });
    expect(m.gaps[1]?.refs).toBe("SDG 17.14");
  });

  it("groups the action plan by lead ministry in the questionnaire's ministry order, gaps in priority order", () => {
    const m = build();
    expect(m.actionPlan.map((g) => [g.ministry, g.items.map((i) => i.rank)])).toEqual([
      [FRENCH_MINISTRY, [1, 4]],
      [RUSSIAN_MINISTRY, [2, 3]],
    ]);
    expect(m.actionPlan[1]?.items[0]).toEqual({ rank: 2, indicatorId: "inst.budget", question: "Is there a budget line?", action: "Fund it." });
  });

  it("summarises scores, strongest and weakest, gaps and coverage; draft below 100%", () => {
    const m = build();
    // Institutions 100*0.5/4 = 12.5, Rights 100*1/2 = 50, overall 31.25.
    expect(m.scores.map((s) => [s.dimensionId, s.score, s.display, s.category])).toEqual([
      ["inst", 12.5, "13", "Requires further progress"],
      ["rights", 50, "50", "Partially meets"],
    ]);
    expect(m.summary.overall).toMatchObject({ score: 31.25, display: "31", category: "Requires further progress" });
    expect(m.summary.strongest?.dimensionId).toBe("rights");
    expect(m.summary.weakest?.dimensionId).toBe("inst");
    expect(m.summary.gapCount).toBe(4);
    expect(m.summary.coverage).toMatchObject({ answered: 4, dontKnow: 1, applicable: 5, ratio: 0.8 });
    expect(m.isDraft).toBe(true);
    expect(m.cover.status).toBe("Draft: 4 of 5 questions answered");
    expect(m.cover).toMatchObject({ country: "Republic of Examplia", year: 2026, perspective: "Country of origin and destination", generatedOn: "2026-03-01", leadMinistry: FRENCH_MINISTRY });
    expect(m.cover.questionnaire.display).toBe("Mini test questionnaire, version 1");
    expect(m.summary.change).toBeNull();
  });

  it("computes the change since the previous assessment per dimension and overall", () => {
    // 2024: body Active, meets Yes, budget No -> Institutions (1+1+0)/4 = 50; diaspora No, health No -> Rights 0; overall 25.
    const before = assessment(2024, { "inst.body": answer("active"), "inst.meets": answer("yes"), "inst.budget": answer("none"), "rights.diaspora": answer("no"), "rights.health": answer("no") });
    // 2026 complete: body 0.5, meets 0, budget 0.3 x 2 -> Institutions 1.1/4 = 27.5; diaspora 1, health 0.5 -> Rights 75; overall 51.25.
    const m = build(completeMini("x"), { questionnaire: miniWithAccents(), assessment: before });
    const c = m.summary.change!;
    expect(c.previousYear).toBe(2024);
    expect(c.currentYear).toBe(2026);
    expect(c.overall.previous).toBeCloseTo(25, 9);
    expect(c.overall.current).toBeCloseTo(51.25, 9);
    expect(c.overall.delta).toBeCloseTo(26.25, 9);
    // Rounded once, after subtracting, to one decimal, as the compare page shows it (issue 17:
    // subtracting the rounded 28 from 50 used to print -22 where compare printed -22.5).
    expect(c.overall.deltaDisplay).toBe("+26.3");
    expect([c.overall.previousDisplay, c.overall.currentDisplay]).toEqual(["25", "51.3"]);
    const expected = [
      ["inst", 50, 27.5, -22.5, "27.5", "-22.5"],
      ["rights", 0, 75, 75, "75", "+75"],
    ] as const;
    expect(c.dimensions.map((d) => d.dimensionId)).toEqual(["inst", "rights"]);
    c.dimensions.forEach((d, n) => {
      const [, previous, current, delta, currentDisplay, deltaDisplay] = expected[n]!;
      expect(d.previous).toBeCloseTo(previous, 9);
      expect(d.current).toBeCloseTo(current, 9);
      expect(d.delta).toBeCloseTo(delta, 9);
      expect(d.currentDisplay).toBe(currentDisplay);
      expect(d.deltaDisplay).toBe(deltaDisplay);
    });
    expect(m.isDraft).toBe(false);
    expect(m.cover.status).toBe("Final: all 5 questions answered");
  });

  it("rounds the change once, after subtracting, with the reader's decimal separator", () => {
    expect(formatDelta(50.64, 68.2, "–")).toBe("+17.6"); // not 68 - 51 = +17
    expect(formatDelta(50.6, 50.62, "–")).toBe("0");
    expect(formatDelta(70, 73.75, "–", "fr")).toBe("+3,8");
    expect(formatDelta(73.75, 70, "–", "ar")).toBe("-3.8");
    expect(formatDelta(null, 70, "–")).toBe("–");
    expect(formatChangeScore(68.24, "–", "es")).toBe("68,2");
  });

  it("matches dimensions by id: one missing from the previous questionnaire is not comparable", () => {
    const old = mini();
    const renamed: Questionnaire = {
      ...old,
      dimensions: old.dimensions.map((d) => (d.id === "rights" ? { ...d, id: "rights-old" } : d)),
      indicators: old.indicators.map((i) => (i.dimension === "rights" ? { ...i, dimension: "rights-old" } : i)),
    };
    const before = assessment(2024, { "inst.body": answer("active"), "inst.meets": answer("yes"), "inst.budget": answer("full") });
    const c = build(completeMini("x"), { questionnaire: renamed, assessment: before }).summary.change!;
    expect(c.dimensions[0]?.previous).toBe(100);
    expect(c.dimensions[0]?.delta).toBeCloseTo(-72.5, 9);
    expect(c.dimensions[1]).toMatchObject({ dimensionId: "rights", previous: null, delta: null, deltaDisplay: "Not comparable", previousDisplay: "–" });
  });

  it("lists every question in scope in the annex, with answer, evidence, comment and who answered; out-of-scope ones left out", () => {
    // Origin perspective leaves out rights.health; "No" coordinating body means inst.meets is not asked (counts 0).
    const a = assessment(
      2026,
      {
        "inst.body": withText(answer("none"), "Nothing found", "Checked 2025", "Ana Pérez"),
        "inst.budget": withText(notApplicable("Federal budget only"), "Constitution art. 3"),
      },
      "origin",
    );
    const m = build(a);
    expect(m.annex.map((s) => [s.dimensionId, s.questions.map((q) => q.indicatorId)])).toEqual([
      ["inst", ["inst.body", "inst.meets", "inst.budget"]],
      ["rights", ["rights.diaspora"]],
    ]);
    expect(m.annex[0]?.questions[0]).toEqual({ indicatorId: "inst.body", context: false, question: "Is there a coordinating body?", answer: "No", evidence: "Nothing found", comment: "Checked 2025", answeredBy: "Ana Pérez" });
    expect(m.annex[0]?.questions[1]?.answer).toBe("Not asked: an earlier answer rules it out (counts 0)");
    expect(m.annex[0]?.questions[2]?.answer).toBe("Not applicable: Federal budget only");
    expect(m.annex[1]?.questions[0]?.answer).toBe("Not answered");
    // Not applicable is no gap; the unanswered diaspora question is; the not-asked follow-up comes right after its parent.
    expect(m.gaps.map((g) => g.indicatorId)).toEqual(["inst.body", "inst.meets", "rights.diaspora"]);
  });

  it("is deterministic and independent of the order answers were stored in", () => {
    const a = draftMini();
    const reversed = { ...a, answers: Object.fromEntries(Object.entries(a.answers).reverse()) };
    expect(build(reversed)).toEqual(build(a));
    expect(JSON.stringify(build(a))).toBe(JSON.stringify(build(a)));
  });

  it("has no score and no strongest dimension when nothing applies, without crashing", () => {
    const a = assessment(2026, { "inst.body": answer("none"), "inst.budget": notApplicable(), "rights.diaspora": notApplicable() }, "origin");
    const m = build(a);
    expect(m.scores.find((s) => s.dimensionId === "rights")).toMatchObject({ score: null, display: "No score" });
    expect(m.summary.strongest?.dimensionId).toBe("inst");
    expect(m.summary.weakest?.dimensionId).toBe("inst");
  });
});

describe("buildReport: answers kept in the archive by an update to a newer questionnaire version", () => {
  const v1 = nationalV1();
  const v2 = national();
  const seed = readDocumentText(readFileSync("seeds/examplia-2024.json", "utf8"));
  if (!seed.ok) throw new Error("seeds/examplia-2024.json does not read");
  const before = seed.document.assessment;
  const up = upgradeAssessment(before, v2);
  if (!up.ok) throw new Error(up.message);
  const optionLabel = (q: Questionnaire, id: string, optionId: string) => q.indicators.find((i) => i.id === id)!.options.find((o) => o.id === optionId)!.label.en;

  it("lists each archived answer with the question and option of the version it was given on, and its evidence", () => {
    const m = buildReport({ questionnaire: v2, assessment: up.assessment, earlierVersions: [v1], generatedOn: "2026-03-01", locale: "en" });
    expect(m.archived.map((x) => x.key)).toEqual(Object.keys(up.assessment.archive));
    expect(m.archived.length).toBeGreaterThan(0);
    // Retired in version 2: only version 1 has the question.
    const retired = m.archived.find((x) => x.key === "dev.remit.plan")!;
    const given = before.answers["dev.remit.plan"]!;
    expect(retired.question).toBe(v1.indicators.find((i) => i.id === "dev.remit.plan")!.question.en);
    expect(retired.answer).toBe(optionLabel(v1, "dev.remit.plan", (given.choice as { optionId: string }).optionId));
    expect([retired.evidence, retired.comment, retired.answeredBy]).toEqual([given.evidence, given.comment, given.answeredBy]);
    // Still in version 2 with a new scale that has no equivalent: read with version 1's option.
    const rescaled = m.archived.find((x) => x.key === "inst.data.census")!;
    const option = (before.answers["inst.data.census"]!.choice as { optionId: string }).optionId;
    expect(v2.indicators.find((i) => i.id === "inst.data.census")!.options.some((o) => o.id === option)).toBe(false);
    expect(rescaled.answer).toBe(optionLabel(v1, "inst.data.census", option));
    expect(rescaled.question).toBe(v1.indicators.find((i) => i.id === "inst.data.census")!.question.en);
  });

  it("falls back to the id and the raw option when the earlier version is not installed", () => {
    const m = buildReport({ questionnaire: v2, assessment: up.assessment, generatedOn: "2026-03-01", locale: "en" });
    const retired = m.archived.find((x) => x.key === "dev.remit.plan")!;
    expect(retired.question).toBe("dev.remit.plan");
    expect(retired.answer).toBe((before.answers["dev.remit.plan"]!.choice as { optionId: string }).optionId);
  });

  it("is empty for an assessment with nothing archived", () => {
    expect(build().archived).toEqual([]);
  });
});
