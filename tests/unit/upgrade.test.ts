import { describe, expect, it } from "vitest";
import { upgradeAssessment } from "../../src/domain/assessment/upgrade";
import { newAssessment, type Assessment } from "../../src/domain/assessment/assessment";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { answer, dontKnow, loadQuestionnaire, mini } from "./helpers";
import { readFileSync } from "node:fs";

const v2 = () => loadQuestionnaire("tests/fixtures/questionnaires/mini-v2.json");
const v3 = () => loadQuestionnaire("tests/fixtures/questionnaires/mini-v3.json");

function v1Assessment(answers: Assessment["answers"]): Assessment {
  const a = newAssessment(
    { id: "a1", country: "Examplia", year: 2024, perspective: "both", leadMinistry: "planning", title: "", questionnaire: { id: "mini", version: 1 } },
    "2024-01-01T00:00:00.000Z",
  );
  return { ...a, answers };
}

const withEvidence = (optionId: string, evidence: string) => ({ ...answer(optionId), evidence });

describe("upgradeAssessment, version 1 to 2", () => {
  const before = v1Assessment({
    "inst.body": answer("active"),
    "inst.meets": withEvidence("yes", "Minutes of 2023"),
    "inst.budget": withEvidence("funded", "Budget law 12/2023"),
    "rights.diaspora": withEvidence("yes", "Electoral code art. 4"),
    "rights.health": answer("emergency"),
  });
  const snapshot = structuredClone(before);
  const result = upgradeAssessment(before, v2());
  if (!result.ok) throw new Error(result.message);
  const after = result.assessment;

  it("moves a renamed answer to the new id, with its evidence", () => {
    expect(after.answers["inst.meetings"]).toEqual(before.answers["inst.meets"]);
    expect(after.answers["inst.meets"]).toBeUndefined();
  });

  it("copies a split answer only where the option exists and archives the original", () => {
    expect(after.answers["inst.budget.national"]).toEqual(withEvidence("funded", "Budget law 12/2023"));
    expect(after.answers["inst.budget.local"]).toBeUndefined();
    expect(after.archive["inst.budget"]).toEqual(withEvidence("funded", "Budget law 12/2023"));
  });

  it("maps a rescaled option", () => {
    expect(after.answers["rights.health"]?.choice).toEqual({ kind: "option", optionId: "partial" });
  });

  it("keeps a retired answer in the archive", () => {
    expect(after.answers["rights.diaspora"]).toBeUndefined();
    expect(after.archive["rights.diaspora"]?.evidence).toBe("Electoral code art. 4");
  });

  it("records the new version, lists what changed and leaves the input alone", () => {
    expect(after.questionnaire).toEqual({ id: "mini", version: 2 });
    expect(result.changes.map((c) => c.text)).toEqual([
      "The answer to rights.diaspora was kept in the archive: the question was retired in version 2.",
      "The answer to inst.meets now answers inst.meetings.",
      "inst.budget was split into inst.budget.national, inst.budget.local; its answer was copied to inst.budget.national.",
      "The answer to inst.budget was kept in the archive: inst.budget.local has no matching option and is left unanswered.",
      'rights.health has a new scale in version 2; the answer "emergency" is now "partial".',
    ]);
    expect(before).toEqual(snapshot);
  });

  it("copies a split answer to every new indicator when the option exists in all", () => {
    const r = upgradeAssessment(v1Assessment({ "inst.budget": withEvidence("some", "Decree 5") }), v2());
    expect(r.ok && r.assessment.answers["inst.budget.local"]).toEqual(withEvidence("some", "Decree 5"));
    expect(r.ok && r.assessment.answers["inst.budget.national"]).toEqual(withEvidence("some", "Decree 5"));
    expect(r.ok && r.assessment.archive).toEqual({});
  });
});

describe("upgradeAssessment, a split answer that fits none of the new questions", () => {
  it("is kept in the archive and not reported as split (nothing was copied)", () => {
    const national = loadQuestionnaire("questionnaires/picmd-national.json");
    const first = loadQuestionnaire("questionnaires/picmd-national.v1.json");
    const split = national.upgrades!.flatMap((u) => u.changes).find((c) => c.kind === "split")!;
    if (split.kind !== "split") throw new Error("the national questionnaire has no split");
    const fitsNone = first.indicators
      .find((i) => i.id === split.from)!
      .options.find((o) => split.to.every((to) => !national.indicators.find((i) => i.id === to)!.options.some((x) => x.id === o.id)))!;
    const a = { ...newAssessment({ id: "n1", country: "Examplia", year: 2024, perspective: "origin", leadMinistry: "", title: "", questionnaire: { id: national.id, version: 1 } }, "2024-01-01T00:00:00.000Z"), answers: { [split.from]: withEvidence(fitsNone.id, "Nationality Code") } };
    const r = upgradeAssessment(a, national);
    if (!r.ok) throw new Error(r.message);
    expect(split.to.map((to) => r.assessment.answers[to])).toEqual(split.to.map(() => undefined));
    expect(r.assessment.archive[split.from]).toEqual(withEvidence(fitsNone.id, "Nationality Code"));
    expect(r.changes.map((c) => [c.kind, c.indicatorId])).toEqual([["archived", split.from]]);
  });
});

describe("upgradeAssessment, version 1 to 3 (a chain)", () => {
  it("applies both steps and archives an option that no longer exists", () => {
    const r = upgradeAssessment(
      v1Assessment({ "inst.body": answer("paper"), "rights.health": answer("yes"), "inst.budget": answer("some"), "inst.meets": dontKnow() }),
      v3(),
    );
    if (!r.ok) throw new Error(r.message);
    const a = r.assessment;
    expect(Object.keys(a.answers).sort()).toEqual(["inst.budget.national", "inst.meetings", "rights.care"]);
    expect(a.answers["rights.care"]?.choice).toEqual({ kind: "option", optionId: "yes" });
    expect(a.answers["inst.meetings"]?.choice).toEqual({ kind: "dontKnow" });
    expect(a.archive["inst.body"]?.choice).toEqual({ kind: "option", optionId: "paper" });
    expect(a.archive["inst.budget.local"]?.choice).toEqual({ kind: "option", optionId: "some" });
    expect(a.questionnaire.version).toBe(3);
  });

  it("never overwrites an archived answer with the same id", () => {
    const start = { ...v1Assessment({ "rights.diaspora": answer("no") }), archive: { "rights.diaspora": answer("yes") } };
    const r = upgradeAssessment(start, v2());
    expect(r.ok && r.assessment.archive).toEqual({ "rights.diaspora": answer("yes"), "rights.diaspora.v1": answer("no") });
  });

  it("archives answers to questions the target does not know", () => {
    const r = upgradeAssessment(v1Assessment({ "made.up": answer("yes") }), v2());
    expect(r.ok && r.assessment.archive["made.up"]).toEqual(answer("yes"));
    expect(r.ok && r.changes[0]?.text).toBe("The answer to made.up was kept in the archive: there is no such question in version 2.");
  });

  it("archives a figure given to a question that no longer asks for one", () => {
    const figure = answer({ kind: "number", value: 5.4, year: 2025 });
    const r = upgradeAssessment(v1Assessment({ "inst.body": figure }), v2());
    expect(r.ok && r.assessment.answers["inst.body"]).toBeUndefined();
    expect(r.ok && r.assessment.archive["inst.body"]).toEqual(figure);
    expect(r.ok && r.changes[0]?.text).toBe("The answer to inst.body was kept in the archive: it does not ask for a figure in version 2.");
  });
});

describe("upgradeAssessment refuses", () => {
  it("another questionnaire", () => {
    const a = { ...v1Assessment({}), questionnaire: { id: "other", version: 1 } };
    expect(upgradeAssessment(a, v2())).toEqual({ ok: false, message: 'The assessment uses questionnaire "other", not "mini".' });
  });
  it("a newer version than the target", () => {
    const a = { ...v1Assessment({}), questionnaire: { id: "mini", version: 3 } };
    expect(upgradeAssessment(a, v2())).toEqual({ ok: false, message: "The assessment uses version 3 of the questionnaire, newer than version 2 available here." });
  });
  it("returns the same assessment when already at the target version", () => {
    const a = v1Assessment({ "inst.body": answer("none") });
    expect(upgradeAssessment(a, mini())).toEqual({ ok: true, assessment: a, changes: [] });
  });
});

describe("questionnaire upgrade validation", () => {
  const raw = () => JSON.parse(readFileSync("tests/fixtures/questionnaires/mini-v3.json", "utf8"));
  const problems = (q: unknown) => {
    const r = validateQuestionnaire(q);
    return r.ok ? [] : r.problems;
  };

  it("accepts the v2 and v3 fixtures", () => {
    expect(problems(raw())).toEqual([]);
  });
  it("rejects a step that points at an indicator that does not exist", () => {
    const q = raw();
    q.upgrades[1].changes[1].to = "rights.nothing";
    expect(problems(q)).toContainEqual({ where: "upgrade to version 3", message: 'refers to indicator "rights.nothing", which is not in version 3' });
  });
  it("rejects retiring an indicator that still exists", () => {
    const q = raw();
    q.upgrades[1].changes[2].ids = ["inst.body"];
    expect(problems(q)).toContainEqual({ where: "upgrade to version 3", message: 'indicator "inst.body" is renamed, split or retired but is still in version 3' });
  });
  it("checks earlier steps against the ids of their own version", () => {
    const q = raw();
    q.upgrades[0].changes[0].to = "rights.care"; // rights.care only appears in version 3
    expect(problems(q)).toContainEqual({ where: "upgrade to version 2", message: 'refers to indicator "rights.care", which is not in version 2' });
  });
  it("rejects a rescale to a missing option, a rescale without a new scale version, and a step later than the file", () => {
    const q = raw();
    q.upgrades[1].changes[0].optionMap.none = "nothing";
    q.indicators[0].scaleVersion = 1;
    q.upgrades.push({ version: 4, changes: [] });
    const found = problems(q);
    expect(found).toContainEqual({ where: "upgrade to version 3", message: 'maps "inst.body" to option "nothing", which it does not have' });
    expect(found).toContainEqual({ where: "upgrade to version 3", message: 'rescales "inst.body", so its scaleVersion must be at least 2' });
    expect(found).toContainEqual({ where: "upgrade to version 4", message: "is later than this questionnaire's version (3)" });
  });
  it("explains a structural mistake in an upgrade in plain words", () => {
    const q = raw();
    q.upgrades[0].changes[1].to = ["inst.budget.national"];
    expect(problems(q)).toContainEqual({ where: "upgrades.0.changes.1.to", message: "must have at least 2 items" });
  });
});
