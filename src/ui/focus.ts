// Moving focus to the new page's <h1> after in-app navigation, so screen-reader and
// keyboard users start at the top of the new page (not on the first load: the browser
// handles that).
import { useEffect, type RefObject } from "react";

let navigations = 0;
let handled = 0;

/** Called by the router on every hash change. */
export function markNavigation(): void {
  navigations += 1;
}

/** Focuses the element once per navigation, when it is the first heading to mount after it. */
export function useFocusAfterNavigation(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (navigations > handled) {
      handled = navigations;
      ref.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  });
}
