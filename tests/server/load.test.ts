// Load on loopback: 20 contributors, each signed in with their own cookie session, change
// answers of one shared assessment at the same time for a bounded time (LOAD_SECONDS,
// default 20) and count (LOAD_MAX_WRITES per person, default 150). Each change is the
// answer plus its activity record, as the app will write them. Afterwards every
// acknowledged change is on the server exactly once (one activity record each; each
// answer's revision number counts its changes; the last change is the one kept), and a
// reader's replica pulled by replication holds the same.
import { beforeAll, describe, expect, it } from "vitest";
import { login, type Couch } from "../../src/server/couch";
import { newAssessment } from "../../src/domain/assessment/assessment";
import { activityDocId, type Member } from "../../src/domain/sharing/layout";
import { shareAssessment } from "../../src/server/share";
import { loadQuestionnaire } from "../unit/helpers";
import { PASSWORD, adminCouch, couchdb, createAccounts, uniquePrefix } from "./support/world";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const MAX_WRITES = Number(process.env.LOAD_MAX_WRITES ?? 150);
const CONTRIBUTORS = 20;
const QUESTIONS_EACH = 3; // 4 contributors per section; the smallest section has 12 questions

const p = uniquePrefix("load");
const fp = `${p}-fp`;
const reader = `${p}-reader`;
const contributorNames = Array.from({ length: CONTRIBUTORS }, (_, i) => `${p}-c${String(i).padStart(2, "0")}`);

interface Tally {
  name: string;
  acknowledged: number;
  failures: string[];
  latencies: number[];
  /** question -> number of acknowledged changes and the last one's comment */
  perQuestion: Map<string, { changes: number; last: string }>;
  activityIds: string[];
}

describe.skipIf(!couchdb)("load: 20 contributors at once", () => {
  let admin: Couch;
  let db: string;
  const questionnaire = loadQuestionnaire("questionnaires/picmd-national.json");
  const plan = new Map<string, string[]>(); // contributor -> their questions

  beforeAll(async () => {
    admin = adminCouch();
    const dimensions = questionnaire.dimensions.map((d) => d.id);
    const people: Member[] = [
      { name: fp, role: "focalPoint", dimensions: [] },
      { name: reader, role: "reader", dimensions: [] },
      ...contributorNames.map((name, i) => ({ name, role: "contributor" as const, dimensions: [dimensions[i % dimensions.length]!] })),
    ];
    // Each contributor takes the next QUESTIONS_EACH unclaimed questions of their section.
    const taken = new Set<string>();
    for (const person of people.filter((m) => m.role === "contributor")) {
      const mine = questionnaire.indicators.filter((q) => q.dimension === person.dimensions[0] && !taken.has(q.id)).slice(0, QUESTIONS_EACH).map((q) => q.id);
      mine.forEach((id) => taken.add(id));
      expect(mine.length).toBeGreaterThan(0);
      plan.set(person.name, mine);
    }
    await createAccounts(admin, people.map((m) => m.name));
    const now = new Date().toISOString();
    const assessment = newAssessment(
      { id: `${p}-load`, country: "Examplia", year: 2026, perspective: "both", leadMinistry: "Interior", title: "Load test", questionnaire: { id: questionnaire.id, version: questionnaire.version } },
      now,
    );
    const shared = await shareAssessment(admin, { assessment, questionnaire, people, sharedBy: fp, at: now });
    if (!shared.ok) throw new Error(JSON.stringify(shared.problems));
    db = shared.database;
  });

  async function contributor(name: string, deadline: number): Promise<Tally> {
    const session = await login(couchdb!.url, name, PASSWORD);
    const tally: Tally = { name, acknowledged: 0, failures: [], latencies: [], perQuestion: new Map(), activityIds: [] };
    const revs = new Map<string, string>();
    const questions = plan.get(name)!;
    for (let n = 0; n < MAX_WRITES && Date.now() < deadline; n++) {
      const question = questions[n % questions.length]!;
      const at = new Date().toISOString();
      const comment = `${name} change ${n}`;
      const started = performance.now();
      const rev = revs.get(question);
      const saved = await session.request("PUT", `${db}/answer:${question}`, {
        ...(rev ? { _rev: rev } : {}),
        choice: { kind: "dontKnow" },
        evidence: "",
        comment,
        answeredBy: name,
        updatedAt: at,
      });
      if (saved.status !== 201) {
        tally.failures.push(`answer ${question}: ${saved.status} ${saved.json?.reason ?? ""}`);
        continue;
      }
      revs.set(question, saved.json.rev);
      const activityId = activityDocId(at, name, `${n.toString(36).padStart(4, "0")}${Math.random().toString(36).slice(2, 10)}`);
      const logged = await session.request("PUT", `${db}/${encodeURIComponent(activityId)}`, { at, user: name, action: "answered", indicatorId: question });
      tally.latencies.push(performance.now() - started);
      if (logged.status !== 201) {
        tally.failures.push(`activity: ${logged.status} ${logged.json?.reason ?? ""}`);
        continue;
      }
      tally.acknowledged++;
      tally.activityIds.push(activityId);
      const q = tally.perQuestion.get(question) ?? { changes: 0, last: "" };
      tally.perQuestion.set(question, { changes: q.changes + 1, last: comment });
    }
    return tally;
  }

  it(`every acknowledged change is on the server once, and in a replica`, async () => {
    const started = Date.now();
    const tallies = await Promise.all(contributorNames.map((name) => contributor(name, started + SECONDS * 1000)));
    const elapsed = (Date.now() - started) / 1000;

    expect(tallies.flatMap((t) => t.failures)).toEqual([]);
    const total = tallies.reduce((sum, t) => sum + t.acknowledged, 0);
    expect(total).toBeGreaterThan(CONTRIBUTORS); // everybody wrote, more than once on average

    const all = await admin.ok("GET", `${db}/_all_docs?include_docs=true&conflicts=true`);
    const rows: { id: string; doc: Record<string, unknown> & { _rev: string; _conflicts?: string[] } }[] = all.rows;
    const activity = rows.filter((r) => r.id.startsWith("activity:") && r.doc.action === "answered");
    const expectedIds = tallies.flatMap((t) => t.activityIds).sort();
    expect(activity.map((r) => r.id).sort()).toEqual(expectedIds);
    expect(new Set(expectedIds).size).toBe(total);

    for (const tally of tallies) {
      for (const [question, { changes, last }] of tally.perQuestion) {
        const row = rows.find((r) => r.id === `answer:${question}`)!;
        expect(row.doc._conflicts).toBeUndefined();
        expect(Number(row.doc._rev.split("-")[0])).toBe(changes); // one revision per change, none lost or doubled
        expect(row.doc.comment).toBe(last);
        expect(row.doc.answeredBy).toBe(tally.name);
      }
    }

    // A reader's replica, pulled with the reader's own rights, holds exactly the same.
    const replica = `replica-${p}`;
    await admin.ok("PUT", replica);
    const pullStarted = Date.now();
    await admin.ok("POST", "_replicate", {
      source: { url: new URL(db, couchdb!.url).toString(), auth: { basic: { username: reader, password: PASSWORD } } },
      target: { url: new URL(replica, couchdb!.url).toString(), auth: { basic: { username: couchdb!.admin.name, password: couchdb!.admin.password } } },
    });
    const pullSeconds = (Date.now() - pullStarted) / 1000;
    const copy = await admin.ok("GET", `${replica}/_all_docs?include_docs=true&conflicts=true`);
    const revsOf = (list: { id: string; doc: { _rev: string } }[]) => list.filter((r) => !r.id.startsWith("_design/")).map((r) => `${r.id}@${r.doc._rev}`).sort();
    expect(revsOf(copy.rows)).toEqual(revsOf(rows));

    const latencies = tallies.flatMap((t) => t.latencies).sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
    console.log(
      `LOAD ${CONTRIBUTORS} contributors, ${elapsed.toFixed(1)} s: ${total} changes acknowledged (answer + activity record each, ${(total / elapsed).toFixed(0)} changes/s, ${((2 * total) / elapsed).toFixed(0)} writes/s); ` +
        `per change p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; per person ${Math.min(...tallies.map((t) => t.acknowledged))}-${Math.max(...tallies.map((t) => t.acknowledged))}; ` +
        `reader replica of ${copy.rows.length} documents pulled in ${pullSeconds.toFixed(1)} s; all present once.`,
    );
  }, (SECONDS + 90) * 1000);
});
