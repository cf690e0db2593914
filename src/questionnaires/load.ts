// Questionnaires reach the app lazily (each file its own chunk, fetched as a module from
// our own origin, so the CSP holds) and are validated every time they are loaded.
import { validateQuestionnaire, type QuestionnaireProblem } from "../domain/questionnaire/validate";
import type { Questionnaire } from "../domain/questionnaire/schema";

type Loader = () => Promise<unknown>;

const files = import.meta.glob<unknown>("/questionnaires/*.json", { import: "default" }) as Record<string, Loader>;

export type LoadResult =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; file: string; problems: QuestionnaireProblem[] };

/** The questionnaire offered for new assessments when there are several. */
export const DEFAULT_QUESTIONNAIRE_ID = "picmd-national";

const cache = new Map<string, Promise<LoadResult>>();

function loadFile(path: string, load: Loader): Promise<LoadResult> {
  let pending = cache.get(path);
  if (!pending) {
    pending = load().then(
      (data): LoadResult => {
        const result = validateQuestionnaire(data);
        return result.ok ? result : { ok: false, file: fileName(path), problems: result.problems };
      },
      (): LoadResult => ({ ok: false, file: fileName(path), problems: [{ where: "(file)", message: "The file could not be loaded." }] }),
    );
    cache.set(path, pending);
  }
  return pending;
}

/** Every questionnaire file, validated. */
export function loadAllQuestionnaires(): Promise<LoadResult[]> {
  return Promise.all(Object.entries(files).map(([path, load]) => loadFile(path, load)));
}

/**
 * The questionnaire with this id: the given version, or the newest installed one when no
 * version is given. A result with problems when missing or invalid. Files are usually
 * named `<id>.json` (newest) and `<id>.v<N>.json` (kept for assessments made on version N):
 * those are tried first so only one chunk is fetched.
 */
export async function loadQuestionnaire(id: string, version?: number): Promise<LoadResult> {
  const names = version === undefined ? [`${id}.json`] : [`${id}.v${version}.json`, `${id}.json`];
  let failed: LoadResult | undefined;
  for (const name of names) {
    const direct = Object.entries(files).find(([path]) => fileName(path) === name);
    if (!direct) continue;
    const result = await loadFile(direct[0], direct[1]);
    if (!result.ok) failed ??= result;
    else if (result.questionnaire.id === id && (version === undefined || result.questionnaire.version === version)) return result;
  }
  const valid = (await loadAllQuestionnaires()).filter((r): r is Loaded => r.ok && r.questionnaire.id === id);
  const chosen = version === undefined ? newestOf(valid) : valid.find((r) => r.questionnaire.version === version);
  if (chosen) return chosen;
  if (failed) return failed;
  const what = version === undefined ? `with id "${id}"` : `"${id}" version ${version}`;
  return { ok: false, file: `${id}.json`, problems: [{ where: "(file)", message: `No questionnaire ${what} is installed.` }] };
}

type Loaded = Extract<LoadResult, { ok: true }>;

function newestOf(results: Loaded[]): Loaded | undefined {
  return results.reduce<Loaded | undefined>((best, r) => (!best || r.questionnaire.version > best.questionnaire.version ? r : best), undefined);
}

/** The questionnaire for new assessments: the default one if present, else the first valid one. */
export async function loadDefaultQuestionnaire(): Promise<LoadResult> {
  const all = await loadAllQuestionnaires();
  const valid = all.filter((r): r is Loaded => r.ok);
  const chosen = newestOf(valid.filter((r) => r.questionnaire.id === DEFAULT_QUESTIONNAIRE_ID)) ?? valid[0];
  if (chosen) return chosen;
  return all.find((r) => !r.ok) ?? { ok: false, file: "questionnaires/", problems: [{ where: "(folder)", message: "No questionnaire is installed." }] };
}

function fileName(path: string): string {
  return path.split("/").pop() ?? path;
}
