// Checks between two installed versions of one questionnaire (the newer file's `upgrades`
// against the older file's questions). Used by the questionnaire checker.
import { lineageTo } from "./lineage";
import type { Questionnaire } from "./schema";

export interface VersionProblem {
  where: string;
  message: string;
}

/** The ids each step leaves, undone from the newer version down to the older one. */
export function checkVersionPair(older: Questionnaire, newer: Questionnaire): VersionProblem[] {
  const where = `versions ${older.version} -> ${newer.version}`;
  const problems: VersionProblem[] = [];
  const add = (message: string) => problems.push({ where, message });
  const olderIds = new Map(older.indicators.map((i) => [i.id, i]));
  const { earlierId } = lineageTo(newer, older.version);
  const named = new Set<string>();
  const rescaled = new Set<string>();
  for (const step of newer.upgrades ?? []) {
    if (step.version <= older.version || step.version > newer.version) continue;
    for (const c of step.changes) {
      if (c.kind === "retired") c.ids.forEach((id) => named.add(id));
      if (c.kind === "renamed" || c.kind === "split") named.add(c.from);
      if (c.kind === "rescaled") rescaled.add(c.indicator);
      if (step.version === older.version + 1 && (c.kind === "retired" || c.kind === "renamed" || c.kind === "split")) {
        for (const id of c.kind === "retired" ? c.ids : [c.from]) {
          if (!olderIds.has(id)) add(`"${id}" is renamed, split or retired but version ${older.version} has no such indicator`);
        }
      }
      if (c.kind === "rescaled") {
        const before = olderIds.get(earlierId.get(c.indicator) ?? c.indicator);
        for (const from of Object.keys(c.optionMap)) {
          if (before && before.options.every((o) => o.id !== from)) add(`rescales "${c.indicator}" from option "${from}", which version ${older.version} does not have`);
        }
      }
    }
  }
  for (const indicator of newer.indicators) {
    const before = olderIds.get(earlierId.get(indicator.id) ?? indicator.id);
    if (!before) continue;
    named.add(before.id);
    // A context question has no scale to compare on.
    const sameScale = indicator.scored === false || sameOptions(before, indicator);
    if (!sameScale && before.scaleVersion === indicator.scaleVersion) {
      add(`the options of "${indicator.id}" changed since version ${older.version} but its scaleVersion did not: raise it so years are not compared on different scales`);
    }
  }
  for (const id of olderIds.keys()) {
    if (!named.has(id)) add(`"${id}" of version ${older.version} is not in version ${newer.version} and no change says what became of it (retired, renamed or split)`);
  }
  return problems;
}

/** Same scale: no new option, and every option both have scores the same (dropping a step is allowed). */
function sameOptions(a: Questionnaire["indicators"][number], b: Questionnaire["indicators"][number]): boolean {
  const before = new Map((a.options ?? []).map((o) => [o.id, o.score]));
  return (b.options ?? []).every((o) => before.has(o.id) && before.get(o.id) === o.score);
}
