// The PDF gap report: ReportModel -> bytes. Imported only on demand (from the
// "Download PDF" button), with jsPDF and the embedded fonts, so none of it weighs on
// the first page. Untrusted text (names, evidence, comments) is only ever passed to
// doc.text / autotable cells as plain strings: never HTML, never images.
import { jsPDF } from "jspdf";
import type { ReportModel } from "../../../domain/report";
import { drawAnnex, drawArchive, drawGlossary } from "./annex";
import { drawCover } from "./cover";
import { decoratePages } from "./decorate";
import type { ReportFonts } from "./fonts";
import { FONT, makeCtx, newPage } from "./layout";
import { drawGaps } from "./gaps";
import { drawPlan } from "./plan";
import { drawScores } from "./scores";
import { drawSummary } from "./summary";
import { registerFonts } from "./text";

/** Called after each part of the report is drawn: `done` of `total` parts (the last one is writing the file). */
export type PdfProgress = (done: number, total: number) => void;

export function renderReportPdfWithFonts(model: ReportModel, fonts: ReportFonts, onProgress: PdfProgress = () => {}): Uint8Array<ArrayBuffer> {
  const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait", compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);
  doc.setFont(FONT, "normal");
  // Deterministic output: the date comes from the model, the file id from the content's identity.
  doc.setCreationDate(`D:${model.cover.generatedOn.replace(/-/g, "")}000000+00'00'`);
  doc.setFileId(fileId(`${model.cover.country}|${model.cover.year}|${model.cover.generatedOn}|${model.cover.questionnaire.id}`));
  doc.setDocumentProperties({ title: `${model.cover.title}: ${model.cover.country} ${model.cover.year}`, subject: model.cover.subtitle });
  // The document's language (Acrobat reads it aloud in it); "ar" for an Arabic report.
  doc.setLanguage(model.locale as "en");
  if (model.direction === "rtl") doc.viewerPreferences({ Direction: "R2L" });

  const ctx = makeCtx(doc, model);
  // The annex (every answer with its evidence) is most of the work: one part per section.
  const total = 7 + model.annex.length;
  let done = 0;
  const step = () => onProgress(++done, total);
  drawCover(ctx);
  newPage(ctx);
  drawSummary(ctx);
  step();
  drawScores(ctx);
  step();
  drawGaps(ctx);
  step();
  drawPlan(ctx);
  step();
  drawAnnex(ctx, step);
  drawArchive(ctx);
  drawGlossary(ctx);
  step();
  decoratePages(ctx);
  step();
  const bytes = new Uint8Array(doc.output("arraybuffer"));
  step();
  return bytes;
}

/** 32 hex digits from a string (FNV-1a, four rounds with different seeds): stable, not secret. */
function fileId(text: string): string {
  let out = "";
  for (let seed = 0; seed < 4; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.toUpperCase();
}
