// #/a/{id}/report: loads the assessment, its questionnaire and the previous year's
// assessment of the same country, builds the report model and shows the report.
import { useMemo, useState } from "react";
import { formatRoute, type Route } from "../../routing/routes";
import { buildReport, reportLocale, type ReportModel } from "../../domain/report";
import { BackLink, Loading, useLocale, usePageTitle, useT } from "../../ui";
import { AssessmentProblem } from "../../ui/AssessmentProblem";
import { useLoaded } from "../../ui/useLoaded";
import { loadReport, type ReportData } from "./loadReport";
import { reportPageMessages } from "./messages";
import { ReportPage } from "./ReportPage";

type ReportRoute = Extract<Route, { name: "report" }>;

export default function ReportRoutePage({ route }: { route: ReportRoute }) {
  const loaded = useLoaded(() => loadReport(route.id), route.id);
  if (loaded === null) return <Loading />;
  if (loaded.kind !== "ready") return <AssessmentProblem load={loaded} />;
  return <Report data={loaded} />;
}

/** Today in the user's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function Report({ data }: { data: ReportData }) {
  const { locale } = useLocale();
  const t = useT(reportPageMessages);
  const [generatedOn] = useState(today);
  const model = useMemo(() => build(data, generatedOn, reportLocale(locale)), [data, generatedOn, locale]);
  // The PDF is made from the same model: in Arabic once the report's Arabic labels are complete (reportLocale), right to left.
  usePageTitle(t("page.title", { country: data.assessment.country, year: data.assessment.year }));
  return (
    <>
      <BackLink href={formatRoute({ name: "tasks", id: data.assessment.id })} />
      <ReportPage model={model} uiLocale={locale} />
    </>
  );
}

function build(data: ReportData, generatedOn: string, locale: string): ReportModel {
  const { questionnaire, assessment, previous, earlierVersions } = data;
  return buildReport({ questionnaire, assessment, earlierVersions, generatedOn, locale, ...(previous ? { previous } : {}) });
}
