// Which installed questionnaire a saved assessment is read with (src/questionnaires/forAssessment.ts).
import { describe, expect, it } from "vitest";
import type { LoadResult } from "../../src/questionnaires/load";
import { questionnaireForAssessment } from "../../src/questionnaires/forAssessment";
import { assessmentOf } from "./compare/fixtures";
import { answer, loadQuestionnaire, mini } from "./helpers";

const v1 = mini();
const v2 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v2.json");
const v3 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v3.json");
const ok = (questionnaire: typeof v1): LoadResult => ({ ok: true, questionnaire });
const old = assessmentOf(v1, 2022, { "inst.meets": answer("yes"), "rights.diaspora": answer("yes") });

describe("questionnaireForAssessment", () => {
  it("reads an assessment with its own version when it is installed, and names the newest", () => {
    const found = questionnaireForAssessment(old, [ok(v3), ok(v1), ok(v2)]);
    if (!found.ok) throw new Error("refused");
    expect(found.questionnaire.version).toBe(1);
    expect(found.newest.version).toBe(3);
    expect(found.assessment).toBe(old);
  });

  it("upgrades in memory to the newest version when its own is not installed", () => {
    const found = questionnaireForAssessment(old, [ok(v2)]);
    if (!found.ok) throw new Error("refused");
    expect(found.questionnaire.version).toBe(2);
    expect(found.assessment.questionnaire.version).toBe(2);
    expect(found.assessment.answers["inst.meetings"]?.choice).toEqual({ kind: "option", optionId: "yes" });
    expect(Object.keys(found.assessment.archive)).toEqual(["rights.diaspora"]);
    expect(old.questionnaire.version).toBe(1); // the stored copy is not touched
  });

  it("refuses an assessment made on a newer version than any installed", () => {
    const newer = assessmentOf(v3, 2026, {});
    const found = questionnaireForAssessment(newer, [ok(v1), ok(v2)]);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.problems[0]!.message).toMatch(/newer than version 2/);
  });

  it("says when the questionnaire is not installed at all", () => {
    const found = questionnaireForAssessment({ ...old, questionnaire: { id: "other", version: 1 } }, [ok(v1)]);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.problems[0]!.message).toMatch(/No questionnaire with id "other"/);
  });
});
