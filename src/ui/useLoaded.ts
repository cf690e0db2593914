// Runs an async load when the page mounts (and again when `key` changes); null until it
// resolves. A result that arrives after the page is gone, or after a newer load, is dropped.
import { useEffect, useState } from "react";

export function useLoaded<T>(load: () => Promise<T>, key: string): T | null {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((value) => {
      if (live) setState({ key, value });
    });
    return () => {
      live = false;
    };
    // `key` stands for everything `load` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key ? state.value : null;
}
