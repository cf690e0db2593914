// Every write goes through the reader: a document is stored only when readDocument
// accepts it, so nothing is ever saved that the app would later refuse to open.
//
// API: documentForStorage(assessment, savedAt) -> { ok: true, document } | { ok: false, problems }
//      problemsText(problems) -> "assessment.year: must be at most 2100; ..." (for a message)
import type { Assessment } from "../assessment/assessment";
import { toDocument, type AssessmentDocument } from "./format";
import type { Problem } from "./problems";
import { readDocument } from "./read";

export type StorageCheck = { ok: true; document: AssessmentDocument } | { ok: false; problems: Problem[] };

/** The document as the reader returns it (defaults filled in, unknown fields dropped), or why it would be refused. */
export function documentForStorage(assessment: Assessment, savedAt: string): StorageCheck {
  const read = readDocument(toDocument(assessment, savedAt));
  return read.ok ? { ok: true, document: read.document } : { ok: false, problems: read.problems };
}

export function problemsText(problems: readonly Problem[]): string {
  return problems.map((p) => (p.where === "(file)" ? p.message : `${p.where}: ${p.message}`)).join("; ");
}
