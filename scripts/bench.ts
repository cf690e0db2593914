// npm run bench: builds the app, prints each figure as it is measured against its budget
// (engineering brief, "Budgets"), then all of them as JSON on the last line.
import { execSync } from "node:child_process";
import { cpus } from "node:os";
import { benchScoring } from "./bench/score";
import { benchPdf } from "./bench-pdf";
import { benchBrowser } from "./bench-browser";

const machine = `${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
const figures: Record<string, number | string> = { machine };
console.log(`machine: ${machine}`);

function report(label: string, value: number, unit: string, budget: number): void {
  const verdict = value <= budget ? "within" : "OVER";
  console.log(`${label}: ${value} ${unit} (${verdict} budget of ${budget} ${unit})`);
}

Object.assign(figures, benchScoring());
report("scoring 1,000 complete assessments, median of 5", figures.scoreThousandMs as number, "ms", 100);

Object.assign(figures, await benchPdf());
report("full gap report PDF (Examplia 2026 vs 2024) in Node, median of 5", figures.pdfFullReportMs as number, "ms", 1000);
report("the same, right to left with Arabic in every answer, in Node, median of 5", figures.pdfArabicReportMs as number, "ms", 1000);

execSync("npx vite build --logLevel error", { stdio: "inherit" });
Object.assign(figures, await benchBrowser());
report("first page JavaScript, gzip", figures.initialJsGzipKb as number, "KB", 125);
report("Continue to next question shown, headless Chromium, median of 24", figures.continueToNextQuestionMs as number, "ms", 50);

console.log(JSON.stringify(figures));
