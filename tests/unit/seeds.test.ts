// The example data (seeds/): the Republic of Examplia, a fictional country of origin,
// answered 2022 and 2024 on questionnaire version 1 and 2026 on version 2, plus another
// country's draft. The story the years tell is asserted here: scores as the app computes
// them (each year on its own version), the regressions and their reasons, what the
// upgrade to version 2 keeps, and answers that never contradict each other.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/domain/document/read";
import { scoreAssessment, type AssessmentResult } from "../../src/domain/scoring/score";
import { shownIndicatorIds } from "../../src/domain/scoring/applicability";
import { compareAssessments } from "../../src/domain/compare/compare";
import type { Comparison } from "../../src/domain/compare/types";
import { upgradeAssessment } from "../../src/domain/assessment/upgrade";
import type { Answer, Assessment } from "../../src/domain/assessment/assessment";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import { loadQuestionnaire, national } from "./helpers";

const v1 = loadQuestionnaire("questionnaires/picmd-national.v1.json");
const v2 = national();
const byVersion = new Map([v1, v2].map((q) => [q.version, q]));
const questionnaireOf = (a: Assessment): Questionnaire => byVersion.get(a.questionnaire.version)!;

function readSeed(name: string) {
  const result = readDocumentText(readFileSync(`seeds/${name}.json`, "utf8"));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result;
}
const loadSeed = (name: string): Assessment => readSeed(name).document.assessment;

const [y2022, y2024, y2026] = ["examplia-2022", "examplia-2024", "examplia-2026"].map(loadSeed) as [Assessment, Assessment, Assessment];
const examplia = [y2022, y2024, y2026];
const score = (a: Assessment): AssessmentResult => scoreAssessment(questionnaireOf(a), a);
const compare = (...years: Assessment[]): Comparison => {
  const outcome = compareAssessments(years.map((assessment) => ({ assessment, questionnaire: questionnaireOf(assessment) })));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.comparison;
};

describe("seed files", () => {
  const files = readdirSync("seeds").filter((f) => f.endsWith(".json"));

  it.each(files)("%s reads as a current document whose answers are questions and options of its questionnaire version", (file) => {
    const read = readSeed(file.replace(/\.json$/, ""));
    expect(read.migratedFrom).toBeNull(); // formatVersion 2, nothing to migrate
    const a = read.document.assessment;
    const q = questionnaireOf(a);
    expect(q, `${file}: questionnaire version ${a.questionnaire.version}`).toBeDefined();
    expect(a.questionnaire.id).toBe(q.id);
    for (const [id, answer] of Object.entries(a.answers)) {
      const indicator = q.indicators.find((i) => i.id === id);
      expect(indicator, `${file}: ${id} is not in version ${q.version}`).toBeDefined();
      const c = answer.choice;
      if (c.kind === "option") expect(indicator!.options.map((o) => o.id), `${file}: ${id}`).toContain(c.optionId);
      if (c.kind === "notApplicable") expect(indicator!.allowNotApplicable, `${file}: ${id}`).toBe(true);
      if (c.kind === "number") {
        expect(indicator!.kind, `${file}: ${id}`).toBe("number");
        const spec = indicator!.number!;
        expect(c.value).toBeGreaterThanOrEqual(spec.min);
        expect(c.value).toBeLessThanOrEqual(spec.max);
        expect(Number(c.value.toFixed(spec.decimals))).toBe(c.value);
        expect(c.year).toBeLessThanOrEqual(a.year);
      }
    }
    expect(score(a).invalid).toEqual([]);
  });

  it("Examplia: 2022 and 2024 on version 1, 2026 on version 2, always the same fictional country of origin", () => {
    expect(examplia.map((a) => [a.id, a.year, a.questionnaire.version, a.country, a.perspective])).toEqual([
      ["examplia-2022", 2022, 1, "Republic of Examplia", "origin"],
      ["examplia-2024", 2024, 1, "Republic of Examplia", "origin"],
      ["examplia-2026", 2026, 2, "Republic of Examplia", "origin"],
    ]);
  });

  it("Examplia: every question asked is answered, and no question left out by its parent's answer carries one", () => {
    for (const a of examplia) {
      const q = questionnaireOf(a);
      const asked = shownIndicatorIds(q.indicators, a.perspective, a.answers);
      expect(Object.keys(a.answers).filter((id) => !asked.has(id)), a.id).toEqual([]);
      expect([...asked].filter((id) => !a.answers[id]), a.id).toEqual([]); // context questions included
      const r = score(a);
      expect(r.coverage, a.id).toBe(1);
      expect(r.isDraft, a.id).toBe(false);
    }
  });

  it("Examplia 2026 gives the three measured figures and the context questions of its perspective", () => {
    const figure = (id: string) => y2026.answers[id]?.choice;
    expect(figure("costs.remit.price")).toEqual({ kind: "number", value: 5.38, year: 2025 });
    expect(figure("costs.recruit.worker-cost")).toEqual({ kind: "number", value: 1.8, year: 2025 });
    expect(figure("rights.ssa.coverage-share")).toEqual({ kind: "number", value: 64.7, year: 2025 });
    const context = v2.indicators.filter((i) => !i.scored && i.perspective !== "destination").map((i) => i.id);
    expect(context).toEqual(["rights.political.citizenship-abroad", "dev.remit.inflows-gdp"]);
    for (const id of context) expect(y2026.answers[id], id).toBeDefined();
  });

  it("a half-finished draft of another country is included", () => {
    const draft = score(loadSeed("sampleland-2026-draft"));
    expect(draft.isDraft).toBe(true);
    expect(draft.coverage).toBeGreaterThan(0.2);
    expect(draft.coverage).toBeLessThan(0.8);
  });

  it("scores as the README's example data table says", () => {
    // Rows of the table in README.md, "The national questionnaire and the example data".
    const readme = readFileSync("README.md", "utf8");
    const rows = [...readme.matchAll(/^\| (Examplia \d{4} \(v\d\)|Sampleland 2026 draft \(v2\)) \|(.*)\|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(["Examplia 2022 (v1)", "Examplia 2024 (v1)", "Examplia 2026 (v2)", "Sampleland 2026 draft (v2)"]);
    const oneDecimal = (n: number | null) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n!);
    const names = ["examplia-2022", "examplia-2024", "examplia-2026", "sampleland-2026-draft"];
    rows.forEach((row, k) => {
      const r = score(loadSeed(names[k]!));
      const computed = [...r.dimensions.map((d) => oneDecimal(d.score)), oneDecimal(r.overall), `${Math.round(r.coverage * 100)}%`];
      expect(row[2]!.split("|").map((c) => c.trim()), row[1]).toEqual(computed);
    });
  });
});

describe("the story the scores tell (scoring method 2, each year on its own questionnaire version)", () => {
  const results = examplia.map(score);
  const dims = (r: AssessmentResult) => Object.fromEntries(r.dimensions.map((d) => [d.dimension.id, Number(d.score!.toFixed(1))]));

  it("scores per dimension and overall, as the app shows them", () => {
    expect(results.map(dims)).toEqual([
      { institutional: 30.4, costs: 32.9, rights: 29.4, integration: 20, development: 27 },
      { institutional: 61.5, costs: 60.6, rights: 51.9, integration: 45, development: 51.5 },
      { institutional: 75.8, costs: 59.6, rights: 70, integration: 51.4, development: 56.4 },
    ]);
    expect(results.map((r) => Number(r.overall!.toFixed(1)))).toEqual([27.9, 54.1, 62.7]);
    expect(results.map((r) => r.overallCategory!.id)).toEqual(["requires-progress", "partially-meets", "meets"]);
  });

  it("2022 -> 2024: the reform years after the migration policy; every dimension rises", () => {
    for (const [k, d] of results[1]!.dimensions.entries()) expect(d.score!, d.dimension.id).toBeGreaterThan(results[0]!.dimensions[k]!.score!);
  });

  it("2024 -> 2026: overall still rises, but the costs dimension falls back below 'Meets' in the 2025 fiscal crisis", () => {
    expect(results[2]!.overall!).toBeGreaterThan(results[1]!.overall!);
    const costs = results.map((r) => r.dimensions.find((d) => d.dimension.id === "costs")!);
    expect(costs[2]!.score!).toBeLessThan(costs[1]!.score!);
    expect([costs[1]!.category!.id, costs[2]!.category!.id]).toEqual(["meets", "partially-meets"]);
  });

  it("a few Don't know, each with a comment saying who is finding out", () => {
    const dontKnow = examplia.map((a) => Object.entries(a.answers).filter(([, x]) => x.choice.kind === "dontKnow"));
    expect(dontKnow.map((list) => list.map(([id]) => id))).toEqual([
      ["dev.remit.matching", "integ.return.monitoring", "rights.ssa.trade"],
      ["costs.recruit.who-code"],
      ["costs.pathways.mode4", "dev.diaspora.philanthropy", "inst.subnational.plans"],
    ]);
    for (const [id, x] of dontKnow.flat()) {
      expect(x.comment, id).toMatch(/\b(Directorate|Department|Unit)\b/); // who is finding out
      expect(x.comment, id).toMatch(/\b(asked|sent|reading)\b/); // and how
    }
  });
});

describe("regressions between years", () => {
  const comparison = compare(y2022, y2024, y2026);
  const regressed = (step: number) => comparison.indicators.filter((i) => i.steps[step]!.status === "regressed").map((i) => i.id);

  it("2022 -> 2024: the register of nationals abroad fell out of date when its software was retired", () => {
    expect(regressed(0)).toEqual(["rights.consular.register"]);
    expect(y2024.answers["rights.consular.register"]!.comment).toMatch(/^Regression: .*software/);
  });

  it("2024 -> 2026: the council after the reshuffle, the price comparison site and the diaspora knowledge programme after the budget cuts", () => {
    expect(regressed(1)).toEqual([
      "inst.imc.meets",
      "costs.remit.comparison-site",
      "costs.remit.comparison-updated", // no longer asked once the site is gone: counts 0
      "dev.diaspora.knowledge",
    ]);
    expect(y2026.answers["inst.imc.meets"]!.comment).toMatch(/^Regression: .*reshuffle/);
    expect(y2026.answers["costs.remit.comparison-site"]!.comment).toMatch(/^Regression: .*fiscal consolidation/);
    expect(y2026.answers["costs.remit.comparison-updated"]).toBeUndefined();
    expect(y2026.answers["dev.diaspora.knowledge"]!.comment).toMatch(/^Regression: .*fiscal consolidation/);
    expect(y2026.answers["dev.diaspora.knowledge"]!.evidence).toMatch(/Supplementary Finance Law 2025/);
  });
});

describe("2024 (version 1) against 2026 (version 2)", () => {
  const { summary, indicators } = compare(y2024, y2026);
  const step = v2.upgrades!.find((u) => u.version === 2)!;
  const v1Ids = new Set(v1.indicators.map((i) => i.id));
  const splitTargets = step.changes.flatMap((c) => (c.kind === "split" ? c.to : []));
  const renamedTargets = step.changes.flatMap((c) => (c.kind === "renamed" ? [c.to] : []));
  const rescaled = step.changes.flatMap((c) => (c.kind === "rescaled" ? [c.indicator] : []));
  const retired = step.changes.flatMap((c) => (c.kind === "retired" ? c.ids : []));
  const withReason = (reason: string) => indicators.filter((i) => i.overall.reason === reason).map((i) => i.id);

  it("added, retired and not comparable come from the questionnaire's upgrade step", () => {
    const added = v2.indicators.filter((i) => !v1Ids.has(i.id) && !splitTargets.includes(i.id) && !renamedTargets.includes(i.id));
    expect(summary.added).toBe(added.length);
    expect(indicators.filter((i) => i.overall.status === "added").map((i) => i.id).sort()).toEqual(added.map((i) => i.id).sort());
    expect(indicators.filter((i) => i.overall.status === "retired").map((i) => i.id).sort()).toEqual([...retired].sort());
    expect(withReason("scaleChanged").sort()).toEqual([...rescaled].sort());
    // Both parts of the dual-citizenship split are context questions now.
    expect(withReason("context").sort()).toEqual([...splitTargets].sort());
    // Destination questions with the same scale: asked in neither year of a country of origin.
    const sameDestination = v2.indicators.filter((i) => i.perspective === "destination" && v1Ids.has(i.id) && !rescaled.includes(i.id) && i.scored);
    expect(withReason("outOfScopeEither").sort()).toEqual(sameDestination.map((i) => i.id).sort());
    expect(withReason("answeredOneSide")).toEqual(["costs.recruit.who-code"]); // Don't know in 2024
  });

  it("in numbers", () => {
    expect(summary).toEqual({ improved: 36, regressed: 4, unchanged: 26, added: 68, retired: 6, notComparable: 27 });
    expect([rescaled.length, splitTargets.length, withReason("outOfScopeEither").length]).toEqual([16, 2, 8]);
  });
});

describe("upgrading the version 1 years to version 2 loses no answer", () => {
  const step = v2.upgrades!.find((u) => u.version === 2)!;
  /** Where an answer to a version 1 indicator may be found in version 2. */
  const targetsOf = (id: string): string[] => {
    for (const c of step.changes) {
      if (c.kind === "renamed" && c.from === id) return [c.to];
      if (c.kind === "split" && c.from === id) return c.to;
    }
    return [id];
  };
  const archived = (archive: Record<string, Answer>, id: string): Answer[] =>
    Object.entries(archive).filter(([key]) => key === id || key.startsWith(`${id}.v`)).map(([, a]) => a);

  it.each([y2022, y2024])("$id", (a) => {
    const up = upgradeAssessment(a, v2);
    if (!up.ok) throw new Error(up.message);
    const { answers, archive } = up.assessment;
    expect(up.assessment.questionnaire).toEqual({ id: "picmd-national", version: 2 });
    let copies = 0;
    for (const [id, before] of Object.entries(a.answers)) {
      const carried = targetsOf(id).filter((t) => answers[t] && answers[t].evidence === before.evidence && answers[t].updatedAt === before.updatedAt);
      const kept = archived(archive, id);
      expect(carried.length + kept.length, `${a.id}: ${id} is lost`).toBeGreaterThan(0);
      for (const k of kept) expect(k).toEqual(before);
      copies += Math.max(0, carried.length - 1);
    }
    // Counted: every answer is either carried (a split copies it) or archived, nothing else appears.
    expect(Object.keys(answers).length + Object.keys(archive).length).toBe(Object.keys(a.answers).length + copies);
    expect(scoreAssessment(v2, up.assessment).invalid).toEqual([]);
  });

  it("the archive holds the retired questions and the options the new scales do not map", () => {
    const archiveOf = (a: Assessment) => {
      const up = upgradeAssessment(a, v2);
      return up.ok ? Object.keys(up.assessment.archive).sort() : [];
    };
    const retiredAnswered = ["dev.diaspora.attaches", "dev.diaspora.board", "dev.diaspora.board-met", "dev.remit.plan", "inst.conv.icrmw", "inst.conv.ilo-c97-c143"];
    // dual citizenship "one way" has no place in either new context question; the census and
    // trafficking scales map only "none"; "3 to 5 of 8" focal points has no share on the new scale.
    expect(archiveOf(y2022)).toEqual([...retiredAnswered, "inst.data.census", "rights.political.dual-citizenship", "rights.trafficking"].sort());
    expect(archiveOf(y2024)).toEqual([...retiredAnswered, "inst.data.census", "inst.focal.coverage", "rights.political.dual-citizenship", "rights.trafficking"].sort());
  });
});

// ---------------------------------------------------------------------------------------
// Consistency: answers that cannot both be true. "If A is one of these, B must not be one
// of those." Tokens besides option ids: "dontKnow", "notApplicable", "figure" (a number
// given), "unanswered". A rule is checked on every Examplia year whose questionnaire
// version has both indicators.
type Token = string;
interface Rule {
  why: string;
  if: [string, Token[]];
  thenNot: [string, Token[]];
}

const RULES: Rule[] = [
  // The review's examples (section 9).
  { why: "a binding ethical recruitment code while recruitment fees are unregulated", if: ["costs.recruit.ethical-code", ["binding", "binding-checked"]], thenNot: ["costs.recruit.fees", ["none", "dontKnow"]] },
  { why: "a remittance cost roadmap with corridor indicators while remittance data are unknown", if: ["costs.remit.roadmap", ["adopted", "monitored"]], thenNot: ["dev.remit.data", ["none", "dontKnow"]] },
  { why: "a monitored roadmap without the cost it monitors", if: ["costs.remit.roadmap", ["monitored"]], thenNot: ["costs.remit.price", ["dontKnow", "unanswered"]] },
  { why: "social remittances measured while money remittances are unknown", if: ["dev.social-remittances", ["measured", "used"]], thenNot: ["dev.remit.data", ["none", "dontKnow"]] },
  { why: "a diaspora board by decree while there is no consultation at all", if: ["dev.diaspora.board", ["formal", "formal-open"]], thenNot: ["inst.advisory.council", ["none"]] },
  { why: "a diaspora board that met while there is no consultation at all", if: ["dev.diaspora.board-met", ["once", "twice", "answered"]], thenNot: ["inst.advisory.council", ["none"]] },
  // The pairs version 1 counted twice (review section 3) must at least agree.
  { why: "a remittance roadmap adopted with no remittance plan at all", if: ["costs.remit.roadmap", ["adopted", "monitored"]], thenNot: ["dev.remit.plan", ["none"]] },
  { why: "publicly funded pre-departure courses without any pre-departure orientation", if: ["costs.info.predeparture", ["none", "printed"]], thenNot: ["integ.orientation", ["funded", "linked"]] },
  { why: "diaspora attachés in embassies whose consulates only issue documents", if: ["dev.diaspora.attaches", ["some", "main"]], thenNot: ["rights.consular.assistance", ["documents-only"]] },
  { why: "C189 ratified while domestic workers are outside labour law", if: ["inst.conv.ilo-c189", ["ratified"]], thenNot: ["rights.gender.domestic-workers", ["excluded"]] },
  // Other pairs a reader would catch.
  { why: "fees banned and enforced with no sanction ever applied", if: ["costs.recruit.fees", ["ban-enforced"]], thenNot: ["costs.recruit.sanctions", ["none"]] },
  { why: "a recruitment cost figure with no measurement of recruitment costs", if: ["costs.recruit.cost-data", ["none"]], thenNot: ["costs.recruit.worker-cost", ["figure"]] },
  { why: "a remittance policy adopted while remittance data are unknown", if: ["dev.remit.policy", ["adopted", "monitored"]], thenNot: ["dev.remit.data", ["none", "dontKnow"]] },
  { why: "benefits paid abroad smoothly with nobody clearly in charge", if: ["rights.ssa.paid-abroad", ["working"]], thenNot: ["rights.ssa.institution", ["none", "unclear"]] },
  { why: "a published migration profile with no published migration statistics", if: ["inst.profile.exists", ["published"]], thenNot: ["inst.data.published", ["none"]] },
  { why: "a funded data observatory that publishes nothing beyond the census", if: ["inst.data.observatory", ["standing-funded"]], thenNot: ["inst.data.published", ["none", "census-only"]] },
  { why: "development plan indicators reported while the government tracks no indicator", if: ["inst.ndp.monitoring", ["reported"]], thenNot: ["inst.eval.impact", ["none"]] },
  { why: "crisis plans that contact nationals abroad without any register of them", if: ["rights.crisis.consular-contingency", ["country-plans", "tested"]], thenNot: ["rights.consular.register", ["none"]] },
  { why: "social security agreements that reach nationals abroad while none is in force", if: ["rights.ssa.agreements", ["none", "negotiating"]], thenNot: ["rights.ssa.coverage-share", ["figure"]] },
];

function tokensOf(answer: Answer | undefined): Token[] {
  const c = answer?.choice;
  if (!c) return ["unanswered"];
  if (c.kind === "option") return [c.optionId];
  if (c.kind === "number") return ["figure"];
  return [c.kind];
}

describe("answers never contradict each other", () => {
  it.each(RULES.map((r) => [r.why, r] as const))("not: %s", (_why, rule) => {
    const [a, whenA] = rule.if;
    const [b, notB] = rule.thenNot;
    let checked = 0;
    for (const year of examplia) {
      const ids = new Set(questionnaireOf(year).indicators.map((i) => i.id));
      if (!ids.has(a) || !ids.has(b)) continue;
      checked++;
      const holds = tokensOf(year.answers[a]).some((t) => whenA.includes(t));
      if (holds) expect(tokensOf(year.answers[b]).filter((t) => notB.includes(t)), `${year.id}: ${a} -> ${b}`).toEqual([]);
    }
    expect(checked, "the rule names indicators of at least one year's version").toBeGreaterThan(0);
  });

  it("each rule is tested against a seed where its premise holds, so the table is not vacuous", () => {
    const live = RULES.filter((r) => examplia.some((y) => tokensOf(y.answers[r.if[0]]).some((t) => r.if[1].includes(t))));
    expect(live.length).toBeGreaterThanOrEqual(12);
  });

  it("remittances above 1% of GDP are never waved away as Not applicable to macroeconomic policy", () => {
    const share = y2026.answers["dev.remit.inflows-gdp"]!.choice;
    expect(share.kind === "number" && share.value).toBeGreaterThanOrEqual(1);
    expect(y2026.answers["dev.remit.macro"]!.choice.kind).not.toBe("notApplicable");
  });

  it("across years: the same 2021 census, no ratification undone, at most one ratification a year", () => {
    expect(y2022.answers["inst.data.census"]!.choice).toEqual(y2024.answers["inst.data.census"]!.choice);
    const option = (a: Assessment, id: string) => (a.answers[id]?.choice.kind === "option" ? (a.answers[id]!.choice as { optionId: string }).optionId : "");
    // Ratifications of migrant-worker conventions, C189 and the Palermo protocols, counted per year.
    const v1Count = (a: Assessment) =>
      (["ratified", "ratified-reporting"].includes(option(a, "inst.conv.icrmw")) ? 1 : 0) +
      ({ one: 1, both: 2 }[option(a, "inst.conv.ilo-c97-c143")] ?? 0) +
      (option(a, "inst.conv.ilo-c189") === "ratified" ? 1 : 0) +
      ({ one: 1, both: 2 }[option(a, "inst.conv.palermo")] ?? 0);
    const v2Count = (a: Assessment) =>
      ({ one: 1, "two-plus": 2 }[option(a, "inst.conv.migrant-workers")] ?? 0) +
      (option(a, "inst.conv.ilo-c189") === "ratified" ? 1 : 0) +
      ({ one: 1, both: 2 }[option(a, "inst.conv.palermo")] ?? 0);
    const counts = [v1Count(y2022), v1Count(y2024), v2Count(y2026)];
    expect(counts).toEqual([2, 3, 5]);
    for (let k = 1; k < counts.length; k++) expect(counts[k]! - counts[k - 1]!).toBeLessThanOrEqual(examplia[k]!.year - examplia[k - 1]!.year);
  });
});

describe("evidence that reads like a ministry's", () => {
  it.each(examplia)("$id: every answer says who answered and when, every option and figure has evidence", (a) => {
    const times = Object.values(a.answers).map((x) => Date.parse(x.updatedAt));
    for (const [id, x] of Object.entries(a.answers)) {
      expect(x.answeredBy, id).not.toBe("");
      const t = Date.parse(x.updatedAt);
      expect(t, id).toBeGreaterThan(Date.parse(a.createdAt));
      expect(t, id).toBeLessThanOrEqual(Date.parse(a.updatedAt));
      if (x.choice.kind === "option" || x.choice.kind === "number") expect(x.evidence.length, id).toBeGreaterThan(40);
      expect(`${x.evidence} ${x.comment}`, id).not.toMatch(/\bfile [A-Z]{2}\/\d{4}\/\d+/); // the old filler
      for (const url of `${x.evidence} ${x.comment}`.match(/https?:\/\/[^\s,;)]+/g) ?? []) expect(new URL(url).hostname, `${id}: ${url}`).toMatch(/\.example$/);
    }
    // Answered over the assessment weeks, by the units that hold the evidence.
    expect((Math.max(...times) - Math.min(...times)) / 86_400_000).toBeGreaterThan(21);
    expect(new Set(Object.values(a.answers).map((x) => x.answeredBy)).size).toBeGreaterThanOrEqual(20);
    const evidence = Object.values(a.answers).map((x) => x.evidence).filter(Boolean);
    expect(new Set(evidence).size).toBe(evidence.length);
  });

  it("the units that would know answer: the central bank on remittance prices, the social security fund on portability", () => {
    expect(y2026.answers["costs.remit.price"]!.answeredBy).toMatch(/^Central Bank of Examplia/);
    expect(y2026.answers["dev.remit.data"]!.answeredBy).toMatch(/^Central Bank of Examplia/);
    for (const id of ["rights.ssa.agreements", "rights.ssa.coverage-share", "rights.ssa.paid-abroad", "rights.ssa.institution"]) {
      expect(y2026.answers[id]!.answeredBy, id).toMatch(/^National Social Security Fund/);
    }
  });
});
