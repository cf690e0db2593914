// "Download PDF" on the report page, as a user does it: press the button (click or Enter),
// wait for the browser's download, read the file. Also times it, for the benchmark.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { median } from "../../../scripts/bench/median";

export interface ReportDownload {
  /** The file name the page gave the download. */
  fileName: string;
  bytes: Uint8Array;
  /** From pressing the button to the browser starting the download, in ms. */
  ms: number;
}

/** Presses "Download PDF" (with the keyboard when `press` is "Enter": the button must have focus). */
export async function downloadReport(page: Page, press: "click" | "Enter" = "click"): Promise<ReportDownload> {
  const waiting = page.waitForEvent("download", { timeout: 60_000 });
  const start = performance.now();
  if (press === "Enter") await page.keyboard.press("Enter");
  else await page.getByRole("button", { name: /Download PDF|تنزيل ملف PDF/ }).click();
  const download = await waiting;
  const ms = performance.now() - start;
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)), ms };
}

/** Median of click-to-download times over `runs` presses on the report page already open. */
export async function medianDownloadMs(page: Page, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < runs; n++) times.push((await downloadReport(page)).ms);
  return median(times);
}
