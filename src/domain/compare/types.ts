// Types of a year-over-year comparison (see compare.ts). Plain data: the UI, the CSV
// and the PDF report read them without re-scoring anything.
import type { Assessment } from "../assessment/assessment";
import type { AnswerOption, Dimension, Indicator, Questionnaire } from "../questionnaire/schema";
import type { AssessmentResult, IndicatorStatus } from "../scoring/score";

export interface CompareItem {
  questionnaire: Questionnaire;
  assessment: Assessment;
}

/** One assessment of the comparison, in time order, with its scores. */
export interface ComparedYear {
  assessment: Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
}

/** Difference between two scores (later minus earlier), null when either has no score. */
export type Change = number | null;

export interface ScoreSeries {
  /** One score per year (0-100 or null), in the order of Comparison.years. */
  scores: (number | null)[];
  /** changes[k] = scores[k + 1] - scores[k]; length is years - 1. */
  changes: Change[];
  firstToLast: Change;
}

export interface DimensionComparison extends ScoreSeries {
  id: string;
  /** The dimension as the latest questionnaire that has it describes it. */
  dimension: Dimension;
}

export type IndicatorChangeStatus = "improved" | "regressed" | "unchanged" | "added" | "retired" | "notComparable";

export type NotComparableReason =
  | "scaleChanged" // the options or their scores changed between questionnaire versions
  | "context" // a context question: shown, never scored, so never better or worse
  | "outOfScopeEither" // applies in neither year (perspective, or an earlier answer was Not applicable)
  | "outOfScope" // does not apply in one of the years
  | "notApplicable" // answered Not applicable in one of the years
  | "answeredOneSide" // an option was chosen in one year only (the other: Don't know or blank)
  | "answeredNeither" // no option chosen in either year
  | "absentAtBothEnds"; // in neither the first nor the last questionnaire (only in between)

/** An indicator in one year. `present` is false when that year's questionnaire lacks it. */
export interface IndicatorYear {
  present: boolean;
  status: IndicatorStatus | null;
  /** False for a context question (never scored). */
  scored: boolean;
  /** 0-1 when applicable, null otherwise. */
  value: number | null;
  option: AnswerOption | null;
  /** The figure given on a number question that was asked (whatever it scored), else null. */
  figure: { value: number; year: number } | null;
  scaleVersion: number | null;
}

export interface Transition {
  status: IndicatorChangeStatus;
  reason: NotComparableReason | null;
  /** Later value minus earlier value (0-1 scale) when both are comparable. */
  delta: number | null;
}

export interface IndicatorComparison {
  id: string;
  /** The indicator as the latest questionnaire that has it describes it. */
  indicator: Indicator;
  years: IndicatorYear[];
  /** steps[k]: from year k to year k + 1. */
  steps: Transition[];
  /** From the first year to the last. */
  overall: Transition;
}

export type ChangeCounts = Record<IndicatorChangeStatus, number>;

export interface Comparison {
  country: string;
  years: ComparedYear[];
  overall: ScoreSeries;
  dimensions: DimensionComparison[];
  indicators: IndicatorComparison[];
  /** Counts of `overall` statuses (first year to last) over all indicators. */
  summary: ChangeCounts;
}

export type CompareProblem =
  | { code: "tooFew"; count: number }
  | { code: "countriesDiffer"; countries: string[] }
  | { code: "questionnaireMismatch"; assessmentId: string };

export type CompareOutcome = { ok: true; comparison: Comparison } | { ok: false; problem: CompareProblem };
