// Sorting storage exceptions into the cases the user is told about.
export type StorageErrorKind = "quota" | "unavailable" | "failed";

export function classifyStorageError(error: unknown): StorageErrorKind {
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? "");
  if (name === "QuotaExceededError" || /quota/i.test(message)) return "quota";
  if (name === "InvalidStateError" || name === "SecurityError" || name === "UnknownError") return "unavailable";
  return "failed";
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
