// Hash routes (CONTEXT.md, "App conventions"). parseRoute and formatRoute are inverses for
// every route: formatRoute(parseRoute(h)) === h for any hash formatRoute produced.
export type Route =
  | { name: "start" }
  | { name: "new" }
  | { name: "import" }
  | { name: "compare"; ids: string[] }
  | { name: "tasks"; id: string }
  | { name: "delete"; id: string }
  | { name: "question"; id: string; dimensionId: string; indicatorId: string; from?: "check" }
  | { name: "check"; id: string; dimensionId: string }
  | { name: "results"; id: string; dimension?: string; ministry?: string }
  | { name: "report"; id: string }
  | { name: "export"; id: string }
  | { name: "update"; id: string }
  | { name: "notFound"; path: string };

const SEGMENT = /^[A-Za-z0-9._-]{1,200}$/;

/** The routes inside one assessment (#/a/<id>/...). */
export type AssessmentRoute = Extract<Route, { id: string }>;

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "") || "/";
  const { parts, query, path } = splitPath(raw);
  const notFound: Route = { name: "notFound", path };
  if (parts === null) return notFound;
  if (parts.length === 0) return { name: "start" };
  const p = parts;

  if (p.length === 1 && p[0] === "new") return { name: "new" };
  if (p.length === 1 && p[0] === "import") return { name: "import" };
  if (p.length === 1 && p[0] === "compare") {
    const ids = (query.get("ids") ?? "").split(",").filter((id) => SEGMENT.test(id));
    return { name: "compare", ids };
  }
  if (p[0] !== "a" || p[1] === undefined) return notFound;
  return parseInAssessment(p[1], p.slice(2), query) ?? notFound;
}

/**
 * A path inside an assessment, as assessmentPath() writes it ("s/inst/q/inst.body", "" for
 * its task list): the route it names in assessment `id`, or null when it names none.
 */
export function parseAssessmentPath(id: string, path: string): AssessmentRoute | null {
  if (!SEGMENT.test(id)) return null;
  const { parts, query } = splitPath(path);
  return parts === null ? null : parseInAssessment(id, parts, query);
}

/** The pages "Continue where you left off" may lead back to. */
const RESUMABLE: ReadonlySet<Route["name"]> = new Set(["tasks", "question", "check", "results"]);

/**
 * An assessment's stored lastPath as the page it names in that assessment, or null when it
 * names none a user can go back to. The current form is assessmentPath()'s ("s/inst/q/inst.body");
 * older versions stored the whole address ("#/a/<id>/results"), read here as its route when
 * <id> is the assessment's own.
 */
export function parseLastPath(id: string, stored: string): AssessmentRoute | null {
  const route = stored.startsWith("#") ? parseRoute(stored) : parseAssessmentPath(id, stored);
  if (route === null || !("id" in route) || route.id !== id) return null;
  return RESUMABLE.has(route.name) ? route : null;
}

/** Where an assessment was left, or null when nothing (valid) is stored or it was its task list. */
export function lastRoute(assessment: { id: string; lastPath: string }): AssessmentRoute | null {
  const route = assessment.lastPath ? parseLastPath(assessment.id, assessment.lastPath) : null;
  return route?.name === "tasks" ? null : route;
}

function parseInAssessment(id: string, p: string[], query: URLSearchParams): AssessmentRoute | null {
  if (p.length === 0) return { name: "tasks", id };
  if (p.length === 1) {
    if (p[0] === "delete") return { name: "delete", id };
    if (p[0] === "report") return { name: "report", id };
    if (p[0] === "export") return { name: "export", id };
    if (p[0] === "update") return { name: "update", id };
    if (p[0] === "results") {
      const route: AssessmentRoute = { name: "results", id };
      const dimension = query.get("dimension");
      const ministry = query.get("ministry");
      if (dimension && SEGMENT.test(dimension)) route.dimension = dimension;
      if (ministry && SEGMENT.test(ministry)) route.ministry = ministry;
      return route;
    }
  }
  if (p[0] === "s" && p[1] !== undefined) {
    if (p.length === 3 && p[2] === "check") return { name: "check", id, dimensionId: p[1] };
    if (p.length === 4 && p[2] === "q" && p[3] !== undefined) {
      const route: AssessmentRoute = { name: "question", id, dimensionId: p[1], indicatorId: p[3] };
      if (query.get("from") === "check") route.from = "check";
      return route;
    }
  }
  return null;
}

/** Decoded path segments (null when one is not a valid segment), the query and the path part. */
function splitPath(raw: string): { parts: string[] | null; query: URLSearchParams; path: string } {
  const [path = "", queryPart = ""] = raw.split("?", 2);
  const query = new URLSearchParams(queryPart);
  const decoded = path.split("/").filter(Boolean).map(safeDecode);
  const valid = decoded.every((p): p is string => p !== null && SEGMENT.test(p));
  return { parts: valid ? decoded : null, query, path: path || "/" };
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case "start":
      return "#/";
    case "new":
      return "#/new";
    case "import":
      return "#/import";
    case "compare":
      return `#/compare?ids=${route.ids.map(encodeURIComponent).join(",")}`;
    case "notFound":
      return `#${route.path}`;
    default: {
      const inside = assessmentPath(route);
      return `#/a/${encodeURIComponent(route.id)}${inside ? `/${inside}` : ""}`;
    }
  }
}

/** The part of an assessment's route after "#/a/<id>/" ("" for its task list). */
export function assessmentPath(route: AssessmentRoute): string {
  switch (route.name) {
    case "tasks":
      return "";
    case "delete":
    case "report":
    case "export":
    case "update":
      return route.name;
    case "results": {
      const query = new URLSearchParams();
      if (route.dimension) query.set("dimension", route.dimension);
      if (route.ministry) query.set("ministry", route.ministry);
      const q = query.toString();
      return `results${q ? `?${q}` : ""}`;
    }
    case "check":
      return `s/${encodeURIComponent(route.dimensionId)}/check`;
    case "question":
      return `s/${encodeURIComponent(route.dimensionId)}/q/${encodeURIComponent(route.indicatorId)}${route.from ? "?from=check" : ""}`;
  }
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
