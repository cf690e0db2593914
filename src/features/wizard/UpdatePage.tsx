// Updates a saved assessment to the newest installed version of its questionnaire, after
// showing what happens to its answers. Earlier years are never updated behind the user's back.
import { useState } from "react";
import { navigate } from "../../routing/navigation";
import { formatRoute, type Route } from "../../routing/routes";
import { upgradeAssessment, type AnswerUpgrade } from "../../domain/assessment/upgrade";
import { perspectiveMatches } from "../../domain/scoring/applicability";
import { BackLink, Button, Loading, NotificationBanner, PageHeading, setFlash, SummaryList, useLocale, usePageTitle, useT, UserText } from "../../ui";
import { formatNumber } from "../../ui/format";
import { AssessmentProblem } from "../../ui/AssessmentProblem";
import { loadAssessment, type AssessmentLoad } from "../../storage/loadAssessment";
import { useLoaded } from "../../ui/useLoaded";
import { updateMessages } from "./update.messages";

type Ready = Extract<AssessmentLoad, { kind: "ready" }>;

export default function UpdatePage({ route }: { route: Extract<Route, { name: "update" }> }) {
  const loaded = useLoaded(() => loadAssessment(route.id), route.id);
  if (loaded === null) return <Loading />;
  if (loaded.kind !== "ready") return <AssessmentProblem load={loaded} />;
  return <Update {...loaded} />;
}

function Update({ assessment, questionnaire, newest, repository }: Ready) {
  const t = useT(updateMessages);
  const { locale } = useLocale();
  const [problem, setProblem] = useState<string | null>(null);
  const tasks = formatRoute({ name: "tasks", id: assessment.id });
  const to = newest.version;
  usePageTitle(t("title", { to }));
  const upgraded = newest.version > questionnaire.version ? upgradeAssessment(assessment, newest) : null;
  if (!upgraded?.ok) {
    return (
      <>
        <BackLink href={tasks}>{t("backToTasks")}</BackLink>
        <PageHeading>{t("title", { to })}</PageHeading>
        <p>{upgraded ? t("failed", { message: upgraded.message }) : t("upToDate")}</p>
      </>
    );
  }
  const count = (kind: AnswerUpgrade["kind"]) => new Set(upgraded.changes.filter((c) => c.kind === kind).map((c) => c.indicatorId)).size;
  const answeredAfter = new Set(Object.keys(upgraded.assessment.answers));
  // Only the questions this assessment's perspective asks: an origin country is never asked a destination question.
  const added = newest.indicators.filter(
    (i) => perspectiveMatches(i, assessment.perspective) && !questionnaire.indicators.some((o) => o.id === i.id) && !answeredAfter.has(i.id),
  ).length;
  const rows = [
    ...(["renamed", "split", "rescaled", "archived"] as const).map((kind) => ({ key: t(kind), value: formatNumber(locale, count(kind), 0) })),
    { key: t("added"), value: formatNumber(locale, added, 0) },
  ];

  const update = async () => {
    setProblem(null);
    const saved = await repository.save({ ...upgraded.assessment, updatedAt: new Date().toISOString() });
    if (!saved.ok) {
      setProblem(saved.reason === "conflict" ? t("conflict") : t("failed", { message: saved.message }));
      return;
    }
    setFlash(t("updated", { to }));
    navigate({ name: "tasks", id: assessment.id }, { replace: true });
  };

  return (
    <>
      <BackLink href={tasks}>{t("backToTasks")}</BackLink>
      <div className="grid-row">
        <div className="grid-two-thirds">
          {problem ? (
            <NotificationBanner type="important">
              <p className="notification-banner-heading" role="alert">
                {problem}
              </p>
            </NotificationBanner>
          ) : null}
          <PageHeading caption={<UserText>{`${assessment.country} ${assessment.year}`}</UserText>}>{t("title", { to })}</PageHeading>
          <p>{t("intro", { to })}</p>
          <SummaryList rows={rows} />
          <p>{t("compareNote")}</p>
          <div className="button-group">
            <Button type="button" onClick={() => void update()}>
              {t("update", { to })}
            </Button>
            <a className="link" href={tasks}>
              {t("cancel")}
            </a>
          </div>
        </div>
      </div>
    </>
  );
}
