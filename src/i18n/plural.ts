// Counts in messages, ICU style: "{count, plural, one {# file} other {# files}}" picks the
// form Intl.PluralRules gives for the language (Arabic has six: zero, one, two, few, many,
// other), and "{count, number}" or "#" writes the number as the rest of the tool does
// (the language's grouping and decimal mark; Arabic with Western digits).
import { intlLocale } from "../domain/number/format";

export type PluralCategory = Intl.LDMLPluralRule;

/** The number as every page writes it, not rounded. */
export function formatCount(locale: string, n: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 20 }).format(n);
}

export function pluralCategory(locale: string, n: number): PluralCategory {
  return new Intl.PluralRules(intlLocale(locale)).select(n);
}

interface PluralBlock {
  name: string;
  start: number;
  end: number;
  forms: Partial<Record<string, string>>;
}

/** Every "{name, plural, ...}" block of a template, with its forms; null where the syntax is broken. */
export function pluralBlocks(template: string): PluralBlock[] | null {
  const blocks: PluralBlock[] = [];
  const head = /\{(\w+),\s*plural,/g;
  for (let m = head.exec(template); m; m = head.exec(template)) {
    const forms: Record<string, string> = {};
    let at = m.index + m[0].length;
    for (;;) {
      while (/\s/.test(template[at] ?? "")) at++;
      if (template[at] === "}") break;
      const key = /^(zero|one|two|few|many|other)\s*\{/.exec(template.slice(at));
      if (!key) return null;
      const open = at + key[0].length;
      const close = matchingBrace(template, open);
      if (close < 0) return null;
      forms[key[1]!] = template.slice(open, close);
      at = close + 1;
    }
    if (forms.other === undefined) return null;
    blocks.push({ name: m[1]!, start: m.index, end: at + 1, forms });
    head.lastIndex = at + 1;
  }
  return blocks;
}

function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** The template with its plural blocks and "{name, number}" resolved for these params. */
export function resolveCounts(template: string, locale: string, params: Record<string, string | number>): string {
  let text = template;
  const blocks = pluralBlocks(template) ?? [];
  for (const block of [...blocks].reverse()) {
    const value = Number(params[block.name]);
    if (params[block.name] === undefined || Number.isNaN(value)) continue;
    const form = block.forms[pluralCategory(locale, value)] ?? block.forms.other!;
    text = text.slice(0, block.start) + form.replace(/#/g, formatCount(locale, value)) + text.slice(block.end);
  }
  return text.replace(/\{(\w+),\s*number\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatCount(locale, value) : value;
  });
}

/** The fixed text of a template: its plural forms' words, without placeholders, "#" or the plural syntax. */
export function fixedParts(template: string): string[] {
  const blocks = pluralBlocks(template) ?? [];
  const pieces: string[] = [];
  let at = 0;
  for (const block of blocks) {
    pieces.push(template.slice(at, block.start), ...Object.values(block.forms).map((f) => f!));
    at = block.end;
  }
  pieces.push(template.slice(at));
  return pieces.flatMap((p) => p.split(/\{\w+(?:,\s*number)?\}|#/));
}
