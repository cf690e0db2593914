import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readDocument, readDocumentText } from "../../src/domain/document/read";
import { exportDocumentText, suggestedFileName } from "../../src/domain/document/export";
import type { Assessment } from "../../src/domain/assessment/assessment";

const complete = () => JSON.parse(readFileSync("tests/fixtures/documents/v1/complete.json", "utf8"));
const problems = (data: unknown) => {
  const r = readDocument(data);
  return r.ok ? [] : r.problems;
};

describe("plain-language problems", () => {
  it("says what is wrong with each field, with its path", () => {
    const doc = complete();
    doc.assessment.answers["inst.body"].evidence = "x".repeat(100_001);
    doc.assessment.country = "";
    delete doc.assessment.createdAt;
    doc.assessment.perspective = "sideways";
    doc.assessment.answers["inst.meets"].choice = { kind: "maybe" };
    doc.assessment.answers["bad id"] = doc.assessment.answers["inst.meets"];
    doc.assessment.questionnaire.version = 0;
    expect(problems(doc)).toEqual([
      { where: "assessment.country", message: "must not be empty" },
      { where: "assessment.perspective", message: "must be one of: origin, destination, both" },
      { where: "assessment.questionnaire.version", message: "must be at least 1" },
      { where: "assessment.createdAt", message: "is missing" },
      { where: "assessment.answers.inst.body.evidence", message: "is longer than 100,000 characters" },
      { where: "assessment.answers.inst.meets.choice.kind", message: "must be one of: option, dontKnow, notApplicable, number" },
      { where: "assessment.answers.bad id", message: "has a name that is not allowed (use only letters, digits, dots, dashes and underscores)" },
    ]);
  });

  it("keeps messages written in the schema; a __proto__ key is dropped like an unknown field", () => {
    const doc = complete();
    doc.savedAt = "yesterday";
    doc.assessment.id = "a/b";
    const text = JSON.stringify(doc).replace('"inst.body":', '"__proto__":');
    const r = readDocumentText(text);
    expect(!r.ok && r.problems).toEqual([
      { where: "savedAt", message: "must be a date and time like 2026-01-31T09:00:00.000Z" },
      { where: "assessment.id", message: "must use only letters, digits, dots, dashes and underscores" },
    ]);
    doc.savedAt = "2026-01-01T00:00:00.000Z";
    doc.assessment.id = "ok";
    const read = readDocumentText(JSON.stringify(doc).replace('"inst.body":', '"__proto__":'));
    expect(read.ok && Object.keys(read.document.assessment.answers)).toEqual(["inst.meets", "inst.budget", "rights.diaspora", "rights.health"]);
    expect(read.ok && Object.getPrototypeOf(read.document.assessment.answers)).toBe(Object.prototype);
  });

  it("lists at most 10 problems, then how many more", () => {
    const doc = complete();
    for (let i = 0; i < 25; i++) doc.assessment.answers[`q${i}`] = { choice: { kind: "option" } };
    const found = problems(doc);
    expect(found).toHaveLength(11);
    expect(found[0]).toEqual({ where: "assessment.answers.q0.choice.optionId", message: "is missing" });
    expect(found[10]).toEqual({ where: "(file)", message: "... and 40 more problems." });
  });

  it("shortens hostile keys and makes direction overrides visible in the path", () => {
    const doc = complete();
    doc.assessment.answers[`\u202e${"k".repeat(300)}`] = {};
    const where = problems(doc).map((p) => p.where).find((w) => w.startsWith("assessment.answers.\ufffd"));
    expect(where).toBe(`assessment.answers.\ufffd${"k".repeat(59)}...`);
  });
});

describe("export", () => {
  const assessment = (): Assessment => {
    const r = readDocument(complete());
    if (!r.ok) throw new Error("fixture");
    return r.document.assessment;
  };

  it("writes compact JSON (the file is the size the reader checked) in a stable key order, whatever the order in memory", () => {
    const a = assessment();
    const shuffled = { ...a, answers: Object.fromEntries(Object.entries(a.answers).reverse()), revision: a.revision, id: a.id } as Assessment;
    const text = exportDocumentText(shuffled, "2026-02-01T00:00:00.000Z");
    expect(text).toBe(exportDocumentText(a, "2026-02-01T00:00:00.000Z"));
    expect(text.startsWith('{"format":"coherence-assessment","formatVersion":2,"savedAt":"2026-02-01T00:00:00.000Z","assessment":{"id":"examplia-2024",')).toBe(true);
    expect(text.indexOf("\n")).toBe(text.length - 1);
    expect(Object.keys(JSON.parse(text).assessment.answers)).toEqual(["inst.body", "inst.budget", "inst.meets", "rights.diaspora", "rights.health"]);
  });

  it("writes only known fields", () => {
    const a = { ...assessment(), secret: "not in the file" } as Assessment;
    expect(exportDocumentText(a, "2026-02-01T00:00:00.000Z")).not.toContain("secret");
  });

  it("suggests a safe file name", () => {
    const a = assessment();
    expect(suggestedFileName(a)).toBe("republic-of-examplia-2024-national-review-2024.json");
    expect(suggestedFileName({ ...a, country: "Côte d’Ivoire", title: "" })).toBe("cote-d-ivoire-2024-mini.json");
    expect(suggestedFileName({ ...a, country: "../../etc/passwd\u202e<script>", title: "a/b\\c:d*e?" })).toBe("etc-passwd-script-2024-a-b-c-d-e.json");
    expect(suggestedFileName({ ...a, country: "مصر", title: "" })).toBe("2024-mini.json");
    expect(suggestedFileName({ ...a, title: "x".repeat(500) }).length).toBeLessThanOrEqual(85);
  });
});
