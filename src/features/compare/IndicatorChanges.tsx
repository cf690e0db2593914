import { useId, useState } from "react";
import type { Comparison, IndicatorChangeStatus, IndicatorYear } from "../../domain/compare/types";
import { figureWithUnit } from "../../domain/number/format";
import type { Indicator } from "../../domain/questionnaire/schema";
import { pick } from "../../domain/text";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import { TableScroll } from "../../ui/TableScroll";
import { formatNumber } from "../../ui/format";
import type { CompareMessages } from "./messages";

interface Props {
  c: Comparison;
  locale: string;
  t: Translate<CompareMessages>;
}

export const STATUSES: IndicatorChangeStatus[] = ["improved", "regressed", "unchanged", "added", "retired", "notComparable"];
const TAG: Record<IndicatorChangeStatus, string> = {
  improved: "tag-green",
  regressed: "tag-red",
  unchanged: "tag-grey",
  added: "tag-blue",
  retired: "tag-purple",
  notComparable: "tag-yellow",
};

/** Counts of what changed from the first year to the last, then every question with filters. */
export function IndicatorChanges({ c, locale, t }: Props) {
  const id = useId();
  const [status, setStatus] = useState("");
  const [dimension, setDimension] = useState("");
  const years = c.years.map((y) => String(y.assessment.year));
  const from = years[0]!;
  const to = years[years.length - 1]!;
  const shown = c.indicators.filter((i) => (!status || i.overall.status === status) && (!dimension || i.indicator.dimension === dimension));
  const cell = (i: Indicator, y: IndicatorYear) => {
    if (!y.present) return t("cellAbsent");
    if (y.figure) {
      // "7.1% in 2024": the year the figure refers to, which may differ from the assessment's.
      const given = t("cellFigure", { figure: figureWithUnit(locale, y.figure.value, i.number?.decimals ?? 0, pick(i.number?.unit, locale)), year: y.figure.year });
      const mark = y.scored && y.value !== null ? t("cellScore", { score: formatNumber(locale, y.value * 10) }) : t("cellContext");
      return <>{given} {mark}</>;
    }
    if (y.option) {
      const mark = y.scored ? t("cellScore", { score: formatNumber(locale, y.option.score ?? 0) }) : t("cellContext");
      return <><LocalText text={y.option.label} locale={locale} /> {mark}</>;
    }
    switch (y.status) {
      case "outOfScope": return t("cellOutOfScope");
      case "notAsked": return t("cellNotAsked");
      case "invalid": return t("cellInvalid");
      case "notApplicable": return t("cellNotApplicable");
      case "dontKnow": return t("cellDontKnow");
      default: return t("cellMissing");
    }
  };
  return (
    <>
      <section aria-labelledby="compare-summary-heading">
        <h2 className="heading-l" id="compare-summary-heading">{t("summaryHeading", { from, to })}</h2>
        <dl className="summary-list compare-summary">
          {STATUSES.map((s) => (
            <div className="summary-list-row" key={s} data-status={s}>
              <dt className="summary-list-key">{t(`status_${s}`)}</dt>
              <dd className="summary-list-value">{formatNumber(locale, c.summary[s], 0)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="compare-indicators-heading">
        <h2 className="heading-l" id="compare-indicators-heading">{t("indicatorsHeading")}</h2>
        <p className="body">{t("indicatorsIntro")}</p>
        <form className="compare-filters" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="fieldset">
            <legend className="fieldset-legend fieldset-legend-s">{t("filterLegend")}</legend>
            <div className="form-group">
              <label className="label" htmlFor={`${id}-status`}>{t("filterStatus")}</label>
              <select className="select" id={`${id}-status`} name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="">{t("filterAll")}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>{t(`status_${s}`)}</option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor={`${id}-dimension`}>{t("filterDimension")}</label>
              <select className="select" id={`${id}-dimension`} name="dimension" value={dimension} onChange={(e) => setDimension(e.target.value)}>
                <option value="">{t("filterAll")}</option>
                {c.dimensions.map((d) => (
                  <option key={d.id} value={d.id}>{pick(d.dimension.title, locale)}</option>
                ))}
              </select>
            </div>
          </fieldset>
        </form>
        <p className="body bold" role="status">
          {shown.length ? t("shown", { shown: shown.length, total: c.indicators.length }) : t("noneShown")}
        </p>
        {shown.length > 0 && (
          <TableScroll label={t("indicatorsCaption", { from, to })}>
            <table className="table compare-indicators">
              <caption>{t("indicatorsCaption", { from, to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("colQuestion")}</th>
                  {years.map((y, k) => (
                    <th scope="col" key={k}>{y}</th>
                  ))}
                  <th scope="col">{t("colStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((i) => (
                  <tr key={i.id} data-indicator={i.id} data-status={i.overall.status}>
                    <th scope="row" className="compare-indicators__question"><LocalText text={i.indicator.question} locale={locale} /></th>
                    {i.years.map((y, k) => (
                      <td key={k}>{cell(i.indicator, y)}</td>
                    ))}
                    <td>
                      <strong className={`tag ${TAG[i.overall.status]}`}>{t(`status_${i.overall.status}`)}</strong>
                      {i.overall.reason && <p className="body-s compare-reason">{t(`reason_${i.overall.reason}`)}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
