// Small per-browser preferences (the interface language). localStorage may be missing
// or throw (private mode, disabled storage): then the default is used for the session.
import { SUPPORTED_LOCALES, type Locale } from "../domain/text";

const KEY = "coherence.locale";

export function loadLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (saved && (SUPPORTED_LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // fall through to the browser's language
  }
  const browser = (navigator.language || "en").slice(0, 2);
  return (SUPPORTED_LOCALES as readonly string[]).includes(browser) ? (browser as Locale) : "en";
}

export function saveLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // not kept; the choice still applies to this session
  }
}
