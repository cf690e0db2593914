import type { AssessmentResult, Counts } from "../../domain/scoring/score";
import { pick } from "../../domain/text";
import type { Translate } from "../../i18n/translate";
import { formatNumber, formatPercent } from "../../ui/format";
import type { ResultsMessages } from "./messages";

interface Props {
  result: AssessmentResult;
  locale: string;
  t: Translate<ResultsMessages>;
}

const coverageOf = (c: Counts) => (c.applicable === 0 ? 1 : (c.answered + c.dontKnow) / c.applicable);

/** Per dimension: how many questions apply and how they were answered. */
export function CoverageSection({ result, locale, t }: Props) {
  const n = (x: number) => formatNumber(locale, x, 0);
  const cells = (c: Counts) => (
    <>
      <td className="govuk-table__cell govuk-table__cell--numeric">{n(c.applicable)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{n(c.answered)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{n(c.dontKnow)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{n(c.missing)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{n(c.notApplicable)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPercent(locale, coverageOf(c))}</td>
    </>
  );
  const c = result.counts;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 className="govuk-heading-l" id="coverage-heading">{t("coverageHeading")}</h2>
      <p className="govuk-body">
        {t("coverageSummary", { answered: n(c.answered + c.dontKnow), applicable: n(c.applicable), dontKnow: n(c.dontKnow) })}
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("coverageCaption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{t("colDimension")}</th>
            {(["colApplicable", "colAnswered", "colDontKnow", "colUnanswered", "colNotApplicable", "colCoverage"] as const).map((k) => (
              <th scope="col" key={k} className="govuk-table__header govuk-table__header--numeric">{t(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {result.dimensions.map((d) => (
            <tr className="govuk-table__row" key={d.dimension.id}>
              <th scope="row" className="govuk-table__header">{pick(d.dimension.title, locale)}</th>
              {cells(d.counts)}
            </tr>
          ))}
          <tr className="govuk-table__row results-total">
            <th scope="row" className="govuk-table__header">{t("totalRow")}</th>
            {cells(c)}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
