// Offline use: after one visit the app opens and works with the network off, from the
// copy the service worker keeps (src/offline/sw.js).
import { describe, expect, it } from "vitest";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";

const { app, launch } = useApp();
let browser: Browser;

describe("offline copy", () => {
  it("opens the start page, and creates an assessment with the network off", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(app.url("#/"));
    // Wait until the service worker has stored every file and controls the page.
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith("coherence-"))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain("/");
    expect(cached.some((p) => /\/assets\/CreatePage-.*\.js$/.test(p))).toBe(true);

    await browser.context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => /Assess the coherence/.test(document.querySelector("h1")?.textContent ?? ""));

    // A page whose code was never loaded online still opens: it comes from the kept copy.
    await page.getByRole("button", { name: "Create a new assessment" }).click();
    await page.getByLabel("Country", { exact: true }).fill("Offlineland");
    await page.getByLabel("Year").fill("2026");
    await page.getByLabel("Country of origin", { exact: true }).check();
    await page.getByLabel("Lead ministry").fill("Ministry of Planning");
    await page.getByRole("button", { name: "Create assessment" }).click();
    await page.waitForURL(/#\/a\/[^/]+$/);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Self-assessment");
    expect(await page.getByText("Offlineland").count()).toBeGreaterThan(0);
  });

  it("a new build replaces the kept copy: sw.js names every built file and a version", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { DIST } = await import("./support/browser");
    const sw = readFileSync(join(DIST, "sw.js"), "utf8");
    expect(sw).toMatch(/const CACHE = "coherence-[0-9a-f]{16}";/);
    for (const file of readdirSync(join(DIST, "assets"))) expect(sw).toContain(`"./assets/${file}"`);
  });
});
