// The PDF gap report, read back with poppler (pdftotext, pdftoppm): content, draft
// marking, accented Latin and Cyrillic, long evidence across pages, page numbers.
import { describe, expect, it } from "vitest";
import { buildReport, type ReportModel } from "../../src/domain/report";
import { renderReportPdf } from "../../src/features/report/pdf";
import { readFileSync } from "node:fs";
import { upgradeAssessment } from "../../src/domain/assessment/upgrade";
import { readDocumentText } from "../../src/domain/document/read";
import { answer, national, nationalV1 } from "./helpers";
import {
  ANSWERED_BY, FRENCH_MINISTRY, RUSSIAN_MINISTRY, assessment, completeMini, draftMini, longEvidence, miniWithAccents, pdfText, squash, watermarkPixelsPerPage,
} from "./report-fixtures";

const q = miniWithAccents();
const before = assessment(2024, { "inst.body": answer("active"), "inst.meets": answer("yes"), "inst.budget": answer("none") });
const evidence = longEvidence();

function render(a: ReturnType<typeof draftMini>, withPrevious = false): { model: ReportModel; bytes: Uint8Array } {
  const model = buildReport({ questionnaire: q, assessment: a, previous: withPrevious ? { questionnaire: q, assessment: before } : undefined, generatedOn: "2026-03-01", locale: "en" });
  return { model, bytes: renderReportPdf(model) };
}

const draft = render(draftMini());
const draftPdf = pdfText(draft.bytes, "draft");
const complete = render(completeMini(evidence), true);
const completePdf = pdfText(complete.bytes, "complete");

/** The raw text between two markers, whitespace squashed. */
function between(raw: string, from: string, to: string | null): string {
  const text = squash(raw);
  const start = text.indexOf(from);
  expect(start, `"${from}" in the PDF`).toBeGreaterThanOrEqual(0);
  const end = to === null ? text.length : text.indexOf(to, start + from.length);
  expect(end, `"${to}" after "${from}"`).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe.each([
  ["draft", () => draft, () => draftPdf],
  ["complete", () => complete, () => completePdf],
])("%s report PDF", (_name, get, getPdf) => {
  it("shows every gap with its current answer, full-marks option, action, lead ministry and references", () => {
    const { model } = get();
    const { raw } = getPdf();
    expect(model.gaps.length).toBe(4);
    model.gaps.forEach((g, n) => {
      const next = model.gaps[n + 1];
      const block = between(raw, `Gap ${g.rank}: ${g.question}`, next ? `Gap ${next.rank}: ` : "Action plan");
      expect(block).toContain(`Current answer ${g.currentAnswer}`);
      expect(block).toContain(`What full marks require ${g.fullMarks}`);
      expect(block).toContain(`Recommended action ${g.action}`);
      expect(block).toContain(`Suggested lead ministry ${g.leadMinistry}`);
      expect(block).toContain(`References ${g.refs}`);
      expect(block).toContain(g.sources[0]!);
    });
  });

  it("has an action plan grouped by ministry with every gap's action", () => {
    const { model } = get();
    const plan = between(getPdf().raw, "Action plan", "Annex: all answers");
    expect(plan).toContain("Gap Action Question Owner Deadline");
    model.actionPlan.forEach((group, n) => {
      const next = model.actionPlan[n + 1];
      const block = between(plan, group.ministry, next ? next.ministry : null);
      for (const item of group.items) expect(block).toContain(`${item.rank} ${item.action} ${item.question}`);
    });
  });

  it("lists every answered question in the annex, with its answer and who answered", () => {
    const { model } = get();
    const annex = between(getPdf().raw, "Annex: all answers", null);
    const answered = model.annex.flatMap((s) => s.questions).filter((x) => x.answer !== "Not answered");
    expect(answered.length).toBeGreaterThanOrEqual(4);
    for (const x of answered) {
      expect(annex).toContain(x.question);
      expect(annex).toContain(`${x.answer} Answered by: ${ANSWERED_BY}`);
      if (x.evidence.length < 100) expect(annex).toContain(x.evidence);
    }
  });

  it("keeps accented Latin and Cyrillic", () => {
    // Squashed raw text: a name wrapped over two lines in a narrow column still reads whole.
    const all = squash(getPdf().raw);
    for (const s of [FRENCH_MINISTRY, RUSSIAN_MINISTRY, ANSWERED_BY]) expect(all).toContain(s);
    expect(getPdf().pages.join("\n")).toContain(RUSSIAN_MINISTRY);
  });

  it("numbers every page 'Page X of Y' and repeats the running header after the cover", () => {
    const { pages } = getPdf();
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, n) => {
      expect(page).toContain(`Page ${n + 1} of ${pages.length}`);
      if (n > 0) expect(page).toContain("Republic of Examplia · 2026 · Policy coherence gap report");
    });
  });
});

describe("draft marking", () => {
  it("marks every page of a report below 100% coverage as a draft", () => {
    expect(draftPdf.pages[0]).toContain("Draft: 4 of 5 questions answered");
    draftPdf.pages.slice(1).forEach((page) => expect(page).toContain("DRAFT"));
    const pale = watermarkPixelsPerPage(draftPdf.path);
    expect(pale.length).toBe(draftPdf.pages.length);
    for (const n of pale) expect(n).toBeGreaterThan(100);
  });

  it("has no draft marking when every question is answered", () => {
    expect(completePdf.pages[0]).toContain("Final: all 5 questions answered");
    expect(completePdf.pages.join("\n")).not.toMatch(/DRAFT/);
    for (const n of watermarkPixelsPerPage(completePdf.path)) expect(n).toBe(0);
  });
});

describe("long text and comparison", () => {
  it("wraps a 5,000-character evidence text across pages and keeps all of it", () => {
    expect(evidence.length).toBe(5000);
    const pagesWith = (s: string) => completePdf.pages.flatMap((p, n) => (squash(p).includes(s) ? [n] : []));
    const first = pagesWith("Clause-001")[0]!;
    const last = pagesWith("Clause-051")[0]!;
    expect(last).toBeGreaterThan(first);
    // Drop what sits between the pieces (page furniture, the repeated table head, the row's comment) and rejoin.
    const noise = [/^Republic of Examplia · 2026 · Policy coherence gap report$/, /^Page \d+ of \d+$/, /^Question Answer Evidence Comment$/, /^See the minutes$/];
    const annex = completePdf.raw.slice(completePdf.raw.indexOf("Annex: all answers"));
    const kept = annex.split("\n").filter((line) => !noise.some((re) => re.test(line.trim())));
    expect(squash(kept.join("\n"))).toContain(squash(evidence));
  });

  it("shows the change since the previous assessment", () => {
    const text = squash(completePdf.pages[1]!);
    expect(text).toContain("Change since 2024");
    const c = complete.model.summary.change!;
    expect(text).toContain(`Overall index ${c.overall.previousDisplay} ${c.overall.currentDisplay} ${c.overall.deltaDisplay}`);
    expect(text).toContain("Institutions 50 27.5 -22.5"); // the change rounded once, after subtracting (issue 17)
  });

  it("writes untrusted text as text and produces the same bytes for the same input", () => {
    const hostile = "<script>alert(1)</script> \u202Egnp.exe";
    const a = { ...draftMini(), answers: { ...draftMini().answers, "inst.body": { ...draftMini().answers["inst.body"]!, evidence: hostile } } };
    const once = render(a).bytes;
    expect(squash(pdfText(once).raw)).toContain("<script>alert(1)</script>");
    expect(Buffer.from(render(a).bytes).equals(Buffer.from(once))).toBe(true);
  });
});

describe("report PDF of an assessment updated to a newer questionnaire version", () => {
  it("has the annex of archived answers after the annex of all answers, before the definitions", () => {
    const v1 = nationalV1();
    const v2 = national();
    const read = readDocumentText(readFileSync("seeds/examplia-2024.json", "utf8"));
    if (!read.ok) throw new Error("seeds/examplia-2024.json does not read");
    const up = upgradeAssessment(read.document.assessment, v2);
    if (!up.ok) throw new Error(up.message);
    const model = buildReport({ questionnaire: v2, assessment: up.assessment, earlierVersions: [v1], generatedOn: "2026-03-01", locale: "en" });
    const text = pdfText(renderReportPdf(model), "archive");
    const part = between(text.raw, "Annex: answers kept from earlier versions of the questionnaire", "Annex: definitions");
    expect(squash(text.raw).indexOf("Annex: all answers")).toBeLessThan(squash(text.raw).indexOf(part));
    const retired = model.archived.find((x) => x.key === "dev.remit.plan")!;
    for (const s of [retired.question, retired.answer, retired.evidence]) expect(part).toContain(squash(s));
    expect(model.archived.length).toBe(Object.keys(up.assessment.archive).length);
  });
});
