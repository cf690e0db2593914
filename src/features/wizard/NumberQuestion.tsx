// The question page of a number indicator (GOV.UK "ask users for numbers"): a text box
// with inputmode="decimal" (never type=number, which drops what it cannot read), the unit
// after it, and the year the figure refers to, revealed under "I know the figure";
// then Don't know and, when allowed, Not applicable. What is typed is read in the page's
// language by parseFigure, so "5,4" is 5.4 in French and "٥٫٤" is 5.4 in Arabic.
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { formatRoute } from "../../routing/routes";
import { MAX_LONG_TEXT } from "../../domain/document/limits";
import { formatFigure, figureWithUnit, type Figure } from "../../domain/number/format";
import { figureRule, FIRST_FIGURE_YEAR, LAST_FIGURE_YEAR, parseFigure, parseFigureYear, type FigureProblem, type FigureRule, type YearProblem } from "../../domain/number/parse";
import type { Indicator, NumberSpec } from "../../domain/questionnaire/schema";
import { pick, type Locale } from "../../domain/text";
import { z } from "../../domain/zod";
import type { Draft } from "../../storage";
import { answerAt } from "../../domain/assessment/records";
import { BackLink, ErrorSummary, formProblems, TextInput, usePageTitle, useLocale, useT, type RadioOption } from "../../ui";
import type { Translate } from "../../i18n/translate";
import { answerToDraft, FIGURE, NOT_APPLICABLE, pageBefore, sectionQuestions, type Page } from "./flow";
import { CarriedOverNotice, QuestionFields, useOtherAnswers } from "./QuestionFields";
import { wizardMessages } from "./messages";
import { Notice } from "./Notice";
import { routeOf } from "./paths";
import type { WizardContext, WizardEvent } from "./wizardMachine";

interface Props {
  context: WizardContext;
  page: Extract<Page, { kind: "question" }>;
  send: (e: WizardEvent) => void;
  indicator: Indicator & { number: NumberSpec };
}

type T = Translate<(typeof wizardMessages)["en"]>;

export function NumberQuestion({ context, page, send, indicator }: Props) {
  const t = useT(wizardMessages);
  const { locale } = useLocale();
  const { questionnaire: q, assessment: a } = context;
  const dimension = q.dimensions.find((d) => d.id === page.dimensionId)!;
  const shown = sectionQuestions(q, a, page.dimensionId);
  const position = shown.indexOf(indicator.id) + 1;
  const question = pick(indicator.question, locale);
  const [attempt, setAttempt] = useState(0);

  const spec = indicator.number;
  const rule = figureRule(spec);
  const unit = pick(spec.unit, locale);
  const example = formatFigure(locale, exampleValue(rule), rule.decimals);
  const exampleYear = Math.min(LAST_FIGURE_YEAR, Math.max(FIRST_FIGURE_YEAR, a.year - 1));

  const schema = useMemo(() => {
    const long = (field: string) => z.string().check(z.maxLength(MAX_LONG_TEXT, t("errTooLong", { field })));
    return z
      .object({
        choice: z.nullable(z.string()).check(z.refine((v) => !!v, t("errFigureChoice"))),
        figure: z.string(),
        figureYear: z.string(),
        reason: long(t("reason")),
        evidence: long(t("evidence")),
        comment: long(t("comment")),
      })
      .check(
        z.refine((v) => v.choice !== NOT_APPLICABLE || v.reason.trim().length > 0, { message: t("errReason"), path: ["reason"] }),
        z.superRefine((v, ctx) => {
          if (v.choice !== FIGURE) return;
          const figure = parseFigure(v.figure, locale as Locale, rule);
          if (!figure.ok) ctx.addIssue({ code: "custom", path: ["figure"], message: figureMessage(t, figure.problem, { rule, locale, unit, example }), input: v.figure });
          const year = parseFigureYear(v.figureYear);
          if (!year.ok) ctx.addIssue({ code: "custom", path: ["figureYear"], message: yearMessage(t, year.problem, exampleYear), input: v.figureYear });
        }),
      );
    // rule, unit and example follow from the indicator and the locale
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, locale, indicator.id, exampleYear]);
  type Values = z.infer<typeof schema>;

  const stored = answerAt(a.answers, indicator.id);
  const initial: Draft = context.drafts[indicator.id] ?? answerToDraft(stored, locale);
  const { register, handleSubmit, formState, watch } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { ...initial, choice: initial.choice || null, figure: initial.figure ?? "", figureYear: initial.figureYear ?? "" },
    shouldFocusError: false,
  });
  const toDraft = (v: Partial<Values>): Draft => ({
    choice: v.choice ?? "",
    reason: v.reason ?? "",
    evidence: v.evidence ?? "",
    comment: v.comment ?? "",
    figure: v.figure ?? "",
    figureYear: v.figureYear ?? "",
  });
  /** The figure the boxes hold once both are valid; the machine keeps a draft until then. */
  const figureOf = (v: Partial<Values>): Figure | null => {
    if (v.choice !== FIGURE) return null;
    const figure = parseFigure(v.figure ?? "", locale as Locale, rule);
    const year = parseFigureYear(v.figureYear ?? "");
    return figure.ok && year.ok ? { value: figure.value, year: year.year } : null;
  };

  useEffect(() => {
    const subscription = watch((values) =>
      send({ type: "answer.draft", indicatorId: indicator.id, draft: toDraft(values), figure: figureOf(values), now: new Date().toISOString() }),
    );
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch, send, indicator.id, locale]);

  const problems = formProblems(formState.errors, [
    ["choice", "choice"],
    ["figure", "figure"],
    ["figureYear", "figure-year"],
    ["reason", "reason"],
    ["evidence", "evidence"],
    ["comment", "comment"],
  ]);
  usePageTitle(question, problems.length > 0);
  const choice = watch("choice");

  const otherAnswers = useOtherAnswers(indicator, { error: formState.errors.reason?.message, registration: register("reason") });
  const options: RadioOption[] = [
    {
      value: FIGURE,
      label: t("figureKnown"),
      conditional: (
        <>
          <TextInput
            id="figure"
            label={t("figureLabel")}
            hint={t("figureHint", { unit, example })}
            error={formState.errors.figure?.message}
            registration={register("figure")}
            inputMode="decimal"
            width="10"
            suffix={<span lang={spec.unit[locale] ? undefined : "en"}>{unit}</span>}
          />
          <TextInput
            id="figure-year"
            label={t("figureYear")}
            hint={t("figureYearHint", { year: exampleYear })}
            error={formState.errors.figureYear?.message}
            registration={register("figureYear")}
            inputMode="numeric"
            width="4"
          />
        </>
      ),
    },
    ...otherAnswers,
  ];
  const back = pageBefore(q, a, page);

  return (
    <>
      <BackLink href={formatRoute(routeOf(a.id, back))} />
      <div className="grid-row">
        <div className="grid-two-thirds">
          <Notice context={context} send={send} />
          <ErrorSummary problems={problems} attempt={attempt} />
          <CarriedOverNotice stored={stored} editing={!!context.drafts[indicator.id]} />
          <form
            noValidate
            onSubmit={handleSubmit(
              (values) =>
                send({ type: "answer.submit", indicatorId: indicator.id, draft: toDraft(values), figure: figureOf(values), now: new Date().toISOString() }),
              () => setAttempt((n) => n + 1),
            )}
          >
            <QuestionFields
              questionnaire={q}
              dimension={dimension}
              indicator={indicator}
              position={position}
              total={shown.length}
              options={options}
              choice={{ error: formState.errors.choice?.message, registration: register("choice"), checkedValue: choice ?? undefined }}
              evidence={{ error: formState.errors.evidence?.message, registration: register("evidence") }}
              comment={{ error: formState.errors.comment?.message, registration: register("comment") }}
            />
          </form>
        </div>
      </div>
    </>
  );
}

/** A figure for "like 5.4": 5.4 (or 5) when the range allows it, else the middle of the range. */
function exampleValue(rule: FigureRule): number {
  const preferred = rule.decimals > 0 ? 5.4 : 5;
  if (preferred >= rule.min && preferred <= rule.max) return preferred;
  const middle = (rule.min + rule.max) / 2;
  return Number(middle.toFixed(Math.min(rule.decimals, 1)));
}

function figureMessage(t: T, problem: FigureProblem, c: { rule: FigureRule; locale: string; unit: string; example: string }): string {
  switch (problem) {
    case "empty":
      return t("errFigureEmpty");
    case "notANumber":
      return t("errFigureNotNumber", { example: c.example });
    case "tooManyDecimals":
      if (c.rule.decimals === 0) return t("errFigureWhole", { example: c.example });
      return c.rule.decimals === 1 ? t("errFigureDecimal1", { example: c.example }) : t("errFigureDecimals", { decimals: c.rule.decimals, example: c.example });
    case "belowMin":
      return t("errFigureBelowMin", { min: figureWithUnit(c.locale, c.rule.min, c.rule.decimals, c.unit) });
    case "aboveMax":
      return t("errFigureAboveMax", { max: figureWithUnit(c.locale, c.rule.max, c.rule.decimals, c.unit) });
  }
}

function yearMessage(t: T, problem: YearProblem, exampleYear: number): string {
  switch (problem) {
    case "empty":
      return t("errYearEmpty");
    case "notAYear":
      return t("errYearNotYear", { year: exampleYear });
    case "yearOutOfRange":
      return t("errYearRange", { first: FIRST_FIGURE_YEAR, last: LAST_FIGURE_YEAR });
  }
}
