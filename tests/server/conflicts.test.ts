// Two people change the same answer while apart, each in their own replica, then both
// replicate to the server with their own credentials (CouchDB's replication protocol, as
// PouchDB speaks it): the server keeps both versions as a conflict, nothing is dropped, and
// a replica that pulls again sees both. A replica's write the rules refuse is reported by
// the replication and never reaches the server.
import { beforeAll, describe, expect, it } from "vitest";
import { login, type Couch } from "../../src/server/couch";
import type { Member } from "../../src/domain/sharing/layout";
import { PASSWORD, adminCouch, couchdb, createAccounts, now, shareFixture, uniquePrefix } from "./support/world";

const p = uniquePrefix("conflict");
const fp = `${p}-fp`, ana = `${p}-ana`, amal = `${p}-amal`;
const people: Member[] = [
  { name: fp, role: "focalPoint", dimensions: [] },
  { name: ana, role: "contributor", dimensions: ["inst"] },
  { name: amal, role: "contributor", dimensions: ["inst"] },
];

describe.skipIf(!couchdb)("conflicts are kept", () => {
  let admin: Couch;
  let db: string;
  const replicaOf = (name: string) => `replica-${name}`;

  const endpoint = (database: string, who: { name: string; password: string }) => ({
    url: new URL(database, couchdb!.url).toString(),
    auth: { basic: { username: who.name, password: who.password } },
  });
  const asPerson = (name: string) => ({ name, password: PASSWORD });

  /** One replication run; returns CouchDB's report (docs_written, doc_write_failures...). */
  async function replicate(source: ReturnType<typeof endpoint>, target: ReturnType<typeof endpoint>) {
    const result = await admin.ok("POST", "_replicate", { source, target });
    expect(result.ok).toBe(true);
    return result.history?.[0] ?? result;
  }

  beforeAll(async () => {
    admin = adminCouch();
    await createAccounts(admin, [fp, ana, amal]);
    db = await shareFixture(admin, people);
    for (const person of [ana, amal]) {
      await admin.ok("PUT", replicaOf(person));
      // Each person's copy starts as a pull with their own session rights.
      await replicate(endpoint(db, asPerson(person)), endpoint(replicaOf(person), couchdb!.admin));
    }
  });

  it("two offline edits of one answer both survive on the server as a conflict", async () => {
    const base = await admin.ok("GET", `${db}/answer:inst.body`);
    for (const person of [ana, amal]) {
      const local = await admin.ok("GET", `${replicaOf(person)}/answer:inst.body`);
      expect(local._rev).toBe(base._rev);
      await admin.ok("PUT", `${replicaOf(person)}/answer:inst.body`, { ...local, evidence: `seen by ${person}`, answeredBy: person, updatedAt: now() });
    }
    for (const person of [ana, amal]) {
      const pushed = await replicate(endpoint(replicaOf(person), couchdb!.admin), endpoint(db, asPerson(person)));
      expect(pushed.doc_write_failures).toBe(0);
      expect(pushed.docs_written).toBe(1);
    }

    const winner = await admin.ok("GET", `${db}/answer:inst.body?conflicts=true`);
    expect(winner._conflicts).toHaveLength(1);
    const versions: { ok: { answeredBy: string; evidence: string; _rev: string } }[] = await admin.ok("GET", `${db}/answer:inst.body?open_revs=all`);
    expect(versions.map((v) => [v.ok.answeredBy, v.ok.evidence]).sort()).toEqual([
      [amal, `seen by ${amal}`],
      [ana, `seen by ${ana}`],
    ]);
    expect(versions.every((v) => v.ok._rev.startsWith(`${Number(base._rev.split("-")[0]) + 1}-`))).toBe(true);

    // Pulling again brings the other person's version to each replica: both see the conflict.
    await replicate(endpoint(db, asPerson(ana)), endpoint(replicaOf(ana), couchdb!.admin));
    const local = await admin.ok("GET", `${replicaOf(ana)}/answer:inst.body?conflicts=true`);
    expect([local._rev, ...local._conflicts].sort()).toEqual([winner._rev, ...winner._conflicts].sort());
  });

  it("the focal point resolves it by deleting the losing version; the kept one is untouched", async () => {
    const winner = await admin.ok("GET", `${db}/answer:inst.body?conflicts=true`);
    const loser = winner._conflicts[0];
    const focal = await login(couchdb!.url, fp, PASSWORD);
    const removed = await focal.request("DELETE", `${db}/answer:inst.body?rev=${loser}`);
    expect(removed.status).toBe(200);
    const after = await admin.ok("GET", `${db}/answer:inst.body?conflicts=true`);
    expect(after._conflicts).toBeUndefined();
    expect(after).toMatchObject({ _rev: winner._rev, answeredBy: winner.answeredBy, evidence: winner.evidence });
  });

  it("a replica's write to a section its person was not given is refused and stays off the server", async () => {
    const local = await admin.ok("GET", `${replicaOf(amal)}/answer:rights.health`);
    await admin.ok("PUT", `${replicaOf(amal)}/answer:rights.health`, { ...local, evidence: "not mine to say", answeredBy: amal, updatedAt: now() });
    const pushed = await replicate(endpoint(replicaOf(amal), couchdb!.admin), endpoint(db, asPerson(amal)));
    expect(pushed.doc_write_failures).toBe(1);
    expect((await admin.ok("GET", `${db}/answer:rights.health`)).evidence).not.toBe("not mine to say");
  });
});
