// The server's rules in a real CouchDB (QuickJS runs the shipped validate_doc_update):
// every rule refused with a crafted request from a signed-in person (cookie session, as
// the app will be), and accepted for the right one.
import { beforeAll, describe, expect, it } from "vitest";
import type { Couch } from "../../src/server/couch";
import { applyMembers } from "../../src/server/share";
import { activityDocId, type Member } from "../../src/domain/sharing/layout";
import { databasesFromRoles } from "../../src/domain/sharing/members";
import { fromSharedDocs } from "../../src/domain/sharing/convert";
import { adminCouch, couchdb, createAccounts, eventually, fixtureAssessment, now, shareFixture, signIn, uniquePrefix } from "./support/world";

const p = uniquePrefix("rules");
const fp = `${p}-fp`, ana = `${p}-ana`, ben = `${p}-ben`, rita = `${p}-rita`, eve = `${p}-eve`;
const people: Member[] = [
  { name: fp, role: "focalPoint", dimensions: [] },
  { name: ana, role: "contributor", dimensions: ["inst"] },
  { name: ben, role: "contributor", dimensions: ["rights"] },
  { name: rita, role: "reader", dimensions: [] },
];

const answer = (by: string, extra: Record<string, unknown> = {}) => ({
  choice: { kind: "option", optionId: "active" },
  evidence: "Decree 12/2025",
  comment: "",
  answeredBy: by,
  updatedAt: now(),
  ...extra,
});

/** The refusal's code ("wrong-section", ...) or the status when CouchDB itself refused. */
function codeOf(r: { status: number; json: { error?: string; reason?: string } }): string {
  if (r.status === 403 && r.json.error === "forbidden") return String(r.json.reason).split(":")[0]!;
  return String(r.status);
}

describe.skipIf(!couchdb)("rules enforced by CouchDB", () => {
  let admin: Couch;
  let db: string;
  const as: Record<string, Couch> = {};

  beforeAll(async () => {
    admin = adminCouch();
    await createAccounts(admin, [fp, ana, ben, rita, eve]);
    db = await shareFixture(admin, people);
    for (const name of [fp, ana, ben, rita, eve]) as[name] = await signIn(name);
  });

  async function put(who: string, id: string, body: Record<string, unknown>) {
    const current = await admin.request("GET", `${db}/${encodeURIComponent(id)}`);
    const rev = current.status === 200 ? { _rev: current.json._rev } : {};
    return as[who]!.request("PUT", `${db}/${encodeURIComponent(id)}`, { ...body, ...rev });
  }

  it("the rules run in the server's JavaScript engine: QuickJS in the 3.5 release", async () => {
    const engine = (await admin.ok("GET", "_node/_local/_versions")).javascript_engine?.name;
    if (couchdb!.source.includes("start-couchdb.sh")) expect(engine).toBe("quickjs");
    else expect(["quickjs", "spidermonkey"]).toContain(engine);
    // A refusal with the function's own code proves it ran (a design document that did
    // not compile would refuse every write with a different message).
    const r = await put(rita, "answer:inst.body", answer(rita));
    expect(r.json.reason).toMatch(/^reader: /);
  });

  it("the shared database holds the assessment as the file had it", async () => {
    const all = await as[rita]!.ok("GET", `${db}/_all_docs?include_docs=true`);
    const back = fromSharedDocs(all.rows.map((r: { doc: unknown }) => r.doc));
    const original = fixtureAssessment();
    expect(back.ok && back.assessment).toEqual({ ...original, lastPath: "", revision: 0 });
    expect(back.ok && back.members).toEqual(people);
  });

  it("a contributor answers their own section as themselves", async () => {
    const r = await put(ana, "answer:inst.meets", answer(ana));
    expect(r.status).toBe(201);
  });

  it("refuses a contributor's answer to another section", async () => {
    const r = await put(ana, "answer:rights.health", answer(ana));
    expect(r.status).toBe(403);
    expect(r.json.reason).toMatch(/^wrong-section: question rights\.health is in section rights/);
  });

  it("refuses a forged answeredBy", async () => {
    expect(codeOf(await put(ana, "answer:inst.body", answer(fp)))).toBe("answered-by");
    expect(codeOf(await put(ana, "answer:inst.body", answer("Ministry of Labour")))).toBe("answered-by");
  });

  it("refuses the same wrong section when pushed the way replication does (new_edits=false)", async () => {
    const r = await as[ana]!.request("POST", `${db}/_bulk_docs`, { new_edits: false, docs: [{ _id: "answer:rights.diaspora", _rev: "9-0123456789abcdef0123456789abcdef", ...answer(ana) }] });
    expect(r.status).toBe(201);
    expect(r.json[0]).toMatchObject({ error: "forbidden", reason: expect.stringMatching(/^wrong-section/) });
  });

  it("refuses text over the file format's limit, accepts it at the limit", async () => {
    expect(codeOf(await put(ana, "answer:inst.budget", answer(ana, { evidence: "é".repeat(100_001) })))).toBe("invalid");
    expect((await put(ana, "answer:inst.budget", answer(ana, { evidence: "é".repeat(100_000) }))).status).toBe(201);
  });

  it("only the focal point changes details, completion and members", async () => {
    const details = await admin.ok("GET", `${db}/details`);
    expect(codeOf(await put(ana, "details", { ...details, title: "Taken over" }))).toBe("focal-point-only");
    expect(codeOf(await put(ana, "completion", { completedSections: ["inst"] }))).toBe("focal-point-only");
    expect(codeOf(await put(ana, "members", { people: [...people, { name: eve, role: "reader", dimensions: [] }] }))).toBe("focal-point-only");
    expect((await put(fp, "details", { ...details, title: "Second review" })).status).toBe(201);
    expect((await admin.ok("GET", `${db}/details`)).title).toBe("Second review");
    expect((await put(fp, "completion", { completedSections: ["inst", "rights"] })).status).toBe(201);
  });

  it("activity records: created by their writer, never edited or deleted", async () => {
    const at = now();
    const id = activityDocId(at, ana, "0a1b2c3d4e");
    const record = { at, user: ana, action: "answered", indicatorId: "inst.meets" };
    expect(codeOf(await put(ana, activityDocId(at, fp, "0a1b2c3d4e"), { ...record, user: fp }))).toBe("answered-by");
    const created = await put(ana, id, record);
    expect(created.status).toBe(201);
    expect(codeOf(await put(ana, id, { ...record, action: "answerRemoved" }))).toBe("activity-append-only");
    expect(codeOf(await as[ana]!.request("DELETE", `${db}/${encodeURIComponent(id)}?rev=${created.json.rev}`))).toBe("activity-append-only");
    expect(codeOf(await as[fp]!.request("DELETE", `${db}/${encodeURIComponent(id)}?rev=${created.json.rev}`))).toBe("activity-append-only");
    expect(codeOf(await admin.request("DELETE", `${db}/${encodeURIComponent(id)}?rev=${created.json.rev}`))).toBe("activity-append-only");
    expect(await admin.ok("GET", `${db}/${encodeURIComponent(id)}`)).toMatchObject(record);
  });

  it("readers read but write nothing", async () => {
    expect((await as[rita]!.request("GET", `${db}/details`)).status).toBe(200);
    expect(codeOf(await put(rita, "answer:inst.body", answer(rita)))).toBe("reader");
    expect(codeOf(await put(rita, activityDocId(now(), rita, "abcdef12"), { at: now(), user: rita, action: "answered" }))).toBe("reader");
  });

  it("_security keeps a non-member out and anonymous users get nothing", async () => {
    expect((await as[eve]!.request("GET", `${db}/details`)).status).toBe(403);
    expect((await as[eve]!.request("PUT", `${db}/answer:inst.body`, answer(eve))).status).toBe(403);
    const anonymous = await fetch(new URL(`${db}/details`, couchdb!.url));
    expect(anonymous.status).toBe(401);
  });

  it("nobody but a server admin touches the rules or _security", async () => {
    expect((await put(fp, "_design/coherence", { validate_doc_update: "function(){}" })).status).toBe(403);
    const before = await admin.ok("GET", `${db}/_security`);
    // CouchDB 3.5 answers a member's attempt with 500 no_majority (each shard said forbidden).
    const attempt = await as[fp]!.request("PUT", `${db}/_security`, { admins: { names: [fp], roles: [] }, members: { names: [fp, eve], roles: [] } });
    expect(attempt.status).toBeGreaterThanOrEqual(400);
    expect(await admin.ok("GET", `${db}/_security`)).toEqual(before);
    expect(codeOf(await put(fp, "notes", { text: "x" }))).toBe("unknown-document");
  });

  it("a member's session lists the database; people see only their own", async () => {
    const listed = await eventually(async () => {
      const dbs = databasesFromRoles((await as[ben]!.ok("GET", "_session")).userCtx.roles);
      return dbs.includes(db) ? dbs : undefined;
    });
    expect(listed).toEqual([db]);
    expect((await as[ben]!.request("GET", "_all_dbs")).status).toBe(401);
    expect((await as[ben]!.request("GET", `_users/org.couchdb.user:${ana}`)).status).toBe(403);
  });

  it("the members list takes effect when the share step applies it, at the focal point's request only", async () => {
    const moreSections: Member[] = people.map((m) => (m.name === ben ? { ...m, dimensions: ["rights", "inst"] } : m));
    expect((await put(fp, "members", { people: [...moreSections, { name: eve, role: "reader", dimensions: [] }] })).status).toBe(201);
    expect(codeOf(await put(ben, "answer:inst.body", answer(ben)))).toBe("wrong-section");
    expect(await applyMembers(admin, db, ana)).toMatchObject({ ok: false });
    expect(await applyMembers(admin, db, fp)).toEqual({ ok: true, added: [eve], removed: [] });
    expect((await put(ben, "answer:inst.body", answer(ben))).status).toBe(201);
    expect((await as[eve]!.request("GET", `${db}/details`)).status).toBe(200);

    expect((await put(fp, "members", { people: people.filter((m) => m.name !== rita) })).status).toBe(201);
    expect(await applyMembers(admin, db, fp)).toEqual({ ok: true, added: [], removed: [rita, eve] });
    expect((await as[rita]!.request("GET", `${db}/details`)).status).toBe(403);
    expect((await admin.ok("GET", `_users/org.couchdb.user:${rita}`)).roles).toEqual([]);
    // Sessions see role changes once CouchDB's account cache has caught up (moments later).
    const roles = await eventually(async () => {
      const dbs = databasesFromRoles((await as[rita]!.ok("GET", "_session")).userCtx.roles);
      return dbs.includes(db) ? undefined : dbs;
    });
    expect(roles).toEqual([]);
  });
});
