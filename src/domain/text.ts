import { z } from "./zod";

/** A user-visible string in several locales. English ("en") is always present. */
export type LocalisedText = Record<string, string>;

export const SUPPORTED_LOCALES = ["en", "fr", "es", "ar"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const RTL_LOCALES: readonly string[] = ["ar"];

export const localisedText = (maxLength: number) =>
  z.record(
    z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, "locale keys look like en or fr-CA")),
    z.string().check(z.maxLength(maxLength)),
  );

/** Picks the text for a locale, falling back to English. */
export function pick(text: LocalisedText | undefined, locale: string): string {
  if (!text) return "";
  return text[locale] ?? text.en ?? "";
}
