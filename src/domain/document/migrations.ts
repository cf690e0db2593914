// Runs the named migrations that format.ts declares: the numbered steps from an older
// format version, and the value migrations on every read.
import { MIGRATIONS, VALUE_MIGRATIONS, type AssessmentDocument } from "./format";
import type { Problem } from "./problems";

export { MIGRATIONS, VALUE_MIGRATIONS, type Migration, type ValueMigration } from "./format";

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

/** A checked document with every stored value in its current form. */
export function migrateValues(document: AssessmentDocument): AssessmentDocument {
  const assessment = VALUE_MIGRATIONS.reduce((a, step) => step.migrate(a), document.assessment);
  return assessment === document.assessment ? document : { ...document, assessment };
}
