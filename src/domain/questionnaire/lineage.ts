// Where an indicator of a questionnaire came from in an earlier version of it, read from
// the `upgrades` steps the newer file carries. Used to compare years answered on
// different versions: a renamed or split indicator is matched with the one it came from.
import type { Questionnaire } from "./schema";

export interface Lineage {
  /** Indicator id in the newer version -> the id it had in the earlier version. */
  earlierId: Map<string, string>;
  /** Earlier ids that live on under another id (renamed or split): not "retired". */
  continued: Set<string>;
}

/**
 * Follows the steps from `newer.version` down to `earlierVersion`. An id that no step
 * names is taken to be the same question in both versions; a new indicator maps to an
 * id the earlier questionnaire does not have, which the caller reads as "added".
 */
export function lineageTo(newer: Questionnaire, earlierVersion: number): Lineage {
  const earlierId = new Map(newer.indicators.map((i) => [i.id, i.id]));
  const continued = new Set<string>();
  for (let v = newer.version; v > earlierVersion; v--) {
    const step = newer.upgrades?.find((u) => u.version === v);
    if (!step) continue;
    const previous = new Map<string, string>();
    for (const change of step.changes) {
      if (change.kind === "renamed") previous.set(change.to, change.from);
      if (change.kind === "split") for (const to of change.to) previous.set(to, change.from);
    }
    for (const [id, current] of earlierId) {
      const before = previous.get(current);
      if (before === undefined) continue;
      earlierId.set(id, before);
    }
  }
  for (const [id, before] of earlierId) if (before !== id) continued.add(before);
  return { earlierId, continued };
}
