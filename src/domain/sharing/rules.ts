// What the server's validate_doc_update needs to know besides the document and the user:
// the questionnaire's sections and which section each question belongs to, and the file
// format's limits. The share step stores it in the database's design document as
// `coherence`; the function reads it as `this.coherence` (a validation function cannot
// read other documents).
import type { Questionnaire } from "../questionnaire/schema";
import {
  FIRST_ASSESSMENT_YEAR,
  ID_PATTERN,
  LAST_ASSESSMENT_YEAR,
  MAX_COMPLETED_SECTIONS,
  MAX_ISO_TIME,
  MAX_LONG_TEXT,
  MAX_NAME,
  MAX_TIMESTAMP_YEAR,
  MIN_TIMESTAMP_YEAR,
} from "../document/limits";
import { TIMESTAMP_PATTERN } from "../document/timestamp";
import { FIRST_FIGURE_YEAR, LAST_FIGURE_YEAR } from "../number/parse";
import { perspectiveSchema } from "../questionnaire/schema";
import { ACTIVITY_ACTIONS, ACTIVITY_RANDOM_PATTERN, MAX_PEOPLE, MEMBER_ROLES, USER_NAME_PATTERN } from "./layout";

export interface SharingRules {
  questionnaire: { id: string; version: number };
  dimensions: string[];
  /** indicator id -> dimension id */
  indicators: Record<string, string>;
  limits: typeof SHARING_LIMITS;
}

export const SHARING_LIMITS = {
  maxName: MAX_NAME,
  maxLongText: MAX_LONG_TEXT,
  maxSections: MAX_COMPLETED_SECTIONS,
  maxPeople: MAX_PEOPLE,
  maxIsoTime: MAX_ISO_TIME,
  firstYear: FIRST_ASSESSMENT_YEAR,
  lastYear: LAST_ASSESSMENT_YEAR,
  firstFigureYear: FIRST_FIGURE_YEAR,
  lastFigureYear: LAST_FIGURE_YEAR,
  idPattern: ID_PATTERN,
  /** Groups: year, month, day, hour, minute, second (timestamp.ts). */
  timestampPattern: TIMESTAMP_PATTERN,
  firstTimestampYear: MIN_TIMESTAMP_YEAR,
  lastTimestampYear: MAX_TIMESTAMP_YEAR,
  userNamePattern: USER_NAME_PATTERN,
  activityRandomPattern: ACTIVITY_RANDOM_PATTERN,
  perspectives: [...perspectiveSchema.options],
  roles: [...MEMBER_ROLES],
  actions: [...ACTIVITY_ACTIONS],
};

export function sharingRules(questionnaire: Questionnaire): SharingRules {
  const indicators: Record<string, string> = {};
  for (const indicator of questionnaire.indicators) indicators[indicator.id] = indicator.dimension;
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    dimensions: questionnaire.dimensions.map((d) => d.id),
    indicators,
    limits: SHARING_LIMITS,
  };
}
