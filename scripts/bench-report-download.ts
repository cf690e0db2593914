// Browser benchmark for `npm run bench` (the lead wires it in):
//   reportDownloadFirstMs — pressing "Download PDF" on the gap report of Examplia 2026 (compared
//     with 2024) until the browser starts the download, the first time (the PDF code and fonts
//     are fetched and compiled then);
//   reportDownloadMs — the median of the next presses (code already loaded).
// Headless system Chromium on the built app: run `npx vite build` first.
import { launchBrowser, startApp } from "../tests/e2e/support/browser";
import { loadExample } from "../tests/e2e/support/example";
import { downloadReport, medianDownloadMs } from "../tests/e2e/support/reportDownload";

export interface ReportDownloadBench {
  reportDownloadFirstMs: number;
  reportDownloadMs: number;
}

export async function benchReportDownload(options: { runs?: number } = {}): Promise<ReportDownloadBench> {
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/a/examplia-2026/report"));
    await page.locator("#report-title").waitFor();
    const first = await downloadReport(page);
    const median = await medianDownloadMs(page, options.runs ?? 5);
    return { reportDownloadFirstMs: Math.round(first.ms), reportDownloadMs: Math.round(median) };
  } finally {
    await browser.close();
    await app.close();
  }
}

// Run directly: npx tsx scripts/bench-report-download.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchReportDownload()));
}
