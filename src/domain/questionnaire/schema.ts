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
  score: z.number(),
});

export const conditionSchema = z.object({
  /** The indicator whose answer decides whether this one is asked. */
  indicator: id,
  /** This indicator applies only when that one was answered with one of these options. */
  optionIn: z.array(id).check(z.minLength(1), z.maxLength(20)),
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
  options: z.array(optionSchema).check(z.minLength(2), z.maxLength(10)),
  allowNotApplicable: z.boolean(),
  evidencePrompt: shortText,
  action: longText,
  leadMinistry: id,
  refs: z.object({
    sdg: z.array(z.string().check(z.regex(/^\d{1,2}\.[0-9a-z]{1,2}$|^\d{1,2}$/, "SDG targets look like 10.7 or 10.c"))).check(z.maxLength(10)),
    gcm: z.array(z.int().check(z.minimum(1), z.maximum(23))).check(z.maxLength(10)),
  }),
  sources: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(10)),
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
  formatVersion: z.literal(1),
  id,
  version: z.int().check(z.minimum(1)),
  title: shortText,
  description: longText,
  /** Locales in which every string must be present (English always is). */
  completeLocales: z.array(z.string()).check(z.maxLength(20)),
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
export type Dimension = Questionnaire["dimensions"][number];
export type Category = z.infer<typeof categorySchema>;
export type Upgrade = z.infer<typeof upgradeSchema>;
export type UpgradeChange = z.infer<typeof upgradeChangeSchema>;
