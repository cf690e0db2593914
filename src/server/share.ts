// The share step: what only a server administrator can do for a shared assessment.
// CouchDB lets only admins create databases, write _security and design documents, and
// set roles in _users, so these run with admin credentials (a command, a test, or later a
// small service that checks the focal point's own session first).
//
// API:
//   shareAssessment(admin, input) -> { ok: true, database } | { ok: false, problems }
//     Creates the database, opens it to the people (_security), installs the rules,
//     writes the assessment's documents and a "shared" activity record, and gives each
//     person the role that lists the database for them.
//   applyMembers(admin, database, requestedBy?) -> { ok: true, added, removed } | { ok: false, problems }
//     Copies the members document (edited by the focal point) into _security and roles.
//     With requestedBy, refuses unless that user is a focal point of the database now.
import { randomBytes } from "node:crypto";
import type { Couch } from "./couch";
import type { Assessment } from "../domain/assessment/assessment";
import type { Questionnaire } from "../domain/questionnaire/schema";
import type { Problem } from "../domain/document/problems";
import { assessmentSchema } from "../domain/document/format";
import { describeIssues } from "../domain/document/problems";
import { toSharedDocs } from "../domain/sharing/convert";
import { MEMBERS_ID, RULES_DESIGN_ID, activityDocId, type ActivityDoc, type Member, type MembersDoc } from "../domain/sharing/layout";
import { membersProblems, memberRole, securityFor, sharedDatabaseName, isSharedDatabaseName, type SecurityObject } from "../domain/sharing/members";
import { sharingRules } from "../domain/sharing/rules";
import { membersDocSchema } from "../domain/sharing/schemas";
import { rulesDesignDoc } from "./design-doc";
import { accountExists, setRoles } from "./accounts";

export const randomTail = () => randomBytes(8).toString("hex");

export interface ShareInput {
  assessment: Assessment;
  questionnaire: Questionnaire;
  people: Member[];
  /** The focal point sharing it (one of people). */
  sharedBy: string;
  at: string;
}

type Refused = { ok: false; problems: Problem[] };

export async function shareAssessment(admin: Couch, input: ShareInput, random = randomTail): Promise<{ ok: true; database: string } | Refused> {
  const { assessment, questionnaire, people, sharedBy } = input;
  const checked = assessmentSchema.safeParse(assessment);
  if (!checked.success) return { ok: false, problems: describeIssues(checked.error.issues, assessment) };
  if (assessment.questionnaire.id !== questionnaire.id || assessment.questionnaire.version !== questionnaire.version) {
    return refuse("assessment.questionnaire", `is ${assessment.questionnaire.id} version ${assessment.questionnaire.version}, but the rules were made for ${questionnaire.id} version ${questionnaire.version}; upgrade the assessment first.`);
  }
  const problems = await peopleProblems(admin, people, questionnaire.dimensions.map((d) => d.id));
  if (!people.some((p) => p.name === sharedBy && p.role === "focalPoint")) problems.push({ where: "sharedBy", message: `${sharedBy} must be one of the focal points.` });
  if (problems.length) return { ok: false, problems };

  const database = sharedDatabaseName(assessment.id, random());
  const created = await admin.request("PUT", database);
  if (created.status === 412) return refuse("database", `${database} already exists; share again to get a new name.`);
  if (created.status >= 300) return refuse("database", `CouchDB refused to create ${database}: ${created.json?.reason ?? created.status}`);

  await admin.ok("PUT", `${database}/_security`, securityFor(people));
  await admin.ok("PUT", `${database}/${RULES_DESIGN_ID}`, rulesDesignDoc(sharingRules(questionnaire)));
  const docs = toSharedDocs(checked.data);
  const shared: ActivityDoc = { _id: activityDocId(input.at, sharedBy, random()), at: input.at, user: sharedBy, action: "shared" };
  const members: MembersDoc = { _id: MEMBERS_ID, people };
  const written: { id: string; ok?: boolean; error?: string; reason?: string }[] = await admin.ok("POST", `${database}/_bulk_docs`, {
    docs: [docs.details, docs.completion, members, ...docs.answers, ...docs.archive, shared],
  });
  const failed = written.filter((r) => !r.ok);
  if (failed.length) {
    await admin.request("DELETE", database);
    return { ok: false, problems: failed.slice(0, 10).map((r) => ({ where: r.id, message: `was refused by the server: ${r.reason ?? r.error}` })) };
  }
  for (const person of people) await setRoles(admin, person.name, [memberRole(database)], []);
  return { ok: true, database };
}

export async function applyMembers(admin: Couch, database: string, requestedBy?: string): Promise<{ ok: true; added: string[]; removed: string[] } | Refused> {
  if (!isSharedDatabaseName(database)) return refuse("database", `"${database}" is not the name of a shared assessment.`);
  const security = (await admin.request("GET", `${database}/_security`)).json as Partial<SecurityObject> | null;
  const before: Member[] = security?.coherence?.people ?? [];
  if (requestedBy !== undefined && !before.some((p) => p.name === requestedBy && p.role === "focalPoint")) {
    return refuse("requestedBy", `${requestedBy} is not a focal point of this assessment.`);
  }
  const design = await admin.ok("GET", `${database}/${RULES_DESIGN_ID}`);
  const stored = await admin.request("GET", `${database}/${MEMBERS_ID}`);
  const parsed = membersDocSchema.safeParse(stored.json);
  if (!parsed.success) return refuse(MEMBERS_ID, "is missing or damaged; the focal point must save the list of people again.");
  const people = parsed.data.people;
  const problems = await peopleProblems(admin, people, design.coherence?.dimensions ?? []);
  if (problems.length) return { ok: false, problems };

  await admin.ok("PUT", `${database}/_security`, securityFor(people));
  const now = new Set(people.map((p) => p.name));
  const was = new Set(before.map((p) => p.name));
  const added = [...now].filter((n) => !was.has(n));
  const removed = [...was].filter((n) => !now.has(n));
  for (const name of now) await setRoles(admin, name, [memberRole(database)], []);
  for (const name of removed) if (await accountExists(admin, name)) await setRoles(admin, name, [], [memberRole(database)]);
  return { ok: true, added, removed };
}

async function peopleProblems(admin: Couch, people: Member[], dimensionIds: string[]): Promise<Problem[]> {
  const problems = membersProblems(people, dimensionIds);
  if (problems.length) return problems;
  for (const person of people) {
    if (!(await accountExists(admin, person.name))) problems.push({ where: person.name, message: "has no account on this server; create it first." });
  }
  return problems;
}

function refuse(where: string, message: string): Refused {
  return { ok: false, problems: [{ where, message }] };
}
