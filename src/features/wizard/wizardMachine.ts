// The wizard flow as an XState v5 machine. Components send these events and read the
// state; they never decide where to go. The machine holds domain data (the assessment
// and the drafts), and the runtime persists that data, never the actor snapshot.
import { assign, setup } from "xstate";
import type { Answer, Assessment } from "../../domain/assessment/assessment";
import { confirmAnswers, confirmed, isCarriedOver } from "../../domain/assessment/carry-over";
import { sameStoredAnswer, type AnswerConflict } from "../../domain/assessment/merge";
import { reopenRevealedSections } from "../../domain/assessment/progress";
import { answerAt } from "../../domain/assessment/records";
import type { Figure } from "../../domain/number/format";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import type { Draft } from "../../storage/drafts";
import { lastPathOf } from "./paths";
import { draftToAnswer, pageAfter, resolvePage, sameAnswer, samePage, sectionQuestions, unsavableFields, type FormField, type Page } from "./flow";

/** externalChange: another tab's answers were merged in; refused: a change could not be saved (the reader would refuse it). */
export type Notice = "externalChange" | "refused" | null;

export interface WizardContext {
  questionnaire: Questionnaire;
  assessment: Assessment;
  /** Form values typed but not yet a complete answer, by indicator id. */
  drafts: Record<string, Draft>;
  page: Page;
  notice: Notice;
  /** Bumped when another tab changed what the open page shows, so its form reloads its values. */
  externalVersion: number;
  /** Questions changed here and in another tab: the stored answer stays until the user chooses; mine is held here. */
  conflicts: AnswerConflict[];
  /** Questions whose form the reader would refuse (too long), with the fields at fault: kept here, not stored. */
  unsaved: Record<string, FormField[]>;
  /** Why the last whole-assessment save was refused, when it was. */
  refusal: string | null;
}

export interface WizardInput {
  questionnaire: Questionnaire;
  assessment: Assessment;
  drafts: Record<string, Draft>;
  page: Page;
  conflicts?: AnswerConflict[];
}

export type WizardEvent =
  | { type: "page.open"; page: Page }
  // `figure`: on a number question, the typed figure and year once both are valid (else null).
  | { type: "answer.draft"; indicatorId: string; draft: Draft; now: string; figure?: Figure | null }
  | { type: "answer.submit"; indicatorId: string; draft: Draft; now: string; figure?: Figure | null }
  | { type: "section.complete"; dimensionId: string; completed: boolean; now: string }
  /** Confirms the section's carried-over answers as this year's. */
  | { type: "section.confirm"; dimensionId: string; now: string }
  /** Another tab saved: its copy with this tab's edits on top, and the questions both changed. */
  | { type: "assessment.merged"; assessment: Assessment; conflicts: AnswerConflict[] }
  | { type: "conflicts.resolve"; choices: Record<string, "mine" | "theirs">; now: string }
  | { type: "save.refused"; message: string }
  | { type: "notice.dismiss" };

/** What a persist action is asked to store (the runtime journals it at once, then debounces and queues it). */
export interface PersistRequest {
  assessment: Assessment;
  draftsChanged: Record<string, Draft | null>;
  /** Held conflicts, journalled so that "mine" survives a closed tab. */
  conflicts?: AnswerConflict[];
}

/**
 * The form's values become the answer when they make a complete one the reader accepts.
 * Otherwise they stay a draft (stored as a draft when the reader accepts that, else only
 * held here). Submitting also confirms a carried-over answer. A change that reveals
 * unanswered follow-up questions reopens their completed section.
 */
function withAnswer(context: WizardContext, indicatorId: string, draft: Draft, now: string, submitted: boolean, figure?: Figure | null) {
  const previous = answerAt(context.assessment.answers, indicatorId);
  const formed = draftToAnswer(draft, now, previous, figure);
  const fields = unsavableFields(draft, formed);
  const answer = fields.length ? null : formed;
  const drafts = { ...context.drafts };
  const unsaved = { ...context.unsaved };
  if (answer) delete drafts[indicatorId];
  else drafts[indicatorId] = draft;
  // The same list stays the same object, so the form does not validate again on every keystroke.
  if (fields.length) unsaved[indicatorId] = fields.join() === context.unsaved[indicatorId]?.join() ? context.unsaved[indicatorId]! : fields;
  else delete unsaved[indicatorId];
  let next: Answer | undefined = previous;
  if (answer && !sameAnswer(previous, answer)) next = answer;
  else if (answer && submitted && previous && isCarriedOver(previous)) next = confirmed(previous, now);
  if (next === previous) return { assessment: context.assessment, drafts, unsaved };
  const changed = { ...context.assessment, answers: { ...context.assessment.answers, [indicatorId]: next! }, updatedAt: now };
  const assessment = { ...changed, completedSections: reopenRevealedSections(context.questionnaire, context.assessment, changed) };
  return { assessment, drafts, unsaved };
}

/** What the persist action stores after an event. */
const persistOf = (context: WizardContext, draftsChanged: Record<string, Draft | null> = {}): PersistRequest => ({
  assessment: context.assessment,
  draftsChanged,
  conflicts: context.conflicts,
});

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  actions: {
    /** Moves the browser to the page (replace: no new history entry). Provided by the app. */
    navigate: (_, _params: { page: Page; replace: boolean }) => {},
    /** Stores the assessment and the changed drafts. Provided by the app. */
    persist: (_, _params: PersistRequest) => {},
    openPage: assign(({ context }, params: { page: Page }) => {
      const page = resolvePage(context.questionnaire, context.assessment, params.page);
      const lastPath = lastPathOf(page);
      return { page, assessment: lastPath === context.assessment.lastPath ? context.assessment : { ...context.assessment, lastPath } };
    }),
  },
  guards: {
    isTasks: ({ context }) => context.page.kind === "tasks",
    isQuestion: ({ context }) => context.page.kind === "question",
    isCheck: ({ context }) => context.page.kind === "check",
    /** The event is about the question on screen (stale events from a previous page are ignored). */
    isCurrentQuestion: ({ context, event }) =>
      (event.type === "answer.submit" || event.type === "answer.draft") && context.page.kind === "question" && context.page.indicatorId === event.indicatorId,
    isCurrentSection: ({ context, event }) => event.type === "section.complete" && context.page.kind === "check" && context.page.dimensionId === event.dimensionId,
  },
}).createMachine({
  id: "wizard",
  context: ({ input }) => {
    const page = resolvePage(input.questionnaire, input.assessment, input.page);
    // Drafts the reader would refuse come back from the journal (never from IndexedDB): flag them again.
    const unsaved: Record<string, FormField[]> = {};
    for (const [id, draft] of Object.entries(input.drafts)) {
      const fields = unsavableFields(draft, draftToAnswer(draft, input.assessment.updatedAt));
      if (fields.length) unsaved[id] = fields;
    }
    return { ...input, page, notice: null, externalVersion: 0, conflicts: input.conflicts ?? [], unsaved, refusal: null };
  },
  initial: "routing",
  states: {
    /** Transient: picks the state that matches context.page. */
    routing: {
      always: [
        { guard: "isQuestion", target: "question" },
        { guard: "isCheck", target: "check" },
        { target: "tasks" },
      ],
    },
    tasks: {},
    question: {
      on: {
        "answer.draft": {
          guard: "isCurrentQuestion",
          actions: [
            assign(({ context, event }) => withAnswer(context, event.indicatorId, event.draft, event.now, false, event.figure)),
            { type: "persist", params: ({ context, event }) => persistOf(context, { [event.indicatorId]: context.drafts[event.indicatorId] ?? null }) },
          ],
        },
        "answer.submit": {
          guard: "isCurrentQuestion",
          target: "routing",
          actions: [
            assign(({ context, event }) => withAnswer(context, event.indicatorId, event.draft, event.now, true, event.figure)),
            assign(({ context }) => {
              const page = pageAfter(context.questionnaire, context.assessment, context.page as Extract<Page, { kind: "question" }>);
              return { page, notice: null, assessment: { ...context.assessment, lastPath: lastPathOf(page) } };
            }),
            { type: "persist", params: ({ context, event }) => persistOf(context, { [event.indicatorId]: context.drafts[event.indicatorId] ?? null }) },
            { type: "navigate", params: ({ context }) => ({ page: context.page, replace: false }) },
          ],
        },
      },
    },
    check: {
      on: {
        "section.complete": {
          guard: "isCurrentSection",
          target: "routing",
          actions: [
            assign(({ context, event }) => {
              const others = context.assessment.completedSections.filter((d) => d !== event.dimensionId);
              const completedSections = event.completed ? [...others, event.dimensionId] : others;
              // Completing a section confirms what it shows, carried-over answers included.
              const shown = sectionQuestions(context.questionnaire, context.assessment, event.dimensionId);
              const base = event.completed ? confirmAnswers(context.assessment, shown, event.now) : context.assessment;
              return {
                page: { kind: "tasks" } as Page,
                notice: null,
                assessment: { ...base, completedSections, updatedAt: event.now, lastPath: "" },
              };
            }),
            { type: "persist", params: ({ context }) => persistOf(context) },
            { type: "navigate", params: ({ context }) => ({ page: context.page, replace: false }) },
          ],
        },
        "section.confirm": {
          guard: ({ context, event }) => context.page.kind === "check" && context.page.dimensionId === event.dimensionId,
          actions: [
            assign(({ context, event }) => ({
              assessment: confirmAnswers(context.assessment, sectionQuestions(context.questionnaire, context.assessment, event.dimensionId), event.now),
            })),
            { type: "persist", params: ({ context }) => persistOf(context) },
          ],
        },
      },
    },
  },
  on: {
    "page.open": [
      {
        // Already there (the URL caught up with the machine): nothing to do.
        guard: ({ context, event }) => samePage(context.page, resolvePage(context.questionnaire, context.assessment, event.page)) && samePage(event.page, context.page),
      },
      {
        target: ".routing",
        actions: [
          { type: "openPage", params: ({ event }) => ({ page: event.page }) },
          { type: "persist", params: ({ context }) => persistOf(context) },
          // A hidden or unknown question was asked for: show the right page under its own URL.
          {
            type: "navigate",
            params: ({ context }) => ({ page: context.page, replace: true }),
          },
        ],
      },
    ],
    "assessment.merged": {
      target: ".routing",
      actions: [
        assign(({ context, event }) => merged(context, event.assessment, event.conflicts)),
        { type: "persist", params: ({ context }) => persistOf(context) },
      ],
    },
    "conflicts.resolve": {
      target: ".routing",
      actions: [
        assign(({ context, event }) => {
          const answers = { ...context.assessment.answers };
          for (const c of context.conflicts) {
            if (event.choices[c.indicatorId] !== "mine") continue;
            if (c.mine) answers[c.indicatorId] = { ...c.mine, updatedAt: event.now };
            else delete answers[c.indicatorId];
          }
          const assessment = { ...context.assessment, answers, updatedAt: event.now };
          return { assessment, conflicts: [], notice: null, externalVersion: context.externalVersion + 1, page: resolvePage(context.questionnaire, assessment, context.page) };
        }),
        { type: "persist", params: ({ context }) => persistOf(context) },
      ],
    },
    "save.refused": { actions: assign(({ event }) => ({ notice: "refused" as const, refusal: event.message })) },
    "notice.dismiss": { actions: assign({ notice: null, refusal: null }) },
  },
});

/**
 * Takes another tab's copy (with this tab's edits already on top). New conflicts join the
 * held ones (their "theirs" kept up to date). The open form reloads only when the answer
 * it shows was changed from outside, so typing elsewhere on the page is never interrupted.
 */
function merged(context: WizardContext, assessment: Assessment, conflicts: AnswerConflict[]): Partial<WizardContext> {
  const held = new Map(context.conflicts.map((c) => [c.indicatorId, c]));
  for (const c of conflicts) held.set(c.indicatorId, { ...c, mine: held.get(c.indicatorId)?.mine ?? c.mine });
  for (const [id, c] of held) {
    const theirs = answerAt(assessment.answers, id) ?? null;
    if (sameStoredAnswer(c.mine, theirs)) held.delete(id);
    else held.set(id, { ...c, theirs });
  }
  const before = context.assessment;
  const changedOutside =
    Object.keys({ ...before.answers, ...assessment.answers }).some((id) => !sameStoredAnswer(answerAt(before.answers, id), answerAt(assessment.answers, id))) ||
    before.completedSections.join() !== assessment.completedSections.join();
  const page = resolvePage(context.questionnaire, assessment, context.page);
  const shownChanged =
    page.kind === "question"
      ? !sameStoredAnswer(answerAt(before.answers, page.indicatorId), answerAt(assessment.answers, page.indicatorId))
      : page.kind === "check" && changedOutside;
  return {
    assessment,
    conflicts: [...held.values()],
    page,
    notice: changedOutside ? "externalChange" : context.notice,
    externalVersion: context.externalVersion + (shownChanged ? 1 : 0),
  };
}
