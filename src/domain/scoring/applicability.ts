// Which indicators an assessment is asked, and (for scoring) why a follow-up is not.
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
  for (const [id, scope] of scopes(indicators, perspective, answers)) if (scope === "asked") shown.add(id);
  return shown;
}

/**
 * Scoring method 2: where each indicator stands before its own answer is looked at.
 * - "asked": the perspective matches and every condition holds;
 * - "outOfScope": the perspective excludes it, or a parent does not apply (out of scope
 *   itself, or answered Not applicable);
 * - "parentUnanswered": a parent has no (usable) answer yet, so the follow-up is unanswered too;
 * - "notAsked": every parent applies and is answered, and one of them with an option outside
 *   the condition (or Don't know): there is nothing left to ask.
 * A follow-up of a not-asked follow-up is not asked either.
 */
export type Scope = "asked" | "outOfScope" | "parentUnanswered" | "notAsked";

export function scopes(
  indicators: readonly Indicator[],
  perspective: Perspective,
  answers: Readonly<Record<string, Answer>>,
): Map<string, Scope> {
  const result = new Map<string, Scope>();
  const byId = indexById(indicators);
  for (const indicator of indicators) {
    if (!perspectiveMatches(indicator, perspective)) {
      result.set(indicator.id, "outOfScope");
      continue;
    }
    let scope: Scope = "asked";
    for (const c of indicator.conditions ?? []) scope = worse(scope, conditionScope(c, result, byId, answers));
    result.set(indicator.id, scope);
  }
  return result;
}

const byIdCache = new WeakMap<readonly Indicator[], Map<string, Indicator>>();

function indexById(indicators: readonly Indicator[]): Map<string, Indicator> {
  let byId = byIdCache.get(indicators);
  if (!byId) byIdCache.set(indicators, (byId = new Map(indicators.map((i) => [i.id, i]))));
  return byId;
}

// Out of scope wins (nothing of it applies), then unanswered (a parent still has to be
// answered), then not asked.
const severity: Record<Scope, number> = { asked: 0, notAsked: 1, parentUnanswered: 2, outOfScope: 3 };
const worse = (a: Scope, b: Scope): Scope => (severity[b] > severity[a] ? b : a);

function conditionScope(
  c: { indicator: string; optionIn: string[] },
  done: Map<string, Scope>,
  byId: Map<string, Indicator>,
  answers: Readonly<Record<string, Answer>>,
): Scope {
  const parentScope = done.get(c.indicator);
  const parent = byId.get(c.indicator);
  if (!parentScope || !parent || parentScope === "outOfScope") return "outOfScope";
  if (parentScope !== "asked") return parentScope;
  const choice = answers[c.indicator]?.choice;
  if (!choice) return "parentUnanswered";
  if (choice.kind === "notApplicable") return parent.allowNotApplicable ? "outOfScope" : "parentUnanswered";
  if (choice.kind === "dontKnow") return "notAsked";
  if (choice.kind !== "option" || !parent.options.some((o) => o.id === choice.optionId)) return "parentUnanswered";
  return c.optionIn.includes(choice.optionId) ? "asked" : "notAsked";
}
