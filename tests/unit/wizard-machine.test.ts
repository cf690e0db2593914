// Model-based tests of the wizard flow: xstate/graph enumerates paths through the machine
// (with the mini questionnaire), each path is replayed on a real actor, and every state
// reached must satisfy the flow's invariants.
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import { newAssessment, type Assessment } from "../../src/domain/assessment/assessment";
import type { Perspective } from "../../src/domain/questionnaire/schema";
import { answerToDraft, DONT_KNOW, draftToAnswer, FIGURE, NOT_APPLICABLE, sectionQuestions, type Page } from "../../src/features/wizard/flow";
import { wizardMachine, type WizardEvent } from "../../src/features/wizard/wizardMachine";
import { mini } from "./helpers";

const q = mini();
const NOW = "2026-03-01T10:00:00.000Z";
const blank: { choice: string; reason: string; evidence: string; comment: string } = { choice: "", reason: "", evidence: "", comment: "" };

function assessment(perspective: Perspective = "origin"): Assessment {
  return newAssessment({ id: "a1", country: "Examplia", year: 2026, perspective, leadMinistry: "Planning", title: "", questionnaire: { id: "mini", version: 1 } }, NOW);
}

function input(perspective: Perspective = "origin", page: Page = { kind: "tasks" }) {
  return { questionnaire: q, assessment: assessment(perspective), drafts: {}, page };
}

/** Events a user can cause from a state: answers of the question on screen, section links, completion. */
function eventsFor(snapshot: ReturnType<typeof createActor<typeof wizardMachine>>["getSnapshot"] extends () => infer S ? S : never): WizardEvent[] {
  const { page } = snapshot.context;
  const events: WizardEvent[] = [{ type: "page.open", page: { kind: "tasks" } }];
  for (const d of q.dimensions) {
    const first = q.indicators.find((i) => i.dimension === d.id)!;
    events.push({ type: "page.open", page: { kind: "question", dimensionId: d.id, indicatorId: first.id } });
  }
  if (page.kind === "question") {
    const indicator = q.indicators.find((i) => i.id === page.indicatorId)!;
    for (const o of [indicator.options[0]!, indicator.options.at(-1)!]) events.push({ type: "answer.submit", indicatorId: indicator.id, draft: { ...blank, choice: o.id }, now: NOW });
    events.push({ type: "answer.submit", indicatorId: indicator.id, draft: { ...blank, choice: DONT_KNOW }, now: NOW });
  }
  if (page.kind === "check") {
    events.push({ type: "section.complete", dimensionId: page.dimensionId, completed: true, now: NOW });
  }
  return events;
}

// Abstraction for the graph: which questions are answered, plus the choice of any question
// another one depends on (the only answers that change the flow), page and completed sections.
const conditionTargets = new Set(q.indicators.flatMap((i) => (i.conditions ?? []).map((c) => c.indicator)));
const serialize = (s: { value: unknown; context: { page: Page; assessment: Assessment } }) => {
  const answers = q.indicators.map((i) => {
    const a = s.context.assessment.answers[i.id];
    return !a ? "-" : conditionTargets.has(i.id) ? JSON.stringify(a.choice) : "+";
  });
  return JSON.stringify([s.value, s.context.page, answers, [...s.context.assessment.completedSections].sort()]);
};

function replay(perspective: Perspective, events: WizardEvent[]) {
  const navigations: { page: Page; replace: boolean }[] = [];
  const saves: Assessment[] = [];
  const actor = createActor(
    wizardMachine.provide({
      actions: {
        navigate: (_, p) => void navigations.push(p),
        persist: (_, r) => void saves.push(r.assessment),
      },
    }),
    { input: input(perspective) },
  ).start();
  for (const e of events) actor.send(e);
  return { snapshot: actor.getSnapshot(), navigations, saves };
}

describe("wizard machine, model-based (xstate/graph)", () => {
  for (const perspective of ["origin", "destination", "both"] as const) {
    it(`every shortest path keeps the flow's invariants (${perspective})`, () => {
      const paths = getShortestPaths(wizardMachine, { input: input(perspective), events: eventsFor, serializeState: serialize as never, limit: 50_000 });
      expect(paths.length).toBeGreaterThan(5);
      for (const path of paths) {
        const { snapshot } = replay(perspective, path.steps.map((s) => s.event));
        const { page, assessment: a } = snapshot.context;
        // The state and the page agree.
        expect(snapshot.value).toBe(page.kind);
        if (page.kind === "question") {
          // Only questions shown for this perspective and these answers are ever on screen.
          expect(sectionQuestions(q, a, page.dimensionId)).toContain(page.indicatorId);
          const indicator = q.indicators.find((i) => i.id === page.indicatorId)!;
          expect(indicator.perspective === "both" || perspective === "both" || indicator.perspective === perspective).toBe(true);
        }
        // A section is only marked completed from its own check-answers page.
        for (const d of a.completedSections) expect(path.steps.some((s) => s.event.type === "section.complete" && s.event.dimensionId === d)).toBe(true);
      }
    });
  }

  it("simple paths through the institutions section end on check answers with every shown question answered", () => {
    const start = input("origin", { kind: "question", dimensionId: "inst", indicatorId: "inst.body" });
    const paths = getSimplePaths(wizardMachine, {
      input: start,
      events: (s) => eventsFor(s).filter((e) => e.type === "answer.submit"),
      serializeState: serialize as never,
      toState: (s) => s.value === "check",
    });
    expect(paths.length).toBeGreaterThanOrEqual(3);
    expect(paths.some((p) => p.state.context.assessment.answers["inst.body"]?.choice.kind === "option" && !p.state.context.assessment.answers["inst.meets"])).toBe(true);
    for (const path of paths) {
      const { page, assessment: a } = path.state.context;
      expect(page).toEqual({ kind: "check", dimensionId: "inst" });
      const shown = sectionQuestions(q, a, "inst");
      expect(shown.every((id) => a.answers[id])).toBe(true);
      // Anything but "On paper" or "Active" for the coordinating body skips the meeting question.
      const body = a.answers["inst.body"]?.choice;
      const skipped = !(body?.kind === "option" && ["paper", "active"].includes(body.optionId));
      expect(path.steps.filter((step) => step.event.type === "answer.submit").length).toBe(skipped ? 2 : 3);
    }
  });
});

describe("wizard machine, specific journeys", () => {
  const submit = (indicatorId: string, choice: string, extra: Partial<typeof blank> = {}): WizardEvent => ({ type: "answer.submit", indicatorId, draft: { ...blank, choice, ...extra }, now: NOW });
  const open = (page: Page): WizardEvent => ({ type: "page.open", page });

  it("moves question by question, then to check answers, and navigates each time", () => {
    const { snapshot, navigations } = replay("origin", [open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), submit("inst.body", "active"), submit("inst.meets", "yes"), submit("inst.budget", "funded")]);
    expect(snapshot.value).toBe("check");
    expect(navigations.filter((n) => !n.replace).map((n) => n.page)).toEqual([
      { kind: "question", dimensionId: "inst", indicatorId: "inst.meets" },
      { kind: "question", dimensionId: "inst", indicatorId: "inst.budget" },
      { kind: "check", dimensionId: "inst" },
    ]);
    expect(snapshot.context.assessment.lastPath).toBe("s/inst/check");
  });

  it("keeps the answer of a question that stops applying, and never shows it", () => {
    const { snapshot } = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      submit("inst.body", "active"),
      submit("inst.meets", "yes"),
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      submit("inst.body", "none"),
    ]);
    expect(snapshot.context.page).toEqual({ kind: "question", dimensionId: "inst", indicatorId: "inst.budget" });
    expect(snapshot.context.assessment.answers["inst.meets"]?.choice).toEqual({ kind: "option", optionId: "yes" });
    expect(sectionQuestions(q, snapshot.context.assessment, "inst")).not.toContain("inst.meets");
  });

  it("opening a hidden question's URL shows the next shown question under its own URL", () => {
    const { snapshot, navigations } = replay("destination", [open({ kind: "question", dimensionId: "rights", indicatorId: "rights.diaspora" })]);
    expect(snapshot.context.page).toEqual({ kind: "question", dimensionId: "rights", indicatorId: "rights.health" });
    expect(navigations.at(-1)).toEqual({ page: snapshot.context.page, replace: true });
  });

  it("Change from check answers returns to check answers", () => {
    const { snapshot } = replay("origin", [
      open({ kind: "question", dimensionId: "rights", indicatorId: "rights.diaspora" }),
      submit("rights.diaspora", "no"),
      open({ kind: "question", dimensionId: "rights", indicatorId: "rights.diaspora", from: "check" }),
      submit("rights.diaspora", "yes"),
    ]);
    expect(snapshot.context.page).toEqual({ kind: "check", dimensionId: "rights" });
    expect(snapshot.context.assessment.answers["rights.diaspora"]?.choice).toEqual({ kind: "option", optionId: "yes" });
  });

  it("a draft without an option or a Not applicable reason is kept as a draft, not an answer", () => {
    const { snapshot, saves } = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.budget" }),
      { type: "answer.draft", indicatorId: "inst.budget", draft: { ...blank, evidence: "Budget law 2025" }, now: NOW },
      { type: "answer.draft", indicatorId: "inst.budget", draft: { ...blank, choice: NOT_APPLICABLE, evidence: "Budget law 2025" }, now: NOW },
    ]);
    expect(snapshot.context.assessment.answers["inst.budget"]).toBeUndefined();
    expect(snapshot.context.drafts["inst.budget"]).toEqual({ ...blank, choice: NOT_APPLICABLE, evidence: "Budget law 2025" });
    expect(saves.length).toBeGreaterThan(0);
  });

  it("a complete draft becomes the answer at once (saved as typed)", () => {
    const { snapshot } = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.budget" }),
      { type: "answer.draft", indicatorId: "inst.budget", draft: { ...blank, choice: NOT_APPLICABLE, reason: "No budget system" }, now: NOW },
    ]);
    expect(snapshot.context.assessment.answers["inst.budget"]?.choice).toEqual({ kind: "notApplicable", reason: "No budget system" });
    expect(snapshot.context.drafts["inst.budget"]).toBeUndefined();
  });

  it("a figure is a draft until the page has read a valid figure and year, then the answer, kept as typed in the draft meanwhile", () => {
    const typed = { ...blank, choice: FIGURE, figure: "5,", figureYear: "2025" };
    const { snapshot } = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.budget" }),
      { type: "answer.draft", indicatorId: "inst.budget", draft: typed, figure: null, now: NOW },
    ]);
    expect(snapshot.context.assessment.answers["inst.budget"]).toBeUndefined();
    expect(snapshot.context.drafts["inst.budget"]).toEqual(typed);

    const done = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.budget" }),
      { type: "answer.draft", indicatorId: "inst.budget", draft: typed, figure: null, now: NOW },
      { type: "answer.submit", indicatorId: "inst.budget", draft: { ...typed, figure: "5,4" }, figure: { value: 5.4, year: 2025 }, now: NOW },
    ]).snapshot;
    expect(done.context.assessment.answers["inst.budget"]?.choice).toEqual({ kind: "number", value: 5.4, year: 2025 });
    expect(done.context.drafts["inst.budget"]).toBeUndefined();
    expect(done.context.page).toEqual({ kind: "check", dimensionId: "inst" });
  });

  it("a stored figure goes back into the form in the page's language", () => {
    const stored = { choice: { kind: "number" as const, value: 12345.5, year: 2024 }, evidence: "Central bank", comment: "", answeredBy: "", updatedAt: NOW };
    expect(answerToDraft(stored, "fr")).toEqual({ choice: FIGURE, figure: "12345,5", figureYear: "2024", reason: "", evidence: "Central bank", comment: "" });
    expect(answerToDraft(stored, "en")).toMatchObject({ figure: "12345.5" });
    expect(draftToAnswer(answerToDraft(stored, "es"), NOW, stored, { value: 12345.5, year: 2024 })).toEqual(stored);
    expect(draftToAnswer({ ...blank, choice: FIGURE, figure: "abc", figureYear: "2024" }, NOW, undefined, null)).toBeNull();
  });

  it("ignores an answer for a question that is not on screen", () => {
    const { snapshot } = replay("origin", [open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), submit("inst.budget", "full")]);
    expect(snapshot.context.assessment.answers["inst.budget"]).toBeUndefined();
    expect(snapshot.context.page).toEqual({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" });
  });

  it("marks a section completed, or not, and returns to the task list", () => {
    const { snapshot } = replay("origin", [
      open({ kind: "check", dimensionId: "rights" }),
      { type: "section.complete", dimensionId: "rights", completed: true, now: NOW },
      open({ kind: "check", dimensionId: "inst" }),
      { type: "section.complete", dimensionId: "inst", completed: false, now: NOW },
    ]);
    expect(snapshot.value).toBe("tasks");
    expect(snapshot.context.assessment.completedSections).toEqual(["rights"]);
  });

  it("an assessment replaced from another tab is shown with a notice", () => {
    const other = { ...assessment(), revision: 5, answers: { "inst.body": { choice: { kind: "dontKnow" as const }, evidence: "", comment: "", answeredBy: "", updatedAt: NOW } } };
    const { snapshot } = replay("origin", [open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), { type: "assessment.replaced", assessment: other, reason: "externalChange" }]);
    expect(snapshot.context.notice).toBe("externalChange");
    expect(snapshot.context.externalVersion).toBe(1);
    expect(snapshot.context.assessment.answers["inst.body"]?.choice).toEqual({ kind: "dontKnow" });
  });
});
