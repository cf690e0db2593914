// The assessment as the app keeps it: metadata plus one answer per indicator.
// This is domain data, versioned by the document format (see ../document/), never a
// raw state-machine snapshot.
import type { Assessment, AssessmentMeta } from "../document/format";

// The types sit with their schema and migrations in ../document/format.ts.
export type { Answer, Assessment, AssessmentMeta, Choice } from "../document/format";

export function newAssessment(
  meta: Omit<AssessmentMeta, "createdAt" | "updatedAt">,
  now: string,
): Assessment {
  return {
    ...meta,
    createdAt: now,
    updatedAt: now,
    answers: {},
    completedSections: [],
    archive: {},
    lastPath: "",
    revision: 0,
  };
}
