// The server's validate_doc_update, run here in Node for breadth (tests/server/ runs it in
// a real CouchDB). Every refusal has its code; whatever it accepts, the app's own schemas
// accept too, so a document on the server can always be read back.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { readDocumentText } from "../../src/domain/document/read";
import { toSharedDocs } from "../../src/domain/sharing/convert";
import { sharingRules } from "../../src/domain/sharing/rules";
import { securityFor } from "../../src/domain/sharing/members";
import { activityDocId, kindOfId, type Member } from "../../src/domain/sharing/layout";
import { activityDocSchema, answerDocSchema, archiveDocSchema, completionDocSchema, detailsDocSchema, membersDocSchema } from "../../src/domain/sharing/schemas";
import { rulesDesignDoc } from "../../src/server/design-doc";
import { mini } from "./helpers";

type Doc = Record<string, unknown> & { _id: string };
const ddoc = rulesDesignDoc(sharingRules(mini()));
const validate = new Function(`return (${ddoc.validate_doc_update})`)() as (this: unknown, n: Doc, o: Doc | null, u: unknown, s: unknown) => void;

const people: Member[] = [
  { name: "fp", role: "focalPoint", dimensions: [] },
  { name: "ana", role: "contributor", dimensions: ["inst"] },
  { name: "rita", role: "reader", dimensions: [] },
];
const security = securityFor(people);
const ctx = (name: string | null, roles: string[] = []) => ({ db: "coherence-test", name, roles });
const admin = ctx("admin", ["_admin"]);

/** null when accepted, else the refusal's code. */
function verdict(doc: Doc, user: ReturnType<typeof ctx>, old: Doc | null = null): string | null {
  try {
    validate.call(ddoc, JSON.parse(JSON.stringify(doc)), old, user, security);
    return null;
  } catch (error) {
    const forbidden = (error as { forbidden?: string }).forbidden;
    if (typeof forbidden !== "string") throw error;
    return forbidden.split(":")[0]!;
  }
}

const assessment = (() => {
  const read = readDocumentText(readFileSync("tests/fixtures/documents/v2/with-number.json", "utf8"));
  if (!read.ok) throw new Error("fixture");
  return read.document.assessment;
})();
const docs = toSharedDocs(assessment);
const answer = (indicatorId: string, by: string): Doc => ({
  _id: `answer:${indicatorId}`,
  choice: { kind: "option", optionId: "yes" },
  evidence: "minutes of the 2025 meeting",
  comment: "",
  answeredBy: by,
  updatedAt: "2026-03-01T10:00:00.000Z",
});
const at = "2026-03-01T10:00:00.000Z";
const activity = (user: string): Doc => ({ _id: activityDocId(at, user, "a1b2c3d4e5"), at, user, action: "answered", indicatorId: "inst.body" });

describe("validate_doc_update (in Node)", () => {
  it("accepts every document of a shared file from the share step (an admin)", () => {
    const all = [docs.details, docs.completion, ...docs.answers, ...docs.archive, { _id: "members", people }] as Doc[];
    expect(all.map((d) => verdict(d, admin))).toEqual(all.map(() => null));
  });

  it("lets a contributor answer their section as themselves, and refuses the rest", () => {
    expect(verdict(answer("inst.body", "ana"), ctx("ana"))).toBeNull();
    expect(verdict(answer("rights.health", "ana"), ctx("ana"))).toBe("wrong-section");
    expect(verdict(answer("inst.body", "fp"), ctx("ana"))).toBe("answered-by");
    expect(verdict(answer("no.such.question", "ana"), ctx("ana"))).toBe("unknown-question");
    expect(verdict(answer("bad id!", "ana"), ctx("ana"))).toBe("invalid");
    expect(verdict({ _id: "answer:rights.health", _rev: "1-a", _deleted: true }, ctx("ana"))).toBe("wrong-section");
    expect(verdict({ _id: "answer:inst.body", _rev: "1-a", _deleted: true }, ctx("ana"))).toBeNull();
  });

  it("the focal point answers any section, always as themselves, and keeps answers to questions the questionnaire lacks", () => {
    expect(verdict(answer("rights.health", "fp"), ctx("fp"))).toBeNull();
    expect(verdict(answer("no.such.question", "fp"), ctx("fp"))).toBeNull();
    expect(verdict(answer("rights.health", "ana"), ctx("fp"))).toBe("answered-by");
  });

  it("details, completion, members and the archive are the focal point's", () => {
    for (const doc of [docs.details, docs.completion, { _id: "members", people }, docs.archive[0]] as Doc[]) {
      expect(verdict(doc, ctx("fp")), doc._id).toBeNull();
      expect(verdict(doc, ctx("ana")), doc._id).toBe("focal-point-only");
    }
    expect(verdict({ _id: "details", _rev: "1-a", _deleted: true }, ctx("fp"))).toBe("cannot-delete");
  });

  it("readers, non-members and anonymous users write nothing", () => {
    expect(verdict(answer("inst.body", "rita"), ctx("rita"))).toBe("reader");
    expect(verdict(activity("rita"), ctx("rita"))).toBe("reader");
    expect(verdict(answer("inst.body", "eve"), ctx("eve"))).toBe("not-member");
    expect(verdict(answer("inst.body", ""), ctx(null))).toBe("not-member");
  });

  it("activity records are created once by their writer, never changed or deleted, even by an admin", () => {
    expect(verdict(activity("ana"), ctx("ana"))).toBeNull();
    expect(verdict(activity("fp"), ctx("ana"))).toBe("answered-by");
    expect(verdict({ ...activity("ana"), action: "sectionCompleted", _rev: "1-a" }, ctx("ana"), activity("ana"))).toBe("activity-append-only");
    expect(verdict({ _id: activity("ana")._id, _rev: "1-a", _deleted: true }, ctx("ana"), activity("ana"))).toBe("activity-append-only");
    expect(verdict({ _id: activity("ana")._id, _rev: "1-a", _deleted: true }, admin, activity("ana"))).toBe("activity-append-only");
    expect(verdict({ ...activity("ana"), _id: activityDocId(at, "ana", "x") }, ctx("ana"))).toBe("invalid");
  });

  it("refuses documents outside the layout, unknown fields, attachments and over-limit values", () => {
    expect(verdict({ _id: "notes" }, ctx("fp"))).toBe("unknown-document");
    expect(verdict({ _id: "_design/evil", validate_doc_update: "function(){}" }, ctx("fp"))).toBe("focal-point-only");
    expect(verdict({ ...answer("inst.body", "ana"), extra: 1 }, ctx("ana"))).toBe("invalid");
    expect(verdict({ ...answer("inst.body", "ana"), _attachments: { "a.txt": { data: "aGk=" } } }, ctx("ana"))).toBe("invalid");
    expect(verdict({ ...answer("inst.body", "ana"), evidence: "x".repeat(100_001) }, ctx("ana"))).toBe("invalid");
    expect(verdict({ ...answer("inst.body", "ana"), evidence: "x".repeat(100_000) }, ctx("ana"))).toBeNull();
    expect(verdict({ ...answer("inst.body", "ana"), updatedAt: "yesterday" }, ctx("ana"))).toBe("invalid");
    for (const time of ["2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-01-01T24:00:00Z", "1969-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "2026-01-01T10:00:00.1234567890Z"]) {
      expect(verdict({ ...answer("inst.body", "ana"), updatedAt: time }, ctx("ana")), time).toBe("invalid");
    }
    for (const time of ["2024-02-29T23:59:59Z", "2026-01-01T10:00Z", "2026-01-01T10:00:00.123456789Z"]) {
      expect(verdict({ ...answer("inst.body", "ana"), updatedAt: time }, ctx("ana")), time).toBeNull();
    }
    expect(verdict({ ...answer("inst.body", "ana"), choice: { kind: "number", value: 3, year: 1949 } }, ctx("ana"))).toBe("invalid");
    expect(verdict({ ...(docs.details as unknown as Doc), country: "" }, ctx("fp"))).toBe("invalid");
    expect(verdict({ ...(docs.details as unknown as Doc), year: 2101 }, ctx("fp"))).toBe("invalid");
    expect(verdict({ ...(docs.details as unknown as Doc), questionnaire: { id: "mini", version: 2 } }, ctx("fp"))).toBe("invalid");
    expect(verdict({ _id: "completion", completedSections: ["inst", "inst"] }, ctx("fp"))).toBe("invalid");
    expect(verdict({ _id: "completion", completedSections: ["nowhere"] }, ctx("fp"))).toBe("invalid");
    expect(verdict({ _id: "members", people: [{ name: "ana", role: "contributor", dimensions: ["inst"] }] }, ctx("fp"))).toBe("invalid");
    expect(verdict({ _id: "members", people: [...people, { name: "x:y", role: "reader", dimensions: [] }] }, ctx("fp"))).toBe("invalid");
  });

  it("keeps an answer's carried-over mark, as the file does, and refuses one that is not a year", () => {
    expect(verdict({ ...answer("inst.body", "ana"), carriedOver: { fromYear: 2026 } }, ctx("ana"))).toBeNull();
    expect(verdict({ ...answer("inst.body", "ana"), carriedOver: { fromYear: "2026" } }, ctx("ana"))).toBe("invalid");
    expect(verdict({ ...answer("inst.body", "ana"), carriedOver: { fromYear: 2026, by: "x" } }, ctx("ana"))).toBe("invalid");
    expect(verdict({ ...answer("inst.body", "ana"), carriedOver: null }, ctx("ana"))).toBe("invalid");
  });

  it("the details' assessment id and creation time cannot change", () => {
    const details = docs.details as unknown as Doc;
    expect(verdict({ ...details, title: "New title", _rev: "1-a" }, ctx("fp"), details)).toBeNull();
    expect(verdict({ ...details, assessmentId: "other", _rev: "1-a" }, ctx("fp"), details)).toBe("invalid");
  });

  const schemaFor = (id: string) =>
    ({ details: detailsDocSchema, members: membersDocSchema, completion: completionDocSchema, answer: answerDocSchema, archive: archiveDocSchema, activity: activityDocSchema })[kindOfId(id)!];

  it("whatever it accepts from anyone, the app's schemas read", () => {
    const bases = [docs.details, docs.completion, docs.answers[0], docs.archive[0], { _id: "members", people }, activity("fp"), answer("inst.meets", "fp")] as Doc[];
    const hostile = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("", "x".repeat(201), "__proto__", "2026-13-45T99:99:99Z", -0, 1e309, 1949, 2101, null));
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.constantFrom("choice", "evidence", "year", "country", "people", "completedSections", "at", "user", "action", "answeredBy", "questionnaire", "updatedAt", "title"), hostile, (base, key, value) => {
        const doc = JSON.parse(JSON.stringify({ ...base, [key]: value })) as Doc;
        if (verdict(doc, ctx("fp")) === null) expect(schemaFor(doc._id)!.safeParse(doc).success).toBe(true);
      }),
      { seed: 15, numRuns: 2000 },
    );
  });
});
