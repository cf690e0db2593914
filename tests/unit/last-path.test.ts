// lastPath is a checked route: the reader keeps only a page of the assessment a user can go
// back to, in the form the route formatter writes, and turns the whole address that older
// versions stored ("#/a/examplia-2024/results") into that form. The task list's Continue
// link and the resume on opening the app are built from it by the formatter.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VALUE_MIGRATIONS } from "../../src/domain/document/migrations";
import { readDocumentText } from "../../src/domain/document/read";
import { assessmentPath, formatRoute, lastRoute, parseLastPath, parseRoute, type AssessmentRoute } from "../../src/routing/routes";

const readFile = (path: string) => {
  const r = readDocumentText(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.document.assessment;
};
const lastPathMigration = VALUE_MIGRATIONS.find((m) => m.name.startsWith("lastPath"))!;
const migrated = (id: string, lastPath: string) => {
  const a = readFile("tests/fixtures/documents/v2/minimal.json");
  return lastPathMigration.migrate({ ...a, id, lastPath }).lastPath;
};

describe("lastPath read from a file", () => {
  it("v1/complete: the whole address it stores becomes the path of its results page, and Continue leads there", () => {
    const raw = JSON.parse(readFileSync("tests/fixtures/documents/v1/complete.json", "utf8")).assessment.lastPath;
    expect(raw).toBe("#/a/examplia-2024/results");
    // What the task list's link used to be: the not-found page.
    expect(parseRoute(`#/a/examplia-2024/${raw}`).name).toBe("notFound");

    const a = readFile("tests/fixtures/documents/v1/complete.json");
    expect(a.lastPath).toBe("results");
    const route = lastRoute(a);
    expect(route).toEqual({ name: "results", id: "examplia-2024" });
    const href = formatRoute(route!);
    expect(href).toBe("#/a/examplia-2024/results");
    expect(parseRoute(href)).toEqual({ name: "results", id: "examplia-2024" });
  });

  it("every seed and fixture that reads has a lastPath that is empty or names a page of its own assessment", () => {
    const files = [
      ...readdirSync("seeds").filter((f) => f.endsWith(".json")).map((f) => `seeds/${f}`),
      ...["v1", "v2"].flatMap((v) => readdirSync(`tests/fixtures/documents/${v}`).map((f) => `tests/fixtures/documents/${v}/${f}`)),
    ];
    const seen: string[] = [];
    for (const file of files) {
      const a = readFile(file);
      seen.push(a.lastPath);
      if (a.lastPath === "") continue;
      const route = lastRoute(a)!;
      expect(route, file).not.toBeNull();
      expect(assessmentPath(route), file).toBe(a.lastPath);
      expect(parseRoute(formatRoute(route)), file).toEqual(route);
    }
    expect(seen).toContain("results");
    expect(seen).toContain("s/costs/q/costs.remit.price");
  });

  it("the migration has a name that says what it does, and runs on every read", () => {
    expect(lastPathMigration.name).toBe("lastPath: the whole address becomes the path inside the assessment; what names no page to go back to is dropped");
    // A version 2 file (no format migration) with the old form is migrated too.
    const text = readFileSync("tests/fixtures/documents/v2/with-number.json", "utf8").replace('"s/costs/q/costs.remit.price"', '"#/a/examplia-2026/s/costs/check"');
    const r = readDocumentText(text);
    expect(r.ok && [r.document.assessment.id, r.document.assessment.lastPath, r.migratedFrom]).toEqual(["examplia-2026", "s/costs/check", null]);
  });

  it.each([
    ["s/inst/q/inst.body", "s/inst/q/inst.body"],
    ["s/inst/check", "s/inst/check"],
    ["s/inst/q/inst.body?from=check", "s/inst/q/inst.body?from=check"],
    ["results", "results"],
    ["results?dimension=inst", "results?dimension=inst"],
    ["#/a/a1/s/inst/q/inst.body", "s/inst/q/inst.body"],
    ["#/a/a1/results", "results"],
    ["#/a/a1", ""],
    ["", ""],
    // Another assessment's page, pages that are no place to continue from, and what is no route.
    ["#/a/a2/results", ""],
    ["#/compare?ids=a1,a2", ""],
    ["#/", ""],
    ["delete", ""],
    ["update", ""],
    ["#/a/a1/delete", ""],
    ["javascript:alert(1)", ""],
    ["s/inst", ""],
    ["s/inst/q", ""],
    ["../../etc", ""],
    ["s/%E0%A4%A/check", ""],
    ["p".repeat(500), ""],
  ])("%j is stored as %j", (stored, expected) => {
    expect(migrated("a1", stored)).toBe(expected);
  });

  it("a value already in the current form is kept as the same object", () => {
    const a = readFile("tests/fixtures/documents/v2/with-number.json");
    expect(lastPathMigration.migrate(a)).toBe(a);
  });
});

describe("the route grammar for paths inside an assessment", () => {
  const routes: AssessmentRoute[] = [
    { name: "question", id: "a1", dimensionId: "inst", indicatorId: "inst.body" },
    { name: "question", id: "a1", dimensionId: "inst", indicatorId: "inst.body", from: "check" },
    { name: "check", id: "a1", dimensionId: "inst" },
    { name: "results", id: "a1" },
    { name: "results", id: "a1", dimension: "inst", ministry: "health" },
  ];

  it.each(routes.map((r) => [formatRoute(r), r] as const))("%s: parsed back from its path and from its address", (href, route) => {
    expect(parseLastPath("a1", assessmentPath(route))).toEqual(route);
    expect(parseLastPath("a1", href)).toEqual(route);
    expect(parseRoute(href)).toEqual(route);
    expect(href).toBe(`#/a/a1/${assessmentPath(route)}`);
  });

  it("the task list is no place to continue from: no link", () => {
    expect(lastRoute({ id: "a1", lastPath: "" })).toBeNull();
    expect(lastRoute({ id: "a1", lastPath: "#/a/a1" })).toBeNull();
    expect(formatRoute({ name: "tasks", id: "a1" })).toBe("#/a/a1");
  });
});
