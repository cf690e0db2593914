// The one door to saved assessments. getRepository() opens IndexedDB once, falls back
// to memory (with a visible warning) when it cannot, and asks for persistent storage.
// Before any page reads, edits left in the journal by tabs that closed too early are stored.
import { replayOrphans } from "./adopt";
import { idbRepository } from "./idb";
import { createJournal, type Journal } from "./journal";
import { memoryRepository } from "./memory";
import type { AssessmentRepository } from "./repository";
import { reportProblem, setMode, setPersisted } from "./status";
import { classifyStorageError, describeError } from "./errors";

export type { AssessmentRepository, SaveResult, DraftResult, ListResult, Change, Unreadable } from "./repository";
export type { Draft } from "./drafts";
export type { Journal, JournalEntry } from "./journal";
export { applyEntries, type Adopted } from "./adopt";
export { emptyDraft } from "./drafts";
export * from "./status";

let opening: Promise<AssessmentRepository> | null = null;
let journal: Journal | null = null;

const pendingWrites = new Set<Promise<unknown>>();

/**
 * The repository, once the writes a page left behind have finished: a page that reads
 * (the start page after leaving an assessment) sees what was typed a moment before.
 */
export async function getRepository(): Promise<AssessmentRepository> {
  opening ??= openRepository().then(async (repository) => {
    if (repository.mode === "indexeddb") await replayOrphans(repository, getJournal()).catch(() => {});
    return repository;
  });
  const repository = await opening;
  if (pendingWrites.size) await Promise.allSettled([...pendingWrites]);
  return repository;
}

/** Registers the last writes of a page that is going away (see getRepository). */
export function finishWrites(writes: Promise<unknown>): void {
  pendingWrites.add(writes);
  void writes.finally(() => pendingWrites.delete(writes));
}

/** This page's write-ahead journal (one per page: it names this tab). */
export function getJournal(): Journal {
  journal ??= createJournal();
  return journal;
}

export async function openRepository(options: { name?: string; version?: number } = {}): Promise<AssessmentRepository> {
  if (typeof indexedDB === "undefined" || indexedDB === null) return fallBack("IndexedDB is not available in this browser.");
  try {
    const repository = await idbRepository(options);
    setMode("indexeddb");
    void requestPersistence();
    return repository;
  } catch (error) {
    const kind = classifyStorageError(error);
    if (kind === "quota") reportProblem({ kind: "quota" });
    return fallBack(describeError(error));
  }
}

function fallBack(_why: string): AssessmentRepository {
  setMode("memory");
  reportProblem({ kind: "unavailable" });
  return memoryRepository();
}

/** Asks the browser not to evict our data under storage pressure; the answer is shown on the start page. */
async function requestPersistence(): Promise<void> {
  try {
    const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
    if (!storage?.persist) return setPersisted(null);
    const already = (await storage.persisted?.()) ?? false;
    setPersisted(already || (await storage.persist()));
  } catch {
    setPersisted(null);
  }
}
