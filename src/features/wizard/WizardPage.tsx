// Entry of the wizard feature: loads the assessment, its questionnaire and drafts, then
// runs one wizard machine for as long as the user stays in this assessment.
import { useEffect, useRef, useState } from "react";
import { useActorRef, useSelector } from "@xstate/react";
import type { ActorRefFrom } from "xstate";
import { navigate } from "../../app/navigation";
import { formatRoute } from "../../app/routes";
import type { Draft } from "../../storage";
import { Loading } from "../../ui";
import { AssessmentProblem } from "../../ui/AssessmentProblem";
import { loadAssessment, type AssessmentLoad } from "../../ui/loadAssessment";
import { useLoaded } from "../../ui/useLoaded";
import { CheckView } from "./CheckView";
import { pageOf, routeOf, type WizardRoute } from "./paths";
import { QuestionView } from "./QuestionView";
import { createSaver } from "./saver";
import { TasksView } from "./TasksView";
import { wizardMachine } from "./wizardMachine";


type Loaded = Exclude<AssessmentLoad, { kind: "ready" }> | (Extract<AssessmentLoad, { kind: "ready" }> & { drafts: Record<string, Draft> });

export default function WizardPage({ route }: { route: WizardRoute }) {
  // The page is keyed by assessment id: loading happens once per assessment.
  const loaded = useLoaded<Loaded>(async () => {
    const found = await loadAssessment(route.id);
    return found.kind === "ready" ? { ...found, drafts: await found.repository.getDrafts(route.id) } : found;
  }, route.id);
  if (loaded === null) return <Loading />;
  if (loaded.kind !== "ready") return <AssessmentProblem load={loaded} />;
  return <Wizard {...loaded} route={route} />;
}

function Wizard({ questionnaire, newest, assessment, drafts, repository, route }: Extract<Loaded, { kind: "ready" }> & { route: WizardRoute }) {
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
  const update = newest.version > questionnaire.version ? { from: questionnaire.version, to: newest.version } : null;
  return <TasksView context={context} send={send} update={update} />;
}
