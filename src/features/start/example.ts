// "Try the example": every seeds/*.json document goes through the same reader as an
// imported file, and is added unless an assessment with its id is already saved.
import { readDocument } from "../../domain/document/read";
import type { AssessmentRepository } from "../../storage";

const seeds = import.meta.glob<unknown>("/seeds/*.json", { import: "default" }) as Record<string, () => Promise<unknown>>;

export interface ExampleResult {
  files: number;
  added: number;
  alreadyThere: number;
  unreadable: string[];
}

export async function loadExamples(repository: AssessmentRepository): Promise<ExampleResult> {
  const result: ExampleResult = { files: 0, added: 0, alreadyThere: 0, unreadable: [] };
  for (const [path, load] of Object.entries(seeds).sort(([a], [b]) => a.localeCompare(b))) {
    result.files += 1;
    const read = readDocument(await load().catch(() => null));
    if (!read.ok) {
      result.unreadable.push(path);
      continue;
    }
    const saved = await repository.create({ ...read.document.assessment, revision: 0 });
    if (saved.ok) result.added += 1;
    else if (saved.reason === "conflict") result.alreadyThere += 1;
    else throw new Error(saved.message);
  }
  return result;
}
