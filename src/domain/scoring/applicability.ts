// Which indicators an assessment is asked, before any answer is scored.
import type { Indicator, Perspective } from "../questionnaire/schema";
import type { Answer } from "../assessment/assessment";

export function perspectiveMatches(indicator: Indicator, assessment: Perspective): boolean {
  return indicator.perspective === "both" || assessment === "both" || indicator.perspective === assessment;
}

/**
 * Whether the question is shown at all: its perspective matches and every condition
 * holds. A condition holds when the indicator it names is itself shown and was
 * answered with one of the listed options. Conditions always point to earlier
 * indicators (validate.ts enforces it), so one pass in file order suffices.
 */
export function shownIndicatorIds(
  indicators: readonly Indicator[],
  perspective: Perspective,
  answers: Readonly<Record<string, Answer>>,
): Set<string> {
  const shown = new Set<string>();
  for (const indicator of indicators) {
    if (!perspectiveMatches(indicator, perspective)) continue;
    let conditionsHold = true;
    for (const c of indicator.conditions ?? []) {
      const choice = shown.has(c.indicator) ? answers[c.indicator]?.choice : undefined;
      if (choice?.kind !== "option" || !c.optionIn.includes(choice.optionId)) conditionsHold = false;
    }
    if (conditionsHold) shown.add(indicator.id);
  }
  return shown;
}
