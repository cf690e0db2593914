// The shared-assessment layout: a local Assessment becomes documents and comes back the
// same (fixtures of every file version, random assessments), and untrusted documents
// are refused with located problems, within the file format's limits.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { readDocumentText } from "../../src/domain/document/read";
import { fromSharedDocs, toSharedDocs, type SharedDocs } from "../../src/domain/sharing/convert";
import type { Answer, Assessment } from "../../src/domain/assessment/assessment";
import { activityDocSchema } from "../../src/domain/sharing/schemas";
import { activityDocId, kindOfId } from "../../src/domain/sharing/layout";
import { MAX_ANSWERS, MAX_LONG_TEXT } from "../../src/domain/document/limits";

const fixtureFiles = ["v1", "v2"].flatMap((v) => readdirSync(`tests/fixtures/documents/${v}`).map((f) => `tests/fixtures/documents/${v}/${f}`));

function load(path: string): Assessment {
  const read = readDocumentText(readFileSync(path, "utf8"));
  if (!read.ok) throw new Error(`${path}: ${read.problems.map((p) => p.message).join("; ")}`);
  return read.document.assessment;
}

const all = (docs: SharedDocs) => [docs.details, docs.completion, ...docs.answers, ...docs.archive];

describe("round trip through the shared layout", () => {
  it.each(fixtureFiles)("%s comes back identical (lastPath and revision stay local)", (path) => {
    const assessment = load(path);
    const docs = toSharedDocs(assessment);
    expect(docs.answers.map((d) => d._id)).toEqual(Object.keys(assessment.answers).sort().map((k) => `answer:${k}`));
    expect(docs.archive.map((d) => d._id)).toEqual(Object.keys(assessment.archive).sort().map((k) => `archive:${k}`));
    const back = fromSharedDocs(JSON.parse(JSON.stringify(all(docs))), { lastPath: assessment.lastPath, revision: assessment.revision });
    expect(back.ok && back.assessment).toEqual(assessment);
  });

  it("one answer per document with exactly the file's answer fields", () => {
    const docs = toSharedDocs(load("tests/fixtures/documents/v2/with-number.json"));
    for (const doc of docs.answers) expect(Object.keys(doc).sort()).toEqual(["_id", "answeredBy", "choice", "comment", "evidence", "updatedAt"]);
    expect(docs.answers.some((d) => d.choice.kind === "number")).toBe(true);
  });

  const time = fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
  const idArb = fc.stringMatching(/^[A-Za-z0-9._-]{1,30}$/);
  const answerArb: fc.Arbitrary<Answer> = fc.record({
    choice: fc.oneof(
      fc.record({ kind: fc.constant("option" as const), optionId: idArb }),
      fc.constant({ kind: "dontKnow" as const }),
      fc.record({ kind: fc.constant("notApplicable" as const), reason: fc.string({ maxLength: 50 }) }),
      fc.record({ kind: fc.constant("number" as const), value: fc.double({ noNaN: true, noDefaultInfinity: true }), year: fc.integer({ min: 1950, max: 2100 }) }),
    ),
    evidence: fc.string({ maxLength: 40 }),
    comment: fc.string({ maxLength: 40 }),
    answeredBy: fc.string({ maxLength: 40 }),
    // Before any assessment time: the assessment's updatedAt is the latest change.
    updatedAt: fc.date({ min: new Date("1995-01-01"), max: new Date("1999-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
  });
  const assessmentArb: fc.Arbitrary<Assessment> = fc
    .record({
      id: idArb,
      country: fc.string({ minLength: 1, maxLength: 40 }),
      year: fc.integer({ min: 1990, max: 2100 }),
      perspective: fc.constantFrom("origin" as const, "destination" as const, "both" as const),
      leadMinistry: fc.string({ maxLength: 40 }),
      title: fc.string({ maxLength: 40 }),
      questionnaire: fc.record({ id: idArb, version: fc.integer({ min: 1, max: 20 }) }),
      createdAt: time,
      updatedAt: time,
      answers: fc.dictionary(idArb, answerArb, { maxKeys: 15 }),
      completedSections: fc.uniqueArray(idArb, { maxLength: 5 }),
      archive: fc.dictionary(idArb, answerArb, { maxKeys: 4 }),
      lastPath: fc.string({ maxLength: 20 }),
      revision: fc.nat(1000),
    })
    // -0 does not survive JSON; a file cannot hold it either.
    .filter((a) => !Object.values({ ...a.answers, ...a.archive }).some((x) => x.choice.kind === "number" && Object.is(x.choice.value, -0)));

  it("random assessments survive the round trip through JSON", () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const back = fromSharedDocs(JSON.parse(JSON.stringify(all(toSharedDocs(a)))), { lastPath: a.lastPath, revision: a.revision });
        expect(back.ok && back.assessment).toEqual(a);
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe("reading untrusted documents", () => {
  it("the assessment's updatedAt is its latest change, a contributor's answer included", () => {
    const docs = toSharedDocs(load("tests/fixtures/documents/v1/complete.json"));
    const later = "2030-05-06T07:08:09.000Z";
    docs.answers[0]!.updatedAt = later;
    const back = fromSharedDocs(all(docs));
    expect(back.ok && back.assessment.updatedAt).toBe(later);
  });

  const base = () => all(toSharedDocs(load("tests/fixtures/documents/v1/complete.json"))) as unknown as Record<string, unknown>[];

  it("skips design documents, activity records and deleted documents; reads the members", () => {
    const docs = [
      ...base(),
      { _id: "_design/coherence", validate_doc_update: "function(){}" },
      { _id: activityDocId("2026-01-01T00:00:00.000Z", "ana", "abcdefgh"), at: "2026-01-01T00:00:00.000Z", user: "ana", action: "answered" },
      { _id: "answer:inst.gone", _deleted: true },
      { _id: "members", people: [{ name: "ana", role: "focalPoint", dimensions: [] }] },
    ];
    const back = fromSharedDocs(docs);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(Object.keys(back.assessment.answers)).not.toContain("inst.gone");
    expect(back.members).toEqual([{ name: "ana", role: "focalPoint", dimensions: [] }]);
  });

  it("refuses an over-limit text, an unknown document and missing details, naming each", () => {
    const docs = base();
    const answer = docs.find((d) => String(d._id).startsWith("answer:"))!;
    answer.evidence = "x".repeat(MAX_LONG_TEXT + 1);
    docs.push({ _id: "notes", text: "hello" });
    const result = fromSharedDocs(docs.filter((d) => d._id !== "details"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { where: `${answer._id}: evidence`, message: expect.stringContaining("100,000") },
        { where: "notes", message: "is not a document of a shared assessment." },
        { where: "details", message: expect.stringContaining("missing") },
      ]),
    );
  });

  it("opens an assessment whose file would be over the size limit, and says so", () => {
    const docs = base();
    const answers = docs.filter((d) => String(d._id).startsWith("answer:"));
    // Each document within its limits; a control character takes 6 bytes in the file ("\u0001").
    for (const a of answers) Object.assign(a, { evidence: "\u0001".repeat(MAX_LONG_TEXT), comment: "\u0001".repeat(MAX_LONG_TEXT) });
    const result = fromSharedDocs(docs);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.tooLargeForFile?.message).toMatch(/too large to be kept as a file/);
    const small = fromSharedDocs(base());
    expect(small.ok && small.tooLargeForFile).toBeNull();
  });

  it("refuses a timestamp that is not a real date, as the file does", () => {
    const docs = base();
    docs.find((d) => String(d._id).startsWith("answer:"))!.updatedAt = "2026-02-30T10:00:00Z";
    const result = fromSharedDocs(docs);
    expect(result.ok).toBe(false);
  });

  it("refuses more answers than a file may hold", () => {
    const docs: unknown[] = [...base()];
    const answer = docs.find((d) => String((d as { _id: string })._id).startsWith("answer:")) as Record<string, unknown>;
    for (let i = 0; i < MAX_ANSWERS + 1; i++) docs.push({ ...answer, _id: `answer:q${i}` });
    const result = fromSharedDocs(docs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain(MAX_ANSWERS.toLocaleString("en-GB"));
  });

  it("never throws on hostile input", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.record({ _id: fc.constantFrom("details", "answer:x", "__proto__", "members", "completion", "archive:y") }, { requiredKeys: [] }))), (docs) => {
        const result = fromSharedDocs(docs);
        expect(typeof result.ok).toBe("boolean");
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe("activity records", () => {
  const at = "2026-02-03T04:05:06.789Z";
  it("the id is activity:<at>:<user>:<random> and must agree with the fields", () => {
    const id = activityDocId(at, "ana@labour.gov", "k3j4h5g6");
    expect(kindOfId(id)).toBe("activity");
    expect(activityDocSchema.safeParse({ _id: id, at, user: "ana@labour.gov", action: "answered", indicatorId: "inst.body" }).success).toBe(true);
    expect(activityDocSchema.safeParse({ _id: id, at, user: "bob", action: "answered" }).success).toBe(false);
    expect(activityDocSchema.safeParse({ _id: activityDocId(at, "ana", "short"), at, user: "ana", action: "answered" }).success).toBe(false);
    expect(activityDocSchema.safeParse({ _id: activityDocId(at, "ana", "abcdefgh"), at, user: "ana", action: "deletedEverything" }).success).toBe(false);
  });
});
