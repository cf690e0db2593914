// Progress of an assessment, for the task list and the list of saved assessments.
// Pure: works from the questionnaire, the perspective and the answers.
import type { Questionnaire } from "../questionnaire/schema";
import { shownIndicatorIds } from "../scoring/applicability";
import type { Assessment } from "./assessment";
import { isCarriedOver } from "./carry-over";

export type Progress = "notStarted" | "inProgress" | "completed";

export interface SectionProgress {
  dimensionId: string;
  /** Questions shown for this perspective and these answers, in questionnaire order. */
  shownIds: string[];
  /** Shown questions with an answer of this assessment's own (carried-over answers not yet confirmed are not). */
  answered: number;
  /** Shown questions whose answer was carried over from an earlier year and is not yet confirmed. */
  toConfirm: number;
  status: Progress;
}

/** A section is completed only when the user said so; started once any shown question has an answer. */
export function sectionProgress(q: Questionnaire, a: Pick<Assessment, "perspective" | "answers" | "completedSections">): SectionProgress[] {
  const shown = shownIndicatorIds(q.indicators, a.perspective, a.answers);
  return q.dimensions.map((d) => {
    const shownIds = q.indicators.filter((i) => i.dimension === d.id && shown.has(i.id)).map((i) => i.id);
    const withAnswer = shownIds.filter((id) => a.answers[id]);
    const toConfirm = withAnswer.filter((id) => isCarriedOver(a.answers[id])).length;
    const answered = withAnswer.length - toConfirm;
    const status: Progress = a.completedSections.includes(d.id) ? "completed" : withAnswer.length > 0 ? "inProgress" : "notStarted";
    return { dimensionId: d.id, shownIds, answered, toConfirm, status };
  });
}

export function assessmentProgress(q: Questionnaire, a: Pick<Assessment, "perspective" | "answers" | "completedSections">): Progress {
  const sections = sectionProgress(q, a).filter((s) => s.shownIds.length > 0);
  if (sections.length > 0 && sections.every((s) => s.status === "completed")) return "completed";
  return sections.some((s) => s.status !== "notStarted") ? "inProgress" : "notStarted";
}

/**
 * The completed sections after a change: a section marked completed is reopened when the
 * change reveals questions in it (an answer a follow-up depends on) that have no answer.
 */
export function reopenRevealedSections(q: Questionnaire, before: Pick<Assessment, "perspective" | "answers">, after: Pick<Assessment, "perspective" | "answers" | "completedSections">): string[] {
  if (after.completedSections.length === 0) return after.completedSections;
  const shownBefore = shownIndicatorIds(q.indicators, before.perspective, before.answers);
  const shownAfter = shownIndicatorIds(q.indicators, after.perspective, after.answers);
  const reopened = new Set(q.indicators.filter((i) => shownAfter.has(i.id) && !shownBefore.has(i.id) && !after.answers[i.id]).map((i) => i.dimension));
  if (reopened.size === 0) return after.completedSections;
  return after.completedSections.filter((d) => !reopened.has(d));
}
