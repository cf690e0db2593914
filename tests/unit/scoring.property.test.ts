import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreAssessment } from "../../src/domain/scoring/score";
import type { Answer } from "../../src/domain/assessment/assessment";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import { answer, dontKnow, mini, national, notApplicable } from "./helpers";

const questionnaires: [string, Questionnaire][] = [["mini", mini()], ["national", national()]];

for (const [name, q] of questionnaires) {
  const perspective = fc.constantFrom("origin" as const, "destination" as const, "both" as const);
  const answerFor = (id: string) => {
    const indicator = q.indicators.find((i) => i.id === id)!;
    const choices: fc.Arbitrary<Answer | undefined>[] = [
      fc.constantFrom(...indicator.options.map((o) => answer(o.id))),
      fc.constant(dontKnow()),
      fc.constant(undefined),
    ];
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

    it("never lowers a score when an answer gets better (among unconditioned indicators)", () => {
      // Improving an answer that other questions depend on can reveal new questions,
      // which is a change of what applies, not of value; those are left out here.
      const gates = new Set(q.indicators.flatMap((i) => (i.conditions ?? []).map((c) => c.indicator)));
      const candidates = q.indicators.filter((i) => !gates.has(i.id));
      fc.assert(
        fc.property(perspective, answers, fc.constantFrom(...candidates), fc.nat(), (p, a, indicator, pick) => {
          const sorted = [...indicator.options].sort((x, y) => x.score! - y.score!);
          const lowIndex = pick % sorted.length;
          const low = sorted[lowIndex]!;
          const high = sorted[Math.min(lowIndex + 1, sorted.length - 1)]!;
          const before = scoreAssessment(q, { perspective: p, answers: { ...a, [indicator.id]: answer(low.id) } });
          const after = scoreAssessment(q, { perspective: p, answers: { ...a, [indicator.id]: answer(high.id) } });
          // Blank or Don't know to any option is an improvement too.
          const blank = scoreAssessment(q, { perspective: p, answers: { ...a, [indicator.id]: dontKnow() } });
          const dimId = indicator.dimension;
          const score = (r: typeof before) => r.dimensions.find((d) => d.dimension.id === dimId)!.score ?? 0;
          expect(score(after)).toBeGreaterThanOrEqual(score(before) - 1e-9);
          expect(score(before)).toBeGreaterThanOrEqual(score(blank) - 1e-9);
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
