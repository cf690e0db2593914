// Worked examples: each expected number is computed by hand in the comment beside it,
// from the mini questionnaire (tests/fixtures/questionnaires/mini.json).
import { describe, expect, it } from "vitest";
import { scoreAssessment, categoryFor } from "../../src/domain/scoring/score";
import { answer, dontKnow, mini, notApplicable } from "./helpers";

const q = mini();
const dim = (r: ReturnType<typeof scoreAssessment>, id: string) => r.dimensions.find((d) => d.dimension.id === id)!;

describe("scoring worked examples", () => {
  it("scores a complete origin assessment by hand", () => {
    const r = scoreAssessment(q, {
      perspective: "origin",
      answers: {
        "inst.body": answer("paper"), // 5/10 = 0.5, weight 1
        "inst.meets": answer("yes"), // shown (body is paper): 1.0, weight 1
        "inst.budget": answer("funded"), // 0.7, weight 2
        "rights.diaspora": answer("yes"), // origin only: 1.0
      },
    });
    // inst = 100 * (0.5 + 1 + 2*0.7) / (1 + 1 + 2) = 100 * 2.9 / 4 = 72.5
    expect(dim(r, "inst").score).toBeCloseTo(72.5, 10);
    expect(dim(r, "inst").category?.id).toBe("meets");
    // rights: rights.health is destination-only, hidden. 100 * 1 / 1 = 100
    expect(dim(r, "rights").score).toBe(100);
    expect(dim(r, "rights").category?.id).toBe("full");
    // overall = (72.5 + 100) / 2 = 86.25
    expect(r.overall).toBeCloseTo(86.25, 10);
    expect(r.coverage).toBe(1);
    expect(r.isDraft).toBe(false);
    expect(r.counts).toEqual({ applicable: 4, answered: 4, dontKnow: 0, missing: 0, notApplicable: 0, notAsked: 0 });
  });

  it("counts Don't know and blanks as zero, reports them apart and marks a draft", () => {
    const r = scoreAssessment(q, {
      perspective: "both",
      answers: { "inst.body": answer("none"), "inst.budget": dontKnow(), "rights.health": answer("emergency") },
    });
    // inst.meets not asked (body = none): counts 0. inst = 100 * (0 + 0 + 2*0) / 4 = 0
    expect(dim(r, "inst").score).toBe(0);
    // rights: diaspora missing (0), health 0.5 -> 100 * 0.5 / 2 = 25
    expect(dim(r, "rights").score).toBe(25);
    expect(r.counts).toEqual({ applicable: 5, answered: 2, dontKnow: 1, missing: 1, notApplicable: 0, notAsked: 1 });
    // coverage = (2 answered + 1 don't know + 1 not asked) / 5 applicable
    expect(r.coverage).toBe(0.8);
    expect(r.isDraft).toBe(true);
  });

  it("leaves Not applicable out of numerator and denominator", () => {
    const r = scoreAssessment(q, {
      perspective: "origin",
      answers: { "inst.body": answer("active"), "inst.meets": answer("no"), "inst.budget": notApplicable() },
    });
    // inst = 100 * (1 + 0) / 2 = 50
    expect(dim(r, "inst").score).toBe(50);
    expect(dim(r, "inst").counts.notApplicable).toBe(1);
  });

  it("gives no score, not zero, to a dimension where nothing applies", () => {
    const r = scoreAssessment(q, { perspective: "destination", answers: { "rights.health": notApplicable() } });
    // rights.health forbids N/A, so it counts as missing: still applies, score 0
    expect(dim(r, "rights").score).toBe(0);
    const r2 = scoreAssessment(q, { perspective: "origin", answers: { "rights.diaspora": notApplicable() } });
    expect(dim(r2, "rights").score).toBeNull();
    expect(dim(r2, "rights").category).toBeNull();
    // overall is the mean of the dimensions that have a score: inst only (all blank = 0)
    expect(r2.overall).toBe(0);
  });

  it("never lets an unknown option raise a score: kept, reported, counted as unanswered", () => {
    const r = scoreAssessment(q, { perspective: "origin", answers: { "inst.body": answer("made-up") } });
    expect(dim(r, "inst").indicators[0]!.status).toBe("invalid");
    expect(r.invalid.map((i) => i.indicator.id)).toEqual(["inst.body"]);
    expect(dim(r, "inst").score).toBe(0);
    expect(dim(r, "inst").counts.missing).toBe(3); // body (invalid), meets (parent unanswered), budget
  });

  it("keeps answers to follow-ups that are no longer asked but scores them 0", () => {
    const r = scoreAssessment(q, {
      perspective: "origin",
      answers: { "inst.body": answer("none"), "inst.meets": answer("yes"), "inst.budget": answer("full") },
    });
    // inst.meets not asked although answered "yes": counts 0. inst = 100 * (0 + 0 + 2*1) / 4 = 50
    expect(dim(r, "inst").score).toBe(50);
    expect(dim(r, "inst").indicators.find((i) => i.indicator.id === "inst.meets")!.status).toBe("notAsked");
  });

  it("orders gaps foundational first, then by points lost", () => {
    const r = scoreAssessment(q, {
      perspective: "both",
      answers: {
        "inst.body": answer("paper"), // foundational, loses 100*1*0.5/4 = 12.5
        "inst.meets": answer("no"), // loses 100*1*1/4 = 25
        "inst.budget": answer("some"), // loses 100*2*0.7/4 = 35
        "rights.diaspora": answer("yes"), // full value: not a gap
        "rights.health": answer("emergency"), // loses 100*0.5/2 = 25
      },
    });
    expect(r.gaps.map((g) => g.indicator.id)).toEqual(["inst.body", "inst.budget", "inst.meets", "rights.health"]);
    expect(r.gaps.map((g) => g.lostPoints)).toEqual([12.5, 35, 25, 25]);
  });

  it("picks categories from the file's thresholds, inclusive at the cut-off", () => {
    expect(categoryFor(q.categories, 39.999)?.id).toBe("low");
    expect(categoryFor(q.categories, 40)?.id).toBe("part");
    expect(categoryFor(q.categories, 80)?.id).toBe("full");
    expect(categoryFor(q.categories, null)).toBeNull();
  });
});
