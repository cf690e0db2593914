// Reading a typed figure and showing a stored one, in the four languages.
import { describe, expect, it } from "vitest";
import { parseFigure, parseFigureYear, type FigureRule } from "../../src/domain/number/parse";
import { figureAnswerText, figureInputText, figureWithUnit, formatFigure } from "../../src/domain/number/format";
import { fullMarksBand } from "../../src/domain/number/fullMarks";

const percent: FigureRule = { min: 0, max: 100, decimals: 2, percent: true };
const wide: FigureRule = { min: -1_000_000, max: 10_000_000, decimals: 3 };
const ok = (value: number) => ({ ok: true, value });
const no = (problem: string) => ({ ok: false, problem });

describe("parseFigure: valid figures", () => {
  it("reads a dot as the decimal separator in every language", () => {
    for (const locale of ["en", "fr", "es", "ar"] as const) expect(parseFigure("5.4", locale, percent)).toEqual(ok(5.4));
  });

  it("reads whole numbers, leading and trailing spaces, a leading decimal separator and zero", () => {
    expect(parseFigure("  12 ", "en", percent)).toEqual(ok(12));
    expect(parseFigure(".5", "en", percent)).toEqual(ok(0.5));
    expect(parseFigure("0", "en", percent)).toEqual(ok(0));
    expect(parseFigure("-0", "en", percent)).toEqual(ok(0));
    expect(Object.is((parseFigure("-0", "en", percent) as { value: number }).value, 0)).toBe(true);
  });

  it("accepts a decimal comma in French and Spanish", () => {
    expect(parseFigure("5,4", "fr", percent)).toEqual(ok(5.4));
    expect(parseFigure("5,45", "es", percent)).toEqual(ok(5.45));
    expect(parseFigure("0,07", "fr", percent)).toEqual(ok(0.07));
  });

  it("reads Arabic-Indic digits and the Arabic decimal separator in Arabic", () => {
    expect(parseFigure("٥٫٤", "ar", percent)).toEqual(ok(5.4));
    expect(parseFigure("١٢", "ar", percent)).toEqual(ok(12));
    expect(parseFigure("٣.٢٥", "ar", percent)).toEqual(ok(3.25));
    expect(parseFigure("۷٫۱", "ar", percent)).toEqual(ok(7.1)); // Eastern Arabic-Indic (Persian, Urdu keyboards)
    expect(parseFigure("\u200f٥٫٤\u200f", "ar", percent)).toEqual(ok(5.4)); // direction marks from a copied text
  });

  it("accepts thousands separators only where they cannot be a decimal separator", () => {
    expect(parseFigure("1,234,567.5", "en", wide)).toEqual(ok(1_234_567.5));
    expect(parseFigure("1 234 567,5", "fr", wide)).toEqual(ok(1_234_567.5));
    expect(parseFigure("1\u202f234,5", "fr", wide)).toEqual(ok(1234.5)); // narrow no-break space, as French formatting writes it
    expect(parseFigure("1\u00a0234", "es", wide)).toEqual(ok(1234));
    expect(parseFigure("1\u2009234", "en", wide)).toEqual(ok(1234)); // thin space
    expect(parseFigure("١٢٬٣٤٥٫٥", "ar", wide)).toEqual(ok(12345.5));
    expect(parseFigure("12,345.5", "ar", wide)).toEqual(ok(12345.5));
  });

  it("accepts a minus sign and a percent sign after a percentage", () => {
    expect(parseFigure("-12.5", "en", wide)).toEqual(ok(-12.5));
    expect(parseFigure("\u221212,5", "fr", wide)).toEqual(ok(-12.5));
    expect(parseFigure("5.4%", "en", percent)).toEqual(ok(5.4));
    expect(parseFigure("5,4 %", "fr", percent)).toEqual(ok(5.4));
    expect(parseFigure("٥٫٤٪", "ar", percent)).toEqual(ok(5.4));
  });

  it("stores a plain number, never the text", () => {
    const r = parseFigure("7,10", "es", percent);
    expect(r).toEqual(ok(7.1));
    expect(typeof (r as { value: unknown }).value).toBe("number");
  });
});

describe("parseFigure: refused with a reason", () => {
  it("nothing typed", () => {
    expect(parseFigure("", "en", percent)).toEqual(no("empty"));
    expect(parseFigure("   ", "fr", percent)).toEqual(no("empty"));
  });

  it("text that is not a number", () => {
    for (const text of ["abc", "5.4.1", "5..4", "5.", "-", ".", "1e3", "0x10", "Infinity", "NaN", "5 4", "five", "5-4", "+-5", "--5", "12,34,567", "%"]) {
      expect(parseFigure(text, "en", wide), text).toEqual(no("notANumber"));
    }
  });

  it("a decimal comma in English is refused, not read as a thousands separator", () => {
    expect(parseFigure("5,4", "en", percent)).toEqual(no("notANumber"));
    expect(parseFigure("5,45", "en", percent)).toEqual(no("notANumber"));
  });

  it("a comma in French or Spanish is always decimal, so grouping by comma is refused", () => {
    expect(parseFigure("1,234,567", "fr", wide)).toEqual(no("notANumber"));
    expect(parseFigure("1,234.5", "es", wide)).toEqual(no("notANumber"));
  });

  it("a comma is not decimal in Arabic", () => {
    expect(parseFigure("5,4", "ar", percent)).toEqual(no("notANumber"));
  });

  it("badly grouped thousands", () => {
    expect(parseFigure("12 34", "fr", wide)).toEqual(no("notANumber"));
    expect(parseFigure("1 2345", "fr", wide)).toEqual(no("notANumber"));
    expect(parseFigure("1,234 567", "en", wide)).toEqual(no("notANumber"));
    expect(parseFigure("1  234", "fr", wide)).toEqual(no("notANumber"));
  });

  it("a percent sign where the unit is not a percentage", () => {
    expect(parseFigure("5%", "en", { min: 0, max: 24, decimals: 1 })).toEqual(no("notANumber"));
  });

  it("a very long text is refused without reading it", () => {
    expect(parseFigure("1".repeat(400), "en", wide)).toEqual(no("notANumber"));
  });

  it("too many decimals; trailing zeros do not count", () => {
    expect(parseFigure("5.456", "en", percent)).toEqual(no("tooManyDecimals"));
    expect(parseFigure("5,456", "fr", percent)).toEqual(no("tooManyDecimals"));
    expect(parseFigure("٥٫٤٥٦", "ar", percent)).toEqual(no("tooManyDecimals"));
    expect(parseFigure("5.5", "en", { min: 0, max: 24, decimals: 0 })).toEqual(no("tooManyDecimals"));
    expect(parseFigure("5.400", "en", percent)).toEqual(ok(5.4));
    expect(parseFigure("6.0", "en", { min: 0, max: 24, decimals: 0 })).toEqual(ok(6));
  });

  it("out of range: below the minimum or above the maximum, limits included", () => {
    expect(parseFigure("-0.01", "en", percent)).toEqual(no("belowMin"));
    expect(parseFigure("100.01", "en", percent)).toEqual(no("aboveMax"));
    expect(parseFigure("101", "fr", percent)).toEqual(no("aboveMax"));
    expect(parseFigure("١٥٠", "ar", percent)).toEqual(no("aboveMax"));
    expect(parseFigure("100", "en", percent)).toEqual(ok(100));
    expect(parseFigure("0", "en", percent)).toEqual(ok(0));
  });
});

describe("parseFigureYear", () => {
  it("reads a year from 1950 to 2100, in Western or Arabic-Indic digits", () => {
    expect(parseFigureYear("2025")).toEqual({ ok: true, year: 2025 });
    expect(parseFigureYear(" 1950 ")).toEqual({ ok: true, year: 1950 });
    expect(parseFigureYear("2100")).toEqual({ ok: true, year: 2100 });
    expect(parseFigureYear("٢٠٢٥")).toEqual({ ok: true, year: 2025 });
  });

  it("refuses an empty, a non-whole or an out-of-range year", () => {
    expect(parseFigureYear("")).toEqual({ ok: false, problem: "empty" });
    expect(parseFigureYear("2025.5")).toEqual({ ok: false, problem: "notAYear" });
    expect(parseFigureYear("twenty")).toEqual({ ok: false, problem: "notAYear" });
    expect(parseFigureYear("20255")).toEqual({ ok: false, problem: "notAYear" });
    expect(parseFigureYear("1949")).toEqual({ ok: false, problem: "yearOutOfRange" });
    expect(parseFigureYear("2101")).toEqual({ ok: false, problem: "yearOutOfRange" });
    expect(parseFigureYear("25")).toEqual({ ok: false, problem: "yearOutOfRange" });
  });
});

describe("formatting a stored figure", () => {
  it("uses the language's separators and at most the indicator's decimals", () => {
    expect(formatFigure("en", 12345.4, 2)).toBe("12,345.4");
    expect(formatFigure("fr", 12345.4, 2)).toBe("12\u202f345,4");
    expect(formatFigure("es", 5.4, 2)).toBe("5,4");
    expect(formatFigure("ar", 5.4, 2)).toBe("5.4");
    expect(formatFigure("en", 5.25, 2)).toBe("5.25");
  });

  it("never rounds away decimals a file brought", () => {
    expect(formatFigure("en", 5.456, 1)).toBe("5.456");
  });

  it("puts the unit after the figure, a percentage attached as each language writes it", () => {
    expect(figureWithUnit("en", 5.4, 2, "%")).toBe("5.4%");
    expect(figureWithUnit("fr", 5.4, 2, "%")).toBe("5,4\u202f%");
    expect(figureWithUnit("es", 5.4, 2, "% of the amount sent")).toBe("5,4\u00a0% of the amount sent");
    expect(figureWithUnit("en", 2.5, 1, "months of earnings")).toBe("2.5\u00a0months of earnings");
    expect(figureWithUnit("en", 2.5, 1, " ")).toBe("2.5");
  });

  it("writes the answer with its year", () => {
    const spec = { unit: { en: "%", fr: "%", ar: "٪" }, decimals: 2 };
    expect(figureAnswerText("en", { value: 5.4, year: 2025 }, spec)).toBe("5.4% (2025)");
    expect(figureAnswerText("fr", { value: 5.4, year: 2025 }, spec)).toBe("5,4\u202f% (2025)");
    expect(figureAnswerText("es", { value: 5.4, year: 2025 }, spec)).toBe("5,4\u00a0% (2025)"); // no Spanish unit: English one
    expect(figureAnswerText("en", { value: 3, year: 2024 }, { unit: { en: "months of earnings" }, decimals: 1 })).toBe("3\u00a0months of earnings (2024)");
  });
});

describe("fullMarksBand", () => {
  const remit = { min: 0, max: 100, bands: [{ atMost: 3, score: 10 }, { atMost: 5, score: 6 }, { atMost: 100, score: 0 }] };
  it("a low figure is best: at most the first band's limit", () => {
    expect(fullMarksBand(remit)).toEqual({ above: null, atMost: 3 });
  });
  it("a high figure is best: more than the band below", () => {
    expect(fullMarksBand({ min: 0, max: 100, bands: [{ atMost: 50, score: 0 }, { atMost: 80, score: 5 }, { atMost: 100, score: 10 }] })).toEqual({ above: 80, atMost: null });
  });
  it("a band in the middle, touching best bands read as one", () => {
    const bands = [{ atMost: 1, score: 0 }, { atMost: 2, score: 10 }, { atMost: 4, score: 10 }, { atMost: 24, score: 3 }];
    expect(fullMarksBand({ min: 0, max: 24, bands })).toEqual({ above: 1, atMost: 4 });
  });
  it("no bands: a context figure has no full marks", () => {
    expect(fullMarksBand({ min: 0, max: 100 })).toBeNull();
  });
});

describe("figureInputText", () => {
  it("writes a stored figure back into the box in the page's language, without grouping or rounding", () => {
    expect(figureInputText("fr", 5.4)).toBe("5,4");
    expect(figureInputText("es", 12345.25)).toBe("12345,25");
    expect(figureInputText("en", 12345.125)).toBe("12345.125");
    expect(figureInputText("ar", 5.4)).toBe("5.4");
  });
  it("what it writes reads back as the same number in every language", () => {
    for (const locale of ["en", "fr", "es", "ar"] as const) {
      for (const value of [0, 5.4, 99.99, 12345.125, -3.5]) {
        expect(parseFigure(figureInputText(locale, value), locale, { min: -1e6, max: 1e6, decimals: 3 })).toEqual({ ok: true, value });
      }
    }
  });
});
