// The one door to saved assessments. getRepository() opens IndexedDB once, falls back
// to memory (with a visible warning) when it cannot, and asks for persistent storage.
// Before any page reads, edits left in the journal by tabs that closed too early are stored.
import { idbRepository } from "./idb";
import { hasJournalEntries } from "./journal-keys";
import { memoryRepository } from "./memory";
import type { AssessmentRepository } from "./repository";
import { reportProblem, setMode, setPersisted } from "./status";
import { classifyStorageError, describeError } from "./errors";

export type { AssessmentRepository, SaveResult, DraftResult, ListResult, Change, Unreadable } from "./repository";
export type { Draft } from "./drafts";
export { emptyDraft } from "./drafts";
export * from "./status";

let opening: Promise<AssessmentRepository> | null = null;

const pendingWrites = new Set<Promise<unknown>>();

/**
 * The repository, once the writes a page left behind have finished: a page that reads
 * (the start page after leaving an assessment) sees what was typed a moment before.
 */
export async function getRepository(): Promise<AssessmentRepository> {
  opening ??= openRepository().then(async (repository) => {
    if (repository.mode === "indexeddb" && hasJournalEntries()) await replayLeftEdits(repository).catch(() => {});
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

/** Stores what tabs that closed too early left in the journal (code loaded only when there is some). */
async function replayLeftEdits(repository: AssessmentRepository): Promise<void> {
  const [{ replayOrphans }, { pageJournal }] = await Promise.all([import("./adopt"), import("./journal")]);
  await replayOrphans(repository, pageJournal());
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
