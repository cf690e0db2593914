// Where the wizard goes: pure functions over the questionnaire and the answers.
// Skip logic is shownIndicatorIds (perspective and conditions); hidden questions keep
// their answers (scoring ignores them) but are never shown or counted.
import type { Answer, Assessment } from "../../domain/assessment/assessment";
import { answerSchema } from "../../domain/document/format";
import { figureInputText, type Figure } from "../../domain/number/format";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import { shownIndicatorIds } from "../../domain/scoring/applicability";
import { draftSchema, type Draft } from "../../storage/drafts";

export type Page =
  | { kind: "tasks" }
  | { kind: "question"; dimensionId: string; indicatorId: string; from?: "check" }
  | { kind: "check"; dimensionId: string };

export const DONT_KNOW = ":dontKnow";
export const NOT_APPLICABLE = ":notApplicable";
/** A number question answered with a figure (the draft's `figure` and `figureYear`). */
export const FIGURE = ":figure";

type AnswersOf = Pick<Assessment, "perspective" | "answers">;

/** The questions shown in a section, in questionnaire order. */
export function sectionQuestions(q: Questionnaire, a: AnswersOf, dimensionId: string): string[] {
  const shown = shownIndicatorIds(q.indicators, a.perspective, a.answers);
  return q.indicators.filter((i) => i.dimension === dimensionId && shown.has(i.id)).map((i) => i.id);
}

/** The page actually shown for a requested one: unknown sections go to the task list, hidden questions to the next shown one. */
export function resolvePage(q: Questionnaire, a: AnswersOf, page: Page): Page {
  if (page.kind === "tasks") return page;
  if (!q.dimensions.some((d) => d.id === page.dimensionId)) return { kind: "tasks" };
  if (page.kind === "check") return page;
  const indicator = q.indicators.find((i) => i.id === page.indicatorId);
  if (!indicator || indicator.dimension !== page.dimensionId) return { kind: "tasks" };
  const shown = sectionQuestions(q, a, page.dimensionId);
  if (shown.includes(page.indicatorId)) return page;
  const order = q.indicators.filter((i) => i.dimension === page.dimensionId).map((i) => i.id);
  const after = order.slice(order.indexOf(page.indicatorId) + 1).find((id) => shown.includes(id));
  return after ? { kind: "question", dimensionId: page.dimensionId, indicatorId: after } : { kind: "check", dimensionId: page.dimensionId };
}

/** After Continue: back to check answers when changing from there, else the next shown question, else check answers. */
export function pageAfter(q: Questionnaire, a: AnswersOf, page: Extract<Page, { kind: "question" }>): Page {
  const shown = sectionQuestions(q, a, page.dimensionId);
  if (page.from === "check") {
    // A changed answer may reveal a question that has no answer yet: ask it before returning.
    const unanswered = shown.slice(shown.indexOf(page.indicatorId) + 1).find((id) => !a.answers[id]);
    return unanswered ? { kind: "question", dimensionId: page.dimensionId, indicatorId: unanswered, from: "check" } : { kind: "check", dimensionId: page.dimensionId };
  }
  const next = shown[shown.indexOf(page.indicatorId) + 1];
  return next ? { kind: "question", dimensionId: page.dimensionId, indicatorId: next } : { kind: "check", dimensionId: page.dimensionId };
}

/** Where the back link of a question goes. */
export function pageBefore(q: Questionnaire, a: AnswersOf, page: Extract<Page, { kind: "question" }>): Page {
  if (page.from === "check") return { kind: "check", dimensionId: page.dimensionId };
  const shown = sectionQuestions(q, a, page.dimensionId);
  const index = shown.indexOf(page.indicatorId);
  const previous = index > 0 ? shown[index - 1] : undefined;
  return previous ? { kind: "question", dimensionId: page.dimensionId, indicatorId: previous } : { kind: "tasks" };
}

/** Where a section's task-list link goes: first unanswered question, or check answers once all are answered. */
export function sectionEntry(q: Questionnaire, a: Pick<Assessment, "perspective" | "answers" | "completedSections">, dimensionId: string): Page | null {
  const shown = sectionQuestions(q, a, dimensionId);
  if (shown.length === 0) return null;
  if (a.completedSections.includes(dimensionId)) return { kind: "check", dimensionId };
  const unanswered = shown.find((id) => !a.answers[id]);
  return unanswered ? { kind: "question", dimensionId, indicatorId: unanswered } : { kind: "check", dimensionId };
}

/**
 * The answer a form draft stands for, or null while it is incomplete. A figure is read
 * from the typed text by the page (in its language) and comes as `figure`: null while
 * the text is not yet a valid figure and year.
 */
export function draftToAnswer(draft: Draft, now: string, previous?: Answer, figure?: Figure | null): Answer | null {
  let choice: Answer["choice"];
  if (draft.choice === DONT_KNOW) choice = { kind: "dontKnow" };
  else if (draft.choice === FIGURE) {
    if (!figure) return null;
    choice = { kind: "number", value: figure.value, year: figure.year };
  }
  else if (draft.choice === NOT_APPLICABLE) {
    if (!draft.reason.trim()) return null;
    choice = { kind: "notApplicable", reason: draft.reason };
  } else if (draft.choice) choice = { kind: "option", optionId: draft.choice };
  else return null;
  // A carried-over answer's respondent gave last year's answer, not this one.
  const answeredBy = previous && !previous.carriedOver ? previous.answeredBy : "";
  return { choice, evidence: draft.evidence, comment: draft.comment, answeredBy, updatedAt: now };
}

export type FormField = "choice" | "reason" | "evidence" | "comment";

/**
 * Form fields the document reader would refuse (a text over its limit), checked with the
 * reader's own schemas: the answer's when the form makes one, else the draft's. Such a form
 * is kept in memory and never stored until it is fixed.
 */
export function unsavableFields(draft: Draft, answer: Answer | null): FormField[] {
  const result = answer ? answerSchema.safeParse(answer) : draftSchema.safeParse(draft);
  if (result.success) return [];
  const fields = new Set<FormField>();
  for (const issue of result.error.issues) {
    const last = issue.path[issue.path.length - 1];
    fields.add(last === "reason" || last === "evidence" || last === "comment" ? last : "choice");
  }
  return [...fields];
}

/** The form values an answer shows; a figure is written back in the page's language ("5,4" in French). */
export function answerToDraft(answer: Answer | undefined, locale = "en"): Draft {
  if (!answer) return { choice: "", reason: "", evidence: "", comment: "" };
  const c = answer.choice;
  const draft: Draft = {
    choice: c.kind === "option" ? c.optionId : c.kind === "dontKnow" ? DONT_KNOW : c.kind === "number" ? FIGURE : NOT_APPLICABLE,
    reason: c.kind === "notApplicable" ? c.reason : "",
    evidence: answer.evidence,
    comment: answer.comment,
  };
  return c.kind === "number" ? { ...draft, figure: figureInputText(locale, c.value), figureYear: String(c.year) } : draft;
}

export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify(a.choice) === JSON.stringify(b.choice) && a.evidence === b.evidence && a.comment === b.comment;
}

export function samePage(a: Page, b: Page): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
