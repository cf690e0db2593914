// Entry of the wizard feature: loads the assessment, its questionnaire and drafts, then
// runs one wizard machine for as long as the user stays in this assessment.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useActorRef, useSelector } from "@xstate/react";
import type { ActorRefFrom } from "xstate";
import { navigate } from "../../routing/navigation";
import { formatRoute } from "../../routing/routes";
import { finishWrites, type Draft } from "../../storage";
import { applyEntries, type Adopted } from "../../storage/adopt";
import { pageJournal as getJournal, type JournalEntry } from "../../storage/journal";
import { Loading } from "../../ui";
import { AssessmentProblem } from "../../ui/AssessmentProblem";
import { loadAssessment, type AssessmentLoad } from "../../storage/loadAssessment";
import { useLoaded } from "../../ui/useLoaded";
import { CheckView } from "./CheckView";
import { ConflictView } from "./ConflictView";
import { pageOf, routeOf, type WizardRoute } from "./paths";
import { QuestionView } from "./QuestionView";
import { createSaver } from "./saver";
import { TasksView } from "./TasksView";
import { wizardMachine } from "./wizardMachine";


type Ready = Extract<AssessmentLoad, { kind: "ready" }> & {
  drafts: Record<string, Draft>;
  /** Edits left in the journal by closed tabs, taken over by this page. */
  adopted: Adopted | null;
  entries: JournalEntry[];
};
type Loaded = Exclude<AssessmentLoad, { kind: "ready" }> | Ready;

export default function WizardPage({ route }: { route: WizardRoute }) {
  // The page is keyed by assessment id: loading happens once per assessment.
  const loaded = useLoaded<Loaded>(async () => {
    const found = await loadAssessment(route.id);
    if (found.kind !== "ready") return found;
    const [drafts, entries] = await Promise.all([found.repository.getDrafts(route.id), getJournal().orphans(route.id)]);
    return { ...found, drafts, entries, adopted: entries.length ? applyEntries(found.assessment, entries) : null };
  }, route.id);
  if (loaded === null) return <Loading />;
  if (loaded.kind !== "ready") return <AssessmentProblem load={loaded} />;
  return <Wizard {...loaded} route={route} />;
}

function Wizard({ questionnaire, newest, assessment: stored, drafts: storedDrafts, adopted, entries, repository, route }: Ready & { route: WizardRoute }) {
  const id = stored.id;
  const actorRef = useRef<ActorRefFrom<typeof wizardMachine> | null>(null);
  const [saver] = useState(() =>
    createSaver(repository, getJournal(), stored, {
      onMerged: ({ assessment, conflicts }) => actorRef.current?.send({ type: "assessment.merged", assessment, conflicts }),
      // A draft the reader refuses is already flagged on its question by the machine.
      onRefused: (refusal) => refusal.indicatorId === null && actorRef.current?.send({ type: "save.refused", message: refusal.message }),
    }),
  );
  const [input] = useState(() => {
    const drafts = { ...storedDrafts };
    for (const [indicatorId, draft] of Object.entries(adopted?.drafts ?? {})) {
      if (draft) drafts[indicatorId] = draft;
      else delete drafts[indicatorId];
    }
    return { questionnaire, assessment: adopted?.assessment ?? stored, drafts, conflicts: adopted?.conflicts ?? [], page: pageOf(route) };
  });
  const actor = useActorRef(
    wizardMachine.provide({
      actions: {
        navigate: (_, { page, replace }) => navigate(routeOf(id, page), { replace }),
        persist: (_, request) => saver.request(request),
      },
    }),
    { input },
  );
  actorRef.current = actor;

  // Edits taken over from closed tabs: journalled as this tab's own first, then their entries go.
  useEffect(() => {
    if (!adopted) return;
    saver.request({ assessment: adopted.assessment, draftsChanged: adopted.drafts, conflicts: adopted.conflicts });
    // (This tab's own entry has just been overwritten by the request.)
    entries.forEach((e) => e.tab !== getJournal().tab && getJournal().remove(e.assessmentId, e.tab));
  }, [adopted, entries, saver]);

  // The URL is the user's position: every change (links, Back, Forward) is an event.
  const hash = formatRoute(route);
  useEffect(() => {
    actor.send({ type: "page.open", page: pageOf(route) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash, actor]);

  // Save what is pending when the tab is hidden or closed, and on leaving the assessment.
  useEffect(() => {
    saver.activate();
    const flushIfHidden = () => (document.visibilityState === "hidden" ? void saver.flush() : saver.retryNow());
    const flush = () => void saver.flush();
    document.addEventListener("visibilitychange", flushIfHidden);
    window.addEventListener("pagehide", flush);
    return () => {
      document.removeEventListener("visibilitychange", flushIfHidden);
      window.removeEventListener("pagehide", flush);
      finishWrites(saver.dispose());
    };
  }, [saver]);

  // Another tab saved this assessment: merge its copy with this tab's edits (the saver
  // asks the machine to show conflicts). Another assessment deleted may have freed space.
  useEffect(
    () =>
      repository.onExternalChange((change) => {
        if (change.id === id && change.revision !== null && change.revision > saver.revision()) void saver.refresh();
        else if (change.revision === null) saver.retryNow();
      }),
    [repository, id, saver],
  );

  const state = useSelector(actor, (s) => s.value);
  const context = useSelector(actor, (s) => s.context);

  // Another tab's save reloaded the question on screen: the field being typed in keeps the focus.
  const focused = useRef<{ indicatorId: string; fieldId: string } | null>(null);
  useLayoutEffect(() => {
    const f = focused.current;
    const current = actor.getSnapshot().context.page;
    if (!f || current.kind !== "question" || current.indicatorId !== f.indicatorId || document.activeElement !== document.body) return;
    const field = f.fieldId ? document.getElementById(f.fieldId) : null;
    field?.focus();
    if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === "text")) field.setSelectionRange(field.value.length, field.value.length);
  }, [context.externalVersion, actor]);
  const send = actor.send;
  const page = context.page;
  if (context.conflicts.length > 0) return <ConflictView context={context} send={send} />;
  if (state === "question" && page.kind === "question") {
    return (
      <div onFocusCapture={(e) => (focused.current = { indicatorId: page.indicatorId, fieldId: (e.target as HTMLElement).id })}>
        <QuestionView key={`${page.indicatorId}:${context.externalVersion}`} context={context} page={page} send={send} />
      </div>
    );
  }
  if (state === "check" && page.kind === "check") {
    return <CheckView key={`${page.dimensionId}:${context.externalVersion}`} context={context} page={page} send={send} />;
  }
  const update = newest.version > questionnaire.version ? { from: questionnaire.version, to: newest.version } : null;
  return <TasksView context={context} send={send} update={update} />;
}
