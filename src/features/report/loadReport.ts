// Everything the report page needs: the assessment and its questionnaire, and the latest
// earlier assessment of the same country (with its own questionnaire) for "Change since".
import type { Assessment } from "../../domain/assessment/assessment";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import { findPrevious } from "../../domain/report/previous";
import { loadForAssessment } from "../../questionnaires/forAssessment";
import { loadAssessment, type AssessmentLoad } from "../../ui/loadAssessment";

export interface ReportData {
  kind: "ready";
  questionnaire: Questionnaire;
  assessment: Assessment;
  /** Absent when there is no earlier assessment, or its questionnaire cannot be loaded. */
  previous?: { questionnaire: Questionnaire; assessment: Assessment };
}

export type ReportLoad = Exclude<AssessmentLoad, { kind: "ready" }> | ReportData;

export async function loadReport(id: string): Promise<ReportLoad> {
  const found = await loadAssessment(id);
  if (found.kind !== "ready") return found;
  const data: ReportData = { kind: "ready", questionnaire: found.questionnaire, assessment: found.assessment };
  const { assessments } = await found.repository.list();
  const previous = findPrevious(found.assessment, assessments);
  if (!previous) return data;
  const q = await loadForAssessment(previous);
  if (q.ok) data.previous = { questionnaire: q.questionnaire, assessment: q.assessment };
  return data;
}
