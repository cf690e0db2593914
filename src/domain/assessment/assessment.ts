// The assessment as the app keeps it: metadata plus one answer per indicator.
// This is domain data, versioned by the document format (see ../document/), never a
// raw state-machine snapshot.
import type { Perspective } from "../questionnaire/schema";

export type Choice =
  | { kind: "option"; optionId: string }
  | { kind: "dontKnow" }
  | { kind: "notApplicable"; reason: string }
  /** A measured figure (number questions): `year` is the year the figure refers to. */
  | { kind: "number"; value: number; year: number };

export interface Answer {
  choice: Choice;
  evidence: string;
  comment: string;
  /** Who gave the answer (a name or ministry), when known. */
  answeredBy: string;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  /**
   * Set on an answer copied from an earlier year's assessment ("Start 2027 from this one")
   * until someone confirms or changes it: until then it does not count as this year's answer.
   */
  carriedOver?: { fromYear: number } | undefined;
}

export interface AssessmentMeta {
  id: string;
  country: string;
  year: number;
  perspective: Perspective;
  leadMinistry: string;
  title: string;
  questionnaire: { id: string; version: number };
  createdAt: string;
  updatedAt: string;
}

export interface Assessment extends AssessmentMeta {
  answers: Record<string, Answer>;
  /** Dimension ids the user has marked "completed". */
  completedSections: string[];
  /** Answers to indicators retired by a questionnaire upgrade: kept, never scored. */
  archive: Record<string, Answer>;
  /** Where the user was last, as an app path, for resuming. */
  lastPath: string;
  /** Incremented on every save; lets a tab notice that another tab wrote in between. */
  revision: number;
}

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
