// Everything the report page needs: the assessment and its questionnaire, the earlier
// versions of that questionnaire its archived answers were given on, and the latest
// earlier assessment of the same country (with its own questionnaire) for "Change since".
import type { Assessment } from "../../domain/assessment/assessment";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import { findPrevious } from "../../domain/report/previous";
import { loadForAssessment } from "../../questionnaires/forAssessment";
import { loadQuestionnaire } from "../../questionnaires/load";
import { loadAssessment, type AssessmentLoad } from "../../storage/loadAssessment";

export interface ReportData {
  kind: "ready";
  questionnaire: Questionnaire;
  assessment: Assessment;
  /** Installed earlier versions of the questionnaire, loaded only when the assessment has archived answers. */
  earlierVersions: Questionnaire[];
  /** Absent when there is no earlier assessment, or its questionnaire cannot be loaded. */
  previous?: { questionnaire: Questionnaire; assessment: Assessment };
}

export type ReportLoad = Exclude<AssessmentLoad, { kind: "ready" }> | ReportData;

export async function loadReport(id: string): Promise<ReportLoad> {
  const found = await loadAssessment(id);
  if (found.kind !== "ready") return found;
  const data: ReportData = {
    kind: "ready",
    questionnaire: found.questionnaire,
    assessment: found.assessment,
    earlierVersions: await earlierVersions(found.questionnaire, found.assessment),
  };
  const { assessments } = await found.repository.list();
  const previous = findPrevious(found.assessment, assessments);
  if (!previous) return data;
  const q = await loadForAssessment(previous);
  if (q.ok) data.previous = { questionnaire: q.questionnaire, assessment: q.assessment };
  return data;
}

async function earlierVersions(q: Questionnaire, a: Assessment): Promise<Questionnaire[]> {
  if (Object.keys(a.archive).length === 0) return [];
  const versions = Array.from({ length: Math.max(0, q.version - 1) }, (_, k) => k + 1);
  const loaded = await Promise.all(versions.map((v) => loadQuestionnaire(q.id, v)));
  return loaded.flatMap((r) => (r.ok && r.questionnaire.version < q.version ? [r.questionnaire] : []));
}
