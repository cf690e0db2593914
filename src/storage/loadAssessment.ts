// Loads one saved assessment together with its questionnaire (validated on load): the first
// step of every page about one assessment (wizard, results). No React here.
import type { Assessment } from "../domain/assessment/assessment";
import type { Problem } from "../domain/document/problems";
import type { Questionnaire } from "../domain/questionnaire/schema";
import type { QuestionnaireProblem } from "../domain/questionnaire/validate";
import { loadForAssessment } from "../questionnaires/forAssessment";
import { getRepository, type AssessmentRepository } from "./index";

export type AssessmentLoad =
  /**
   * `questionnaire` is the one the assessment is read with (its own version when installed);
   * `newest` the newest installed version, which the user may update the assessment to.
   */
  | { kind: "ready"; assessment: Assessment; questionnaire: Questionnaire; newest: Questionnaire; repository: AssessmentRepository }
  /** No such assessment, or (with problems) one that is saved but cannot be read. */
  | { kind: "notFound"; problems?: Problem[] | undefined }
  | { kind: "badQuestionnaire"; file: string; problems: QuestionnaireProblem[] };

export async function loadAssessment(id: string): Promise<AssessmentLoad> {
  const repository = await getRepository();
  const found = await repository.get(id);
  if (!found.assessment) return { kind: "notFound", problems: found.problems };
  const read = await loadForAssessment(found.assessment);
  if (!read.ok) return { kind: "badQuestionnaire", file: read.file, problems: read.problems };
  return { kind: "ready", assessment: read.assessment, questionnaire: read.questionnaire, newest: read.newest, repository };
}
