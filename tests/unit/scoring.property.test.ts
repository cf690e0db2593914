import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreAssessment, type AssessmentResult } from "../../src/domain/scoring/score";
import { shownIndicatorIds } from "../../src/domain/scoring/applicability";
import { bandScore } from "../../src/domain/questionnaire/bands";
import { buildQuestionnaire, type IndicatorSpec } from "./questionnaire-builder";
import type { Answer } from "../../src/domain/assessment/assessment";
import type { Indicator, Perspective, Questionnaire } from "../../src/domain/questionnaire/schema";
import { answer, dontKnow, mini, national, nationalV1, notApplicable } from "./helpers";

const questionnaires: [string, Questionnaire][] = [["mini", mini()], ["national", national()], ["national v1", nationalV1()]];

/**
 * Two answers to a scored choice question, the second strictly better: a lower option and a
 * higher one, or (from `current`) Don't know / blank and any option. [x, undefined] when the
 * scale has no two different scores.
 */
function betterPair(indicator: Indicator, current: Answer | undefined, x: number, y: number): [Answer | undefined, Answer | undefined] {
  const scores = [...new Set(indicator.options.map((o) => o.score!))].sort((m, n) => m - n);
  const option = (score: number, k: number) => {
    const at = indicator.options.filter((o) => o.score === score);
    return answer(at[k % at.length]!.id);
  };
  if (x % 4 === 0 && (!current || current.choice.kind === "dontKnow")) return [current, option(scores[y % scores.length]!, x)];
  if (scores.length < 2) return [undefined, undefined];
  const low = y % (scores.length - 1);
  const high = low + 1 + (x % (scores.length - 1 - low));
  return [option(scores[low]!, x), option(scores[high]!, y)];
}

function replaced(answers: Record<string, Answer>, id: string, given: Answer | undefined): Record<string, Answer> {
  const next = { ...answers };
  if (given) next[id] = given;
  else delete next[id];
  return next;
}

function anyAnswer(indicator: Indicator, pick: number): Answer {
  const choices: Answer[] = [dontKnow(), ...indicator.options.map((o) => answer(o.id))];
  if (indicator.allowNotApplicable) choices.push(notApplicable());
  if (indicator.kind === "number" && indicator.number) choices.push(answer({ kind: "number", value: indicator.number.min, year: 2025 }));
  return choices[pick % choices.length]!;
}

function expectNoLower(before: Pick<AssessmentResult, "dimensions" | "overall">, after: Pick<AssessmentResult, "dimensions" | "overall">): void {
  before.dimensions.forEach((d, n) => {
    const later = after.dimensions[n]!.score;
    if (d.score === null) return expect(later).toBeNull(); // an answer never brings a question into scope
    // Answering a blank parent can take its follow-ups out of scope (their own answer is Not
    // applicable); a dimension left with nothing then had only those unanswered follow-ups: 0.
    if (later === null) return expect(d.score).toBe(0);
    expect(later).toBeGreaterThanOrEqual(d.score - 1e-9);
  });
  if (before.overall !== null) expect(after.overall!).toBeGreaterThanOrEqual(before.overall - 1e-9);
}

type Scorer = (q: Questionnaire, perspective: Perspective, answers: Record<string, Answer>) => Pick<AssessmentResult, "dimensions" | "overall">;

const method2: Scorer = (q, perspective, answers) => scoreAssessment(q, { perspective, answers });

/** Scoring method 1, as it was: a follow-up whose condition does not hold is left out of the score. */
const method1: Scorer = (q, perspective, answers) => {
  const shown = shownIndicatorIds(q.indicators, perspective, answers);
  const dimensions = q.dimensions.map((dimension) => {
    let weights = 0;
    let sum = 0;
    for (const i of q.indicators) {
      if (i.dimension !== dimension.id || !shown.has(i.id) || !i.scored) continue;
      const choice = answers[i.id]?.choice;
      if (choice?.kind === "notApplicable" && i.allowNotApplicable) continue;
      const option = choice?.kind === "option" ? i.options.find((o) => o.id === choice.optionId) : undefined;
      const band = choice?.kind === "number" && i.number ? bandScore(i.number, choice.value) : null;
      weights += i.weight ?? 1;
      sum += (i.weight ?? 1) * ((option?.score ?? band ?? 0) / 10);
    }
    return { score: weights ? (100 * sum) / weights : null };
  });
  const scored = dimensions.filter((d) => d.score !== null);
  return { dimensions: dimensions as AssessmentResult["dimensions"], overall: scored.length ? scored.reduce((s, d) => s + d.score!, 0) / scored.length : null };
};

for (const [name, q] of questionnaires) {
  const perspective = fc.constantFrom("origin" as const, "destination" as const, "both" as const);
  const answerFor = (id: string) => {
    const indicator = q.indicators.find((i) => i.id === id)!;
    const choices: fc.Arbitrary<Answer | undefined>[] = [fc.constant(dontKnow()), fc.constant(undefined)];
    if (indicator.options.length) choices.push(fc.constantFrom(...indicator.options.map((o) => answer(o.id))));
    const range = indicator.number;
    if (range) choices.push(fc.double({ min: range.min, max: range.max, noNaN: true }).map((value) => answer({ kind: "number", value, year: 2025 })));
    if (indicator.allowNotApplicable) choices.push(fc.constant(notApplicable()));
    return fc.oneof(...choices);
  };
  const answers = fc
    .tuple(...q.indicators.map((i) => answerFor(i.id)))
    .map((list) => {
      const record: Record<string, Answer> = {};
      list.forEach((a, n) => a && (record[q.indicators[n]!.id] = a));
      return record;
    });

  describe(`scoring properties (${name})`, () => {
    it("keeps every score within 0-100 and coverage within 0-1", () => {
      fc.assert(
        fc.property(perspective, answers, (p, a) => {
          const r = scoreAssessment(q, { perspective: p, answers: a });
          for (const d of r.dimensions) if (d.score !== null) expect(d.score).toBeGreaterThanOrEqual(0), expect(d.score).toBeLessThanOrEqual(100);
          if (r.overall !== null) expect(r.overall).toBeGreaterThanOrEqual(0), expect(r.overall).toBeLessThanOrEqual(100);
          expect(r.coverage).toBeGreaterThanOrEqual(0);
          expect(r.coverage).toBeLessThanOrEqual(1);
        }),
        { numRuns: 200 },
      );
    });

    it("is independent of the order answers were given in", () => {
      fc.assert(
        fc.property(perspective, answers, fc.integer(), (p, a, seed) => {
          const entries = Object.entries(a);
          const shuffled = Object.fromEntries(entries.map((e, n) => [(n * 7919 + seed) % 1e9, e] as const).sort((x, y) => x[0] - y[0]).map(([, e]) => e));
          expect(scoreAssessment(q, { perspective: p, answers: shuffled }).dimensions.map((d) => d.score)).toEqual(
            scoreAssessment(q, { perspective: p, answers: a }).dimensions.map((d) => d.score),
          );
        }),
        { numRuns: 100 },
      );
    });

    const choices = q.indicators.filter((i) => i.kind === "choice" && i.scored);
    const betterNeverLowerHere = (score: Scorer) =>
      fc.property(perspective, answers, fc.constantFrom(...choices), fc.nat(), fc.nat(), (p, a, indicator, x, y) => {
        const [worse, better] = betterPair(indicator, a[indicator.id], x, y);
        if (!better) return;
        expectNoLower(score(q, p, replaced(a, indicator.id, worse)), score(q, p, replaced(a, indicator.id, better)));
      });

    it("never lowers any dimension score or the overall index when an answer gets better (any indicator, follow-ups included)", () => {
      fc.assert(betterNeverLowerHere(method2), { numRuns: 300 });
    });

    it("that property fails on scoring method 1", () => {
      expect(fc.check(betterNeverLowerHere(method1), { numRuns: 3000, seed: 7 }).failed).toBe(true);
    });

    it("never lowers coverage when an unanswered question gets an answer", () => {
      fc.assert(
        fc.property(perspective, answers, fc.constantFrom(...q.indicators), fc.nat(), (p, a, indicator, pick) => {
          const without = { ...a };
          delete without[indicator.id];
          const before = scoreAssessment(q, { perspective: p, answers: without });
          const after = scoreAssessment(q, { perspective: p, answers: { ...without, [indicator.id]: anyAnswer(indicator, pick) } });
          expect(after.coverage).toBeGreaterThanOrEqual(before.coverage - 1e-12);
        }),
        { numRuns: 300 },
      );
    });

    it("Not applicable never changes other indicators' contribution", () => {
      const naAllowed = q.indicators.filter((i) => i.allowNotApplicable);
      fc.assert(
        fc.property(perspective, answers, fc.constantFrom(...naAllowed), (p, a, indicator) => {
          const r = scoreAssessment(q, { perspective: p, answers: { ...a, [indicator.id]: notApplicable() } });
          const dimension = r.dimensions.find((d) => d.dimension.id === indicator.dimension)!;
          const others = dimension.indicators.filter((x) => x.applies);
          // Score equals the weighted mean of the other applicable indicators alone.
          const w = others.reduce((s, x) => s + x.weight, 0);
          const expected = w > 0 ? (100 * others.reduce((s, x) => s + x.weight * (x.value ?? 0), 0)) / w : null;
          if (expected === null) expect(dimension.score).toBeNull();
          else expect(dimension.score).toBeCloseTo(expected, 9);
          // And the other indicators' values are those they have without the N/A answer.
          const without = { ...a };
          delete without[indicator.id];
          const r0 = scoreAssessment(q, { perspective: p, answers: { ...without, [indicator.id]: dontKnow() } });
          const gated = new Set(q.indicators.filter((i) => i.conditions?.some((c) => c.indicator === indicator.id)).map((i) => i.id));
          for (const x of others) {
            if (gated.has(x.indicator.id)) continue;
            const same = r0.dimensions.flatMap((d) => d.indicators).find((y) => y.indicator.id === x.indicator.id)!;
            expect(x.value).toBe(same.value);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
}

// Generated questionnaires: up to 8 indicators over two dimensions, choice questions with
// scales in any order, context questions and figures, conditions on earlier scored choice
// questions that list every option at or above a threshold (upward-closed, as the checker requires).
const rawIndicator = fc.record({
  scores: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }),
  tenAt: fc.nat(),
  weight: fc.constantFrom(0.5, 1, 2, 3),
  perspective: fc.constantFrom("origin" as const, "destination" as const, "both" as const),
  allowNotApplicable: fc.boolean(),
  foundational: fc.boolean(),
  dimension: fc.constantFrom("d1", "d2"),
  kind: fc.constantFrom("choice", "choice", "choice", "context", "number"),
  condition: fc.option(fc.record({ parent: fc.nat(), threshold: fc.nat() }), { freq: 2 }),
});

const generated = fc.array(rawIndicator, { minLength: 2, maxLength: 8 }).map((raws) => {
  const specs: IndicatorSpec[] = [];
  raws.forEach((raw, k) => {
    const scores = [...raw.scores.filter((x) => x !== 10)];
    scores.splice(raw.tenAt % (scores.length + 1), 0, 10);
    const spec: IndicatorSpec = { id: `i${k}`, dimension: raw.dimension, weight: raw.weight, perspective: raw.perspective, allowNotApplicable: raw.allowNotApplicable };
    if (raw.kind === "number") {
      spec.number = { min: 0, max: 100, decimals: 0, bands: [{ atMost: 30, score: 10 }, { atMost: 60, score: 4 }, { atMost: 100, score: 0 }] };
    } else {
      spec.scores = scores;
      if (raw.kind === "context") spec.scored = false;
      else spec.foundational = raw.foundational;
    }
    const parents = specs.filter((x) => x.scores && x.scored !== false);
    if (raw.condition && parents.length) {
      const parent = parents[raw.condition.parent % parents.length]!;
      const sorted = [...parent.scores!].sort((m, n) => m - n);
      const threshold = sorted[raw.condition.threshold % sorted.length]!;
      spec.conditions = [{ indicator: parent.id, optionIn: parent.scores!.flatMap((x, n) => (x >= threshold ? [`o${n}`] : [])) }];
    }
    specs.push(spec);
  });
  return buildQuestionnaire(specs, [...new Set(specs.map((x) => x.dimension!))]);
});

/** One answer per indicator from a list of picks: an option, Don't know, blank, N/A or a figure. */
function answersFrom(q: Questionnaire, picks: number[]): Record<string, Answer> {
  const record: Record<string, Answer> = {};
  q.indicators.forEach((indicator, n) => {
    const pick = picks[n] ?? 0;
    const choices: (Answer | undefined)[] = [undefined, dontKnow(), ...indicator.options.map((o) => answer(o.id))];
    if (indicator.allowNotApplicable) choices.push(notApplicable());
    if (indicator.kind === "number") choices.push(...[5, 45, 90].map((value) => answer({ kind: "number", value, year: 2025 })));
    const chosen = choices[pick % choices.length];
    if (chosen) record[indicator.id] = chosen;
  });
  return record;
}

const scenario = fc.record({
  q: generated,
  perspective: fc.constantFrom("origin" as const, "destination" as const, "both" as const),
  picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  target: fc.nat(),
  x: fc.nat(),
  y: fc.nat(),
});

/** The property itself, for any scoring function: a strictly better option never lowers a score. */
const betterNeverLower = (score: Scorer) =>
  fc.property(scenario, ({ q, perspective, picks, target, x, y }) => {
    const choices = q.indicators.filter((i) => i.kind === "choice" && i.scored);
    if (!choices.length) return;
    const indicator = choices[target % choices.length]!;
    const a = answersFrom(q, picks);
    const [worse, better] = betterPair(indicator, a[indicator.id], x, y);
    if (!better) return;
    expectNoLower(score(q, perspective, replaced(a, indicator.id, worse)), score(q, perspective, replaced(a, indicator.id, better)));
  });

describe("scoring properties over generated questionnaires with conditions", () => {
  it("a strictly better option never lowers any dimension score or the overall index", () => {
    fc.assert(betterNeverLower(method2), { numRuns: 500 });
  });

  it("the same property fails on scoring method 1 (so it is able to catch the flaw)", () => {
    const outcome = fc.check(betterNeverLower(method1), { numRuns: 2000, seed: 42 });
    expect(outcome.failed).toBe(true);
  });

  it("answering an unanswered question never lowers coverage", () => {
    fc.assert(
      fc.property(scenario, ({ q, perspective, picks, target, x }) => {
        const indicator = q.indicators[target % q.indicators.length]!;
        const a = answersFrom(q, picks);
        delete a[indicator.id];
        const before = scoreAssessment(q, { perspective, answers: a });
        const after = scoreAssessment(q, { perspective, answers: { ...a, [indicator.id]: anyAnswer(indicator, x) } });
        expect(after.coverage).toBeGreaterThanOrEqual(before.coverage - 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it("context questions never change a score, a count or the gaps", () => {
    fc.assert(
      fc.property(scenario, ({ q, perspective, picks }) => {
        const a = answersFrom(q, picks);
        const withoutContext = Object.fromEntries(Object.entries(a).filter(([id]) => q.indicators.find((i) => i.id === id)!.scored));
        const r = scoreAssessment(q, { perspective, answers: a });
        const r0 = scoreAssessment(q, { perspective, answers: withoutContext });
        expect(r.dimensions.map((d) => d.score)).toEqual(r0.dimensions.map((d) => d.score));
        expect(r.counts).toEqual(r0.counts);
        expect(r.gaps.map((g) => g.indicator.id)).toEqual(r0.gaps.map((g) => g.indicator.id));
        expect(r.gaps.every((g) => g.scored)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("lists every not-asked follow-up after its parent in the gaps", () => {
    fc.assert(
      fc.property(scenario, ({ q, perspective, picks }) => {
        const r = scoreAssessment(q, { perspective, answers: answersFrom(q, picks) });
        const position = new Map(r.gaps.map((g, n) => [g.indicator.id, n]));
        for (const g of r.gaps) {
          if (g.status !== "notAsked") continue;
          for (const c of g.indicator.conditions ?? []) {
            const parent = position.get(c.indicator);
            if (parent !== undefined) expect(parent).toBeLessThan(position.get(g.indicator.id)!);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
