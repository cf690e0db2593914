// #/compare?ids=a,b,c: loads every saved assessment with its questionnaire, then shows the
// comparison of the ones named in the URL (or only the form to choose them).
import { navigate } from "../../routing/navigation";
import { formatRoute, type Route } from "../../routing/routes";
import { BackLink, Loading, useLocale } from "../../ui";
import { useLoaded } from "../../ui/useLoaded";
import { ComparePage } from "./ComparePage";
import { loadCandidates } from "./loadCandidates";

export default function CompareRoutePage({ route }: { route: Extract<Route, { name: "compare" }> }) {
  const { locale } = useLocale();
  const loaded = useLoaded(loadCandidates, "all");
  if (loaded === null) return <Loading />;
  return (
    <>
      <BackLink href={formatRoute({ name: "start" })} />
      <ComparePage
        candidates={loaded.candidates}
        leftOut={loaded.leftOut}
        selectedIds={route.ids}
        locale={locale}
        onCompare={(ids) => navigate({ name: "compare", ids })}
      />
    </>
  );
}
