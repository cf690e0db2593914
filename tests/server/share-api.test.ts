// The share service behind the pilot server, driven as the browser will drive it: a focal
// point signs in through /db/_session, creates a colleague's account, shares an assessment
// file, edits the members document and has it applied. Everyone else is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createPilotServer } from "../../src/server/pilot";
import { createShareHandler } from "../../src/server/share-api";
import { ensureUser } from "../../src/server/accounts";
import { FOCAL_POINT_ROLE, databasesFromRoles } from "../../src/domain/sharing/members";
import { PASSWORD, adminCouch, couchdb, createAccounts, eventually, mini, now, uniquePrefix } from "./support/world";

const p = uniquePrefix("api");
const fp = `${p}-fp`, ana = `${p}-ana`, ben = `${p}-ben`;
const file = JSON.parse(readFileSync("tests/fixtures/documents/v1/complete.json", "utf8"));

describe.skipIf(!couchdb)("share service", () => {
  let server: Server;
  let base: string;
  const cookies: Record<string, string> = {};

  async function signIn(name: string, password = PASSWORD) {
    const r = await fetch(`${base}/db/_session`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name, password }) });
    expect(r.status).toBe(200);
    cookies[name] = (r.headers.get("set-cookie") ?? "").split(";")[0]!;
  }
  const post = (path: string, who: string | null, body: unknown = {}, headers: Record<string, string> = {}) =>
    fetch(`${base}/share/v1/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(who ? { Cookie: cookies[who]! } : {}), ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const admin = adminCouch();
    await ensureUser(admin, fp, PASSWORD, [FOCAL_POINT_ROLE]);
    await createAccounts(admin, [ben]);
    server = createPilotServer({ dist: ".", couchdbUrl: couchdb!.url, share: createShareHandler({ couchdbUrl: couchdb!.url, admin, questionnaires: [mini()] }) });
    server.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await signIn(fp);
    await signIn(ben);
  });
  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
  });

  it("a focal point creates a colleague's account, once; nobody else can", async () => {
    const created = await post("accounts", fp, { name: ana, password: "first-password-for-ana" });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ name: ana });
    expect((await post("accounts", fp, { name: ana, password: "another-password" })).status).toBe(409);
    expect((await post("accounts", ben, { name: `${p}-x`, password: "long-enough-password" })).status).toBe(403);
    const short = await post("accounts", fp, { name: `${p}-short`, password: "short" });
    expect(short.status).toBe(422);
    expect((await short.json()).reason).toContain("at least 12 characters");
    await signIn(ana, "first-password-for-ana");
  });

  it("refuses without a session, without JSON, and from another origin", async () => {
    expect((await post("assessments", null, { document: file, people: [] })).status).toBe(401);
    const form = await fetch(`${base}/share/v1/accounts`, { method: "POST", headers: { Cookie: cookies[fp]!, "Content-Type": "text/plain" }, body: "{}" });
    expect(form.status).toBe(415);
    expect((await post("accounts", fp, { name: `${p}-y`, password: "long-enough-password" }, { Origin: "https://elsewhere.example" })).status).toBe(403);
    expect((await fetch(`${base}/share/v1/assessments`, { headers: { Cookie: cookies[fp]! } })).status).toBe(405);
  });

  let db = "";
  const people = () => [
    { name: fp, role: "focalPoint", dimensions: [] },
    { name: ana, role: "contributor", dimensions: ["inst"] },
  ];

  it("a focal point shares an assessment file; the contributor finds it and answers their section", async () => {
    expect((await post("assessments", ana, { document: file, people: people() })).status).toBe(403);
    const broken = await post("assessments", fp, { document: { ...file, assessment: { ...file.assessment, year: 1800 } }, people: people() });
    expect(broken.status).toBe(422);
    expect((await broken.json()).problems[0].where).toBe("assessment.year");

    const shared = await post("assessments", fp, { document: file, people: people() });
    expect(shared.status).toBe(201);
    db = (await shared.json()).database;
    expect(db).toMatch(/^coherence-examplia-2024-[0-9a-f]{16}$/);

    // The new role reaches the contributor's session once CouchDB's account cache catches up.
    const listed = await eventually(async () => {
      const session = await (await fetch(`${base}/db/_session`, { headers: { Cookie: cookies[ana]! } })).json();
      const dbs = databasesFromRoles(session.userCtx.roles);
      return dbs.length ? dbs : undefined;
    });
    expect(listed).toEqual([db]);
    const answer = { choice: { kind: "dontKnow" }, evidence: "", comment: "", answeredBy: ana, updatedAt: now() };
    const current = await (await fetch(`${base}/db/${db}/answer:inst.meets`, { headers: { Cookie: cookies[ana]! } })).json();
    const put = await fetch(`${base}/db/${db}/answer:inst.meets`, { method: "PUT", headers: { Cookie: cookies[ana]!, "Content-Type": "application/json" }, body: JSON.stringify({ ...answer, _rev: current._rev }) });
    expect(put.status).toBe(201);
  });

  it("the members document takes effect when its focal point asks, not when anyone else does", async () => {
    const current = await (await fetch(`${base}/db/${db}/members`, { headers: { Cookie: cookies[fp]! } })).json();
    const saved = await fetch(`${base}/db/${db}/members`, {
      method: "PUT",
      headers: { Cookie: cookies[fp]!, "Content-Type": "application/json" },
      body: JSON.stringify({ _rev: current._rev, people: [...people(), { name: ben, role: "reader", dimensions: [] }] }),
    });
    expect(saved.status).toBe(201);
    expect((await fetch(`${base}/db/${db}/details`, { headers: { Cookie: cookies[ben]! } })).status).toBe(403);
    expect((await post(`assessments/${db}/members`, ana)).status).toBe(403);
    const applied = await post(`assessments/${db}/members`, fp);
    expect(applied.status).toBe(200);
    expect(await applied.json()).toEqual({ added: [ben], removed: [] });
    expect((await fetch(`${base}/db/${db}/details`, { headers: { Cookie: cookies[ben]! } })).status).toBe(200);
    expect((await post("assessments/coherence-nothing-here/members", fp)).status).toBe(404);
  });

  it("is off, and says so, when the pilot runs without admin credentials", async () => {
    const plain = createPilotServer({ dist: ".", couchdbUrl: couchdb!.url });
    plain.listen(0, "127.0.0.1");
    await new Promise((r) => plain.once("listening", r));
    const r = await fetch(`http://127.0.0.1:${(plain.address() as AddressInfo).port}/share/v1/assessments`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(r.status).toBe(503);
    expect((await r.json()).reason).toContain("Sharing is not turned on");
    plain.close();
  });
});
