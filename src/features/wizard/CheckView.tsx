import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { formatRoute } from "../../routing/routes";
import type { Answer } from "../../domain/assessment/assessment";
import { figureAnswer } from "../../domain/number/format";
import type { Indicator } from "../../domain/questionnaire/schema";
import { pick } from "../../domain/text";
import { z } from "../../domain/zod";
import { carriedOverIds } from "../../domain/assessment/carry-over";
import { BackLink, Button, ErrorSummary, formProblems, LocalText, NotificationBanner, PageHeading, Radios, SummaryList, Tag, usePageTitle, useLocale, useT, UserText, type SummaryRow } from "../../ui";
import { sectionQuestions, type Page } from "./flow";
import { wizardMessages } from "./messages";
import { Notice } from "./Notice";
import { routeOf } from "./paths";
import type { WizardContext, WizardEvent } from "./wizardMachine";

interface Props {
  context: WizardContext;
  page: Extract<Page, { kind: "check" }>;
  send: (e: WizardEvent) => void;
}

export function CheckView({ context, page, send }: Props) {
  const t = useT(wizardMessages);
  const { locale } = useLocale();
  const { questionnaire: q, assessment: a } = context;
  const dimension = q.dimensions.find((d) => d.id === page.dimensionId)!;
  const shown = sectionQuestions(q, a, page.dimensionId);
  const [attempt, setAttempt] = useState(0);

  const schema = useMemo(() => z.object({ completed: z.nullable(z.string()).check(z.refine((v) => v === "yes" || v === "no", t("errComplete"))) }), [t]);
  type Values = z.infer<typeof schema>;
  const alreadyDone = a.completedSections.includes(page.dimensionId);
  const { register, handleSubmit, formState, watch } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { completed: alreadyDone ? "yes" : null },
    shouldFocusError: false,
  });
  const problems = formProblems(formState.errors, [["completed", "completed"]]);
  const title = `${t("checkTitle")}: ${pick(dimension.title, locale)}`;
  usePageTitle(title, problems.length > 0);

  const valueOf = (indicator: Indicator, answer: Answer | undefined) => {
    if (!answer) return <span className="secondary">{t("notAnswered")}</span>;
    const c = answer.choice;
    const label =
      c.kind === "option"
        ? optionLabel(indicator, c.optionId)
        : c.kind === "number"
          ? figureAnswer(indicator, c, locale)
          : c.kind === "dontKnow"
            ? t("dontKnow")
            : t("notApplicable");
    return (
      <>
        {answer.carriedOver ? (
          <p className="carried-over">
            <Tag colour="yellow">{t("carriedOver", { year: answer.carriedOver.fromYear })}</Tag>
          </p>
        ) : null}
        <p className="answer-choice">{label}</p>
        {c.kind === "notApplicable" ? <Detail label={t("reasonLabel")} text={c.reason} /> : null}
        {answer.evidence ? <Detail label={t("evidenceLabel")} text={answer.evidence} /> : null}
        {answer.comment ? <Detail label={t("commentLabel")} text={answer.comment} /> : null}
      </>
    );
  };

  const rows: SummaryRow[] = shown.map((id) => {
    const indicator = q.indicators.find((i) => i.id === id)!;
    const question = pick(indicator.question, locale);
    return {
      key: <LocalText text={indicator.question} />,
      value: valueOf(indicator, a.answers[id]),
      action: {
        href: formatRoute(routeOf(a.id, { kind: "question", dimensionId: page.dimensionId, indicatorId: id, from: "check" })),
        label: t("change"),
        visuallyHiddenText: t("changeHidden", { question }),
      },
    };
  });
  const unanswered = shown.filter((id) => !a.answers[id]).length;
  const toConfirm = carriedOverIds(a, shown);
  const fromYear = toConfirm.length ? a.answers[toConfirm[0]!]!.carriedOver!.fromYear : null;
  const [confirmedYear, setConfirmedYear] = useState<number | null>(null);
  const last = shown[shown.length - 1];
  const back = last ? routeOf(a.id, { kind: "question", dimensionId: page.dimensionId, indicatorId: last }) : routeOf(a.id, { kind: "tasks" });

  return (
    <>
      <BackLink href={formatRoute(back)} />
      <Notice context={context} send={send} />
      <ErrorSummary problems={problems} attempt={attempt} />
      <PageHeading caption={<LocalText text={dimension.title} />}>{t("checkTitle")}</PageHeading>
      {confirmedYear !== null && toConfirm.length === 0 ? (
        <NotificationBanner type="success">
          <p className="notification-banner-heading">{t("confirmedSection", { year: confirmedYear })}</p>
        </NotificationBanner>
      ) : null}
      {fromYear !== null ? (
        <div className="inset-text" id="carried-over-section">
          <p>{t("carriedOverSection", { count: toConfirm.length, year: fromYear })}</p>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setConfirmedYear(fromYear);
              send({ type: "section.confirm", dimensionId: page.dimensionId, now: new Date().toISOString() });
            }}
          >
            {t("confirmSection", { count: toConfirm.length })}
          </Button>
        </div>
      ) : null}
      <SummaryList rows={rows} />
      {unanswered > 0 ? <p className="inset-text">{t("unansweredWarning", { count: unanswered })}</p> : null}
      <form
        noValidate
        onSubmit={handleSubmit(
          (v) => send({ type: "section.complete", dimensionId: page.dimensionId, completed: v.completed === "yes", now: new Date().toISOString() }),
          () => setAttempt((n) => n + 1),
        )}
      >
        <Radios
          idPrefix="completed"
          legend={t("completeQuestion")}
          options={[
            { value: "yes", label: t("completeYes"), hint: fromYear !== null ? t("completeConfirms", { year: fromYear }) : undefined },
            { value: "no", label: t("completeNo") },
          ]}
          error={formState.errors.completed?.message}
          registration={register("completed")}
          checkedValue={watch("completed") ?? undefined}
        />
        <Button>{t("continue")}</Button>
      </form>
    </>
  );
}

function Detail({ label, text }: { label: string; text: string }) {
  return (
    <p className="body-s">
      <span className="secondary">{label} </span>
      <UserText block>{text}</UserText>
    </p>
  );
}

/** The chosen option's label, marked as English when it falls back to English (keeps its punctuation in place on right-to-left pages). */
function optionLabel(indicator: Indicator, optionId: string) {
  const option = indicator.options.find((o) => o.id === optionId);
  return option ? <LocalText text={option.label} /> : optionId;
}
