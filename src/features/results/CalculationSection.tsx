import type { Assessment } from "../../domain/assessment/assessment";
import type { AssessmentResult, DimensionResult } from "../../domain/scoring/score";
import { pick } from "../../domain/text";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import { TableScroll } from "../../ui/TableScroll";
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
      <h2 className="heading-l" id="calc-heading">{t("calcHeading")}</h2>
      <p className="body">{t("calcIntro")}</p>
      {result.dimensions.map((d) => (
        <DimensionCalculation key={d.dimension.id} d={d} assessment={assessment} locale={locale} t={t} n={n} />
      ))}
      {result.overall !== null && (
        <p className="body results-formula" data-testid="overall-formula">
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
  const rows = d.indicators.filter((r) => r.status !== "outOfScope");
  return (
    <details className="details" data-dimension={d.dimension.id}>
      <summary>
        <span>{t("calcSummary", { dimension: title })}</span>
      </summary>
      <div className="details-text">
        <TableScroll label={t("calcCaption", { dimension: title })}>
          <table className="table results-calc">
            <caption>{t("calcCaption", { dimension: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colQuestion")}</th>
                <th scope="col">{t("colAnswer")}</th>
                <th scope="col" className="numeric">{t("colValue")}</th>
                <th scope="col" className="numeric">{t("colWeight")}</th>
                <th scope="col" className="numeric">{t("colWeighted")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.indicator.id} data-applies={r.applies}>
                  <th scope="row" className="results-calc__question"><LocalText text={r.indicator.question} locale={locale} /></th>
                  <td>{answerText(t, r, assessment, locale)}</td>
                  {r.applies ? (
                    <>
                      <td className="numeric">{n(r.value ?? 0)}</td>
                      <td className="numeric">{n(r.weight)}</td>
                      <td className="numeric">{n(r.weight * (r.value ?? 0))}</td>
                    </>
                  ) : (
                    <td colSpan={3}>{r.scored ? t("calcNotCounted") : t("contextTag")}</td>
                  )}
                </tr>
              ))}
              <tr className="results-total">
                <th scope="row"  colSpan={3}>{t("calcSums")}</th>
                <td className="numeric" data-sum="weight">{n(d.weightSum)}</td>
                <td className="numeric" data-sum="weighted">{n(d.weightedValueSum)}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
        <p className="body results-formula" data-testid="formula">
          {d.score === null
            ? t("calcNone")
            : t("calcFormula", { weighted: n(d.weightedValueSum), weights: n(d.weightSum), score: formatNumber(locale, d.score, 1) })}
        </p>
      </div>
    </details>
  );
}
