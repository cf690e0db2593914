// npm run server:setup -- URL [--focal-point NAME] [--focal-point-password-file FILE]
// Prepares a CouchDB 3 for shared assessments (src/server/setup.ts); safe to run again.
// Admin credentials: COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD (or in the URL).
// First focal point: --focal-point NAME or COUCHDB_FOCAL_POINT; its password from
// COUCHDB_FOCAL_POINT_PASSWORD or the first line of --focal-point-password-file (never a flag,
// which other users could read in the process list).
import { readFileSync } from "node:fs";
import { couchAt, CouchError } from "../src/server/couch";
import { setupServer } from "../src/server/setup";
import { shippedQuestionnaires } from "../src/server/questionnaires";

const USAGE = "Usage: npm run server:setup -- URL [--focal-point NAME] [--focal-point-password-file FILE]\n" +
  "  with COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD set (a server administrator of that CouchDB).";

export function parseSetupArgs(args: string[], env: NodeJS.ProcessEnv): { url: string; focalPoint?: { name: string; password?: string } } | { error: string } {
  let url = "";
  let name = env.COUCHDB_FOCAL_POINT ?? "";
  let passwordFile = "";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--focal-point") name = args[++i] ?? "";
    else if (arg === "--focal-point-password-file") passwordFile = args[++i] ?? "";
    else if (arg === "--help" || arg === "-h") return { error: USAGE };
    else if (arg.startsWith("-")) return { error: `Unknown option ${arg}.\n${USAGE}` };
    else if (!url) url = arg;
    else return { error: `One URL only (got ${url} and ${arg}).\n${USAGE}` };
  }
  if (!url) return { error: USAGE };
  let password = env.COUCHDB_FOCAL_POINT_PASSWORD;
  if (passwordFile) {
    try {
      password = readFileSync(passwordFile, "utf8").split(/\r?\n/)[0];
    } catch {
      return { error: `Cannot read the password file ${passwordFile}.` };
    }
  }
  return { url, ...(name ? { focalPoint: { name, ...(password ? { password } : {}) } } : {}) };
}

async function main() {
  const parsed = parseSetupArgs(process.argv.slice(2), process.env);
  if ("error" in parsed) {
    console.error(parsed.error);
    process.exit(2);
  }
  const { COUCHDB_ADMIN_USER: name, COUCHDB_ADMIN_PASSWORD: password } = process.env;
  try {
    const couch = name ? couchAt(parsed.url, { name, password: password ?? "" }) : couchAt(parsed.url);
    await setupServer(couch, { questionnaires: shippedQuestionnaires(), ...(parsed.focalPoint ? { focalPoint: parsed.focalPoint } : {}) }, (line) => console.log(line));
  } catch (error) {
    console.error(error instanceof CouchError ? error.message : `Setup stopped: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith("server-setup.ts")) void main();
