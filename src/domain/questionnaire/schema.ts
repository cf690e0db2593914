// The shape of a questionnaire file (questionnaires/*.json). Structural rules live
// here; rules that look across the file (unique ids, conditions pointing at earlier
// indicators, every English string present) live in validate.ts.
import { z } from "../zod";
import { localisedText } from "../text";

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, "ids use a-z, 0-9, dots and dashes"));
const shortText = localisedText(300);
const longText = localisedText(3000);

export const perspectiveSchema = z.enum(["origin", "destination", "both"]);
export type Perspective = z.infer<typeof perspectiveSchema>;

export const optionSchema = z.object({
  id,
  label: shortText,
  hint: z.optional(longText),
  /** 0-10 on a scored question; absent on a context question (validate.ts checks which). */
  score: z.optional(z.number()),
});

export const conditionSchema = z.object({
  /** The indicator whose answer decides whether this one is asked. */
  indicator: id,
  /** This indicator applies only when that one was answered with one of these options. */
  optionIn: z.array(id).check(z.minLength(1), z.maxLength(20)),
});

/** A document in the questionnaire's catalogue of sources. */
export const sourceSchema = z.object({
  id,
  title: longText,
  /** The issuing body. */
  body: shortText,
  date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates look like 2007, 2007-03 or 2007-03-07")),
  /** Official document symbol, such as A/RES/73/195. */
  symbol: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** How a citation of this document starts on screen: "GFMD Brussels 2007". */
  short: shortText,
  /** True for public instruments that are not among the seed documents. */
  outsideSeeds: z.optional(z.boolean()),
});

/** An indicator's citation: "<source short>, <section>". */
export const citationSchema = z.object({
  source: id,
  section: z.optional(shortText),
});

export const glossaryEntrySchema = z.object({
  id,
  /** The exact phrase as it appears in the questionnaire's texts. */
  term: shortText,
  definition: longText,
});

export const bandSchema = z.object({
  /** The band covers (previous band's atMost, atMost]; the first starts at the indicator's min. */
  atMost: z.number(),
  score: z.number(),
});

export const numberSpecSchema = z.object({
  unit: shortText,
  min: z.number(),
  max: z.number(),
  decimals: z.int().check(z.minimum(0), z.maximum(6)),
  /** Turn the figure into a 0-10 score; without bands the figure is context only. */
  bands: z.optional(z.array(bandSchema).check(z.minLength(1), z.maxLength(20))),
});

export const indicatorSchema = z.object({
  id,
  dimension: id,
  perspective: perspectiveSchema,
  foundational: z.boolean(),
  weight: z.optional(z.number().check(z.positive())),
  /** Bump when the options or their scores change: answers across scale versions are not comparable. */
  scaleVersion: z.int().check(z.minimum(1)),
  question: shortText,
  help: longText,
  /** "choice" (options) or "number" (a figure; see `number`). */
  kind: z._default(z.enum(["choice", "number"]), "choice"),
  /** Present on a choice question only; parsed as [] for a number question so code can always iterate. */
  options: z._default(z.array(optionSchema).check(z.maxLength(10)), () => []),
  number: z.optional(numberSpecSchema),
  /** false: a context question, asked and shown but never scored and never a gap. */
  scored: z._default(z.boolean(), true),
  /** Glossary ids whose term appears in this indicator's texts. */
  terms: z.optional(z.array(id).check(z.maxLength(20))),
  allowNotApplicable: z.boolean(),
  evidencePrompt: shortText,
  /** Required on a scored question; optional on a context one. */
  action: z.optional(longText),
  leadMinistry: id,
  refs: z.object({
    sdg: z.array(z.string().check(z.regex(/^\d{1,2}\.[0-9a-z]{1,2}$|^\d{1,2}$/, "SDG targets look like 10.7 or 10.c"))).check(z.maxLength(10)),
    gcm: z.array(z.int().check(z.minimum(1), z.maximum(23))).check(z.maxLength(10)),
  }),
  sources: z.array(citationSchema).check(z.maxLength(10)),
  conditions: z.optional(z.array(conditionSchema).check(z.maxLength(5))),
});

export const categorySchema = z.object({
  id,
  /** Lowest score (0-100) that earns this category. */
  min: z.number().check(z.minimum(0), z.maximum(100)),
  label: shortText,
});

/**
 * How answers given under version N-1 map to version N (see ../assessment/upgrade.ts).
 * `from` and `ids` name version N-1 indicators; `to` and `indicator` name version N ones.
 */
export const upgradeChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("renamed"), from: id, to: id }),
  /** The answer is copied to each new indicator that has the same option id; the others stay unanswered. */
  z.object({ kind: z.literal("split"), from: id, to: z.array(id).check(z.minLength(2), z.maxLength(10)) }),
  /** Old option id -> new option id; an answer whose option is not in the map moves to the archive. */
  z.object({ kind: z.literal("rescaled"), indicator: id, optionMap: z.record(id, id) }),
  /** Answers to retired indicators move to the assessment's archive. */
  z.object({ kind: z.literal("retired"), ids: z.array(id).check(z.minLength(1), z.maxLength(500)) }),
]);

export const upgradeSchema = z.object({
  /** The version this step upgrades to (from version - 1). */
  version: z.int().check(z.minimum(2)),
  changes: z.array(upgradeChangeSchema).check(z.maxLength(500)),
});

export const questionnaireSchema = z.object({
  format: z.literal("coherence-questionnaire"),
  formatVersion: z.literal(2),
  id,
  version: z.int().check(z.minimum(1)),
  title: shortText,
  description: longText,
  /** Locales in which every string must be present (English always is). */
  completeLocales: z.array(z.string()).check(z.maxLength(20)),
  /** The documents indicators cite. */
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(200)),
  /** Terms defined once and shown wherever an indicator lists them in `terms`. */
  glossary: z._default(z.array(glossaryEntrySchema).check(z.maxLength(200)), () => []),
  categories: z.array(categorySchema).check(z.minLength(1), z.maxLength(10)),
  ministries: z.array(z.object({ id, name: shortText })).check(z.minLength(1), z.maxLength(50)),
  dimensions: z.array(z.object({ id, title: shortText, description: longText })).check(z.minLength(1), z.maxLength(20)),
  indicators: z.array(indicatorSchema).check(z.minLength(1), z.maxLength(500)),
  /** Steps from earlier versions to this one; a missing step means ids and options did not change. */
  upgrades: z.optional(z.array(upgradeSchema).check(z.maxLength(100))),
});

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type AnswerOption = z.infer<typeof optionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type NumberSpec = z.infer<typeof numberSpecSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Dimension = Questionnaire["dimensions"][number];
export type Category = z.infer<typeof categorySchema>;
export type Upgrade = z.infer<typeof upgradeSchema>;
export type UpgradeChange = z.infer<typeof upgradeChangeSchema>;
