// Every saved-document fixture of every format version must keep loading, with its content.
// A new format version adds a folder tests/fixtures/documents/vN/ the day it ships; old ones stay.
import { describe, expect, it, vi } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { readDocumentText } from "../../src/domain/document/read";
import { exportDocumentText } from "../../src/domain/document/export";
import { CURRENT_FORMAT_VERSION } from "../../src/domain/document/format";
import { MIGRATIONS } from "../../src/domain/document/migrations";

const root = "tests/fixtures/documents";
const versions = readdirSync(root).filter((d) => /^v\d+$/.test(d));
const read = (path: string) => readDocumentText(readFileSync(path, "utf8"));

describe("document fixtures of every version", () => {
  it("has a folder for every version up to the current one", () => {
    expect(versions.sort()).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => `v${i + 1}`));
  });

  for (const version of versions) {
    for (const file of readdirSync(`${root}/${version}`)) {
      it(`${version}/${file} loads and survives export then import unchanged`, () => {
        const result = read(`${root}/${version}/${file}`);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.migratedFrom).toBe(version === `v${CURRENT_FORMAT_VERSION}` ? null : Number(version.slice(1)));
        const again = readDocumentText(exportDocumentText(result.document.assessment, result.document.savedAt));
        expect(again.ok && again.document).toEqual(result.document);
      });
    }
  }

  it("v1/complete keeps every answer with its evidence", () => {
    const r = read(`${root}/v1/complete.json`);
    if (!r.ok) throw new Error("not ok");
    const a = r.document.assessment;
    expect([a.country, a.year, a.perspective, a.revision]).toEqual(["Republic of Examplia", 2024, "both", 12]);
    expect(Object.keys(a.answers).sort()).toEqual(["inst.body", "inst.budget", "inst.meets", "rights.diaspora", "rights.health"]);
    expect(a.answers["inst.budget"]?.choice).toEqual({ kind: "notApplicable", reason: "Budget is set by the federal states" });
    expect(a.answers["rights.health"]?.evidence).toBe("Health Act 2015, art. 12 https://example.org/health-act");
  });

  it("v1/minimal gets the defaults", () => {
    const r = read(`${root}/v1/minimal.json`);
    expect(r.ok && r.document.assessment).toMatchObject({ title: "", answers: {}, archive: {}, completedSections: [], lastPath: "", revision: 0 });
  });

  it("v1/with-archive keeps archived answers apart from scored ones", () => {
    const r = read(`${root}/v1/with-archive.json`);
    const a = r.ok ? r.document.assessment : null;
    expect(Object.keys(a?.archive ?? {}).sort()).toEqual(["inst.old-committee", "inst.old-committee.v1"]);
    expect(a?.answers["inst.body"]).toEqual({ choice: { kind: "option", optionId: "paper" }, evidence: "", comment: "", answeredBy: "", updatedAt: "2024-03-01T09:30:00.000Z" });
  });

  it("v1 files are migrated by the numbered, named step to version 2 with no change to their content", () => {
    const text = readFileSync(`${root}/v1/complete.json`, "utf8");
    const r = readDocumentText(text);
    if (!r.ok) throw new Error("not ok");
    expect(MIGRATIONS[1]?.name).toBe("number answers");
    expect([r.migratedFrom, r.document.formatVersion]).toEqual([1, 2]);
    const original = JSON.parse(text);
    expect(r.document.assessment.answers).toEqual(original.assessment.answers);
    expect(r.document.savedAt).toBe(original.savedAt);
  });

  it("v2/carried-over keeps the mark on an answer copied from last year, and only there", () => {
    const r = read(`${root}/v2/carried-over.json`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const a = r.document.assessment;
    expect(a.answers["inst.budget"]?.carriedOver).toEqual({ fromYear: 2026 });
    expect(a.answers["inst.body"]?.carriedOver).toBeUndefined();
    expect("carriedOver" in a.answers["inst.body"]!).toBe(false);
    const text = exportDocumentText(a, "2027-01-13T00:00:00.000Z");
    expect(text).toMatch(/"carriedOver":\s*\{\s*"fromYear":\s*2026\s*\}/);
    expect(text.match(/carriedOver/g)).toHaveLength(1);
  });

  it("refuses a carried-over mark that is not a year", () => {
    const doc = JSON.parse(readFileSync(`${root}/v2/carried-over.json`, "utf8"));
    doc.assessment.answers["inst.budget"].carriedOver = { fromYear: "last year" };
    const r = readDocumentText(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.where).toBe("assessment.answers.inst.budget.carriedOver.fromYear");
  });

  it("v2/with-number keeps each figure and its year as plain numbers, in answers and in the archive", () => {
    const r = read(`${root}/v2/with-number.json`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const a = r.document.assessment;
    expect(r.migratedFrom).toBeNull();
    expect(a.answers["costs.remit.price"]).toEqual({
      choice: { kind: "number", value: 5.4, year: 2025 },
      evidence: "Remittance Prices Worldwide, Q4 2025, average of the main corridors",
      comment: "",
      answeredBy: "Central Bank",
      updatedAt: "2026-03-01T09:30:00.000Z",
    });
    expect(a.answers["costs.recruit.worker-cost"]?.choice).toEqual({ kind: "number", value: 0, year: 2024 });
    expect(a.answers["rights.ssa.coverage-share"]?.choice).toEqual({ kind: "number", value: 1234567.125, year: 1950 });
    expect(a.archive["costs.old-fee"]?.choice).toEqual({ kind: "number", value: -2.5, year: 2100 });
    expect(a.answers["inst.budget"]?.choice).toEqual({ kind: "notApplicable", reason: "Budget is set by the federal states" });
  });

  it("a number answer is written with its keys in a fixed order, and read back identical", () => {
    const r = read(`${root}/v2/with-number.json`);
    if (!r.ok) throw new Error("not ok");
    const text = exportDocumentText(r.document.assessment, "2026-03-03T00:00:00.000Z");
    expect(text).toMatch(/"choice":\s*\{\s*"kind":\s*"number",\s*"value":\s*5\.4,\s*"year":\s*2025\s*\}/);
    expect(text).toMatch(/"formatVersion":\s*2/);
    const again = readDocumentText(text);
    expect(again.ok && again.document.assessment).toEqual(r.document.assessment);
  });

  it("v1/hostile keeps hostile text exactly as text", () => {
    const r = read(`${root}/v1/hostile.json`);
    if (!r.ok) throw new Error("not ok");
    const a = r.document.assessment;
    expect(a.country).toBe('<script>alert("x")</script>\u202eailpmaxE');
    expect(a.answers["inst.body"]?.evidence).toHaveLength(100_000);
    expect(a.answers["inst.meets"]?.choice).toEqual({ kind: "notApplicable", reason: "\u202efdp.exe" });
    // Not a route: the reader drops it (tests/unit/last-path.test.ts), so no link is ever made of it.
    expect(a.lastPath).toBe("");
  });
});

describe("malformed documents are refused with where and what", () => {
  const problemsOf = (file: string) => {
    const r = read(`${root}/malformed/${file}`);
    return r.ok ? [] : r.problems;
  };

  it("truncated JSON", () => {
    expect(problemsOf("truncated.json")).toEqual([{ where: "(file)", message: "The file is not valid JSON: it ends too early. It may be damaged or cut short." }]);
  });

  it("wrong types name each field", () => {
    expect(problemsOf("wrong-types.json")).toEqual([
      { where: "assessment.year", message: "must be a whole number" },
      { where: "assessment.answers.inst.body.evidence", message: "must be text" },
      { where: "assessment.completedSections", message: "must be a list" },
    ]);
  });

  it("unknown fields are ignored and dropped", () => {
    const r = read(`${root}/malformed/unknown-fields.json`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.document).not.toHaveProperty("extra");
    expect(r.document.assessment).not.toHaveProperty("score");
    expect(r.document.assessment.answers["inst.body"]).not.toHaveProperty("colour");
    expect(r.document.assessment.answers["inst.body"]?.evidence).toBe("Decree 14/2019 establishing the inter-ministerial committee");
  });

  it("a newer version is refused saying so", () => {
    expect(problemsOf("newer-version.json")).toEqual([
      {
        where: "formatVersion",
        message: "This file was saved by a newer version of the tool (format version 3; this tool reads up to 2). Update the tool to open it.",
      },
    ]);
  });

  it("a number answer must have a finite number and a whole year from 1950 to 2100", () => {
    expect(problemsOf("bad-number.json")).toEqual([
      { where: "assessment.answers.f.infinite.choice.value", message: "must be a number" },
      { where: "assessment.answers.a.text.choice.value", message: "must be a number" },
      { where: "assessment.answers.b.year-low.choice.year", message: "must be a year from 1950 to 2100" },
      { where: "assessment.answers.c.year-fraction.choice.year", message: "must be a whole number" },
      { where: "assessment.answers.d.no-year.choice.year", message: "is missing" },
      { where: "assessment.answers.e.year-high.choice.year", message: "must be a year from 1950 to 2100" },
    ]);
  });

  it("something that is not an object", () => {
    expect(problemsOf("not-object.json")).toEqual([{ where: "(file)", message: "The file does not contain an assessment." }]);
  });

  it("a 6 MB file is refused before parsing", () => {
    const complete = readFileSync(`${root}/v1/complete.json`, "utf8");
    const huge = complete.replace('"Meets quarterly"', JSON.stringify("x".repeat(6 * 1024 * 1024)));
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(readDocumentText(huge)).toEqual({ ok: false, problems: [{ where: "(file)", message: "The file is 6 MB; the limit is 5 MB." }] });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it("counts bytes, not characters: 2 million Arabic letters are 4 MB, over the limit with 3 million", () => {
    const doc = (n: number) => readFileSync(`${root}/v1/minimal.json`, "utf8").replace('"leadMinistry": ""', `"leadMinistry": "${"ع".repeat(n)}"`);
    expect(readDocumentText(doc(2_000_000)).ok).toBe(false); // parsed: refused by the 200-character limit, not by size
    expect(readDocumentText(doc(2_000_000))).not.toEqual(expect.objectContaining({ problems: [expect.objectContaining({ where: "(file)" })] }));
    expect(readDocumentText(doc(3_000_000))).toEqual({ ok: false, problems: [{ where: "(file)", message: "The file is 5.72 MB; the limit is 5 MB." }] });
  });
});
