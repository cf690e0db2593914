// Assessments for the report tests, built on the mini questionnaire (and the national one when present).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newAssessment, type Answer, type Assessment } from "../../src/domain/assessment/assessment";
import type { Perspective, Questionnaire } from "../../src/domain/questionnaire/schema";
import { answer, dontKnow, mini } from "./helpers";

export const FRENCH_MINISTRY = "Ministère de l'Économie";
export const RUSSIAN_MINISTRY = "Министерство труда";
export const ANSWERED_BY = "Señora Muñoz";

/** mini.json with ministry names in French and Russian, to prove the font covers them. */
export function miniWithAccents(): Questionnaire {
  const q = mini();
  return {
    ...q,
    ministries: [
      { id: "planning", name: { en: FRENCH_MINISTRY } },
      { id: "labour", name: { en: RUSSIAN_MINISTRY } },
    ],
  };
}

export function assessment(year: number, answers: Record<string, Answer>, perspective: Perspective = "both", questionnaire = { id: "mini", version: 1 }): Assessment {
  const a = newAssessment(
    { id: `a-${year}`, country: "Republic of Examplia", year, perspective, leadMinistry: "planning", title: `Examplia ${year}`, questionnaire },
    `${year}-01-01T00:00:00.000Z`,
  );
  return { ...a, answers };
}

export const withText = (a: Answer, evidence: string, comment = "", answeredBy = ANSWERED_BY): Answer => ({ ...a, evidence, comment, answeredBy });

/** Mini, perspective both: partial answers (one missing), so a draft. */
export function draftMini(): Assessment {
  return assessment(2026, {
    "inst.body": withText(answer("paper"), "Decree 12/2024 on coordination", "Meets rarely"),
    "inst.meets": withText(answer("no"), "Minutes of 2025", ""),
    "inst.budget": withText(dontKnow(), "", "Finance did not reply"),
    "rights.diaspora": withText(answer("yes"), "Electoral law art. 4", ""),
  });
}

/** Mini, perspective both: every question answered (so final), with a 5,000-character evidence text. */
export function completeMini(longEvidence: string): Assessment {
  return assessment(2026, {
    "inst.body": withText(answer("paper"), "Decree 12/2024 on coordination", "Meets rarely"),
    "inst.meets": withText(answer("no"), longEvidence, "See the minutes"),
    "inst.budget": withText(answer("some"), "Budget law 2026, line 14.3", ""),
    "rights.diaspora": withText(answer("yes"), "Electoral law art. 4", ""),
    "rights.health": withText(answer("emergency"), "Health law 2019", "Emergency care only"),
  });
}

/** A long evidence text of exactly 5,000 characters with numbered markers to check nothing is lost. */
export function longEvidence(): string {
  let s = "";
  for (let n = 1; s.length < 5000; n++) s += `Clause-${String(n).padStart(3, "0")} of the implementing decree on the coordination body, published in the official gazette. `;
  return s.slice(0, 5000);
}

function run(cmd: string, args: string[]): Buffer {
  try {
    return execFileSync(cmd, args, { maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`${cmd} failed; it comes with poppler-utils (sudo apt-get install -y poppler-utils): ${String(e)}`);
  }
}

export interface PdfText {
  path: string;
  /** pdftotext -layout, one string per page. */
  pages: string[];
  /** pdftotext -raw (content-stream order: a cell's wrapped lines stay together). */
  raw: string;
}

/** Writes the PDF to a temp file and extracts its text with poppler's pdftotext. */
export function pdfText(bytes: Uint8Array, name = "report"): PdfText {
  const dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const layout = run("pdftotext", ["-layout", path, "-"]).toString("utf8");
  const pages = layout.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return { path, pages, raw: run("pdftotext", ["-raw", path, "-"]).toString("utf8") };
}

/** Collapses runs of whitespace, so text wrapped over several lines compares as one string. */
export const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Renders each page to a small PPM (pdftoppm) and counts the pale red pixels of the
 * DRAFT watermark (10% opaque red on white); pdftotext skips rotated text.
 */
export function watermarkPixelsPerPage(path: string): number[] {
  const out = join(mkdtempSync(join(tmpdir(), "report-ppm-")), "page");
  run("pdftoppm", ["-r", "20", path, out]);
  const dir = out.slice(0, out.lastIndexOf("/"));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ppm"))
    .sort()
    .map((f) => countPale(readFileSync(join(dir, f))));
}

function countPale(ppm: Buffer): number {
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  let offset = 0;
  for (let fields = 0; fields < 4; fields++) {
    while (/\s/.test(String.fromCharCode(ppm[offset]!))) offset++;
    while (!/\s/.test(String.fromCharCode(ppm[offset]!))) offset++;
  }
  offset++;
  let n = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) {
    const [r, g, b] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
    if (r >= 245 && r - g >= 8 && r - b >= 8 && g >= 215) n++;
  }
  return n;
}
