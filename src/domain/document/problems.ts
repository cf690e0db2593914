// Turns schema issues into plain-language problems with a field path such as
// "assessment.answers.inst.budget.evidence".
export interface Problem {
  where: string;
  message: string;
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

export function describeIssues(issues: readonly Issue[], limit = 10): Problem[] {
  return issues.slice(0, limit).map((issue) => ({
    where: issue.path.length ? issue.path.map(String).join(".") : "(file)",
    message: plain(issue),
  }));
}

function plain(issue: Issue): string {
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return "This field is missing.";
  if (issue.code === "invalid_type") return issue.message.replace(/^Invalid input: /, "Wrong kind of value: ");
  if (issue.code === "too_big") return issue.message.replace(/^Too big: /, "Too long or too large: ");
  return issue.message;
}
