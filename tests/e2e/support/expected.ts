/**
 * Expected scores worked out from the scoring contract in the product brief, written again
 * here on plain JSON so the browser tests do not trust the app's own scoring code:
 *   an indicator applies when its perspective matches and its conditions hold, and it is
 *   not answered Not applicable; value = option score / 10 (Don't know, blank: 0);
 *   dimension = 100 x sum(weight x value) / sum(weight); overall = mean of the dimensions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./browser";

interface Option { id: string; score: number; label: { en: string } }
interface Indicator {
  id: string;
  dimension: string;
  perspective: "origin" | "destination" | "both";
  weight?: number;
  leadMinistry: string;
  scaleVersion: number;
  question: { en: string };
  options: Option[];
  conditions?: { indicator: string; optionIn: string[] }[];
}
export interface QuestionnaireJson {
  ministries: { id: string; name: { en: string } }[];
  dimensions: { id: string; title: { en: string } }[];
  categories: { id: string; min: number; label: { en: string } }[];
  indicators: Indicator[];
}
type Choice = { kind: "option"; optionId: string } | { kind: "dontKnow" } | { kind: "notApplicable"; reason: string };
export interface SeedAssessment {
  id: string;
  country: string;
  year: number;
  perspective: "origin" | "destination" | "both";
  answers: Record<string, { choice: Choice | null } | undefined>;
}

export interface ExpectedIndicator {
  id: string;
  question: string;
  leadMinistry: string;
  applies: boolean;
  asked: boolean;
  /** The option chosen, when one was. */
  optionScore: number | null;
  value: number;
  weight: number;
}
export interface ExpectedDimension {
  id: string;
  title: string;
  score: number | null;
  weightSum: number;
  weightedSum: number;
  applicable: number;
  answered: number;
  dontKnow: number;
  missing: number;
  notApplicable: number;
  indicators: ExpectedIndicator[];
}
export interface Expected { overall: number | null; dimensions: ExpectedDimension[]; applicable: number; answeredOrDontKnow: number; dontKnow: number }

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), "utf8")) as T;
export const seed = (name: string): SeedAssessment => readJson<{ assessment: SeedAssessment }>(`seeds/${name}.json`).assessment;
export const picmd = (): QuestionnaireJson => readJson<QuestionnaireJson>("questionnaires/picmd-national.json");

export function expectedScores(q: QuestionnaireJson, a: SeedAssessment): Expected {
  const asked = new Set<string>();
  for (const i of q.indicators) {
    const perspectiveOk = i.perspective === "both" || a.perspective === "both" || i.perspective === a.perspective;
    const conditionsOk = (i.conditions ?? []).every((c) => {
      const choice = a.answers[c.indicator]?.choice;
      return asked.has(c.indicator) && choice?.kind === "option" && c.optionIn.includes(choice.optionId);
    });
    if (perspectiveOk && conditionsOk) asked.add(i.id);
  }
  const dimensions = q.dimensions.map((d): ExpectedDimension => {
    const e: ExpectedDimension = { id: d.id, title: d.title.en, score: null, weightSum: 0, weightedSum: 0, applicable: 0, answered: 0, dontKnow: 0, missing: 0, notApplicable: 0, indicators: [] };
    for (const i of q.indicators.filter((x) => x.dimension === d.id)) {
      const choice = a.answers[i.id]?.choice ?? null;
      const weight = i.weight ?? 1;
      const isAsked = asked.has(i.id);
      if (isAsked && choice?.kind === "notApplicable") e.notApplicable += 1;
      const applies = isAsked && choice?.kind !== "notApplicable";
      let value = 0;
      const optionScore = choice?.kind === "option" ? i.options.find((o) => o.id === choice.optionId)!.score : null;
      if (applies) {
        e.applicable += 1;
        if (optionScore !== null) {
          e.answered += 1;
          value = optionScore / 10;
        } else if (choice?.kind === "dontKnow") e.dontKnow += 1;
        else e.missing += 1;
        e.weightSum += weight;
        e.weightedSum += weight * value;
      }
      e.indicators.push({ id: i.id, question: i.question.en, leadMinistry: i.leadMinistry, applies, asked: isAsked, optionScore, value, weight });
    }
    e.score = e.weightSum > 0 ? (100 * e.weightedSum) / e.weightSum : null;
    return e;
  });
  const scored = dimensions.filter((d) => d.score !== null).map((d) => d.score!);
  const sum = (f: (d: ExpectedDimension) => number) => dimensions.reduce((s, d) => s + f(d), 0);
  return {
    overall: scored.length ? scored.reduce((s, x) => s + x, 0) / scored.length : null,
    dimensions,
    applicable: sum((d) => d.applicable),
    answeredOrDontKnow: sum((d) => d.answered + d.dontKnow),
    dontKnow: sum((d) => d.dontKnow),
  };
}

export function categoryOf(q: QuestionnaireJson, score: number): string {
  return [...q.categories].sort((x, y) => y.min - x.min).find((c) => score >= c.min)!.label.en;
}

/** How the page shows a number: en-GB, at most `digits` decimals. */
export const shown = (n: number, digits = 1) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(n);

/** Gaps: indicators that apply and are below full value (value < 1). */
export function expectedGaps(e: Expected, filter: { dimension?: string; ministry?: string } = {}): ExpectedIndicator[] {
  return e.dimensions
    .filter((d) => !filter.dimension || d.id === filter.dimension)
    .flatMap((d) => d.indicators)
    .filter((i) => i.applies && i.value < 1 && (!filter.ministry || i.leadMinistry === filter.ministry));
}

/**
 * Question-by-question change from an earlier to a later assessment (same questionnaire
 * version): comparable only when asked in both years, Not applicable in neither, and an
 * option chosen in both; then the option scores decide.
 */
export function expectedChanges(q: QuestionnaireJson, earlier: SeedAssessment, later: SeedAssessment) {
  const before = expectedScores(q, earlier).dimensions.flatMap((d) => d.indicators);
  const after = expectedScores(q, later).dimensions.flatMap((d) => d.indicators);
  const counts = { improved: 0, regressed: 0, unchanged: 0, notComparable: 0 };
  const regressed: string[] = [];
  before.forEach((b, k) => {
    const a = after[k]!;
    if (!b.applies || !a.applies || b.optionScore === null || a.optionScore === null) counts.notComparable += 1;
    else if (a.optionScore > b.optionScore) counts.improved += 1;
    else if (a.optionScore < b.optionScore) (counts.regressed += 1), regressed.push(a.id);
    else counts.unchanged += 1;
  });
  return { counts, regressed };
}

/** A change as the compare table shows it: +17.5, -2.2, 0. */
export const shownChange = (n: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(n);
