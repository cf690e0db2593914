// The only code that reads or writes location.hash. Features link with formatRoute()
// and move with navigate(); the shell listens with useRoute().
import { useSyncExternalStore } from "react";
import { formatRoute, parseRoute, type Route } from "./routes";
import { markNavigation } from "../ui/focus";

const subscribe = (onChange: () => void) => {
  const handler = () => {
    markNavigation();
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

/** Goes to a route; replace keeps Back from returning to a page that only redirected. */
export function navigate(to: Route | string, options: { replace?: boolean } = {}): void {
  const hash = typeof to === "string" ? to : formatRoute(to);
  if (hash === currentHash()) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, "", hash);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    window.location.hash = hash;
  }
}
