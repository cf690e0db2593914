// The scores of one assessment as CSV for analysts: one row for the overall index, then
// for each dimension a row for the dimension followed by one row per indicator. The
// columns are documented in the README ("Scores CSV columns"); their names and order are stable
// (add new columns at the end, never rename).
import type { Assessment, Choice } from "../assessment/assessment";
import type { Questionnaire } from "../questionnaire/schema";
import { scoreAssessment, SCORING_METHOD, type AssessmentResult, type Counts, type IndicatorResult, type IndicatorStatus } from "../scoring/score";
import { pick } from "../text";
import { indicatorCitations } from "../questionnaire/sources";
import { toCsv, type Cell } from "./csv";

export const SCORES_CSV_COLUMNS = [
  "row_type",
  "assessment_id",
  "country",
  "year",
  "perspective",
  "questionnaire_id",
  "questionnaire_version",
  "dimension_id",
  "dimension_title",
  "indicator_id",
  "question",
  "foundational",
  "scale_version",
  "status",
  "answer_option_id",
  "answer_label",
  "option_score",
  "value",
  "weight",
  "weighted_value",
  "lost_points",
  "score",
  "category_id",
  "category_label",
  "applicable",
  "answered",
  "dont_know",
  "unanswered",
  "not_applicable",
  "coverage",
  "lead_ministry_id",
  "lead_ministry",
  "not_applicable_reason",
  "scoring_method",
  "scored",
  "not_asked",
  "sources",
  "number_value",
  "number_unit",
  "number_year",
] as const;

type Column = (typeof SCORES_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, Cell>>;

export const CSV_STATUS: Record<IndicatorStatus, string> = {
  answered: "answered",
  dontKnow: "dont_know",
  missing: "unanswered",
  invalid: "unrecognised_answer",
  notApplicable: "not_applicable",
  notAsked: "not_asked",
  outOfScope: "out_of_scope",
};

/** Full precision is noise in a spreadsheet: at most 6 decimal places, no exponent. */
export const csvNumber = (n: number | null): number | null => (n === null ? null : Number(n.toFixed(6)));

export function scoresCsv(
  q: Questionnaire,
  assessment: Assessment,
  locale = "en",
  result: AssessmentResult = scoreAssessment(q, { perspective: assessment.perspective, answers: assessment.answers }),
): string {
  const common: Row = {
    assessment_id: assessment.id,
    country: assessment.country,
    year: assessment.year,
    perspective: assessment.perspective,
    questionnaire_id: q.id,
    questionnaire_version: q.version,
    scoring_method: SCORING_METHOD,
  };
  const rows: Row[] = [
    {
      ...common,
      row_type: "overall",
      score: csvNumber(result.overall),
      category_id: result.overallCategory?.id ?? null,
      category_label: pick(result.overallCategory?.label, locale),
      ...countCells(result.counts, result.coverage),
    },
  ];
  for (const d of result.dimensions) {
    const dimension = { ...common, dimension_id: d.dimension.id, dimension_title: pick(d.dimension.title, locale) };
    const c = d.counts;
    rows.push({
      ...dimension,
      row_type: "dimension",
      weight: csvNumber(d.weightSum),
      weighted_value: csvNumber(d.weightedValueSum),
      score: csvNumber(d.score),
      category_id: d.category?.id ?? null,
      category_label: pick(d.category?.label, locale),
      ...countCells(c, d.coverage),
    });
    for (const r of d.indicators) rows.push({ ...dimension, ...indicatorCells(q, assessment, r, locale) });
  }
  return toCsv(SCORES_CSV_COLUMNS, rows.map((row) => SCORES_CSV_COLUMNS.map((column) => row[column] ?? null)));
}

function countCells(c: Counts, coverage: number): Row {
  return {
    applicable: c.applicable,
    answered: c.answered,
    dont_know: c.dontKnow,
    unanswered: c.missing,
    not_applicable: c.notApplicable,
    not_asked: c.notAsked,
    coverage: csvNumber(coverage),
  };
}

function indicatorCells(q: Questionnaire, assessment: Assessment, r: IndicatorResult, locale: string): Row {
  const i = r.indicator;
  const choice = assessment.answers[i.id]?.choice;
  const option = r.status === "answered" && choice?.kind === "option" ? i.options.find((o) => o.id === choice.optionId) : undefined;
  const ministry = q.ministries.find((m) => m.id === i.leadMinistry);
  return {
    row_type: "indicator",
    indicator_id: i.id,
    question: pick(i.question, locale),
    foundational: i.foundational,
    scale_version: i.scaleVersion,
    status: CSV_STATUS[r.status],
    answer_option_id: option?.id ?? null,
    answer_label: option ? pick(option.label, locale) : null,
    option_score: option?.score ?? null,
    value: csvNumber(r.value),
    weight: r.scored ? r.weight : null,
    scored: r.scored,
    sources: indicatorCitations(q, i, locale).join("; "),
    weighted_value: r.applies ? csvNumber(r.weight * (r.value ?? 0)) : null,
    lost_points: r.applies ? csvNumber(r.lostPoints) : null,
    lead_ministry_id: i.leadMinistry,
    lead_ministry: pick(ministry?.name, locale),
    not_applicable_reason: r.status === "notApplicable" && choice?.kind === "notApplicable" ? choice.reason : null,
    ...figureCells(r, choice, locale),
  };
}

/** A figure given on a number question (scored or context): the number as stored, its unit and the year it refers to. */
function figureCells(r: IndicatorResult, choice: Choice | undefined, locale: string): Row {
  if (choice?.kind !== "number" || r.status !== "answered") return {};
  return { number_value: csvNumber(choice.value), number_unit: pick(r.indicator.number?.unit, locale), number_year: choice.year };
}

/** A file name safe on every system: scores-<country>-<year>.csv. */
export function scoresCsvFileName(assessment: Pick<Assessment, "country" | "year">): string {
  const slug = assessment.country
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `scores-${slug || "assessment"}-${assessment.year}.csv`;
}
