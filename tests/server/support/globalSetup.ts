// Once per run of the server tests: find or start a CouchDB (couchdb.ts), prepare it
// with the real setup step, hand its address to the test files (inject("couchdb")), and
// stop what was started. No CouchDB: one line and the tests are skipped, unless
// REQUIRE_COUCHDB=1, which makes it a failure.
import type { TestProject } from "vitest/node";
import { findCouchDB, type CouchInfo } from "./couchdb";

declare module "vitest" {
  export interface ProvidedContext {
    couchdb: CouchInfo | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const found = await findCouchDB();
  if ("unavailable" in found) {
    if (process.env.REQUIRE_COUCHDB === "1") throw new Error(`REQUIRE_COUCHDB=1 but ${found.unavailable}`);
    console.warn(`Sharing server tests skipped: ${found.unavailable}`);
    project.provide("couchdb", null);
    return async () => {};
  }
  console.log(`Sharing server tests use CouchDB from ${found.info.source}.`);
  project.provide("couchdb", found.info);
  return found.stop;
}
