// Every saved-document fixture of every format version must keep loading, with its content.
// A new format version adds a folder tests/fixtures/documents/vN/ the day it ships; old ones stay.
import { describe, expect, it, vi } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { readDocumentText } from "../../src/domain/document/read";
import { exportDocumentText } from "../../src/domain/document/export";
import { CURRENT_FORMAT_VERSION } from "../../src/domain/document/format";

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

  it("v1/hostile keeps hostile text exactly as text", () => {
    const r = read(`${root}/v1/hostile.json`);
    if (!r.ok) throw new Error("not ok");
    const a = r.document.assessment;
    expect(a.country).toBe('<script>alert("x")</script>\u202eailpmaxE');
    expect(a.answers["inst.body"]?.evidence).toHaveLength(100_000);
    expect(a.answers["inst.meets"]?.choice).toEqual({ kind: "notApplicable", reason: "\u202efdp.exe" });
    expect(a.lastPath).toBe("javascript:alert(1)");
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
        message: "This file was saved by a newer version of the tool (format version 2; this tool reads up to 1). Update the tool to open it.",
      },
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
