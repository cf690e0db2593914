// Which saved assessment the report compares with: the same country (matched as the
// compare page matches it), the latest earlier year. No such assessment means no comparison.
import type { Assessment } from "../assessment/assessment";
import { sameCountryKey } from "../compare/country";

/** The latest assessment of the same country from an earlier year, or null. Ties on year go to the latest update. */
export function findPrevious(current: Assessment, saved: readonly Assessment[]): Assessment | null {
  const country = sameCountryKey(current.country);
  let best: Assessment | null = null;
  for (const a of saved) {
    if (a.id === current.id || a.year >= current.year || sameCountryKey(a.country) !== country) continue;
    if (!best || a.year > best.year || (a.year === best.year && a.updatedAt > best.updatedAt)) best = a;
  }
  return best;
}
