// What the import steps share: the outcome shown on the last page, and a storage answer as a message.
import type { Assessment } from "../../domain/assessment/assessment";
import type { Translate } from "../../i18n/translate";
import type { SaveResult } from "../../storage";
import type { TransferMessages } from "./messages";

export type Done = { kind: "new" | "replaced" | "merged"; assessment: Assessment };

/** Turns a storage answer into a message, or null when it was saved. */
export function saveProblem(result: SaveResult, t: Translate<TransferMessages>): string | null {
  if (result.ok) return null;
  if (result.reason === "conflict") return t("import.conflict");
  return t("import.saveFailed", { reason: result.message });
}

