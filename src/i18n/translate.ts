// UI strings live in per-feature catalogues ({ en: {...}, fr?: {...} }). English is complete;
// another locale may leave keys out and falls back to English. "{name}" placeholders are
// replaced by params; counts go through "{n, plural, ...}" or "{n, number}" (./plural.ts). The
// result is plain text (React escapes it; the PDF writes it as text).
import { resolveCounts } from "./plural";

export type Catalogue<M extends Record<string, string>> = { en: M } & Partial<Record<string, Partial<M>>>;
export type Translate<M extends Record<string, string>> = (key: keyof M & string, params?: Record<string, string | number>) => string;

export function translator<M extends Record<string, string>>(catalogue: Catalogue<M>, locale: string): Translate<M> {
  const chosen = catalogue[locale] ?? {};
  return (key, params) => {
    const template = (chosen as Partial<M>)[key] ?? catalogue.en[key] ?? key;
    if (!params) return template;
    return resolveCounts(template, locale, params).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
