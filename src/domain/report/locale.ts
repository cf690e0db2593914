// Which language a report is written in for a reader of `locale`.
import type { Catalogue } from "../../i18n/translate";
import { reportMessages, type ReportMessages } from "./messages";

/**
 * The reader's language once every label of the report's own text is translated into
 * it, English until then (a half-translated report would mix languages, and English
 * labels in a right-to-left report would read in the wrong direction).
 */
export function reportLocale(locale: string, catalogue: Catalogue<ReportMessages> = reportMessages): string {
  const messages: Partial<Record<string, string>> | undefined = catalogue[locale];
  if (!messages) return "en";
  const complete = Object.keys(catalogue.en).every((key) => typeof messages[key] === "string" && messages[key].trim() !== "");
  return complete ? locale : "en";
}
