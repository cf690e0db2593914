// Numbered migrations of the saved-document format: MIGRATIONS[n] turns a version-n
// document into version n+1. Each one gets a fixture in tests/fixtures/documents/ the
// day its version ships, and those fixtures must keep loading.
import type { Problem } from "./problems";

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Version 1 is the first released format: nothing to migrate yet. */
export const MIGRATIONS: Record<number, Migration> = {};

export function migrateToCurrent(
  doc: Record<string, unknown>,
  fromVersion: number,
): { ok: true; data: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  let current = doc;
  for (let v = fromVersion; MIGRATIONS[v]; v++) {
    try {
      current = { ...MIGRATIONS[v]!(current), formatVersion: v + 1 };
    } catch {
      return { ok: false, problems: [{ where: "(file)", message: `The file could not be upgraded from format version ${v}.` }] };
    }
  }
  return { ok: true, data: current };
}
