import type { Questionnaire } from "../../domain/questionnaire/schema";
import type { AssessmentResult } from "../../domain/scoring/score";
import { pick } from "../../domain/text";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import { BarChart } from "../../ui/charts/BarChart";
import { RadarChart } from "../../ui/charts/RadarChart";
import { useNarrow } from "../../ui/charts/useNarrow";
import { formatNumber } from "../../ui/format";
import type { ResultsMessages } from "./messages";

interface Props {
  q: Questionnaire;
  result: AssessmentResult;
  locale: string;
  rtl: boolean;
  t: Translate<ResultsMessages>;
}

/** Dimension scores as bars and radar, and the same numbers in a table. */
export function ScoresSection({ q, result, locale, rtl, t }: Props) {
  const narrow = useNarrow();
  const score = (s: number | null) => (s === null ? t("noScore") : formatNumber(locale, s));
  const dims = result.dimensions.map((d) => ({ id: d.dimension.id, label: pick(d.dimension.title, locale), value: d.score }));
  const list = dims.map((d) => `${d.label} ${score(d.value)}`).join("; ");
  const categories = q.categories.map((c) => ({ id: c.id, min: c.min, label: pick(c.label, locale) }));
  const thresholds = categories.filter((c) => c.min > 0).map((c) => `${formatNumber(locale, c.min)} (${c.label})`).join(", ");
  return (
    <section aria-labelledby="scores-heading">
      <h2 className="heading-l" id="scores-heading">{t("scoresHeading")}</h2>
      <div className="results-charts">
        <BarChart
          title={t("barTitle")}
          desc={t("barDesc", { list: `${list}; ${t("overallRow")} ${score(result.overall)}`, thresholds })}
          bars={[...dims, { id: "overall", label: t("overallRow"), value: result.overall, emphasis: true }]}
          categories={categories}
          noScoreLabel={t("noScore")}
          locale={locale}
          rtl={rtl}
        />
        {/* A radar of fewer than three axes is a line, not a shape; on a phone its labels would be too small to read (the bars and the table give the same figures). */}
        {dims.length >= 3 && !narrow && (
          <RadarChart
            title={t("radarTitle")}
            desc={t("radarDesc", { count: dims.length, list })}
            axes={dims}
            series={[{ id: "scores", label: t("colScore"), values: dims.map((d) => d.value) }]}
            locale={locale}
            rtl={rtl}
          />
        )}
      </div>
      <table className="table">
        <caption>{t("scoresTableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colDimension")}</th>
            <th scope="col" className="numeric">{t("colScore")}</th>
            <th scope="col">{t("colCategory")}</th>
          </tr>
        </thead>
        <tbody>
          {result.dimensions.map((d) => (
            <tr key={d.dimension.id}>
              <th scope="row"><LocalText text={d.dimension.title} locale={locale} /></th>
              <td className="numeric">{score(d.score)}</td>
              <td>{d.category ? <LocalText text={d.category.label} locale={locale} /> : t("noScoreHint")}</td>
            </tr>
          ))}
          <tr className="results-total">
            <th scope="row">{t("overallRow")}</th>
            <td className="numeric">{score(result.overall)}</td>
            <td>{result.overallCategory ? <LocalText text={result.overallCategory.label} locale={locale} /> : ""}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
