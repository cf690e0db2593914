// What full marks require on a number question, in words ("A figure of 3% or less"),
// for the report and the results page.
import type { Indicator } from "../questionnaire/schema";
import { figureWithUnit } from "../number/format";
import { fullMarksBand } from "../number/fullMarks";
import { pick } from "../text";
import { translator, type Translate } from "../../i18n/translate";
import { reportMessages, type ReportMessages } from "./messages";

/** What full marks require on a number indicator with bands; "" for a context figure. */
export function fullMarksFigure(indicator: Indicator, locale: string, t: Translate<ReportMessages> = translator(reportMessages, locale)): string {
  const spec = indicator.number;
  const band = spec ? fullMarksBand(spec) : null;
  if (!spec || !band) return "";
  const shown = (n: number) => figureWithUnit(locale, n, spec.decimals, pick(spec.unit, locale));
  if (band.above !== null && band.atMost !== null) return t("fullMarks.between", { min: shown(band.above), max: shown(band.atMost) });
  if (band.atMost !== null) return t("fullMarks.atMost", { max: shown(band.atMost) });
  if (band.above !== null) return t("fullMarks.above", { min: shown(band.above) });
  return "";
}
