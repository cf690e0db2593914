// Writing an assessment as a document file (the "Export" button).
//
// API:
//   exportDocumentText(assessment, savedAt) -> string
//     Pretty-printed JSON of the current document format. Keys always come in the same
//     order (envelope, metadata, then answers and archive sorted by indicator id), so two
//     exports of the same assessment are byte-identical and diff well. Only known fields
//     are written.
//   suggestedFileName(assessment) -> "examplia-2026-national-review.json"
//     country-year-slug (slug from the title, or the questionnaire id), lower case,
//     a-z 0-9 and dashes only, at most 80 characters before ".json".
import type { Answer, Assessment, Choice } from "../assessment/assessment";
import { toDocument } from "./format";

export function exportDocumentText(assessment: Assessment, savedAt: string): string {
  const doc = toDocument(orderedAssessment(assessment), savedAt);
  return `${JSON.stringify({ format: doc.format, formatVersion: doc.formatVersion, savedAt: doc.savedAt, assessment: doc.assessment }, null, 2)}\n`;
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
