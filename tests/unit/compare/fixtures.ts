// Assessments of the mini questionnaires for the comparison, CSV and page tests.
import { newAssessment, type Answer, type Assessment } from "../../../src/domain/assessment/assessment";
import type { Perspective, Questionnaire } from "../../../src/domain/questionnaire/schema";
import { loadQuestionnaire } from "../helpers";

export const miniV2 = () => loadQuestionnaire("tests/fixtures/questionnaires/mini-compare-v2.json");

export function assessmentOf(
  q: Questionnaire,
  year: number,
  answers: Record<string, Answer>,
  opts: { country?: string; perspective?: Perspective; id?: string; createdAt?: string } = {},
): Assessment {
  const a = newAssessment(
    {
      id: opts.id ?? `a-${year}`,
      country: opts.country ?? "Republic of Examplia",
      year,
      perspective: opts.perspective ?? "both",
      leadMinistry: "planning",
      title: `Assessment ${year}`,
      questionnaire: { id: q.id, version: q.version },
    },
    opts.createdAt ?? `${year}-03-01T00:00:00.000Z`,
  );
  return { ...a, answers };
}
