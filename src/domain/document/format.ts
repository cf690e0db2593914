// The saved-assessment document: what IndexedDB stores and what "Export" writes.
// One versioned envelope; older versions are migrated (migrations.ts), newer ones refused.
// Every string and array has a maximum so a hostile or damaged file cannot blow up memory.
import { z } from "../zod";
import { perspectiveSchema } from "../questionnaire/schema";
import type { Answer, Assessment } from "../assessment/assessment";
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

export type AssessmentDocument = z.infer<typeof documentSchema>;

export function toDocument(assessment: Assessment, savedAt: string): AssessmentDocument {
  return { format: DOCUMENT_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, savedAt, assessment };
}

// Compile-time check that the schema and the domain type agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _assessmentMatches: Same<z.infer<typeof assessmentSchema>, Assessment> = true;
const _answerMatches: Same<z.infer<typeof answerSchema>, Answer> = true;
void _assessmentMatches;
void _answerMatches;
