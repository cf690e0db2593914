// Fuzz the section merge: inputs are deep-frozen (any write throws in strict mode) and
// compared with snapshots; the result keeps answers outside the sections and follows
// the choices for the questions inside them.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { newAssessment, type Answer, type Assessment } from "../../src/domain/assessment/assessment";
import { applySectionMerge, planSectionMerge } from "../../src/domain/document/section-merge";
import { loadQuestionnaire } from "./helpers";

const v2 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v2.json");
const IDS = ["inst.body", "inst.meets", "inst.meetings", "inst.budget", "inst.budget.national", "inst.budget.local", "rights.diaspora", "rights.health", "stray"];
const OPTIONS = ["none", "paper", "active", "no", "yes", "some", "funded", "full", "emergency", "partial", "bogus"];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const answer: fc.Arbitrary<Answer> = fc.record({
  choice: fc.oneof(
    fc.record({ kind: fc.constant("option" as const), optionId: fc.constantFrom(...OPTIONS) }),
    fc.constant({ kind: "dontKnow" as const }),
    fc.record({ kind: fc.constant("notApplicable" as const), reason: fc.constantFrom("", "n/a", "<script>") }),
  ),
  evidence: fc.constantFrom("", "Decree 1", "javascript:x"),
  comment: fc.constant(""),
  answeredBy: fc.constantFrom("", "Labour"),
  updatedAt: fc.constant("2026-01-01T00:00:00.000Z"),
});

const assessment = (id: string) =>
  fc.record({ version: fc.constantFrom(1, 2), answers: fc.dictionary(fc.constantFrom(...IDS), answer, { maxKeys: 8 }) }).map(({ version, answers }): Assessment => ({
    ...newAssessment(
      { id, country: "Examplia", year: 2026, perspective: "both", leadMinistry: "", title: "", questionnaire: { id: "mini", version } },
      "2026-01-01T00:00:00.000Z",
    ),
    answers,
  }));

describe("section merge fuzz", () => {
  it("never changes its inputs and only touches the chosen sections", () => {
    deepFreeze(v2);
    fc.assert(
      fc.property(
        assessment("mine"),
        assessment("theirs"),
        fc.subarray(["inst", "rights", "nope"]),
        fc.dictionary(fc.constantFrom(...IDS), fc.constantFrom("mine" as const, "theirs" as const)),
        (target, incoming, sections, choices) => {
          const snapshot = structuredClone([target, incoming, choices]);
          deepFreeze([target, incoming, choices]);
          const planned = planSectionMerge(target, incoming, v2, sections);
          if (!planned.ok) {
            expect(sections.filter((s) => s !== "nope")).toEqual([]);
            return;
          }
          deepFreeze(planned.plan);
          const merged = applySectionMerge(target, planned.plan, choices);
          expect([target, incoming, choices]).toEqual(snapshot);
          const base = planned.plan.upgradedTarget ?? target;
          const inSections = new Set(planned.plan.items.map((i) => i.indicatorId));
          for (const [id, a] of Object.entries(base.answers)) {
            if (!inSections.has(id)) expect(merged.answers[id]).toEqual(a);
          }
          for (const item of planned.plan.items) {
            const chosen = choices[item.indicatorId] ?? (item.conflict ? "mine" : item.theirs ? "theirs" : "mine");
            const expected = chosen === "theirs" ? (item.theirs ?? item.mine) : item.mine;
            expect(merged.answers[item.indicatorId] ?? null).toEqual(expected);
          }
          expect(merged.questionnaire).toEqual({ id: "mini", version: 2 });
        },
      ),
      { numRuns: 1000, seed: 424242 },
    );
  });
});
