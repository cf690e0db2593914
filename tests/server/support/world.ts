// What the server test files share: the CouchDB from globalSetup, accounts with unique
// names per file, and a shared copy of the mini questionnaire's complete fixture.
import { inject } from "vitest";
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { couchAt, login, type Couch } from "../../../src/server/couch";
import { ensureUser } from "../../../src/server/accounts";
import { shareAssessment } from "../../../src/server/share";
import { readDocumentText } from "../../../src/domain/document/read";
import type { Assessment } from "../../../src/domain/assessment/assessment";
import type { Member } from "../../../src/domain/sharing/layout";
import { loadQuestionnaire } from "../../unit/helpers";

export const couchdb = inject("couchdb");
export const PASSWORD = "correct-horse-battery";

export function adminCouch(): Couch {
  if (!couchdb) throw new Error("no CouchDB");
  return couchAt(couchdb.url, couchdb.admin);
}

/** A prefix that keeps this file's accounts and databases apart from the others'. */
export const uniquePrefix = (label: string) => `${label}${randomBytes(3).toString("hex")}`;

export async function createAccounts(admin: Couch, names: string[]): Promise<void> {
  await Promise.all(names.map((name) => ensureUser(admin, name, PASSWORD, [])));
}

export const signIn = (name: string) => login(couchdb!.url, name, PASSWORD);

export const mini = () => loadQuestionnaire("tests/fixtures/questionnaires/mini.json");

export function fixtureAssessment(path = "tests/fixtures/documents/v1/complete.json"): Assessment {
  const read = readDocumentText(readFileSync(path, "utf8"));
  if (!read.ok) throw new Error(`${path} does not load`);
  return read.document.assessment;
}

export async function shareFixture(admin: Couch, people: Member[], assessment = fixtureAssessment()): Promise<string> {
  const focal = people.find((p) => p.role === "focalPoint")!;
  const shared = await shareAssessment(admin, { assessment, questionnaire: mini(), people, sharedBy: focal.name, at: new Date().toISOString() });
  if (!shared.ok) throw new Error(shared.problems.map((p) => `${p.where}: ${p.message}`).join("; "));
  return shared.database;
}

export const now = () => new Date().toISOString();

/**
 * Polls until check() returns something other than undefined (at most ~5 s). For what
 * CouchDB settles moments later, such as a session seeing its account's new roles.
 */
export async function eventually<T>(check: () => Promise<T | undefined>): Promise<T | undefined> {
  for (let i = 0; i < 50; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}
