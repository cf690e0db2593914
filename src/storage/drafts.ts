// A question's form as typed but not yet a complete answer (no option chosen yet, or
// "Not applicable" without its reason). Kept per browser, never exported.
import { z } from "../domain/zod";
import { MAX_LONG_TEXT } from "../domain/document/limits";
import { describeIssues } from "../domain/document/problems";
import { problemsText } from "../domain/document/write";

const text = z.string().check(z.maxLength(MAX_LONG_TEXT));

export const draftSchema = z.object({
  choice: z.string().check(z.maxLength(200)),
  reason: text,
  evidence: text,
  comment: text,
  /** A number question: the figure and its year as typed (the choice is then ":figure"). */
  figure: z.optional(z.string().check(z.maxLength(200))),
  figureYear: z.optional(z.string().check(z.maxLength(200))),
});

export type Draft = z.infer<typeof draftSchema>;

export const emptyDraft: Draft = { choice: "", reason: "", evidence: "", comment: "" };

/** Problems that would make the reader drop this draft, as one line; null when it can be stored. */
export function draftProblem(draft: Draft): string | null {
  const parsed = draftSchema.safeParse(draft);
  if (parsed.success) return null;
  return problemsText(describeIssues(parsed.error.issues, draft));
}
