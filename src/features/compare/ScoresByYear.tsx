import type { Comparison, ScoreSeries } from "../../domain/compare/types";
import { roundChange } from "../../domain/score-change";
import { pick } from "../../domain/text";
import { TableScroll } from "../../ui/TableScroll";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import { TrendChart } from "../../ui/charts/TrendChart";
import { formatChange, formatNumber } from "../../ui/format";
import type { CompareMessages } from "./messages";

interface Props {
  c: Comparison;
  locale: string;
  rtl: boolean;
  t: Translate<CompareMessages>;
}

/** Dimension scores side by side per year with the change, and the same numbers as a trend chart. */
export function ScoresByYear({ c, locale, rtl, t }: Props) {
  const years = c.years.map((y) => String(y.assessment.year));
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const score = (s: number | null) => (s === null ? t("noScore") : formatNumber(locale, s));
  const rows = [
    ...c.dimensions.map((d) => ({ id: d.id, label: pick(d.dimension.title, locale), text: d.dimension.title, s: d as ScoreSeries, overall: false })),
    { id: "overall", label: t("overallRow"), text: undefined, s: c.overall, overall: true },
  ];
  const list = rows.map((r) => `${r.label}: ${r.s.scores.map(score).join(", ")}`).join(". ");
  return (
    <section aria-labelledby="compare-scores-heading">
      <h2 className="heading-l" id="compare-scores-heading">{t("scoresHeading")}</h2>
      <TableScroll label={t("scoresCaption")}>
        <table className="table compare-scores">
          <caption>{t("scoresCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colDimension")}</th>
              {years.map((y, k) => (
                <th scope="col" key={k} className="numeric">{y}</th>
              ))}
              <th scope="col" className="numeric">{t("colChangeAll", { from: first, to: last })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.overall ? "compare-total" : undefined} data-row={r.id}>
                <th scope="row">{r.text ? <LocalText text={r.text} locale={locale} /> : r.label}</th>
                {r.s.scores.map((s, k) => {
                  const change = k > 0 ? r.s.changes[k - 1] : null;
                  return (
                    <td key={k} className="numeric">
                      <span className="compare-score">{score(s)}</span>
                      {k > 0 && change !== null && change !== undefined && " "}
                      {k > 0 && change !== null && change !== undefined && (
                        <span className="compare-change">
                          <span className="visually-hidden">{t("changeSince", { year: years[k - 1]! })} </span>
                          {formatChange(locale, roundChange(change))}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="numeric compare-change-all">
                  {r.s.firstToLast === null ? "–" : formatChange(locale, roundChange(r.s.firstToLast))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TrendChart
        title={t("trendTitle")}
        desc={t("trendDesc", { years: years.join(", "), list })}
        xLabels={years}
        series={rows.map((r) => ({ id: r.id, label: r.label, values: r.s.scores, emphasis: r.overall }))}
        locale={locale}
        rtl={rtl}
      />
    </section>
  );
}
