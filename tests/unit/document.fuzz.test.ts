// Fuzz: damaged, retyped and hostile versions of valid documents are either read (and
// then survive export and re-import identically, and read back from storage) or refused
// with located problems. Never a throw. Deterministic seed so a failure can be replayed.
// Next to the random mutations, a corpus of hand-made hostile documents (issue 17): huge
// counts, impossible dates, pathological nesting, the limit and one past it in every
// field, repeated fields and other encodings, each with the outcome it must have.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { readDocument, readDocumentText, type ReadResult } from "../../src/domain/document/read";
import { exportDocumentText } from "../../src/domain/document/export";
import { toDocument } from "../../src/domain/document/format";
import { MAX_FILE_BYTES } from "../../src/domain/document/limits";
import { asUtf16ReadAsUtf8, completeText, duplicateKeys, everyFieldWrong, manyEntries, nestedLists, seedAtLimit, tooManyValues, validAtLimit } from "../fixtures/hostile";

const dir = "tests/fixtures/documents/v1";
const bases = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, "utf8"));

const HOSTILE = [
  "<script>alert(1)</script>",
  "javascript:alert(document.domain)",
  "\u202eexe.pdf",
  "\u2066\u200f",
  "__proto__",
  "constructor",
  "",
  "x".repeat(100_001),
  "\u0000\ud800",
  "2026-13-45T99:99:99Z",
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function paths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k]!, [...prefix, k]))];
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | null {
  let current: Json = root;
  for (const key of path.slice(0, -1)) {
    if (current === null || typeof current !== "object") return null;
    current = (current as Record<string | number, Json>)[key]!;
  }
  return current !== null && typeof current === "object" ? (current as Record<string | number, Json>) : null;
}

const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, fc.constantFrom(...HOSTILE), fc.integer(), fc.double());

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), to: fc.constantFrom(...HOSTILE.slice(0, 6), "inst.body", "extra") }),
  fc.record({ kind: fc.constant("hostile" as const), at: fc.nat(), value: fc.constantFrom(...HOSTILE) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(doc: Json, m: Mutation) {
  const all = paths(doc).filter((p) => p.length > 0);
  const path = all[m.at % all.length]!;
  const parent = parentOf(doc, path);
  const key = path[path.length - 1]!;
  if (!parent) return;
  if (m.kind === "set") parent[key] = m.value as Json;
  else if (m.kind === "hostile") parent[key] = typeof parent[key] === "string" || m.at % 2 ? m.value : parent[key]!;
  else if (m.kind === "delete") delete parent[key];
  else if (!Array.isArray(parent)) {
    const moved = parent[key]!;
    delete parent[key];
    Object.defineProperty(parent, m.to, { value: moved, enumerable: true, configurable: true, writable: true });
  }
}

const damagedFile = fc.record({
  base: fc.nat({ max: bases.length - 1 }),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 4 }),
  truncateAt: fc.option(fc.nat(), { freq: 4 }),
});

/** Read, and then export and import back identical and read back from storage; or refused with located problems. */
function expectReadOrRefused(result: ReadResult): void {
  if (result.ok) {
    const again = readDocumentText(exportDocumentText(result.document.assessment, result.document.savedAt));
    expect(again.ok && again.document).toEqual(result.document);
    // What IndexedDB keeps is a structured clone of the document the app writes.
    const stored = readDocument(structuredClone(toDocument(result.document.assessment, result.document.savedAt)));
    expect(stored.ok && stored.document).toEqual(result.document);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(11);
  for (const p of result.problems) {
    expect(typeof p.where === "string" && p.where.length > 0).toBe(true);
    expect(typeof p.message === "string" && p.message.length > 0).toBe(true);
    expect(p.message).not.toBe("Invalid input");
  }
}

type Doc = { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const edit = (change: (doc: Doc) => void) => {
  const doc = JSON.parse(completeText()) as Doc;
  change(doc);
  return JSON.stringify(doc);
};
const answerOf = (doc: Doc) => doc.assessment.answers["inst.body"] as Doc;
const many = (n: number, make: (i: number) => unknown) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, make(i)]));
const goodAnswer = () => ({ choice: { kind: "dontKnow" }, updatedAt: "2026-01-01T00:00:00.000Z" });
const nestedObjects = (depth: number) => {
  let value: unknown = 0;
  for (let i = 0; i < depth; i++) value = { d: value };
  return value;
};

/** [name, text, outcome]: "read", or where the first problem must be. */
type Case = [string, () => string, "read" | string];
const limitPairs: Case[] = [
  ...(["country", "leadMinistry", "title"] as const).flatMap((field): Case[] => [
    [`${field} of 200 characters`, () => edit((d) => (d.assessment[field] = "c".repeat(200))), "read"],
    [`${field} of 201 characters`, () => edit((d) => (d.assessment[field] = "c".repeat(201))), `assessment.${field}`],
  ]),
  ["id of 200 characters", () => edit((d) => (d.assessment.id = "i".repeat(200))), "read"],
  ["id of 201 characters", () => edit((d) => (d.assessment.id = "i".repeat(201))), "assessment.id"],
  ["answer id of 201 characters", () => edit((d) => (d.assessment.answers["i".repeat(201)] = goodAnswer())), `assessment.answers.${"i".repeat(60)}...`],
  ["answeredBy of 200 characters", () => edit((d) => (answerOf(d).answeredBy = "a".repeat(200))), "read"],
  ["answeredBy of 201 characters", () => edit((d) => (answerOf(d).answeredBy = "a".repeat(201))), "assessment.answers.inst.body.answeredBy"],
  ...(["evidence", "comment"] as const).flatMap((field): Case[] => [
    [`${field} of 100,000 characters`, () => edit((d) => (answerOf(d)[field] = "e".repeat(100_000))), "read"],
    [`${field} of 100,001 characters`, () => edit((d) => (answerOf(d)[field] = "e".repeat(100_001))), `assessment.answers.inst.body.${field}`],
  ]),
  ["reason of 100,000 characters", () => edit((d) => (answerOf(d).choice = { kind: "notApplicable", reason: "r".repeat(100_000) })), "read"],
  ["reason of 100,001 characters", () => edit((d) => (answerOf(d).choice = { kind: "notApplicable", reason: "r".repeat(100_001) })), "assessment.answers.inst.body.choice.reason"],
  ["50 completed sections", () => edit((d) => (d.assessment.completedSections = Array.from({ length: 50 }, (_, i) => `s${i}`))), "read"],
  ["51 completed sections", () => edit((d) => (d.assessment.completedSections = Array.from({ length: 51 }, (_, i) => `s${i}`))), "assessment.completedSections"],
  ["lastPath of 500 characters", () => edit((d) => (d.assessment.lastPath = "p".repeat(500))), "read"],
  ["lastPath of 501 characters", () => edit((d) => (d.assessment.lastPath = "p".repeat(501))), "assessment.lastPath"],
  ["year 1990", () => edit((d) => (d.assessment.year = 1990)), "read"],
  ["year 1989", () => edit((d) => (d.assessment.year = 1989)), "assessment.year"],
  ["year 2100", () => edit((d) => (d.assessment.year = 2100)), "read"],
  ["year 2101", () => edit((d) => (d.assessment.year = 2101)), "assessment.year"],
  ["questionnaire version 1", () => edit((d) => (d.assessment.questionnaire.version = 1)), "read"],
  ["questionnaire version 0", () => edit((d) => (d.assessment.questionnaire.version = 0)), "assessment.questionnaire.version"],
  ["revision at the largest safe integer", () => edit((d) => (d.assessment.revision = Number.MAX_SAFE_INTEGER)), "read"],
  ["revision past the largest safe integer", () => edit((d) => (d.assessment.revision = 2 ** 60)), "assessment.revision"],
  ["2,000 answers", () => edit((d) => (d.assessment.answers = many(2_000, goodAnswer))), "read"],
  ["2,001 answers", () => edit((d) => (d.assessment.answers = many(2_001, goodAnswer))), "assessment.answers"],
  ["2,000 archived answers", () => edit((d) => (d.assessment.archive = many(2_000, goodAnswer))), "read"],
  ["2,001 archived answers", () => edit((d) => (d.assessment.archive = many(2_001, goodAnswer))), "assessment.archive"],
  ["16 levels deep", () => edit((d) => (d.assessment.extra = nestedObjects(14))), "read"],
  ["17 levels deep", () => edit((d) => (d.assessment.extra = nestedObjects(15))), `assessment.extra${".d".repeat(14)}`],
  ["200,000 values", () => edit((d) => (d.extra = Array.from({ length: 99 }, () => Array.from({ length: 2_000 }, () => 0)))), "read"],
  ["more than 200,000 values", tooManyValues, "(file)"],
  ["an assessment at the size limit", validAtLimit, "read"],
  ["an assessment at the size limit, every character of its evidence escaped", () => validAtLimit(true), "read"],
  ["the national example at the size limit", seedAtLimit, "read"],
  ["a file one byte over the size limit", () => completeText().replace('"Meets quarterly"', JSON.stringify("m".repeat(MAX_FILE_BYTES))), "(file)"],
];

const corpus: Case[] = [
  ["125,000 entries in answers", () => manyEntries("answers"), "assessment.answers"],
  ["125,000 entries in archive", () => manyEntries("archive"), "assessment.archive"],
  ["every field of 4,000 answers wrong", everyFieldWrong, "assessment.answers.q0.choice.kind"],
  ["2.6 million nested lists", nestedLists, `junk${"[0]".repeat(15)}`],
  ...(["savedAt", "createdAt", "updatedAt", "answer"] as const).flatMap((field): Case[] =>
    ["2026-13-45T99:99:99Z", "0000-00-00T0Z", "2026-02-29T12:00:00Z", "1969-12-31T23:59:59Z", "2026-06-31T00:00:00Z", "2026-01-01T00:00:60Z"].map((date): Case => [
      `${field} ${date}`,
      () =>
        edit((d) => {
          if (field === "savedAt") d.savedAt = date;
          else if (field === "answer") answerOf(d).updatedAt = date;
          else d.assessment[field] = date;
        }),
      field === "savedAt" ? "savedAt" : field === "answer" ? "assessment.answers.inst.body.updatedAt" : `assessment.${field}`,
    ]),
  ),
  ["a leap day", () => edit((d) => (d.assessment.updatedAt = "2024-02-29T12:00:00Z")), "read"],
  ["a field twice", duplicateKeys, "assessment.country"],
  ["a field twice at the top", () => completeText().replace('"format":', '"format": "x", "format":'), "format"],
  ["an answer twice", () => completeText().replace('"inst.meets":', '"inst.body": {}, "inst.meets":'), "assessment.answers.inst.body"],
  ...[false, true].flatMap((bigEndian) =>
    [false, true].map((bom): Case => [`UTF-16 ${bigEndian ? "big" : "little"}-endian${bom ? " with a byte-order mark" : ""}`, () => asUtf16ReadAsUtf8(completeText(), bigEndian, bom), "(file)"]),
  ),
  ["UTF-8 with a byte-order mark", () => `\ufeff${completeText()}`, "read"],
  ["a lone surrogate, escaped", () => edit((d) => (answerOf(d).evidence = "\ud800 and \udfff")), "read"],
  ["bytes that are not UTF-8, as the browser reads them", () => completeText().replace("Decree", "D\ufffdcret"), "read"],
  ["a NUL character in the text, escaped", () => edit((d) => (d.assessment.country = "A\u0000B")), "read"],
  ["a raw control character in a string", () => completeText().replace("Decree", "De\u0001cree"), "(file)"],
  ["an empty file", () => "", "(file)"],
  ["only whitespace", () => " \n\t ", "(file)"],
  ["a number too large for a double", () => edit((d) => (d.assessment.year = 0)).replace('"year":0', '"year":1e400'), "assessment.year"],
  ["a document inside a list", () => `[${completeText()}]`, "(file)"],
  ["__proto__ and constructor as fields", () => completeText().replace('"assessment":', '"__proto__": {"polluted": true}, "constructor": 1, "assessment":'), "read"],
];

describe("hostile corpus", () => {
  for (const [name, make, outcome] of [...limitPairs, ...corpus]) {
    it(`${name}: ${outcome === "read" ? "read" : `refused at ${outcome}`}`, () => {
      const text = make();
      let result: ReadResult | undefined;
      expect(() => (result = readDocumentText(text))).not.toThrow();
      expectReadOrRefused(result!);
      if (outcome === "read") expect(result!.ok ? "read" : result!.problems).toBe("read");
      else expect(result!.ok ? "read" : result!.problems[0]!.where).toBe(outcome);
      // The same value, already parsed, as a stored record would be.
      let parsed: unknown;
      try {
        parsed = JSON.parse(text.replace(/^\ufeff/, ""));
      } catch {
        return;
      }
      let stored: ReadResult | undefined;
      expect(() => (stored = readDocument(parsed))).not.toThrow();
      expectReadOrRefused(stored!);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe("document fuzz", () => {
  it("every damaged file is read and round-trips, or is refused with located problems", () => {
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(damagedFile, ({ base, mutations, truncateAt }) => {
        const doc = JSON.parse(bases[base]!) as Json;
        mutations.forEach((m) => mutate(doc, m));
        let text = JSON.stringify(doc);
        if (truncateAt !== null) text = text.slice(0, truncateAt % (text.length + 1));
        const result = readDocumentText(text);
        if (result.ok) read++;
        else refused++;
        expectReadOrRefused(result);
      }),
      { numRuns: 1500, seed: 20260601 },
    );
    // Both outcomes must really be exercised, or the fuzz proves little.
    expect(read).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
