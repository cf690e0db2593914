// Saves the PDF: the renderer (jsPDF, fonts) is imported only now, in its own chunks.
import type { ReportModel } from "../../domain/report";
import { hasArabicScript } from "./pdf/bidi";

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
export async function makeReportPdf(model: ReportModel): Promise<Uint8Array<ArrayBuffer>> {
  const [{ renderReportPdf }, arabic] = await Promise.all([
    import("./pdf"),
    hasArabicScript(JSON.stringify(model)) ? import("./pdf/arabicFonts") : Promise.resolve(null),
  ]);
  return renderReportPdf(model, arabic?.arabicFonts);
}

export async function downloadReportPdf(model: ReportModel): Promise<string> {
  const bytes = await makeReportPdf(model);
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  const file = reportFileName(model);
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Let the click start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return file;
}
