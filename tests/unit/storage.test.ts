// Storage over IndexedDB (fake-indexeddb in Node): documents read back through the
// document reader, revisions refuse silent overwrites, other tabs are told, failures are
// reported, and the memory fallback keeps the app working.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDB } from "idb";
import { newAssessment, type Assessment } from "../../src/domain/assessment/assessment";
import { idbRepository } from "../../src/storage/idb";
import { openRepository, getStorageState, resetStorageState, type Change } from "../../src/storage";
import { classifyStorageError } from "../../src/storage/errors";
import { createSaver } from "../../src/features/wizard/saver";
import type { AnswerConflict } from "../../src/domain/assessment/merge";

let dbCount = 0;
const freshName = () => `test-db-${++dbCount}-${Math.random()}`;
const NOW = "2026-03-01T10:00:00.000Z";

function sample(id = "a1"): Assessment {
  return newAssessment({ id, country: "Examplia", year: 2026, perspective: "origin", leadMinistry: "Planning", title: "", questionnaire: { id: "mini", version: 1 } }, NOW);
}
const answer = (optionId: string) => ({ choice: { kind: "option" as const, optionId }, evidence: "Decree 12/2025", comment: "", answeredBy: "", updatedAt: NOW });

beforeEach(() => resetStorageState());
afterEach(() => vi.restoreAllMocks());

describe("IndexedDB repository", () => {
  it("stores the versioned document and reads it back through the document reader", async () => {
    const name = freshName();
    const repo = await idbRepository({ name });
    const created = await repo.create({ ...sample(), answers: { "inst.body": answer("active") } });
    expect(created.ok && created.assessment.revision).toBe(1);
    // The raw record is the document envelope, not a snapshot.
    const raw = await (await openDB(name)).get("assessments", "a1");
    expect(raw).toMatchObject({ format: "coherence-assessment", formatVersion: 2, assessment: { id: "a1", revision: 1 } });
    const got = await repo.get("a1");
    expect(got.assessment?.answers["inst.body"]).toEqual(answer("active"));
    repo.close();
  });

  it("reports a damaged record instead of crashing, and leaves it untouched", async () => {
    const name = freshName();
    const repo = await idbRepository({ name });
    await repo.create(sample("good"));
    const db = await openDB(name);
    await db.put("assessments", { format: "coherence-assessment", formatVersion: 99, savedAt: NOW, assessment: { id: "newer" } });
    const list = await repo.list();
    expect(list.assessments.map((a) => a.id)).toEqual(["good"]);
    expect(list.unreadable[0]?.id).toBe("newer");
    expect(list.unreadable[0]?.problems[0]?.message).toMatch(/newer version/);
    expect(getStorageState().problems).toContainEqual({ kind: "unreadable", count: 1 });
    expect((await db.get("assessments", "newer")).formatVersion).toBe(99);
    repo.close();
  });

  it("refuses a save based on an old revision (another tab wrote first) and returns the stored copy", async () => {
    const name = freshName();
    const tabA = await idbRepository({ name });
    const tabB = await idbRepository({ name });
    const created = await tabA.create(sample());
    if (!created.ok) throw new Error("create failed");
    const fromB = (await tabB.get("a1")).assessment!;
    const savedA = await tabA.save({ ...created.assessment, answers: { "inst.body": answer("active") } });
    expect(savedA.ok && savedA.assessment.revision).toBe(2);
    const savedB = await tabB.save({ ...fromB, answers: { "inst.body": answer("none") } });
    expect(savedB).toMatchObject({ ok: false, reason: "conflict" });
    if (!savedB.ok && savedB.reason === "conflict") expect(savedB.current?.answers["inst.body"]?.choice).toEqual({ kind: "option", optionId: "active" });
    expect((await tabA.get("a1")).assessment?.answers["inst.body"]?.choice).toEqual({ kind: "option", optionId: "active" });
    tabA.close();
    tabB.close();
  });

  it("tells other tabs about a save over BroadcastChannel, not the tab that saved", async () => {
    const name = freshName();
    const tabA = await idbRepository({ name });
    const tabB = await idbRepository({ name });
    const heardByA: Change[] = [];
    const heardByB = new Promise<Change>((resolve) => tabB.onExternalChange(resolve));
    tabA.onExternalChange((c) => heardByA.push(c));
    await tabA.create(sample());
    expect(await heardByB).toEqual({ id: "a1", revision: 1 });
    expect(heardByA).toEqual([]);
    tabA.close();
    tabB.close();
  });

  it("keeps drafts per question and removes them with the assessment", async () => {
    const repo = await idbRepository({ name: freshName() });
    await repo.create(sample());
    await repo.putDraft("a1", "inst.body", { choice: "", reason: "", evidence: "half-typed", comment: "" });
    expect(await repo.getDrafts("a1")).toEqual({ "inst.body": { choice: "", reason: "", evidence: "half-typed", comment: "" } });
    await repo.remove("a1");
    expect(await repo.getDrafts("a1")).toEqual({});
    expect((await repo.get("a1")).assessment).toBeNull();
    repo.close();
  });

  it("reports a full disk (QuotaExceededError) and writes nothing", async () => {
    const repo = await idbRepository({ name: freshName() });
    const created = await repo.create(sample());
    if (!created.ok) throw new Error("create failed");
    // idb calls the global IDBObjectStore.put (fake-indexeddb's here).
    const store = globalThis.IDBObjectStore.prototype;
    vi.spyOn(store, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const saved = await repo.save({ ...created.assessment, answers: { "inst.body": answer("active") } });
    expect(saved).toMatchObject({ ok: false, reason: "quota" });
    expect(getStorageState().problems).toContainEqual({ kind: "quota" });
    vi.restoreAllMocks();
    expect((await repo.get("a1")).assessment?.answers).toEqual({});
    repo.close();
  });

  it("a blocked upgrade is reported while an older connection stays open", async () => {
    const name = freshName();
    const old = await openDB(name, 1, { upgrade: (d) => void d.createObjectStore("assessments", { keyPath: "assessment.id" }) });
    // The old connection ignores versionchange (as an old tab would): the upgrade waits.
    const opening = idbRepository({ name, version: 2 });
    await vi.waitFor(() => expect(getStorageState().problems).toContainEqual({ kind: "blocked" }));
    old.close();
    (await opening).close();
  });

  it("a connection that blocks a newer version closes and asks for a reload", async () => {
    const name = freshName();
    const current = await idbRepository({ name });
    const newer = await openDB(name, 2);
    expect(getStorageState().problems).toContainEqual({ kind: "versionchange" });
    newer.close();
    current.close();
  });
});

describe("storage unavailable", () => {
  it("falls back to memory for the session and says answers will not be kept", async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const repo = await openRepository({ name: freshName() });
      expect(repo.mode).toBe("memory");
      expect(getStorageState()).toMatchObject({ mode: "memory", problems: [{ kind: "unavailable" }] });
      const created = await repo.create(sample());
      expect(created.ok).toBe(true);
      if (created.ok) expect((await repo.save({ ...created.assessment, revision: 0 })).ok).toBe(false);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it("classifies browser errors", () => {
    expect(classifyStorageError(new DOMException("x", "QuotaExceededError"))).toBe("quota");
    expect(classifyStorageError(new DOMException("private mode", "InvalidStateError"))).toBe("unavailable");
    expect(classifyStorageError(new Error("boom"))).toBe("failed");
  });
});

describe("autosave", () => {
  it("debounces a burst of changes into one write of the latest state, within 500 ms", async () => {
    const repo = await idbRepository({ name: freshName() });
    const created = await repo.create(sample());
    if (!created.ok) throw new Error("create failed");
    const save = vi.spyOn(repo, "save");
    const saver = createSaver(repo, null, created.assessment, { onMerged: () => {} });
    const started = Date.now();
    for (const evidence of ["D", "De", "Dec", "Decree"]) {
      saver.request({ assessment: { ...created.assessment, answers: { "inst.body": { ...answer("active"), evidence } } }, draftsChanged: {} });
    }
    await vi.waitFor(async () => expect((await repo.get("a1")).assessment?.answers["inst.body"]?.evidence).toBe("Decree"), { timeout: 500, interval: 20 });
    expect(Date.now() - started).toBeLessThan(500);
    expect(save).toHaveBeenCalledTimes(1);
    repo.close();
  });

  it("on conflict merges the other tab's copy instead of overwriting it, and hands back the question both changed", async () => {
    // Behaviour changed on purpose (issue 17, item 7): the other tab's copy is no longer simply taken
    // (which dropped this tab's edit); both answers are kept and handed back for the user to choose.
    const name = freshName();
    const tabA = await idbRepository({ name });
    const tabB = await idbRepository({ name });
    const created = await tabA.create(sample());
    if (!created.ok) throw new Error("create failed");
    await tabB.save({ ...created.assessment, answers: { "inst.body": answer("none") } });
    let handedBack: { assessment: Assessment; conflicts: AnswerConflict[] } | null = null;
    const saver = createSaver(tabA, null, created.assessment, { onMerged: (m) => (handedBack = m) });
    saver.request({ assessment: { ...created.assessment, answers: { "inst.body": answer("active") } }, draftsChanged: {} });
    await saver.flush();
    await vi.waitFor(() => expect(handedBack).not.toBeNull());
    expect(handedBack!.conflicts).toEqual([{ indicatorId: "inst.body", mine: answer("active"), theirs: answer("none") }]);
    expect(handedBack!.assessment.answers["inst.body"]?.choice).toEqual({ kind: "option", optionId: "none" });
    expect((await tabA.get("a1")).assessment?.answers["inst.body"]?.choice).toEqual({ kind: "option", optionId: "none" });
    tabA.close();
    tabB.close();
  });
});
