// The transfer feature's plain logic: section exports, the size check, merge targets.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/domain/document/read";
import { MAX_FILE_BYTES } from "../../src/domain/document/limits";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { checkFile } from "../../src/features/transfer/checkFile";
import { completeText, nestedLists } from "../fixtures/hostile";
import { exportFile, mergeTargets, oversize, sectionOnly, sectionsWithAnswers } from "../../src/features/transfer/transfer";

const checked = validateQuestionnaire(JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")));
if (!checked.ok) throw new Error("questionnaire does not validate");
const q = checked.questionnaire;
const seed = (name: string) => {
  const r = readDocumentText(readFileSync(`seeds/${name}.json`, "utf8"));
  if (!r.ok) throw new Error(name);
  return r.document.assessment;
};
const examplia = seed("examplia-2026");

describe("export", () => {
  it("a whole export reads back with the same answers", () => {
    const file = exportFile(examplia, q, { kind: "whole" }, "2026-11-23T05:00:00.000Z");
    const back = readDocumentText(file.text);
    expect(back.ok && back.document.assessment.answers).toEqual(examplia.answers);
    expect(file.fileName).toMatch(/^republic-of-examplia-2026-.*\.json$/);
  });

  it("a section export holds only that section's answers, and reads back", () => {
    const rights = new Set(q.indicators.filter((i) => i.dimension === "rights").map((i) => i.id));
    const part = sectionOnly(examplia, q, "rights");
    expect(Object.keys(part.answers).length).toBeGreaterThan(0);
    expect(Object.keys(part.answers).every((id) => rights.has(id))).toBe(true);
    expect(Object.keys(part.answers).length).toBe(Object.keys(examplia.answers).filter((id) => rights.has(id)).length);
    expect(part.archive).toEqual({});
    const file = exportFile(examplia, q, { kind: "section", dimensionId: "rights" }, "2026-11-23T05:00:00.000Z");
    expect(file.fileName).toMatch(/-rights\.json$/);
    const back = readDocumentText(file.text);
    expect(back.ok && Object.keys(back.document.assessment.answers).sort()).toEqual(Object.keys(part.answers).sort());
    expect(sectionsWithAnswers(q, part)).toEqual(["rights"]);
  });
});

describe("size check before reading", () => {
  it("allows the limit and refuses one byte more, in units where the size never reads as the limit", () => {
    expect(oversize(MAX_FILE_BYTES)).toBeNull();
    expect(oversize(MAX_FILE_BYTES + 1)).toEqual({ unit: "bytes", size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    // The 5.25 MB (decimal) export: 5,250,000 bytes is 5.006 MB of 1,048,576 bytes.
    expect(oversize(5_250_000)).toEqual({ unit: "bytes", size: 5_250_000, limit: MAX_FILE_BYTES });
    expect(oversize(5_500_000)).toEqual({ unit: "MB", size: 5.24, limit: 5 });
    expect(oversize(12 * 1048576)).toEqual({ unit: "MB", size: 12, limit: 5 });
  });
});

describe("checking a chosen file", () => {
  it("works where no worker can start (here, Node): a hostile file is refused, a good one read", async () => {
    const refused = await checkFile(new File([nestedLists()], "nested.json"));
    expect(refused.kind === "read" && !refused.result.ok && refused.result.problems).toEqual([{ where: `junk${"[0]".repeat(15)}`, message: "is nested more than 16 levels deep" }]);
    const read = await checkFile(new File([completeText()], "complete.json"));
    expect(read.kind === "read" && read.result.ok && read.result.document.assessment.country).toBe("Republic of Examplia");
  });
});

describe("merge targets", () => {
  it("are the saved assessments of the same country (any case or spacing) and questionnaire", () => {
    const other = seed("sampleland-2026-draft");
    const older = seed("examplia-2024");
    const incoming = { ...examplia, country: `  ${examplia.country.toUpperCase()} ` };
    expect(mergeTargets([older, other, examplia], incoming).map((a) => a.id)).toEqual([older.id, examplia.id]);
    expect(mergeTargets([older], { ...incoming, questionnaire: { id: "other", version: 1 } })).toEqual([]);
  });
});
