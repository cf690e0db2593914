import { readFileSync } from "node:fs";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import type { Answer, Choice } from "../../src/domain/assessment/assessment";

export function loadQuestionnaire(path: string): Questionnaire {
  const result = validateQuestionnaire(JSON.parse(readFileSync(path, "utf8")));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join("\n"));
  return result.questionnaire;
}

export const mini = () => loadQuestionnaire("tests/fixtures/questionnaires/mini.json");
/** The national questionnaire as shipped (the newest version). */
export const national = () => loadQuestionnaire("questionnaires/picmd-national.json");
/** Version 1 of the national questionnaire, kept for assessments answered on it. */
export const nationalV1 = () => loadQuestionnaire("questionnaires/picmd-national.v1.json");

export function answer(choice: Choice | string): Answer {
  return {
    choice: typeof choice === "string" ? { kind: "option", optionId: choice } : choice,
    evidence: "",
    comment: "",
    answeredBy: "",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}
export const dontKnow = () => answer({ kind: "dontKnow" });
export const notApplicable = (reason = "No such thing here") => answer({ kind: "notApplicable", reason });
