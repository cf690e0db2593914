// Brings an assessment's answers from the questionnaire version it was made with to a
// newer version of the same questionnaire, following the questionnaire's `upgrades`.
//
// API: upgradeAssessment(assessment, targetQuestionnaire) -> UpgradeResult
//   { ok: true, assessment, changes: UpgradeChange[] }  (a new object; input untouched)
//   { ok: false, message }  other questionnaire, or the assessment is newer than the target
//
// For each step N-1 -> N, in this order: retired answers move to the archive; renamed
// answers move to the new id; a split answer is copied (with its evidence and comment)
// to each new indicator that has the same option, and kept in the archive when any new
// indicator could not take it; rescaled options are mapped, and an option missing from
// the map moves the answer to the archive. Finally any answer whose indicator or option
// is not in the target questionnaire moves to the archive. Nothing is thrown away.
import type { Indicator, Questionnaire, Upgrade } from "../questionnaire/schema";
import type { Answer, Assessment } from "./assessment";
import { answerAt, archiveKey } from "./records";

export interface AnswerUpgrade {
  kind: "renamed" | "split" | "rescaled" | "archived";
  indicatorId: string;
  /** Plain English, for the import confirmation. */
  text: string;
}

export type UpgradeResult = { ok: true; assessment: Assessment; changes: AnswerUpgrade[] } | { ok: false; message: string };

export function upgradeAssessment(assessment: Assessment, target: Questionnaire): UpgradeResult {
  const from = assessment.questionnaire.version;
  if (assessment.questionnaire.id !== target.id) {
    return { ok: false, message: `The assessment uses questionnaire "${assessment.questionnaire.id}", not "${target.id}".` };
  }
  if (from > target.version) {
    return { ok: false, message: `The assessment uses version ${from} of the questionnaire, newer than version ${target.version} available here.` };
  }
  if (from === target.version) return { ok: true, assessment, changes: [] };

  const work = new Work(assessment);
  for (let v = from + 1; v <= target.version; v++) {
    const step = target.upgrades?.find((u) => u.version === v);
    if (step) applyStep(work, step, v === target.version ? target : null);
  }
  sweep(work, target);
  return {
    ok: true,
    assessment: { ...assessment, questionnaire: { id: target.id, version: target.version }, answers: work.answers, archive: work.archive },
    changes: work.changes,
  };
}

class Work {
  answers: Record<string, Answer>;
  archive: Record<string, Answer>;
  changes: AnswerUpgrade[] = [];
  version = 0;
  constructor(a: Assessment) {
    this.answers = { ...a.answers };
    this.archive = { ...a.archive };
  }
  take(id: string): Answer | undefined {
    const answer = answerAt(this.answers, id);
    delete this.answers[id];
    return answer;
  }
  toArchive(id: string, answer: Answer, why: string) {
    this.archive[archiveKey(this.archive, id, this.version)] = answer;
    this.changes.push({ kind: "archived", indicatorId: id, text: `The answer to ${id} was kept in the archive: ${why}.` });
  }
  note(kind: AnswerUpgrade["kind"], indicatorId: string, text: string) {
    this.changes.push({ kind, indicatorId, text });
  }
}

/** `current` is the target questionnaire when this is the last step (its options are known). */
function applyStep(work: Work, step: Upgrade, current: Questionnaire | null) {
  const v = step.version;
  work.version = v - 1;
  const optionKnown = (id: string, optionId: string) => {
    const indicator = current?.indicators.find((i) => i.id === id);
    return !indicator || indicator.options.some((o) => o.id === optionId);
  };
  for (const c of step.changes) {
    if (c.kind !== "retired") continue;
    for (const id of c.ids) {
      const answer = work.take(id);
      if (answer) work.toArchive(id, answer, `the question was retired in version ${v}`);
    }
  }
  for (const c of step.changes) {
    if (c.kind === "renamed") {
      const answer = work.take(c.from);
      if (!answer) continue;
      const displaced = work.take(c.to);
      if (displaced) work.toArchive(c.to, displaced, `${c.from} was renamed to it in version ${v}`);
      work.answers[c.to] = answer;
      work.note("renamed", c.to, `The answer to ${c.from} now answers ${c.to}.`);
    } else if (c.kind === "split") {
      const answer = work.take(c.from);
      if (!answer) continue;
      const fits = (to: string) => answer.choice.kind !== "option" || optionKnown(to, answer.choice.optionId);
      const copied = c.to.filter(fits);
      copied.forEach((to) => (work.answers[to] = { ...answer }));
      const left = c.to.filter((to) => !fits(to));
      // An answer that fits none of the parts was not split: the archive note says where it went.
      if (copied.length) work.note("split", c.from, `${c.from} was split into ${c.to.join(", ")}; its answer was copied to ${copied.join(", ")}.`);
      if (left.length) work.toArchive(c.from, answer, `${left.join(", ")} ${left.length === 1 ? "has" : "have"} no matching option and ${left.length === 1 ? "is" : "are"} left unanswered`);
    }
  }
  for (const c of step.changes) {
    if (c.kind !== "rescaled") continue;
    const answer = answerAt(work.answers, c.indicator);
    if (!answer || answer.choice.kind !== "option") continue;
    const old = answer.choice.optionId;
    if (Object.hasOwn(c.optionMap, old)) {
      const mapped = c.optionMap[old]!;
      work.answers[c.indicator] = { ...answer, choice: { kind: "option", optionId: mapped } };
      work.note("rescaled", c.indicator, `${c.indicator} has a new scale in version ${v}; the answer "${old}" is now "${mapped}".`);
    } else {
      work.take(c.indicator);
      work.toArchive(c.indicator, answer, `its option "${old}" has no equivalent on the new scale of version ${v}`);
    }
  }
}

function sweep(work: Work, target: Questionnaire) {
  work.version = target.version;
  const byId = new Map<string, Indicator>(target.indicators.map((i) => [i.id, i]));
  for (const id of Object.keys(work.answers)) {
    const answer = work.answers[id]!;
    const indicator = byId.get(id);
    if (!indicator) {
      work.take(id);
      work.toArchive(id, answer, `there is no such question in version ${target.version}`);
    } else if (answer.choice.kind === "option" && !indicator.options.some((o) => o.id === (answer.choice as { optionId: string }).optionId)) {
      work.take(id);
      work.toArchive(id, answer, `its option is not offered in version ${target.version}`);
    } else if (answer.choice.kind === "number" && indicator.kind !== "number") {
      work.take(id);
      work.toArchive(id, answer, `it does not ask for a figure in version ${target.version}`);
    } else if (answer.choice.kind === "notApplicable" && !indicator.allowNotApplicable) {
      work.take(id);
      work.toArchive(id, answer, `"Not applicable" is not offered for it in version ${target.version}`);
    }
  }
}
