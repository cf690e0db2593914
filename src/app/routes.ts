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

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "") || "/";
  const [pathPart = "/", queryPart = ""] = raw.split("?", 2);
  const query = new URLSearchParams(queryPart);
  const parts = pathPart.split("/").filter(Boolean).map(safeDecode);
  const notFound: Route = { name: "notFound", path: pathPart };
  if (parts.some((p) => p === null || !SEGMENT.test(p))) return parts.length ? notFound : { name: "start" };
  const p = parts as string[];

  if (p.length === 0) return { name: "start" };
  if (p.length === 1 && p[0] === "new") return { name: "new" };
  if (p.length === 1 && p[0] === "import") return { name: "import" };
  if (p.length === 1 && p[0] === "compare") {
    const ids = (query.get("ids") ?? "").split(",").filter((id) => SEGMENT.test(id));
    return { name: "compare", ids };
  }
  if (p[0] !== "a" || p[1] === undefined) return notFound;
  const id = p[1];
  if (p.length === 2) return { name: "tasks", id };
  if (p.length === 3) {
    if (p[2] === "delete") return { name: "delete", id };
    if (p[2] === "report") return { name: "report", id };
    if (p[2] === "export") return { name: "export", id };
    if (p[2] === "update") return { name: "update", id };
    if (p[2] === "results") {
      const route: Route = { name: "results", id };
      const dimension = query.get("dimension");
      const ministry = query.get("ministry");
      if (dimension && SEGMENT.test(dimension)) route.dimension = dimension;
      if (ministry && SEGMENT.test(ministry)) route.ministry = ministry;
      return route;
    }
  }
  if (p[2] === "s" && p[3] !== undefined) {
    if (p.length === 5 && p[4] === "check") return { name: "check", id, dimensionId: p[3] };
    if (p.length === 6 && p[4] === "q" && p[5] !== undefined) {
      const route: Route = { name: "question", id, dimensionId: p[3], indicatorId: p[5] };
      if (query.get("from") === "check") route.from = "check";
      return route;
    }
  }
  return notFound;
}

export function formatRoute(route: Route): string {
  const a = (id: string) => `#/a/${encodeURIComponent(id)}`;
  switch (route.name) {
    case "start":
      return "#/";
    case "new":
      return "#/new";
    case "import":
      return "#/import";
    case "compare":
      return `#/compare?ids=${route.ids.map(encodeURIComponent).join(",")}`;
    case "tasks":
      return a(route.id);
    case "delete":
      return `${a(route.id)}/delete`;
    case "report":
      return `${a(route.id)}/report`;
    case "export":
      return `${a(route.id)}/export`;
    case "update":
      return `${a(route.id)}/update`;
    case "results": {
      const query = new URLSearchParams();
      if (route.dimension) query.set("dimension", route.dimension);
      if (route.ministry) query.set("ministry", route.ministry);
      const q = query.toString();
      return `${a(route.id)}/results${q ? `?${q}` : ""}`;
    }
    case "check":
      return `${a(route.id)}/s/${encodeURIComponent(route.dimensionId)}/check`;
    case "question":
      return `${a(route.id)}/s/${encodeURIComponent(route.dimensionId)}/q/${encodeURIComponent(route.indicatorId)}${route.from ? "?from=check" : ""}`;
    case "notFound":
      return `#${route.path}`;
  }
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
