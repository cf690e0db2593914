// npm run bench: builds the app, prints each figure as it is measured against its budget
// (engineering brief, "Budgets"), then all of them as JSON on the last line.
import { execSync } from "node:child_process";
import { cpus } from "node:os";
import { benchScoring } from "./bench/score";
import { benchPdf } from "./bench-pdf";
import { benchBrowser } from "./bench-browser";
import { benchReportDownload } from "./bench-report-download";
import { benchFileCheck } from "./bench-file-check";

const machine = `${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
const figures: Record<string, number | string> = { machine };
console.log(`machine: ${machine}`);

function report(label: string, value: number, unit: string, budget: number): void {
  const verdict = value <= budget ? "within" : "OVER";
  console.log(`${label}: ${value} ${unit} (${verdict} budget of ${budget} ${unit})`);
}

Object.assign(figures, benchScoring());
report("scoring 1,000 complete assessments, median of 5", figures.scoreThousandMs as number, "ms", 100);

const node = await benchPdf();
figures.pdfFullReportNodeMs = node.pdfFullReportMs;
figures.pdfBytes = node.pdfBytes;
report("full gap report PDF (Examplia 2026 vs 2024) in Node, median of 5", node.pdfFullReportMs, "ms", 1000);
figures.pdfArabicReportNodeMs = node.pdfArabicReportMs;
report("the same, right to left with Arabic in every answer, in Node, median of 5", node.pdfArabicReportMs, "ms", 1000);

execSync("npx vite build --logLevel error", { stdio: "inherit" });
Object.assign(figures, await benchBrowser());
report("first page JavaScript, gzip", figures.initialJsGzipKb as number, "KB", 125);
report("Continue to next question shown, headless Chromium, median of 24", figures.continueToNextQuestionMs as number, "ms", 50);
const download = await benchReportDownload();
figures.pdfFullReportMs = download.reportDownloadMs;
figures.pdfFirstDownloadMs = download.reportDownloadFirstMs;
report("full gap report PDF, Download PDF pressed to file saved, headless Chromium, median of 5", download.reportDownloadMs, "ms", 1000);
report("  the same, first press (PDF code and fonts loaded then)", download.reportDownloadFirstMs, "ms", 1000);

const files = await benchFileCheck({ log: console.log });
Object.assign(figures, files);
report(`checking a 5 MB file on the import page, worst shape known (${files.fileCheckWorstShape}), headless Chromium, median of 3`, files.fileCheckWorstMs, "ms", 1000);
report("  longest frame while a file is checked (the check runs in a worker)", files.fileCheckLongestFrameMs, "ms", 200);
report("PDF of an assessment with 20,000-character evidence on every answer, Download PDF to file saved, headless Chromium", files.pdfLongEvidenceMs, "ms", 10_000);
report("  longest frame meanwhile (the PDF is made in a worker)", files.pdfLongEvidenceLongestFrameMs, "ms", 500);

console.log(JSON.stringify(figures));
