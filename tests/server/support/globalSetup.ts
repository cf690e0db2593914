// Once per run of the server tests: find or start a CouchDB (couchdb.ts), prepare it
// with the real setup step, hand its address to the test files (inject("couchdb")), and
// stop what was started. No CouchDB: one line and the tests are skipped, unless
// REQUIRE_COUCHDB=1, which makes it a failure.
import type { TestProject } from "vitest/node";
import { findCouchDB, type CouchInfo } from "./couchdb";
import { couchAt } from "../../../src/server/couch";
import { setupServer } from "../../../src/server/setup";
import { shippedQuestionnaires } from "../../../src/server/questionnaires";

declare module "vitest" {
  export interface ProvidedContext {
    couchdb: CouchInfo | null;
  }
}

// Password hashing at CouchDB's 600,000 PBKDF2 rounds costs about a second per account
// and per sign-in here; the tests make dozens, so they use fewer rounds while they run.
const ITERATIONS = "_node/_local/_config/chttpd_auth/iterations";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const found = await findCouchDB();
  if ("unavailable" in found) {
    if (process.env.REQUIRE_COUCHDB === "1") throw new Error(`REQUIRE_COUCHDB=1 but ${found.unavailable}`);
    console.warn(`Sharing server tests skipped: ${found.unavailable}`);
    project.provide("couchdb", null);
    return async () => {};
  }
  console.log(`Sharing server tests use CouchDB from ${found.info.source}.`);
  const admin = couchAt(found.info.url, found.info.admin);
  try {
    await setupServer(admin, { questionnaires: shippedQuestionnaires() }, () => {});
    const before = await admin.request("GET", ITERATIONS);
    await admin.ok("PUT", ITERATIONS, JSON.stringify("1000"));
    project.provide("couchdb", found.info);
    return async () => {
      if (before.status === 200) await admin.request("PUT", ITERATIONS, JSON.stringify(before.json)).catch(() => {});
      else await admin.request("DELETE", ITERATIONS).catch(() => {});
      await found.stop();
    };
  } catch (error) {
    await found.stop();
    throw error;
  }
}
