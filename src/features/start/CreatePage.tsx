import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { navigate } from "../../routing/navigation";
import { formatRoute } from "../../routing/routes";
import { newAssessment } from "../../domain/assessment/assessment";
import { z } from "../../domain/zod";
import { loadDefaultQuestionnaire } from "../../questionnaires/load";
import { getRepository } from "../../storage";
import { BackLink, Button, ErrorSummary, formProblems, PageHeading, Radios, TextInput, usePageTitle, useT, NotificationBanner } from "../../ui";
import { startMessages } from "./messages";

const PERSPECTIVES = ["origin", "destination", "both"] as const;

export default function CreatePage() {
  const t = useT(startMessages);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  const schema = useMemo(() => {
    const name = (missing: string, field: string) =>
      z.string().check(
        z.refine((v) => v.trim().length > 0, missing),
        z.refine((v) => v.trim().length <= 200, t("errTooLong", { field })),
      );
    return z.object({
      country: name(t("errCountry"), t("country")),
      year: z.string().check(
        z.refine((v) => /^\d{4}$/.test(v.trim()), t("errYear")),
        z.refine((v) => !/^\d{4}$/.test(v.trim()) || (Number(v) >= 1990 && Number(v) <= 2100), t("errYearRange")),
      ),
      perspective: z.nullable(z.string()).check(z.refine((v) => (PERSPECTIVES as readonly (string | null)[]).includes(v), t("errPerspective"))),
      leadMinistry: name(t("errLeadMinistry"), t("leadMinistry")),
      title: z.string().check(z.refine((v) => v.trim().length <= 200, t("errTooLong", { field: t("titleField") }))),
    });
  }, [t]);
  type Values = z.infer<typeof schema>;

  const { register, handleSubmit, formState, watch } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { country: "", year: String(new Date().getFullYear()), perspective: null, leadMinistry: "", title: "" },
    shouldFocusError: false,
  });
  const problems = formProblems(formState.errors, [
    ["country", "country"],
    ["year", "year"],
    ["perspective", "perspective"],
    ["leadMinistry", "leadMinistry"],
    ["title", "title"],
  ]);
  usePageTitle(t("createTitle"), problems.length > 0);

  const onValid = async (values: Values) => {
    const loaded = await loadDefaultQuestionnaire();
    if (!loaded.ok) return setFailure(t("errNoQuestionnaire"));
    const now = new Date().toISOString();
    const assessment = newAssessment(
      {
        id: crypto.randomUUID(),
        country: values.country.trim(),
        year: Number(values.year),
        perspective: values.perspective as (typeof PERSPECTIVES)[number],
        leadMinistry: values.leadMinistry.trim(),
        title: values.title.trim(),
        questionnaire: { id: loaded.questionnaire.id, version: loaded.questionnaire.version },
      },
      now,
    );
    const saved = await (await getRepository()).create(assessment);
    if (!saved.ok) return setFailure(t("createFailed", { message: saved.reason === "conflict" ? "conflict" : saved.message }));
    navigate({ name: "tasks", id: assessment.id });
  };

  return (
    <>
      <BackLink href={formatRoute({ name: "start" })}>{t("back")}</BackLink>
      <div className="grid-row">
        <div className="grid-two-thirds">
          {failure ? (
            <NotificationBanner type="warning">
              <p className="notification-banner-heading">{failure}</p>
            </NotificationBanner>
          ) : null}
          <ErrorSummary problems={problems} attempt={attempt} />
          <PageHeading>{t("createTitle")}</PageHeading>
          <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
            <TextInput id="country" label={t("country")} hint={t("countryHint")} error={formState.errors.country?.message} registration={register("country")} width="20" autoComplete="country-name" />
            <TextInput id="year" label={t("year")} hint={t("yearHint")} error={formState.errors.year?.message} registration={register("year")} width="4" inputMode="numeric" />
            <Radios
              idPrefix="perspective"
              legend={t("perspective")}
              hint={t("perspectiveHint")}
              error={formState.errors.perspective?.message}
              registration={register("perspective")}
              checkedValue={watch("perspective") ?? undefined}
              options={[
                { value: "origin", label: t("origin"), hint: t("originHint") },
                { value: "destination", label: t("destination"), hint: t("destinationHint") },
                { value: "both", label: t("both"), hint: t("bothHint") },
              ]}
            />
            <TextInput id="leadMinistry" label={t("leadMinistry")} hint={t("leadMinistryHint")} error={formState.errors.leadMinistry?.message} registration={register("leadMinistry")} />
            <TextInput id="title" label={t("titleField")} hint={t("titleHint")} error={formState.errors.title?.message} registration={register("title")} />
            <Button disabled={formState.isSubmitting}>{t("createButton")}</Button>
          </form>
        </div>
      </div>
    </>
  );
}
