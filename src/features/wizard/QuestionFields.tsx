// What every question page shows inside its form, whatever the kind of answer: the section
// and position, the question as the legend with its answers, the definitions of the words
// it uses, then evidence, comment and Continue.
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Dimension, Indicator, Questionnaire } from "../../domain/questionnaire/schema";
import { pick } from "../../domain/text";
import { Button, LocalText, PageHeading, Radios, TextArea, useLocale, useT, type RadioOption } from "../../ui";
import { GlossaryTerms } from "./GlossaryTerms";
import { wizardMessages } from "./messages";

export interface Field {
  error: string | undefined;
  registration: UseFormRegisterReturn;
}

interface Props {
  questionnaire: Questionnaire;
  dimension: Dimension;
  indicator: Indicator;
  position: number;
  total: number;
  options: RadioOption[];
  choice: Field & { checkedValue: string | undefined };
  evidence: Field;
  comment: Field;
}

export function QuestionFields({ questionnaire, dimension, indicator, position, total, options, choice, evidence, comment }: Props) {
  const t = useT(wizardMessages);
  const { locale } = useLocale();
  return (
    <>
      <span className="caption caption-l">
        <LocalText text={dimension.title} />
        <span className="visually-hidden"> – </span>
        <span className="caption caption-m" id="question-position">
          {t("questionOf", { n: position, total })}
        </span>
      </span>
      <Radios
        idPrefix="choice"
        legendIsHeading
        legend={<PageHeading><LocalText text={indicator.question} /></PageHeading>}
        hint={<LocalText text={indicator.help} />}
        options={options}
        error={choice.error}
        registration={choice.registration}
        checkedValue={choice.checkedValue}
      />
      <GlossaryTerms questionnaire={questionnaire} indicator={indicator} />
      <TextArea
        id="evidence"
        label={t("evidence")}
        hint={t("evidenceHint", { prompt: pick(indicator.evidencePrompt, locale).replace(/[.\s]+$/, "") })}
        error={evidence.error}
        registration={evidence.registration}
        rows={4}
      />
      <TextArea id="comment" label={t("comment")} hint={t("commentHint")} error={comment.error} registration={comment.registration} rows={3} />
      <Button>{t("continue")}</Button>
    </>
  );
}
