// Finds a CouchDB 3 for the sharing tests, in this order:
//   1. COUCHDB_URL (admin credentials in the URL or COUCHDB_ADMIN_USER/COUCHDB_ADMIN_PASSWORD);
//      the tests run server:setup against it, so give them a disposable server.
//   2. an installed `couchdb` command (Apache packages: /opt/couchdb/bin/couchdb), started
//      with its own data folder in a temporary directory on a free port;
//   3. the release in ../shared/couchdb (from this checkout or from the main worktree; or
//      COUCHDB_RELEASE_DIR), started by its start-couchdb.sh into a temporary directory on
//      a free port.
// What this module started, it stops. When none can be had the tests are skipped with
// one line saying how to get CouchDB; REQUIRE_COUCHDB=1 turns that into a failure.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { checkAdmin, couchAt } from "../../../src/server/couch";

export interface CouchInfo {
  /** Base URL without credentials, ending in "/". */
  url: string;
  admin: { name: string; password: string };
  /** Where it came from, for the test log. */
  source: string;
}

export interface Found {
  info: CouchInfo;
  stop: () => Promise<void>;
}

export const HOW_TO_GET_COUCHDB =
  "set COUCHDB_URL=http://admin:PASSWORD@127.0.0.1:5984/ to a disposable CouchDB 3 (Apache packages or the couchdb:3 container image), or install Apache CouchDB 3, or put the release at ../shared/couchdb";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../../..");

export async function findCouchDB(): Promise<Found | { unavailable: string }> {
  const fromEnv = process.env.COUCHDB_URL;
  if (fromEnv) {
    const admin = { name: process.env.COUCHDB_ADMIN_USER ?? "", password: process.env.COUCHDB_ADMIN_PASSWORD ?? "" };
    const couch = admin.name ? couchAt(fromEnv, admin) : couchAt(fromEnv);
    if (!admin.name) {
      const u = new URL(fromEnv);
      admin.name = decodeURIComponent(u.username);
      admin.password = decodeURIComponent(u.password);
    }
    // An explicit address that does not work is a mistake to report, not a reason to skip.
    await checkAdmin(couch);
    return { info: { url: couch.url, admin, source: "COUCHDB_URL" }, stop: async () => {} };
  }
  const installed = whichCouchdb();
  if (installed) return startInstalled(installed);
  const script = releaseScript();
  if (script) return startRelease(script);
  return { unavailable: `no CouchDB found: ${HOW_TO_GET_COUCHDB}` };
}

function whichCouchdb(): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const candidate = join(dir, "couchdb");
    if (dir && existsSync(candidate)) return realpathSync(candidate);
  }
  return null;
}

function releaseScript(): string | null {
  const dir = process.env.COUCHDB_RELEASE_DIR;
  if (dir) return existsSync(join(dir, "start-couchdb.sh")) ? join(dir, "start-couchdb.sh") : null;
  const roots = [ROOT];
  try {
    // In a git worktree, ../shared is next to the main checkout, not next to this one.
    const common = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { cwd: ROOT, encoding: "utf8" }).trim();
    roots.push(dirname(common));
  } catch {
    // not a git checkout: only ROOT
  }
  for (const root of roots) {
    const script = join(root, "..", "shared", "couchdb", "start-couchdb.sh");
    if (existsSync(script)) return script;
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

const password = () => randomBytes(12).toString("hex");

async function startRelease(script: string): Promise<Found> {
  const dir = mkdtempSync(join(tmpdir(), "coherence-couchdb-"));
  const port = await freePort();
  const admin = { name: "admin", password: password() };
  try {
    execFileSync(script, [dir, admin.name, admin.password, String(port)], { stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
  } catch (error) {
    const detail = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim().split("\n").slice(-5).join(" | ");
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${script} could not start CouchDB: ${detail}`);
  }
  const stop = async () => {
    try {
      execFileSync(script, ["stop", dir], { stdio: "ignore", timeout: 90_000 });
    } finally {
      stopOwnEpmd(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { info: { url: `http://127.0.0.1:${port}/`, admin, source: `${script} (port ${port})` }, stop };
}

/** Starts an installed CouchDB with its own settings and data in a temporary folder. */
async function startInstalled(binary: string): Promise<Found> {
  const root = dirname(dirname(binary));
  const dir = mkdtempSync(join(tmpdir(), "coherence-couchdb-"));
  const port = await freePort();
  const admin = { name: "admin", password: password() };
  const vmArgs = readFileSync(join(root, "etc", "vm.args"), "utf8").replace(/^-name .*$/m, `-name coherence-test-${port}@127.0.0.1`);
  writeFileSync(join(dir, "vm.args"), vmArgs);
  writeFileSync(
    join(dir, "local.ini"),
    [
      "[couchdb]",
      `database_dir = ${dir}/data`,
      `view_index_dir = ${dir}/data`,
      "single_node = true",
      `uuid = ${randomBytes(16).toString("hex")}`,
      "[chttpd]",
      `port = ${port}`,
      "bind_address = 127.0.0.1",
      "[chttpd_auth]",
      `secret = ${randomBytes(16).toString("hex")}`,
      "[log]",
      "writer = file",
      `file = ${dir}/couchdb.log`,
      "[admins]",
      `${admin.name} = ${admin.password}`,
      "",
    ].join("\n"),
  );
  const child = spawn(binary, [], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      COUCHDB_ARGS_FILE: join(dir, "vm.args"),
      COUCHDB_INI_FILES: `${join(root, "etc", "default.ini")} ${join(dir, "local.ini")}`,
      ERL_EPMD_ADDRESS: "127.0.0.1",
    },
  });
  child.unref();
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      process.kill(child.pid, "SIGTERM");
      for (let i = 0; i < 60 && isAlive(child.pid); i++) await sleep(500);
    }
    stopOwnEpmd(root);
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 90; i++) {
    if (child.exitCode !== null) break;
    const up = await fetch(url).then((r) => r.status === 200, () => false);
    if (up) return { info: { url, admin, source: `installed ${binary} (port ${port})` }, stop };
    await sleep(1000);
  }
  await stop();
  throw new Error(`${binary} did not start on port ${port}; see ${dir}/couchdb.log`);
}

/** The Erlang port mapper the VM started from this folder, stopped when no other node uses it. */
function stopOwnEpmd(folder: string) {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let cmd = "";
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] ?? "";
    } catch {
      continue;
    }
    if (!cmd.startsWith(folder) || !cmd.endsWith("/epmd")) continue;
    try {
      const names = execFileSync(cmd, ["-names"], { encoding: "utf8", timeout: 5000 });
      if (/^name /m.test(names)) return; // another Erlang node still uses it
    } catch {
      // epmd not answering: stop it anyway
    }
    try {
      process.kill(Number(pid), "SIGTERM");
    } catch {
      // already gone
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
