// The saved-assessment document: what IndexedDB stores and what "Export" writes. Its one
// record is kept here whole, as tldraw's tlschema keeps each record: the types, the schema
// that checks them, and the named migrations from every older form. One versioned envelope;
// older versions are migrated (the steps in MIGRATIONS, run by migrations.ts), newer ones
// refused. Every string and array has a maximum so a hostile or damaged file cannot blow up
// memory.
import { assessmentPath, parseLastPath } from "../../routing/routes";
import { z } from "../zod";
import { perspectiveSchema, type Perspective } from "../questionnaire/schema";
import { FIRST_FIGURE_YEAR, LAST_FIGURE_YEAR } from "../number/parse";
import {
  FIRST_ASSESSMENT_YEAR,
  ID_PATTERN,
  LAST_ASSESSMENT_YEAR,
  MAX_ANSWERS,
  MAX_COMPLETED_SECTIONS,
  MAX_ISO_TIME,
  MAX_LAST_PATH,
  MAX_LONG_TEXT,
  MAX_NAME,
} from "./limits";
import { TIMESTAMP_FORMAT, timestampProblem } from "./timestamp";

// ---- Types ----

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
  /**
   * Where the user was last, for "Continue where you left off": the page's path inside the
   * assessment as the route formatter writes it (src/routing/routes.ts, assessmentPath),
   * "" for none. Checked on every read (see VALUE_MIGRATIONS).
   */
  lastPath: string;
  /** Incremented on every save; lets a tab notice that another tab wrote in between. */
  revision: number;
}

// ---- Schema ----

export const DOCUMENT_FORMAT = "coherence-assessment";
/** Version 2 added the number answer (see migrations.ts for the step from version 1). */
export const CURRENT_FORMAT_VERSION = 2;

const name = z.string().check(z.maxLength(MAX_NAME));
const longText = z.string().check(z.maxLength(MAX_LONG_TEXT));
const isoTime = z.string().check(
  z.maxLength(MAX_ISO_TIME, TIMESTAMP_FORMAT),
  z.superRefine((text, ctx) => {
    const problem = text.length <= MAX_ISO_TIME ? timestampProblem(text) : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: text });
  }),
);
const id = z.string().check(z.minLength(1), z.maxLength(MAX_NAME), z.regex(new RegExp(ID_PATTERN), "must use only letters, digits, dots, dashes and underscores"));

const FIGURE_YEAR_RANGE = `must be a year from ${FIRST_FIGURE_YEAR} to ${LAST_FIGURE_YEAR}`;

const choiceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("option"), optionId: id }),
  z.object({ kind: z.literal("dontKnow") }),
  z.object({ kind: z.literal("notApplicable"), reason: longText }),
  // A measured figure. Whether it fits its indicator's range and decimals is the
  // questionnaire's business (scoring counts a figure outside the range as no answer).
  z.object({
    kind: z.literal("number"),
    value: z.number(), // finite: zod refuses Infinity and NaN
    year: z.int().check(z.minimum(FIRST_FIGURE_YEAR, FIGURE_YEAR_RANGE), z.maximum(LAST_FIGURE_YEAR, FIGURE_YEAR_RANGE)),
  }),
]);

export const answerSchema = z.object({
  choice: choiceSchema,
  evidence: z._default(longText, ""),
  comment: z._default(longText, ""),
  answeredBy: z._default(name, ""),
  updatedAt: isoTime,
  /** Optional: copied from the year named and not yet confirmed (see ../assessment/carry-over.ts). */
  carriedOver: z.optional(z.object({ fromYear: z.int().check(z.minimum(1990), z.maximum(2100)) })),
});

const answerMap = z.record(id, answerSchema).check(
  z.refine((m) => Object.keys(m).length <= MAX_ANSWERS, `must have at most ${MAX_ANSWERS.toLocaleString("en-GB")} answers`),
);

export const assessmentSchema = z.object({
  id,
  country: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  year: z.int().check(z.minimum(FIRST_ASSESSMENT_YEAR), z.maximum(LAST_ASSESSMENT_YEAR)),
  perspective: perspectiveSchema,
  leadMinistry: name,
  title: z._default(name, ""),
  questionnaire: z.object({ id, version: z.int().check(z.minimum(1)) }),
  createdAt: isoTime,
  updatedAt: isoTime,
  answers: answerMap,
  completedSections: z._default(z.array(id).check(z.maxLength(MAX_COMPLETED_SECTIONS)), []),
  archive: z._default(answerMap, {}),
  lastPath: z._default(z.string().check(z.maxLength(MAX_LAST_PATH)), ""),
  revision: z._default(z.int().check(z.minimum(0)), 0),
});

/** The current version of the document. Unknown fields are dropped by the object schemas. */
export const documentSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  savedAt: isoTime,
  assessment: assessmentSchema,
});

export interface AssessmentDocument {
  format: typeof DOCUMENT_FORMAT;
  formatVersion: typeof CURRENT_FORMAT_VERSION;
  savedAt: string;
  assessment: Assessment;
}

export function toDocument(assessment: Assessment, savedAt: string): AssessmentDocument {
  return { format: DOCUMENT_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, savedAt, assessment };
}

// Compile-time check that the schema and the domain type agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _assessmentMatches: Same<z.infer<typeof assessmentSchema>, Assessment> = true;
const _answerMatches: Same<z.infer<typeof answerSchema>, Answer> = true;
const _documentMatches: Same<z.infer<typeof documentSchema>, AssessmentDocument> = true;
void _assessmentMatches;
void _answerMatches;
void _documentMatches;

// ---- Migrations ----

export interface Migration {
  /** What version n+1 brought, in a few words. */
  name: string;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The steps between format versions: MIGRATIONS[n] turns a version-n document into version
 * n+1. Each version gets fixtures in tests/fixtures/documents/vN/ the day it ships, and
 * those fixtures must keep loading.
 */
export const MIGRATIONS: Record<number, Migration> = {
  // Version 2 adds the number answer, { kind: "number", value, year }, and the optional
  // mark on an answer copied from an earlier year, carriedOver: { fromYear }. A version 1
  // file holds neither, so its answers are already valid version 2 answers.
  1: { name: "number answers", migrate: (doc) => doc },
};

export interface ValueMigration {
  /** What it changes, in a few words. */
  name: string;
  /** Returns the same object when there is nothing to change. */
  migrate: (assessment: Assessment) => Assessment;
}

/**
 * Changes to the form of a stored value that did not need a new format version (the field
 * and its limits stayed the same): run on every read, in this order, after the schema.
 */
export const VALUE_MIGRATIONS: readonly ValueMigration[] = [
  {
    // Files of both versions exist with the whole address ("#/a/examplia-2024/results"),
    // which the task list's Continue link turned into a page that does not exist.
    name: "lastPath: the whole address becomes the path inside the assessment; what names no page to go back to is dropped",
    migrate: (assessment) => {
      const route = parseLastPath(assessment.id, assessment.lastPath);
      const lastPath = route && route.name !== "tasks" ? assessmentPath(route) : "";
      return lastPath === assessment.lastPath ? assessment : { ...assessment, lastPath };
    },
  },
];
