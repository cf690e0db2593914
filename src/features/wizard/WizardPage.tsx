// Entry of the wizard feature: loads the assessment, its questionnaire and drafts, then
// runs one wizard machine for as long as the user stays in this assessment.
import { useEffect, useRef, useState } from "react";
import { useActorRef, useSelector } from "@xstate/react";
import type { ActorRefFrom } from "xstate";
import { navigate } from "../../app/navigation";
import { formatRoute } from "../../app/routes";
import type { Assessment } from "../../domain/assessment/assessment";
import type { Problem } from "../../domain/document/problems";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import type { QuestionnaireProblem } from "../../domain/questionnaire/validate";
import { loadQuestionnaire } from "../../questionnaires/load";
import { getRepository, type AssessmentRepository, type Draft } from "../../storage";
import { Loading, PageHeading, QuestionnaireProblems, usePageTitle, useT, UserText } from "../../ui";
import { CheckView } from "./CheckView";
import { pageOf, routeOf, type WizardRoute } from "./paths";
import { wizardMessages } from "./messages";
import { QuestionView } from "./QuestionView";
import { createSaver } from "./saver";
import { TasksView } from "./TasksView";
import { wizardMachine } from "./wizardMachine";


type Loaded =
  | { kind: "ready"; questionnaire: Questionnaire; assessment: Assessment; drafts: Record<string, Draft>; repository: AssessmentRepository }
  | { kind: "notFound"; problems?: Problem[] }
  | { kind: "badQuestionnaire"; file: string; problems: QuestionnaireProblem[] };

export default function WizardPage({ route }: { route: WizardRoute }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const repository = await getRepository();
      const found = await repository.get(route.id);
      if (!found.assessment) return live && setLoaded({ kind: "notFound", problems: found.problems });
      const questionnaire = await loadQuestionnaire(found.assessment.questionnaire.id);
      if (!questionnaire.ok) return live && setLoaded({ kind: "badQuestionnaire", file: questionnaire.file, problems: questionnaire.problems });
      const drafts = await repository.getDrafts(route.id);
      if (live) setLoaded({ kind: "ready", questionnaire: questionnaire.questionnaire, assessment: found.assessment, drafts, repository });
    })();
    return () => {
      live = false;
    };
    // The page is keyed by assessment id: loading happens once per assessment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (loaded === null) return <Loading />;
  if (loaded.kind === "notFound") return <NotFound problems={loaded.problems} />;
  if (loaded.kind === "badQuestionnaire") return <QuestionnaireProblems file={loaded.file} problems={loaded.problems} />;
  return <Wizard {...loaded} route={route} />;
}

function Wizard({ questionnaire, assessment, drafts, repository, route }: Extract<Loaded, { kind: "ready" }> & { route: WizardRoute }) {
  const id = assessment.id;
  const actorRef = useRef<ActorRefFrom<typeof wizardMachine> | null>(null);
  const [saver] = useState(() =>
    createSaver(repository, assessment, {
      onConflict: (current) => {
        if (current) actorRef.current?.send({ type: "assessment.replaced", assessment: current, reason: "conflict" });
      },
    }),
  );
  const actor = useActorRef(
    wizardMachine.provide({
      actions: {
        navigate: (_, { page, replace }) => navigate(routeOf(id, page), { replace }),
        persist: (_, request) => saver.request(request),
      },
    }),
    { input: { questionnaire, assessment, drafts, page: pageOf(route) } },
  );
  actorRef.current = actor;

  // The URL is the user's position: every change (links, Back, Forward) is an event.
  const hash = formatRoute(route);
  useEffect(() => {
    actor.send({ type: "page.open", page: pageOf(route) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash, actor]);

  // Save what is pending when the tab is hidden or closed, and on leaving the assessment.
  useEffect(() => {
    const flushIfHidden = () => document.visibilityState === "hidden" && void saver.flush();
    const flush = () => void saver.flush();
    document.addEventListener("visibilitychange", flushIfHidden);
    window.addEventListener("pagehide", flush);
    return () => {
      document.removeEventListener("visibilitychange", flushIfHidden);
      window.removeEventListener("pagehide", flush);
      void saver.flush();
    };
  }, [saver]);

  // Another tab saved this assessment: load its version; tell the user when answers changed.
  useEffect(
    () =>
      repository.onExternalChange((change) => {
        if (change.id !== id || change.revision === null || !saver.isBehind(change.revision)) return;
        void repository.get(id).then((found) => {
          if (!found.assessment) return;
          saver.reset(found.assessment.revision);
          const mine = actor.getSnapshot().context.assessment;
          const sameContent =
            JSON.stringify(mine.answers) === JSON.stringify(found.assessment.answers) &&
            JSON.stringify(mine.completedSections) === JSON.stringify(found.assessment.completedSections);
          if (!sameContent) actor.send({ type: "assessment.replaced", assessment: found.assessment, reason: "externalChange" });
        });
      }),
    [repository, id, saver, actor],
  );

  const state = useSelector(actor, (s) => s.value);
  const context = useSelector(actor, (s) => s.context);
  const send = actor.send;
  const page = context.page;
  if (state === "question" && page.kind === "question") {
    return <QuestionView key={`${page.indicatorId}:${context.externalVersion}`} context={context} page={page} send={send} />;
  }
  if (state === "check" && page.kind === "check") {
    return <CheckView key={`${page.dimensionId}:${context.externalVersion}`} context={context} page={page} send={send} />;
  }
  return <TasksView context={context} send={send} />;
}

function NotFound({ problems }: { problems?: Problem[] | undefined }) {
  const t = useT(wizardMessages);
  usePageTitle(t("notFoundTitle"));
  return (
    <>
      <PageHeading>{t("notFoundTitle")}</PageHeading>
      {problems ? (
        <>
          <p>{t("unreadable")}</p>
          <ul className="list">
            {problems.map((p, i) => (
              <li key={i}>
                <UserText>{`${p.where}: ${p.message}`}</UserText>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("notFound")}</p>
      )}
      <p>
        <a href={formatRoute({ name: "start" })}>{t("startLink")}</a>
      </p>
    </>
  );
}
