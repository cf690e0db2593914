// How an indicator's answer reads on the results page.
import { formatRoute } from "../../routing/routes";
import type { ReactNode } from "react";
import type { Assessment } from "../../domain/assessment/assessment";
import type { AnswerOption, Indicator } from "../../domain/questionnaire/schema";
import { bestOption } from "../../domain/questionnaire/sources";
import { figureAnswer } from "../../domain/number/format";
import { fullMarksFigure } from "../../domain/report/figures";
import type { IndicatorResult } from "../../domain/scoring/score";
import { LocalText } from "../../ui/LocalText";
import type { Translate } from "../../i18n/translate";
import type { ResultsMessages } from "./messages";

export function answerText(t: Translate<ResultsMessages>, r: IndicatorResult, assessment: Assessment, locale: string): ReactNode {
  switch (r.status) {
    case "answered": {
      const choice = assessment.answers[r.indicator.id]?.choice;
      // A figure reads as given, with its unit and year: "5.4% (2025)" (scored or context).
      if (choice?.kind === "number") return figureAnswer(r.indicator, choice, locale);
      const option = choice?.kind === "option" ? r.indicator.options.find((o) => o.id === choice.optionId) : undefined;
      return <LocalText text={option?.label} locale={locale} />;
    }
    case "dontKnow":
      return t("answerDontKnow");
    case "missing":
      return t("answerMissing");
    case "notApplicable":
      return t("answerNotApplicable");
    case "invalid":
      return t("answerInvalid");
    case "notAsked":
      return t("answerNotAsked");
    case "outOfScope":
      return t("answerOutOfScope");
  }
}

/** The option that earns full marks (score 10, or the best there is); none on a context or number question. */
export function fullMarksOption(indicator: Indicator): AnswerOption | undefined {
  return bestOption(indicator);
}

/** What full marks need: the best option's label, or on a number question its best band ("A figure of 3% or less"). */
export function fullMarksText(indicator: Indicator, locale: string): ReactNode {
  const best = fullMarksOption(indicator);
  return best ? <LocalText text={best.label} locale={locale} /> : fullMarksFigure(indicator, locale);
}

export const defaultQuestionHref = (assessmentId: string) => (dimensionId: string, indicatorId: string) =>
  formatRoute({ name: "question", id: assessmentId, dimensionId, indicatorId });
