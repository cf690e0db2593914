// Fuzz: damaged, retyped and hostile versions of valid documents are either read (and
// then survive export and re-import identically) or refused with located problems.
// Never a throw. Deterministic seed so a failure can be replayed.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { readDocumentText } from "../../src/domain/document/read";
import { exportDocumentText } from "../../src/domain/document/export";

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
        if (result.ok) {
          read++;
          const again = readDocumentText(exportDocumentText(result.document.assessment, result.document.savedAt));
          expect(again.ok && again.document).toEqual(result.document);
        } else {
          refused++;
          expect(result.problems.length).toBeGreaterThan(0);
          expect(result.problems.length).toBeLessThanOrEqual(11);
          for (const p of result.problems) {
            expect(typeof p.where === "string" && p.where.length > 0).toBe(true);
            expect(typeof p.message === "string" && p.message.length > 0).toBe(true);
            expect(p.message).not.toBe("Invalid input");
          }
        }
      }),
      { numRuns: 1500, seed: 20260601 },
    );
    // Both outcomes must really be exercised, or the fuzz proves little.
    expect(read).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
