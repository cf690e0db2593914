// The scoring contract (product brief, "Scoring"). Pure: same questionnaire and
// answers give the same result, whatever order the answers were given in.
// Nothing is rounded here; rounding is for display only.
import type { Category, Dimension, Indicator, Questionnaire, Perspective } from "../questionnaire/schema";
import type { Answer } from "../assessment/assessment";
import { shownIndicatorIds } from "./applicability";

export type IndicatorStatus =
  | "answered" // an option was chosen
  | "dontKnow" // counts 0, reported apart
  | "missing" // no answer yet: counts 0, reported apart
  | "notApplicable" // answered Not applicable: does not apply
  | "hidden"; // perspective or a condition excludes it: does not apply

export interface IndicatorResult {
  indicator: Indicator;
  status: IndicatorStatus;
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
  missing: number;
  notApplicable: number;
}

export interface DimensionResult {
  dimension: Dimension;
  /** 0-100, or null when no indicator applies. */
  score: number | null;
  category: Category | null;
  counts: Counts;
  weightSum: number;
  weightedValueSum: number;
  indicators: IndicatorResult[];
}

export interface AssessmentResult {
  overall: number | null;
  overallCategory: Category | null;
  dimensions: DimensionResult[];
  counts: Counts;
  /** Answered applicable (Don't know counts as answered) / applicable; 1 when none apply. */
  coverage: number;
  isDraft: boolean;
  gaps: IndicatorResult[];
}

export interface ScoringInput {
  perspective: Perspective;
  answers: Readonly<Record<string, Answer>>;
}

export function scoreAssessment(q: Questionnaire, input: ScoringInput): AssessmentResult {
  const shown = shownIndicatorIds(q.indicators, input.perspective, input.answers);
  const dimensions = q.dimensions.map((dimension) =>
    scoreDimension(q, dimension, q.indicators.filter((i) => i.dimension === dimension.id), shown, input.answers),
  );
  const scored = dimensions.filter((d) => d.score !== null).map((d) => d.score as number);
  const overall = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
  const counts = sumCounts(dimensions.map((d) => d.counts));
  const coverage = counts.applicable === 0 ? 1 : (counts.answered + counts.dontKnow) / counts.applicable;
  return {
    overall,
    overallCategory: categoryFor(q.categories, overall),
    dimensions,
    counts,
    coverage,
    isDraft: coverage < 1,
    gaps: prioritiseGaps(q, dimensions.flatMap((d) => d.indicators)),
  };
}

function scoreDimension(
  q: Questionnaire,
  dimension: Dimension,
  indicators: Indicator[],
  shown: Set<string>,
  answers: Readonly<Record<string, Answer>>,
): DimensionResult {
  const results = indicators.map((indicator) => indicatorResult(indicator, shown.has(indicator.id), answers[indicator.id]));
  const applicable = results.filter((r) => r.applies);
  const weightSum = applicable.reduce((s, r) => s + r.weight, 0);
  const weightedValueSum = applicable.reduce((s, r) => s + r.weight * (r.value ?? 0), 0);
  const score = weightSum > 0 ? (100 * weightedValueSum) / weightSum : null;
  for (const r of applicable) r.lostPoints = (100 * r.weight * (1 - (r.value ?? 0))) / weightSum;
  return {
    dimension,
    score,
    category: categoryFor(q.categories, score),
    counts: countStatuses(results),
    weightSum,
    weightedValueSum,
    indicators: results,
  };
}

function indicatorResult(indicator: Indicator, shown: boolean, answer: Answer | undefined): IndicatorResult {
  const weight = indicator.weight ?? 1;
  const base = { indicator, weight, lostPoints: 0 };
  if (!shown) return { ...base, status: "hidden", applies: false, value: null };
  const choice = answer?.choice;
  if (!choice) return { ...base, status: "missing", applies: true, value: 0 };
  if (choice.kind === "notApplicable") {
    // A file edited by hand may claim N/A where the questionnaire forbids it: then it counts as unanswered.
    return indicator.allowNotApplicable
      ? { ...base, status: "notApplicable", applies: false, value: null }
      : { ...base, status: "missing", applies: true, value: 0 };
  }
  if (choice.kind === "dontKnow") return { ...base, status: "dontKnow", applies: true, value: 0 };
  const option = indicator.options.find((o) => o.id === choice.optionId);
  // An option id the questionnaire does not know is treated as no answer: a blank never raises a score.
  if (!option) return { ...base, status: "missing", applies: true, value: 0 };
  return { ...base, status: "answered", applies: true, value: option.score / 10 };
}

function countStatuses(results: IndicatorResult[]): Counts {
  const count = (s: IndicatorStatus) => results.filter((r) => r.status === s).length;
  return {
    applicable: results.filter((r) => r.applies).length,
    answered: count("answered"),
    dontKnow: count("dontKnow"),
    missing: count("missing"),
    notApplicable: count("notApplicable"),
  };
}

function sumCounts(all: Counts[]): Counts {
  const total: Counts = { applicable: 0, answered: 0, dontKnow: 0, missing: 0, notApplicable: 0 };
  for (const c of all) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
  return total;
}

/** The category whose threshold is the highest one at or below the score. */
export function categoryFor(categories: readonly Category[], score: number | null): Category | null {
  if (score === null) return null;
  let best: Category | null = null;
  for (const c of categories) if (score >= c.min && (!best || c.min > best.min)) best = c;
  return best;
}

/**
 * Gaps are applicable indicators below full value. Foundational ones first, then by
 * points lost on their dimension's score, then in questionnaire order (stable).
 */
function prioritiseGaps(q: Questionnaire, results: IndicatorResult[]): IndicatorResult[] {
  const order = new Map(q.indicators.map((i, n) => [i.id, n]));
  return results
    .filter((r) => r.applies && (r.value ?? 0) < 1)
    .sort(
      (a, b) =>
        Number(b.indicator.foundational) - Number(a.indicator.foundational) ||
        b.lostPoints - a.lostPoints ||
        (order.get(a.indicator.id) ?? 0) - (order.get(b.indicator.id) ?? 0),
    );
}
