// Writing an assessment as a document file (the "Export" button).
//
// API:
//   exportDocumentText(assessment, savedAt) -> string
//     Compact JSON (one line, then a line end) of the current document format, so the
//     file is exactly the size the reader checked against the file limit (read.ts). Keys
//     always come in the same order (envelope, metadata, then answers and archive sorted
//     by indicator id), so two exports of the same assessment are byte-identical. Only
//     known fields are written.
//   maxExportBytes(assessment) -> number
//     The bytes of its export once the tool has set the fields it sets on its own (a new
//     id on import, the revision, the last page, the two dates) to their longest: the
//     size the limit applies to (read.ts), so an accepted assessment can be imported as
//     new, saved and exported again without growing over the limit.
//   suggestedFileName(assessment) -> "examplia-2026-national-review.json"
//     country-year-slug (slug from the title, or the questionnaire id), lower case,
//     a-z 0-9 and dashes only, at most 80 characters before ".json".
import type { Answer, Assessment, Choice } from "../assessment/assessment";
import { toDocument } from "./format";
import { MAX_NAME } from "./limits";
import { utf8Length } from "./size";

export function exportDocumentText(assessment: Assessment, savedAt: string): string {
  const doc = toDocument(orderedAssessment(assessment), savedAt);
  return `${JSON.stringify({ format: doc.format, formatVersion: doc.formatVersion, savedAt: doc.savedAt, assessment: doc.assessment })}\n`;
}

// Longest forms the tool itself writes: ids up to MAX_NAME, routes (lastPath) of ASCII up to
// 500 characters, Date.toISOString (24 characters), revisions up to 16 digits.
const ROOM = { id: MAX_NAME, lastPath: 500, date: 24, revision: Number.MAX_SAFE_INTEGER };

export function maxExportBytes(assessment: Assessment): number {
  const longest: Assessment = {
    ...assessment,
    id: assessment.id.padEnd(ROOM.id, "x"),
    lastPath: assessment.lastPath.padEnd(ROOM.lastPath, "x"),
    createdAt: assessment.createdAt.padEnd(ROOM.date, "0"),
    updatedAt: assessment.updatedAt.padEnd(ROOM.date, "0"),
    revision: Math.max(assessment.revision, ROOM.revision),
  };
  return utf8Length(exportDocumentText(longest, "2000-01-01T00:00:00.000Z"));
}

function orderedAssessment(a: Assessment): Assessment {
  return {
    id: a.id,
    country: a.country,
    year: a.year,
    perspective: a.perspective,
    leadMinistry: a.leadMinistry,
    title: a.title,
    questionnaire: { id: a.questionnaire.id, version: a.questionnaire.version },
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    answers: orderedAnswers(a.answers),
    completedSections: [...a.completedSections],
    archive: orderedAnswers(a.archive),
    lastPath: a.lastPath,
    revision: a.revision,
  };
}

function orderedAnswers(answers: Record<string, Answer>): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const key of Object.keys(answers).sort()) {
    const a = answers[key]!;
    out[key] = { choice: orderedChoice(a.choice), evidence: a.evidence, comment: a.comment, answeredBy: a.answeredBy, updatedAt: a.updatedAt };
    if (a.carriedOver) out[key].carriedOver = { fromYear: a.carriedOver.fromYear };
  }
  return out;
}

function orderedChoice(c: Choice): Choice {
  if (c.kind === "option") return { kind: c.kind, optionId: c.optionId };
  if (c.kind === "notApplicable") return { kind: c.kind, reason: c.reason };
  if (c.kind === "number") return { kind: c.kind, value: c.value, year: c.year };
  return { kind: c.kind };
}

const MAX_FILE_NAME = 80;

export function suggestedFileName(assessment: Assessment): string {
  const parts = [slug(assessment.country), String(assessment.year), slug(assessment.title) || slug(assessment.questionnaire.id)];
  const base = parts.filter(Boolean).join("-").slice(0, MAX_FILE_NAME).replace(/-+$/, "");
  return `${base || "assessment"}.json`;
}

/** Letters lose their accents; anything that is not a-z or 0-9 becomes a single dash. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
