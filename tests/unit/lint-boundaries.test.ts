// The lint (eslint.config.js) really refuses the imports the architecture forbids: each case
// lints a small file placed where the forbidden import would be, and names the rule that fires.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function rulesFor(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((m) => m.ruleId);
}

describe("import boundaries", () => {
  it.each([
    ["a feature imports another feature", "src/features/start/x.ts", 'import { wizardMessages } from "../wizard/messages";\nvoid wizardMessages;\n'],
    ["a feature imports the app shell", "src/features/start/x.ts", 'import { App } from "../../app/App";\nvoid App;\n'],
    ["the domain imports storage", "src/domain/x.ts", 'import { getRepository } from "../storage";\nvoid getRepository;\n'],
    ["the domain imports shared UI", "src/domain/assessment/x.ts", 'import { Button } from "../../ui/Basics";\nvoid Button;\n'],
    ["the domain imports a questionnaire loader", "src/domain/x.ts", 'import { loadForAssessment } from "../questionnaires/forAssessment";\nvoid loadForAssessment;\n'],
    ["the domain imports navigation", "src/domain/x.ts", 'import { navigate } from "../routing/navigation";\nvoid navigate;\n'],
    ["shared UI imports storage", "src/ui/x.ts", 'import { getRepository } from "../storage";\nvoid getRepository;\n'],
    ["shared code imports a feature", "src/routing/x.ts", 'import { wizardMessages } from "../features/wizard/messages";\nvoid wizardMessages;\n'],
  ])("%s: refused by import-x/no-restricted-paths", async (_, filePath, code) => {
    expect(await rulesFor(code, filePath)).toEqual(["import-x/no-restricted-paths"]);
  });

  it.each([["react"], ["react-dom/client"], ["@xstate/react"]])("the domain imports %s: refused by no-restricted-imports", async (module) => {
    expect(await rulesFor(`import * as m from "${module}";\nvoid m;\n`, "src/domain/scoring/x.ts")).toEqual(["no-restricted-imports"]);
  });

  it("the domain may use the route grammar", async () => {
    expect(await rulesFor('import { parseRoute } from "../routing/routes";\nvoid parseRoute;\n', "src/domain/x.ts")).toEqual([]);
  });

  it("allowed imports pass: a feature uses routing, shared UI, storage and the domain", async () => {
    const code = [
      'import { formatRoute } from "../../routing/routes";',
      'import { navigate } from "../../routing/navigation";',
      'import { Button } from "../../ui";',
      'import { getRepository } from "../../storage";',
      'import { scoreAssessment } from "../../domain/scoring/score";',
      "void [formatRoute, navigate, Button, getRepository, scoreAssessment];",
      "",
    ].join("\n");
    expect(await rulesFor(code, "src/features/start/x.ts")).toEqual([]);
  });
});

describe("import cycles", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(ROOT, "src", "lint-scratch-"));
    writeFileSync(join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = () => b();\n');
    writeFileSync(join(dir, "b.ts"), 'import { a } from "./a";\nexport const b = (): unknown => a;\n');
    writeFileSync(join(dir, "c.ts"), 'import { b } from "./b";\nexport const c = () => b();\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("two files that import each other are refused by import-x/no-cycle", async () => {
    const [a, b, c] = await eslint.lintFiles(["a.ts", "b.ts", "c.ts"].map((f) => join(dir, f)));
    expect(a!.messages.map((m) => m.ruleId)).toEqual(["import-x/no-cycle"]);
    expect(b!.messages.map((m) => m.ruleId)).toEqual(["import-x/no-cycle"]);
    // c only depends on the cycle: it is not part of one.
    expect(c!.messages).toEqual([]);
  });
});
