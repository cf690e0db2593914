import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { formatRoute } from "../../routing/routes";
import { MAX_LONG_TEXT } from "../../domain/document/limits";
import { pick } from "../../domain/text";
import { z } from "../../domain/zod";
import type { Draft } from "../../storage";
import { answerAt } from "../../domain/assessment/records";
import { BackLink, ErrorSummary, formProblems, LocalText, usePageTitle, useLocale, useT, type RadioOption } from "../../ui";
import { answerToDraft, NOT_APPLICABLE, pageBefore, sectionQuestions, type Page } from "./flow";
import { wizardMessages } from "./messages";
import { CarriedOverNotice, QuestionFields, useOtherAnswers } from "./QuestionFields";
import { Notice } from "./Notice";
import { NumberQuestion } from "./NumberQuestion";
import { routeOf } from "./paths";
import type { WizardContext, WizardEvent } from "./wizardMachine";

interface Props {
  context: WizardContext;
  page: Extract<Page, { kind: "question" }>;
  send: (e: WizardEvent) => void;
}

export function QuestionView(props: Props) {
  const indicator = props.context.questionnaire.indicators.find((i) => i.id === props.page.indicatorId)!;
  if (indicator.kind === "number" && indicator.number) return <NumberQuestion {...props} indicator={{ ...indicator, number: indicator.number }} />;
  return <ChoiceQuestion {...props} />;
}

function ChoiceQuestion({ context, page, send }: Props) {
  const t = useT(wizardMessages);
  const { locale } = useLocale();
  const { questionnaire: q, assessment: a } = context;
  const indicator = q.indicators.find((i) => i.id === page.indicatorId)!;
  const dimension = q.dimensions.find((d) => d.id === page.dimensionId)!;
  const shown = sectionQuestions(q, a, page.dimensionId);
  const position = shown.indexOf(indicator.id) + 1;
  const question = pick(indicator.question, locale);
  const [attempt, setAttempt] = useState(0);

  const schema = useMemo(() => {
    const long = (field: string) => z.string().check(z.maxLength(MAX_LONG_TEXT, t("errTooLong", { field })));
    return z
      .object({
        choice: z.nullable(z.string()).check(z.refine((v) => !!v, t("errChoice"))),
        reason: long(t("reason")),
        evidence: long(t("evidence")),
        comment: long(t("comment")),
      })
      .check(z.refine((v) => v.choice !== NOT_APPLICABLE || v.reason.trim().length > 0, { message: t("errReason"), path: ["reason"] }));
  }, [t]);
  type Values = z.infer<typeof schema>;

  const stored = answerAt(a.answers, indicator.id);
  const initial: Draft = context.drafts[indicator.id] ?? answerToDraft(stored);
  const { register, handleSubmit, formState, watch, trigger } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { ...initial, choice: initial.choice || null },
    shouldFocusError: false,
  });
  const toDraft = (v: Partial<Values>): Draft => ({ choice: v.choice ?? "", reason: v.reason ?? "", evidence: v.evidence ?? "", comment: v.comment ?? "" });

  // Everything typed is handed to the machine at once; saving is debounced behind it.
  useEffect(() => {
    const subscription = watch((values) => send({ type: "answer.draft", indicatorId: indicator.id, draft: toDraft(values), now: new Date().toISOString() }));
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch, send, indicator.id]);

  // A form the reader would refuse is held in this tab, not saved: say so at once, on the field.
  const unsaved = context.unsaved[indicator.id];
  useEffect(() => {
    if (unsaved?.length) void trigger(unsaved);
  }, [unsaved, trigger]);

  const problems = formProblems(formState.errors, [
    ["choice", "choice"],
    ["reason", "reason"],
    ["evidence", "evidence"],
    ["comment", "comment"],
  ]);
  usePageTitle(question, problems.length > 0);
  const choice = watch("choice");

  const otherAnswers = useOtherAnswers(indicator, { error: formState.errors.reason?.message, registration: register("reason") });
  const options: RadioOption[] = [
    ...indicator.options.map((o) => ({ value: o.id, label: <LocalText text={o.label} />, hint: o.hint ? <LocalText text={o.hint} /> : undefined })),
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
              (values) => send({ type: "answer.submit", indicatorId: indicator.id, draft: toDraft(values), now: new Date().toISOString() }),
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
