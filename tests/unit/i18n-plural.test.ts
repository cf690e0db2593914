// Counts in messages: the plural form Intl.PluralRules picks for the language (Arabic's six),
// and numbers written as every page writes them.
import { describe, expect, it } from "vitest";
import { appMessages } from "../../src/app/messages";
import { startMessages } from "../../src/features/start/messages";
import { translator } from "../../src/i18n/translate";
import { fixedParts, pluralBlocks } from "../../src/i18n/plural";

const unreadable = (locale: string, count: number) => translator(appMessages, locale)("unreadableBody", { count });

describe("plural messages", () => {
  it("pick English one and other", () => {
    expect(unreadable("en", 1)).toBe("1 saved assessment is damaged or comes from a newer version of the tool. It is left untouched.");
    expect(unreadable("en", 4)).toBe("4 saved assessments are damaged or come from a newer version of the tool. They are left untouched.");
    expect(translator(startMessages, "en")("exampleLoaded", { added: 4 })).toBe("Example loaded: 4 assessments added.");
    expect(translator(startMessages, "en")("exampleLoaded", { added: 1 })).toBe("Example loaded: 1 assessment added.");
  });

  it("treat 0 as singular in French and plural in Spanish", () => {
    expect(unreadable("fr", 0)).toMatch(/^0 évaluation enregistrée est endommagée/);
    expect(unreadable("es", 0)).toMatch(/^0 evaluaciones guardadas están dañadas/);
  });

  it("use all six Arabic forms: zero, one, two, few (3-10), many (11-99), other (100-102)", () => {
    const forms = pluralBlocks(appMessages.ar.unreadableBody)![0]!.forms;
    const cases: [number, string][] = [
      [0, forms.zero!],
      [1, forms.one!],
      [2, forms.two!],
      [3, forms.few!],
      [10, forms.few!],
      [11, forms.many!],
      [99, forms.many!],
      [100, forms.other!],
    ];
    for (const [n, form] of cases) expect(unreadable("ar", n), `${n}`).toBe(form.replace("#", String(n)));
    expect(unreadable("ar", 2)).toContain("تقييمان");
  });

  it("write numbers with the language's grouping, and Western digits in Arabic as the rest of the tool", () => {
    expect(unreadable("en", 12345)).toMatch(/^12,345 saved assessments/);
    expect(unreadable("fr", 12345)).toMatch(/^12[\u00a0\u202f]345 évaluations/);
    expect(unreadable("es", 12345)).toMatch(/^12\.345 evaluaciones/);
    expect(unreadable("ar", 12345)).toMatch(/^12,345 من التقييمات/);
    expect(unreadable("ar", 12345)).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it("leave a value that is not a number as it is, and a missing one as its placeholder", () => {
    expect(translator({ en: { k: "{n, number} and {m, number}" } }, "en")("k", { n: "five" })).toBe("five and {m, number}");
  });

  it("give the fixed words of a template without its syntax", () => {
    expect(fixedParts("a {n, plural, one {# x {y}} other {z}} b")).toEqual(["a ", "", " x ", "", "z", " b"]);
    expect(pluralBlocks("{n, plural, one {x}}")).toBeNull(); // no "other"
  });
});
