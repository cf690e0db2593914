// Assessments for the report tests, built on the mini questionnaire (and the national one when present).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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

/** Writes the PDF to a temp file and returns pdftotext -layout output (pages separated by form feeds). */
export function pdfText(bytes: Uint8Array, name = "report"): { text: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  try {
    const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
    return { text, path };
  } catch (e) {
    throw new Error(`pdftotext failed (install poppler-utils: sudo apt-get install -y poppler-utils): ${String(e)}`);
  }
}
