// Autosave. The machine asks to persist on every change; the saver
//  - writes the change to the journal at once (synchronous localStorage: kept even if the
//    tab or the browser closes in the next millisecond, see storage/journal.ts),
//  - writes to IndexedDB at most every DEBOUNCE_MS, one write at a time (flush() is called
//    when the page is hidden or closed, but nothing depends on it finishing),
//  - retries a write that failed (storage full) by itself, sooner and sooner apart up to
//    RETRY_MAX_MS, until it is stored; the journal keeps the edit meanwhile, across reloads,
//  - never overwrites another tab's save: it merges that copy with this tab's edits
//    (domain/assessment/merge.ts) and hands back the questions both changed, to ask.
import type { Assessment } from "../../domain/assessment/assessment";
import { hasChanges, localChanges, rebase, type AnswerConflict } from "../../domain/assessment/merge";
import type { AssessmentRepository, Draft } from "../../storage";
import type { Journal } from "../../storage/journal";
import type { PersistRequest } from "./wizardMachine";

export const DEBOUNCE_MS = 300;
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 10_000;

export interface Refusal {
  /** The question whose draft was refused, or null for the assessment as a whole. */
  indicatorId: string | null;
  message: string;
}

export interface SaverCallbacks {
  /** Another tab saved: its copy with this tab's edits on top, and the questions both changed. */
  onMerged: (merged: { assessment: Assessment; conflicts: AnswerConflict[] }) => void;
  /** The reader would refuse what was to be written: nothing was written. */
  onRefused?: (refusal: Refusal) => void;
  onSaved?: (revision: number) => void;
}

export interface Saver {
  request: (r: PersistRequest) => void;
  flush: () => Promise<void>;
  /** Another tab wrote this assessment: fetch its copy and merge (in turn with the writes). */
  refresh: () => Promise<void>;
  /** Try a failed write again now (for example when another tab freed space). */
  retryNow: () => void;
  /** The revision this tab's edits are based on. */
  revision: () => number;
  /** Writes what is pending and stops; resolves when written (or failed: the journal keeps it). */
  dispose: () => Promise<void>;
  /** Undoes dispose (React's development mode mounts every page twice). */
  activate: () => void;
}

export function createSaver(repository: AssessmentRepository, journal: Journal | null, initial: Assessment, callbacks: SaverCallbacks): Saver {
  const id = initial.id;
  /** The copy known to be stored: the base of this tab's edits. */
  let stored = initial;
  /** The latest copy asked for. */
  let mine = initial;
  let conflicts: AnswerConflict[] = [];
  /** Drafts not yet stored (journalled), and those still to write. */
  let unsavedDrafts: Record<string, Draft | null> = {};
  let toWrite: Record<string, Draft | null> = {};
  /** A copy the reader refused: not tried again until something changes. */
  let refused: Assessment | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let chain: Promise<void> = Promise.resolve();
  /** After dispose the writes in flight finish, but the journal entry is left to the next page of this assessment. */
  let disposed = false;

  const updateJournal = () => {
    if (!journal || disposed) return;
    const changes = localChanges(stored, mine);
    if (!hasChanges(changes) && Object.keys(unsavedDrafts).length === 0 && conflicts.length === 0) journal.remove(id);
    else journal.write({ assessmentId: id, changes, drafts: unsavedDrafts, conflicts });
  };

  const failed = () => {
    failures++;
    if (retryTimer !== null || disposed) return;
    const delay = Math.min(RETRY_FIRST_MS * 2 ** (failures - 1), RETRY_MAX_MS);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      enqueue();
    }, delay);
  };

  const writeDrafts = async () => {
    const ops = toWrite;
    toWrite = {};
    for (const [indicatorId, draft] of Object.entries(ops)) {
      let result: Awaited<ReturnType<AssessmentRepository["putDraft"]>>;
      try {
        result = draft ? await repository.putDraft(id, indicatorId, draft) : (await repository.deleteDraft(id, indicatorId), { ok: true });
      } catch (error) {
        result = { ok: false, reason: "failed", message: String(error) };
      }
      const newer = Object.hasOwn(toWrite, indicatorId);
      if (result.ok) {
        if (!newer && unsavedDrafts[indicatorId] === draft) delete unsavedDrafts[indicatorId];
      } else if (result.reason === "invalid") {
        callbacks.onRefused?.({ indicatorId, message: result.message });
      } else {
        if (!newer) toWrite[indicatorId] = draft;
        failed();
      }
    }
  };

  const merge = (theirs: Assessment) => {
    if (theirs.revision <= stored.revision) return;
    const result = rebase(theirs, localChanges(stored, mine));
    stored = theirs;
    mine = result.assessment;
    refused = null;
    callbacks.onMerged(result);
  };

  const write = async () => {
    timer = null;
    await writeDrafts();
    const target = mine;
    if (target !== refused && hasChanges(localChanges(stored, target))) {
      const result = await repository.save({ ...target, revision: stored.revision });
      if (result.ok) {
        stored = { ...target, revision: result.assessment.revision };
        if (mine === target) mine = stored;
        else mine = { ...mine, revision: stored.revision };
        failures = 0;
        callbacks.onSaved?.(stored.revision);
      } else if (result.reason === "conflict") {
        // Another tab saved first (or deleted it: then there is nothing to merge into, and the journal keeps the edit).
        if (result.current) merge(result.current);
      } else if (result.reason === "invalid") {
        refused = target;
        callbacks.onRefused?.({ indicatorId: null, message: result.message });
      } else {
        failed();
      }
    }
    updateJournal();
  };

  const enqueue = () => {
    chain = chain.then(write, write);
    return chain;
  };

  const schedule = () => {
    if (timer === null) timer = setTimeout(() => void enqueue(), DEBOUNCE_MS);
  };

  const flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      return enqueue();
    }
    return chain;
  };

  return {
    request(r) {
      mine = { ...r.assessment, revision: stored.revision };
      conflicts = r.conflicts ?? [];
      for (const [indicatorId, draft] of Object.entries(r.draftsChanged)) {
        unsavedDrafts[indicatorId] = draft;
        toWrite[indicatorId] = draft;
      }
      updateJournal();
      schedule();
    },
    flush,
    refresh() {
      chain = chain.then(async () => {
        const found = await repository.get(id);
        if (found.assessment) merge(found.assessment);
        updateJournal();
      });
      return chain;
    },
    retryNow() {
      if (failures === 0) return;
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      void enqueue();
    },
    revision: () => stored.revision,
    dispose() {
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      disposed = true;
      return flush();
    },
    activate() {
      disposed = false;
    },
  };
}
