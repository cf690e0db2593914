// What one tab changed in an assessment since the copy it last stored, and putting those
// changes on top of a newer stored copy (written by another tab, or found on reopening).
// A three-way merge per answer: a question only one side changed takes that side's
// answer; a question both changed differently is a conflict, never decided here: the
// stored answer stays in place and both answers are handed back so the user can choose.
//
// API: localChanges(base, mine) -> LocalChanges (what mine changed relative to base)
//      hasChanges(changes) -> boolean
//      rebase(theirs, changes) -> { assessment, conflicts }
//        assessment: theirs with every non-conflicting change applied (revision: theirs')
//        conflicts: questions both sides changed differently, with both answers
// Pure: inputs are never changed.
import { sameAnswer } from "../document/answer-diff";
import type { Answer, Assessment } from "./assessment";
import { answerAt } from "./records";

export interface AnswerChange {
  /** The answer in the copy the changes were made on (null: there was none). */
  before: Answer | null;
  /** The answer now (null: removed). */
  after: Answer | null;
}

export interface LocalChanges {
  /** Revision of the stored copy the changes were made on. */
  baseRevision: number;
  answers: Record<string, AnswerChange>;
  /** Sections marked completed, before and after, when that list changed. */
  completedSections: { before: string[]; after: string[] } | null;
  lastPath: string | null;
  updatedAt: string | null;
}

export interface AnswerConflict {
  indicatorId: string;
  mine: Answer | null;
  theirs: Answer | null;
}

export const noChanges = (baseRevision: number): LocalChanges => ({ baseRevision, answers: {}, completedSections: null, lastPath: null, updatedAt: null });

export function sameStoredAnswer(a: Answer | null | undefined, b: Answer | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return sameAnswer(a, b) && a.carriedOver?.fromYear === b.carriedOver?.fromYear;
}

export function localChanges(base: Assessment, mine: Assessment): LocalChanges {
  const changes = noChanges(base.revision);
  if (mine.answers !== base.answers) {
    for (const id of new Set([...Object.keys(base.answers), ...Object.keys(mine.answers)])) {
      const before = answerAt(base.answers, id) ?? null;
      const after = answerAt(mine.answers, id) ?? null;
      if (before !== after && !sameStoredAnswer(before, after)) changes.answers[id] = { before, after };
    }
  }
  if (!sameSet(base.completedSections, mine.completedSections)) {
    changes.completedSections = { before: [...base.completedSections], after: [...mine.completedSections] };
  }
  if (mine.lastPath !== base.lastPath) changes.lastPath = mine.lastPath;
  if (mine.updatedAt !== base.updatedAt) changes.updatedAt = mine.updatedAt;
  return changes;
}

export function hasChanges(c: LocalChanges): boolean {
  return Object.keys(c.answers).length > 0 || c.completedSections !== null || c.lastPath !== null || c.updatedAt !== null;
}

export function rebase(theirs: Assessment, changes: LocalChanges): { assessment: Assessment; conflicts: AnswerConflict[] } {
  const answers: Record<string, Answer> = { ...theirs.answers };
  const conflicts: AnswerConflict[] = [];
  for (const [id, { before, after }] of Object.entries(changes.answers)) {
    const stored = answerAt(theirs.answers, id) ?? null;
    if (sameStoredAnswer(stored, after)) continue;
    if (!sameStoredAnswer(stored, before)) {
      conflicts.push({ indicatorId: id, mine: after, theirs: stored });
      continue;
    }
    if (after) answers[id] = after;
    else delete answers[id];
  }
  let completedSections = theirs.completedSections;
  if (changes.completedSections) {
    const { before, after } = changes.completedSections;
    const added = after.filter((d) => !before.includes(d));
    const removed = before.filter((d) => !after.includes(d));
    completedSections = [...theirs.completedSections.filter((d) => !removed.includes(d)), ...added.filter((d) => !theirs.completedSections.includes(d))];
  }
  const updatedAt = changes.updatedAt && changes.updatedAt > theirs.updatedAt ? changes.updatedAt : theirs.updatedAt;
  return {
    assessment: { ...theirs, answers, completedSections, lastPath: changes.lastPath ?? theirs.lastPath, updatedAt },
    conflicts,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
