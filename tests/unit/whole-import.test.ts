import { describe, expect, it } from "vitest";
import { newAssessment, type Assessment } from "../../src/domain/assessment/assessment";
import { applyReplace, importAsNew, planWholeImport, randomId } from "../../src/domain/document/whole-import";
import { readDocument } from "../../src/domain/document/read";
import { toDocument } from "../../src/domain/document/format";
import { answer, dontKnow, mini } from "./helpers";

function assessment(id: string, answers: Assessment["answers"], extra: Partial<Assessment> = {}): Assessment {
  const a = newAssessment(
    { id, country: "Examplia", year: 2024, perspective: "both", leadMinistry: "planning", title: "Review", questionnaire: { id: "mini", version: 1 } },
    "2024-01-01T00:00:00.000Z",
  );
  return { ...a, answers, ...extra };
}

describe("planWholeImport", () => {
  const here = assessment("a1", {
    "inst.body": answer("paper"),
    "inst.budget": answer("none"),
    "rights.health": answer("no"),
  }, { revision: 7, archive: { "old.one": answer("yes") } });
  const other = assessment("a2", {}, { year: 2022 });
  const incoming = assessment("a1", {
    "inst.body": answer("active"),
    "inst.budget": { ...answer("none"), updatedAt: "2025-05-05T00:00:00.000Z" },
    "inst.meets": answer("yes"),
    "rights.diaspora": dontKnow(),
  }, { country: "Republic of Examplia" });

  it("offers to replace the assessment with the same id and says what would change, per section", () => {
    const plan = planWholeImport([other, here], incoming, mini());
    expect(plan.idTaken).toBe(true);
    expect(plan.replaceOptions.map((o) => [o.target.id, o.match])).toEqual([["a1", "sameId"]]);
    const summary = plan.replaceOptions[0]!.summary;
    expect(summary.sections).toEqual([
      { sectionId: "inst", added: ["inst.meets"], changed: ["inst.body"], removed: [] },
      { sectionId: "rights", added: ["rights.diaspora"], changed: [], removed: ["rights.health"] },
    ]);
    expect(summary.lines).toEqual([
      'Country: "Examplia" would become "Republic of Examplia".',
      "Institutions: 1 answer added, 1 answer changed, 0 answers removed.",
      "Rights: 1 answer added, 0 answers changed, 1 answer removed.",
      "1 answer removed from the archive.",
    ]);
  });

  it("offers an assessment of the same country and year with another id", () => {
    const sameYear = assessment("zz", {}, { country: " republic of EXAMPLIA " });
    const plan = planWholeImport([sameYear], incoming, mini());
    expect(plan.idTaken).toBe(false);
    expect(plan.replaceOptions.map((o) => [o.target.id, o.match])).toEqual([["zz", "sameCountryAndYear"]]);
  });

  it("says nothing would change for an identical file and offers nothing for an unrelated one", () => {
    expect(planWholeImport([here], here).replaceOptions[0]!.summary.lines).toEqual(["Nothing would change."]);
    expect(planWholeImport([other], incoming).replaceOptions).toEqual([]);
  });

  it("groups answers as 'other' without a questionnaire", () => {
    const summary = planWholeImport([here], incoming).replaceOptions[0]!.summary;
    expect(summary.sections.map((s) => s.sectionId)).toEqual(["other"]);
  });

  it("importAsNew takes a fresh id only when the id is taken, and resets the revision", () => {
    expect(importAsNew(incoming, ["a2"]).id).toBe("a1");
    const ids = ["x", "y"];
    expect(importAsNew(incoming, ["a1", "x"], () => ids.shift()!).id).toBe("y");
    expect(importAsNew(incoming, ["a1", "x"], () => "x").id).toMatch(/^a-[0-9a-f]{20}$/);
    const fresh = importAsNew({ ...incoming, revision: 4 }, ["a1"]);
    expect(fresh.id).toMatch(/^a-[0-9a-f]{20}$/);
    expect(fresh.revision).toBe(0);
    expect(fresh.answers).toEqual(incoming.answers);
  });

  it("applyReplace keeps the target's id and bumps its revision", () => {
    const replaced = applyReplace(here, { ...incoming, id: "elsewhere" });
    expect(replaced.id).toBe("a1");
    expect(replaced.revision).toBe(8);
    expect(replaced.answers).toEqual(incoming.answers);
    expect(replaced.country).toBe("Republic of Examplia");
  });

  it("random ids are valid document ids and differ", () => {
    const ids = new Set(Array.from({ length: 50 }, randomId));
    expect(ids.size).toBe(50);
    const doc = toDocument(assessment([...ids][0]!, {}), "2026-01-01T00:00:00.000Z");
    expect(readDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });
});
