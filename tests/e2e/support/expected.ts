/**
 * Expected scores worked out from the scoring contract (README, "How scores are computed",
 * scoring method 2), written again here on plain JSON so the browser tests do not trust the
 * app's own scoring code:
 *   an indicator is in scope when its perspective matches and each parent is in scope and not
 *   answered Not applicable; a follow-up whose parent was answered outside its condition (or
 *   Don't know, or is itself not asked) is "not asked": it applies, counts 0 and is answered for
 *   coverage; a follow-up whose parent is blank is blank too; an in-scope indicator applies
 *   unless answered Not applicable; value = option score / 10 (Don't know, blank: 0);
 *   a figure's value = score of the band holding it / 10; a context question (scored: false)
 *   is shown but never applies, counts or is a gap;
 *   dimension = 100 x sum(weight x value) / sum(weight); overall = mean of the dimensions.
 * Each assessment is scored on its own questionnaire version (questionnaireOf).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./browser";

interface Option { id: string; score?: number; label: { en: string } }
interface Indicator {
  id: string;
  dimension: string;
  perspective: "origin" | "destination" | "both";
  weight?: number;
  leadMinistry: string;
  scaleVersion: number;
  question: { en: string };
  kind?: "choice" | "number";
  scored?: boolean;
  terms?: string[];
  options?: Option[];
  number?: { unit: { en: string }; min: number; max: number; decimals: number; bands?: { atMost: number; score: number }[] };
  conditions?: { indicator: string; optionIn: string[] }[];
}
export interface QuestionnaireJson {
  id: string;
  version: number;
  glossary?: { id: string; term: { en: string }; definition: { en: string } }[];
  ministries: { id: string; name: { en: string } }[];
  dimensions: { id: string; title: { en: string } }[];
  categories: { id: string; min: number; label: { en: string } }[];
  indicators: Indicator[];
  upgrades?: { version: number; changes: UpgradeChange[] }[];
}
export type UpgradeChange =
  | { kind: "renamed"; from: string; to: string }
  | { kind: "split"; from: string; to: string[] }
  | { kind: "rescaled"; indicator: string; optionMap: Record<string, string> }
  | { kind: "retired"; ids: string[] };
type Choice =
  | { kind: "option"; optionId: string }
  | { kind: "number"; value: number; year: number }
  | { kind: "dontKnow" }
  | { kind: "notApplicable"; reason: string };
export interface SeedAssessment {
  id: string;
  country: string;
  year: number;
  title: string;
  perspective: "origin" | "destination" | "both";
  questionnaire: { id: string; version: number };
  answers: Record<string, { choice: Choice | null } | undefined>;
}

export interface ExpectedIndicator {
  id: string;
  question: string;
  leadMinistry: string;
  applies: boolean;
  /** Perspective and parents leave it in: it has a row in the calculation table. */
  inScope: boolean;
  /** False for a context question: never applies, never a gap. */
  scored: boolean;
  /** A follow-up not asked because of its parent's answer (counts 0). */
  notAsked: boolean;
  /** The option chosen (or the figure's band score), when one was and the question was asked. */
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
  notAsked: number;
  indicators: ExpectedIndicator[];
}
export interface Expected {
  overall: number | null;
  dimensions: ExpectedDimension[];
  applicable: number;
  /** answered + Don't know + not asked: nothing left to ask. */
  answeredForCoverage: number;
  dontKnow: number;
  notAsked: number;
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), "utf8")) as T;
export const seed = (name: string): SeedAssessment => readJson<{ assessment: SeedAssessment }>(`seeds/${name}.json`).assessment;
/** The national questionnaire: the newest version (the shipped file), or an earlier one kept installed. */
export function picmd(version?: number): QuestionnaireJson {
  const newest = readJson<QuestionnaireJson>("questionnaires/picmd-national.json");
  if (version === undefined || version === newest.version) return newest;
  const kept = readJson<QuestionnaireJson>(`questionnaires/picmd-national.v${version}.json`);
  if (kept.version !== version) throw new Error(`picmd-national.v${version}.json holds version ${kept.version}`);
  return kept;
}
/** The questionnaire version the assessment was answered on. */
export const questionnaireOf = (a: SeedAssessment): QuestionnaireJson => picmd(a.questionnaire.version);

/** The score (0-10) of the band that holds a figure; null for a context figure or one out of range. */
function bandScore(i: Indicator, value: number): number | null {
  const n = i.number!;
  if (value < n.min || value > n.max || !n.bands) return null;
  return n.bands.find((b) => value <= b.atMost)?.score ?? null;
}

type Scope = "in" | "out" | "notAsked" | "parentBlank";

function scopes(q: QuestionnaireJson, a: SeedAssessment): Map<string, Scope> {
  const scope = new Map<string, Scope>();
  const rank: Record<Scope, number> = { in: 0, notAsked: 1, parentBlank: 2, out: 3 };
  for (const i of q.indicators) {
    let s: Scope = i.perspective === "both" || a.perspective === "both" || i.perspective === a.perspective ? "in" : "out";
    for (const c of s === "out" ? [] : i.conditions ?? []) {
      const parent = scope.get(c.indicator)!;
      const choice = a.answers[c.indicator]?.choice;
      let here: Scope = parent;
      if (parent === "in") {
        if (!choice) here = "parentBlank";
        else if (choice.kind === "notApplicable") here = "out";
        else if (choice.kind === "dontKnow") here = "notAsked";
        else if (choice.kind === "option") here = c.optionIn.includes(choice.optionId) ? "in" : "notAsked";
        else throw new Error(`${i.id}: a condition on ${c.indicator}, which holds a figure`);
      }
      if (rank[here] > rank[s]) s = here;
    }
    scope.set(i.id, s);
  }
  return scope;
}

export function expectedScores(q: QuestionnaireJson, a: SeedAssessment): Expected {
  const scope = scopes(q, a);
  const dimensions = q.dimensions.map((d): ExpectedDimension => {
    const e: ExpectedDimension = { id: d.id, title: d.title.en, score: null, weightSum: 0, weightedSum: 0, applicable: 0, answered: 0, dontKnow: 0, missing: 0, notApplicable: 0, notAsked: 0, indicators: [] };
    for (const i of q.indicators.filter((x) => x.dimension === d.id)) {
      const s = scope.get(i.id)!;
      const choice = s === "in" ? (a.answers[i.id]?.choice ?? null) : null;
      const weight = i.weight ?? 1;
      const scored = i.scored !== false;
      if (scored && choice?.kind === "notApplicable") e.notApplicable += 1;
      const applies = scored && s !== "out" && choice?.kind !== "notApplicable";
      const optionScore =
        !scored ? null
        : choice?.kind === "option" ? i.options!.find((o) => o.id === choice.optionId)!.score!
        : choice?.kind === "number" ? bandScore(i, choice.value)
        : null;
      const value = optionScore !== null ? optionScore / 10 : 0;
      if (applies) {
        e.applicable += 1;
        if (s === "notAsked") e.notAsked += 1;
        else if (optionScore !== null) e.answered += 1;
        else if (choice?.kind === "dontKnow") e.dontKnow += 1;
        else e.missing += 1;
        e.weightSum += weight;
        e.weightedSum += weight * value;
      }
      e.indicators.push({ id: i.id, question: i.question.en, leadMinistry: i.leadMinistry, applies, inScope: s !== "out", scored, notAsked: scored && s === "notAsked", optionScore, value, weight });
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
    answeredForCoverage: sum((d) => d.answered + d.dontKnow + d.notAsked),
    dontKnow: sum((d) => d.dontKnow),
    notAsked: sum((d) => d.notAsked),
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
 * version): comparable only when it applies in both years and in each year an option was
 * chosen or it was a follow-up not asked (level 0); then the values decide.
 */
export function expectedChanges(q: QuestionnaireJson, earlier: SeedAssessment, later: SeedAssessment) {
  for (const a of [earlier, later]) if (a.questionnaire.version !== q.version) throw new Error(`${a.id} is on version ${a.questionnaire.version}, not ${q.version}: compare across versions with support/domain.ts`);
  const before = expectedScores(q, earlier).dimensions.flatMap((d) => d.indicators);
  const after = expectedScores(q, later).dimensions.flatMap((d) => d.indicators);
  const counts = { improved: 0, regressed: 0, unchanged: 0, notComparable: 0 };
  const regressed: string[] = [];
  const level = (i: ExpectedIndicator) => (i.notAsked ? 0 : i.optionScore);
  before.forEach((b, k) => {
    const a = after[k]!;
    const [from, to] = [level(b), level(a)];
    if (!b.applies || !a.applies || from === null || to === null) counts.notComparable += 1;
    else if (to > from) counts.improved += 1;
    else if (to < from) (counts.regressed += 1), regressed.push(a.id);
    else counts.unchanged += 1;
  });
  return { counts, regressed };
}

/** A change as the compare table shows it: +17.5, -2.2, 0. */
export const shownChange = (n: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(n);
