// Year-over-year comparison of assessments of one country (product brief, "Compare").
// Pure and order-independent: the items are put in time order (year, then creation
// time, then id) before anything is computed. Indicators and dimensions are matched by
// their stable ids across questionnaire versions; what cannot be compared says why
// (see transition.ts).
import type { Answer } from "../assessment/assessment";
import type { Dimension, Indicator, Questionnaire } from "../questionnaire/schema";
import { scoreAssessment, type IndicatorResult } from "../scoring/score";
import { sameCountryKey } from "./country";
import { transition } from "./transition";
import { lineageTo, type Lineage } from "../questionnaire/lineage";
import type {
  ChangeCounts,
  CompareItem,
  CompareOutcome,
  ComparedYear,
  DimensionComparison,
  IndicatorComparison,
  IndicatorYear,
  ScoreSeries,
} from "./types";

export function compareAssessments(items: readonly CompareItem[]): CompareOutcome {
  if (items.length < 2) return { ok: false, problem: { code: "tooFew", count: items.length } };
  const countries = [...new Set(items.map((i) => sameCountryKey(i.assessment.country)))];
  if (countries.length > 1) {
    const names = [...new Map(items.map((i) => [sameCountryKey(i.assessment.country), i.assessment.country.trim()])).values()];
    return { ok: false, problem: { code: "countriesDiffer", countries: names } };
  }
  const mismatch = items.find(
    (i) => i.assessment.questionnaire.id !== i.questionnaire.id || i.assessment.questionnaire.version !== i.questionnaire.version,
  );
  if (mismatch) return { ok: false, problem: { code: "questionnaireMismatch", assessmentId: mismatch.assessment.id } };

  const years: ComparedYear[] = [...items].sort(chronological).map(({ questionnaire, assessment }) => ({
    questionnaire,
    assessment,
    result: scoreAssessment(questionnaire, { perspective: assessment.perspective, answers: assessment.answers }),
  }));
  const dimensions = compareDimensions(years);
  const indicators = compareIndicators(years, dimensions.map((d) => d.id));
  return {
    ok: true,
    comparison: {
      country: years[years.length - 1]!.assessment.country,
      years,
      overall: series(years.map((y) => y.result.overall)),
      dimensions,
      indicators,
      summary: countOverall(indicators),
    },
  };
}

function chronological(a: CompareItem, b: CompareItem): number {
  const x = a.assessment;
  const y = b.assessment;
  return x.year - y.year || cmp(x.createdAt, y.createdAt) || cmp(x.id, y.id);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function series(scores: (number | null)[]): ScoreSeries {
  const diff = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? null : b - a;
  return {
    scores,
    changes: scores.slice(1).map((s, k) => diff(scores[k], s)),
    firstToLast: diff(scores[0], scores[scores.length - 1]),
  };
}

/** Items defined per questionnaire, latest questionnaire's definition and order first. */
function latestFirst<T extends { id: string }>(years: ComparedYear[], list: (y: ComparedYear) => readonly T[]): Map<string, T> {
  const found = new Map<string, T>();
  for (const y of [...years].reverse()) for (const item of list(y)) if (!found.has(item.id)) found.set(item.id, item);
  return found;
}

function compareDimensions(years: ComparedYear[]): DimensionComparison[] {
  const all = latestFirst<Dimension>(years, (y) => y.questionnaire.dimensions);
  return [...all.values()].map((dimension) => ({
    id: dimension.id,
    dimension,
    ...series(years.map((y) => y.result.dimensions.find((d) => d.dimension.id === dimension.id)?.score ?? null)),
  }));
}

function compareIndicators(years: ComparedYear[], dimensionOrder: string[]): IndicatorComparison[] {
  const byVersion = new Map(years.map((y) => [y.questionnaire.version, y.questionnaire]));
  const versions = [...byVersion.keys()].sort((a, b) => b - a);
  // Each indicator is listed under its id in the newest version that has it; an earlier
  // id it descends from (renamed, split) is not listed again as retired.
  const home = new Map<string, Questionnaire>();
  for (const v of versions) for (const i of byVersion.get(v)!.indicators) if (!home.has(i.id)) home.set(i.id, byVersion.get(v)!);
  const continued = new Set(versions.flatMap((v) => versions.filter((w) => w < v).flatMap((w) => [...lineage(byVersion.get(v)!, w).continued])));
  const newest = byVersion.get(versions[0]!)!;
  const all = [...latestFirst<Indicator>(years, (y) => y.questionnaire.indicators).values()].filter(
    (i) => home.get(i.id) === newest || !continued.has(i.id),
  );
  const rank = (i: Indicator) => dimensionOrder.indexOf(i.dimension);
  all.sort((a, b) => rank(a) - rank(b)); // stable: keeps questionnaire order within a dimension
  const lookups = years.map((y) => new Map(y.result.dimensions.flatMap((d) => d.indicators).map((r) => [r.indicator.id, r])));
  return all.map((indicator) => {
    const q = home.get(indicator.id)!;
    const cells = lookups.map((lookup, k) => {
      const version = years[k]!.questionnaire.version;
      const id = version < q.version ? (lineage(q, version).earlierId.get(indicator.id) ?? indicator.id) : indicator.id;
      return indicatorYear(lookup.get(id), years[k]!.assessment.answers[id]);
    });
    return {
      id: indicator.id,
      indicator,
      years: cells,
      steps: cells.slice(1).map((cell, k) => transition(cells[k]!, cell)),
      overall: transition(cells[0]!, cells[cells.length - 1]!),
    };
  });
}

const lineages = new WeakMap<Questionnaire, Map<number, Lineage>>();

function lineage(newer: Questionnaire, earlierVersion: number): Lineage {
  let byVersion = lineages.get(newer);
  if (!byVersion) lineages.set(newer, (byVersion = new Map()));
  let found = byVersion.get(earlierVersion);
  if (!found) byVersion.set(earlierVersion, (found = lineageTo(newer, earlierVersion)));
  return found;
}

function indicatorYear(r: IndicatorResult | undefined, answer: Answer | undefined): IndicatorYear {
  if (!r) return { present: false, status: null, scored: true, value: null, option: null, figure: null, scaleVersion: null };
  const choice = answer?.choice;
  const option =
    r.status === "answered" && choice?.kind === "option" ? (r.indicator.options.find((o) => o.id === choice.optionId) ?? null) : null;
  const figure = r.status === "answered" && choice?.kind === "number" ? { value: choice.value, year: choice.year } : null;
  return { present: true, status: r.status, scored: r.scored, value: r.value, option, figure, scaleVersion: r.indicator.scaleVersion };
}

function countOverall(indicators: IndicatorComparison[]): ChangeCounts {
  const counts: ChangeCounts = { improved: 0, regressed: 0, unchanged: 0, added: 0, retired: 0, notComparable: 0 };
  for (const i of indicators) counts[i.overall.status] += 1;
  return counts;
}
