// Which language a report is written in for a reader of `locale`.
import type { Catalogue } from "../../i18n/translate";
import { RTL_LOCALES } from "../text";
import { reportMessages, type ReportMessages } from "./messages";

/**
 * The reader's language once the report's own text is translated into it, English until
 * then. A left-to-right language may be partly translated (missing labels fall back to
 * English); a right-to-left one (Arabic) only counts when every label is there, since
 * English labels in a right-to-left report would read in the wrong direction.
 */
export function reportLocale(locale: string, catalogue: Catalogue<ReportMessages> = reportMessages): string {
  const messages: Partial<Record<string, string>> | undefined = catalogue[locale];
  if (!messages) return "en";
  if (!RTL_LOCALES.includes(locale)) return locale;
  const complete = Object.keys(catalogue.en).every((key) => typeof messages[key] === "string" && messages[key].trim() !== "");
  return complete ? locale : "en";
}
