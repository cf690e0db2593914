// Results dashboard of one assessment (#/a/{id}/results). Plain props so that the router
// mounts it: the questionnaire and assessment are already loaded and validated.
import { useMemo, useState } from "react";
import type { Assessment } from "../../domain/assessment/assessment";
import { scoresCsv, scoresCsvFileName } from "../../domain/export/scoresCsv";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import { answeredCount, scoreAssessment, SCORING_METHOD } from "../../domain/scoring/score";
import { RTL_LOCALES } from "../../domain/text";
import { translator } from "../../i18n/translate";
import { formatNumber, formatPercent } from "../../ui/format";
import { LocalText } from "../../ui/LocalText";
import { PageHeading, usePageTitle } from "../../ui/PageHeading";
import { defaultQuestionHref } from "./answers";
import { CalculationSection } from "./CalculationSection";
import { ContextSection } from "./ContextSection";
import { CoverageSection } from "./CoverageSection";
import { InvalidAnswers } from "./InvalidAnswers";
import { downloadFile } from "../../ui/download";
import { GapsSection, type GapFilters } from "./GapsSection";
import { resultsMessages } from "./messages";
import { ScoresSection } from "./ScoresSection";
import "../../ui/charts/charts.css";
import "./results.css";
import { userSlot, WithUserText } from "../../ui/UserText";

export interface ResultsPageProps {
  questionnaire: Questionnaire;
  assessment: Assessment;
  locale: string;
  /** Initial gap filters, e.g. from ?dimension=&ministry= in the URL. */
  filters?: Partial<GapFilters>;
  /** Told when the filters change, so the URL can follow. */
  onFiltersChange?: (filters: GapFilters) => void;
  /** Link to a question page; defaults to #/a/{id}/s/{dimension}/q/{indicator}. */
  questionHref?: (dimensionId: string, indicatorId: string) => string;
  /** Saves the CSV; defaults to a browser download. */
  onDownload?: (fileName: string, text: string) => void;
}

export function ResultsPage({ questionnaire: q, assessment, locale, filters: initial, onFiltersChange, questionHref, onDownload }: ResultsPageProps) {
  const t = translator(resultsMessages, locale);
  const rtl = RTL_LOCALES.includes(locale);
  const result = useMemo(
    () => scoreAssessment(q, { perspective: assessment.perspective, answers: assessment.answers }),
    [q, assessment],
  );
  const [filters, setFilters] = useState<GapFilters>({ dimension: initial?.dimension ?? "", ministry: initial?.ministry ?? "" });
  const changeFilters = (next: GapFilters) => {
    setFilters(next);
    onFiltersChange?.(next);
  };
  const download = () => {
    const save = onDownload ?? ((name: string, text: string) => downloadFile(name, text, "text/csv;charset=utf-8"));
    save(scoresCsvFileName(assessment), scoresCsv(q, assessment, locale, result));
  };
  usePageTitle(t("pageTitle", { name: `${assessment.country} ${assessment.year}` }));
  const c = result.counts;
  return (
    <div className="results">
      <PageHeading size="xl" caption={<WithUserText sentence={t("caption", { country: userSlot(0), year: assessment.year })} values={[assessment.country]} />}>
        {t("heading")}
        {result.isDraft && " "}
        {result.isDraft && <strong className="tag tag-yellow results-draft-tag">{t("draftTag")}</strong>}
      </PageHeading>
      {result.isDraft && (
        <div className="inset-text results-draft">
          {t("draftText", { answered: answeredCount(c), applicable: c.applicable, coverage: formatPercent(locale, result.coverage) })}
        </div>
      )}
      <div className="results-overall" data-testid="overall">
        <h2 className="heading-m">{t("overallHeading")}</h2>
        {result.overall === null ? (
          <p className="body">{t("noScore")}</p>
        ) : (
          <p className="results-overall__score">
            <span className="results-overall__number">{formatNumber(locale, result.overall)}</span>{" "}
            <span className="results-overall__unit">{t("outOf100")}</span>{" "}
            {result.overallCategory && <strong className="tag"><LocalText text={result.overallCategory.label} locale={locale} /></strong>}
          </p>
        )}
        <p className="body-s" data-testid="scoring-method">{t("scoringMethod", { method: SCORING_METHOD })}</p>
      </div>
      <InvalidAnswers result={result} locale={locale} t={t} questionHref={questionHref ?? defaultQuestionHref(assessment.id)} />
      <ScoresSection q={q} result={result} locale={locale} rtl={rtl} t={t} />
      <CoverageSection result={result} locale={locale} t={t} />
      <GapsSection
        q={q}
        assessment={assessment}
        result={result}
        locale={locale}
        t={t}
        filters={filters}
        onFiltersChange={changeFilters}
        questionHref={questionHref ?? defaultQuestionHref(assessment.id)}
      />
      <ContextSection assessment={assessment} result={result} locale={locale} t={t} />
      <CalculationSection assessment={assessment} result={result} locale={locale} t={t} />
      <div className="results-download">
        <button type="button" className="button button-secondary" onClick={download}>
          {t("downloadCsv")}
        </button>
        <p className="hint">{t("downloadHint")}</p>
      </div>
    </div>
  );
}
