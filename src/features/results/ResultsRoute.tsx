// #/a/{id}/results?dimension=&ministry=: loads the assessment and its questionnaire, then
// shows the dashboard. The gap filters live in the URL, so they survive reload and Back.
import { navigate } from "../../routing/navigation";
import { formatRoute, type Route } from "../../routing/routes";
import { BackLink, Loading, useLocale } from "../../ui";
import { AssessmentProblem } from "../../ui/AssessmentProblem";
import { loadAssessment } from "../../storage/loadAssessment";
import { useLoaded } from "../../ui/useLoaded";
import type { GapFilters } from "./GapsSection";
import { ResultsPage } from "./ResultsPage";

type ResultsRoute = Extract<Route, { name: "results" }>;

export default function ResultsRoutePage({ route }: { route: ResultsRoute }) {
  const { locale } = useLocale();
  const loaded = useLoaded(() => loadAssessment(route.id), route.id);
  if (loaded === null) return <Loading />;
  if (loaded.kind !== "ready") return <AssessmentProblem load={loaded} />;
  const changeFilters = (f: GapFilters) => {
    const next: ResultsRoute = { name: "results", id: route.id };
    if (f.dimension) next.dimension = f.dimension;
    if (f.ministry) next.ministry = f.ministry;
    // Replace: choosing a filter is not a page of its own for Back to step through.
    navigate(next, { replace: true, sameView: true });
  };
  return (
    <>
      <BackLink href={formatRoute({ name: "tasks", id: route.id })} />
      <ResultsPage
        questionnaire={loaded.questionnaire}
        assessment={loaded.assessment}
        locale={locale}
        filters={{ dimension: route.dimension ?? "", ministry: route.ministry ?? "" }}
        onFiltersChange={changeFilters}
      />
    </>
  );
}
