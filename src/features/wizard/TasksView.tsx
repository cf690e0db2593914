import { formatRoute, lastRoute } from "../../routing/routes";
import { sectionProgress } from "../../domain/assessment/progress";
import { LocalText, PageHeading, TaskList, usePageTitle, useT, UserText, type Task } from "../../ui";
import { sectionEntry } from "./flow";
import { wizardMessages } from "./messages";
import { updateMessages } from "./update.messages";
import { Notice } from "./Notice";
import { routeOf } from "./paths";
import type { WizardContext, WizardEvent } from "./wizardMachine";

/** `update`: a newer version of the questionnaire is installed; the page offers to update to it. */
export function TasksView({
  context,
  send,
  update,
}: {
  context: WizardContext;
  send: (e: WizardEvent) => void;
  update: { from: number; to: number } | null;
}) {
  const tu = useT(updateMessages);
  const t = useT(wizardMessages);
  const { questionnaire: q, assessment: a } = context;
  usePageTitle(`${t("tasksTitle")}: ${a.country} ${a.year}`);
  const sections = sectionProgress(q, a);
  const applicable = sections.filter((s) => s.shownIds.length > 0);
  const done = applicable.filter((s) => s.status === "completed").length;
  const carriedFrom = Object.values(a.answers).find((x) => x.carriedOver)?.carriedOver?.fromYear ?? null;

  const tasks: Task[] = sections.map((s) => {
    const dimension = q.dimensions.find((d) => d.id === s.dimensionId)!;
    const entry = sectionEntry(q, a, s.dimensionId);
    return {
      id: s.dimensionId,
      title: <LocalText text={dimension.title} />,
      href: entry ? formatRoute(routeOf(a.id, entry)) : null,
      hint: !s.shownIds.length
        ? t("noQuestions")
        : s.toConfirm > 0 && carriedFrom !== null
          ? `${t("answeredCount", { answered: s.answered, total: s.shownIds.length })}; ${t("toConfirmCount", { count: s.toConfirm, year: carriedFrom })}`
          : t("answeredCount", { answered: s.answered, total: s.shownIds.length }),
      status: s.status,
    };
  });
  const left = lastRoute(a);
  const resume = left ? formatRoute(left) : null;

  return (
    <div className="grid-row">
      <div className="grid-two-thirds">
        <Notice context={context} send={send} />
        <PageHeading caption={<UserText>{`${a.country} ${a.year}${a.title ? ` – ${a.title}` : ""}`}</UserText>}>{t("tasksTitle")}</PageHeading>
        {update ? (
          <div className="inset-text" id="questionnaire-update">
            <p>{tu("offer", update)}</p>
            <p>
              <a href={formatRoute({ name: "update", id: a.id })}>{tu("offerLink")}</a>
            </p>
          </div>
        ) : null}
        <p>{t("tasksIntro")}</p>
        <p className="heading-s" id="sections-completed">
          {t("completedCount", { done, total: applicable.length })}
        </p>
        {resume ? (
          <p>
            <a href={resume}>{t("continueWhereLeft")}</a>
          </p>
        ) : null}
        <TaskList tasks={tasks} />
        <ul className="list" id="assessment-links">
          <li>
            <a href={formatRoute({ name: "results", id: a.id })}>{t("seeResults")}</a>
          </li>
          <li>
            <a href={formatRoute({ name: "report", id: a.id })}>{t("gapReport")}</a>
          </li>
          <li>
            <a href={formatRoute({ name: "export", id: a.id })}>{t("exportFile")}</a>
          </li>
        </ul>
        <p>
          <a href={formatRoute({ name: "start" })}>{t("allAssessments")}</a>
        </p>
      </div>
    </div>
  );
}
