// The questionnaires this version ships (questionnaires/*.json), read from disk and
// validated, for the server-side commands.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateQuestionnaire } from "../domain/questionnaire/validate";
import type { Questionnaire } from "../domain/questionnaire/schema";

const DIR = new URL("../../questionnaires/", import.meta.url).pathname;

export function shippedQuestionnaires(dir = DIR): Questionnaire[] {
  const out: Questionnaire[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const result = validateQuestionnaire(JSON.parse(readFileSync(join(dir, file), "utf8")));
    if (result.ok) out.push(result.questionnaire);
  }
  return out;
}
