// Entry point of the lazily loaded PDF chunk: import("./pdf") from the report page.
import type { ReportModel } from "../../../domain/report";
import { reportFonts, type FontPair } from "./fonts";
import { renderReportPdfWithFonts, type PdfProgress } from "./render";

export type { PdfProgress };

/** The PDF of a report; `arabic` (arabicFonts.ts) is needed when the report has Arabic script in it. */
export function renderReportPdf(model: ReportModel, arabic?: FontPair, onProgress?: PdfProgress): Uint8Array<ArrayBuffer> {
  return renderReportPdfWithFonts(model, arabic ? { ...reportFonts, arabic } : reportFonts, onProgress);
}
