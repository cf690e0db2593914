// The set-up every end-to-end file shares: the built app served once for the file, and the
// test's browser closed after each test (its page errors then fail that test).
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser, startApp, type App, type Browser } from "./browser";

type LaunchOptions = Parameters<typeof launchBrowser>[0];

export interface Session {
  /** The served app; usable inside tests and hooks (it starts in beforeAll). */
  app: App;
  /**
   * A browser for this test, closed after it. A test that launches another in its place (to
   * reopen a profile) has closed the first itself; only the latest is closed here.
   */
  launch: (options?: LaunchOptions) => Promise<Browser>;
}

/** Call once at the top of a test file. */
export function useApp(): Session {
  let served: App | undefined;
  let latest: Browser | undefined;
  beforeAll(async () => {
    served = await startApp();
  });
  afterAll(async () => {
    await served?.close();
  });
  afterEach(async () => {
    const browser = latest;
    latest = undefined;
    await browser?.close();
  });
  const started = (): App => {
    if (!served) throw new Error("The app is served from beforeAll on: use it inside a test or a hook.");
    return served;
  };
  return {
    app: {
      get baseUrl() {
        return started().baseUrl;
      },
      url: (hash) => started().url(hash),
      close: () => started().close(),
    },
    launch: async (options) => (latest = await launchBrowser(options)),
  };
}
