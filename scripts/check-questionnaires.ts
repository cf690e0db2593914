// npm run check:questionnaires [files...]
// Validates every questionnaire file (default: questionnaires/*.json) and prints each
// problem as "file: where: what is wrong". Exits 1 when any file has a problem.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateQuestionnaire } from "../src/domain/questionnaire/validate";

export function checkFile(path: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return [`${path}: (file): not valid JSON (${(error as Error).message})`];
  }
  const result = validateQuestionnaire(data);
  return result.ok ? [] : result.problems.map((p) => `${path}: ${p.where}: ${p.message}`);
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
  for (const file of files) {
    const problems = checkFile(file);
    if (problems.length) {
      failed++;
      problems.forEach((p) => console.error(p));
    } else {
      console.log(`${file}: ok`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1]?.endsWith("check-questionnaires.ts")) main(process.argv.slice(2));
