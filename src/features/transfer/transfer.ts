// The plain logic behind the transfer pages (no React): what an export contains, the size
// check before a file is read, and which saved assessments a file can go into.
import type { Assessment } from "../../domain/assessment/assessment";
import { exportDocumentText, suggestedFileName } from "../../domain/document/export";
import { MAX_FILE_BYTES } from "../../domain/document/limits";
import type { MergeItem } from "../../domain/document/section-merge";
import { sizeOverLimit, type SizeOverLimit } from "../../domain/document/size";
import type { Questionnaire } from "../../domain/questionnaire/schema";

export type ExportScope = { kind: "whole" } | { kind: "section"; dimensionId: string };

/** Only the answers of one section (dimension): what a contributor needs; no archive. */
export function sectionOnly(assessment: Assessment, questionnaire: Questionnaire, dimensionId: string): Assessment {
  const inSection = new Set(questionnaire.indicators.filter((i) => i.dimension === dimensionId).map((i) => i.id));
  const answers = Object.fromEntries(Object.entries(assessment.answers).filter(([id]) => inSection.has(id)));
  return { ...assessment, answers, archive: {}, completedSections: assessment.completedSections.filter((s) => s === dimensionId) };
}

export interface ExportFile {
  fileName: string;
  text: string;
}

export function exportFile(assessment: Assessment, questionnaire: Questionnaire, scope: ExportScope, savedAt: string): ExportFile {
  if (scope.kind === "whole") return { fileName: suggestedFileName(assessment), text: exportDocumentText(assessment, savedAt) };
  const part = sectionOnly(assessment, questionnaire, scope.dimensionId);
  const base = suggestedFileName(assessment).replace(/\.json$/, "");
  const section = scope.dimensionId.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return { fileName: `${base}-${section}.json`, text: exportDocumentText(part, savedAt) };
}

export const MAX_FILE_MB = MAX_FILE_BYTES / 1048576;

/** null when a file of `bytes` may be read; else its size and the limit, in units that show the difference. */
export function oversize(bytes: number): SizeOverLimit | null {
  return bytes > MAX_FILE_BYTES ? sizeOverLimit(bytes, MAX_FILE_BYTES) : null;
}

const sameCountry = (a: Assessment, b: Assessment) => a.country.trim().toLowerCase() === b.country.trim().toLowerCase();

/** Saved assessments a contributor's file can be merged into: same country and questionnaire. */
export function mergeTargets(saved: readonly Assessment[], incoming: Assessment): Assessment[] {
  return saved.filter((a) => sameCountry(a, incoming) && a.questionnaire.id === incoming.questionnaire.id);
}

/** Sections of the questionnaire the file has at least one answer in. */
export function sectionsWithAnswers(questionnaire: Questionnaire, incoming: Assessment): string[] {
  const answered = new Set(Object.keys(incoming.answers));
  return questionnaire.dimensions.map((d) => d.id).filter((dim) => questionnaire.indicators.some((i) => i.dimension === dim && answered.has(i.id)));
}

export const conflictsOf = (items: readonly MergeItem[]) => items.filter((i) => i.conflict);
