// Every saved assessment that can take part in a comparison: readable, with its
// questionnaire installed and valid. The others are counted so the page can say so.
import type { CompareItem } from "../../domain/compare/types";
import { loadAllQuestionnaires } from "../../questionnaires/load";
import { questionnaireForAssessment } from "../../questionnaires/forAssessment";
import { getRepository } from "../../storage";

export interface Candidates {
  candidates: CompareItem[];
  /** Saved assessments left out: unreadable, or their questionnaire is missing or invalid. */
  leftOut: number;
}

export async function loadCandidates(): Promise<Candidates> {
  const repository = await getRepository();
  const [{ assessments, unreadable }, questionnaires] = await Promise.all([repository.list(), loadAllQuestionnaires()]);
  const candidates: CompareItem[] = [];
  for (const assessment of assessments) {
    const found = questionnaireForAssessment(assessment, questionnaires);
    if (found.ok) candidates.push({ assessment: found.assessment, questionnaire: found.questionnaire });
  }
  return { candidates, leftOut: unreadable.length + assessments.length - candidates.length };
}
