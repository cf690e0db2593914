// npm run serve:pilot: the app's files with its security headers, and CouchDB under /db/
// on the same origin (sign-in by cookie through it, answers never cached, no browser
// password dialog, only the paths the app needs, a live change feed streamed through).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appCsp, createPilotServer } from "../../src/server/pilot";
import { parsePilotArgs } from "../../scripts/serve-pilot";
import { activityDocId } from "../../src/domain/sharing/layout";
import { PASSWORD, adminCouch, couchdb, createAccounts, now, shareFixture, uniquePrefix } from "./support/world";

const APP_CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

async function listen(server: Server): Promise<string> {
  server.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw GET whose path is sent exactly as written (fetch would normalise ../). */
function rawGet(base: string, path: string): Promise<number> {
  return new Promise((done, fail) => {
    const url = new URL(base);
    request({ host: url.hostname, port: url.port, path, method: "GET" }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    })
      .on("error", fail)
      .end();
  });
}

describe("pilot server: arguments and the app's CSP", () => {
  it("takes the CSP from the app's index.html and adds frame-ancestors 'none'", () => {
    const csp = appCsp(readFileSync("index.html", "utf8"));
    expect(csp).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(csp).toMatch(/object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
  });

  it("refuses a CouchDB address with credentials, a bad port and unknown flags", () => {
    expect(parsePilotArgs(["--couchdb", "http://127.0.0.1:5984", "--port", "9000"])).toEqual({ couchdb: "http://127.0.0.1:5984", port: 9000, host: "127.0.0.1", dist: "dist" });
    expect(parsePilotArgs(["--couchdb", "http://admin:pw@127.0.0.1:5984"])).toEqual({ error: expect.stringContaining("must not carry a name or password") });
    expect(parsePilotArgs(["--couchdb", "http://127.0.0.1:5984", "--port", "70000"])).toEqual({ error: expect.stringContaining("--port") });
    expect(parsePilotArgs(["--port", "8080"])).toEqual({ error: expect.stringContaining("--couchdb is required") });
    expect(parsePilotArgs(["--couchdb", "ftp://x"])).toEqual({ error: expect.stringContaining("http://") });
    expect(() => createPilotServer({ dist: ".", couchdbUrl: "http://a:b@127.0.0.1:5984" })).toThrow(/credentials/);
  });
});

describe.skipIf(!couchdb)("pilot server in front of CouchDB", () => {
  let dist: string;
  const p = uniquePrefix("pilot");
  const fp = `${p}-fp`;
  let server: Server;
  let base: string;
  let db: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "coherence-dist-"));
    writeFileSync(join(dist, "index.html"), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${APP_CSP}" /></head><body>app</body></html>`);
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "assets", "index-3f9a.js"), "console.log('app')");
    server = createPilotServer({ dist, couchdbUrl: couchdb!.url });
    base = await listen(server);
    const admin = adminCouch();
    await createAccounts(admin, [fp]);
    db = await shareFixture(admin, [{ name: fp, role: "focalPoint", dimensions: [] }]);
  });

  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it("serves the app with its CSP as a header, frame-ancestors 'none' and the other security headers", async () => {
    const r = await fetch(`${base}/`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("app");
    expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(r.headers.get("content-security-policy")).toBe(`${APP_CSP}; frame-ancestors 'none'`);
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("referrer-policy")).toBe("no-referrer");
    expect(r.headers.get("x-frame-options")).toBe("DENY");
    expect(r.headers.get("cache-control")).toBe("no-cache");
    const asset = await fetch(`${base}/assets/index-3f9a.js`);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("never serves a file outside dist/, nor anything but GET and HEAD", async () => {
    for (const path of ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2f..%2fetc/passwd", "/missing.js", "/index.html%00.js"]) {
      expect(await rawGet(base, path), path).toBe(404);
    }
    expect((await fetch(`${base}/`, { method: "POST", body: "x" })).status).toBe(405);
  });

  it("signs in by cookie through /db/ and reads the shared assessment; CouchDB's answers are never cached", async () => {
    const signIn = await fetch(`${base}/db/_session`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: fp, password: PASSWORD }) });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(cookie).toMatch(/^AuthSession=/);
    const details = await fetch(`${base}/db/${db}/details`, { headers: { Cookie: cookie } });
    expect(details.status).toBe(200);
    expect((await details.json()).country).toBe("Republic of Examplia");
    expect(details.headers.get("cache-control")).toBe("no-store");
    expect(details.headers.get("x-content-type-options")).toBe("nosniff");
    expect(details.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(signIn.headers.get("set-cookie")).not.toMatch(/Secure/);
    const behindTls = await fetch(`${base}/db/_session`, { method: "POST", headers: { "Content-Type": "application/json", "X-Forwarded-Proto": "https" }, body: JSON.stringify({ name: fp, password: PASSWORD }) });
    expect(behindTls.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("a missing sign-in gets 401 without WWW-Authenticate, so no browser password dialog", async () => {
    const r = await fetch(`${base}/db/${db}/details`);
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toBeNull();
  });

  it("only the session, health and shared assessments' databases are reachable, even for an admin", async () => {
    const basic = `Basic ${Buffer.from(`${couchdb!.admin.name}:${couchdb!.admin.password}`).toString("base64")}`;
    for (const path of ["/db/_all_dbs", "/db/_node/_local/_config", "/db/_users/_all_docs", "/db/_replicate", "/db/_utils/", "/db/../db/_all_dbs"]) {
      const r = await fetch(`${base}${path}`, { headers: { Authorization: basic } });
      expect(r.status, path).toBe(404);
    }
    expect((await fetch(`${base}/db/_up`)).status).toBe(200);
  });

  it("streams a live change feed through", async () => {
    const signIn = await fetch(`${base}/db/_session`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: fp, password: PASSWORD }) });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    const feed = fetch(`${base}/db/${db}/_changes?feed=longpoll&since=now&timeout=20000`, { headers: { Cookie: cookie } }).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 300));
    const at = now();
    const id = activityDocId(at, fp, "feed0test");
    const put = await fetch(`${base}/db/${db}/${encodeURIComponent(id)}`, {
      method: "PUT",
      headers: { Cookie: cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ at, user: fp, action: "detailsChanged" }),
    });
    expect(put.status).toBe(201);
    const changes = await feed;
    expect(changes.results.map((c: { id: string }) => c.id)).toContain(id);
  });

  it("says so when CouchDB cannot be reached", async () => {
    const down = createPilotServer({ dist, couchdbUrl: "http://127.0.0.1:1/" });
    const url = await listen(down);
    const r = await fetch(`${url}/db/_up`);
    expect(r.status).toBe(502);
    expect(await r.json()).toEqual({ error: "unavailable", reason: "The assessment server cannot be reached." });
    down.close();
  });
});
