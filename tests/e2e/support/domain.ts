// The app's own domain code on the example data, for what the browser tests cannot
// sensibly work out again by hand: comparisons across questionnaire versions (the
// lineage of renamed, split and retired questions) and the update to a newer version.
// Scores stay independent (./expected.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { upgradeAssessment } from "../../../src/domain/assessment/upgrade";
import type { Assessment } from "../../../src/domain/assessment/assessment";
import { compareAssessments } from "../../../src/domain/compare/compare";
import type { Comparison } from "../../../src/domain/compare/types";
import { readDocumentText } from "../../../src/domain/document/read";
import type { Questionnaire } from "../../../src/domain/questionnaire/schema";
import { validateQuestionnaire } from "../../../src/domain/questionnaire/validate";
import { ROOT } from "./browser";

function questionnaireFile(file: string): Questionnaire {
  const checked = validateQuestionnaire(JSON.parse(readFileSync(join(ROOT, "questionnaires", file), "utf8")));
  if (!checked.ok) throw new Error(`questionnaires/${file} does not validate`);
  return checked.questionnaire;
}
/** The newest national questionnaire (the shipped file) and the earlier versions kept installed. */
export const nationalNewest = questionnaireFile("picmd-national.json");
export const nationalV1 = questionnaireFile("picmd-national.v1.json");
const installed = new Map([nationalV1, nationalNewest].map((q) => [q.version, q]));

/** The questionnaire version an assessment was answered on. */
export function installedFor(a: Assessment): Questionnaire {
  const q = installed.get(a.questionnaire.version);
  if (!q) throw new Error(`${a.id}: questionnaire version ${a.questionnaire.version} is not installed`);
  return q;
}

/** A seed file as the app reads it. */
export function seedAssessment(name: string): Assessment {
  const r = readDocumentText(readFileSync(join(ROOT, "seeds", `${name}.json`), "utf8"));
  if (!r.ok) throw new Error(`seeds/${name}.json does not read`);
  return r.document.assessment;
}

/** The comparison the compare page should show, each year on its own questionnaire version. */
export function comparisonOf(names: string[]): Comparison {
  const outcome = compareAssessments(names.map((n) => seedAssessment(n)).map((assessment) => ({ assessment, questionnaire: installedFor(assessment) })));
  if (!outcome.ok) throw new Error(`comparison of ${names.join(", ")}: ${JSON.stringify(outcome.problem)}`);
  return outcome.comparison;
}

/** A seed updated to the newest questionnaire, with the list of what moved. */
export function upgradedSeed(name: string) {
  const up = upgradeAssessment(seedAssessment(name), nationalNewest);
  if (!up.ok) throw new Error(`${name}: ${up.message}`);
  return up;
}
