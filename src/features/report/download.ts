// Saves the PDF: the renderer (jsPDF, fonts) is loaded only now, in its own chunks, and runs
// in a Web Worker (pdf-worker.ts) so a long report never freezes the page; where a worker
// cannot start (or in Node), it runs here instead.
import type { ReportModel } from "../../domain/report";
import { hasArabicScript } from "./pdf/bidi";
import type { FontPair } from "./pdf/fonts";
import { downloadFile } from "../../ui/download";

export type PdfProgress = (done: number, total: number) => void;
export interface PdfJob {
  model: ReportModel;
  arabic?: FontPair;
}
export type PdfReply = { kind: "progress"; done: number; total: number } | { kind: "done"; bytes: Uint8Array<ArrayBuffer> } | { kind: "failed"; reason: string };

export function reportFileName(model: ReportModel): string {
  // Letters of any script are kept (an Arabic country name stays readable); accents, spaces
  // and anything a file system could object to become plain letters or "-".
  const safe = `${model.cover.country}-${model.cover.year}`
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `gap-report-${safe || "assessment"}-${model.cover.generatedOn}.pdf`;
}

/** The PDF's bytes. jsPDF and Noto Sans load now; Noto Sans Arabic (its own chunk) only for a report with Arabic script in it. */
export async function makeReportPdf(model: ReportModel, onProgress?: PdfProgress): Promise<Uint8Array<ArrayBuffer>> {
  const arabic = hasArabicScript(JSON.stringify(model)) ? (await import("./pdf/arabicFonts")).arabicFonts : undefined;
  const job: PdfJob = arabic ? { model, arabic } : { model };
  const made = typeof Worker === "function" ? await inWorker(job, onProgress) : null;
  if (made) return made;
  const { renderReportPdf } = await import("./pdf");
  return renderReportPdf(model, arabic, onProgress);
}

/** The bytes from a worker; null when the worker could not start (then the caller makes them here). */
function inWorker(job: PdfJob, onProgress?: PdfProgress): Promise<Uint8Array<ArrayBuffer> | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./pdf-worker.ts", import.meta.url), { type: "module", name: "report-pdf" });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      if (reply.kind === "progress") return onProgress?.(reply.done, reply.total);
      worker.terminate();
      if (reply.kind === "done") resolve(reply.bytes);
      else reject(new Error(reply.reason));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(null);
    };
    worker.postMessage(job);
  });
}

export async function downloadReportPdf(model: ReportModel, onProgress?: PdfProgress): Promise<string> {
  const bytes = await makeReportPdf(model, onProgress);
  const file = reportFileName(model);
  downloadFile(file, bytes, "application/pdf");
  return file;
}
