// npm run serve:pilot -- --couchdb URL [--port N] [--host ADDRESS] [--dist DIR]
// Serves the built app (npm run build) and forwards /db/ to CouchDB on the same origin
// (src/server/pilot.ts). With COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD set it also
// runs the share service (src/server/share-api.ts). For a pilot; in production put nginx
// with TLS in front (README).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createPilotServer } from "../src/server/pilot";
import { createShareHandler } from "../src/server/share-api";
import { checkAdmin, couchAt, CouchError } from "../src/server/couch";
import { shippedQuestionnaires } from "../src/server/questionnaires";

const USAGE = "Usage: npm run serve:pilot -- --couchdb URL [--port 8080] [--host 127.0.0.1] [--dist dist]";

export function parsePilotArgs(args: string[]): { couchdb: string; port: number; host: string; dist: string } | { error: string } {
  const options = { couchdb: "", port: 8080, host: "127.0.0.1", dist: "dist" };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    if (arg === "--help" || arg === "-h") return { error: USAGE };
    if (!["--couchdb", "--port", "--host", "--dist"].includes(arg)) return { error: `Unknown argument ${arg}.\n${USAGE}` };
    if (value === undefined) return { error: `${arg} needs a value.\n${USAGE}` };
    i++;
    if (arg === "--couchdb") options.couchdb = value;
    else if (arg === "--host") options.host = value;
    else if (arg === "--dist") options.dist = value;
    else {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `--port must be a whole number from 0 to 65535, not ${value}.` };
      options.port = port;
    }
  }
  if (!options.couchdb) return { error: `--couchdb is required.\n${USAGE}` };
  try {
    const url = new URL(options.couchdb);
    if (url.protocol !== "http:" && url.protocol !== "https:") return { error: `--couchdb must start with http:// or https://, not ${options.couchdb}.` };
    if (url.username || url.password) return { error: "--couchdb must not carry a name or password: each person signs in with their own." };
  } catch {
    return { error: `--couchdb is not a URL: ${options.couchdb}` };
  }
  return options;
}

async function main() {
  const options = parsePilotArgs(process.argv.slice(2));
  if ("error" in options) {
    console.error(options.error);
    process.exit(2);
  }
  const dist = resolve(options.dist);
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`${dist}/index.html is missing: build the app first (npm run build).`);
    process.exit(1);
  }
  // With a server admin's credentials in the environment, the share service runs too.
  const { COUCHDB_ADMIN_USER: name, COUCHDB_ADMIN_PASSWORD: password } = process.env;
  let share: ReturnType<typeof createShareHandler> | undefined;
  if (name) {
    const admin = couchAt(options.couchdb, { name, password: password ?? "" });
    try {
      await checkAdmin(admin);
    } catch (error) {
      console.error(error instanceof CouchError ? error.message : String(error));
      process.exit(1);
    }
    share = createShareHandler({ couchdbUrl: options.couchdb, admin, questionnaires: shippedQuestionnaires() });
  }
  const server = createPilotServer({ dist, couchdbUrl: options.couchdb, ...(share ? { share } : {}) });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${options.port} on ${options.host} is already in use; choose another with --port.` : `Cannot serve: ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : options.port;
    console.log(`Serving ${dist} at http://${options.host}:${port}/ with /db/ forwarded to ${options.couchdb}`);
    console.log(share ? `Share service on at /share/v1/ (acting as server administrator ${name}).` : "Share service off (set COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD to turn it on).");
    console.log("Stop with Ctrl+C.");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections(); // long-polling change feeds would hold the close
    });
}

if (process.argv[1]?.endsWith("serve-pilot.ts")) void main();
