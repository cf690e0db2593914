// #/a/{id}/export: saves the whole assessment, or one section for a contributor, as a .json
// file made in the browser (Blob + object URL; nothing is sent anywhere).
import { useState } from "react";
import { useForm } from "react-hook-form";
import { formatRoute, type Route } from "../../routing/routes";
import { BackLink, Button, Loading, NotificationBanner, PageHeading, Radios, useLocale, usePageTitle, useT, UserText } from "../../ui";
import { pick } from "../../domain/text";
import { AssessmentProblem } from "../../ui/AssessmentProblem";
import { loadAssessment, type AssessmentLoad } from "../../storage/loadAssessment";
import { useLoaded } from "../../ui/useLoaded";
import { transferMessages } from "./messages";
import { downloadFile } from "../../ui/download";
import { exportFile } from "./transfer";

type ExportRouteT = Extract<Route, { name: "export" }>;
type Ready = Extract<AssessmentLoad, { kind: "ready" }>;

export default function ExportRoute({ route }: { route: ExportRouteT }) {
  const loaded = useLoaded(() => loadAssessment(route.id), route.id);
  if (loaded === null) return <Loading />;
  if (loaded.kind !== "ready") return <AssessmentProblem load={loaded} />;
  return <ExportPage data={loaded} />;
}

function ExportPage({ data }: { data: Ready }) {
  const t = useT(transferMessages);
  const { locale } = useLocale();
  const { assessment, questionnaire } = data;
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<{ scope: string; section: string }>({ defaultValues: { scope: "whole", section: questionnaire.dimensions[0]?.id ?? "" } });
  const scope = form.watch("scope");
  usePageTitle(t("export.title", { country: assessment.country, year: assessment.year }));

  const onSubmit = form.handleSubmit(({ scope, section }) => {
    const file = exportFile(assessment, questionnaire, scope === "section" ? { kind: "section", dimensionId: section } : { kind: "whole" }, new Date().toISOString());
    downloadFile(file.fileName, file.text, "application/json");
    setSaved(file.fileName);
  });

  const sectionSelect = (
    <div className="form-group">
      <label className="label" htmlFor="export-section">
        {t("export.sectionChoice")}
      </label>
      <select className="select" id="export-section" {...form.register("section")}>
        {questionnaire.dimensions.map((d) => (
          <option key={d.id} value={d.id}>
            {pick(d.title, locale)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <BackLink href={formatRoute({ name: "tasks", id: assessment.id })} />
      {saved ? (
        <NotificationBanner type="success">
          <p className="body" role="status">
            {t("export.done", { file: saved })}
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading
        caption={
          <>
            <UserText>{assessment.country}</UserText> {assessment.year}
          </>
        }
      >
        {t("export.heading")}
      </PageHeading>
      <p className="body">{t("export.intro")}</p>
      <form onSubmit={onSubmit} noValidate>
        <Radios
          idPrefix="export-scope"
          legend={t("export.scope")}
          registration={form.register("scope")}
          checkedValue={scope}
          options={[
            { value: "whole", label: t("export.whole") },
            { value: "section", label: t("export.section"), conditional: sectionSelect },
          ]}
        />
        <div className="warning-text">
          <span className="warning-text-icon" aria-hidden="true">
            !
          </span>
          <strong className="warning-text-text">
            <span className="visually-hidden">{t("export.privacyTitle")} </span>
            {t("export.privacy")}
          </strong>
        </div>
        <Button type="submit">{t("export.download")}</Button>
      </form>
    </>
  );
}
