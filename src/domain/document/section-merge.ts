// Merging the answers of chosen sections from a contributor's file into an assessment,
// question by question, with "keep mine" / "take theirs" where both answered differently.
//
// API:
//   planSectionMerge(target, incoming, questionnaire, sectionIds) -> MergePlanResult
//     Refused when the files use another questionnaire, or a version newer than
//     `questionnaire`. An older target or incoming file is first upgraded to
//     `questionnaire`'s version (see ../assessment/upgrade.ts); `notes` says what moved.
//     items: questions of those sections that either side answered, in questionnaire order.
//   applySectionMerge(target, plan, choices) -> new Assessment
//     choices: indicatorId -> "mine" | "theirs". Without a choice: a conflict keeps mine,
//     otherwise the answer that exists is used. "theirs" never deletes an answer of mine
//     that the contributor left blank. Answers outside the sections are untouched.
// Pure: inputs are never changed.
import type { Answer, Assessment } from "../assessment/assessment";
import { answerAt } from "../assessment/records";
import { upgradeAssessment, type AnswerUpgrade } from "../assessment/upgrade";
import type { Questionnaire } from "../questionnaire/schema";
import { sameAnswer } from "./answer-diff";

export interface MergeItem {
  indicatorId: string;
  sectionId: string;
  mine: Answer | null;
  theirs: Answer | null;
  /** Both answered, and the answers differ (choice, evidence, comment or who). */
  conflict: boolean;
}

export interface SectionMergePlan {
  questionnaire: { id: string; version: number };
  sectionIds: string[];
  items: MergeItem[];
  /** The target brought to the questionnaire's version, when it was older; else null. */
  upgradedTarget: Assessment | null;
  /** What upgrading the target ("mine") or the contributor's file ("theirs") changed. */
  notes: { side: "mine" | "theirs"; change: AnswerUpgrade }[];
}

export type MergeChoice = "mine" | "theirs";
export type MergePlanResult = { ok: true; plan: SectionMergePlan } | { ok: false; message: string };

export function planSectionMerge(
  target: Assessment,
  incoming: Assessment,
  questionnaire: Questionnaire,
  sectionIds: readonly string[],
): MergePlanResult {
  for (const [who, a] of [["This assessment", target], ["The contributor's file", incoming]] as const) {
    if (a.questionnaire.id !== questionnaire.id) {
      return { ok: false, message: `${who} uses questionnaire "${a.questionnaire.id}", not "${questionnaire.id}": answers cannot be merged.` };
    }
  }
  const mine = upgradeAssessment(target, questionnaire);
  if (!mine.ok) return { ok: false, message: `This assessment cannot be merged: ${mine.message}` };
  const theirs = upgradeAssessment(incoming, questionnaire);
  if (!theirs.ok) return { ok: false, message: `The contributor's file cannot be merged: ${theirs.message}` };
  const sections = questionnaire.dimensions.map((d) => d.id).filter((id) => sectionIds.includes(id));
  if (sections.length === 0) return { ok: false, message: "Choose at least one section of this questionnaire to merge." };

  const items: MergeItem[] = [];
  for (const indicator of questionnaire.indicators) {
    if (!sections.includes(indicator.dimension)) continue;
    const m = answerAt(mine.assessment.answers, indicator.id) ?? null;
    const t = answerAt(theirs.assessment.answers, indicator.id) ?? null;
    if (!m && !t) continue;
    items.push({ indicatorId: indicator.id, sectionId: indicator.dimension, mine: m, theirs: t, conflict: !!m && !!t && !sameAnswer(m, t) });
  }
  return {
    ok: true,
    plan: {
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      sectionIds: sections,
      items,
      upgradedTarget: mine.assessment !== target ? mine.assessment : null,
      notes: [
        ...mine.changes.map((change) => ({ side: "mine" as const, change })),
        ...theirs.changes.map((change) => ({ side: "theirs" as const, change })),
      ],
    },
  };
}

export function applySectionMerge(target: Assessment, plan: SectionMergePlan, choices: Readonly<Record<string, MergeChoice>>): Assessment {
  const base = plan.upgradedTarget ?? target;
  const answers: Record<string, Answer> = { ...base.answers };
  for (const item of plan.items) {
    const chosen = Object.hasOwn(choices, item.indicatorId) ? choices[item.indicatorId] : undefined;
    const pick = chosen ?? (item.conflict ? "mine" : item.theirs ? "theirs" : "mine");
    if (pick === "theirs" && item.theirs) answers[item.indicatorId] = copy(item.theirs);
    else if (pick === "mine" && item.mine) answers[item.indicatorId] = copy(item.mine);
    else if (pick === "mine") delete answers[item.indicatorId];
  }
  return { ...base, answers };
}

const copy = (a: Answer): Answer => ({ ...a, choice: { ...a.choice } });
