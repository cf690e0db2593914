import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { checkFile } from "../../scripts/check-questionnaires";

const dir = "tests/fixtures/questionnaires/broken";
const expected: Record<string, string[]> = {
  "duplicate-id": ["indicator inst.body", 'indicator id "inst.body" is used more than once'],
  "condition-missing-indicator": ["indicator inst.meets", 'condition refers to indicator "inst.nothing", which does not exist'],
  "condition-missing-option": ["indicator inst.meets", 'condition refers to option "sometimes", which indicator "inst.body" does not have'],
  "score-out-of-range": ["indicator inst.body", 'option "active" has score 12, outside 0-10'],
  "missing-citation": ["indicator rights.diaspora", "has no source citation"],
  "missing-action": ["indicator rights.health", "has no recommended action"],
  "missing-english": ["indicator inst.budget", 'question has no "en" text'],
  "unknown-ministry": ["indicator inst.body", 'lead ministry "defence" is not in the ministries list'],
  "band-gap": ["indicator rights.remit-cost", "bands end at 50, so figures above 50 (up to the maximum 100) have no band"],
  "unknown-source": ["indicator rights.diaspora", 'cites source "gfmd-2099-nowhere", which is not in the sources list'],
  "context-foundational": ["indicator inst.budget", "is a context question (scored: false), so it cannot be foundational"],
  "condition-not-upward-closed": [
    "indicator inst.meets",
    'condition on "inst.body" is not upward-closed: option "active" scores 10, at least as much as listed option "paper", so it must be listed too',
  ],
  "condition-on-number": [
    "indicator rights.remit-cost.trend",
    'condition refers to "rights.remit-cost", a number question (conditions must point to a choice question)',
  ],
};

describe("questionnaire validation", () => {
  it("has a fixture for every expected message and no stray fixture", () => {
    expect(readdirSync(dir).map((f) => f.replace(/\.json$/, "")).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, [where, message]] of Object.entries(expected)) {
    it(`rejects ${name} with a precise message`, () => {
      const result = validateQuestionnaire(JSON.parse(readFileSync(`${dir}/${name}.json`, "utf8")));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toContainEqual({ where, message });
      expect(checkFile(`${dir}/${name}.json`)).toContain(`${dir}/${name}.json: ${where}: ${message}`);
    });
  }

  it("names the indicator and field on a structural error", () => {
    const q = JSON.parse(readFileSync("tests/fixtures/questionnaires/mini.json", "utf8"));
    q.indicators[2].perspective = "sideways";
    const result = validateQuestionnaire(q);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.where).toBe("indicator inst.budget: perspective");
  });

  it("rejects a condition pointing at a later question", () => {
    const q = JSON.parse(readFileSync("tests/fixtures/questionnaires/mini.json", "utf8"));
    q.indicators[0].conditions = [{ indicator: "inst.budget", optionIn: ["full"] }];
    const result = validateQuestionnaire(q);
    expect(!result.ok && result.problems.map((p) => p.message)).toContain(
      'condition refers to "inst.budget", which comes later in the file (conditions must point to an earlier question)',
    );
  });

  it("reports invalid JSON with the file name", () => {
    expect(checkFile("README.md")[0]).toMatch(/^README.md: \(file\): not valid JSON/);
  });

  it("the command exits non-zero and prints the problem for a broken file", () => {
    let output = "";
    try {
      execFileSync("npx", ["tsx", "scripts/check-questionnaires.ts", `${dir}/score-out-of-range.json`], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      output = String((error as { stderr: string }).stderr);
    }
    expect(output).toContain('indicator inst.body: option "active" has score 12, outside 0-10');
  });

  it("accepts every shipped questionnaire", () => {
    for (const file of readdirSync("questionnaires").filter((f) => f.endsWith(".json"))) {
      expect(checkFile(`questionnaires/${file}`)).toEqual([]);
    }
  });
});
