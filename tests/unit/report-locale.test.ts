// The language of the report (and so of its PDF): Arabic only once the Arabic report
// catalogue is complete; English, with the page's notes, until then.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildReport, reportLocale, reportMessages } from "../../src/domain/report";
import { ReportPage } from "../../src/features/report/ReportPage";
import { arabicAssessment, arabicCatalogue, miniWithArabic } from "./report-arabic-fixtures";

describe("reportLocale", () => {
  it("is Arabic when every report label has an Arabic text", () => {
    expect(reportLocale("ar", arabicCatalogue())).toBe("ar");
  });

  it("stays English while one Arabic label is missing or blank", () => {
    const full = arabicCatalogue();
    const { "page.number": _dropped, ...missing } = full.ar!;
    expect(reportLocale("ar", { ...full, ar: missing })).toBe("en");
    expect(reportLocale("ar", { ...full, ar: { ...full.ar, "annex.comment": " " } })).toBe("en");
    expect(reportLocale("ar", { en: full.en })).toBe("en");
  });

  it("follows the app's own catalogue: Arabic exactly when it is complete", () => {
    const ar = reportMessages.ar;
    const complete = !!ar && Object.keys(reportMessages.en).every((k) => (ar as Record<string, string | undefined>)[k]?.trim());
    expect(reportLocale("ar")).toBe(complete ? "ar" : "en");
  });

  it("is English for a partly translated language, left to right too (no half-translated report)", () => {
    expect(reportLocale("fr", { en: reportMessages.en, fr: { "report.title": "Rapport" } })).toBe("en");
    expect(reportLocale("xx", arabicCatalogue())).toBe("en");
  });
});

describe("an Arabic report model", () => {
  const model = buildReport({ questionnaire: miniWithArabic(), assessment: arabicAssessment(), generatedOn: "2026-03-01", locale: "ar", catalogue: arabicCatalogue() });

  it("is right to left with Arabic labels", () => {
    expect(model.direction).toBe("rtl");
    expect(model.cover.title).toBe("تقرير فجوات اتساق السياسات");
    expect(model.labels["page.number"]).toBe("الصفحة {page} من {pages}");
  });

  it("gives the Arabic page no English-only note: the page and its PDF are both in Arabic", () => {
    const html = renderToStaticMarkup(createElement(ReportPage, { model, uiLocale: "ar" }));
    expect(html).toContain('<div class="report" lang="ar" dir="rtl">');
    expect(html).not.toContain("report-notes");
    expect(html).toContain(">تنزيل ملف PDF</button>");
  });
});
