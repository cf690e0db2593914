// Browser benchmarks for `npm run bench`, on the built app in headless system Chromium:
//   fileCheckWorstMs — "Check the file" pressed on the import page until the file is read or
//     refused, for the worst shapes known of a file at the 5 MB limit (tests/fixtures/hostile.ts);
//     the slowest one's median of 3 is the figure, and each shape is printed;
//   fileCheckLongestFrameMs — the longest gap between two frames meanwhile (how long the page froze);
//   pdfLongEvidenceMs, pdfLongEvidenceLongestFrameMs — "Download PDF" for an assessment with
//     20,000 characters of evidence on every answer, until the file is saved, and the longest
//     frame gap meanwhile.
// Needs a built dist/ (run `npx vite build` first).
import type { Page } from "playwright-core";
import { everyFieldWrong, manyEntries, nestedLists, seedWithLongEvidence, validAtLimit } from "../tests/fixtures/hostile";
import { launchBrowser, startApp, type App } from "../tests/e2e/support/browser";
import { median } from "./bench/median";

export interface FileCheckBench {
  fileCheckWorstMs: number;
  fileCheckWorstShape: string;
  fileCheckLongestFrameMs: number;
  pdfLongEvidenceMs: number;
  pdfLongEvidenceLongestFrameMs: number;
}

const SHAPES: Record<string, () => string> = {
  "valid, 2,000 answers and 2,000 archived, 5 MB": () => validAtLimit(),
  "valid, 5 MB, every evidence character an escape": () => validAtLimit(true),
  "2.6 million nested lists, 5 MB": () => nestedLists(),
  "4,000 answers with every field wrong": () => everyFieldWrong(),
  "125,000 entries in answers": () => manyEntries("answers"),
};

interface Timed {
  ms: number;
  longestFrameMs: number;
}

/** Runs `action` (a page script that returns a promise) while counting frames, until `doneWhen` holds. */
function timedInPage(page: Page, action: string, doneWhen: string): Promise<Timed> {
  return page.evaluate<Timed>(`new Promise((done) => {
    const start = performance.now();
    let last = start;
    let longest = 0;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (${doneWhen}) done({ ms: now - start, longestFrameMs: longest });
      else requestAnimationFrame(tick);
    };
    ${action};
    requestAnimationFrame(tick);
  })`);
}

async function checkFile(page: Page, app: App, text: string): Promise<Timed> {
  await page.goto(app.url("#/"));
  await page.goto(app.url("#/import"));
  await page.locator("#import-file").waitFor();
  await page.setInputFiles("#import-file", { name: "file.json", mimeType: "application/json", buffer: Buffer.from(text) });
  return timedInPage(page, `[...document.querySelectorAll("button")].find((b) => b.textContent === "Check the file").click()`, `document.querySelector("#import-problems, .error-summary, #import-read")`);
}

export async function benchFileCheck(options: { runs?: number; log?: (line: string) => void } = {}): Promise<FileCheckBench> {
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let worst = { shape: "", ms: -1, longestFrameMs: 0 };
    for (const [shape, make] of Object.entries(SHAPES)) {
      const text = make();
      const times: Timed[] = [];
      for (let n = 0; n < runs; n++) times.push(await checkFile(page, app, text));
      const ms = Math.round(median(times.map((t) => t.ms)));
      const longestFrameMs = Math.round(Math.max(...times.map((t) => t.longestFrameMs)));
      log(`  check ${shape} (${(Buffer.byteLength(text) / 1048576).toFixed(2)} MB): ${ms} ms, longest frame ${longestFrameMs} ms`);
      if (ms > worst.ms) worst = { shape, ms, longestFrameMs };
    }

    // The PDF: import the long assessment, open its report, press Download PDF.
    await checkFile(page, app, seedWithLongEvidence(20_000));
    await page.getByLabel(/^(Add as a new assessment|Keep both)/).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#import-open").click();
    await page.waitForURL(/#\/a\/[^/]+$/);
    await page.goto(`${page.url()}/report`);
    await page.locator("#report-title").waitFor();
    const download = page.waitForEvent("download", { timeout: 120_000 });
    const pdf = await timedInPage(page, `document.querySelector(".report-actions button").click()`, `/has been saved/.test(document.querySelector("#report-download-status").textContent)`);
    await download;
    return {
      fileCheckWorstMs: worst.ms,
      fileCheckWorstShape: worst.shape,
      fileCheckLongestFrameMs: worst.longestFrameMs,
      pdfLongEvidenceMs: Math.round(pdf.ms),
      pdfLongEvidenceLongestFrameMs: Math.round(pdf.longestFrameMs),
    };
  } finally {
    await browser.close();
    await app.close();
  }
}

// Run directly: npx tsx scripts/bench-file-check.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchFileCheck({ log: console.log })));
}
