// The wizard flow as an XState v5 machine. Components send these events and read the
// state; they never decide where to go. The machine holds domain data (the assessment
// and the drafts), and the runtime persists that data, never the actor snapshot.
import { assign, setup } from "xstate";
import type { Assessment } from "../../domain/assessment/assessment";
import type { Figure } from "../../domain/number/format";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import type { Draft } from "../../storage/drafts";
import { draftToAnswer, pageAfter, resolvePage, sameAnswer, samePage, type Page } from "./flow";

export type Notice = "externalChange" | "conflict" | null;

export interface WizardContext {
  questionnaire: Questionnaire;
  assessment: Assessment;
  /** Form values typed but not yet a complete answer, by indicator id. */
  drafts: Record<string, Draft>;
  page: Page;
  notice: Notice;
  /** Bumped when the assessment is replaced from outside, so open forms reload their values. */
  externalVersion: number;
}

export interface WizardInput {
  questionnaire: Questionnaire;
  assessment: Assessment;
  drafts: Record<string, Draft>;
  page: Page;
}

export type WizardEvent =
  | { type: "page.open"; page: Page }
  // `figure`: on a number question, the typed figure and year once both are valid (else null).
  | { type: "answer.draft"; indicatorId: string; draft: Draft; now: string; figure?: Figure | null }
  | { type: "answer.submit"; indicatorId: string; draft: Draft; now: string; figure?: Figure | null }
  | { type: "section.complete"; dimensionId: string; completed: boolean; now: string }
  | { type: "assessment.replaced"; assessment: Assessment; reason: "externalChange" | "conflict" }
  | { type: "notice.dismiss" };

/** What a persist action is asked to store (the runtime debounces and queues it). */
export interface PersistRequest {
  assessment: Assessment;
  draftsChanged: Record<string, Draft | null>;
}

function withAnswer(context: WizardContext, indicatorId: string, draft: Draft, now: string, figure?: Figure | null) {
  const previous = context.assessment.answers[indicatorId];
  const answer = draftToAnswer(draft, now, previous, figure);
  const drafts = { ...context.drafts };
  if (answer) delete drafts[indicatorId];
  else drafts[indicatorId] = draft;
  const changed = answer !== null && !sameAnswer(previous, answer);
  const assessment = changed
    ? { ...context.assessment, answers: { ...context.assessment.answers, [indicatorId]: answer }, updatedAt: now }
    : context.assessment;
  return { assessment, drafts };
}

const pathOfPage = (page: Page) =>
  page.kind === "tasks" ? "" : page.kind === "check" ? `s/${page.dimensionId}/check` : `s/${page.dimensionId}/q/${page.indicatorId}`;

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
      const lastPath = pathOfPage(page);
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
    return { ...input, page, notice: null, externalVersion: 0 };
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
            assign(({ context, event }) => withAnswer(context, event.indicatorId, event.draft, event.now, event.figure)),
            {
              type: "persist",
              params: ({ context, event }) => ({
                assessment: context.assessment,
                draftsChanged: { [event.indicatorId]: context.drafts[event.indicatorId] ?? null },
              }),
            },
          ],
        },
        "answer.submit": {
          guard: "isCurrentQuestion",
          target: "routing",
          actions: [
            assign(({ context, event }) => withAnswer(context, event.indicatorId, event.draft, event.now, event.figure)),
            assign(({ context }) => {
              const page = pageAfter(context.questionnaire, context.assessment, context.page as Extract<Page, { kind: "question" }>);
              return { page, notice: null, assessment: { ...context.assessment, lastPath: pathOfPage(page) } };
            }),
            {
              type: "persist",
              params: ({ context, event }) => ({ assessment: context.assessment, draftsChanged: { [event.indicatorId]: context.drafts[event.indicatorId] ?? null } }),
            },
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
              return {
                page: { kind: "tasks" } as Page,
                notice: null,
                assessment: { ...context.assessment, completedSections, updatedAt: event.now, lastPath: "" },
              };
            }),
            { type: "persist", params: ({ context }) => ({ assessment: context.assessment, draftsChanged: {} }) },
            { type: "navigate", params: ({ context }) => ({ page: context.page, replace: false }) },
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
          { type: "persist", params: ({ context }) => ({ assessment: context.assessment, draftsChanged: {} }) },
          // A hidden or unknown question was asked for: show the right page under its own URL.
          {
            type: "navigate",
            params: ({ context }) => ({ page: context.page, replace: true }),
          },
        ],
      },
    ],
    "assessment.replaced": {
      target: ".routing",
      actions: assign(({ context, event }) => ({
        assessment: event.assessment,
        notice: event.reason,
        externalVersion: context.externalVersion + 1,
        page: resolvePage(context.questionnaire, event.assessment, context.page),
      })),
    },
    "notice.dismiss": { actions: assign({ notice: null }) },
  },
});
