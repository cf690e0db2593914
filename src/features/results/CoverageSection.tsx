import type { AssessmentResult, Counts } from "../../domain/scoring/score";
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

const coverageOf = (c: Counts) => (c.applicable === 0 ? 1 : (c.answered + c.dontKnow) / c.applicable);

/** Per dimension: how many questions apply and how they were answered. */
export function CoverageSection({ result, locale, t }: Props) {
  const n = (x: number) => formatNumber(locale, x, 0);
  const cells = (c: Counts) => (
    <>
      <td className="numeric">{n(c.applicable)}</td>
      <td className="numeric">{n(c.answered)}</td>
      <td className="numeric">{n(c.dontKnow)}</td>
      <td className="numeric">{n(c.missing)}</td>
      <td className="numeric">{n(c.notApplicable)}</td>
      <td className="numeric">{formatPercent(locale, coverageOf(c))}</td>
    </>
  );
  const c = result.counts;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 className="heading-l" id="coverage-heading">{t("coverageHeading")}</h2>
      <p className="body">
        {t("coverageSummary", { answered: n(c.answered + c.dontKnow), applicable: n(c.applicable), dontKnow: n(c.dontKnow) })}
      </p>
      <TableScroll label={t("coverageCaption")}>
        <table className="table">
          <caption>{t("coverageCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colDimension")}</th>
              {(["colApplicable", "colAnswered", "colDontKnow", "colUnanswered", "colNotApplicable", "colCoverage"] as const).map((k) => (
                <th scope="col" key={k} className="numeric">{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => (
              <tr key={d.dimension.id}>
                <th scope="row"><LocalText text={d.dimension.title} locale={locale} /></th>
                {cells(d.counts)}
              </tr>
            ))}
            <tr className="results-total">
              <th scope="row">{t("totalRow")}</th>
              {cells(c)}
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
