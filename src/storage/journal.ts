// Write-ahead journal of edits not yet stored in IndexedDB, kept in localStorage because
// localStorage writes are synchronous: an entry written on every change is kept even when
// the tab or the browser closes before IndexedDB has finished (an IndexedDB save started
// while a page unloads never completes). Also keeps an edit that IndexedDB refused for lack
// of space, across a reload, until it is stored.
//
// One entry per tab and assessment (two tabs never overwrite each other's entry). An entry
// is removed once what it holds is stored. The entry of a tab that no longer exists is
// "orphaned": the next page that opens the assessment adopts it (rebases it on the stored
// copy and saves it). Whether a tab still exists is known from a Web Lock each tab holds
// for as long as it lives; the browser releases it when the tab goes.
//
// Entries are read back as untrusted data: anything that does not match the schema is
// dropped, and everything adopted is saved through the repository's own checks.
import type { AnswerConflict, LocalChanges } from "../domain/assessment/merge";
import { answerSchema } from "../domain/document/format";
import { z } from "../domain/zod";
import type { Draft } from "./drafts";
import { browserStore, JOURNAL_PREFIX as PREFIX } from "./journal-keys";

export interface JournalEntry {
  assessmentId: string;
  tab: string;
  /** ISO time the entry was written. */
  at: string;
  changes: LocalChanges;
  /** Drafts changed and not yet stored (null: delete the stored draft). */
  drafts: Record<string, Draft | null>;
  /** Questions changed here and in another tab, not yet decided (mine is held here). */
  conflicts: AnswerConflict[];
}

type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export interface Journal {
  readonly tab: string;
  /** Synchronous. False when the entry could not be written (storage missing or full). */
  write(entry: Omit<JournalEntry, "tab" | "at">): boolean;
  remove(assessmentId: string, tab?: string): void;
  /** Entries for this assessment left by tabs that are gone (waits up to waitMs for a closing tab), and by this tab's earlier pages. */
  orphans(assessmentId: string, waitMs?: number): Promise<JournalEntry[]>;
  /** Every orphaned entry, whatever the assessment. */
  allOrphans(waitMs?: number): Promise<JournalEntry[]>;
}

const keyOf = (tab: string, assessmentId: string) => `${PREFIX}${tab}:${assessmentId}`;

const text = (max: number) => z.string().check(z.maxLength(max));
const nullableAnswer = z.nullable(answerSchema);
const entrySchema = z.object({
  v: z.literal(1),
  assessmentId: text(200),
  tab: text(40),
  at: text(40),
  changes: z.object({
    baseRevision: z.int().check(z.minimum(0)),
    answers: z.record(text(200), z.object({ before: nullableAnswer, after: nullableAnswer })),
    completedSections: z.nullable(z.object({ before: z.array(text(200)), after: z.array(text(200)) })),
    lastPath: z.nullable(text(500)),
    updatedAt: z.nullable(text(40)),
  }),
  // A draft the reader would refuse (too long) is journalled as typed: it is never stored
  // in IndexedDB, but the text the user typed is not lost either.
  drafts: z.record(text(200), z.nullable(z.object({ choice: z.string(), reason: z.string(), evidence: z.string(), comment: z.string() }))),
  conflicts: z.array(z.object({ indicatorId: text(200), mine: nullableAnswer, theirs: nullableAnswer })),
});

export interface JournalOptions {
  store?: KeyValueStore | null;
  tab?: string;
  /** Whether the tab that wrote an entry is still open; waits up to waitMs for it to close. */
  tabAlive?: (tab: string, waitMs: number) => Promise<boolean>;
  now?: () => string;
}

export function createJournal(options: JournalOptions = {}): Journal {
  const store = options.store === undefined ? browserStore() : options.store;
  const tab = options.tab ?? Math.random().toString(36).slice(2, 12);
  const tabAlive = options.tabAlive ?? webLockAlive;
  const now = options.now ?? (() => new Date().toISOString());
  if (!options.tabAlive) holdTabLock(tab);

  const entries = (assessmentId?: string): JournalEntry[] => {
    if (!store) return [];
    const found: JournalEntry[] = [];
    const keys: string[] = [];
    for (let k = 0; k < store.length; k++) {
      const key = store.key(k);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const entry = parse(store, key);
      if (!entry) continue;
      if (assessmentId !== undefined && entry.assessmentId !== assessmentId) continue;
      found.push(entry);
    }
    return found;
  };

  // This page's own entries belong to an earlier page of the same assessment in this tab (its saver is gone).
  const orphansOf = async (list: JournalEntry[], waitMs: number) => {
    const alive = await Promise.all(list.map((e) => e.tab !== tab && tabAlive(e.tab, waitMs)));
    return list.filter((_, k) => !alive[k]);
  };

  return {
    tab,
    write(entry) {
      if (!store) return false;
      try {
        store.setItem(keyOf(tab, entry.assessmentId), JSON.stringify({ v: 1, ...entry, tab, at: now() }));
        return true;
      } catch {
        return false;
      }
    },
    remove(assessmentId, owner = tab) {
      try {
        store?.removeItem(keyOf(owner, assessmentId));
      } catch {
        // nothing to do: the entry is dropped or adopted again later, which changes nothing
      }
    },
    orphans: (assessmentId, waitMs = 1500) => orphansOf(entries(assessmentId), waitMs),
    allOrphans: (waitMs = 1500) => orphansOf(entries(), waitMs),
  };
}

function parse(store: KeyValueStore, key: string): JournalEntry | null {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(key) ?? "null");
  } catch {
    raw = null;
  }
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success || key !== keyOf(parsed.data.tab, parsed.data.assessmentId)) {
    try {
      store.removeItem(key);
    } catch {
      // a damaged entry that cannot even be removed is ignored
    }
    return null;
  }
  const { v: _v, ...entry } = parsed.data;
  return entry as JournalEntry;
}

let shared: Journal | null = null;

/** This page's journal (one per page: it names this tab). */
export function pageJournal(): Journal {
  shared ??= createJournal();
  return shared;
}

const lockName = (tab: string) => `coherence-tab:${tab}`;
const locks = () => (typeof navigator !== "undefined" ? navigator.locks : undefined);

/** Held until this page goes away: other pages then know its journal entries are orphans. */
function holdTabLock(tab: string): void {
  void locks()?.request(lockName(tab), () => new Promise<void>(() => {}));
}

/** A tab is alive while it holds its lock. Without Web Locks every entry counts as orphaned (adopting is harmless: rebasing an edit already stored changes nothing). */
async function webLockAlive(tab: string, waitMs: number): Promise<boolean> {
  const l = locks();
  if (!l) return false;
  const free = await l.request(lockName(tab), { ifAvailable: true }, (lock) => lock !== null);
  if (free || waitMs <= 0) return !free;
  // A tab that is closing or reloading releases its lock a moment later.
  try {
    await l.request(lockName(tab), { signal: AbortSignal.timeout(waitMs) }, () => undefined);
    return false;
  } catch {
    return true;
  }
}
