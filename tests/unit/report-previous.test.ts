// Which assessment the report compares with, the language it is written in, and the PDF's file name.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildReport, reportLocale } from "../../src/domain/report";
import { findPrevious } from "../../src/domain/report/previous";
import { reportFileName } from "../../src/features/report/download";
import { ReportPage } from "../../src/features/report/ReportPage";
import { assessment, miniWithAccents } from "./report-fixtures";

const named = (id: string, country: string, year: number, updatedAt = "2026-01-01T00:00:00.000Z") => ({ ...assessment(year, {}), id, country, updatedAt });

describe("findPrevious", () => {
  const current = named("c", "Republic of Examplia", 2026);

  it("takes the latest earlier year of the same country, matching names as the compare page does", () => {
    const saved = [current, named("a", "Republic of Examplia", 2022), named("b", "  republic   of EXAMPLIA ", 2024), named("x", "Sampleland", 2025)];
    expect(findPrevious(current, saved)?.id).toBe("b");
  });

  it("ignores the same and later years and other countries; null when nothing is left", () => {
    const saved = [current, named("same", "Republic of Examplia", 2026), named("later", "Republic of Examplia", 2028), named("other", "Sampleland", 2020)];
    expect(findPrevious(current, saved)).toBeNull();
  });

  it("prefers the most recently updated of two assessments of the same earlier year", () => {
    const saved = [named("old", "Republic of Examplia", 2024, "2025-01-01T00:00:00.000Z"), named("new", "Republic of Examplia", 2024, "2025-06-01T00:00:00.000Z")];
    expect(findPrevious(current, saved)?.id).toBe("new");
    expect(findPrevious(current, [...saved].reverse())?.id).toBe("new");
  });
});

describe("reportFileName", () => {
  const q = miniWithAccents();
  const model = (country: string) => buildReport({ questionnaire: q, assessment: { ...assessment(2026, {}), country }, generatedOn: "2026-03-01", locale: "en" });

  it("names the file after country and year, dropping accents and keeping other scripts readable", () => {
    expect(reportFileName(model("Côte d'Ivoire"))).toBe("gap-report-Cote-d-Ivoire-2026-2026-03-01.pdf");
    expect(reportFileName(model("المغرب"))).toBe("gap-report-المغرب-2026-2026-03-01.pdf");
    expect(reportFileName(model("a/b\\c:d*e?<>|"))).toBe("gap-report-a-b-c-d-e-2026-2026-03-01.pdf");
  });
});

describe("report language", () => {
  it("is the reader's language once the report text is translated, English until then", () => {
    expect(reportLocale("en")).toBe("en");
    expect(reportLocale("xx")).toBe("en");
  });

  it("tells an Arabic reader, in Arabic, when a report (and its PDF) is in English", () => {
    const model = buildReport({ questionnaire: miniWithAccents(), assessment: assessment(2026, {}), generatedOn: "2026-03-01", locale: "en" });
    const html = renderToStaticMarkup(createElement(ReportPage, { model, uiLocale: "ar" }));
    expect(html).toContain('<div class="report" lang="en" dir="ltr">');
    expect(html).toContain('<div lang="ar" dir="rtl"><div class="inset-text report-notes"><p>لم يُترجم التقرير نفسه إلى العربية بعد');
    expect(html).toContain("<p>سيكون ملف PDF باللغة الإنجليزية، مثل التقرير في هذه الصفحة.</p>");
    expect(html).toContain(">تنزيل ملف PDF</button>");
    const english = renderToStaticMarkup(createElement(ReportPage, { model }));
    expect(english).not.toContain("report-notes");
  });
});
