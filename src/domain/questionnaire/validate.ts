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

  const sourceIds = new Set(q.sources.map((s) => s.id));
  duplicates(q.sources.map((s) => s.id)).forEach((d) => add("sources", `source id "${d}" is used twice`));
  q.sources.forEach((s) => {
    checkText(`source ${s.id}`, "title", s.title);
    checkText(`source ${s.id}`, "body", s.body);
    checkText(`source ${s.id}`, "short", s.short);
  });

  const glossaryIds = new Set(q.glossary.map((g) => g.id));
  duplicates(q.glossary.map((g) => g.id)).forEach((d) => add("glossary", `glossary id "${d}" is used twice`));
  q.glossary.forEach((g) => {
    checkText(`glossary ${g.id}`, "term", g.term);
    checkText(`glossary ${g.id}`, "definition", g.definition);
  });

  duplicates(q.indicators.map((i) => i.id)).forEach((d) => add(`indicator ${d}`, `indicator id "${d}" is used more than once`));

  const seen = new Map<string, Indicator>();
  for (const indicator of q.indicators) {
    const where = `indicator ${indicator.id}`;
    const say = (message: string) => add(where, message);
    if (!dimensionIds.has(indicator.dimension)) say(`dimension "${indicator.dimension}" does not exist`);
    if (!ministryIds.has(indicator.leadMinistry)) say(`lead ministry "${indicator.leadMinistry}" is not in the ministries list`);
    if (indicator.sources.length === 0) say("has no source citation");
    indicator.sources.forEach((c, n) => {
      if (!sourceIds.has(c.source)) say(`cites source "${c.source}", which is not in the sources list`);
      checkText(where, `sources[${n}] section`, c.section, false);
    });
    for (const term of indicator.terms ?? []) {
      if (!glossaryIds.has(term)) say(`uses glossary term "${term}", which is not in the glossary`);
    }
    if (indicator.scored && !indicator.action?.en?.trim()) say("has no recommended action");
    if (!indicator.scored && indicator.foundational) say("is a context question (scored: false), so it cannot be foundational");
    for (const [field, text] of [
      ["question", indicator.question],
      ["help", indicator.help],
      ["evidencePrompt", indicator.evidencePrompt],
    ] as const) checkText(where, field, text);
    checkText(where, "action", indicator.action, indicator.scored);

    if (indicator.kind === "number") numberChecks(indicator, say, checkText);
    else choiceChecks(indicator, say, checkText);

    for (const condition of indicator.conditions ?? []) {
      const target = seen.get(condition.indicator);
      if (!target) {
        const exists = q.indicators.some((i) => i.id === condition.indicator);
        say(exists
          ? `condition refers to "${condition.indicator}", which comes later in the file (conditions must point to an earlier question)`
          : `condition refers to indicator "${condition.indicator}", which does not exist`);
        continue;
      }
      if (target.kind === "number") {
        say(`condition refers to "${target.id}", a number question (conditions must point to a choice question)`);
        continue;
      }
      if (!target.scored) {
        say(`condition refers to "${target.id}", a context question (conditions must point to a scored question)`);
        continue;
      }
      for (const optionId of condition.optionIn) {
        if (!target.options.some((o) => o.id === optionId)) {
          say(`condition refers to option "${optionId}", which indicator "${target.id}" does not have`);
        }
      }
      for (const missing of notUpwardClosed(target, condition.optionIn)) {
        say(
          `condition on "${target.id}" is not upward-closed: option "${missing.option}" scores ${missing.score}, at least as much as listed option "${missing.listed}", so it must be listed too`,
        );
      }
    }
    seen.set(indicator.id, indicator);
  }
  problems.push(...checkUpgrades(q));
  return problems;
}

type Say = (message: string) => void;
type CheckText = (where: string, field: string, text: LocalisedText | undefined, required?: boolean) => void;

function choiceChecks(indicator: Indicator, say: Say, checkText: CheckText): void {
  const where = `indicator ${indicator.id}`;
  if (indicator.number) say('has a "number" block but is not kind "number"');
  if (indicator.options.length < 2) say("needs at least 2 options");
  duplicates(indicator.options.map((o) => o.id)).forEach((d) => say(`option id "${d}" is used twice`));
  for (const option of indicator.options) {
    checkText(where, `option "${option.id}" label`, option.label);
    checkText(where, `option "${option.id}" hint`, option.hint, false);
    if (!indicator.scored) {
      if (option.score !== undefined) say(`option "${option.id}" has a score, but this is a context question (scored: false)`);
    } else if (option.score === undefined) {
      say(`option "${option.id}" has no score`);
    } else if (!(option.score >= 0 && option.score <= 10)) {
      say(`option "${option.id}" has score ${option.score}, outside 0-10`);
    }
  }
  if (indicator.scored && indicator.options.length && !indicator.options.some((o) => o.score === 10)) {
    say("no option scores 10 (full marks must be reachable)");
  }
}

function numberChecks(indicator: Indicator, say: Say, checkText: CheckText): void {
  const spec = indicator.number;
  if (indicator.options.length) say('is kind "number", so it has no options');
  if (!spec) return say('is kind "number" but has no "number" block (unit, min, max, decimals)');
  checkText(`indicator ${indicator.id}`, "number unit", spec.unit);
  if (!(spec.min < spec.max)) say(`number range is empty: min ${spec.min} is not below max ${spec.max}`);
  if (!spec.bands) {
    if (indicator.scored) say("is a number question without bands, so it must be a context question (scored: false)");
    return;
  }
  if (!indicator.scored) say("is a context question (scored: false) but has bands: remove the bands or score it");
  spec.bands.forEach((band, n) => {
    if (!(band.score >= 0 && band.score <= 10)) say(`band ${n + 1} has score ${band.score}, outside 0-10`);
    const previous = spec.bands![n - 1];
    if (previous && !(band.atMost > previous.atMost)) say(`band ${n + 1} ends at ${band.atMost}, not above band ${n}'s ${previous.atMost} (bands must be in ascending order)`);
  });
  const first = spec.bands[0]!;
  const last = spec.bands[spec.bands.length - 1]!;
  if (first.atMost < spec.min) say(`band 1 ends at ${first.atMost}, below the minimum ${spec.min}`);
  if (last.atMost < spec.max) say(`bands end at ${last.atMost}, so figures above ${last.atMost} (up to the maximum ${spec.max}) have no band`);
  if (!spec.bands.some((b) => b.score === 10)) say("no band scores 10 (full marks must be reachable)");
}

/** Options of `parent` that score at least as much as a listed option but are not listed. */
function notUpwardClosed(parent: Indicator, optionIn: string[]): { option: string; score: number; listed: string }[] {
  const listed = parent.options.filter((o) => optionIn.includes(o.id) && o.score !== undefined);
  if (!listed.length) return [];
  const lowest = listed.reduce((a, b) => (b.score! < a.score! ? b : a));
  return parent.options
    .filter((o) => !optionIn.includes(o.id) && o.score !== undefined && o.score >= lowest.score!)
    .map((o) => ({ option: o.id, score: o.score!, listed: lowest.id }));
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}
