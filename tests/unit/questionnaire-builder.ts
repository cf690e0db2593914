// Small valid format 2 questionnaires for scoring tests, built from a compact description.
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";

export interface IndicatorSpec {
  id: string;
  dimension?: string;
  /** Option scores; option ids are "o0", "o1", ... in this order. Omit for a number question. */
  scores?: number[];
  weight?: number;
  foundational?: boolean;
  perspective?: "origin" | "destination" | "both";
  allowNotApplicable?: boolean;
  conditions?: { indicator: string; optionIn: string[] }[];
  /** false: a context question (its options get no score). */
  scored?: boolean;
  number?: { min: number; max: number; decimals: number; bands?: { atMost: number; score: number }[] };
  /** Glossary ids; the glossary gets one entry per id used ("<id> term", "<id> definition"). */
  terms?: string[];
}

const en = (text: string) => ({ en: text });

export function buildQuestionnaire(specs: IndicatorSpec[], dimensions = ["d1", "d2"]): Questionnaire {
  const json = {
    format: "coherence-questionnaire",
    formatVersion: 2,
    id: "built",
    version: 1,
    title: en("Built"),
    description: en("Built for a test."),
    completeLocales: ["en"],
    sources: [{ id: "src", title: en("A source"), body: en("A body"), date: "2020", short: en("Source 2020") }],
    glossary: [...new Set(specs.flatMap((s) => s.terms ?? []))].map((id) => ({ id, term: en(`${id} term`), definition: en(`${id} definition`) })),
    categories: [{ id: "low", min: 0, label: en("Low") }, { id: "high", min: 50, label: en("High") }],
    ministries: [{ id: "m", name: en("Ministry") }],
    dimensions: dimensions.map((id) => ({ id, title: en(id), description: en(id) })),
    indicators: specs.map((s) => ({
      id: s.id,
      dimension: s.dimension ?? dimensions[0],
      perspective: s.perspective ?? "both",
      foundational: s.foundational ?? false,
      ...(s.weight !== undefined ? { weight: s.weight } : {}),
      scaleVersion: 1,
      question: en(`${s.id}?`),
      help: en("Help."),
      ...(s.number
        ? { kind: "number", number: { unit: en("%"), ...s.number } }
        : { options: (s.scores ?? [0, 10]).map((score, n) => ({ id: `o${n}`, label: en(`Option ${n}`), ...(s.scored === false ? {} : { score }) })) }),
      ...(s.scored === false ? { scored: false } : {}),
      allowNotApplicable: s.allowNotApplicable ?? false,
      evidencePrompt: en("Evidence"),
      action: en("Act."),
      leadMinistry: "m",
      refs: { sdg: [], gcm: [] },
      sources: [{ source: "src", section: en("part 1") }],
      ...(s.terms ? { terms: s.terms } : {}),
      ...(s.conditions ? { conditions: s.conditions } : {}),
    })),
  };
  const result = validateQuestionnaire(json);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join("\n"));
  return result.questionnaire;
}
