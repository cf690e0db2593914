// Right-to-left text in the PDF, as pure functions: bidi controls stripped, levels, runs
// (direction + font) and their visual order. visualText() shows a line as drawn, left to
// right, with each right-to-left run's characters reversed (jsPDF does that reversal).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bidiLevels, cleanText, fontOf, isRtlParagraph, needsRuns, splitRuns, stripBidiControls, visualOrder, visualText,
} from "../../src/features/report/pdf/bidi";

const rev = (s: string) => Array.from(s).reverse().join("");
const MINISTRY = "وزارة";
const LABOUR = "العمل";

describe("bidi control characters", () => {
  it("removes every override, embedding, isolate and mark, and nothing else", () => {
    const controls = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
    expect(stripBidiControls(`a${controls.join("")}b`)).toBe("ab");
    expect(stripBidiControls("Decree 12/2024 — وزارة (é)")).toBe("Decree 12/2024 — وزارة (é)");
  });

  it("keeps a right-to-left override from reversing the rest of the line", () => {
    // "invoice\u202Efdp.exe" would show as "invoiceexe.pdf" where the override is obeyed.
    expect(visualText("invoice\u202Efdp.exe", false)).toBe("invoicefdp.exe");
    expect(visualText("\u202Egnp.exe is the file", false)).toBe("gnp.exe is the file");
    expect(visualText(`${MINISTRY} \u202Dabc\u202C \u2067def\u2069`, true)).toBe(`abc def ${rev(MINISTRY)}`);
  });

  it("leaves out Arabic vowel marks, which jsPDF cannot place", () => {
    expect(cleanText("أُجيب عن الأسئلة")).toBe("أجيب عن الأسئلة");
    expect(cleanText("تعذّر")).toBe("تعذر");
  });
});

describe("paragraph direction", () => {
  it("takes the report's direction when the text has a letter of it, else the direction of its letters", () => {
    expect(isRtlParagraph("Minutes of 2025", true)).toBe(false);
    expect(isRtlParagraph(`Mini questionnaire، الإصدار 1`, true)).toBe(true);
    expect(isRtlParagraph(`Minutes (${MINISTRY})`, false)).toBe(false);
    expect(isRtlParagraph(`${MINISTRY} 12`, false)).toBe(true);
    expect(isRtlParagraph("+17", true)).toBe(false);
    expect(isRtlParagraph("2026-03-01", false)).toBe(false);
  });

  it("only sends text with right-to-left letters or Arabic script down the run-by-run path", () => {
    expect(needsRuns("Ministère de l'Économie · Министерство")).toBe(false);
    expect(needsRuns(`Decree ${MINISTRY}`)).toBe(true);
    expect(needsRuns("٣")).toBe(true);
  });
});

describe("levels and visual order", () => {
  it("resolves levels: Arabic is 1 in a left-to-right line; Latin and digits are 2 in a right-to-left one", () => {
    expect(bidiLevels("ab وز", false)).toEqual([0, 0, 0, 1, 1]);
    expect(bidiLevels("وز ab 12", true)).toEqual([1, 1, 1, 2, 2, 2, 2, 2]);
    // Digits after Arabic letters are Arabic numbers (W2): level 2 in a left-to-right line.
    expect(bidiLevels("وز 12", false)).toEqual([1, 1, 1, 2, 2]);
    // Trailing spaces go back to the paragraph level (L1).
    expect(bidiLevels("وز  ", false)).toEqual([1, 1, 0, 0]);
  });

  it("reverses runs from the highest level down (L2)", () => {
    const runs = [0, 1, 1, 2, 2, 1, 0].map((level, n) => ({ level, n }));
    expect(visualOrder(runs).map((r) => r.n)).toEqual([0, 5, 3, 4, 2, 1, 6]);
    expect(visualOrder([])).toEqual([]);
  });

  it("reads an Arabic phrase right to left, keeping numbers left to right", () => {
    expect(visualText(`${MINISTRY} ${LABOUR}`, true)).toBe(rev(`${MINISTRY} ${LABOUR}`));
    expect(visualText("المرسوم رقم 12 لسنة 2024", true)).toBe(`2024 ${rev("لسنة")} 12 ${rev("رقم")} ${rev("المرسوم")}`);
    // Arabic-Indic digits stay in their own order too.
    expect(visualText("سنة ٢٠٢٤", false)).toBe(`٢٠٢٤ ${rev("سنة")}`);
  });

  it("puts Latin and Arabic in the right order in both kinds of line", () => {
    expect(visualText(`Minutes of 2025 (${MINISTRY} ${LABOUR})`, false)).toBe(`Minutes of 2025 (${rev(`${MINISTRY} ${LABOUR}`)})`);
    expect(visualText(`${MINISTRY} UNDP 2024`, true)).toBe(`UNDP 2024 ${rev(MINISTRY)}`);
    expect(visualText(`Mini questionnaire، الإصدار 1`, true)).toBe(`1 ${rev("الإصدار")} ،Mini questionnaire`);
    expect(visualText("Page 3 of 12", true)).toBe("Page 3 of 12");
  });
});

describe("runs", () => {
  it("cuts a line into runs of one direction and one font; spaces and digits go with their neighbours", () => {
    expect(splitRuns(`${MINISTRY} ${LABOUR} (Labour)`, false)).toEqual([
      { text: `${MINISTRY} ${LABOUR}`, level: 1, rtl: true, font: "arabic" },
      { text: " (Labour)", level: 0, rtl: false, font: "latin" },
    ]);
    expect(splitRuns(`لسنة 2024، ${MINISTRY}`, true)).toEqual([
      { text: "لسنة ", level: 1, rtl: true, font: "arabic" },
      { text: "2024", level: 2, rtl: false, font: "latin" },
      { text: `، ${MINISTRY}`, level: 1, rtl: true, font: "arabic" },
    ]);
  });

  it("draws Arabic script (its comma and question mark too) with Noto Sans Arabic, accents and Cyrillic with Noto Sans", () => {
    for (const ch of ["و", "،", "؟", "ـ", "٣", "ﻻ"]) expect(fontOf(ch), ch).toBe("arabic");
    for (const ch of ["é", "Ж", "·", "–", "a"]) expect(fontOf(ch), ch).toBe("latin");
    for (const ch of [" ", "1", "(", "%", "."]) expect(fontOf(ch), ch).toBeNull();
  });

  it("keeps every character once, and leaves left-to-right text as it is (property)", () => {
    const alphabet = fc.constantFrom(..."abc XYZ 123 ().,-+%/ وزارة العمل ٣٤ é\u202E\u2066".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join("")), fc.boolean(), (text, rtl) => {
        const shown = visualText(text, rtl);
        expect(Array.from(shown).sort()).toEqual(Array.from(cleanText(text)).sort());
        expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        if (!needsRuns(text) && !rtl) expect(shown).toBe(cleanText(text));
      }),
    );
  });
});
