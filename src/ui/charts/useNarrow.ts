// Charts are drawn in a fixed viewBox and scaled to the screen; on a phone a wide layout
// would shrink its text below 8 px, so charts switch to a narrow layout there.
import { useSyncExternalStore } from "react";

const QUERY = "(max-width: 40em)";

function subscribe(onChange: () => void): () => void {
  if (typeof window === "undefined" || !window.matchMedia) return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

const isNarrow = () => typeof window !== "undefined" && !!window.matchMedia && window.matchMedia(QUERY).matches;

/** True on screens 640 px wide or less; false where there is no window (server rendering, unit tests). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
