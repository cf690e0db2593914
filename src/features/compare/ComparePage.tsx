// Compare years of one country (#/compare?ids=...). Plain props: every assessment the
// browser holds, each with its questionnaire, and the ids chosen (from the URL).
import { useMemo, useState } from "react";
import { compareAssessments } from "../../domain/compare/compare";
import type { CompareItem, CompareProblem, Comparison } from "../../domain/compare/types";
import { RTL_LOCALES } from "../../domain/text";
import { translator, type Translate } from "../../i18n/translate";
import { PageHeading, usePageTitle } from "../../ui/PageHeading";
import { ChooseForm } from "./ChooseForm";
import { IndicatorChanges } from "./IndicatorChanges";
import { compareMessages, type CompareMessages } from "./messages";
import { ScoresByYear } from "./ScoresByYear";
import "../../ui/charts/charts.css";
import "./compare.css";
import { userSlot, WithUserText } from "../../ui/UserText";

export interface ComparePageProps {
  candidates: CompareItem[];
  selectedIds: string[];
  /** How many saved assessments could not be offered (unreadable, or questionnaire missing). */
  leftOut?: number;
  locale: string;
  /** Called with the chosen ids when the form is valid; the router puts them in the URL. */
  onCompare: (ids: string[]) => void;
}

export function ComparePage({ candidates, selectedIds, leftOut = 0, locale, onCompare }: ComparePageProps) {
  const t = translator(compareMessages, locale);
  const rtl = RTL_LOCALES.includes(locale);
  const outcome = useMemo(() => {
    if (selectedIds.length === 0) return null;
    return compareAssessments(candidates.filter((c) => selectedIds.includes(c.assessment.id)));
  }, [candidates, selectedIds]);
  const error = outcome && !outcome.ok ? problemText(t, outcome.problem) : null;
  const [formError, setFormError] = useState(false);
  usePageTitle(t("pageTitle"), error !== null || formError);
  if (candidates.length < 2) {
    return (
      <div className="compare">
        <PageHeading size="xl">{t("heading")}</PageHeading>
        <p className="body">{t("noCandidates")}</p>
        {leftOut > 0 && <p className="body">{t("leftOut", { count: leftOut })}</p>}
      </div>
    );
  }
  const c = outcome?.ok ? outcome.comparison : null;
  return (
    <div className="compare">
      <PageHeading size="xl">{t("heading")}</PageHeading>
      <p className="body">{t("intro")}</p>
      {leftOut > 0 && <p className="inset-text">{t("leftOut", { count: leftOut })}</p>}
      <ChooseForm key={selectedIds.join(",")} candidates={candidates} selectedIds={selectedIds} error={error} onCompare={onCompare} onValidated={setFormError} t={t} />
      {c && (
        <div className="compare-result">
          <h2 className="heading-xl compare-result__heading">
            <WithUserText sentence={t("resultHeading", { country: userSlot(0), years: c.years.map((y) => y.assessment.year).join(t("yearsJoin")) })} values={[c.country]} />
          </h2>
          {versionsNote(c, t)}
          <ScoresByYear c={c} locale={locale} rtl={rtl} t={t} />
          <IndicatorChanges c={c} locale={locale} t={t} />
        </div>
      )}
    </div>
  );
}

/** Said only when the years were answered on different versions of the questionnaire. */
function versionsNote(c: Comparison, t: Translate<CompareMessages>) {
  const byVersion = new Map<number, number[]>();
  for (const y of c.years) byVersion.set(y.questionnaire.version, [...(byVersion.get(y.questionnaire.version) ?? []), y.assessment.year]);
  if (byVersion.size < 2) return null;
  const list = [...byVersion].map(([version, years]) => t("versionItem", { years: years.join(t("yearsJoin")), version })).join(t("versionsJoin"));
  return (
    <p className="inset-text" id="compare-versions">
      {t("versionsNote", { list })}
    </p>
  );
}

function problemText(t: Translate<CompareMessages>, p: CompareProblem): string {
  switch (p.code) {
    case "tooFew":
      return t("errorTooFew");
    case "countriesDiffer":
      return t("errorCountries", { countries: p.countries.join(", ") });
    case "questionnaireMismatch":
      return t("errorMismatch");
  }
}
