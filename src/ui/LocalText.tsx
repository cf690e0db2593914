import type { LocalisedText } from "../domain/text";
import { pick } from "../domain/text";
import { useLocale } from "./locale";

/**
 * Questionnaire text in the interface language; when it falls back to English on a page in
 * another language, it is marked lang="en" and dir="ltr" so screen readers pronounce it in
 * English and punctuation stays in place on right-to-left pages. `locale` overrides the
 * interface language (pages that take the locale as a prop pass it on).
 */
export function LocalText({ text, locale: given }: { text: LocalisedText | undefined; locale?: string }) {
  const { locale: current } = useLocale();
  const locale = given ?? current;
  const value = pick(text, locale);
  if (!text || text[locale] !== undefined || locale === "en") return <>{value}</>;
  return (
    <span lang="en" dir="ltr">
      {value}
    </span>
  );
}
