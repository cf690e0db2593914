// npm run check:questionnaires [files...]
// Validates every questionnaire file (default: questionnaires/*.json) and prints each
// problem as "file: where: what is wrong". Exits 1 when any file has a problem.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateQuestionnaire } from "../src/domain/questionnaire/validate";
import type { Questionnaire } from "../src/domain/questionnaire/schema";
import { checkVersionPair } from "../src/domain/questionnaire/versions";

export function checkFile(path: string): string[] {
  return readFile(path).problems;
}

function readFile(path: string): { problems: string[]; questionnaire?: Questionnaire } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { problems: [`${path}: (file): not valid JSON (${(error as Error).message})`] };
  }
  const result = validateQuestionnaire(data);
  return result.ok ? { problems: [], questionnaire: result.questionnaire } : { problems: result.problems.map((p) => `${path}: ${p.where}: ${p.message}`) };
}

/** Files that hold versions of one questionnaire: each older one against the newest one's upgrade steps. */
export function checkVersions(files: { path: string; questionnaire: Questionnaire }[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, typeof files>();
  for (const f of files) byId.set(f.questionnaire.id, [...(byId.get(f.questionnaire.id) ?? []), f]);
  for (const versions of byId.values()) {
    const sorted = [...versions].sort((a, b) => b.questionnaire.version - a.questionnaire.version);
    const [newest, ...older] = sorted;
    const seen = new Set<number>();
    for (const f of sorted) {
      if (seen.has(f.questionnaire.version)) problems.push(`${f.path}: (file): another file is also version ${f.questionnaire.version} of "${f.questionnaire.id}"`);
      seen.add(f.questionnaire.version);
    }
    for (const old of older) {
      if (old.questionnaire.version === newest!.questionnaire.version) continue;
      problems.push(...checkVersionPair(old.questionnaire, newest!.questionnaire).map((p) => `${newest!.path}: ${p.where}: ${p.message}`));
    }
  }
  return problems;
}

function main(args: string[]) {
  const files = args.length
    ? args
    : readdirSync("questionnaires").filter((f) => f.endsWith(".json")).map((f) => join("questionnaires", f));
  if (files.length === 0) {
    console.error("No questionnaire files found in questionnaires/.");
    process.exit(1);
  }
  let failed = 0;
  const valid: { path: string; questionnaire: Questionnaire }[] = [];
  for (const file of files) {
    const { problems, questionnaire } = readFile(file);
    if (questionnaire) valid.push({ path: file, questionnaire });
    if (problems.length) {
      failed++;
      problems.forEach((p) => console.error(p));
    } else {
      console.log(`${file}: ok`);
    }
  }
  const across = checkVersions(valid);
  across.forEach((p) => console.error(p));
  if (failed || across.length) process.exit(1);
}

if (process.argv[1]?.endsWith("check-questionnaires.ts")) main(process.argv.slice(2));
