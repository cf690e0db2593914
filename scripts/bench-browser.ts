// Browser benchmarks for `npm run bench` (the lead wires them in):
//   continueToNextQuestionMs — median over >= 20 presses of Continue until the next
//     question's <h1> is visible, in headless system Chromium, on the built app;
//   initialJsGzipKb — gzip size of the JavaScript the start page loads: dist/index.html's
//     module scripts and modulepreloads, their static imports, and the start page's lazy
//     chunk with its static imports (found by reading the built files' import statements).
// Needs a built dist/ (run `npx vite build` first).
import { readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, launchBrowser, startApp } from "../tests/e2e/support/browser";

export interface BrowserBench {
  continueToNextQuestionMs: number;
  initialJsGzipKb: number;
}

export async function benchBrowser(options: { presses?: number } = {}): Promise<BrowserBench> {
  return { continueToNextQuestionMs: await continueToNextQuestion(options.presses ?? 24), initialJsGzipKb: initialJsGzipKb() };
}

/** Every .js file reachable by static imports from the page's entry scripts, plus the start page chunk. */
export function initialJsFiles(dist = DIST): string[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entries = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => resolve(dist, m[1]!.replace(/^\//, "")));
  const seen = new Set<string>();
  const visit = (file: string, followLazyStart: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    // Static imports: `import ... from "./x.js"` and `import "./x.js"` (minified: import{..}from"./x.js").
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) visit(resolve(dirname(file), m[1]!), false);
    // The start page is the route shown first: its lazy chunk counts.
    if (followLazyStart) {
      for (const m of code.matchAll(/import\(["'`](\.{1,2}\/[^"'`]*StartPage[^"'`]*\.js)["'`]\)/g)) visit(resolve(dirname(file), m[1]!), false);
    }
  };
  entries.forEach((e) => visit(e, true));
  return [...seen];
}

export function initialJsGzipKb(dist = DIST): number {
  const bytes = initialJsFiles(dist).reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

async function continueToNextQuestion(presses: number): Promise<number> {
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // A fresh "both" assessment: every question of the first section is asked.
    await page.goto(app.url("#/new"));
    await page.getByLabel("Country", { exact: true }).fill("Benchland");
    await page.getByLabel("Year").fill("2026");
    await page.getByLabel("Both", { exact: true }).check();
    await page.getByLabel("Lead ministry").fill("Ministry of Planning");
    await page.getByRole("button", { name: "Create assessment" }).click();
    await page.waitForURL(/#\/a\/[^/]+$/);
    await page.locator(".task-list-link").first().click();
    await page.locator("#choice").waitFor();
    const times: number[] = [];
    for (let i = 0; i < presses; i++) {
      const before = await page.locator("h1").innerText();
      await page.locator("#choice").check();
      if (await page.getByRole("button", { name: "Continue" }).count() === 0) break;
      // Timed inside the page: from the click to the frame where the new h1 is shown.
      // A string, so the bundler's helpers never end up in the page.
      const ms = await page.evaluate<number>(`new Promise((done) => {
        const previous = ${JSON.stringify(before)};
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Continue");
        const start = performance.now();
        const check = () => {
          const h1 = document.querySelector("h1");
          if (h1 && h1.textContent !== previous && h1.getBoundingClientRect().height > 0) done(performance.now() - start);
          else requestAnimationFrame(check);
        };
        button.click();
        requestAnimationFrame(check);
      })`);
      times.push(ms);
      if ((await page.locator("#choice").count()) === 0) break; // reached check answers
    }
    if (times.length < 20) throw new Error(`Only ${times.length} Continue presses measured; the first section needs at least 20 questions.`);
    times.sort((a, b) => a - b);
    const mid = Math.floor(times.length / 2);
    const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
    return Math.round(median * 10) / 10;
  } finally {
    await browser.close();
    await app.close();
  }
}

// Run directly: npx tsx scripts/bench-browser.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchBrowser()));
}
