// Every UI catalogue is complete in French, Spanish and Arabic, keeps the English
// placeholders, is actually translated, and follows each language's punctuation.
// Every UI catalogue is found by its file name (src/**/messages.ts or src/**/<topic>.messages.ts,
// each exporting one catalogue named <name>Messages), is complete in French, Spanish and
// Arabic, keeps the English placeholders, has every plural form its language needs, uses
// no key that the code does not, is actually translated, and follows each language's punctuation.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/domain/report";
import { reportLocale } from "../../src/domain/report/locale";
import { ReportPage } from "../../src/features/report/ReportPage";
import { fixedParts, pluralBlocks } from "../../src/i18n/plural";
import { formatChange, formatDateTime, formatNumber, formatPercent } from "../../src/ui/format";
import { assessment, miniWithAccents } from "./report-fixtures";

type AnyCatalogue = { en: Record<string, string> } & Partial<Record<string, Partial<Record<string, string>>>>;

const SRC = join(import.meta.dirname, "../../src");
const CATALOGUE_FILE = /(^|\.)messages\.ts$/;
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
const files = sourceFiles(SRC);
const catalogueFiles = files.filter((f) => CATALOGUE_FILE.test(f.split("/").pop()!));
const modules = import.meta.glob<Record<string, unknown>>("../../src/**/*messages.ts", { eager: true });

const isCatalogue = (value: unknown): value is AnyCatalogue =>
  typeof value === "object" && value !== null && "en" in value && typeof value.en === "object" && Object.values(value.en as object).every((t) => typeof t === "string");

/** "src/features/wizard/update.messages.ts updateMessages" -> the catalogue. */
const catalogues: Record<string, AnyCatalogue> = Object.fromEntries(
  Object.entries(modules).flatMap(([path, exports]) => Object.entries(exports).filter(([, v]) => isCatalogue(v)).map(([name, v]) => [`${path.replace("../../", "")} ${name}`, v as AnyCatalogue])),
);

const LOCALES = ["fr", "es", "ar"] as const;

/** "catalogue key": texts that rightly stay as in English in every language (none needs it yet). */
const SAME_AS_ENGLISH_ALLOWED = new Set<string>([]);

/** Texts only shown in some situations: key -> why a locale may leave it out (falls back to English). */
const NOT_NEEDED: Record<string, readonly string[]> = {
  // Only shown to a right-to-left reader whose PDF cannot be in their script.
  "src/features/report/messages.ts reportPageMessages pdf.englishOnly": ["fr", "es"],
};

/**
 * Plural forms a language may leave to "other": French and Spanish "many" is for round
 * millions ("1 000 000 d'évaluations"), where the "other" wording reads correctly too.
 */
const PLURAL_FALLS_BACK: Record<string, readonly string[]> = { fr: ["many"], es: ["many"] };

/** Names of the values a text takes: {name}, {name, number} and {name, plural, ...}. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|,\s*(?:number|plural))/g)].map((m) => m[1]))].sort();
const words = (s: string) => fixedParts(s).join(" ").match(/\p{L}{2,}/gu) ?? [];

/** Every (catalogue, locale, key, english, translation) that must be checked. */
function entries() {
  const rows: { where: string; locale: string; key: string; en: string; text: string | undefined }[] = [];
  for (const [where, cat] of Object.entries(catalogues)) {
    for (const locale of LOCALES) {
      for (const [key, en] of Object.entries(cat.en)) {
        if (NOT_NEEDED[`${where} ${key}`]?.includes(locale)) continue;
        rows.push({ where, locale, key, en, text: cat[locale]?.[key] });
      }
    }
  }
  return rows;
}

/** The source that is not a catalogue, where a key has to be named to be used. */
const code = files.filter((f) => !catalogueFiles.includes(f)).map((f) => readFileSync(f, "utf8")).join("\n");
/** Keys built in a call, t(`status_${s}`): the part before the value. */
const builtPrefixes = [...code.matchAll(/\bt\w*\(`([\w.]+)\$\{/g)].map((m) => m[1]!);
const used = (key: string) => [`"${key}"`, `'${key}'`, `\`${key}\``].some((q) => code.includes(q)) || builtPrefixes.some((p) => key.startsWith(p));

describe("UI message catalogues: one convention", () => {
  it("are found in src by their file names, one catalogue named <name>Messages a file", () => {
    expect(catalogueFiles.length).toBeGreaterThanOrEqual(13);
    for (const file of catalogueFiles) {
      const exported = Object.entries(modules[`../../${relative(join(SRC, ".."), file)}`] ?? {});
      expect(exported.map(([name, v]) => [name, isCatalogue(v)]), file).toEqual([[expect.stringMatching(/^[a-z]\w*Messages$/), true]]);
    }
  });

  it("are not declared in files outside the convention", () => {
    const elsewhere = files.filter((f) => !catalogueFiles.includes(f) && /export const \w+Messages\b|\ben: \{\s*\n/.test(readFileSync(f, "utf8")));
    expect(elsewhere.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("have no key that the code does not use", () => {
    const unused = Object.entries(catalogues).flatMap(([where, cat]) => Object.keys(cat.en).filter((k) => !used(k)).map((k) => `${where} ${k}`));
    expect(unused).toEqual([]);
  });
});

describe("UI message catalogues", () => {
  it("write every count through a plural block with each form the language has", () => {
    const wrong: string[] = [];
    for (const [where, cat] of Object.entries(catalogues)) {
      for (const locale of ["en", ...LOCALES]) {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((c) => !PLURAL_FALLS_BACK[locale]?.includes(c));
        for (const [key, text] of Object.entries(cat[locale] ?? {})) {
          const blocks = pluralBlocks(text!);
          if (blocks === null) wrong.push(`${where} ${locale} ${key}: the plural syntax is broken`);
          for (const block of blocks ?? []) {
            const missing = categories.filter((c) => block.forms[c] === undefined);
            if (missing.length) wrong.push(`${where} ${locale} ${key}: no ${missing.join(", ")}`);
          }
          if (/\(s\)|\(es\)/.test(text!)) wrong.push(`${where} ${locale} ${key}: "(s)" instead of a plural form`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("translate every English key into fr, es and ar", () => {
    const missing = entries()
      .filter((e) => typeof e.text !== "string" || e.text.trim() === "")
      .map((e) => `${e.where} ${e.locale} ${e.key}`);
    expect(missing).toEqual([]);
  });

  it("have no keys that English does not have", () => {
    const extra: string[] = [];
    for (const [where, cat] of Object.entries(catalogues)) {
      for (const locale of LOCALES) {
        for (const key of Object.keys(cat[locale] ?? {})) if (!(key in cat.en)) extra.push(`${where} ${locale} ${key}`);
      }
    }
    expect(extra).toEqual([]);
  });

  it("keep the same {placeholders} as English", () => {
    const wrong = entries()
      .filter((e) => e.text !== undefined && placeholders(e.text).join() !== placeholders(e.en).join())
      .map((e) => `${e.where} ${e.locale} ${e.key}: ${e.text}`);
    expect(wrong).toEqual([]);
  });

  it("do not leave English text in place of a translation", () => {
    const same = entries()
      .filter((e) => e.text === e.en && words(e.en).length >= 2 && !SAME_AS_ENGLISH_ALLOWED.has(`${e.where} ${e.key}`))
      .map((e) => `${e.where} ${e.locale} ${e.key}: ${e.text}`);
    expect(same).toEqual([]);
  });

  it("French: a non-breaking space before ? ! ; : and inside « », no English quotes", () => {
    const bad = entries()
      .filter((e) => e.locale === "fr" && e.text !== undefined)
      .filter((e) => /[ \t](?=[?!;:»])|«[ \t]|[“”"]/.test(e.text!) || /[^\s\u00a0\u202f]«|«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(e.text!))
      .map((e) => `${e.key}: ${e.text}`);
    expect(bad).toEqual([]);
  });

  it("Spanish: opening ¿ and ¡ marks, no English quotes", () => {
    const bad = entries()
      .filter((e) => e.locale === "es" && e.text !== undefined)
      .filter((e) => (e.text!.includes("?") && !e.text!.includes("¿")) || (e.text!.includes("!") && !e.text!.includes("¡")) || /[“”"]/.test(e.text!))
      .map((e) => `${e.key}: ${e.text}`);
    expect(bad).toEqual([]);
  });

  it("Arabic: Arabic comma, semicolon and question mark, Western digits, no English quotes", () => {
    const bad = entries()
      .filter((e) => e.locale === "ar" && e.text !== undefined)
      .filter((e) => /[,;?“”"\u0660-\u0669]/.test(fixedParts(e.text!).join(" ")))
      .map((e) => `${e.key}: ${e.text}`);
    expect(bad).toEqual([]);
  });
});

describe("report language", () => {
  it("is the reader's language for every locale whose report text is complete", () => {
    expect(reportLocale("fr")).toBe("fr");
    expect(reportLocale("es")).toBe("es");
    expect(reportLocale("en")).toBe("en");
    expect(reportLocale("xx")).toBe("en");
  });

  it("is Arabic for Arabic readers now that the Arabic report text is complete and the PDF draws Arabic script", () => {
    expect(reportLocale("ar")).toBe("ar");
  });

  it.each([
    ["fr", "Rapport sur les lacunes en matière de cohérence des politiques", "Télécharger le PDF"],
    ["es", "Informe de brechas de coherencia de las políticas", "Descargar el PDF"],
  ])("gives a %s reader the whole report page in their language, without the 'not translated' note", (locale, title, button) => {
    const model = buildReport({ questionnaire: miniWithAccents(), assessment: assessment(2026, {}), generatedOn: "2026-03-01", locale: reportLocale(locale) });
    const html = renderToStaticMarkup(createElement(ReportPage, { model, uiLocale: locale }));
    expect(html).toContain(`<div class="report" lang="${locale}" dir="ltr">`);
    expect(html).toContain(title);
    expect(html).toContain(`>${button}</button>`);
    expect(html).not.toContain("report-notes");
    expect(html).not.toContain("Policy coherence gap report");
  });
});

describe("display formats", () => {
  // Local time, so the hour does not depend on the machine's time zone.
  const evening = "2026-10-15T22:05:00";
  const arabicIndic = /[\u0660-\u0669\u06f0-\u06f9]/;

  it("use each language's decimal mark and grouping", () => {
    expect(formatNumber("en", 12345.67)).toBe("12,345.7");
    expect(formatNumber("fr", 12345.67)).toMatch(/^12[\u00a0\u202f]345,7$/);
    expect(formatNumber("es", 12345.67)).toBe("12.345,7");
    expect(formatChange("fr", -3.25)).toBe("-3,3");
    expect(formatChange("es", 17.5)).toBe("+17,5");
    expect(formatPercent("fr", 0.75)).toMatch(/^75[\u00a0\u202f]%$/);
  });

  it("write Arabic numbers, percentages and dates with Western digits", () => {
    for (const text of [formatNumber("ar", 12345.67), formatChange("ar", -3.25), formatPercent("ar", 0.75), formatDateTime("ar", evening)]) {
      expect(text).not.toMatch(arabicIndic);
    }
    expect(formatNumber("ar", 12345.67)).toContain("12");
    expect(formatChange("ar", -3.25)).toContain("3.3");
    expect(formatDateTime("ar", evening)).toMatch(/2026.*22:05/);
  });

  it("show dates day first with a 24-hour clock in every language", () => {
    expect(formatDateTime("en", evening)).toBe("15 Oct 2026, 22:05");
    expect(formatDateTime("fr", evening)).toMatch(/^15 oct\. 2026.*22:05$/);
    expect(formatDateTime("es", evening)).toMatch(/^15 oct 2026.*22:05$/);
    expect(formatDateTime("ar", evening)).toMatch(/^15.*10.*2026.*22:05$/);
  });
});
