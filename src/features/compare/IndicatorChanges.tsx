import { useId, useState } from "react";
import type { Comparison, IndicatorChangeStatus, IndicatorYear } from "../../domain/compare/types";
import { pick } from "../../domain/text";
import type { Translate } from "../../i18n/translate";
import { formatNumber } from "../../ui/format";
import type { CompareMessages } from "./messages";

interface Props {
  c: Comparison;
  locale: string;
  t: Translate<CompareMessages>;
}

export const STATUSES: IndicatorChangeStatus[] = ["improved", "regressed", "unchanged", "added", "retired", "notComparable"];
const TAG: Record<IndicatorChangeStatus, string> = {
  improved: "govuk-tag--green",
  regressed: "govuk-tag--red",
  unchanged: "govuk-tag--grey",
  added: "govuk-tag--blue",
  retired: "govuk-tag--purple",
  notComparable: "govuk-tag--yellow",
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
  const cell = (y: IndicatorYear) => {
    if (!y.present) return t("cellAbsent");
    if (y.option) return t("cellOption", { label: pick(y.option.label, locale), score: formatNumber(locale, y.option.score) });
    switch (y.status) {
      case "hidden": return t("cellHidden");
      case "notApplicable": return t("cellNotApplicable");
      case "dontKnow": return t("cellDontKnow");
      default: return t("cellMissing");
    }
  };
  return (
    <>
      <section aria-labelledby="compare-summary-heading">
        <h2 className="govuk-heading-l" id="compare-summary-heading">{t("summaryHeading", { from, to })}</h2>
        <dl className="govuk-summary-list compare-summary">
          {STATUSES.map((s) => (
            <div className="govuk-summary-list__row" key={s} data-status={s}>
              <dt className="govuk-summary-list__key">{t(`status_${s}`)}</dt>
              <dd className="govuk-summary-list__value">{formatNumber(locale, c.summary[s], 0)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="compare-indicators-heading">
        <h2 className="govuk-heading-l" id="compare-indicators-heading">{t("indicatorsHeading")}</h2>
        <p className="govuk-body">{t("indicatorsIntro")}</p>
        <form className="compare-filters" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t("filterLegend")}</legend>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor={`${id}-status`}>{t("filterStatus")}</label>
              <select className="govuk-select" id={`${id}-status`} name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="">{t("filterAll")}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>{t(`status_${s}`)}</option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor={`${id}-dimension`}>{t("filterDimension")}</label>
              <select className="govuk-select" id={`${id}-dimension`} name="dimension" value={dimension} onChange={(e) => setDimension(e.target.value)}>
                <option value="">{t("filterAll")}</option>
                {c.dimensions.map((d) => (
                  <option key={d.id} value={d.id}>{pick(d.dimension.title, locale)}</option>
                ))}
              </select>
            </div>
          </fieldset>
        </form>
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {shown.length ? t("shown", { shown: shown.length, total: c.indicators.length }) : t("noneShown")}
        </p>
        {shown.length > 0 && (
          <table className="govuk-table compare-indicators">
            <caption className="govuk-table__caption govuk-table__caption--m">{t("indicatorsCaption", { from, to })}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">{t("colQuestion")}</th>
                {years.map((y, k) => (
                  <th scope="col" key={k} className="govuk-table__header">{y}</th>
                ))}
                <th scope="col" className="govuk-table__header">{t("colStatus")}</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {shown.map((i) => (
                <tr className="govuk-table__row" key={i.id} data-indicator={i.id} data-status={i.overall.status}>
                  <th scope="row" className="govuk-table__header compare-indicators__question">{pick(i.indicator.question, locale)}</th>
                  {i.years.map((y, k) => (
                    <td key={k} className="govuk-table__cell">{cell(y)}</td>
                  ))}
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag ${TAG[i.overall.status]}`}>{t(`status_${i.overall.status}`)}</strong>
                    {i.overall.reason && <p className="govuk-body-s compare-reason">{t(`reason_${i.overall.reason}`)}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
