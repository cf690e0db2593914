// Loads one saved assessment together with its questionnaire (validated on load): the first
// step of every page about one assessment (wizard, results). No React here.
import type { Assessment } from "../domain/assessment/assessment";
import type { Problem } from "../domain/document/problems";
import type { Questionnaire } from "../domain/questionnaire/schema";
import type { QuestionnaireProblem } from "../domain/questionnaire/validate";
import { loadQuestionnaire } from "../questionnaires/load";
import { getRepository, type AssessmentRepository } from "../storage";

export type AssessmentLoad =
  | { kind: "ready"; assessment: Assessment; questionnaire: Questionnaire; repository: AssessmentRepository }
  /** No such assessment, or (with problems) one that is saved but cannot be read. */
  | { kind: "notFound"; problems?: Problem[] | undefined }
  | { kind: "badQuestionnaire"; file: string; problems: QuestionnaireProblem[] };

export async function loadAssessment(id: string): Promise<AssessmentLoad> {
  const repository = await getRepository();
  const found = await repository.get(id);
  if (!found.assessment) return { kind: "notFound", problems: found.problems };
  const questionnaire = await loadQuestionnaire(found.assessment.questionnaire.id);
  if (!questionnaire.ok) return { kind: "badQuestionnaire", file: questionnaire.file, problems: questionnaire.problems };
  return { kind: "ready", assessment: found.assessment, questionnaire: questionnaire.questionnaire, repository };
}
