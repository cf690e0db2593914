// Arabic in the PDF gap report, read back with poppler: Arabic user text in an English
// report, a whole Arabic (right-to-left) report built with a test catalogue, hostile bidi
// controls, and a glyph test of the two fonts. pdftotext gives Arabic as presentation
// forms (normalised here with NFKC); -raw lists words in the order they are drawn, left to
// right, each word's letters in reading order; -bbox gives each word's position.
import { execFileSync } from "node:child_process";
import { jsPDF } from "jspdf";
import { describe, expect, it } from "vitest";
import { buildReport, type ReportModel } from "../../src/domain/report";
import { makeReportPdf } from "../../src/features/report/download";
import { renderReportPdf } from "../../src/features/report/pdf";
import { arabicFonts } from "../../src/features/report/pdf/arabicFonts";
import { fontOf } from "../../src/features/report/pdf/bidi";
import { reportFonts } from "../../src/features/report/pdf/fonts";
import { ARABIC_FONT, ensureArabicFont, FONT, registerFonts } from "../../src/features/report/pdf/text";
import { answer } from "./helpers";
import { AR_COMMENT, AR_COUNTRY, AR_EVIDENCE, AR_MINISTRY, arabicAssessment, arabicCatalogue, miniWithArabic } from "./report-arabic-fixtures";
import { draftMini, miniWithAccents, pdfText, squash, withText } from "./report-fixtures";

const HOSTILE_LATIN = "\u202Eexe.pdf report \u2066signed\u2069 done";
const HOSTILE_ARABIC = "\u202Bوزارة\u202C \u202Dfinance\u202C";

function render(locale: "en" | "ar", hostile = false): { model: ReportModel; bytes: Uint8Array } {
  const a = arabicAssessment();
  const assessment = hostile
    ? { ...a, answers: { ...a.answers, "inst.budget": withText(answer("some"), HOSTILE_LATIN, HOSTILE_ARABIC) } }
    : a;
  const model = buildReport({ questionnaire: miniWithArabic(), assessment, generatedOn: "2026-03-01", locale, catalogue: arabicCatalogue() });
  return { model, bytes: renderReportPdf(model, arabicFonts) };
}

/** NFKC (presentation forms back to letters) without poppler's own embedding marks. */
const norm = (s: string) => s.normalize("NFKC").replace(/[\u202A-\u202E]/g, "");
/** An Arabic phrase as -raw lists it: its words drawn right to left (punctuation after a word ends up on its left). */
const drawnRtl = (phrase: string) =>
  phrase
    .split(" ")
    .reverse()
    .map((w) => w.replace(/^(.*?)([،:]+)$/, "$2$1"))
    .join(" ");

interface Word { text: string; x: number; xMax: number; y: number }

/** Words of one page with their positions (pt); Arabic words in reading order. */
function words(path: string, page: number): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), path, "-"]).toString("utf8");
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => {
    const drawn = m[4]!.replace(/&amp;/g, "&");
    // -bbox gives a word's glyphs as drawn: an Arabic word comes out reversed.
    const text = /[\uFB50-\uFDFF\uFE70-\uFEFF\u0600-\u06FF]/.test(drawn) ? Array.from(drawn).reverse().join("") : drawn;
    return { text: norm(text).replace(/[()]/g, ""), x: Number(m[1]), xMax: Number(m[3]), y: Number(m[2]) };
  });
}

function find(list: Word[], text: string): Word {
  const w = list.find((x) => x.text === text);
  expect(w, `"${text}" on the page (${list.map((x) => x.text).join(" ")})`).toBeDefined();
  return w!;
}

const fonts = (path: string) => execFileSync("pdffonts", [path]).toString("utf8");

const english = render("en", true);
const englishPdf = pdfText(english.bytes, "arabic-in-english");
const arabic = render("ar", true);
const arabicPdf = pdfText(arabic.bytes, "arabic-report");

describe("Arabic user text in an English report", () => {
  it("keeps the country, ministry, evidence and comments in Arabic, each phrase drawn right to left", () => {
    const raw = squash(norm(englishPdf.raw));
    for (const phrase of [AR_COUNTRY, AR_MINISTRY, AR_EVIDENCE, AR_COMMENT, "قانون الانتخابات، المادة 4", "الرعاية الطارئة فقط"]) {
      expect(raw).toContain(drawnRtl(phrase));
    }
    expect(squash(norm(englishPdf.pages[0]!))).toContain("Policy coherence gap report");
    // Latin around the Arabic stays where it was: "Minutes of 2025" first, the Arabic in its brackets after it.
    expect(raw.replace(/[()]/g, "")).toContain(`Minutes of 2025 ${drawnRtl("محضر الاجتماع")}`);
  });

  it("orders mixed Latin, Arabic and digits as they read", () => {
    const annex = englishPdf.pages.length;
    const page = words(englishPdf.path, annex);
    // The evidence is an Arabic paragraph: each word sits left of the one before it.
    const evidence = AR_EVIDENCE.split(" ").map((w) => find(page, w).x);
    for (let i = 1; i < evidence.length; i++) expect(evidence[i]!).toBeLessThan(evidence[i - 1]!);
    // A Latin paragraph with Arabic in brackets: Latin left to right, then the Arabic right to left.
    const [minutes, mahdar, ijtima] = [find(page, "Minutes"), find(page, "محضر"), find(page, "الاجتماع")];
    expect(minutes.x).toBeLessThan(ijtima.x);
    expect(ijtima.x).toBeLessThan(mahdar.x);
  });

  it("embeds Noto Sans Arabic next to Noto Sans", () => {
    const list = fonts(englishPdf.path);
    expect(list).toMatch(/^NotoSansArabic\s+CID TrueType\s+Identity-H\s+yes/m);
    expect(list).toMatch(/^NotoSans\s+CID TrueType\s+Identity-H\s+yes/m);
  });

  it("loads and embeds the Arabic font only for a report with Arabic in it (as the Download button makes it)", async () => {
    const model = buildReport({ questionnaire: miniWithAccents(), assessment: draftMini(), generatedOn: "2026-03-01", locale: "en" });
    const plain = pdfText(await makeReportPdf(model), "no-arabic");
    expect(fonts(plain.path)).not.toContain("NotoSansArabic");
    expect(fonts(plain.path)).toContain("NotoSans");
    const withArabic = pdfText(await makeReportPdf(english.model), "arabic-downloaded");
    expect(fonts(withArabic.path)).toContain("NotoSansArabic");
    expect(squash(norm(withArabic.raw))).toContain(drawnRtl(AR_MINISTRY));
    // Without the Arabic font the renderer says so rather than drawing blanks.
    expect(() => renderReportPdf(english.model)).toThrow("Arabic font was not loaded");
  });

  it("strips bidi overrides and isolates from user text: the rest of the line keeps its order", () => {
    const raw = squash(norm(englishPdf.raw));
    expect(raw).toContain("exe.pdf report signed done");
    expect(raw).toContain(`وزارة finance`);
    const page = words(englishPdf.path, englishPdf.pages.length);
    const [exe, report, signed, done] = ["exe.pdf", "report", "signed", "done"].map((w) => find(page.filter((x) => x.x > 250), w));
    expect(exe!.x).toBeLessThan(report!.x);
    expect(report!.x).toBeLessThan(signed!.x);
    expect(signed!.x).toBeLessThan(done!.x);
  });
});

describe("an Arabic report (right to left)", () => {
  it("sets the document language to Arabic and asks viewers for right-to-left", () => {
    const bytes = Buffer.from(arabic.bytes).toString("latin1");
    expect(bytes).toContain("/Lang (ar)");
    expect(bytes).toMatch(/\/Direction \/R2L/);
    expect(Buffer.from(english.bytes).toString("latin1")).toContain("/Lang (en)");
  });

  it("writes its labels in Arabic, with the page numbers on every page", () => {
    const { pages } = arabicPdf;
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(squash(norm(pages[0]!))).toContain("تقرير فجوات اتساق السياسات");
    const rawPages = arabicPdf.raw.split("\f").filter((p) => p.trim());
    expect(rawPages.length).toBe(pages.length);
    rawPages.forEach((p, n) => expect(squash(norm(p)), `page ${n + 1}`).toContain(drawnRtl(`الصفحة ${n + 1} من ${pages.length}`)));
    const raw = squash(norm(arabicPdf.raw));
    expect(raw).toContain(drawnRtl("المرفق: جميع الإجابات"));
    expect(raw).toContain(drawnRtl(AR_EVIDENCE));
  });

  it("aligns text on the right and mirrors the tables: the first column on the right", () => {
    const width = 595.28;
    const margin = 51.02; // 18 mm
    const cover = words(arabicPdf.path, 1);
    const title = find(cover, "تقرير");
    expect(title.xMax).toBeGreaterThan(width - margin - 3);
    expect(find(cover, "السياسات").x).toBeLessThan(title.x);
    // Cover rows: the label on the right, its value to the left of it.
    expect(find(cover, "البلد").x).toBeGreaterThan(find(cover, "المثال").xMax);
    const annex = words(arabicPdf.path, arabicPdf.pages.length);
    const question = find(annex, "السؤال");
    const comment = find(annex, "التعليق");
    expect(question.x).toBeGreaterThan(find(annex, "الإجابة").x);
    expect(find(annex, "الإجابة").x).toBeGreaterThan(find(annex, "الأدلة").x);
    expect(find(annex, "الأدلة").x).toBeGreaterThan(comment.x);
    expect(question.xMax).toBeGreaterThan(width - margin - 10);
    // An English question in an Arabic table is a left-to-right paragraph, aligned right in its cell.
    const body = find(annex, "body?");
    expect(body.xMax).toBeGreaterThan(width - margin - 10);
  });

  it("keeps hostile overrides from reordering an Arabic line", () => {
    const raw = squash(norm(arabicPdf.raw));
    expect(raw).toContain("exe.pdf report signed done");
    // In a right-to-left report the Arabic word reads first, on the right of the Latin one.
    const page = words(arabicPdf.path, arabicPdf.pages.length);
    expect(find(page, "وزارة").x).toBeGreaterThan(find(page, "finance").x);
  });
});

describe("glyphs", () => {
  const doc = new jsPDF({ unit: "mm" });
  registerFonts(doc, { ...reportFonts, arabic: arabicFonts });
  ensureArabicFont(doc);
  const has = (font: string, style: string, ch: string) => {
    doc.setFont(font, style);
    return (doc.getFont().metadata as unknown as { characterToGlyph(c: number): number }).characterToGlyph(ch.codePointAt(0)!) > 0;
  };
  const arabicLetters = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, n) => String.fromCharCode(0x0621 + n));
  const shaped = (text: string) => Array.from((doc as unknown as { processArabic(t: string): string }).processArabic(text));

  it("has every joined form jsPDF's shaper makes, in both weights of Noto Sans Arabic", () => {
    const forms = new Set<string>();
    for (const l of [...arabicLetters, "پ", "چ", "ژ", "گ", "ک", "ی"]) for (const s of [l, `ب${l}`, `${l}ب`, `ب${l}ب`]) shaped(s).forEach((c) => forms.add(c));
    for (const s of ["لا", "لأ", "لإ", "لآ", "بلا", "الله"]) shaped(s).forEach((c) => forms.add(c));
    expect(forms.size).toBeGreaterThan(150);
    for (const style of ["normal", "bold"]) {
      const missing = [...forms].filter((c) => c !== "ب" && !has(ARABIC_FONT, style, c));
      expect(missing.map((c) => c.codePointAt(0)!.toString(16)), style).toEqual([]);
    }
  });

  it("draws each character with a font that has it: neutrals with both, Arabic with Noto Sans Arabic, the rest with Noto Sans", () => {
    const text = [AR_COUNTRY, AR_MINISTRY, AR_EVIDENCE, AR_COMMENT, "،؛؟ـ٠١٢٣٤٥٦٧٨٩٪", "Ministère de l'Économie · Министерство – Señora"].join("");
    const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, n) => String.fromCharCode(0x20 + n));
    for (const style of ["normal", "bold"]) {
      for (const ch of new Set([...text, ...ascii])) {
        const font = fontOf(ch);
        if (font !== "latin") expect(has(ARABIC_FONT, style, ch), `${ch} in Noto Sans Arabic`).toBe(true);
        if (font !== "arabic") expect(has(FONT, style, ch), `${ch} in Noto Sans`).toBe(true);
      }
    }
    // Noto Sans has no Arabic: why the runs need two fonts.
    expect(has(FONT, "normal", "و")).toBe(false);
  });
});
