// The Federation of Sampleland's 2026 draft (seeds/sampleland-2026-draft.json): a country of
// destination on questionnaire version 2, led by its labour ministry, still a work in progress.
// Checks that every answer is one version 2 offers a destination, that the draft is a draft,
// and that no two answers contradict each other.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/domain/document/read";
import { scoreAssessment } from "../../src/domain/scoring/score";
import { perspectiveMatches, shownIndicatorIds } from "../../src/domain/scoring/applicability";
import { sectionProgress } from "../../src/domain/assessment/progress";
import type { Answer, Assessment, Choice } from "../../src/domain/assessment/assessment";
import { national } from "./helpers";

const text = readFileSync("seeds/sampleland-2026-draft.json", "utf8");
const read = readDocumentText(text);
if (!read.ok) throw new Error(JSON.stringify(read.problems));
const seed: Assessment = read.document.assessment;
const q = national();
const byId = new Map(q.indicators.map((i) => [i.id, i]));
const ministryNames = new Set(q.ministries.map((m) => m.name.en));
const entries = Object.entries(seed.answers);

type Answers = Readonly<Record<string, Answer>>;
const option = (a: Answers, id: string): string | undefined => {
  const c = a[id]?.choice;
  return c?.kind === "option" ? c.optionId : undefined;
};
const kind = (a: Answers, id: string) => a[id]?.choice.kind;

describe("Sampleland 2026 draft: the file", () => {
  it("reads as a current document (format 2) of questionnaire picmd-national version 2, destination", () => {
    expect(read.document.formatVersion).toBe(2);
    expect(read.migratedFrom).toBeNull();
    expect(seed.questionnaire).toEqual({ id: "picmd-national", version: 2 });
    expect(q.version).toBe(2);
    expect(seed).toMatchObject({ country: "Federation of Sampleland", year: 2026, perspective: "destination", leadMinistry: "Ministry of Labour and Employment" });
    expect(seed.archive).toEqual({});
  });

  it("answers only questions version 2 shows a destination, with choices those questions offer", () => {
    const shown = shownIndicatorIds(q.indicators, "destination", seed.answers);
    expect(entries.length).toBeGreaterThan(70);
    for (const [id, answer] of entries) {
      const indicator = byId.get(id);
      expect(indicator, id).toBeDefined();
      expect(perspectiveMatches(indicator!, "destination"), id).toBe(true);
      expect(shown.has(id), `${id} is a follow-up whose condition does not hold`).toBe(true);
      const c = answer.choice;
      if (c.kind === "option") {
        expect(indicator!.kind, id).toBe("choice");
        expect(indicator!.options.map((o) => o.id), id).toContain(c.optionId);
      }
      if (c.kind === "number") {
        const n = indicator!.number!;
        expect(indicator!.kind, id).toBe("number");
        expect(c.value, id).toBeGreaterThanOrEqual(n.min);
        expect(c.value, id).toBeLessThanOrEqual(n.max);
        expect(Number(c.value.toFixed(n.decimals)), id).toBe(c.value);
        expect(c.year, id).toBeLessThanOrEqual(seed.year);
        expect(c.year, id).toBeGreaterThanOrEqual(seed.year - 4);
      }
      if (c.kind === "notApplicable") expect(indicator!.allowNotApplicable, `${id}: Not applicable is not offered`).toBe(true);
    }
    expect(scoreAssessment(q, seed).invalid).toEqual([]);
  });

  it("gives the remittance price of the outbound corridors and the recruitment cost as measured figures", () => {
    expect(seed.answers["costs.remit.price"]!.choice).toEqual({ kind: "number", value: 6.4, year: 2025 });
    expect(seed.answers["costs.recruit.worker-cost"]!.choice).toEqual({ kind: "number", value: 2.8, year: 2023 });
  });
});

describe("Sampleland 2026 draft: a work in progress", () => {
  const result = scoreAssessment(q, seed);
  const progress = new Map(sectionProgress(q, seed).map((s) => [s.dimensionId, s]));

  it("is a draft with between half and nine tenths of its applicable questions answered", () => {
    expect(result.isDraft).toBe(true);
    expect(result.coverage).toBeGreaterThan(0.5);
    expect(result.coverage).toBeLessThan(0.9);
  });

  it("has costs completed, three sections under way and integration not started", () => {
    expect(Object.fromEntries([...progress].map(([id, s]) => [id, s.status]))).toEqual({
      institutional: "inProgress",
      costs: "completed",
      rights: "inProgress",
      integration: "notStarted",
      development: "inProgress",
    });
    const integration = result.dimensions.find((d) => d.dimension.id === "integration")!;
    expect(integration.counts.applicable).toBeGreaterThan(10);
    expect(integration.counts.missing).toBe(integration.counts.applicable);
    expect(integration.score).toBe(0);
  });

  it("marks a section completed only when every question it shows is answered", () => {
    for (const id of seed.completedSections) {
      const section = progress.get(id)!;
      expect(section.shownIds.filter((shownId) => !seed.answers[shownId]), id).toEqual([]);
    }
  });

  it("answers the context questions (policy choices) of the sections it has started", () => {
    const started = new Set([...progress.values()].filter((s) => s.status !== "notStarted").map((s) => s.dimensionId));
    const context = q.indicators.filter((i) => !i.scored && started.has(i.dimension) && progress.get(i.dimension)!.shownIds.includes(i.id));
    expect(context.map((i) => i.id).sort()).toEqual([
      "dev.cooperation.conditionality",
      "rights.detention.irregular-stay",
      "rights.labour.complaints",
      "rights.political.citizenship-naturalising",
    ]);
    for (const i of context) expect(seed.answers[i.id], i.id).toBeDefined();
  });

  it("has a few Don't know answers, each saying who is finding out and by when", () => {
    const dontKnow = entries.filter(([, a]) => a.choice.kind === "dontKnow");
    expect(dontKnow.length).toBeGreaterThanOrEqual(2);
    expect(dontKnow.length).toBeLessThanOrEqual(5);
    for (const [id, a] of dontKnow) {
      expect(a.comment, id).toMatch(/Ministry|Office|Department|Institute|Unit/);
      expect(a.comment, id).toMatch(/\bby (the end of )?\d{0,2} ?(January|February|March|April|May|June|July|August|September|October|November|December)\b/);
    }
  });
});

describe("Sampleland 2026 draft: a destination's own story", () => {
  it("has ratified none of the migrant-worker conventions and is led by its labour ministry", () => {
    expect(option(seed.answers, "inst.conv.migrant-workers")).toBe("none");
    expect(seed.answers["inst.conv.migrant-workers"]!.evidence).toMatch(/neither signed nor ratified the 1990 UN Migrant Workers Convention/);
    expect(option(seed.answers, "inst.imc.exists")).toBe("formal-no-dev");
    expect(seed.answers["inst.imc.exists"]!.evidence).toMatch(/chaired by Labour/);
  });

  it("answers Not applicable, with its reason, to the questions that assume a development cooperation programme", () => {
    const notApplicable = entries.filter(([, a]) => a.choice.kind === "notApplicable");
    expect(notApplicable.map(([id]) => id).sort()).toEqual([
      "dev.cooperation",
      "dev.cooperation.cofinancing",
      "dev.cooperation.conditionality",
      "dev.scholarships",
      "rights.ssa.capacity-support",
    ]);
    for (const [id, a] of notApplicable) {
      const reason = (a.choice as Extract<Choice, { kind: "notApplicable" }>).reason;
      expect(reason, id).toMatch(/no development cooperation programme/);
      expect(reason.length, id).toBeGreaterThan(80);
    }
  });

  it("does not copy Examplia: no answer's evidence appears in an Examplia seed", () => {
    const examplia = ["examplia-2022", "examplia-2024", "examplia-2026"].map((f) => readFileSync(`seeds/${f}.json`, "utf8")).join("\n");
    for (const [id, a] of entries) if (a.evidence) expect(examplia.includes(JSON.stringify(a.evidence)), id).toBe(false);
  });
});

describe("Sampleland 2026 draft: evidence a ministry would write", () => {
  it("gives every option and figure its own evidence, with no filler file numbers", () => {
    const given = entries.filter(([, a]) => a.choice.kind === "option" || a.choice.kind === "number");
    for (const [id, a] of given) {
      expect(a.evidence.length, id).toBeGreaterThan(50);
      expect(a.evidence, id).not.toMatch(/^[^.]*, file [A-Z]{2}\/\d{4}\/\d{3}\.$/);
    }
    const evidence = given.map(([, a]) => a.evidence);
    expect(new Set(evidence).size).toBe(evidence.length);
  });

  it("cites laws, decisions, budget lines and minutes, and only fictional .example web addresses", () => {
    const all = entries.map(([, a]) => `${a.evidence} ${a.comment}`).join("\n");
    expect(all).toMatch(/Act No\. \d+ of \d{4}/);
    expect(all).toMatch(/Cabinet Decision No\. \d+/);
    expect(all).toMatch(/Budget Act 2026, Vote \d+/);
    expect(all).toMatch(/SLM [\d.,]+( million)?/);
    expect(all).toMatch(/[Mm]inutes/);
    expect(all).toMatch(/[Mm]emorand(um|a)/);
    const urls = all.match(/https?:\/\/[^\s,)]+/g) ?? [];
    expect(new Set(urls).size).toBeGreaterThanOrEqual(5);
    for (const url of urls) expect(new URL(url.replace(/\.$/, "")).hostname, url).toMatch(/\.example$/);
  });

  it("names a ministry of the questionnaire's catalogue as the one that answered", () => {
    for (const [id, a] of entries) expect(ministryNames.has(a.answeredBy), `${id}: ${a.answeredBy}`).toBe(true);
    expect(new Set(entries.map(([, a]) => a.answeredBy)).size).toBeGreaterThanOrEqual(10);
  });

  it("was answered over the weeks of the draft, the last change being the assessment's", () => {
    const times = entries.map(([, a]) => a.updatedAt).sort();
    for (const t of times) {
      expect(t >= seed.createdAt).toBe(true);
      expect(t <= seed.updatedAt).toBe(true);
    }
    expect(times.at(-1)).toBe(seed.updatedAt);
    expect(new Set(times.map((t) => t.slice(0, 10))).size).toBeGreaterThanOrEqual(15);
    const weeks = (Date.parse(times.at(-1)!) - Date.parse(times[0]!)) / (7 * 86400000);
    expect(weeks).toBeGreaterThan(6);
  });
});

/** Two answers that cannot both be true (questionnaire review, section 9). */
interface Rule {
  name: string;
  broken: (a: Answers) => boolean;
  /** Answers that, put over the seed's, contradict: proof the rule can fail. */
  counterExample: Record<string, Choice>;
}

const opt = (optionId: string): Choice => ({ kind: "option", optionId });
const usableRemittanceData = (a: Answers) => option(a, "dev.remit.data") !== undefined && option(a, "dev.remit.data") !== "none";
const givesAid = (a: Answers, id: string) => kind(a, id) === "option";

const rules: Rule[] = [
  {
    name: "a binding ethical recruitment code while recruitment fees are unregulated",
    broken: (a) => ["binding", "binding-checked"].includes(option(a, "costs.recruit.ethical-code") ?? "") && [undefined, "none"].includes(option(a, "costs.recruit.fees")),
    counterExample: { "costs.recruit.ethical-code": opt("binding"), "costs.recruit.fees": opt("none") },
  },
  {
    name: "a remittance cost roadmap with corridor indicators while the cost or the corridor data are unknown",
    broken: (a) => ["adopted", "monitored"].includes(option(a, "costs.remit.roadmap") ?? "") && (kind(a, "costs.remit.price") !== "number" || !usableRemittanceData(a)),
    counterExample: { "costs.remit.roadmap": opt("adopted"), "costs.remit.price": { kind: "dontKnow" } },
  },
  {
    name: "social remittances measured while money remittances are not",
    broken: (a) => ["measured", "used"].includes(option(a, "dev.social-remittances") ?? "") && !usableRemittanceData(a),
    counterExample: { "dev.social-remittances": opt("measured"), "dev.remit.data": { kind: "dontKnow" } },
  },
  {
    name: "support to diaspora organisations while no consultation of migrants takes place",
    broken: (a) => option(a, "inst.advisory.council") === "none" && ![undefined, "none"].includes(option(a, "dev.diaspora.host-support")),
    counterExample: { "inst.advisory.council": opt("none"), "dev.diaspora.host-support": opt("programme") },
  },
  {
    name: "the Domestic Workers Convention ratified while domestic workers lack core protections",
    broken: (a) => option(a, "inst.conv.ilo-c189") === "ratified" && ["excluded", "partial"].includes(option(a, "rights.gender.domestic-workers") ?? ""),
    counterExample: { "inst.conv.ilo-c189": opt("ratified") },
  },
  {
    name: "a firewall for labour complaints while workers without a permit cannot bring a claim",
    broken: (a) => option(a, "rights.labour.complaints") === "firewall" && option(a, "rights.labour.remedies") === "barred",
    counterExample: { "rights.labour.complaints": opt("firewall"), "rights.labour.remedies": opt("barred") },
  },
  {
    name: "public employment matching under government-to-government arrangements while no labour agreement is in force",
    broken: (a) => ["matching", "matching-reported"].includes(option(a, "costs.pathways.public-employment") ?? "") && option(a, "rights.bla.protections") === "none",
    counterExample: { "rights.bla.protections": opt("none") },
  },
  {
    name: "social security agreements in force while no pension can be paid abroad",
    broken: (a) => ["some", "most", "all-main"].includes(option(a, "rights.ssa.agreements") ?? "") && option(a, "rights.ssa.benefit-range") === "none",
    counterExample: { "rights.ssa.benefit-range": opt("none") },
  },
  {
    name: "a recruitment cost figure while recruitment costs are not measured and no outside survey is cited",
    broken: (a) =>
      kind(a, "costs.recruit.worker-cost") === "number" &&
      option(a, "costs.recruit.cost-data") === "none" &&
      !/ILO|KNOMAD|World Bank/.test(a["costs.recruit.worker-cost"]!.evidence),
    counterExample: { "costs.recruit.cost-data": opt("none") },
  },
  {
    name: "no development cooperation programme while another answer describes aid",
    broken: (a) =>
      kind(a, "dev.cooperation") === "notApplicable" &&
      ["dev.cooperation.cofinancing", "dev.cooperation.conditionality", "dev.scholarships", "rights.ssa.capacity-support"].some((id) => givesAid(a, id)),
    counterExample: { "dev.scholarships": opt("programme") },
  },
];

describe("Sampleland 2026 draft: answers that agree with each other", () => {
  it.each(rules.map((r) => [r.name, r] as const))("does not contradict itself: %s", (_name, rule) => {
    expect(rule.broken(seed.answers)).toBe(false);
    const contradicted: Record<string, Answer> = { ...seed.answers };
    for (const [id, choice] of Object.entries(rule.counterExample)) {
      const indicator = byId.get(id)!;
      if (choice.kind === "option") expect(indicator.options.map((o) => o.id), id).toContain(choice.optionId);
      contradicted[id] = { ...(seed.answers[id] ?? { evidence: "", comment: "", answeredBy: "", updatedAt: seed.updatedAt }), choice };
    }
    expect(rule.broken(contradicted)).toBe(true);
  });
});
