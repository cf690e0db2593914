// Saves the PDF: the renderer (jsPDF, fonts) is imported only now, in its own chunk.
import type { ReportModel } from "../../domain/report";

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

export async function downloadReportPdf(model: ReportModel): Promise<string> {
  const { renderReportPdf } = await import("./pdf");
  const bytes = renderReportPdf(model);
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
