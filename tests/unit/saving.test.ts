// Saving that loses nothing (issue 17, items 4 to 7): every write is checked by the reader,
// every change is journalled synchronously before IndexedDB is touched, a failed save is
// retried until it is stored, and another tab's save is merged, never silently overwritten.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDB } from "idb";
import { newAssessment, type Answer, type Assessment } from "../../src/domain/assessment/assessment";
import { carryOver, confirmedAnswers } from "../../src/domain/assessment/carry-over";
import { localChanges, rebase } from "../../src/domain/assessment/merge";
import { sectionProgress } from "../../src/domain/assessment/progress";
import { readDocument } from "../../src/domain/document/read";
import { scoreAssessment } from "../../src/domain/scoring/score";
import { applyEntries, replayOrphans } from "../../src/storage/adopt";
import { idbRepository } from "../../src/storage/idb";
import { createJournal } from "../../src/storage/journal";
import { memoryRepository } from "../../src/storage/memory";
import { getStorageState, resetStorageState } from "../../src/storage/status";
import { createSaver, RETRY_FIRST_MS } from "../../src/features/wizard/saver";
import { answer, mini } from "./helpers";

const NOW = "2026-03-01T10:00:00.000Z";
let dbCount = 0;
const freshName = () => `saving-db-${++dbCount}-${Math.random()}`;
const sample = (id = "a1", year = 2026): Assessment =>
  newAssessment({ id, country: "Examplia", year, perspective: "origin", leadMinistry: "Planning", title: "", questionnaire: { id: "mini", version: 1 } }, NOW);
const withEvidence = (optionId: string, evidence: string): Answer => ({ ...answer(optionId), evidence });

/** localStorage as a browser has it, in memory. */
function fakeStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (n: number) => [...data.keys()][n] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

async function created(repo: Awaited<ReturnType<typeof idbRepository>>, a = sample()): Promise<Assessment> {
  const result = await repo.create(a);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.assessment;
}

beforeEach(() => resetStorageState());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("every write goes through the reader's checks", () => {
  for (const kind of ["indexeddb", "memory"] as const) {
    it(`${kind}: a year the reader refuses (2101, "Start 2101 from this one") is not stored, with the reason`, async () => {
      const repo = kind === "indexeddb" ? await idbRepository({ name: freshName() }) : memoryRepository();
      const source = await created(repo as never, { ...sample("y2100", 2100), answers: { "inst.body": answer("active") } });
      const result = await repo.create(carryOver(source, "y2101", NOW));
      expect(result).toMatchObject({ ok: false, reason: "invalid" });
      if (!result.ok && result.reason === "invalid") expect(result.message).toMatch(/assessment\.year/);
      expect((await repo.get("y2101")).assessment).toBeNull();
      expect((await repo.list()).unreadable).toEqual([]);
      repo.close();
    });

    it(`${kind}: evidence of 100,001 characters is refused, the stored copy stays readable, 100,000 is saved`, async () => {
      const repo = kind === "indexeddb" ? await idbRepository({ name: freshName() }) : memoryRepository();
      const a = await created(repo as never);
      const refused = await repo.save({ ...a, answers: { "inst.body": withEvidence("active", "e".repeat(100_001)) } });
      expect(refused).toMatchObject({ ok: false, reason: "invalid" });
      const draft = await repo.putDraft("a1", "inst.body", { choice: "", reason: "", evidence: "e".repeat(100_001), comment: "" });
      expect(draft).toMatchObject({ ok: false, reason: "invalid" });
      expect(await repo.getDrafts("a1")).toEqual({});
      const saved = await repo.save({ ...a, answers: { "inst.body": withEvidence("active", "e".repeat(100_000)) } });
      expect(saved.ok).toBe(true);
      expect((await repo.get("a1")).assessment?.answers["inst.body"]?.evidence).toHaveLength(100_000);
      repo.close();
    });
  }

  it("what IndexedDB holds is exactly what the reader returns", async () => {
    const name = freshName();
    const repo = await idbRepository({ name });
    await created(repo, { ...sample(), answers: { "inst.body": answer("active") } });
    const raw = await (await openDB(name)).get("assessments", "a1");
    const read = readDocument(raw);
    expect(read.ok && read.document).toEqual(raw);
    repo.close();
  });
});

describe("write-ahead journal", () => {
  it("a change is in localStorage before the call returns, with no IndexedDB read or write needed", async () => {
    const repo = await idbRepository({ name: freshName() });
    const a = await created(repo);
    const store = fakeStorage();
    const journal = createJournal({ store, tab: "tab-a", tabAlive: async () => false });
    const saver = createSaver(repo, journal, a, { onMerged: () => {} });
    saver.request({ assessment: { ...a, answers: { "inst.body": withEvidence("active", "typed just now") } }, draftsChanged: {} });
    // Synchronously, as it would be in a pagehide handler: the page may be gone before any await.
    const raw = store.getItem("coherence.unsaved:tab-a:a1");
    expect(raw).not.toBeNull();
    expect(JSON.parse(raw!).changes.answers["inst.body"].after.evidence).toBe("typed just now");
    expect((await repo.get("a1")).assessment?.answers).toEqual({});

    // A page opened after this tab closed takes the edit over and stores it.
    const next = createJournal({ store, tab: "tab-b", tabAlive: async () => false });
    await replayOrphans(repo, next);
    expect((await repo.get("a1")).assessment?.answers["inst.body"]?.evidence).toBe("typed just now");
    expect(store.length).toBe(0);
    await saver.dispose();
    repo.close();
  });

  it("the entry is removed once the change is stored, and a live tab's entry is never taken over", async () => {
    const repo = await idbRepository({ name: freshName() });
    const a = await created(repo);
    const store = fakeStorage();
    const journal = createJournal({ store, tab: "tab-a", tabAlive: async () => false });
    const saver = createSaver(repo, journal, a, { onMerged: () => {} });
    saver.request({ assessment: { ...a, answers: { "inst.body": answer("active") } }, draftsChanged: {} });
    const other = createJournal({ store, tab: "tab-b", tabAlive: async (tab) => tab === "tab-a" });
    expect(await other.orphans("a1")).toEqual([]);
    await saver.flush();
    expect(store.length).toBe(0);
    repo.close();
  });

  it("damaged or hostile entries are dropped, never thrown on", async () => {
    const store = fakeStorage();
    store.setItem("coherence.unsaved:x:a1", "{not json");
    store.setItem("coherence.unsaved:y:a1", JSON.stringify({ v: 1, assessmentId: "a1", tab: "y", at: NOW, changes: { answers: { "__proto__": 1 } } }));
    store.setItem("coherence.unsaved:z:a2", JSON.stringify({ v: 1, assessmentId: "a1", tab: "z", at: NOW, changes: { baseRevision: 1, answers: {}, completedSections: null, lastPath: null, updatedAt: null }, drafts: {}, conflicts: [] }));
    const journal = createJournal({ store, tab: "me", tabAlive: async () => false });
    expect(await journal.allOrphans()).toEqual([]);
    expect(store.length).toBe(0);
  });

  it("an edit only one tab made is replayed; one both changed comes back as a conflict with both answers", () => {
    const base = { ...sample(), revision: 3, answers: { "inst.body": answer("none"), "inst.budget": answer("none") } };
    const mine = { ...base, answers: { "inst.body": withEvidence("active", "mine"), "inst.budget": answer("none") } };
    const entry = { assessmentId: "a1", tab: "t", at: NOW, changes: localChanges(base, mine), drafts: {}, conflicts: [] };
    const untouched = applyEntries({ ...base, revision: 4 }, [entry]);
    expect(untouched.conflicts).toEqual([]);
    expect(untouched.assessment.answers["inst.body"]?.evidence).toBe("mine");
    const theirs = { ...base, revision: 4, answers: { ...base.answers, "inst.body": answer("paper") } };
    const clash = applyEntries(theirs, [entry]);
    expect(clash.assessment.answers["inst.body"]?.choice).toEqual({ kind: "option", optionId: "paper" });
    expect(clash.conflicts).toEqual([{ indicatorId: "inst.body", mine: withEvidence("active", "mine"), theirs: answer("paper") }]);
    // Already stored (the save finished after all): nothing to do, nothing to ask.
    const done = applyEntries({ ...mine, revision: 4 }, [entry]);
    expect(done.conflicts).toEqual([]);
    expect(localChanges({ ...mine, revision: 4 }, done.assessment).answers).toEqual({});
  });
});

describe("storage full", () => {
  it("retries by itself when space returns, clears the banner, and keeps the edit in the journal until then (also across a reload)", async () => {
    const repo = await idbRepository({ name: freshName() });
    const a = await created(repo);
    const store = fakeStorage();
    const journal = createJournal({ store, tab: "tab-a", tabAlive: async () => false });
    const put = vi.spyOn(globalThis.IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const saver = createSaver(repo, journal, a, { onMerged: () => {} });
    saver.request({ assessment: { ...a, answers: { "inst.body": withEvidence("active", "while full") } }, draftsChanged: {} });
    await saver.flush();
    expect(getStorageState().problems).toContainEqual({ kind: "quota" });
    expect((await repo.get("a1")).assessment?.answers).toEqual({});

    // A reload while the disk is still full: the next page finds the edit in the journal.
    const reloaded = createJournal({ store, tab: "tab-b", tabAlive: async () => false });
    const orphans = await reloaded.orphans("a1");
    expect(applyEntries(a, orphans).assessment.answers["inst.body"]?.evidence).toBe("while full");

    // Space comes back: no new change needed.
    put.mockRestore();
    await vi.waitFor(async () => expect((await repo.get("a1")).assessment?.answers["inst.body"]?.evidence).toBe("while full"), { timeout: RETRY_FIRST_MS * 3, interval: 50 });
    expect(getStorageState().problems).toEqual([]);
    await vi.waitFor(() => expect(store.getItem("coherence.unsaved:tab-a:a1")).toBeNull());
    await saver.dispose();
    repo.close();
  });
});

describe("two tabs", () => {
  async function twoTabs() {
    const name = freshName();
    const repoA = await idbRepository({ name });
    const repoB = await idbRepository({ name });
    const a = await created(repoA, { ...sample(), answers: { "inst.budget": answer("none") } });
    const merges: { tab: string; conflicts: string[] }[] = [];
    const tabs = { A: repoA, B: repoB };
    const savers = Object.fromEntries(
      (["A", "B"] as const).map((tab) => [
        tab,
        createSaver(tabs[tab], null, a, {
          onMerged: (m) => {
            merges.push({ tab, conflicts: m.conflicts.map((c) => c.indicatorId) });
            // The machine asks to store the merged copy, as WizardPage's machine does.
            savers[tab]!.request({ assessment: m.assessment, draftsChanged: {}, conflicts: m.conflicts });
          },
        }),
      ]),
    );
    return { a, repoA, repoB, savers: savers as Record<"A" | "B", ReturnType<typeof createSaver>>, merges };
  }

  it("edits to different questions are both kept", async () => {
    const { a, repoA, repoB, savers, merges } = await twoTabs();
    savers.A.request({ assessment: { ...a, answers: { ...a.answers, "inst.body": withEvidence("active", "typed in A") } }, draftsChanged: {} });
    await savers.A.flush();
    savers.B.request({ assessment: { ...a, answers: { ...a.answers, "rights.diaspora": answer("yes") } }, draftsChanged: {} });
    await savers.B.flush();
    await vi.waitFor(async () => {
      const stored = (await repoA.get("a1")).assessment!;
      expect(stored.answers["inst.body"]?.evidence).toBe("typed in A");
      expect(stored.answers["rights.diaspora"]?.choice).toEqual({ kind: "option", optionId: "yes" });
    });
    expect(merges).toEqual([{ tab: "B", conflicts: [] }]);
    repoA.close();
    repoB.close();
  });

  it("the same question changed in both: the later writer does not win; it is handed both answers", async () => {
    const { a, repoA, repoB, savers, merges } = await twoTabs();
    savers.A.request({ assessment: { ...a, answers: { ...a.answers, "inst.body": withEvidence("active", "typed in A") } }, draftsChanged: {} });
    await savers.A.flush();
    savers.B.request({ assessment: { ...a, answers: { ...a.answers, "inst.body": answer("none") } }, draftsChanged: {} });
    await savers.B.flush();
    await vi.waitFor(() => expect(merges).toEqual([{ tab: "B", conflicts: ["inst.body"] }]));
    await savers.B.flush();
    expect((await repoB.get("a1")).assessment?.answers["inst.body"]?.evidence).toBe("typed in A");
    repoA.close();
    repoB.close();
  });
});

describe("carried-over answers", () => {
  const q = mini();
  const last = { ...sample("y2025", 2025), answers: { "inst.body": { ...answer("active"), answeredBy: "M. Dupont" }, "inst.meets": answer("yes"), "inst.budget": answer("full"), "rights.diaspora": answer("yes") } };

  it("are marked with the year they come from and kept out of answered, scores and coverage until confirmed", () => {
    const copy = carryOver(last, "y2026", NOW);
    expect(copy.year).toBe(2026);
    expect(Object.values(copy.answers).every((x) => x.carriedOver?.fromYear === 2025)).toBe(true);
    expect(confirmedAnswers(copy.answers)).toEqual({});
    const result = scoreAssessment(q, copy);
    expect(result.counts.answered).toBe(0);
    expect(result.isDraft).toBe(true);
    expect(scoreAssessment(q, last).isDraft).toBe(false);
    expect(sectionProgress(q, copy).map((s) => [s.dimensionId, s.answered, s.toConfirm])).toEqual([
      ["inst", 0, 3],
      ["rights", 0, 1],
    ]);
    // Stored and read back with the mark.
    const read = readDocument({ format: "coherence-assessment", formatVersion: 1, savedAt: NOW, assessment: copy });
    expect(read.ok && read.document.assessment.answers["inst.body"]?.carriedOver).toEqual({ fromYear: 2025 });
  });

  it("a merge tells confirming a carried-over answer apart from leaving it", () => {
    const copy = { ...carryOver(last, "y2026", NOW), revision: 1 };
    const { carriedOver: _c, ...plain } = copy.answers["inst.body"]!;
    const confirmedHere = { ...copy, answers: { ...copy.answers, "inst.body": plain } };
    expect(Object.keys(localChanges(copy, confirmedHere).answers)).toEqual(["inst.body"]);
    expect(rebase({ ...copy, revision: 2 }, localChanges(copy, confirmedHere)).assessment.answers["inst.body"]?.carriedOver).toBeUndefined();
  });
});
