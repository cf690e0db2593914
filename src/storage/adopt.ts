// Taking over the journal entries of tabs that closed before their edits were stored
// (see journal.ts): each entry's changes are rebased on the stored copy, so an edit that
// did reach IndexedDB changes nothing, and a question changed since by someone else is
// a conflict to ask about, never overwritten.
//
// API: applyEntries(stored, entries) -> Adopted (pure)
//      replayOrphans(repository, journal) -> stores what closed tabs left, when nothing
//        conflicts; entries with a conflict are left for the assessment's page to ask about.
import type { Assessment } from "../domain/assessment/assessment";
import { hasChanges, localChanges, rebase, sameStoredAnswer, type AnswerConflict } from "../domain/assessment/merge";
import { answerAt } from "../domain/assessment/records";
import type { Draft } from "./drafts";
import type { Journal, JournalEntry } from "./journal";
import type { AssessmentRepository } from "./repository";

export interface Adopted {
  assessment: Assessment;
  /** Drafts to store (null: to delete). */
  drafts: Record<string, Draft | null>;
  conflicts: AnswerConflict[];
}

export function applyEntries(stored: Assessment, entries: readonly JournalEntry[]): Adopted {
  let assessment = stored;
  const drafts: Record<string, Draft | null> = {};
  const held = new Map<string, AnswerConflict>();
  for (const entry of [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    const result = rebase(assessment, entry.changes);
    assessment = result.assessment;
    for (const c of [...entry.conflicts, ...result.conflicts]) held.set(c.indicatorId, c);
    Object.assign(drafts, entry.drafts);
  }
  const conflicts: AnswerConflict[] = [];
  for (const c of held.values()) {
    const theirs = answerAt(assessment.answers, c.indicatorId) ?? null;
    if (!sameStoredAnswer(c.mine, theirs)) conflicts.push({ ...c, theirs });
  }
  return { assessment, drafts, conflicts };
}

export async function replayOrphans(repository: AssessmentRepository, journal: Journal): Promise<void> {
  const byAssessment = new Map<string, JournalEntry[]>();
  for (const entry of await journal.allOrphans(0)) byAssessment.set(entry.assessmentId, [...(byAssessment.get(entry.assessmentId) ?? []), entry]);
  for (const [id, entries] of byAssessment) {
    const found = await repository.get(id);
    const drop = () => entries.forEach((e) => journal.remove(id, e.tab));
    if (!found.assessment) {
      if (!("problems" in found && found.problems)) drop(); // deleted since: nothing to keep it for
      continue;
    }
    const adopted = applyEntries(found.assessment, entries);
    if (adopted.conflicts.length > 0) continue;
    if (hasChanges(localChanges(found.assessment, adopted.assessment))) {
      const saved = await repository.save(adopted.assessment);
      if (!saved.ok) continue;
    }
    let draftsStored = true;
    for (const [indicatorId, draft] of Object.entries(adopted.drafts)) {
      const result = draft ? await repository.putDraft(id, indicatorId, draft) : (await repository.deleteDraft(id, indicatorId), { ok: true });
      // A draft the reader refuses is never stored; it stays in the journal for its page to show.
      if (!result.ok) draftsStored = false;
    }
    if (draftsStored) drop();
  }
}
