// Which installed questionnaire an assessment is read with. Its own version when that is
// installed (a year keeps the questions it was answered on); otherwise the newest version,
// with the answers upgraded in memory (nothing is saved until the user updates it).
import type { Assessment } from "../domain/assessment/assessment";
import { upgradeAssessment } from "../domain/assessment/upgrade";
import type { Questionnaire } from "../domain/questionnaire/schema";
import type { QuestionnaireProblem } from "../domain/questionnaire/validate";
import { loadQuestionnaire, type LoadResult } from "./load";

export type ForAssessment =
  | { ok: true; questionnaire: Questionnaire; assessment: Assessment; newest: Questionnaire }
  | { ok: false; file: string; problems: QuestionnaireProblem[] };

/** Fetches only the files needed: the assessment's version and the newest one (often the same file). */
export async function loadForAssessment(assessment: Assessment): Promise<ForAssessment> {
  const { id, version } = assessment.questionnaire;
  const [own, newest] = await Promise.all([loadQuestionnaire(id, version), loadQuestionnaire(id)]);
  return questionnaireForAssessment(assessment, [newest, own]);
}

export function questionnaireForAssessment(assessment: Assessment, installed: readonly LoadResult[]): ForAssessment {
  const { id, version } = assessment.questionnaire;
  const versions = installed
    .flatMap((r) => (r.ok && r.questionnaire.id === id ? [r.questionnaire] : []))
    .sort((a, b) => b.version - a.version);
  const newest = versions[0];
  if (!newest) {
    const broken = installed.find((r): r is Extract<LoadResult, { ok: false }> => !r.ok && r.file.startsWith(id));
    return broken ?? { ok: false, file: `${id}.json`, problems: [{ where: "(file)", message: `No questionnaire with id "${id}" is installed.` }] };
  }
  const own = versions.find((q) => q.version === version);
  if (own) return { ok: true, questionnaire: own, assessment, newest };
  const upgraded = upgradeAssessment(assessment, newest);
  if (!upgraded.ok) return { ok: false, file: `${id}.json`, problems: [{ where: "(file)", message: upgraded.message }] };
  return { ok: true, questionnaire: newest, assessment: upgraded.assessment, newest };
}
