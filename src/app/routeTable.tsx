// Which feature draws which route. Each feature is its own lazily loaded chunk.
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { Route } from "../routing/routes";

export type PageProps<R extends Route = Route> = { route: R };
type Page = LazyExoticComponent<ComponentType<PageProps<never>>>;

const StartPage = lazy(() => import("../features/start/StartPage"));
const CreatePage = lazy(() => import("../features/start/CreatePage"));
const DeletePage = lazy(() => import("../features/start/DeletePage"));
const WizardPage = lazy(() => import("../features/wizard/WizardPage"));
const UpdatePage = lazy(() => import("../features/wizard/UpdatePage"));
const ResultsPage = lazy(() => import("../features/results/ResultsRoute"));
const ComparePage = lazy(() => import("../features/compare/CompareRoute"));
const ReportPage = lazy(() => import("../features/report/ReportRoute"));
const ExportPage = lazy(() => import("../features/transfer/ExportRoute"));
const ImportPage = lazy(() => import("../features/transfer/ImportRoute"));

export interface RouteEntry {
  page: Page | null;
  /** Routes with the same key keep the same component instance (the wizard keeps its machine). */
  key: string;
}

export function pageFor(route: Route): RouteEntry {
  switch (route.name) {
    case "start":
      return { page: StartPage as Page, key: "start" };
    case "new":
      return { page: CreatePage as Page, key: "new" };
    case "delete":
      return { page: DeletePage as Page, key: `delete:${route.id}` };
    case "tasks":
    case "question":
    case "check":
      return { page: WizardPage as Page, key: `wizard:${route.id}` };
    case "update":
      return { page: UpdatePage as Page, key: `update:${route.id}` };
    case "results":
      return { page: ResultsPage as Page, key: `results:${route.id}` };
    case "compare":
      return { page: ComparePage as Page, key: "compare" };
    case "report":
      return { page: ReportPage as Page, key: `report:${route.id}` };
    case "export":
      return { page: ExportPage as Page, key: `export:${route.id}` };
    case "import":
      return { page: ImportPage as Page, key: "import" };
    case "notFound":
      return { page: null, key: "notFound" };
  }
}
