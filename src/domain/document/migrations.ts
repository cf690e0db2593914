// Numbered migrations of the saved-document format: MIGRATIONS[n] turns a version-n
// document into version n+1. Each step has a name that says what the new version brought.
// Each version gets fixtures in tests/fixtures/documents/vN/ the day it ships, and those
// fixtures must keep loading.
import type { Problem } from "./problems";

export interface Migration {
  /** What version n+1 brought, in a few words. */
  name: string;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: Record<number, Migration> = {
  // Version 2 adds the number answer, { kind: "number", value, year }, and the optional
  // mark on an answer copied from an earlier year, carriedOver: { fromYear }. A version 1
  // file holds neither, so its answers are already valid version 2 answers.
  1: { name: "number answers", migrate: (doc) => doc },
};

export function migrateToCurrent(
  doc: Record<string, unknown>,
  fromVersion: number,
): { ok: true; data: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  let current = doc;
  for (let v = fromVersion; Object.hasOwn(MIGRATIONS, v); v++) {
    const step = MIGRATIONS[v]!;
    try {
      current = { ...step.migrate(current), formatVersion: v + 1 };
    } catch {
      return { ok: false, problems: [{ where: "(file)", message: `The file could not be upgraded from format version ${v} (step "${step.name}").` }] };
    }
  }
  return { ok: true, data: current };
}
