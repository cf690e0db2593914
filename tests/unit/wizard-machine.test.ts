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

  it("another tab's copy merged in is shown with a notice; the open form reloads only when its own answer changed", () => {
    const other = { ...assessment(), revision: 5, answers: { "inst.body": { choice: { kind: "dontKnow" as const }, evidence: "", comment: "", answeredBy: "", updatedAt: NOW } } };
    const { snapshot } = replay("origin", [open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), { type: "assessment.merged", assessment: other, conflicts: [] }]);
    expect(snapshot.context.notice).toBe("externalChange");
    expect(snapshot.context.externalVersion).toBe(1);
    expect(snapshot.context.assessment.answers["inst.body"]?.choice).toEqual({ kind: "dontKnow" });

    // A change to another question leaves the open form alone (the user may be typing in it).
    const elsewhere = { ...other, revision: 6, answers: { ...other.answers, "rights.diaspora": { ...other.answers["inst.body"] } } };
    const after = replay("origin", [open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), { type: "assessment.merged", assessment: other, conflicts: [] }, { type: "assessment.merged", assessment: elsewhere, conflicts: [] }]);
    expect(after.snapshot.context.externalVersion).toBe(1);
    expect(after.snapshot.context.assessment.answers["rights.diaspora"]).toBeDefined();
  });

  it("a change that reveals an unanswered follow-up reopens its completed section", () => {
    const { snapshot } = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      submit("inst.body", "none"), // hides inst.meets
      submit("inst.budget", "full"),
      { type: "section.complete", dimensionId: "inst", completed: true, now: NOW },
      open({ kind: "check", dimensionId: "rights" }),
      { type: "section.complete", dimensionId: "rights", completed: true, now: NOW },
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body", from: "check" }),
      // Typed, not even submitted: the follow-up appears, so the section is no longer complete.
      { type: "answer.draft", indicatorId: "inst.body", draft: { ...blank, choice: "active" }, now: NOW },
    ]);
    expect(sectionQuestions(q, snapshot.context.assessment, "inst")).toContain("inst.meets");
    expect(snapshot.context.assessment.completedSections).toEqual(["rights"]);
  });

  it("a change that hides questions, or reveals already answered ones, keeps the section completed", () => {
    const { snapshot } = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      submit("inst.body", "active"),
      submit("inst.meets", "yes"),
      submit("inst.budget", "full"),
      { type: "section.complete", dimensionId: "inst", completed: true, now: NOW },
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body", from: "check" }),
      submit("inst.body", "none"),
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body", from: "check" }),
      submit("inst.body", "paper"),
    ]);
    expect(snapshot.context.assessment.completedSections).toEqual(["inst"]);
  });

  it("a form the reader would refuse (evidence over 100,000 characters) is held, never made the answer, and flagged", () => {
    const long = "x".repeat(100_001);
    const { snapshot, saves } = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      submit("inst.body", "active", { evidence: "Decree 4" }),
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      { type: "answer.draft", indicatorId: "inst.body", draft: { ...blank, choice: "paper", evidence: long }, now: NOW },
    ]);
    expect(snapshot.context.assessment.answers["inst.body"]).toMatchObject({ choice: { kind: "option", optionId: "active" }, evidence: "Decree 4" });
    expect(snapshot.context.drafts["inst.body"]?.evidence).toHaveLength(100_001);
    expect(snapshot.context.unsaved).toEqual({ "inst.body": ["evidence"] });
    expect(saves.every((a) => Object.values(a.answers).every((x) => x.evidence.length <= 100_000))).toBe(true);

    const fixed = replay("origin", [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      { type: "answer.draft", indicatorId: "inst.body", draft: { ...blank, choice: "paper", evidence: long }, now: NOW },
      { type: "answer.draft", indicatorId: "inst.body", draft: { ...blank, choice: "paper", evidence: long.slice(1) }, now: NOW },
    ]).snapshot.context;
    expect(fixed.unsaved).toEqual({});
    expect(fixed.drafts["inst.body"]).toBeUndefined();
    expect(fixed.assessment.answers["inst.body"]?.evidence).toHaveLength(100_000);
  });

  describe("carried-over answers", () => {
    const carried = (optionId: string) => ({ choice: { kind: "option" as const, optionId }, evidence: "Law 2025", comment: "", answeredBy: "M. Dupont", updatedAt: "2025-05-01T00:00:00.000Z", carriedOver: { fromYear: 2025 } });
    function replayCarried(events: WizardEvent[]) {
      const start = { ...assessment(), answers: { "inst.body": carried("none"), "inst.budget": carried("full"), "rights.diaspora": carried("yes") } };
      const actor = createActor(wizardMachine, { input: { questionnaire: q, assessment: start, drafts: {}, page: { kind: "tasks" as const } } }).start();
      for (const e of events) actor.send(e);
      return actor.getSnapshot().context.assessment;
    }

    it("Continue on an unchanged carried-over answer confirms it (this year's time, no name from last year)", () => {
      const a = replayCarried([open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), submit("inst.body", "none", { evidence: "Law 2025" })]);
      expect(a.answers["inst.body"]).toEqual({ choice: { kind: "option", optionId: "none" }, evidence: "Law 2025", comment: "", answeredBy: "", updatedAt: NOW });
      expect(a.answers["inst.budget"]?.carriedOver).toEqual({ fromYear: 2025 });
    });

    it("looking at a carried-over answer does not confirm it; changing it does", () => {
      const looked = replayCarried([open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), { type: "answer.draft", indicatorId: "inst.body", draft: { ...blank, choice: "none", evidence: "Law 2025" }, now: NOW }]);
      expect(looked.answers["inst.body"]?.carriedOver).toEqual({ fromYear: 2025 });
      const changed = replayCarried([open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }), { type: "answer.draft", indicatorId: "inst.body", draft: { ...blank, choice: "paper", evidence: "Law 2025" }, now: NOW }]);
      expect(changed.answers["inst.body"]?.carriedOver).toBeUndefined();
      expect(changed.answers["inst.body"]?.answeredBy).toBe("");
    });

    it("a section is confirmed in one step from its check page, and only that section", () => {
      const a = replayCarried([open({ kind: "check", dimensionId: "inst" }), { type: "section.confirm", dimensionId: "inst", now: NOW }]);
      expect(a.answers["inst.body"]?.carriedOver).toBeUndefined();
      expect(a.answers["inst.budget"]?.carriedOver).toBeUndefined();
      expect(a.answers["inst.budget"]?.updatedAt).toBe(NOW);
      expect(a.answers["rights.diaspora"]?.carriedOver).toEqual({ fromYear: 2025 });
    });

    it("completing a section confirms its carried-over answers", () => {
      const a = replayCarried([open({ kind: "check", dimensionId: "rights" }), { type: "section.complete", dimensionId: "rights", completed: true, now: NOW }]);
      expect(a.answers["rights.diaspora"]?.carriedOver).toBeUndefined();
      expect(a.answers["inst.body"]?.carriedOver).toEqual({ fromYear: 2025 });
    });
  });

  it("conflicts are held until the user chooses: keep mine writes mine, take theirs keeps theirs", () => {
    const mineAnswer = { choice: { kind: "option" as const, optionId: "active" }, evidence: "Mine", comment: "", answeredBy: "", updatedAt: NOW };
    const theirsAnswer = { ...mineAnswer, choice: { kind: "dontKnow" as const }, evidence: "Theirs" };
    const budgetMine = { ...mineAnswer, choice: { kind: "option" as const, optionId: "full" } };
    const other = { ...assessment(), revision: 3, answers: { "inst.body": theirsAnswer, "inst.budget": { ...budgetMine, choice: { kind: "option" as const, optionId: "none" } } } };
    const conflicts = [
      { indicatorId: "inst.body", mine: mineAnswer, theirs: theirsAnswer },
      { indicatorId: "inst.budget", mine: budgetMine, theirs: other.answers["inst.budget"] },
    ];
    const events = (choices: Record<string, "mine" | "theirs">): WizardEvent[] => [
      open({ kind: "question", dimensionId: "inst", indicatorId: "inst.body" }),
      { type: "assessment.merged", assessment: other, conflicts },
      { type: "conflicts.resolve", choices, now: NOW },
    ];
    const held = replay("origin", events({}).slice(0, 2));
    expect(held.snapshot.context.conflicts.map((c) => c.indicatorId)).toEqual(["inst.body", "inst.budget"]);
    // Nothing of mine is written over theirs while the user has not chosen.
    expect(held.saves.at(-1)?.answers["inst.body"]?.evidence).toBe("Theirs");

    const { snapshot, saves } = replay("origin", events({ "inst.body": "mine", "inst.budget": "theirs" }));
    expect(snapshot.context.conflicts).toEqual([]);
    expect(saves.at(-1)?.answers["inst.body"]?.evidence).toBe("Mine");
    expect(saves.at(-1)?.answers["inst.budget"]?.choice).toEqual({ kind: "option", optionId: "none" });
  });
});
