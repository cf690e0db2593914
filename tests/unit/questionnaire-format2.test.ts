// Format 2 rules that have no broken fixture of their own, and bandScore.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { bandScore } from "../../src/domain/questionnaire/bands";
import { citationText, indicatorCitations } from "../../src/domain/questionnaire/sources";
import type { NumberSpec } from "../../src/domain/questionnaire/schema";
import { national, nationalV1 } from "./helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const miniJson = (): Json => JSON.parse(readFileSync("tests/fixtures/questionnaires/mini.json", "utf8"));
const numberIndicator = (number: Json, extra: Json = {}): Json => ({
  id: "rights.cost", dimension: "rights", perspective: "both", foundational: false, scaleVersion: 1,
  question: { en: "Cost?" }, help: { en: "Help." }, kind: "number", number,
  allowNotApplicable: false, evidencePrompt: { en: "Survey" }, action: { en: "Lower it." },
  leadMinistry: "labour", refs: { sdg: [], gcm: [] }, sources: [{ source: "gcm-ts4-2017" }], ...extra,
});
const unit = { en: "%" };
function problemsOf(q: Json): string[] {
  const r = validateQuestionnaire(q);
  return r.ok ? [] : r.problems.map((p) => `${p.where}: ${p.message}`);
}

describe("questionnaire format 2", () => {
  it("accepts the mini fixture and fills the defaults", () => {
    const r = validateQuestionnaire(miniJson());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.questionnaire.glossary).toEqual([]);
    expect(r.questionnaire.indicators[0]).toMatchObject({ kind: "choice", scored: true });
  });

  it("refuses format 1", () => {
    const q = miniJson();
    q.formatVersion = 1;
    expect(problemsOf(q)[0]).toMatch(/^formatVersion: /);
  });

  it("accepts a context question whose options have no score and no action", () => {
    const q = miniJson();
    const i = q.indicators[3];
    i.scored = false;
    delete i.action;
    for (const o of i.options) delete o.score;
    expect(problemsOf(q)).toEqual([]);
  });

  it("refuses scores on a context question and missing scores on a scored one", () => {
    const q = miniJson();
    q.indicators[3].scored = false;
    delete q.indicators[2].options[0].score;
    expect(problemsOf(q)).toEqual(expect.arrayContaining([
      'indicator rights.diaspora: option "no" has a score, but this is a context question (scored: false)',
      'indicator inst.budget: option "none" has no score',
    ]));
  });

  it("refuses a condition pointing at a context question", () => {
    const q = miniJson();
    q.indicators[0].scored = false;
    q.indicators[0].foundational = false;
    for (const o of q.indicators[0].options) delete o.score;
    expect(problemsOf(q)).toContain('indicator inst.meets: condition refers to "inst.body", a context question (conditions must point to a scored question)');
  });

  it("accepts an upward-closed condition and names each option missing from one that is not", () => {
    const q = miniJson();
    q.indicators[1].conditions = [{ indicator: "inst.body", optionIn: ["active", "paper"] }];
    expect(problemsOf(q)).toEqual([]);
    q.indicators[1].conditions = [{ indicator: "inst.body", optionIn: ["none"] }];
    expect(problemsOf(q)).toEqual([
      'indicator inst.meets: condition on "inst.body" is not upward-closed: option "paper" scores 5, at least as much as listed option "none", so it must be listed too',
      'indicator inst.meets: condition on "inst.body" is not upward-closed: option "active" scores 10, at least as much as listed option "none", so it must be listed too',
    ]);
  });

  it("checks sources and glossary: duplicates, unknown ids, missing texts", () => {
    const q = miniJson();
    q.sources.push({ ...q.sources[0] });
    q.glossary = [
      { id: "regularly", term: { en: "regularly" }, definition: { en: "At least once a year." } },
      { id: "regularly", term: { en: "regularly" }, definition: { en: "" } },
    ];
    q.indicators[0].terms = ["regularly", "published"];
    expect(problemsOf(q)).toEqual(expect.arrayContaining([
      'sources: source id "gcm-ts4-2017" is used twice',
      'glossary: glossary id "regularly" is used twice',
      'glossary regularly: definition has no "en" text',
      'indicator inst.body: uses glossary term "published", which is not in the glossary',
    ]));
  });

  it("refuses a malformed source date with the field named", () => {
    const q = miniJson();
    q.sources[0].date = "July 2017";
    expect(problemsOf(q)).toEqual(["sources.0.date: dates look like 2007, 2007-03 or 2007-03-07"]);
  });

  describe("number questions", () => {
    const bands = [{ atMost: 3, score: 10 }, { atMost: 5, score: 6 }, { atMost: 100, score: 0 }];
    const withNumber = (number: Json, extra: Json = {}) => {
      const q = miniJson();
      q.indicators.push(numberIndicator(number, extra));
      return problemsOf(q);
    };

    it("accepts banded and context figures", () => {
      expect(withNumber({ unit, min: 0, max: 100, decimals: 1, bands })).toEqual([]);
      expect(withNumber({ unit, min: 0, max: 100, decimals: 1 }, { scored: false })).toEqual([]);
    });

    it("refuses unordered bands, no 10, bands starting below min, scores out of range", () => {
      expect(withNumber({ unit, min: 0, max: 100, decimals: 1, bands: [{ atMost: 5, score: 6 }, { atMost: 3, score: 10 }, { atMost: 100, score: 0 }] })).toContain(
        "indicator rights.cost: band 2 ends at 3, not above band 1's 5 (bands must be in ascending order)",
      );
      expect(withNumber({ unit, min: 0, max: 100, decimals: 1, bands: [{ atMost: 100, score: 8 }] })).toEqual([
        "indicator rights.cost: no band scores 10 (full marks must be reachable)",
      ]);
      expect(withNumber({ unit, min: 10, max: 100, decimals: 1, bands: [{ atMost: 5, score: 10 }, { atMost: 100, score: 11 }] })).toEqual([
        "indicator rights.cost: band 2 has score 11, outside 0-10",
        "indicator rights.cost: band 1 ends at 5, below the minimum 10",
      ]);
    });

    it("refuses a scored figure without bands, bands on a context figure, options, an empty range", () => {
      expect(withNumber({ unit, min: 0, max: 100, decimals: 1 })).toEqual([
        "indicator rights.cost: is a number question without bands, so it must be a context question (scored: false)",
      ]);
      expect(withNumber({ unit, min: 0, max: 100, decimals: 1, bands }, { scored: false })).toEqual([
        "indicator rights.cost: is a context question (scored: false) but has bands: remove the bands or score it",
      ]);
      expect(withNumber({ unit, min: 5, max: 5, decimals: 0, bands: [{ atMost: 5, score: 10 }] }, {
        options: [{ id: "a", label: { en: "A" }, score: 0 }],
      })).toEqual([
        'indicator rights.cost: is kind "number", so it has no options',
        "indicator rights.cost: number range is empty: min 5 is not below max 5",
      ]);
    });

    it("refuses a number question without its number block, and a choice question with one", () => {
      const q = miniJson();
      q.indicators.push(numberIndicator(undefined));
      q.indicators[0].number = { unit, min: 0, max: 1, decimals: 0 };
      expect(problemsOf(q)).toEqual([
        'indicator inst.body: has a "number" block but is not kind "number"',
        'indicator rights.cost: is kind "number" but has no "number" block (unit, min, max, decimals)',
      ]);
    });
  });
});

describe("bandScore", () => {
  const spec: NumberSpec = { unit, min: 0, max: 100, decimals: 1, bands: [{ atMost: 3, score: 10 }, { atMost: 5, score: 6 }, { atMost: 100, score: 0 }] };
  it("puts each boundary in the band that ends there", () => {
    expect(bandScore(spec, 0)).toBe(10);
    expect(bandScore(spec, 3)).toBe(10);
    expect(bandScore(spec, 3.1)).toBe(6);
    expect(bandScore(spec, 5)).toBe(6);
    expect(bandScore(spec, 5.4)).toBe(0);
    expect(bandScore(spec, 100)).toBe(0);
  });
  it("gives null outside the range, for a non-number, and without bands", () => {
    expect(bandScore(spec, -0.1)).toBeNull();
    expect(bandScore(spec, 100.1)).toBeNull();
    expect(bandScore(spec, Number.NaN)).toBeNull();
    expect(bandScore({ ...spec, bands: undefined }, 2)).toBeNull();
  });
});

describe("readable citations", () => {
  const v1 = nationalV1();
  const v2 = national();
  it("reads short name and section in each language, never a file name", () => {
    const imc = v1.indicators.find((i) => i.id === "inst.imc.exists")!;
    expect(indicatorCitations(v1, imc, "en")).toEqual([
      "GFMD Brussels 2007, Roundtable 3, introduction",
      "GFMD Brussels 2007, Roundtable 3, session 3.2",
      "GCM thematic session 4, 2017, section III.b (policy coherence)",
    ]);
    expect(citationText(v1, imc.sources[1]!, "fr")).toBe("FMMD Bruxelles 2007, table ronde 3, séance 3.2");
    expect(citationText(v1, imc.sources[1]!, "es")).toBe("FMMD Bruselas 2007, mesa redonda 3, sesión 3.2");
    for (const q of [v1, v2]) for (const i of q.indicators) for (const locale of ["en", "fr", "es", "ar"]) {
      const texts = indicatorCitations(q, i, locale);
      expect(texts.length, `${q.version} ${i.id}`).toBeGreaterThan(0);
      for (const text of texts) expect(text).not.toMatch(/\.txt|§/);
    }
  });
  it("cites only catalogue sources, all five seeds among them; the others are marked outside the seeds", () => {
    for (const q of [v1, v2]) {
      expect(q.sources.filter((s) => !s.outsideSeeds).map((s) => s.id).sort()).toEqual(
        ["gcm-ts4-2017", "gfmd-2007-roundtables", "gfmd-2017-hlpf", "undesa-2014-cm12", "unitar-2007-partnerships"],
      );
      expect(q).toMatchObject({ id: "picmd-national", formatVersion: 2 });
    }
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(v2.sources.filter((s) => s.outsideSeeds).length).toBeGreaterThan(10);
  });
});
