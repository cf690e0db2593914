// Comparing answers and grouping indicator ids by section, shared by whole-file import
// and section merge.
//
// API: sameAnswer(a, b) -> boolean (ignores updatedAt: re-saving is not a change)
//      sameChoice(a, b) -> boolean
//      sectionOf(questionnaire?) -> (indicatorId) -> section (dimension) id, or "other"
import type { Answer, Choice } from "../assessment/assessment";
import type { Questionnaire } from "../questionnaire/schema";

export function sameAnswer(a: Answer, b: Answer): boolean {
  return sameChoice(a.choice, b.choice) && a.evidence === b.evidence && a.comment === b.comment && a.answeredBy === b.answeredBy;
}

/** Same kind and same content: option, reason, or figure and year (5.4 for 2025 differs from 5.4 for 2024). */
export function sameChoice(ca: Choice, cb: Choice): boolean {
  switch (ca.kind) {
    case "option":
      return cb.kind === "option" && ca.optionId === cb.optionId;
    case "notApplicable":
      return cb.kind === "notApplicable" && ca.reason === cb.reason;
    case "number":
      return cb.kind === "number" && ca.value === cb.value && ca.year === cb.year;
    case "dontKnow":
      return cb.kind === "dontKnow";
  }
}

export const OTHER_SECTION = "other";

export function sectionOf(questionnaire?: Questionnaire): (indicatorId: string) => string {
  const map = new Map(questionnaire?.indicators.map((i) => [i.id, i.dimension]));
  return (id) => map.get(id) ?? OTHER_SECTION;
}
