// The Arabic report catalogue for tests, and an assessment whose user text is in Arabic.
import type { Catalogue } from "../../src/i18n/translate";
import { reportMessages, type ReportMessages } from "../../src/domain/report";
import type { Assessment } from "../../src/domain/assessment/assessment";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import { answer } from "./helpers";
import { assessment, miniWithAccents, withText } from "./report-fixtures";

export const AR_COUNTRY = "جمهورية المثال";
export const AR_MINISTRY = "وزارة العمل والتشغيل";
export const AR_EVIDENCE = "المرسوم رقم 12 لسنة 2024 بشأن التنسيق";
export const AR_COMMENT = "يجتمع مرتين";

/** The app's own report catalogue, checked complete in Arabic; tests that need a gap in it copy and change it. */
export function arabicCatalogue(): Catalogue<ReportMessages> {
  const ar = reportMessages.ar;
  if (!ar || Object.keys(reportMessages.en).some((key) => !ar[key as keyof ReportMessages])) throw new Error("The Arabic report catalogue is incomplete");
  return { en: reportMessages.en, ar };
}

/** The mini questionnaire with one ministry named in Arabic. */
export function miniWithArabic(): Questionnaire {
  const q = miniWithAccents();
  return { ...q, ministries: q.ministries.map((m) => (m.id === "labour" ? { ...m, name: { en: AR_MINISTRY } } : m)) };
}

/** A complete assessment: country, evidence and comments typed in Arabic, mixed with Latin and digits. */
export function arabicAssessment(): Assessment {
  const a = assessment(2026, {
    "inst.body": withText(answer("paper"), AR_EVIDENCE, AR_COMMENT, "Señora Muñoz"),
    "inst.meets": withText(answer("no"), "Minutes of 2025 (محضر الاجتماع)", ""),
    "inst.budget": withText(answer("some"), "Budget law 2026, line 14.3", ""),
    "rights.diaspora": withText(answer("yes"), "قانون الانتخابات، المادة 4", ""),
    "rights.health": withText(answer("emergency"), "Health law 2019", "الرعاية الطارئة فقط"),
  });
  return { ...a, country: AR_COUNTRY, leadMinistry: "labour" };
}
