// Who takes part in a shared assessment, and how that becomes the database's _security.
//
// The members document is what the focal point edits; the server cannot read it while
// validating another document, so the share step (an admin) copies the checked list into
// the database's _security object. CouchDB then enforces it twice: `members.names` keeps
// everyone else out of the database, and validate_doc_update reads `coherence.people`
// (its 4th argument, secObj) to decide what each person may write.
//
// API:
//   membersProblems(people, dimensionIds) -> Problem[]   (empty when the list can be applied)
//   securityFor(people) -> SecurityObject
//   sharedDatabaseName(assessmentId, random) -> "coherence-examplia-2026-3f9a0c12d4e5"
//   memberRole(database) -> the _users role that lists a database for its member
import type { Problem } from "../document/problems";
import type { Member } from "./layout";
import { memberSchema } from "./schemas";

/** Given to people who may turn an assessment into a shared one (the share step checks it). */
export const FOCAL_POINT_ROLE = "coherence:focal-point";
const MEMBER_ROLE_PREFIX = "coherence:db:";

export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
  coherence: { people: Member[] };
}

export function membersProblems(people: readonly unknown[], dimensionIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let focalPoints = 0;
  people.forEach((raw, i) => {
    const where = `people[${i}]`;
    const parsed = memberSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push({ where, message: "must have a user name (letters, digits and . _ @ + -), a role and a list of sections." });
      return;
    }
    const person = parsed.data;
    if (seen.has(person.name)) problems.push({ where, message: `names ${person.name} a second time.` });
    seen.add(person.name);
    if (person.role === "focalPoint") focalPoints++;
    if (person.role === "contributor" && person.dimensions.length === 0) problems.push({ where, message: `${person.name} is a contributor without a section.` });
    if (person.role !== "contributor" && person.dimensions.length > 0) problems.push({ where, message: `${person.name} is not a contributor, so has no sections of their own.` });
    for (const d of person.dimensions) if (!dimensionIds.includes(d)) problems.push({ where, message: `section "${d}" is not in the questionnaire.` });
    if (new Set(person.dimensions).size !== person.dimensions.length) problems.push({ where, message: `${person.name} has a section listed twice.` });
  });
  if (focalPoints === 0) problems.push({ where: "people", message: "must include a focal point." });
  return problems;
}

export function securityFor(people: readonly Member[]): SecurityObject {
  return {
    admins: { names: [], roles: [] },
    members: { names: [...new Set(people.map((p) => p.name))].sort(), roles: [] },
    coherence: { people: people.map((p) => ({ name: p.name, role: p.role, dimensions: [...p.dimensions] })) },
  };
}

/** CouchDB database names: lower-case letter first, then a-z 0-9 _ $ ( ) + - /. */
export function sharedDatabaseName(assessmentId: string, random: string): string {
  const slug = assessmentId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `coherence-${slug ? `${slug}-` : ""}${random.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
}

export function isSharedDatabaseName(name: string): boolean {
  return /^coherence-[a-z0-9-]{1,120}$/.test(name);
}

/** A role in the person's _users document, only so the app can list their shared assessments from /_session. */
export function memberRole(database: string): string {
  return `${MEMBER_ROLE_PREFIX}${database}`;
}

export function databasesFromRoles(roles: readonly string[]): string[] {
  return roles.filter((r) => r.startsWith(MEMBER_ROLE_PREFIX)).map((r) => r.slice(MEMBER_ROLE_PREFIX.length)).filter(isSharedDatabaseName);
}
