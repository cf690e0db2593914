// Progress of an assessment, for the task list and the list of saved assessments.
// Pure: works from the questionnaire, the perspective and the answers.
import type { Questionnaire } from "../questionnaire/schema";
import { shownIndicatorIds } from "../scoring/applicability";
import type { Assessment } from "./assessment";

export type Progress = "notStarted" | "inProgress" | "completed";

export interface SectionProgress {
  dimensionId: string;
  /** Questions shown for this perspective and these answers, in questionnaire order. */
  shownIds: string[];
  answered: number;
  status: Progress;
}

/** A section is completed only when the user said so; started once any shown question has an answer. */
export function sectionProgress(q: Questionnaire, a: Pick<Assessment, "perspective" | "answers" | "completedSections">): SectionProgress[] {
  const shown = shownIndicatorIds(q.indicators, a.perspective, a.answers);
  return q.dimensions.map((d) => {
    const shownIds = q.indicators.filter((i) => i.dimension === d.id && shown.has(i.id)).map((i) => i.id);
    const answered = shownIds.filter((id) => a.answers[id]).length;
    const status: Progress = a.completedSections.includes(d.id) ? "completed" : answered > 0 ? "inProgress" : "notStarted";
    return { dimensionId: d.id, shownIds, answered, status };
  });
}

export function assessmentProgress(q: Questionnaire, a: Pick<Assessment, "perspective" | "answers" | "completedSections">): Progress {
  const sections = sectionProgress(q, a).filter((s) => s.shownIds.length > 0);
  if (sections.length > 0 && sections.every((s) => s.status === "completed")) return "completed";
  return sections.some((s) => s.status !== "notStarted") ? "inProgress" : "notStarted";
}

/**
 * Next year's assessment started from this one: same country, perspective, ministry and
 * answers (to review), a new id, the year after, no section marked completed.
 */
export function duplicateForNextYear(a: Assessment, id: string, now: string): Assessment {
  return {
    ...structuredClone(a),
    id,
    year: a.year + 1,
    createdAt: now,
    updatedAt: now,
    completedSections: [],
    lastPath: "",
    revision: 0,
  };
}
