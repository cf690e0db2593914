// An Arabic report catalogue for tests (the app's own lives in src/domain/report/messages.ts
// and is being filled in elsewhere), and an assessment whose user text is in Arabic.
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

const arabic: Partial<ReportMessages> = {
  "report.title": "تقرير فجوات اتساق السياسات",
  "report.subtitle": "الهجرة والتنمية: تقييم ذاتي",
  "cover.country": "البلد",
  "cover.year": "السنة",
  "cover.perspective": "المنظور",
  "cover.questionnaire": "الاستبيان",
  "cover.questionnaireVersion": "{title}، الإصدار {version}",
  "cover.generatedOn": "تاريخ التقرير",
  "cover.status": "الحالة",
  "cover.leadMinistry": "الوزارة الرائدة",
  "status.draft": "مسودة: أُجيب عن {answered} من {applicable} سؤالًا",
  "status.final": "نهائي: أُجيب عن جميع الأسئلة ({applicable})",
  "watermark.draft": "مسودة",
  "summary.heading": "الملخص",
  "summary.overall": "مؤشر الاتساق العام",
  "summary.outOf100": "من 100",
  "summary.category": "الفئة",
  "scores.heading": "الدرجات حسب البُعد",
  "scores.dimension": "البُعد",
  "scores.score": "الدرجة (0-100)",
  "gaps.heading": "الفجوات حسب الأولوية",
  "gaps.item": "الفجوة {rank}: {question}",
  "gaps.lead": "الوزارة الرائدة المقترحة",
  "plan.heading": "خطة العمل",
  "annex.heading": "ملحق: جميع الإجابات",
  "annex.question": "السؤال",
  "annex.answer": "الإجابة",
  "annex.evidence": "الدليل",
  "annex.comment": "التعليق",
  "annex.answeredBy": "أجاب",
  "page.number": "الصفحة {page} من {pages}",
};

/** Every key in Arabic: the phrases above, and for the rest an Arabic word with the English placeholders kept. */
export function arabicCatalogue(): Catalogue<ReportMessages> {
  const ar = Object.fromEntries(
    Object.entries(reportMessages.en).map(([key, en]) => [key, arabic[key as keyof ReportMessages] ?? ["نص", ...(en.match(/\{\w+\}/g) ?? [])].join(" ")]),
  ) as ReportMessages;
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
