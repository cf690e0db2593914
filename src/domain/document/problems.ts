// Turns schema issues into plain-language problems with a field path, for example
//   { where: "assessment.year", message: "must be a whole number" }
//   { where: "assessment.answers.inst.body.evidence", message: "is longer than 100,000 characters" }
// zod/mini has no default messages, so messages are built from the issue's code and
// details (expected, maximum, minimum, values). A message written in a schema check
// (such as the id pattern rule) is kept as it is.
//
// API: describeIssues(issues, input?, limit = 10) -> Problem[]; describeIssue(issue, input?) -> Problem
//   `input` is the data that was checked: with it, a missing field says "is missing"
//   instead of "must be text". At most `limit` problems are listed, then one line
//   "... and N more problems".
import type { z } from "../zod";

export interface Problem {
  /** Field path such as "assessment.answers.inst.body.evidence", or "(file)". */
  where: string;
  message: string;
}

export const MAX_LISTED_PROBLEMS = 10;
const GENERIC = "Invalid input";
const MAX_SEGMENT = 60;

export function describeIssues(issues: readonly z.core.$ZodIssue[], input?: unknown, limit = MAX_LISTED_PROBLEMS): Problem[] {
  const listed = issues.slice(0, limit).map((issue) => describeIssue(issue, input));
  const rest = issues.length - listed.length;
  if (rest > 0) listed.push({ where: "(file)", message: `... and ${rest} more ${rest === 1 ? "problem" : "problems"}.` });
  return listed;
}

export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): Problem {
  return { where: formatPath(issue.path), message: plainMessage(issue, valueAt(input, issue.path)) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i ? "." : ""}${safeSegment(String(segment))}`))
    .join("");
}

/** File keys are untrusted: shorten them and make control and direction characters visible. */
function safeSegment(segment: string): string {
  if (segment === "") return '""';
  // eslint-disable-next-line no-control-regex
  const visible = segment.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
  return visible.length > MAX_SEGMENT ? `${visible.slice(0, MAX_SEGMENT)}...` : visible;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a group of fields",
  record: "a group of fields",
  array: "a list",
  literal: "a fixed value",
};

function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.message && issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? "is missing" : `must be ${KINDS[issue.expected] ?? issue.expected}`;
    case "too_big":
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case "too_small":
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case "invalid_value":
      return issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of: ${issue.values.map(String).join(", ")}`;
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      return options ? `must be one of: ${options.map(String).join(", ")}` : "is not in any accepted form";
    }
    case "invalid_key":
      return "has a name that is not allowed (use only letters, digits, dots, dashes and underscores)";
    case "invalid_format":
      return "is not in the expected format";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `has fields that are not allowed: ${issue.keys.join(", ")}`;
    default:
      return "is not valid";
  }
}

function tooBig(origin: string, max: number, inclusive: boolean): string {
  const n = count(max);
  if (origin === "string") return inclusive ? `is longer than ${n} characters` : `must be shorter than ${n} characters`;
  if (origin === "array" || origin === "set") return inclusive ? `has more than ${n} items` : `must have fewer than ${n} items`;
  return inclusive ? `must be at most ${n}` : `must be less than ${n}`;
}

function tooSmall(origin: string, min: number, inclusive: boolean): string {
  const n = count(min);
  if (origin === "string") return min === 1 && inclusive ? "must not be empty" : `must be at least ${n} characters long`;
  if (origin === "array" || origin === "set") return `must have at least ${n} ${min === 1 ? "item" : "items"}`;
  return inclusive ? `must be at least ${n}` : `must be more than ${n}`;
}

const count = (n: number) => n.toLocaleString("en-GB");
