// The shipped national questionnaire, version 2, as a specialist would check it: every
// question has a readable source, every word that hides a threshold is defined where it
// is used, no two questions of a dimension read the same, and every text is in the four
// languages.
import { describe, expect, it } from "vitest";
import { indicatorCitations } from "../../src/domain/questionnaire/sources";
import type { Indicator } from "../../src/domain/questionnaire/schema";
import { national, nationalV1 } from "./helpers";

const q = national();
const LOCALES = ["en", "fr", "es", "ar"] as const;

/** The English texts a reader sees for one question. */
function englishTexts(i: Indicator): string {
  return [i.question.en, i.help.en, ...i.options.flatMap((o) => [o.label.en, o.hint?.en ?? ""])].join(" \n ").toLowerCase();
}
const uses = (text: string, term: string) => new RegExp(`\\b${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text);

describe("national questionnaire version 2", () => {
  it("is version 2, with version 1 kept for older assessments", () => {
    expect(q).toMatchObject({ id: "picmd-national", version: 2, formatVersion: 2, completeLocales: ["en", "fr", "es", "ar"] });
    expect(nationalV1().version).toBe(1);
    expect(q.indicators.length).toBe(161);
  });

  it("gives every question a readable source in every language", () => {
    const missing: string[] = [];
    for (const i of q.indicators) {
      for (const locale of LOCALES) {
        const texts = indicatorCitations(q, i, locale);
        if (!texts.length || texts.some((t) => t.trim().length < 8 || /\.txt|§|undefined/.test(t))) missing.push(`${i.id} ${locale}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists the glossary terms a question uses, and only those", () => {
    const problems: string[] = [];
    for (const i of q.indicators) {
      const text = englishTexts(i);
      for (const g of q.glossary ?? []) {
        const used = uses(text, g.term.en ?? "");
        const listed = (i.terms ?? []).includes(g.id);
        if (used && !listed) problems.push(`${i.id} uses "${g.term.en}" without its definition`);
        if (listed && !used) problems.push(`${i.id} lists "${g.term.en}" but does not use it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("defines each glossary term in every language", () => {
    for (const g of q.glossary ?? []) {
      for (const locale of LOCALES) {
        expect(g.term[locale], `${g.id} ${locale}`).toBeTruthy();
        expect(g.definition[locale], `${g.id} ${locale}`).toBeTruthy();
      }
    }
  });

  it("never asks the same question twice in one dimension, in any language", () => {
    const duplicates: string[] = [];
    for (const locale of LOCALES) {
      const seen = new Map<string, string>();
      for (const i of q.indicators) {
        const key = `${i.dimension}\u0000${i.question[locale]!.trim().toLowerCase()}`;
        if (seen.has(key)) duplicates.push(`${locale}: ${seen.get(key)} and ${i.id}`);
        seen.set(key, i.id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it("has the three measured figures the review asked for, each with bands", () => {
    const figure = (id: string) => q.indicators.find((i) => i.id === id)!;
    for (const id of ["costs.remit.price", "costs.recruit.worker-cost", "rights.ssa.coverage-share"]) {
      expect(figure(id)).toMatchObject({ kind: "number", scored: true });
      expect(figure(id).number!.bands!.length, id).toBeGreaterThanOrEqual(3);
    }
    expect(figure("costs.remit.price").refs.sdg).toContain("10.c");
    expect(figure("costs.recruit.worker-cost").refs.sdg).toContain("10.7");
  });

  it("records contested policy choices as context questions, never foundational", () => {
    const context = q.indicators.filter((i) => !i.scored).map((i) => i.id);
    for (const id of ["integ.regularisation", "rights.labour.complaints", "rights.political.citizenship-abroad", "rights.political.citizenship-naturalising"]) {
      expect(context).toContain(id);
    }
    expect(q.indicators.filter((i) => !i.scored && i.foundational)).toEqual([]);
  });

  // Return and reintegration are mostly an origin country's work, diaspora engagement too:
  // each perspective still has enough scored questions in every dimension for a score to mean something.
  it("asks both perspectives enough scored questions in every dimension", () => {
    for (const d of q.dimensions) {
      const count = (p: "origin" | "destination") => q.indicators.filter((i) => i.dimension === d.id && i.scored && (i.perspective === p || i.perspective === "both")).length;
      expect(count("origin"), `${d.id} origin`).toBeGreaterThanOrEqual(7);
      expect(count("destination"), `${d.id} destination`).toBeGreaterThanOrEqual(7);
    }
  });
});

