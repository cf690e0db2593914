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

// Settings changed while the tests run, and put back after:
// - password hashing at CouchDB's 600,000 PBKDF2 rounds costs about a second per account
//   and per sign-in here; the tests make dozens of both;
// - the replicator waits up to 5 s (random) before starting each replication.
const TEST_SETTINGS: [string, string][] = [
  ["_node/_local/_config/chttpd_auth/iterations", "1000"],
  ["_node/_local/_config/replicator/startup_jitter", "0"],
];

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
    const before = await Promise.all(TEST_SETTINGS.map(([path]) => admin.request("GET", path)));
    for (const [path, value] of TEST_SETTINGS) await admin.ok("PUT", path, JSON.stringify(value));
    project.provide("couchdb", found.info);
    return async () => {
      for (const [i, [path]] of TEST_SETTINGS.entries()) {
        const was = before[i]!;
        await (was.status === 200 ? admin.request("PUT", path, JSON.stringify(was.json)) : admin.request("DELETE", path)).catch(() => {});
      }
      await found.stop();
    };
  } catch (error) {
    await found.stop();
    throw error;
  }
}
