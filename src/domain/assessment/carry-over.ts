// Answers carried over from an earlier year ("Start 2027 from this one"). A carried-over
// answer is last year's until someone confirms or changes it: it is shown "to confirm",
// and until then it counts as unanswered (in scores, coverage, the report and progress).
//
// API: carryOver(assessment, id, now) -> next year's assessment (answers marked carried over)
//      confirmedAnswers(answers) -> the answers that count (carried-over ones left out);
//        the one place scoring and progress learn about carried-over answers
//      isCarriedOver(answer) -> boolean
//      confirmAnswers(assessment, indicatorIds, now) -> the assessment with those confirmed
//      carriedOverIds(assessment, ids) -> the ids among `ids` still to confirm
import type { Answer, Assessment } from "./assessment";
import { answerAt } from "./records";

export const isCarriedOver = (answer: Answer | undefined | null): boolean => !!answer?.carriedOver;

/**
 * Next year's assessment started from this one: same country, perspective, ministry and
 * answers, each marked carried over from this year; a new id, the year after, no section
 * marked completed.
 */
export function carryOver(a: Assessment, id: string, now: string): Assessment {
  const copy = structuredClone(a);
  const answers: Record<string, Answer> = {};
  for (const [indicatorId, answer] of Object.entries(copy.answers)) {
    answers[indicatorId] = { ...answer, carriedOver: answer.carriedOver ?? { fromYear: a.year } };
  }
  return { ...copy, id, year: a.year + 1, answers, createdAt: now, updatedAt: now, completedSections: [], lastPath: "", revision: 0 };
}

/** The answers that count as this assessment's own: carried-over answers not yet confirmed are left out. */
export function confirmedAnswers<T extends Readonly<Record<string, Answer>>>(answers: T): T {
  let out: Record<string, Answer> | null = null;
  for (const id of Object.keys(answers)) {
    if (!isCarriedOver(answers[id])) continue;
    out ??= { ...answers };
    delete out[id];
  }
  return (out ?? answers) as T;
}

export function carriedOverIds(a: Pick<Assessment, "answers">, ids: readonly string[]): string[] {
  return ids.filter((id) => isCarriedOver(answerAt(a.answers, id)));
}

/** Confirms the carried-over answers among `indicatorIds` as this year's: a new time, and no name (last year's respondent did not give this year's answer). */
export function confirmAnswers(a: Assessment, indicatorIds: readonly string[], now: string): Assessment {
  const ids = carriedOverIds(a, indicatorIds);
  if (ids.length === 0) return a;
  const answers = { ...a.answers };
  for (const id of ids) answers[id] = confirmed(answers[id]!, now);
  return { ...a, answers, updatedAt: now };
}

export function confirmed(answer: Answer, now: string): Answer {
  const { carriedOver: _carried, ...rest } = answer;
  return { ...rest, answeredBy: "", updatedAt: now };
}
