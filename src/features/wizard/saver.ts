// Autosave: the machine asks to persist on every change; this writes at most every
// DEBOUNCE_MS (so typing is saved while typed), one write at a time, and flush() is called
// when the page is hidden or closed (WizardPage does). A conflict (another tab saved first) is never
// overwritten: the stored copy is handed back so the page can be refreshed.
import type { Assessment } from "../../domain/assessment/assessment";
import type { AssessmentRepository, Draft } from "../../storage";
import type { PersistRequest } from "./wizardMachine";

export const DEBOUNCE_MS = 300;

export interface SaverCallbacks {
  onConflict: (current: Assessment | null) => void;
  onSaved?: (revision: number) => void;
}

export interface Saver {
  request: (r: PersistRequest) => void;
  flush: () => Promise<void>;
  /** The assessment was replaced from outside: drop what is pending, continue from its revision. */
  reset: (revision: number) => void;
  /** True when a newer revision than ours exists (another tab wrote). */
  isBehind: (revision: number) => boolean;
  dispose: () => void;
}

export function createSaver(repository: AssessmentRepository, initial: Assessment, callbacks: SaverCallbacks): Saver {
  const id = initial.id;
  let revision = initial.revision;
  let pending: Assessment | null = null;
  let lastWritten: Assessment | null = initial;
  let drafts: Record<string, Draft | null> = {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const write = async () => {
    timer = null;
    const assessment = pending;
    const draftOps = drafts;
    pending = null;
    drafts = {};
    for (const [indicatorId, draft] of Object.entries(draftOps)) {
      if (draft) await repository.putDraft(id, indicatorId, draft);
      else await repository.deleteDraft(id, indicatorId);
    }
    if (!assessment || assessment === lastWritten) return;
    const result = await repository.save({ ...assessment, revision });
    if (result.ok) {
      revision = result.assessment.revision;
      lastWritten = assessment;
      callbacks.onSaved?.(revision);
    } else if (result.reason === "conflict") {
      pending = null;
      if (result.current) revision = result.current.revision;
      callbacks.onConflict(result.current);
    } else {
      // quota or failure: the storage status banner says so; keep it to retry with the next change.
      pending ??= assessment;
    }
  };

  const schedule = () => {
    if (timer === null) timer = setTimeout(() => void (chain = chain.then(write)), DEBOUNCE_MS);
  };

  const flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      chain = chain.then(write);
    }
    return chain;
  };

  return {
    request(r) {
      pending = r.assessment;
      Object.assign(drafts, r.draftsChanged);
      schedule();
    },
    flush,
    reset(next) {
      pending = null;
      revision = next;
    },
    isBehind: (other) => other > revision,
    dispose() {
      void flush();
    },
  };
}
