// Where the write-ahead journal (journal.ts) keeps its entries; small enough for the app
// shell, which only needs to know whether there are any before loading the journal code.
export const JOURNAL_PREFIX = "coherence.unsaved:";

export function browserStore(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null; // some browsers throw on access when storage is disabled
  }
}

export function hasJournalEntries(): boolean {
  const store = browserStore();
  if (!store) return false;
  try {
    for (let k = 0; k < store.length; k++) if (store.key(k)?.startsWith(JOURNAL_PREFIX)) return true;
  } catch {
    // unreadable storage: nothing to replay
  }
  return false;
}
