// The only code that reads or writes location.hash. Features link with formatRoute()
// and move with navigate(); the shell listens with useRoute().
import { useSyncExternalStore } from "react";
import { formatRoute, parseRoute, type Route } from "./routes";
import { markNavigation } from "../ui/focus";

// True while navigate() announces a change that stays on the same page (see `sameView`).
let sameView = false;

const subscribe = (onChange: () => void) => {
  const handler = () => {
    if (!sameView) markNavigation();
    onChange();
  };
  window.addEventListener("hashchange", handler);
  return () => window.removeEventListener("hashchange", handler);
};
const currentHash = () => window.location.hash || "#/";

/** The current hash, re-rendering on every change (Back, Forward, links, navigate()). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash, () => "#/");
}

export function useRoute(): Route {
  return parseRoute(useHash());
}

/**
 * Goes to a route; replace keeps Back from returning to a page that only redirected.
 * sameView (with replace) only records a change of the current page in its URL, such as a
 * filter: focus stays where the user is instead of moving to the heading.
 */
export function navigate(to: Route | string, options: { replace?: boolean; sameView?: boolean } = {}): void {
  const hash = typeof to === "string" ? to : formatRoute(to);
  if (hash === currentHash()) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, "", hash);
    sameView = options.sameView ?? false;
    try {
      window.dispatchEvent(new HashChangeEvent("hashchange")); // listeners run synchronously
    } finally {
      sameView = false;
    }
  } else {
    window.location.hash = hash;
  }
}
