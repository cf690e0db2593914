// Wizard pages <-> app routes.
import { assessmentPath, type Route } from "../../routing/routes";
import type { Page } from "./flow";

export type WizardRoute = Extract<Route, { name: "tasks" | "question" | "check" }>;

export function pageOf(route: WizardRoute): Page {
  if (route.name === "tasks") return { kind: "tasks" };
  if (route.name === "check") return { kind: "check", dimensionId: route.dimensionId };
  return route.from
    ? { kind: "question", dimensionId: route.dimensionId, indicatorId: route.indicatorId, from: route.from }
    : { kind: "question", dimensionId: route.dimensionId, indicatorId: route.indicatorId };
}

export function routeOf(id: string, page: Page): WizardRoute {
  if (page.kind === "tasks") return { name: "tasks", id };
  if (page.kind === "check") return { name: "check", id, dimensionId: page.dimensionId };
  return page.from
    ? { name: "question", id, dimensionId: page.dimensionId, indicatorId: page.indicatorId, from: page.from }
    : { name: "question", id, dimensionId: page.dimensionId, indicatorId: page.indicatorId };
}


/** Where the assessment records the user was (its lastPath): the page's path inside it, without "from". */
export function lastPathOf(page: Page): string {
  const route = routeOf("", page);
  return assessmentPath(route.name === "question" ? { ...route, from: undefined } : route);
}
