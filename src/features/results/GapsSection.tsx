import { useId, type ReactNode } from "react";
import type { Assessment } from "../../domain/assessment/assessment";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import type { AssessmentResult } from "../../domain/scoring/score";
import { pick } from "../../domain/text";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import { formatNumber } from "../../ui/format";
import { answerText, fullMarksText } from "./answers";
import type { ResultsMessages } from "./messages";

export interface GapFilters {
  dimension: string; // "" = all
  ministry: string; // "" = all
}

interface Props {
  q: Questionnaire;
  assessment: Assessment;
  result: AssessmentResult;
  locale: string;
  t: Translate<ResultsMessages>;
  filters: GapFilters;
  onFiltersChange: (filters: GapFilters) => void;
  questionHref: (dimensionId: string, indicatorId: string) => string;
}

/** The gaps in priority order, filtered by dimension and lead ministry with two selects. */
export function GapsSection({ q, assessment, result, locale, t, filters, onFiltersChange, questionHref }: Props) {
  const id = useId();
  const shown = result.gaps.filter(
    (g) => (!filters.dimension || g.indicator.dimension === filters.dimension) && (!filters.ministry || g.indicator.leadMinistry === filters.ministry),
  );
  const dimensionTitle = (dimId: string) => <LocalText text={q.dimensions.find((d) => d.id === dimId)?.title} locale={locale} />;
  const ministryName = (mId: string) => <LocalText text={q.ministries.find((m) => m.id === mId)?.name} locale={locale} />;
  return (
    <section aria-labelledby="gaps-heading">
      <h2 className="heading-l" id="gaps-heading">{t("gapsHeading")}</h2>
      <p className="body">{t("gapsIntro")}</p>
      {result.gaps.length > 0 && (
        <form className="results-filters" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="fieldset">
            <legend className="fieldset-legend fieldset-legend-s">{t("filterLegend")}</legend>
            <div className="form-group">
              <label className="label" htmlFor={`${id}-dimension`}>{t("filterDimension")}</label>
              <select
                className="select"
                id={`${id}-dimension`}
                name="dimension"
                value={filters.dimension}
                onChange={(e) => onFiltersChange({ ...filters, dimension: e.target.value })}
             >
                <option value="">{t("filterAll")}</option>
                {q.dimensions.map((d) => (
                  <option key={d.id} value={d.id}>{pick(d.title, locale)}</option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor={`${id}-ministry`}>{t("filterMinistry")}</label>
              <select
                className="select"
                id={`${id}-ministry`}
                name="ministry"
                value={filters.ministry}
                onChange={(e) => onFiltersChange({ ...filters, ministry: e.target.value })}
             >
                <option value="">{t("filterAll")}</option>
                {q.ministries.map((m) => (
                  <option key={m.id} value={m.id}>{pick(m.name, locale)}</option>
                ))}
              </select>
            </div>
          </fieldset>
        </form>
      )}
      <p className="body bold" role="status">
        {result.gaps.length === 0 ? t("noGaps") : shown.length === 0 ? t("noGapsFiltered") : t("gapsShown", { shown: shown.length, total: result.gaps.length })}
      </p>
      <ol className="results-gaps">
        {shown.map((g) => {
          const question = pick(g.indicator.question, locale);
          return (
            <li key={g.indicator.id} className="results-gap" data-indicator={g.indicator.id}>
              <h3 className="heading-m">
                {g.indicator.foundational && <strong className="tag tag-purple results-gap__tag">{t("foundational")}</strong>}
                <LocalText text={g.indicator.question} locale={locale} />
              </h3>
              <dl className="summary-list">
                <Row label={t("gapDimension")} value={dimensionTitle(g.indicator.dimension)} />
                <Row label={t("gapCurrent")} value={answerText(t, g, assessment, locale)} />
                <Row label={t("gapFullMarks")} value={fullMarksText(g.indicator, locale)} />
                <Row label={t("gapAction")} value={<LocalText text={g.indicator.action} locale={locale} />} />
                <Row label={t("gapMinistry")} value={ministryName(g.indicator.leadMinistry)} />
                <Row label={t("gapLost")} value={t("gapLostValue", { points: formatNumber(locale, g.lostPoints) })} />
              </dl>
              <p className="body">
                <a className="link" href={questionHref(g.indicator.dimension, g.indicator.id)}>
                  {t("changeAnswer")}
                  <span className="visually-hidden"> {t("changeAnswerHidden", { question })}</span>
                </a>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="summary-list-row">
      <dt className="summary-list-key">{label}</dt>
      <dd className="summary-list-value">{value}</dd>
    </div>
  );
}
