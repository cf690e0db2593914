// The storage contract every feature uses. Two implementations: IndexedDB (idb.ts) and,
// when IndexedDB is unavailable, memory (memory.ts) for the session only.
import type { Assessment } from "../domain/assessment/assessment";
import type { Problem } from "../domain/document/problems";
import type { Draft } from "./drafts";

export type SaveResult =
  | { ok: true; assessment: Assessment }
  /** Someone else (another tab) saved since this copy was read: nothing was written. */
  | { ok: false; reason: "conflict"; current: Assessment | null }
  | { ok: false; reason: "quota" | "failed"; message: string }
  /** The reader would refuse what was to be written (a field over its limit, a year out of range): nothing was written. */
  | { ok: false; reason: "invalid"; message: string; problems: Problem[] };

/** Storing a draft: refused like an assessment when the reader would refuse it, or when storage fails. */
export type DraftResult = { ok: true } | { ok: false; reason: "invalid" | "quota" | "failed"; message: string };

export interface Unreadable {
  id: string;
  problems: Problem[];
}

export interface ListResult {
  assessments: Assessment[];
  /** Saved documents that failed validation; they are left as they are. */
  unreadable: Unreadable[];
}

export interface Change {
  id: string;
  /** Revision now stored, or null when the assessment was deleted. */
  revision: number | null;
}

export interface AssessmentRepository {
  readonly mode: "indexeddb" | "memory";
  list(): Promise<ListResult>;
  /** null when there is no such assessment; problems when it is stored but unreadable. */
  get(id: string): Promise<{ assessment: Assessment } | { assessment: null; problems?: Problem[] }>;
  /**
   * Every write (create, save, putDraft) is checked by the same reader as every read and
   * refused ("invalid") when the reader would refuse it.
   */
  /** Stores a new assessment (revision 1). Fails with conflict if the id is taken. */
  create(assessment: Assessment): Promise<SaveResult>;
  /**
   * Stores a new version when the stored revision still equals assessment.revision;
   * the stored copy gets revision + 1. Otherwise nothing is written (conflict).
   */
  save(assessment: Assessment): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  getDrafts(assessmentId: string): Promise<Record<string, Draft>>;
  putDraft(assessmentId: string, indicatorId: string, draft: Draft): Promise<DraftResult>;
  deleteDraft(assessmentId: string, indicatorId: string): Promise<void>;
  /** Called when another tab or window saved or deleted an assessment. */
  onExternalChange(listener: (change: Change) => void): () => void;
  close(): void;
}
