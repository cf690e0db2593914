// IndexedDB storage (through idb). Each assessment is stored as a versioned document
// (src/domain/document) and read back through readDocument, so a damaged or newer record
// is reported, never crashes the app and is never overwritten. Every write is first read
// back through the same reader (documentForStorage, draftProblem) and refused when the
// reader would refuse it. Saves check the revision inside one transaction; other tabs hear
// of each write over a BroadcastChannel. A successful write clears a "storage full" or
// "saving failed" banner.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Assessment } from "../domain/assessment/assessment";
import type { AssessmentDocument } from "../domain/document/format";
import { readDocument } from "../domain/document/read";
import { documentForStorage, problemsText } from "../domain/document/write";
import { draftProblem, draftSchema, type Draft } from "./drafts";
import { classifyStorageError, describeError } from "./errors";
import type { AssessmentRepository, Change, DraftResult, SaveResult, Unreadable } from "./repository";
import { clearProblem, reportProblem } from "./status";

export const DB_NAME = "coherence-self-assessment";
export const DB_VERSION = 1;
const CHANNEL = "coherence-self-assessment:changes";

interface DraftRecord {
  assessmentId: string;
  indicatorId: string;
  draft: Draft;
}

interface Schema extends DBSchema {
  assessments: { key: string; value: AssessmentDocument };
  drafts: { key: [string, string]; value: DraftRecord; indexes: { byAssessment: string } };
}

export interface OpenOptions {
  name?: string;
  version?: number;
  /** Milliseconds to wait before telling the user an older tab is blocking the upgrade. */
  now?: () => string;
}

export async function idbRepository(options: OpenOptions = {}): Promise<AssessmentRepository> {
  const name = options.name ?? DB_NAME;
  const now = options.now ?? (() => new Date().toISOString());
  const db: IDBPDatabase<Schema> = await openDB<Schema>(name, options.version ?? DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore("assessments", { keyPath: "assessment.id" });
        const drafts = database.createObjectStore("drafts", { keyPath: ["assessmentId", "indicatorId"] });
        drafts.createIndex("byAssessment", "assessmentId");
      }
    },
    blocked() {
      // Another tab still has the old version open; the open resumes when it closes.
      reportProblem({ kind: "blocked" });
    },
    blocking() {
      // A newer version of the tool wants to upgrade: let it, and tell this tab to reload.
      db.close();
      reportProblem({ kind: "versionchange" });
    },
    terminated() {
      reportProblem({ kind: "failed", detail: "The browser closed the database unexpectedly." });
    },
  });

  const tabId = Math.random().toString(36).slice(2);
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(`${CHANNEL}:${name}`) : null;
  const listeners = new Set<(change: Change) => void>();
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const data = event.data as { tab?: unknown; id?: unknown; revision?: unknown };
      if (data.tab === tabId || typeof data.id !== "string") return;
      const change: Change = { id: data.id, revision: typeof data.revision === "number" ? data.revision : null };
      listeners.forEach((l) => l(change));
    };
  }
  const announce = (change: Change) => channel?.postMessage({ tab: tabId, ...change });

  const read = (value: unknown): { assessment: Assessment } | { problems: Unreadable["problems"] } => {
    const result = readDocument(value);
    return result.ok ? { assessment: result.document.assessment } : { problems: result.problems };
  };

  const failure = (error: unknown): { ok: false; reason: "quota" | "failed"; message: string } => {
    const kind = classifyStorageError(error);
    if (kind === "quota") {
      reportProblem({ kind: "quota" });
      return { ok: false, reason: "quota", message: describeError(error) };
    }
    reportProblem({ kind: "failed", detail: describeError(error) });
    return { ok: false, reason: "failed", message: describeError(error) };
  };
  const written = () => {
    clearProblem("quota");
    clearProblem("failed");
  };

  const write = async (assessment: Assessment, expected: number | null): Promise<SaveResult> => {
    const next: Assessment = { ...assessment, revision: (expected ?? 0) + 1 };
    const checked = documentForStorage(next, now());
    if (!checked.ok) return { ok: false, reason: "invalid", message: problemsText(checked.problems), problems: checked.problems };
    try {
      const tx = db.transaction("assessments", "readwrite");
      const existing = await tx.store.get(assessment.id);
      const stored = existing ? read(existing) : null;
      const storedRevision = stored && "assessment" in stored ? stored.assessment.revision : existing ? -1 : null;
      if (storedRevision !== expected) {
        tx.abort();
        await tx.done.catch(() => {});
        return { ok: false, reason: "conflict", current: stored && "assessment" in stored ? stored.assessment : null };
      }
      await tx.store.put(checked.document);
      await tx.done;
      written();
      announce({ id: next.id, revision: next.revision });
      return { ok: true, assessment: checked.document.assessment };
    } catch (error) {
      return failure(error);
    }
  };

  return {
    mode: "indexeddb",
    async list() {
      const assessments: Assessment[] = [];
      const unreadable: Unreadable[] = [];
      let cursor = await db.transaction("assessments").store.openCursor();
      while (cursor) {
        const result = read(cursor.value);
        if ("assessment" in result) assessments.push(result.assessment);
        else unreadable.push({ id: String(cursor.key), problems: result.problems });
        cursor = await cursor.continue();
      }
      if (unreadable.length) reportProblem({ kind: "unreadable", count: unreadable.length });
      else clearProblem("unreadable");
      return { assessments, unreadable };
    },
    async get(id) {
      const value = await db.get("assessments", id);
      if (value === undefined) return { assessment: null };
      const result = read(value);
      return "assessment" in result ? result : { assessment: null, problems: result.problems };
    },
    create: (assessment) => write(assessment, null),
    save: (assessment) => write(assessment, assessment.revision),
    async remove(id) {
      const tx = db.transaction(["assessments", "drafts"], "readwrite");
      await tx.objectStore("assessments").delete(id);
      const keys = await tx.objectStore("drafts").index("byAssessment").getAllKeys(id);
      await Promise.all(keys.map((k) => tx.objectStore("drafts").delete(k)));
      await tx.done;
      announce({ id, revision: null });
    },
    async getDrafts(assessmentId) {
      const records = await db.getAllFromIndex("drafts", "byAssessment", assessmentId);
      const drafts: Record<string, Draft> = {};
      for (const record of records) {
        const parsed = draftSchema.safeParse(record.draft);
        if (parsed.success) drafts[record.indicatorId] = parsed.data;
      }
      return drafts;
    },
    async putDraft(assessmentId, indicatorId, draft): Promise<DraftResult> {
      const problem = draftProblem(draft);
      if (problem) return { ok: false, reason: "invalid", message: problem };
      try {
        await db.put("drafts", { assessmentId, indicatorId, draft });
        written();
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async deleteDraft(assessmentId, indicatorId) {
      await db.delete("drafts", [assessmentId, indicatorId]);
    },
    onExternalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      channel?.close();
      db.close();
    },
  };
}
