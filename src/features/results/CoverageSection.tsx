import { answeredCount, type AssessmentResult, type Counts } from "../../domain/scoring/score";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import { TableScroll } from "../../ui/TableScroll";
import { formatNumber, formatPercent } from "../../ui/format";
import type { ResultsMessages } from "./messages";

interface Props {
  result: AssessmentResult;
  locale: string;
  t: Translate<ResultsMessages>;
}

/** Per dimension: how many questions apply and how they were answered. */
export function CoverageSection({ result, locale, t }: Props) {
  const n = (x: number) => formatNumber(locale, x, 0);
  const cells = (c: Counts, coverage: number) => (
    <>
      <td className="numeric">{n(c.applicable)}</td>
      <td className="numeric">{n(c.answered)}</td>
      <td className="numeric">{n(c.dontKnow)}</td>
      <td className="numeric">{n(c.missing)}</td>
      <td className="numeric">{n(c.notAsked)}</td>
      <td className="numeric">{n(c.notApplicable)}</td>
      <td className="numeric">{formatPercent(locale, coverage)}</td>
    </>
  );
  const c = result.counts;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 className="heading-l" id="coverage-heading">{t("coverageHeading")}</h2>
      <p className="body">
        {t("coverageSummary", { answered: n(answeredCount(c)), applicable: n(c.applicable), dontKnow: n(c.dontKnow), notAsked: n(c.notAsked) })}
      </p>
      <TableScroll label={t("coverageCaption")}>
        <table className="table">
          <caption>{t("coverageCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colDimension")}</th>
              {(["colApplicable", "colAnswered", "colDontKnow", "colUnanswered", "colNotAsked", "colNotApplicable", "colCoverage"] as const).map((k) => (
                <th scope="col" key={k} className="numeric">{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => (
              <tr key={d.dimension.id}>
                <th scope="row"><LocalText text={d.dimension.title} locale={locale} /></th>
                {cells(d.counts, d.coverage)}
              </tr>
            ))}
            <tr className="results-total">
              <th scope="row">{t("totalRow")}</th>
              {cells(c, result.coverage)}
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
