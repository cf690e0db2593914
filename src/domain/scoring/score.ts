// The scoring contract (product brief, "Scoring"). Pure: same questionnaire and
// answers give the same result, whatever order the answers were given in.
// Nothing is rounded here; rounding is for display only.
import type { Category, Dimension, Indicator, Questionnaire, Perspective } from "../questionnaire/schema";
import type { Answer } from "../assessment/assessment";
import { shownIndicatorIds } from "./applicability";
import { confirmedAnswers } from "../assessment/carry-over";

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
  const index = indexFor(q);
  // Carried-over answers not yet confirmed are not this year's: they count as unanswered.
  const answers = confirmedAnswers(input.answers);
  const shown = shownIndicatorIds(q.indicators, input.perspective, answers);
  const dimensions = q.dimensions.map((dimension, n) =>
    scoreDimension(q, dimension, index.byDimension[n]!, index, shown, answers),
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
  const coverage = counts.applicable === 0 ? 1 : (counts.answered + counts.dontKnow) / counts.applicable;
  return {
    overall,
    overallCategory: categoryFor(q.categories, overall),
    dimensions,
    counts,
    coverage,
    isDraft: coverage < 1,
    gaps: prioritiseGaps(index, dimensions),
  };
}

/** Lookups that depend only on the questionnaire, built once per questionnaire object. */
interface ScoringIndex {
  /** Indicators of each dimension, in the order of q.dimensions, in file order. */
  byDimension: Indicator[][];
  order: Map<string, number>;
  /** Indicator id -> option id -> value 0-1. */
  optionValues: Map<string, Map<string, number>>;
}

const indexes = new WeakMap<Questionnaire, ScoringIndex>();

function indexFor(q: Questionnaire): ScoringIndex {
  let index = indexes.get(q);
  if (!index) {
    index = {
      byDimension: q.dimensions.map((d) => q.indicators.filter((i) => i.dimension === d.id)),
      order: new Map(q.indicators.map((i, n) => [i.id, n])),
      optionValues: new Map(q.indicators.map((i) => [i.id, new Map(i.options.map((o) => [o.id, o.score / 10]))])),
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
  shown: Set<string>,
  answers: Readonly<Record<string, Answer>>,
): DimensionResult {
  const results: IndicatorResult[] = [];
  const counts = emptyCounts();
  let weightSum = 0;
  let weightedValueSum = 0;
  for (const indicator of indicators) {
    const r = indicatorResult(indicator, index, shown.has(indicator.id), answers[indicator.id]);
    results.push(r);
    if (r.status !== "hidden") counts[r.status]++;
    if (r.applies) {
      counts.applicable++;
      weightSum += r.weight;
      weightedValueSum += r.weight * (r.value ?? 0);
    }
  }
  const score = weightSum > 0 ? (100 * weightedValueSum) / weightSum : null;
  for (const r of results) if (r.applies) r.lostPoints = (100 * r.weight * (1 - (r.value ?? 0))) / weightSum;
  return { dimension, score, category: categoryFor(q.categories, score), counts, weightSum, weightedValueSum, indicators: results };
}

function indicatorResult(indicator: Indicator, index: ScoringIndex, shown: boolean, answer: Answer | undefined): IndicatorResult {
  if (!shown) return resultOf(indicator, "hidden", null);
  const choice = answer?.choice;
  if (!choice) return resultOf(indicator, "missing", 0);
  if (choice.kind === "notApplicable") {
    // A file edited by hand may claim N/A where the questionnaire forbids it: then it counts as unanswered.
    return indicator.allowNotApplicable ? resultOf(indicator, "notApplicable", null) : resultOf(indicator, "missing", 0);
  }
  if (choice.kind === "dontKnow") return resultOf(indicator, "dontKnow", 0);
  const value = index.optionValues.get(indicator.id)?.get(choice.optionId);
  // An option id the questionnaire does not know is treated as no answer: a blank never raises a score.
  return value === undefined ? resultOf(indicator, "missing", 0) : resultOf(indicator, "answered", value);
}

// A plain function rather than a closure: this runs for every indicator of every assessment.
function resultOf(indicator: Indicator, status: IndicatorStatus, value: number | null): IndicatorResult {
  return { indicator, status, applies: value !== null, value, weight: indicator.weight ?? 1, lostPoints: 0 };
}

const emptyCounts = (): Counts => ({ applicable: 0, answered: 0, dontKnow: 0, missing: 0, notApplicable: 0 });

function addCounts(total: Counts, c: Counts): void {
  total.applicable += c.applicable;
  total.answered += c.answered;
  total.dontKnow += c.dontKnow;
  total.missing += c.missing;
  total.notApplicable += c.notApplicable;
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
function prioritiseGaps(index: ScoringIndex, dimensions: DimensionResult[]): IndicatorResult[] {
  const gaps: IndicatorResult[] = [];
  for (const d of dimensions) for (const r of d.indicators) if (r.applies && (r.value ?? 0) < 1) gaps.push(r);
  return gaps.sort(
    (a, b) =>
      Number(b.indicator.foundational) - Number(a.indicator.foundational) ||
      b.lostPoints - a.lostPoints ||
      (index.order.get(a.indicator.id) ?? 0) - (index.order.get(b.indicator.id) ?? 0),
  );
}
