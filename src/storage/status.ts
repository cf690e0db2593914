// What the user must know about saving, as a tiny observable: the shell shows a banner
// for each problem. Nothing here is swallowed: every failure ends up in this state.
export type StorageProblem =
  | { kind: "unavailable" } // IndexedDB missing or refused (private mode): memory only
  | { kind: "quota" } // the browser's storage is full
  | { kind: "blocked" } // an older version is open in another tab and holds the database
  | { kind: "versionchange" } // a newer version of the tool opened in another tab
  | { kind: "failed"; detail: string } // any other write or read failure
  | { kind: "unreadable"; count: number }; // saved documents that failed validation (left untouched)

export interface StorageState {
  mode: "starting" | "indexeddb" | "memory";
  /** Result of navigator.storage.persist(); null when not asked or not supported. */
  persisted: boolean | null;
  problems: StorageProblem[];
}

let state: StorageState = { mode: "starting", persisted: null, problems: [] };
const listeners = new Set<() => void>();

export function getStorageState(): StorageState {
  return state;
}

export function subscribeStorageState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: StorageState) {
  state = next;
  listeners.forEach((l) => l());
}

export function setMode(mode: StorageState["mode"]): void {
  set({ ...state, mode });
}

export function setPersisted(persisted: boolean | null): void {
  set({ ...state, persisted });
}

/** Adds a problem (replacing one of the same kind). */
export function reportProblem(problem: StorageProblem): void {
  set({ ...state, problems: [...state.problems.filter((p) => p.kind !== problem.kind), problem] });
}

export function clearProblem(kind: StorageProblem["kind"]): void {
  if (state.problems.some((p) => p.kind === kind)) set({ ...state, problems: state.problems.filter((p) => p.kind !== kind) });
}

/** For tests. */
export function resetStorageState(): void {
  set({ mode: "starting", persisted: null, problems: [] });
}
