// The scoring contract, scoring method 2 (README, "How scores are computed"). Pure: same
// questionnaire and answers give the same result, whatever order the answers were given
// in. Nothing is rounded here; rounding is for display only.
import type { Category, Dimension, Indicator, Questionnaire, Perspective } from "../questionnaire/schema";
import type { Answer } from "../assessment/assessment";
import { confirmedAnswers } from "../assessment/carry-over";
import { bandScore } from "../questionnaire/bands";
import { scopes, type Scope } from "./applicability";

/** Shown on the results page, the report and in the CSV; bump with any change to this file's rules. */
export const SCORING_METHOD = 2;
export const SCORING_METHOD_NAME = "scoring method 2";

export type IndicatorStatus =
  | "answered" // an option (or a figure) was given
  | "dontKnow" // counts 0, reported apart
  | "missing" // no answer yet, or its parent has none: counts 0, reported apart
  | "invalid" // the stored answer is not one the question offers: kept, counts like missing
  | "notApplicable" // answered Not applicable: does not apply
  | "notAsked" // follow-up whose parent was answered outside the condition: counts 0, answered for coverage
  | "outOfScope"; // perspective excludes it, or its parent does not apply: does not apply

export interface IndicatorResult {
  indicator: Indicator;
  status: IndicatorStatus;
  /** False for a context question (scored: false): shown, never counted. */
  scored: boolean;
  /** Counts in its dimension's score (always false for a context question). */
  applies: boolean;
  /** 0-1 for an applicable indicator, null otherwise. */
  value: number | null;
  weight: number;
  /** Points of the dimension score (0-100) lost on this indicator. */
  lostPoints: number;
}

export interface Counts {
  applicable: number;
  answered: number; // options chosen
  dontKnow: number;
  /** Unanswered, including answers the question does not offer. */
  missing: number;
  notApplicable: number;
  /** Follow-ups not asked because of their parent's answer (answered for coverage). */
  notAsked: number;
}

export interface DimensionResult {
  dimension: Dimension;
  /** 0-100, or null when no indicator applies. */
  score: number | null;
  category: Category | null;
  counts: Counts;
  /** As AssessmentResult.coverage, for this dimension. */
  coverage: number;
  weightSum: number;
  weightedValueSum: number;
  /** Every indicator of the dimension in file order, context questions included. */
  indicators: IndicatorResult[];
}

export interface AssessmentResult {
  overall: number | null;
  overallCategory: Category | null;
  dimensions: DimensionResult[];
  counts: Counts;
  /** (answered + Don't know + not asked) / applicable scored indicators; 1 when none apply. */
  coverage: number;
  isDraft: boolean;
  gaps: IndicatorResult[];
  /** Stored answers the questionnaire does not offer (unknown option, forbidden N/A, figure out of range). */
  invalid: IndicatorResult[];
}

export interface ScoringInput {
  perspective: Perspective;
  answers: Readonly<Record<string, Answer>>;
}

export function scoreAssessment(q: Questionnaire, input: ScoringInput): AssessmentResult {
  const index = indexFor(q);
  // Carried-over answers not yet confirmed are not this year's: they count as unanswered.
  const answers = confirmedAnswers(input.answers);
  const scope = scopes(q.indicators, input.perspective, answers);
  const dimensions = q.dimensions.map((dimension, n) =>
    scoreDimension(q, dimension, index.byDimension[n]!, index, scope, answers),
  );
  let scoreSum = 0;
  let scoredCount = 0;
  const counts = emptyCounts();
  for (const d of dimensions) {
    if (d.score !== null) {
      scoreSum += d.score;
      scoredCount++;
    }
    addCounts(counts, d.counts);
  }
  const overall = scoredCount ? scoreSum / scoredCount : null;
  const coverage = coverageOf(counts);
  return {
    overall,
    overallCategory: categoryFor(q.categories, overall),
    dimensions,
    counts,
    coverage,
    isDraft: coverage < 1,
    gaps: prioritiseGaps(index, dimensions),
    invalid: dimensions.flatMap((d) => d.indicators.filter((r) => r.status === "invalid")),
  };
}

/** Applicable questions with nothing left to ask: answered, Don't know, or follow-ups not asked. */
export const answeredCount = (c: Counts): number => c.answered + c.dontKnow + c.notAsked;

/** Nothing applies: nothing is left to ask, so coverage is complete (and the score is null, not 0). */
const coverageOf = (c: Counts): number => (c.applicable === 0 ? 1 : answeredCount(c) / c.applicable);

/** Lookups that depend only on the questionnaire, built once per questionnaire object. */
interface ScoringIndex {
  /** Indicators of each dimension, in the order of q.dimensions, in file order. */
  byDimension: Indicator[][];
  order: Map<string, number>;
  /** Indicator id -> option id -> value 0-1 (scored choice questions). */
  optionValues: Map<string, Map<string, number>>;
}

const indexes = new WeakMap<Questionnaire, ScoringIndex>();

function indexFor(q: Questionnaire): ScoringIndex {
  let index = indexes.get(q);
  if (!index) {
    index = {
      byDimension: q.dimensions.map((d) => q.indicators.filter((i) => i.dimension === d.id)),
      order: new Map(q.indicators.map((i, n) => [i.id, n])),
      optionValues: new Map(q.indicators.map((i) => [i.id, new Map(i.options.map((o) => [o.id, (o.score ?? 0) / 10]))])),
    };
    indexes.set(q, index);
  }
  return index;
}

function scoreDimension(
  q: Questionnaire,
  dimension: Dimension,
  indicators: Indicator[],
  index: ScoringIndex,
  scope: Map<string, Scope>,
  answers: Readonly<Record<string, Answer>>,
): DimensionResult {
  const results: IndicatorResult[] = [];
  const counts = emptyCounts();
  let weightSum = 0;
  let weightedValueSum = 0;
  for (const indicator of indicators) {
    const r = indicatorResult(indicator, index, scope.get(indicator.id) ?? "outOfScope", answers[indicator.id]);
    results.push(r);
    if (!r.scored || r.status === "outOfScope") continue;
    counts[r.status === "invalid" ? "missing" : r.status]++;
    if (r.applies) {
      counts.applicable++;
      weightSum += r.weight;
      weightedValueSum += r.weight * (r.value ?? 0);
    }
  }
  const score = weightSum > 0 ? (100 * weightedValueSum) / weightSum : null;
  for (const r of results) if (r.applies) r.lostPoints = (100 * r.weight * (1 - (r.value ?? 0))) / weightSum;
  return {
    dimension,
    score,
    category: categoryFor(q.categories, score),
    counts,
    coverage: coverageOf(counts),
    weightSum,
    weightedValueSum,
    indicators: results,
  };
}

function indicatorResult(indicator: Indicator, index: ScoringIndex, scope: Scope, answer: Answer | undefined): IndicatorResult {
  if (scope === "outOfScope") return resultOf(indicator, "outOfScope", null);
  if (scope === "notAsked") return resultOf(indicator, "notAsked", 0);
  if (scope === "parentUnanswered") return resultOf(indicator, "missing", 0);
  const choice = answer?.choice;
  if (!choice) return resultOf(indicator, "missing", 0);
  switch (choice.kind) {
    case "notApplicable":
      // A file edited by hand may claim N/A where the questionnaire forbids it: kept, counted as unanswered.
      return indicator.allowNotApplicable ? resultOf(indicator, "notApplicable", null) : resultOf(indicator, "invalid", 0);
    case "dontKnow":
      return resultOf(indicator, "dontKnow", 0);
    case "number": {
      if (indicator.kind !== "number" || !indicator.number) return resultOf(indicator, "invalid", 0);
      const inRange = choice.value >= indicator.number.min && choice.value <= indicator.number.max;
      if (!inRange) return resultOf(indicator, "invalid", 0);
      return resultOf(indicator, "answered", (bandScore(indicator.number, choice.value) ?? 0) / 10);
    }
    case "option": {
      const value = indicator.kind === "choice" ? index.optionValues.get(indicator.id)?.get(choice.optionId) : undefined;
      // An option id the questionnaire does not offer is kept but never raises a score.
      return value === undefined ? resultOf(indicator, "invalid", 0) : resultOf(indicator, "answered", value);
    }
  }
}

// A plain function rather than a closure: this runs for every indicator of every assessment.
function resultOf(indicator: Indicator, status: IndicatorStatus, value: number | null): IndicatorResult {
  const scored = indicator.scored;
  const counted = scored && value !== null;
  return { indicator, status, scored, applies: counted, value: counted ? value : null, weight: indicator.weight ?? 1, lostPoints: 0 };
}

const emptyCounts = (): Counts => ({ applicable: 0, answered: 0, dontKnow: 0, missing: 0, notApplicable: 0, notAsked: 0 });

function addCounts(total: Counts, c: Counts): void {
  total.applicable += c.applicable;
  total.answered += c.answered;
  total.dontKnow += c.dontKnow;
  total.missing += c.missing;
  total.notApplicable += c.notApplicable;
  total.notAsked += c.notAsked;
}

/** The category whose threshold is the highest one at or below the score. */
export function categoryFor(categories: readonly Category[], score: number | null): Category | null {
  if (score === null) return null;
  let best: Category | null = null;
  for (const c of categories) if (score >= c.min && (!best || c.min > best.min)) best = c;
  return best;
}

/** Lost points compared at 1e-9, so floating-point noise never overrides questionnaire order. */
const lostKey = (r: IndicatorResult): number => Math.round(r.lostPoints * 1e9);

/**
 * Gaps are applicable scored indicators below full value. Foundational ones first, each
 * group by points lost on their dimension's score (compared at 1e-9), then in questionnaire
 * order. A not-asked follow-up is not ranked on its own: it comes right after its parent
 * (after the parent listed last when it has several), its own follow-ups after it.
 */
function prioritiseGaps(index: ScoringIndex, dimensions: DimensionResult[]): IndicatorResult[] {
  const gaps: IndicatorResult[] = [];
  const gapIds = new Set<string>();
  for (const d of dimensions) {
    for (const r of d.indicators) {
      if (r.applies && (r.value ?? 0) < 1) gaps.push(r), gapIds.add(r.indicator.id);
    }
  }
  const primary: { r: IndicatorResult; foundational: number; lost: number; order: number }[] = [];
  const followers: IndicatorResult[] = [];
  for (const r of gaps) {
    if (r.status === "notAsked" && r.indicator.conditions?.some((c) => gapIds.has(c.indicator))) followers.push(r);
    else primary.push({ r, foundational: r.indicator.foundational ? 1 : 0, lost: lostKey(r), order: index.order.get(r.indicator.id) ?? 0 });
  }
  primary.sort((a, b) => b.foundational - a.foundational || b.lost - a.lost || a.order - b.order);
  const listed = primary.map((p) => p.r);
  if (!followers.length) return listed;
  // File order puts parents before their follow-ups, so a parent is always listed before its follow-up is placed.
  const order = (r: IndicatorResult) => index.order.get(r.indicator.id) ?? 0;
  const anchorOf = new Map<string, string>();
  const descendsFrom = (r: IndicatorResult, anchor: string) => {
    for (let a = anchorOf.get(r.indicator.id); a !== undefined; a = anchorOf.get(a)) if (a === anchor) return true;
    return false;
  };
  for (const r of followers.sort((a, b) => order(a) - order(b))) {
    const parents = r.indicator.conditions!.map((c) => c.indicator).filter((id) => gapIds.has(id));
    const at = listed.findLastIndex((x) => parents.includes(x.indicator.id));
    const anchor = listed[at]!.indicator.id;
    let position = at + 1;
    while (position < listed.length && descendsFrom(listed[position]!, anchor)) position++;
    listed.splice(position, 0, r);
    anchorOf.set(r.indicator.id, anchor);
  }
  return listed;
}
