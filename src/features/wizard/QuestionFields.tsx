// What every question page shows inside its form, whatever the kind of answer: the section
// and position, the question as the legend with its answers, the definitions of the words
// it uses, then evidence, comment and Continue.
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Dimension, Indicator, Questionnaire } from "../../domain/questionnaire/schema";
import { pick } from "../../domain/text";
import type { Answer } from "../../domain/assessment/assessment";
import { Button, LocalText, PageHeading, Radios, Tag, TextArea, useLocale, useT, type RadioOption } from "../../ui";
import { DONT_KNOW, NOT_APPLICABLE } from "./flow";
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

/** The answers every question offers after its own: Don't know and, when allowed, Not applicable with a reason. */
export function useOtherAnswers(indicator: Indicator, reason: Field): RadioOption[] {
  const t = useT(wizardMessages);
  const options: RadioOption[] = [{ value: DONT_KNOW, label: t("dontKnow"), hint: t("dontKnowHint"), dividerBefore: true }];
  if (indicator.allowNotApplicable) {
    options.push({
      value: NOT_APPLICABLE,
      label: t("notApplicable"),
      hint: t("notApplicableHint"),
      conditional: <TextArea id="reason" label={t("reason")} error={reason.error} registration={reason.registration} rows={3} />,
    });
  }
  return options;
}

/** Says an answer was carried over from last year and waits to be confirmed (until the user changes anything). */
export function CarriedOverNotice({ stored, editing }: { stored: Answer | undefined; editing: boolean }) {
  const t = useT(wizardMessages);
  if (!stored?.carriedOver || editing) return null;
  return (
    <p className="inset-text" id="carried-over">
      <Tag colour="yellow">{t("carriedOver", { year: stored.carriedOver.fromYear })}</Tag> {t("carriedOverQuestion", { year: stored.carriedOver.fromYear })}
    </p>
  );
}
