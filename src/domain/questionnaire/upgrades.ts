// Cross-checks of a questionnaire's `upgrades` list (called by validate.ts).
//
// API: checkUpgrades(questionnaire) -> { where, message }[]
//
// The file holds only its current indicators, so the checks walk the steps backwards:
// the ids of version N are known (the current ones for the last step), and the ids of
// version N-1 are worked out by undoing step N. Each step must name version-N ids in
// `to`/`indicator` and ids that no longer exist in version N in `from`/`ids`.
import type { Questionnaire, Upgrade } from "./schema";

interface Problem {
  where: string;
  message: string;
}

export function checkUpgrades(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const upgrades = q.upgrades ?? [];
  const seen = new Set<number>();
  for (const u of upgrades) {
    const where = `upgrade to version ${u.version}`;
    if (seen.has(u.version)) problems.push({ where, message: `version ${u.version} has more than one upgrade step` });
    if (u.version > q.version) problems.push({ where, message: `is later than this questionnaire's version (${q.version})` });
    seen.add(u.version);
  }
  let ids = new Set(q.indicators.map((i) => i.id));
  const newestFirst = [...upgrades].filter((u) => u.version <= q.version).sort((a, b) => b.version - a.version);
  for (const u of newestFirst) {
    problems.push(...checkStep(q, u, ids));
    ids = idsBefore(u, ids);
  }
  return problems;
}

function checkStep(q: Questionnaire, u: Upgrade, ids: Set<string>): Problem[] {
  const where = `upgrade to version ${u.version}`;
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ where, message });
  const targets = new Set<string>();
  const reborn = new Set<string>(); // a split may keep its old id for one of the parts
  const sources: string[] = [];
  for (const change of u.changes) {
    if (change.kind === "renamed") {
      targets.add(change.to);
      reborn.add(change.to);
      sources.push(change.from);
    } else if (change.kind === "split") {
      change.to.forEach((t) => (targets.add(t), reborn.add(t)));
      sources.push(change.from);
    } else if (change.kind === "retired") {
      sources.push(...change.ids);
    } else {
      targets.add(change.indicator);
    }
  }
  for (const t of targets) {
    if (!ids.has(t)) add(`refers to indicator "${t}", which is not in version ${u.version}`);
  }
  const once = new Set<string>();
  for (const s of sources) {
    if (once.has(s)) add(`indicator "${s}" is renamed, split or retired more than once`);
    once.add(s);
    if (ids.has(s) && !reborn.has(s)) add(`indicator "${s}" is renamed, split or retired but is still in version ${u.version}`);
  }
  if (u.version === q.version) {
    for (const change of u.changes) {
      if (change.kind !== "rescaled") continue;
      const indicator = q.indicators.find((i) => i.id === change.indicator);
      if (!indicator) continue;
      for (const optionId of Object.values(change.optionMap)) {
        if (!indicator.options.some((o) => o.id === optionId)) add(`maps "${change.indicator}" to option "${optionId}", which it does not have`);
      }
      if (indicator.scaleVersion < 2) add(`rescales "${change.indicator}", so its scaleVersion must be at least 2`);
    }
  }
  return problems;
}

/** The indicator ids of version (u.version - 1), given those of u.version. */
function idsBefore(u: Upgrade, ids: Set<string>): Set<string> {
  const before = new Set(ids);
  for (const change of u.changes) {
    if (change.kind === "renamed") before.delete(change.to);
    if (change.kind === "split") change.to.forEach((t) => before.delete(t));
  }
  for (const change of u.changes) {
    if (change.kind === "renamed" || change.kind === "split") before.add(change.from);
    if (change.kind === "retired") change.ids.forEach((i) => before.add(i));
  }
  return before;
}
