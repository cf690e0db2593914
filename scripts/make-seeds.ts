// npx tsx scripts/make-seeds.ts — writes the example data in seeds/ from the national
// questionnaire. The story: the fictional Republic of Examplia (a country of origin)
// builds its institutions from 2022 to 2026; costs of migration regress in 2026 when
// the remittance price website closes and the recruitment-fee cap lapses. The Federation
// of Sampleland (a country of destination) has a half-finished draft.
// Deterministic: the same questionnaire gives the same files.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadNational } from "./bench/score";
import { shownIndicatorIds } from "../src/domain/scoring/applicability";
import { toDocument } from "../src/domain/document/format";
import { readDocument } from "../src/domain/document/read";
import { pick } from "../src/domain/text";
import type { Answer, Assessment } from "../src/domain/assessment/assessment";
import type { Indicator, Perspective, Questionnaire } from "../src/domain/questionnaire/schema";
import { SEED_STORY, type SeedSpec } from "./seeds/story";

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/** Fixed per indicator, so an indicator's answer only improves as a dimension's level rises. */
function optionIndexFor(indicator: Indicator, level: number): number {
  const difficulty = hash(indicator.id) - 0.5;
  const fraction = Math.min(1, Math.max(0, level - difficulty * 0.6));
  return Math.round(fraction * (indicator.options.length - 1));
}

function evidenceFor(q: Questionnaire, indicator: Indicator, spec: SeedSpec, optionIndex: number): string {
  if (optionIndex === 0) return "";
  const ministry = q.ministries.find((m) => m.id === indicator.leadMinistry);
  const ref = `${spec.evidencePrefix}/${spec.year}/${String(Math.floor(hash(indicator.id + spec.year) * 900) + 100)}`;
  return `${pick(ministry?.name, "en")}, file ${ref}.`;
}

function buildAssessment(q: Questionnaire, spec: SeedSpec): Assessment {
  const answers: Record<string, Answer> = {};
  const at = `${spec.year}-${spec.month}-15T10:00:00.000Z`;
  for (const indicator of q.indicators) {
    if (spec.answerOnly && !spec.answerOnly(indicator, q)) continue;
    if (!shownIndicatorIds(q.indicators, spec.perspective, answers).has(indicator.id)) continue;
    const override = spec.overrides[indicator.id];
    const ministry = pick(q.ministries.find((m) => m.id === indicator.leadMinistry)?.name, "en");
    const base = { evidence: "", comment: "", answeredBy: ministry, updatedAt: at };
    if (override === "dontKnow" || spec.dontKnow.includes(indicator.id)) {
      answers[indicator.id] = { ...base, choice: { kind: "dontKnow" }, comment: "Records could not be found before the deadline." };
      continue;
    }
    if (typeof override === "object" && "notApplicable" in override) {
      answers[indicator.id] = { ...base, choice: { kind: "notApplicable", reason: override.notApplicable } };
      continue;
    }
    const level = spec.levels[indicator.dimension] ?? 0;
    const index = typeof override === "object" ? indicator.options.findIndex((o) => o.id === override.option) : optionIndexFor(indicator, level);
    if (index < 0) throw new Error(`seed override for ${indicator.id}: no option ${JSON.stringify(override)}`);
    answers[indicator.id] = {
      ...base,
      choice: { kind: "option", optionId: indicator.options[index]!.id },
      evidence: typeof override === "object" && override.evidence ? override.evidence : evidenceFor(q, indicator, spec, index),
      comment: typeof override === "object" && override.comment ? override.comment : "",
    };
  }
  const complete = !spec.answerOnly;
  return {
    id: spec.id,
    country: spec.country,
    year: spec.year,
    perspective: spec.perspective as Perspective,
    leadMinistry: spec.leadMinistry,
    title: spec.title,
    questionnaire: { id: q.id, version: q.version },
    createdAt: `${spec.year}-${spec.month}-01T09:00:00.000Z`,
    updatedAt: at,
    answers,
    completedSections: complete ? q.dimensions.map((d) => d.id) : [],
    archive: {},
    lastPath: "",
    revision: 1,
  };
}

function main() {
  const q = loadNational();
  mkdirSync("seeds", { recursive: true });
  for (const spec of SEED_STORY(q)) {
    const assessment = buildAssessment(q, spec);
    const document = toDocument(assessment, assessment.updatedAt);
    const check = readDocument(JSON.parse(JSON.stringify(document)));
    if (!check.ok) throw new Error(`${spec.id}: ${JSON.stringify(check.problems)}`);
    writeFileSync(`seeds/${spec.id}.json`, JSON.stringify(document, null, 2) + "\n");
    console.log(`seeds/${spec.id}.json: ${Object.keys(assessment.answers).length} answers`);
  }
}

main();
