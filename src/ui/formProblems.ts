import type { FieldErrors, FieldValues } from "react-hook-form";
import type { FieldProblem } from "./ErrorSummary";

/** Error summary entries in the order the fields appear on the page. */
export function formProblems<T extends FieldValues>(errors: FieldErrors<T>, fields: [name: keyof T & string, fieldId: string][]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [name, fieldId] of fields) {
    const message = errors[name]?.message;
    if (typeof message === "string" && message) problems.push({ fieldId, message });
  }
  return problems;
}
