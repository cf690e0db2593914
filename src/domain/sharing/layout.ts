// How a shared assessment is laid out in its CouchDB database (one database per shared
// assessment; README "Sharing an assessment through CouchDB (server side)").
// The document id says what a document is; there is no `type` field.
//
//   details              country, year, perspective, lead ministry, title, questionnaire
//                        (focal point only)
//   members              who takes part, their role and, for contributors, the dimension
//                        ids they answer (focal point only; the share step copies it into
//                        the database's _security, which is what the server enforces)
//   completion           dimension ids marked completed (focal point only)
//   answer:<indicatorId> one answer, fields exactly as in the assessment file; answeredBy
//                        is the CouchDB user who wrote it. One document per question, so
//                        two people changing different questions never conflict.
//   archive:<key>        an answer kept from a retired question (focal point only)
//   activity:<at>:<user>:<random>
//                        who did what and when; created once, never changed or deleted.
import type { Answer } from "../assessment/assessment";
import type { Perspective } from "../questionnaire/schema";

export const DETAILS_ID = "details";
export const MEMBERS_ID = "members";
export const COMPLETION_ID = "completion";
export const ANSWER_PREFIX = "answer:";
export const ARCHIVE_PREFIX = "archive:";
export const ACTIVITY_PREFIX = "activity:";
/** The design document holding the server's rules (validate_doc_update). */
export const RULES_DESIGN_ID = "_design/coherence";

/** Most people one shared assessment can have. */
export const MAX_PEOPLE = 200;
/** CouchDB user names as this tool accepts them: e-mail-like, no ':' (activity ids use it). */
export const USER_NAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@+-]*$";
/** The random tail of an activity id. */
export const ACTIVITY_RANDOM_PATTERN = "^[a-z0-9]{8,32}$";

export const MEMBER_ROLES = ["focalPoint", "contributor", "reader"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface Member {
  /** The person's CouchDB user name. */
  name: string;
  role: MemberRole;
  /** Dimension ids a contributor answers; empty for a focal point (answers all) and a reader. */
  dimensions: string[];
}

export const ACTIVITY_ACTIONS = [
  "shared",
  "answered",
  "answerRemoved",
  "conflictResolved",
  "detailsChanged",
  "membersChanged",
  "sectionCompleted",
  "sectionReopened",
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** CouchDB's own fields a stored document may carry. */
export interface StoredFields {
  _id: string;
  _rev?: string;
}

export interface DetailsDoc extends StoredFields {
  assessmentId: string;
  country: string;
  year: number;
  perspective: Perspective;
  leadMinistry: string;
  title: string;
  questionnaire: { id: string; version: number };
  createdAt: string;
  updatedAt: string;
}

export interface MembersDoc extends StoredFields {
  people: Member[];
}

export interface CompletionDoc extends StoredFields {
  completedSections: string[];
}

export type AnswerDoc = StoredFields & Answer;
export type ArchiveDoc = StoredFields & Answer;

export interface ActivityDoc extends StoredFields {
  at: string;
  user: string;
  action: ActivityAction;
  /** The question concerned, if any. */
  indicatorId?: string;
  /** The section concerned, if any. */
  dimensionId?: string;
}

export const answerDocId = (indicatorId: string) => `${ANSWER_PREFIX}${indicatorId}`;
export const archiveDocId = (key: string) => `${ARCHIVE_PREFIX}${key}`;
export const activityDocId = (at: string, user: string, random: string) => `${ACTIVITY_PREFIX}${at}:${user}:${random}`;

export type DocKind = "details" | "members" | "completion" | "answer" | "archive" | "activity";

/** What a document id names, or null for an id outside the layout. */
export function kindOfId(id: string): DocKind | null {
  if (id === DETAILS_ID) return "details";
  if (id === MEMBERS_ID) return "members";
  if (id === COMPLETION_ID) return "completion";
  if (id.startsWith(ANSWER_PREFIX)) return "answer";
  if (id.startsWith(ARCHIVE_PREFIX)) return "archive";
  if (id.startsWith(ACTIVITY_PREFIX)) return "activity";
  return null;
}
