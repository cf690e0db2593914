// Comparing answers and grouping indicator ids by section, shared by whole-file import
// and section merge.
//
// API: sameAnswer(a, b) -> boolean (ignores updatedAt: re-saving is not a change)
//      sectionOf(questionnaire?) -> (indicatorId) -> section (dimension) id, or "other"
import type { Answer } from "../assessment/assessment";
import type { Questionnaire } from "../questionnaire/schema";

export function sameAnswer(a: Answer, b: Answer): boolean {
  const ca = a.choice;
  const cb = b.choice;
  const sameChoice =
    ca.kind === cb.kind &&
    (ca.kind !== "option" || ca.optionId === (cb as typeof ca).optionId) &&
    (ca.kind !== "notApplicable" || ca.reason === (cb as typeof ca).reason);
  return sameChoice && a.evidence === b.evidence && a.comment === b.comment && a.answeredBy === b.answeredBy;
}

export const OTHER_SECTION = "other";

export function sectionOf(questionnaire?: Questionnaire): (indicatorId: string) => string {
  const map = new Map(questionnaire?.indicators.map((i) => [i.id, i.dimension]));
  return (id) => map.get(id) ?? OTHER_SECTION;
}
