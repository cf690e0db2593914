// Checks a questionnaire file in full: structure (schema.ts) and the rules that look
// across the file. Every problem is reported with where it is, in plain words, so a
// ministry or regional body can write its own questionnaire without reading code.
import { z } from "../zod";
import { questionnaireSchema, type Questionnaire, type Indicator } from "./schema";
import type { LocalisedText } from "../text";
import { checkUpgrades } from "./upgrades";
import { describeIssue } from "../document/problems";

export interface QuestionnaireProblem {
  /** Indicator id, or a path such as "dimensions[2]" when no indicator is involved. */
  where: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; problems: QuestionnaireProblem[] };

export function validateQuestionnaire(input: unknown): ValidationResult {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(structuralProblem(input)) };
  }
  const problems = crossChecks(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, questionnaire: parsed.data };
}

function structuralProblem(input: unknown) {
  return (issue: z.core.$ZodIssue): QuestionnaireProblem => {
    const path = issue.path.map(String);
    let where = path.join(".") || "(file)";
    if (path[0] === "indicators" && path[1] !== undefined) {
      const indicatorId = (input as { indicators?: { id?: unknown }[] }).indicators?.[Number(path[1])]?.id;
      if (typeof indicatorId === "string") where = `indicator ${indicatorId}: ${path.slice(2).join(".")}`;
    }
    return { where, message: describeIssue(issue, input).message };
  };
}

function crossChecks(q: Questionnaire): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const add = (where: string, message: string) => problems.push({ where, message });
  const locales = ["en", ...q.completeLocales.filter((l) => l !== "en")];

  const checkText = (where: string, field: string, text: LocalisedText | undefined, required = true) => {
    if (!text) return;
    for (const locale of locales) {
      if (!text[locale]?.trim() && (required || Object.keys(text).length > 0)) {
        add(where, `${field} has no "${locale}" text`);
      }
    }
  };

  checkText("(file)", "title", q.title);
  checkText("(file)", "description", q.description);

  const sorted = [...q.categories].sort((a, b) => a.min - b.min);
  if (sorted[0]?.min !== 0) add("categories", "the lowest category must start at 0");
  duplicates(q.categories.map((c) => c.id)).forEach((d) => add("categories", `category id "${d}" is used twice`));
  duplicates(q.categories.map((c) => String(c.min))).forEach((d) => add("categories", `two categories start at ${d}`));
  q.categories.forEach((c) => checkText(`category ${c.id}`, "label", c.label));

  const ministryIds = new Set(q.ministries.map((m) => m.id));
  duplicates(q.ministries.map((m) => m.id)).forEach((d) => add("ministries", `ministry id "${d}" is used twice`));
  q.ministries.forEach((m) => checkText(`ministry ${m.id}`, "name", m.name));

  const dimensionIds = new Set(q.dimensions.map((d) => d.id));
  duplicates(q.dimensions.map((d) => d.id)).forEach((d) => add("dimensions", `dimension id "${d}" is used twice`));
  q.dimensions.forEach((d) => {
    checkText(`dimension ${d.id}`, "title", d.title);
    checkText(`dimension ${d.id}`, "description", d.description);
    if (!q.indicators.some((i) => i.dimension === d.id)) add(`dimension ${d.id}`, "has no indicators");
  });

  duplicates(q.indicators.map((i) => i.id)).forEach((d) => add(`indicator ${d}`, `indicator id "${d}" is used more than once`));

  const seen = new Map<string, Indicator>();
  for (const indicator of q.indicators) {
    const where = `indicator ${indicator.id}`;
    if (!dimensionIds.has(indicator.dimension)) add(where, `dimension "${indicator.dimension}" does not exist`);
    if (!ministryIds.has(indicator.leadMinistry)) add(where, `lead ministry "${indicator.leadMinistry}" is not in the ministries list`);
    if (indicator.sources.length === 0) add(where, "has no source citation");
    if (!indicator.action.en?.trim()) add(where, "has no recommended action");
    for (const [field, text] of [
      ["question", indicator.question],
      ["help", indicator.help],
      ["evidencePrompt", indicator.evidencePrompt],
      ["action", indicator.action],
    ] as const) checkText(where, field, text);

    duplicates(indicator.options.map((o) => o.id)).forEach((d) => add(where, `option id "${d}" is used twice`));
    for (const option of indicator.options) {
      if (!(option.score >= 0 && option.score <= 10)) add(where, `option "${option.id}" has score ${option.score}, outside 0-10`);
      checkText(where, `option "${option.id}" label`, option.label);
      checkText(where, `option "${option.id}" hint`, option.hint, false);
    }
    const scores = indicator.options.map((o) => o.score);
    if (!scores.includes(10)) add(where, "no option scores 10 (full marks must be reachable)");

    for (const condition of indicator.conditions ?? []) {
      const target = seen.get(condition.indicator);
      if (!target) {
        const exists = q.indicators.some((i) => i.id === condition.indicator);
        add(where, exists
          ? `condition refers to "${condition.indicator}", which comes later in the file (conditions must point to an earlier question)`
          : `condition refers to indicator "${condition.indicator}", which does not exist`);
        continue;
      }
      for (const optionId of condition.optionIn) {
        if (!target.options.some((o) => o.id === optionId)) {
          add(where, `condition refers to option "${optionId}", which indicator "${target.id}" does not have`);
        }
      }
    }
    seen.set(indicator.id, indicator);
  }
  problems.push(...checkUpgrades(q));
  return problems;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}
