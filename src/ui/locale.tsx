// The interface language for the whole app: a context with the locale and a hook that
// turns a feature's message catalogue into a t() function.
import { createContext, useContext, useMemo } from "react";
import { translator, type Catalogue, type Translate } from "../i18n/translate";
import type { Locale } from "../domain/text";

export const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({
  locale: "en",
  setLocale: () => {},
});

export const useLocale = () => useContext(LocaleContext);

export function useT<M extends Record<string, string>>(catalogue: Catalogue<M>): Translate<M> {
  const { locale } = useLocale();
  return useMemo(() => translator(catalogue, locale), [catalogue, locale]);
}
