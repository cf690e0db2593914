import { describe, expect, it } from "vitest";
import { newAssessment, type Assessment } from "../../src/domain/assessment/assessment";
import { applySectionMerge, planSectionMerge, type SectionMergePlan } from "../../src/domain/document/section-merge";
import { answer, dontKnow, loadQuestionnaire, mini } from "./helpers";

function assessment(id: string, answers: Assessment["answers"], version = 1): Assessment {
  const a = newAssessment(
    { id, country: "Examplia", year: 2024, perspective: "both", leadMinistry: "planning", title: "", questionnaire: { id: "mini", version } },
    "2024-01-01T00:00:00.000Z",
  );
  return { ...a, answers };
}
const withEvidence = (optionId: string, evidence: string) => ({ ...answer(optionId), evidence });

function plan(...args: Parameters<typeof planSectionMerge>): SectionMergePlan {
  const r = planSectionMerge(...args);
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

describe("section merge", () => {
  const mine = assessment("a1", {
    "inst.body": answer("paper"),
    "inst.budget": answer("some"),
    "inst.meets": withEvidence("yes", "Minutes"),
    "rights.health": answer("no"),
  });
  const theirs = assessment("from-labour", {
    "inst.body": answer("active"),
    "inst.budget": answer("some"),
    "rights.health": answer("yes"),
    "rights.diaspora": dontKnow(),
  });

  it("lists each question of the chosen sections with both answers and marks real conflicts", () => {
    const p = plan(mine, theirs, mini(), ["inst"]);
    expect(p.items.map((i) => [i.indicatorId, i.mine?.choice, i.theirs?.choice, i.conflict])).toEqual([
      ["inst.body", { kind: "option", optionId: "paper" }, { kind: "option", optionId: "active" }, true],
      ["inst.meets", { kind: "option", optionId: "yes" }, undefined, false],
      ["inst.budget", { kind: "option", optionId: "some" }, { kind: "option", optionId: "some" }, false],
    ]);
    expect(p.items[1]!.theirs).toBeNull();
  });

  it("applies the choices, keeps mine on an unresolved conflict and never touches other sections", () => {
    const p = plan(mine, theirs, mini(), ["rights"]);
    expect(applySectionMerge(mine, p, { "rights.health": "theirs" }).answers).toEqual({
      ...mine.answers,
      "rights.health": answer("yes"),
      "rights.diaspora": dontKnow(),
    });
    const kept = applySectionMerge(mine, p, {});
    expect(kept.answers["rights.health"]).toEqual(answer("no"));
    expect(kept.answers["rights.diaspora"]).toEqual(dontKnow());
    const inst = applySectionMerge(mine, plan(mine, theirs, mini(), ["inst"]), { "inst.body": "theirs", "inst.meets": "theirs" });
    expect(inst.answers["inst.body"]).toEqual(answer("active"));
    expect(inst.answers["inst.meets"]).toEqual(withEvidence("yes", "Minutes"));
    expect(inst.answers["rights.health"]).toEqual(answer("no"));
  });

  it("'mine' on a question only they answered leaves it unanswered", () => {
    const p = plan(mine, theirs, mini(), ["rights"]);
    expect(applySectionMerge(mine, p, { "rights.diaspora": "mine" }).answers["rights.diaspora"]).toBeUndefined();
  });

  it("does not change its inputs", () => {
    const before = structuredClone([mine, theirs]);
    applySectionMerge(mine, plan(mine, theirs, mini(), ["inst", "rights"]), { "inst.body": "theirs" });
    expect([mine, theirs]).toEqual(before);
  });

  it("refuses another questionnaire, a newer version and an empty section list", () => {
    const other = { ...theirs, questionnaire: { id: "other", version: 1 } };
    expect(planSectionMerge(mine, other, mini(), ["inst"])).toEqual({
      ok: false,
      message: `The contributor's file uses questionnaire "other", not "mini": answers cannot be merged.`,
    });
    const newer = planSectionMerge(mine, assessment("n", {}, 2), mini(), ["inst"]);
    expect(!newer.ok && newer.message).toBe(
      "The contributor's file cannot be merged: The assessment uses version 2 of the questionnaire, newer than version 1 available here.",
    );
    expect(planSectionMerge(mine, theirs, mini(), ["nope"])).toEqual({ ok: false, message: "Choose at least one section of this questionnaire to merge." });
  });

  it("upgrades an older contributor file to the assessment's version before comparing", () => {
    const v2 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v2.json");
    const target = assessment("a1", { "inst.meetings": answer("no") }, 2);
    const old = assessment("c", { "inst.meets": answer("yes"), "rights.health": answer("emergency") }, 1);
    const p = plan(target, old, v2, ["inst", "rights"]);
    expect(p.upgradedTarget).toBeNull();
    expect(p.items.map((i) => [i.indicatorId, i.conflict])).toEqual([["inst.meetings", true], ["rights.health", false]]);
    expect(p.notes.map((n) => n.side + ": " + n.change.text)).toEqual([
      "theirs: The answer to inst.meets now answers inst.meetings.",
      'theirs: rights.health has a new scale in version 2; the answer "emergency" is now "partial".',
    ]);
    const merged = applySectionMerge(target, p, { "inst.meetings": "theirs" });
    expect(merged.answers).toEqual({ "inst.meetings": answer("yes"), "rights.health": answer("partial") });
  });

  it("upgrades an older target too, and the result uses the new version", () => {
    const v2 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v2.json");
    const target = assessment("a1", { "rights.diaspora": answer("yes") }, 1);
    const p = plan(target, assessment("c", { "rights.health": answer("yes") }, 2), v2, ["rights"]);
    const merged = applySectionMerge(target, p, {});
    expect(merged.questionnaire.version).toBe(2);
    expect(merged.archive["rights.diaspora"]).toEqual(answer("yes"));
    expect(merged.answers).toEqual({ "rights.health": answer("yes") });
  });
});
