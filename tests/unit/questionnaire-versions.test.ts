// Two installed versions of one questionnaire must agree: every older question is accounted
// for by the newer file's upgrade steps, and changed options come with a new scaleVersion.
import { describe, expect, it } from "vitest";
import { checkVersionPair } from "../../src/domain/questionnaire/versions";
import { loadQuestionnaire, mini } from "./helpers";

const v1 = mini();
const v2 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v2.json");
const v3 = loadQuestionnaire("tests/fixtures/questionnaires/mini-v3.json");

describe("checkVersionPair", () => {
  it("accepts consistent versions, over one step and over two", () => {
    expect(checkVersionPair(v1, v2)).toEqual([]);
    expect(checkVersionPair(v1, v3)).toEqual([]);
    expect(checkVersionPair(v2, v3)).toEqual([]);
  });

  it("names an older question that no step accounts for", () => {
    const forgetful = { ...v2, upgrades: [{ version: 2, changes: v2.upgrades![0]!.changes.filter((c) => c.kind !== "retired") }] };
    expect(checkVersionPair(v1, forgetful).map((p) => p.message)).toEqual([
      '"rights.diaspora" of version 1 is not in version 2 and no change says what became of it (retired, renamed or split)',
    ]);
  });

  it("names options that changed without a new scaleVersion", () => {
    const sneaky = {
      ...v2,
      indicators: v2.indicators.map((i) => (i.id === "inst.body" ? { ...i, options: i.options.map((o) => (o.id === "paper" ? { ...o, score: 4 } : o)) } : i)),
    };
    expect(checkVersionPair(v1, sneaky).map((p) => p.message)).toEqual([
      'the options of "inst.body" changed since version 1 but its scaleVersion did not: raise it so years are not compared on different scales',
    ]);
  });

  it("names a change whose old indicator or option does not exist", () => {
    const wrong = {
      ...v2,
      upgrades: [
        {
          version: 2,
          changes: [
            ...v2.upgrades![0]!.changes.filter((c) => c.kind !== "rescaled"),
            { kind: "rescaled" as const, indicator: "rights.health", optionMap: { sometimes: "partial" } },
            { kind: "retired" as const, ids: ["inst.ghost"] },
          ],
        },
      ],
    };
    expect(checkVersionPair(v1, wrong).map((p) => p.message).sort()).toEqual([
      '"inst.ghost" is renamed, split or retired but version 1 has no such indicator',
      'rescales "rights.health" from option "sometimes", which version 1 does not have',
    ]);
  });
});
