// npm run server:setup against a real CouchDB: what it sets takes effect, a second run
// changes nothing, drift is put back, the first focal point can sign in, the rules of
// databases already shared are refreshed, and a wrong URL or credentials get one plain line.
import { beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { CouchError, couchAt, login, type Couch } from "../../src/server/couch";
import { setupServer } from "../../src/server/setup";
import { shippedQuestionnaires } from "../../src/server/questionnaires";
import { FOCAL_POINT_ROLE } from "../../src/domain/sharing/members";
import { RULES_DESIGN_ID } from "../../src/domain/sharing/layout";
import { parseSetupArgs } from "../../scripts/server-setup";
import { PASSWORD, adminCouch, couchdb, createAccounts, shareFixture, uniquePrefix } from "./support/world";

const p = uniquePrefix("setup");

async function runSetup(couch: Couch, focalPoint?: { name: string; password?: string }) {
  const lines: string[] = [];
  const changes = await setupServer(couch, { questionnaires: shippedQuestionnaires(), ...(focalPoint ? { focalPoint } : {}) }, (l) => lines.push(l));
  return { changes, lines };
}

async function unusedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const port = (server.address() as AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile("npx", ["tsx", "scripts/server-setup.ts", ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.skipIf(!couchdb)("server setup", () => {
  let admin: Couch;
  beforeAll(() => {
    admin = adminCouch();
  });

  it("a second run changes nothing and says so", async () => {
    await runSetup(admin);
    const again = await runSetup(admin);
    expect(again.changes).toBe(0);
    expect(again.lines.filter((l) => l.startsWith("  changed"))).toEqual([]);
    expect(again.lines).toContain("Nothing to change: the server was already set up.");
    expect(again.lines.some((l) => l.includes("kept     chttpd/require_valid_user_except_for_up = true"))).toBe(true);
  });

  it("puts back a setting that drifted, and only that one", async () => {
    await admin.ok("PUT", "_node/_local/_config/chttpd_auth/same_site", JSON.stringify("lax"));
    const run = await runSetup(admin);
    expect(run.changes).toBe(1);
    expect(run.lines.filter((l) => l.startsWith("  changed"))).toEqual([expect.stringContaining("chttpd_auth/same_site = strict")]);
    expect(await admin.ok("GET", "_node/_local/_config/chttpd_auth/same_site")).toBe("strict");
  });

  it("what it sets takes effect: sign-in required, /_up open, no CORS, session cookie strict and not persistent", async () => {
    expect((await fetch(couchdb!.url)).status).toBe(401);
    expect((await fetch(new URL("_up", couchdb!.url))).status).toBe(200);
    const preflight = await fetch(couchdb!.url, { method: "OPTIONS", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const name = `${p}-cookie`;
    await createAccounts(admin, [name]);
    const r = await fetch(new URL("_session", couchdb!.url), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name, password: PASSWORD }) });
    const cookie = r.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^AuthSession=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
  });

  it("creates the first focal point, who can sign in; the password policy applies", async () => {
    const name = `${p}-focal`;
    const first = await runSetup(admin, { name, password: "a-long-enough-secret" });
    expect(first.lines).toContain(`  changed  ${name} with role ${FOCAL_POINT_ROLE} (created)`);
    const session = await login(couchdb!.url, name, "a-long-enough-secret");
    expect((await session.ok("GET", "_session")).userCtx.roles).toEqual([FOCAL_POINT_ROLE]);
    const again = await runSetup(admin, { name });
    expect(again.lines).toContain(`  kept     ${name} with role ${FOCAL_POINT_ROLE} (password unchanged)`);
    await expect(runSetup(admin, { name: `${p}-short`, password: "short" })).rejects.toThrow(/at least 12 characters/);
  });

  it("refreshes the rules of a database shared by an older version", async () => {
    const fp = `${p}-fp`;
    await createAccounts(admin, [fp]);
    const db = await shareFixture(admin, [{ name: fp, role: "focalPoint", dimensions: [] }]);
    const ddoc = await admin.ok("GET", `${db}/${RULES_DESIGN_ID}`);
    await admin.ok("PUT", `${db}/${RULES_DESIGN_ID}`, { ...ddoc, validate_doc_update: "function (newDoc) { }" });
    const run = await runSetup(admin);
    expect(run.lines).toContain(`  changed  ${db}: rules updated to this version`);
    expect((await admin.ok("GET", `${db}/${RULES_DESIGN_ID}`)).validate_doc_update).toBe(ddoc.validate_doc_update);
  });

  it("says plainly when the URL or the credentials are wrong", async () => {
    const wrong = couchAt(couchdb!.url, { name: couchdb!.admin.name, password: "not-the-password" });
    await expect(runSetup(wrong)).rejects.toThrow(`CouchDB at ${couchdb!.url} refused the admin name or password (set COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD).`);
    const person = `${p}-plain`;
    await createAccounts(admin, [person]);
    await expect(runSetup(couchAt(couchdb!.url, { name: person, password: PASSWORD }))).rejects.toThrow(`${person} signed in to ${couchdb!.url} but is not a server administrator.`);
    const closed = await unusedPort();
    await expect(runSetup(couchAt(`http://127.0.0.1:${closed}/`))).rejects.toThrow(`Cannot reach http://127.0.0.1:${closed}/ (connection refused: is CouchDB running on that port?).`);
    expect(() => couchAt("localhost:5984")).toThrow(CouchError);

    const notCouch = createServer((_, res) => res.end("<html>hello</html>")).listen(0, "127.0.0.1");
    await new Promise((r) => notCouch.once("listening", r));
    const url = `http://127.0.0.1:${(notCouch.address() as AddressInfo).port}/`;
    await expect(runSetup(couchAt(url))).rejects.toThrow(`${url} answers, but it is not CouchDB`);
    notCouch.close();
  });

  it("the command: runs with credentials from the environment, fails with one line and status 1 otherwise", async () => {
    const env = { COUCHDB_ADMIN_USER: couchdb!.admin.name, COUCHDB_ADMIN_PASSWORD: couchdb!.admin.password };
    const ok = await cli([couchdb!.url, "--focal-point", `${p}-cli`], { ...env, COUCHDB_FOCAL_POINT_PASSWORD: "another-long-secret" });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`changed  ${p}-cli with role ${FOCAL_POINT_ROLE} (created)`);
    const refused = await cli([couchdb!.url], { ...env, COUCHDB_ADMIN_PASSWORD: "wrong" });
    expect(refused).toMatchObject({ code: 1, stdout: "" });
    expect(refused.stderr.trim()).toBe(`CouchDB at ${couchdb!.url} refused the admin name or password (set COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD).`);
  });

  it("the command's arguments: URL, focal point from a flag or the environment, password never from a flag", () => {
    expect(parseSetupArgs([], {})).toEqual({ error: expect.stringContaining("Usage: npm run server:setup -- URL") });
    expect(parseSetupArgs(["http://h:5984", "--focal-point", "fp"], { COUCHDB_FOCAL_POINT_PASSWORD: "s3cret-s3cret" })).toEqual({ url: "http://h:5984", focalPoint: { name: "fp", password: "s3cret-s3cret" } });
    expect(parseSetupArgs(["http://h:5984"], { COUCHDB_FOCAL_POINT: "fp" })).toEqual({ url: "http://h:5984", focalPoint: { name: "fp" } });
    expect(parseSetupArgs(["http://h:5984", "--password", "x"], {})).toEqual({ error: expect.stringContaining("Unknown option --password") });
  });
});
