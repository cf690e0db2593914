// Session-only storage for browsers where IndexedDB cannot be used. Same contract as
// idb.ts (revisions included) so the app behaves the same; the shell warns that nothing
// will be kept.
import type { Assessment } from "../domain/assessment/assessment";
import { documentForStorage, problemsText } from "../domain/document/write";
import { draftProblem, type Draft } from "./drafts";
import type { AssessmentRepository, DraftResult, SaveResult } from "./repository";

export function memoryRepository(): AssessmentRepository {
  const assessments = new Map<string, Assessment>();
  const drafts = new Map<string, Record<string, Draft>>();
  const copy = (a: Assessment): Assessment => structuredClone(a);
  /** The same check as idb.ts: what the reader would refuse is never kept. */
  const store = (next: Assessment): SaveResult => {
    const checked = documentForStorage(next, new Date().toISOString());
    if (!checked.ok) return { ok: false, reason: "invalid", message: problemsText(checked.problems), problems: checked.problems };
    assessments.set(next.id, checked.document.assessment);
    return { ok: true, assessment: copy(checked.document.assessment) };
  };

  return {
    mode: "memory",
    async list() {
      return { assessments: [...assessments.values()].map(copy), unreadable: [] };
    },
    async get(id) {
      const found = assessments.get(id);
      return found ? { assessment: copy(found) } : { assessment: null };
    },
    async create(assessment): Promise<SaveResult> {
      if (assessments.has(assessment.id)) return { ok: false, reason: "conflict", current: copy(assessments.get(assessment.id)!) };
      return store({ ...copy(assessment), revision: 1 });
    },
    async save(assessment): Promise<SaveResult> {
      const current = assessments.get(assessment.id);
      if (!current || current.revision !== assessment.revision) {
        return { ok: false, reason: "conflict", current: current ? copy(current) : null };
      }
      return store({ ...copy(assessment), revision: assessment.revision + 1 });
    },
    async remove(id) {
      assessments.delete(id);
      drafts.delete(id);
    },
    async getDrafts(id) {
      return { ...(drafts.get(id) ?? {}) };
    },
    async putDraft(id, indicatorId, draft): Promise<DraftResult> {
      const problem = draftProblem(draft);
      if (problem) return { ok: false, reason: "invalid", message: problem };
      drafts.set(id, { ...(drafts.get(id) ?? {}), [indicatorId]: { ...draft } });
      return { ok: true };
    },
    async deleteDraft(id, indicatorId) {
      const forAssessment = drafts.get(id);
      if (forAssessment) delete forAssessment[indicatorId];
    },
    onExternalChange() {
      return () => {};
    },
    close() {},
  };
}
