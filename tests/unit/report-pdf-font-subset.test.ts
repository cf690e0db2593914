// The PDF's font handling made fast must not change a byte of what jsPDF would write:
// the cut-down font keeps every glyph, width and character, and the font program written
// with typed arrays is jsPDF's own, byte for byte, and Arabic shaped word by word is what
// jsPDF's shaper gives for the whole text.
import { jsPDF } from "jspdf";
import { describe, expect, it } from "vitest";
import { arabicFonts } from "../../src/features/report/pdf/arabicFonts";
import { shapeArabic } from "../../src/features/report/pdf/arabicShaping";
import { reportFonts } from "../../src/features/report/pdf/fonts";
import { writeFontSubset, type TtfFont } from "../../src/features/report/pdf/fontSubset";
import { ARABIC_FONT, ensureArabicFont, FONT, registerFonts } from "../../src/features/report/pdf/text";
import { trimFont } from "../../src/features/report/pdf/trimFont";

type Metadata = TtfFont & {
  glyIdsUsed: number[];
  Unicode: { widths: unknown[] };
  characterToGlyph(code: number): number;
  widthOfGlyph(id: number): number;
  post: { format: number };
};
const metadata = (doc: jsPDF, name: string, style: string) => (doc as unknown as { getFont(n: string, s: string): { metadata: Metadata } }).getFont(name, style).metadata;

function docWith(fonts: { regular: string; bold: string }, name: string, trim: (font: string) => string): jsPDF {
  const doc = new jsPDF();
  doc.addFileToVFS(`${name}.ttf`, trim(fonts.regular));
  doc.addFont(`${name}.ttf`, name, "normal");
  return doc;
}

const LATIN = "Policy coherence: ÉÀçñ ßøæ œ ǅ ǻ ḝ ẫ ự Ωδ Жё «» — 0123456789 %/";
const ARABIC = "المرسوم رقم ١٢ لسنة ٢٠٢٤ بشأن التنسيق بين الوزارات لا ﻻ";

describe("the fonts cut to the tables jsPDF reads", () => {
  it.each([
    ["Noto Sans", reportFonts, LATIN],
    ["Noto Sans Arabic", arabicFonts, ARABIC],
  ])("%s keeps each character's glyph and width, and drops the glyph names and layout tables", (_, fonts, text) => {
    const whole = metadata(docWith(fonts, "F", (f) => f), "F", "normal");
    const cut = metadata(docWith(fonts, "F", trimFont), "F", "normal");
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      expect(cut.characterToGlyph(code)).toBe(whole.characterToGlyph(code));
      expect(cut.widthOfGlyph(cut.characterToGlyph(code))).toBe(whole.widthOfGlyph(whole.characterToGlyph(code)));
    }
    expect(cut.post.format).toBe(0x00030000);
    expect(Object.keys(cut.directory.tables).sort()).toEqual(["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"]);
    expect(cut.rawData.length).toBeLessThan(whole.rawData.length * 0.8);
  });
});

describe("the embedded font program", () => {
  it.each([
    [FONT, "normal", LATIN],
    [FONT, "bold", `${LATIN} Ǻ`],
    [ARABIC_FONT, "normal", ARABIC],
    [ARABIC_FONT, "bold", ARABIC.slice(0, 20)],
  ])("for %s %s is byte for byte what jsPDF writes", (name, style, text) => {
    const doc = new jsPDF();
    registerFonts(doc, { ...reportFonts, arabic: arabicFonts });
    ensureArabicFont(doc);
    doc.setFont(name, style);
    doc.text(text, 10, 10);
    const font = metadata(doc, name, style);
    const ids = [...font.glyIdsUsed];
    expect(ids.length).toBeGreaterThan(10);
    const jspdf = Object.getPrototypeOf(font.subset).encode.call(font.subset, ids, 1) as number[];
    const ours = writeFontSubset(font, ids);
    expect(ours.length).toBe(jspdf.length);
    expect(Buffer.from(ours).equals(Buffer.from(jspdf))).toBe(true);
    // And it is what the document embeds.
    expect(Buffer.from(font.subset.encode(ids, 1) as Uint8Array).equals(Buffer.from(jspdf))).toBe(true);
  });

  it("records each glyph used once, and answers jsPDF's width look-up", () => {
    const doc = new jsPDF();
    registerFonts(doc, reportFonts);
    doc.setFont(FONT, "normal");
    doc.text("aaaa bbbb aaaa", 10, 10);
    const font = metadata(doc, FONT, "normal");
    const a = font.characterToGlyph("a".charCodeAt(0));
    expect(font.glyIdsUsed.filter((id) => id === a)).toHaveLength(1);
    expect(new Set(font.glyIdsUsed).size).toBe(font.glyIdsUsed.length);
    expect(font.Unicode.widths.indexOf(a)).toBeGreaterThanOrEqual(0);
    expect(font.Unicode.widths[font.Unicode.widths.indexOf(a) + 1]).toEqual([Math.round(font.widthOfGlyph(a))]);
    expect(font.Unicode.widths.indexOf(font.characterToGlyph("z".charCodeAt(0)))).toBe(-1);
  });
});

describe("Arabic shaped once per word", () => {
  const jspdfShaping = (jsPDF.API as unknown as { __arabicParser__: { processArabic(text: string): string } }).__arabicParser__.processArabic;
  const texts = [
    ARABIC,
    "لا إله ألا أنت، لأن الإلا",
    "مرحبا بالعالم\nسطر جديد\tمع علامة",
    "  مسافات   كثيرة  ",
    "ﻻ ﻷ ﻵ لآ لأ لإ لا",
    "Decree 12/2024 المرسوم (Decree) 12 بشأن",
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ",
    "ـــ ء آ أ ؤ إ ئ ا ب ة ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ى ي",
    "پ چ ژ گ ک ی ۀ",
    LATIN,
    "Жё Ωδ",
    "",
  ];

  it.each(texts)("gives jsPDF's shaping of %j", (text) => {
    expect(shapeArabic(text)).toBe(jspdfShaping(text));
    // A second time (from the cache), the same.
    expect(shapeArabic(text)).toBe(jspdfShaping(text));
  });

  it("leaves text without Arabic script as it is, and measures Arabic as jsPDF shapes it", () => {
    expect(shapeArabic(LATIN)).toBe(LATIN);
    const doc = new jsPDF();
    registerFonts(doc, { ...reportFonts, arabic: arabicFonts });
    ensureArabicFont(doc);
    doc.setFont(ARABIC_FONT, "normal");
    const font = metadata(doc, ARABIC_FONT, "normal") as Metadata & { widthOfString(text: string, size: number, charSpace: number): number };
    expect(doc.getStringUnitWidth("لا بأس")).toBeCloseTo(font.widthOfString(jspdfShaping("لا بأس"), doc.getFontSize(), 0) / doc.getFontSize(), 12);
  });
});
