// loadReport: what the report route loads, over the real storage module (fake-indexeddb)
// and the real questionnaire loader, with the example data (seeds/).
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/domain/document/read";
import { getRepository } from "../../src/storage";
import { loadReport } from "../../src/features/report/loadReport";

function seed(name: string) {
  const r = readDocumentText(readFileSync(`seeds/${name}.json`, "utf8"));
  if (!r.ok) throw new Error(name);
  return r.document.assessment;
}

beforeAll(async () => {
  const repository = await getRepository();
  for (const name of ["examplia-2022", "examplia-2024", "examplia-2026", "sampleland-2026-draft"]) await repository.create({ ...seed(name), revision: 0 });
  // Sampleland 2028 uses a questionnaire that is not installed; 2029 comes after it.
  await repository.create({ ...seed("sampleland-2026-draft"), id: "sampleland-2028", year: 2028, questionnaire: { id: "no-such-questionnaire", version: 1 } });
  await repository.create({ ...seed("sampleland-2026-draft"), id: "sampleland-2029", year: 2029 });
});

describe("loadReport", () => {
  it("loads the assessment, its questionnaire and the latest earlier year of the same country", async () => {
    const loaded = await loadReport("examplia-2026");
    if (loaded.kind !== "ready") throw new Error(loaded.kind);
    expect(loaded.assessment.id).toBe("examplia-2026");
    expect(loaded.questionnaire.id).toBe("picmd-national");
    expect(loaded.previous?.assessment.id).toBe("examplia-2024");
    expect(loaded.previous?.questionnaire.id).toBe("picmd-national");
  });

  it("has no comparison for the first assessment of a country", async () => {
    const loaded = await loadReport("examplia-2022");
    expect(loaded.kind === "ready" && loaded.previous).toBeUndefined();
  });

  it("reports a missing assessment and an unknown questionnaire", async () => {
    expect(await loadReport("nothing-here")).toEqual({ kind: "notFound", problems: undefined });
    const bad = await loadReport("sampleland-2028");
    expect(bad.kind).toBe("badQuestionnaire");
    expect(bad.kind === "badQuestionnaire" && bad.problems[0]?.message).toBe('No questionnaire with id "no-such-questionnaire" is installed.');
  });

  it("still opens, without a comparison, when the previous year's questionnaire is not installed", async () => {
    const loaded = await loadReport("sampleland-2029");
    if (loaded.kind !== "ready") throw new Error(loaded.kind);
    expect(loaded.assessment.id).toBe("sampleland-2029");
    expect(loaded.previous).toBeUndefined();
  });
});
