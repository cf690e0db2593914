// Entry point of the lazily loaded PDF chunk: import("./pdf") from the report page.
import type { ReportModel } from "../../../domain/report";
import { reportFonts } from "./fonts";
import { renderReportPdfWithFonts } from "./render";

export function renderReportPdf(model: ReportModel): Uint8Array<ArrayBuffer> {
  return renderReportPdfWithFonts(model, reportFonts);
}
