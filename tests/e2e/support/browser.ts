/**
 * End-to-end support: the built app served locally and real Chromium.
 *
 *   const app = await startApp();          // serves dist/ (built once by globalSetup) on a free port
 *   const browser = await launchBrowser(); // system Chromium, fresh profile; CHROMIUM_PATH overrides
 *   const page = await browser.newPage();
 *   await page.goto(app.url("#/"));
 *   await expectNoAxeViolations(page, "start page");  // from ./axe
 *   await browser.close(); await app.close();
 *
 * browser.context is one persistent context (one profile): its pages share IndexedDB, like
 * tabs of one browser window. Call launchBrowser() again for a separate, empty profile.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { preview } from "vite";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const DIST = join(ROOT, "dist");

export interface App {
  baseUrl: string;
  /** Full address of a route, for example app.url("#/a/123"). */
  url: (hash?: string) => string;
  close: () => Promise<void>;
}

/** Serves dist/ with `vite preview` on a free port. dist/ must exist (globalSetup builds it). */
export async function startApp(): Promise<App> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `npx vite build` (tests/e2e/support/globalSetup.ts does it before the tests).");
  const server = await preview({ root: ROOT, logLevel: "silent", preview: { port: 0, host: "127.0.0.1", strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview did not report a port");
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  return {
    baseUrl,
    url: (hash = "") => `${baseUrl}${hash}`,
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  };
}

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(", ")}). Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  return found;
}

export interface Browser {
  context: BrowserContext;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Headless system Chromium with a fresh profile, deleted on close. Page errors fail loudly. */
/**
 * serviceWorkers: "block" keeps the app's offline service worker out, for tests that
 * intercept requests with page.route() (requests a service worker answers bypass it).
 */
/**
 * profile: a user-data directory to use and keep (to reopen the same profile after closing
 * the browser, as a user restarting it would); by default a fresh one, deleted on close.
 */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; locale?: string; serviceWorkers?: "allow" | "block"; profile?: string } = {}): Promise<Browser> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), "e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1100, height: 900 },
    locale: options.locale ?? "en-GB",
    serviceWorkers: options.serviceWorkers ?? "allow",
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return {
    context,
    newPage: async () => {
      const blank = context.pages().find((p) => p.url() === "about:blank");
      return blank ?? context.newPage();
    },
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`The page reported errors:\n${errors.join("\n")}`);
    },
  };
}
