// The reader against hostile and unlucky files (issue 17): it never throws, refuses
// pathological shapes before parsing them, checks dates as real dates, refuses repeated
// fields, hints at UTF-16, and accepts exactly what the app can export back.
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { readDocument, readDocumentText, fileSizeProblem } from "../../src/domain/document/read";
import { exportDocumentText, maxExportBytes } from "../../src/domain/document/export";
import { importAsNew } from "../../src/domain/document/whole-import";
import { MAX_FILE_BYTES, MAX_LONG_TEXT } from "../../src/domain/document/limits";
import { scanJsonText } from "../../src/domain/document/shape";
import { timestampProblem } from "../../src/domain/document/timestamp";
import { utf8Length } from "../../src/domain/document/size";
import type { Assessment } from "../../src/domain/assessment/assessment";

const completeText = readFileSync("tests/fixtures/documents/v1/complete.json", "utf8");
const complete = () => JSON.parse(completeText);
const problemsOf = (r: ReturnType<typeof readDocumentText>) => (r.ok ? [] : r.problems);

function withAnswers(field: "answers" | "archive", count: number, entry: (i: number) => unknown) {
  const doc = complete();
  const map: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) map[`q${i}`] = entry(i);
  doc.assessment[field] = map;
  return doc;
}

describe("counts are checked before the schema, and the reader never throws", () => {
  for (const field of ["answers", "archive"] as const) {
    it(`125,000 invalid entries in ${field} (1.4 MB) are refused with where, from text and from a stored value`, () => {
      const doc = withAnswers(field, 125_000, () => 1);
      const text = JSON.stringify(doc);
      expect(text.length).toBeGreaterThan(1_300_000);
      const expected = [{ where: `assessment.${field}`, message: "has more than 2,000 entries" }];
      expect(problemsOf(readDocumentText(text))).toEqual(expected);
      expect(problemsOf(readDocument(doc))).toEqual(expected);
    });
  }

  it("2,000 answers and 2,000 archived ones, every field wrong, are refused with at most 11 problems", () => {
    const bad = () => ({ choice: { kind: 7, optionId: [] }, evidence: 1, comment: {}, answeredBy: false, updatedAt: "2026-13-45T99:99:99Z" });
    const doc = withAnswers("answers", 2_000, bad);
    doc.assessment.archive = withAnswers("archive", 2_000, bad).assessment.archive;
    const found = problemsOf(readDocumentText(JSON.stringify(doc)));
    expect(found).toHaveLength(11);
    expect(found[10]!.message).toMatch(/^\.\.\. and [\d,]+ more problems\.$/);
  });

  it("a 5 MB file of 2.6 million nested lists under an unknown field is refused at depth 17, before JSON.parse, at once", () => {
    const depth = 2_600_000;
    const text = completeText.replace('"savedAt"', `"junk": ${"[".repeat(depth)}${"]".repeat(depth)}, "savedAt"`);
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(text.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const parse = vi.spyOn(JSON, "parse");
    try {
      const start = performance.now();
      const found = problemsOf(readDocumentText(text));
      const ms = performance.now() - start;
      expect(found).toEqual([{ where: `junk${"[0]".repeat(15)}`, message: "is nested more than 16 levels deep" }]);
      expect(parse).not.toHaveBeenCalled();
      expect(ms).toBeLessThan(500);
    } finally {
      parse.mockRestore();
    }
  });

  it("a stored value nested too deep, or holding itself, is refused, not walked for ever", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    const doc = complete();
    doc.assessment.extra = deep;
    expect(problemsOf(readDocument(doc))).toEqual([{ where: `assessment.extra${".d".repeat(14)}`, message: "is nested more than 16 levels deep" }]);
    const cyclic = complete();
    cyclic.assessment.answers["inst.body"].self = cyclic.assessment.answers["inst.body"];
    expect(problemsOf(readDocument(cyclic))[0]!.message).toMatch(/nested more than 16 levels deep/);
  });

  it("a value that throws when read is a refusal with a message", () => {
    const trap = new Proxy({}, { ownKeys: () => { throw new Error("boom"); } });
    expect(readDocument(trap)).toEqual({ ok: false, problems: [{ where: "(file)", message: "The file could not be checked: its content has a form this tool cannot read." }] });
  });
});

describe("timestamps are real dates", () => {
  it.each([
    ["2026-13-45T99:99:99Z", "is not a real date and time (month 1 to 12, a day the month has, time up to 23:59:59)"],
    ["0000-00-00T0Z", "must be a date and time like 2026-01-31T09:00:00.000Z"],
    ["2026-02-29T10:00:00Z", "is not a real date and time (month 1 to 12, a day the month has, time up to 23:59:59)"],
    ["2026-04-31T10:00:00.000Z", "is not a real date and time (month 1 to 12, a day the month has, time up to 23:59:59)"],
    ["2026-01-31T24:00:00Z", "is not a real date and time (month 1 to 12, a day the month has, time up to 23:59:59)"],
    ["2026-01-31T23:60:00Z", "is not a real date and time (month 1 to 12, a day the month has, time up to 23:59:59)"],
    ["0000-01-01T00:00:00Z", "must be a date between the years 1970 and 2200"],
    ["9999-12-31T23:59:59.999Z", "must be a date between the years 1970 and 2200"],
    ["2026-01-31 09:00:00Z", "must be a date and time like 2026-01-31T09:00:00.000Z"],
    ["2026-01-31T09:00:00+02:00", "must be a date and time like 2026-01-31T09:00:00.000Z"],
  ])("%s is refused: %s", (text, message) => {
    expect(timestampProblem(text)).toBe(message);
    const doc = complete();
    doc.assessment.updatedAt = text;
    expect(problemsOf(readDocument(doc))).toEqual([{ where: "assessment.updatedAt", message }]);
  });

  it.each(["2024-02-29T23:59:59Z", "2026-01-31T09:00Z", "2026-01-31T09:00:00.123456789Z", "1970-01-01T00:00:00.000Z", "2200-12-31T23:59:59.999Z"])("%s is accepted and formats as a date", (text) => {
    expect(timestampProblem(text)).toBeNull();
    expect(Number.isNaN(new Date(text).getTime())).toBe(false);
  });
});

describe("a field twice in one object is refused, naming it", () => {
  it("in an answer, even when spelled with an escape", () => {
    const text = completeText.replace('"evidence": "Decree', '"evidence": "first", "\\u0065vidence": "Decree');
    expect(problemsOf(readDocumentText(text))).toEqual([
      { where: "assessment.answers.inst.body.evidence", message: "appears twice in the same group of fields: a file may have each field only once" },
    ]);
  });

  it("at the top, listed with what the schema finds", () => {
    const doc = complete();
    doc.assessment.year = "soon";
    const text = JSON.stringify(doc).replace('{"format"', '{"savedAt":"2026-01-01T00:00:00.000Z","format"');
    expect(problemsOf(readDocumentText(text))).toEqual([
      { where: "savedAt", message: "appears twice in the same group of fields: a file may have each field only once" },
      { where: "assessment.year", message: "must be a number" },
    ]);
  });
});

describe("encodings", () => {
  const encode16 = (text: string, bigEndian: boolean, bom: boolean) => {
    const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
    if (bigEndian) le.swap16();
    return le.toString("utf8"); // what the browser's File.text() gives: the bytes read as UTF-8
  };
  it.each([
    ["little-endian without a byte-order mark", false, false],
    ["big-endian without a byte-order mark", true, false],
    ["little-endian with a byte-order mark", false, true],
  ])("UTF-16 %s gets a hint about the encoding", (_, bigEndian, bom) => {
    expect(problemsOf(readDocumentText(encode16(completeText, bigEndian, bom)))).toEqual([
      { where: "(file)", message: "The file is not valid JSON: it looks like it was saved as UTF-16 text (two bytes for each letter). Save it as UTF-8 and try again." },
    ]);
  });

  it("UTF-8 with a byte-order mark is read", () => {
    expect(readDocumentText(`\ufeff${completeText}`).ok).toBe(true);
  });

  it("text that is not JSON says where it stops being JSON", () => {
    expect(problemsOf(readDocumentText('{\n  "format": "coherence-assessment",\n  "formatVersion": 1,,\n}'))).toEqual([
      { where: "(file)", message: "The file is not valid JSON (line 3, column 22). It may be damaged or cut short." },
    ]);
  });
});

describe("the scan agrees with JSON.parse", () => {
  it("on any JSON text, and on any text at all", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value, null, value && typeof value === "object" ? 1 : undefined);
        expect(scanJsonText(text)).toEqual({ fatal: false, problems: [] });
      }),
      { numRuns: 500, seed: 17 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, -1)), fc.stringMatching(/^[[\]{}",:0-9eE.+\-tfnrul\\ ]{0,20}$/)), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const shape = scanJsonText(text);
        const notJson = shape.problems.some((p) => p.message.startsWith("The file is not valid JSON"));
        expect(notJson).toBe(!parses);
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});

describe("limits are consistent: what the app accepts it can keep, export and import back", () => {
  const base = (): Assessment => {
    const r = readDocumentText(completeText);
    if (!r.ok) throw new Error("fixture");
    return { ...r.document.assessment, answers: {}, archive: {} };
  };
  /** An assessment whose size with room for the tool's own fields (maxExportBytes) is exactly `bytes`. */
  function sizedAt(bytes: number): Assessment {
    const a = base();
    const answer = (evidence: string) => ({ choice: { kind: "dontKnow" as const }, evidence, comment: "", answeredBy: "", updatedAt: "2026-01-01T00:00:00.000Z" });
    for (let i = 0; maxExportBytes(a) < bytes; i++) {
      const id = `q${String(i).padStart(3, "0")}`;
      a.answers[id] = answer("");
      const room = bytes - maxExportBytes(a);
      a.answers[id] = answer("e".repeat(Math.min(MAX_LONG_TEXT, Math.max(0, room))));
    }
    expect(maxExportBytes(a)).toBe(bytes);
    return a;
  }
  const asDocument = (assessment: Assessment) => ({ format: "coherence-assessment", formatVersion: 1, savedAt: "2026-01-01T00:00:00.000Z", assessment });

  it("an assessment at the limit is accepted; its export imports back identical, and stays readable as new, saved many times, on any page", () => {
    const a = sizedAt(MAX_FILE_BYTES);
    const text = exportDocumentText(a, "2026-01-01T00:00:00.000Z");
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const again = readDocumentText(text);
    expect(again.ok && again.document.assessment).toEqual(a);
    // What the tool changes on its own never takes it over the limit.
    const asNew = importAsNew(a, [a.id], () => "x".repeat(200));
    const kept = { ...asNew, revision: 9_007_199_254_740_991, lastPath: `#/a/${"x".repeat(200)}/s/inst/q/${"y".repeat(200)}`.slice(0, 500), updatedAt: new Date().toISOString() };
    expect(readDocument(asDocument(kept)).ok).toBe(true);
    expect(readDocumentText(exportDocumentText(kept, new Date().toISOString())).ok).toBe(true);
  });

  it("one byte more is refused, stored or imported, with sizes that cannot read as equal", () => {
    const a = sizedAt(MAX_FILE_BYTES + 1);
    const message = "The assessment is too large to be kept as a file: it needs 5,242,881 bytes, and a file may be at most 5,242,880 bytes. Shorten some evidence or comments.";
    expect(problemsOf(readDocument(asDocument(a)))).toEqual([{ where: "(file)", message }]);
    expect(problemsOf(readDocumentText(exportDocumentText(a, "2026-01-01T00:00:00.000Z")))).toEqual([{ where: "(file)", message }]);
  });

  it("a file over the limit is refused by its size, before anything else", () => {
    const text = completeText.replace('"Meets quarterly"', JSON.stringify("m".repeat(MAX_FILE_BYTES)));
    expect(problemsOf(readDocumentText(text))).toEqual([{ where: "(file)", message: expect.stringMatching(/^The file is [\d,]+ bytes; the limit is 5,242,880 bytes\.$/) }]);
  });

  it("writes sizes in megabytes only when they show the difference", () => {
    expect(fileSizeProblem(5_494_000)?.message).toBe("The file is 5.23 MB; the limit is 5 MB.");
    expect(fileSizeProblem(5_250_000)?.message).toBe("The file is 5,250,000 bytes; the limit is 5,242,880 bytes.");
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
  });
});

describe("utf8Length", () => {
  it("counts like Buffer.byteLength, short or long, lone surrogates as U+FFFD", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.nat({ max: 30_000 }), (s, repeat) => {
        const text = s.repeat(repeat % 3 === 0 ? 1 : repeat);
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
      { numRuns: 300, seed: 17 },
    );
    expect(utf8Length("\ud800")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
  });
});
