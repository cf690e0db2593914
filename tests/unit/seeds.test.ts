import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/domain/document/read";
import { scoreAssessment } from "../../src/domain/scoring/score";
import type { Assessment } from "../../src/domain/assessment/assessment";
import { national } from "./helpers";

function loadSeed(name: string): Assessment {
  const result = readDocumentText(readFileSync(`seeds/${name}.json`, "utf8"));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.document.assessment;
}

describe("example data (seeds/)", () => {
  const q = national();
  const score = (a: Assessment) => scoreAssessment(q, a);

  it("every seed file reads as a current document of the national questionnaire", () => {
    const files = readdirSync("seeds").filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const a = loadSeed(file.replace(/\.json$/, ""));
      expect(a.questionnaire).toEqual({ id: q.id, version: q.version });
      for (const [id, answer] of Object.entries(a.answers)) {
        const indicator = q.indicators.find((i) => i.id === id);
        expect(indicator, `${file}: ${id}`).toBeDefined();
        if (answer.choice.kind === "option") expect(indicator!.options.map((o) => o.id)).toContain(answer.choice.optionId);
      }
    }
  });

  it("three complete years of the same fictional country, improving overall", () => {
    const years = ["examplia-2022", "examplia-2024", "examplia-2026"].map(loadSeed);
    expect(new Set(years.map((a) => a.country))).toEqual(new Set(["Republic of Examplia"]));
    const results = years.map(score);
    for (const r of results) {
      expect(r.coverage).toBe(1);
      expect(r.isDraft).toBe(false);
    }
    expect(results[0]!.overall!).toBeLessThan(results[1]!.overall!);
    expect(results[1]!.overall!).toBeLessThan(results[2]!.overall!);
  });

  it("shows a regression in 2026: the remittance comparison site and the fee cap", () => {
    const [y2024, y2026] = ["examplia-2024", "examplia-2026"].map(loadSeed);
    const value = (a: Assessment, id: string) =>
      score(a).dimensions.flatMap((d) => d.indicators).find((r) => r.indicator.id === id)!.value!;
    expect(value(y2026!, "costs.remit.comparison-site")).toBeLessThan(value(y2024!, "costs.remit.comparison-site"));
    expect(value(y2026!, "costs.recruit.fees")).toBeLessThan(value(y2024!, "costs.recruit.fees"));
  });

  it("includes a half-finished draft", () => {
    const draft = score(loadSeed("sampleland-2026-draft"));
    expect(draft.isDraft).toBe(true);
    expect(draft.coverage).toBeGreaterThan(0.2);
    expect(draft.coverage).toBeLessThan(0.8);
  });

  it("scores as the README says under scoring method 2 (What changed from method 1)", () => {
    const oneDecimal = (n: number | null) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n!);
    const overall = ["examplia-2022", "examplia-2024", "examplia-2026", "sampleland-2026-draft"].map((name) => oneDecimal(score(loadSeed(name)).overall));
    expect(overall).toEqual(["26.3", "48.3", "66.8", "18.1"]);
    const y2026 = score(loadSeed("examplia-2026")).dimensions.map((d) => [d.dimension.id, oneDecimal(d.score)]);
    expect(y2026).toEqual([["institutional", "76.9"], ["costs", "58.2"], ["rights", "70.6"], ["integration", "61.7"], ["development", "66.3"]]);
  });
});
