import type { Assessment } from "../../domain/assessment/assessment";
import type { AssessmentResult, DimensionResult } from "../../domain/scoring/score";
import { pick } from "../../domain/text";
import type { Translate } from "../../i18n/translate";
import { formatNumber } from "../../ui/format";
import { answerText } from "./answers";
import type { ResultsMessages } from "./messages";

interface Props {
  assessment: Assessment;
  result: AssessmentResult;
  locale: string;
  t: Translate<ResultsMessages>;
}

// Values are shown with up to 3 decimals: option scores are whole or half numbers, so the
// shown products and sums are exact and the table adds up by hand.
const DECIMALS = 3;

/** "How this score is calculated": one expandable table per dimension, then the overall mean. */
export function CalculationSection({ assessment, result, locale, t }: Props) {
  const n = (x: number) => formatNumber(locale, x, DECIMALS);
  const scored = result.dimensions.filter((d) => d.score !== null);
  return (
    <section aria-labelledby="calc-heading">
      <h2 className="govuk-heading-l" id="calc-heading">{t("calcHeading")}</h2>
      <p className="govuk-body">{t("calcIntro")}</p>
      {result.dimensions.map((d) => (
        <DimensionCalculation key={d.dimension.id} d={d} assessment={assessment} locale={locale} t={t} n={n} />
      ))}
      {result.overall !== null && (
        <p className="govuk-body results-formula" data-testid="overall-formula">
          {t("calcOverall", {
            scores: scored.map((d) => formatNumber(locale, d.score!, 1)).join(" + "),
            count: scored.length,
            overall: formatNumber(locale, result.overall, 1),
          })}
        </p>
      )}
    </section>
  );
}

function DimensionCalculation({ d, assessment, locale, t, n }: {
  d: DimensionResult;
  assessment: Assessment;
  locale: string;
  t: Translate<ResultsMessages>;
  n: (x: number) => string;
}) {
  const title = pick(d.dimension.title, locale);
  const rows = d.indicators.filter((r) => r.status !== "hidden");
  return (
    <details className="govuk-details" data-dimension={d.dimension.id}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t("calcSummary", { dimension: title })}</span>
      </summary>
      <div className="govuk-details__text">
        <table className="govuk-table results-calc">
          <caption className="govuk-table__caption govuk-table__caption--s">{t("calcCaption", { dimension: title })}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t("colQuestion")}</th>
              <th scope="col" className="govuk-table__header">{t("colAnswer")}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("colValue")}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("colWeight")}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("colWeighted")}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr className="govuk-table__row" key={r.indicator.id} data-applies={r.applies}>
                <th scope="row" className="govuk-table__header results-calc__question">{pick(r.indicator.question, locale)}</th>
                <td className="govuk-table__cell">{answerText(t, r, assessment, locale)}</td>
                {r.applies ? (
                  <>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{n(r.value ?? 0)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{n(r.weight)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{n(r.weight * (r.value ?? 0))}</td>
                  </>
                ) : (
                  <td className="govuk-table__cell" colSpan={3}>{t("calcNotCounted")}</td>
                )}
              </tr>
            ))}
            <tr className="govuk-table__row results-total">
              <th scope="row" className="govuk-table__header" colSpan={3}>{t("calcSums")}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric" data-sum="weight">{n(d.weightSum)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric" data-sum="weighted">{n(d.weightedValueSum)}</td>
            </tr>
          </tbody>
        </table>
        <p className="govuk-body results-formula" data-testid="formula">
          {d.score === null
            ? t("calcNone")
            : t("calcFormula", { weighted: n(d.weightedValueSum), weights: n(d.weightSum), score: formatNumber(locale, d.score, 1) })}
        </p>
      </div>
    </details>
  );
}
