// The "keep mine / take theirs" choice for questions two versions answered differently:
// a contributor's file against this assessment (transfer), or another tab's save against
// this tab's edits (wizard). One radio group per question; "mine" is chosen to begin with.
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { Answer } from "../domain/assessment/assessment";
import { figureAnswerText } from "../domain/number/format";
import type { Questionnaire } from "../domain/questionnaire/schema";
import { pick } from "../domain/text";
import { Button } from "./Basics";
import { useLocale, useT } from "./locale";
import { answerConflictMessages } from "./answerConflict.messages";
import { Radios } from "./Radios";
import { UserText } from "./UserText";

export interface ConflictItem {
  indicatorId: string;
  mine: Answer | null;
  theirs: Answer | null;
}

export type ConflictChoice = "mine" | "theirs";

interface Props {
  questionnaire: Questionnaire;
  conflicts: ConflictItem[];
  /** Prefix of the radio ids; the submit button is `${idPrefix}-apply`. */
  idPrefix: string;
  mineLabel: string;
  theirsLabel: string;
  submitLabel: string;
  onSubmit: (choices: Record<string, ConflictChoice>) => void | Promise<void>;
  /** More buttons after the submit button (Cancel). */
  children?: ReactNode;
}

export function AnswerConflicts({ questionnaire, conflicts, idPrefix, mineLabel, theirsLabel, submitLabel, onSubmit, children }: Props) {
  const t = useT(answerConflictMessages);
  const { locale } = useLocale();
  const form = useForm<Record<string, string>>({ defaultValues: Object.fromEntries(conflicts.map((_, k) => [`c${k}`, "mine"])) });
  const values = form.watch();

  const describe = (answer: Answer | null, indicatorId: string) => {
    if (!answer) return <span className="merge-answer">{t("noAnswer")}</span>;
    const indicator = questionnaire.indicators.find((i) => i.id === indicatorId);
    const c = answer.choice;
    const label =
      c.kind === "option"
        ? pick(indicator?.options.find((o) => o.id === c.optionId)?.label, locale) || c.optionId
        : c.kind === "dontKnow"
          ? t("dontKnow")
          : c.kind === "number"
            ? indicator?.number
              ? figureAnswerText(locale, c, indicator.number)
              : `${c.value} (${c.year})`
            : t("notApplicable", { reason: "\u2068" + c.reason + "\u2069" });
    const detail = (label: string, text: string, block = false) =>
      text ? (
        <span className="hint">
          {" "}
          {label} <UserText block={block}>{text}</UserText>
        </span>
      ) : null;
    return (
      <span className="merge-answer">
        <UserText>{label}</UserText>
        {detail(t("evidence"), answer.evidence, true)}
        {detail(t("comment"), answer.comment, true)}
        {detail(t("by"), answer.answeredBy)}
      </span>
    );
  };

  const submit = form.handleSubmit(async (chosen) => {
    const choices: Record<string, ConflictChoice> = {};
    conflicts.forEach((item, k) => {
      choices[item.indicatorId] = chosen[`c${k}`] === "theirs" ? "theirs" : "mine";
    });
    await onSubmit(choices);
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {conflicts.map((item, k) => {
        const indicator = questionnaire.indicators.find((i) => i.id === item.indicatorId);
        return (
          <Radios
            key={item.indicatorId}
            idPrefix={`${idPrefix}-c${k}`}
            legend={pick(indicator?.question, locale) || item.indicatorId}
            registration={form.register(`c${k}`)}
            checkedValue={values[`c${k}`]}
            options={[
              { value: "mine", label: mineLabel, hint: describe(item.mine, item.indicatorId) },
              { value: "theirs", label: theirsLabel, hint: describe(item.theirs, item.indicatorId) },
            ]}
          />
        );
      })}
      <div className="button-group">
        <Button type="submit" id={`${idPrefix}-apply`}>
          {submitLabel}
        </Button>
        {children}
      </div>
    </form>
  );
}
