// Questionnaire version 2 end to end in real Chromium, on the example data: a version 1
// assessment (Examplia 2024) is offered the update, the update page says what will happen
// to its answers, and after the update the task list is version 2's with every answer kept
// (carried over, or in the report's annex of archived answers); comparing 2022 and 2024
// (version 1) with 2026 (version 2) matches questions across versions; version 2's glossary
// definitions show on the questions that use them. Expected figures come from the app's
// domain code on the seed files (support/domain.ts), never from the page.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { sectionProgress } from "../../src/domain/assessment/progress";
import type { AnswerUpgrade } from "../../src/domain/assessment/upgrade";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import { perspectiveMatches } from "../../src/domain/scoring/applicability";
import { wizardMessages } from "../../src/features/wizard/messages";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";
import { comparisonOf, nationalNewest as v2, nationalV1 as v1, seedAssessment, upgradedSeed } from "./support/domain";
import { heading, loadExample } from "./support/example";

const y2024 = seedAssessment("examplia-2024");
const updated = upgradedSeed("examplia-2024");
const allThree = comparisonOf(["examplia-2022", "examplia-2024", "examplia-2026"]);

const { app, launch } = useApp();
let browser: Browser;

/** The task list as [section title, "N of M questions answered"]. */
async function taskRows(page: Page): Promise<string[][]> {
  await page.locator(".task-list-item").first().waitFor();
  return page.locator(".task-list-item").evaluateAll((items) =>
    items.map((li) => [li.querySelector(".task-list-name-and-hint > :first-child")!.textContent!.trim(), li.querySelector(".task-list-hint")?.textContent?.trim() ?? ""]),
  );
}
const expectedRows = (q: Questionnaire, a: Parameters<typeof sectionProgress>[1]) =>
  sectionProgress(q, a).map((s) => [q.dimensions.find((d) => d.id === s.dimensionId)!.title.en!, `${s.answered} of ${s.shownIds.length} questions answered`]);

/** What the update page lists, worked out from upgradeAssessment on the seed. */
function expectedUpdateSummary(): string[][] {
  const count = (kind: AnswerUpgrade["kind"]) => String(new Set(updated.changes.filter((c) => c.kind === kind).map((c) => c.indicatorId)).size);
  const inV1 = new Set(v1.indicators.map((i) => i.id));
  // New questions this (origin) assessment will be asked and has no answer for yet.
  const added = v2.indicators.filter((i) => perspectiveMatches(i, y2024.perspective) && !inV1.has(i.id) && !updated.assessment.answers[i.id]).length;
  return [
    ["Questions renamed, answer kept", count("renamed")],
    ["Questions split into several, answer copied", count("split")],
    ["Questions with a new answer scale, answer mapped", count("rescaled")],
    ["Answers kept in the archive", count("archived")],
    ["New questions to answer", String(added)],
  ];
}

describe("questionnaire version 2 in Chromium", () => {
  it("the example data has something of each kind to show", () => {
    expect(y2024.questionnaire.version).toBe(1);
    expect(v2.version).toBe(2);
    const kinds = new Set(updated.changes.map((c) => c.kind));
    expect(kinds.has("rescaled") && kinds.has("archived")).toBe(true);
    expect(Object.keys(updated.assessment.archive).length).toBeGreaterThan(0);
    expect(allThree.summary.added).toBeGreaterThan(0);
    expect(allThree.summary.retired).toBeGreaterThan(0);
  });

  it("offers a version 1 assessment the update, says what happens, and after it the task list is version 2's with every answer kept", async () => {
    browser = await launch({ viewport: { width: 1280, height: 900 } });
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/a/examplia-2024"));
    expect(await heading(page)).toBe("Self-assessment");
    expect(await page.locator("#questionnaire-update p").first().innerText()).toBe(
      "This assessment was answered on version 1 of the questionnaire. Version 2 is available, with new and revised questions.",
    );
    expect(await taskRows(page)).toEqual(expectedRows(v1, y2024));

    // A version 2 assessment is not offered anything.
    await page.goto(app.url("#/a/examplia-2026"));
    expect(await heading(page)).toBe("Self-assessment");
    expect(await page.locator("#questionnaire-update").count()).toBe(0);

    await page.goto(app.url("#/a/examplia-2024"));
    await page.getByRole("link", { name: "See what changes and update" }).click();
    await page.waitForURL(/#\/a\/examplia-2024\/update$/);
    expect(await heading(page)).toBe("Update to questionnaire version 2");
    expect(await page.title()).toBe("Update to questionnaire version 2 – Policy coherence self-assessment");
    expect(await page.locator("main .caption").first().innerText()).toBe("Republic of Examplia 2024");
    const summary = await page.locator(".summary-list-row").evaluateAll((rows) =>
      rows.map((r) => [r.querySelector("dt")!.textContent!.trim(), r.querySelector("dd")!.textContent!.trim()]),
    );
    expect(summary).toEqual(expectedUpdateSummary());
    await expectNoAxeViolations(page, "update page");

    // "Not now" saves nothing.
    await page.getByRole("link", { name: "Not now, go back" }).click();
    await page.waitForURL(/#\/a\/examplia-2024$/);
    // The task list draws once the assessment is loaded again: wait for its heading, not only the address.
    await page.locator("h1", { hasText: "Self-assessment" }).waitFor();
    expect(await page.locator("#questionnaire-update").count()).toBe(1);

    await page.getByRole("link", { name: "See what changes and update" }).click();
    await page.getByRole("button", { name: "Update to version 2" }).click();
    await page.waitForURL(/#\/a\/examplia-2024$/);
    await page.locator("h1", { hasText: "Self-assessment" }).waitFor();
    await page.getByText("The assessment now uses version 2 of the questionnaire.").waitFor();
    expect(await page.locator("#questionnaire-update").count()).toBe(0);
    expect(await taskRows(page)).toEqual(expectedRows(v2, updated.assessment));
    await page.reload();
    expect(await heading(page)).toBe("Self-assessment");
    expect(await page.locator("#questionnaire-update").count()).toBe(0); // saved, not only shown
    expect(await taskRows(page)).toEqual(expectedRows(v2, updated.assessment));

    // A rescaled answer now reads on version 2's scale, with its evidence.
    const rescaled = updated.changes.find((c) => c.kind === "rescaled")!.indicatorId;
    const indicator = v2.indicators.find((i) => i.id === rescaled)!;
    const kept = updated.assessment.answers[rescaled]!;
    const mapped = indicator.options.find((o) => o.id === (kept.choice as { optionId: string }).optionId)!;
    await page.goto(app.url(`#/a/examplia-2024/s/${indicator.dimension}/q/${rescaled}`));
    expect(await heading(page)).toBe(indicator.question.en);
    expect(await page.getByLabel(mapped.label.en!, { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Evidence (optional)").inputValue()).toBe(y2024.answers[rescaled]!.evidence);

    // An archived answer is in the report's annex, named by its version 1 question and option.
    await page.goto(app.url("#/a/examplia-2024/report"));
    await page.locator("#report-title").waitFor();
    expect(await page.locator("#report-archive").innerText()).toBe("Annex: answers kept from earlier versions of the questionnaire");
    const archiveKeys = await page.locator("tr[data-archive-key]").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-archive-key")));
    expect(archiveKeys).toEqual(Object.keys(updated.assessment.archive));
    const retiredId = "dev.remit.plan";
    expect(v2.indicators.some((i) => i.id === retiredId)).toBe(false);
    const given = y2024.answers[retiredId]!;
    const old = v1.indicators.find((i) => i.id === retiredId)!;
    const cells = await page.locator(`tr[data-archive-key="${retiredId}"]`).evaluate((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim()));
    expect(cells).toEqual([
      old.question.en,
      old.options.find((o) => o.id === (given.choice as { optionId: string }).optionId)!.label.en,
      given.evidence,
      given.comment || "–",
      given.answeredBy,
    ]);
    await expectNoAxeViolations(page, "report with archived answers");
  });

  it("compares 2022, 2024 (version 1) and 2026 (version 2): added, retired and not comparable questions as the comparison matches them", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/compare?ids=examplia-2022,examplia-2024,examplia-2026"));
    expect(await heading(page)).toBe("Compare years");
    expect(await page.locator("#compare-versions").innerText()).toBe(
      "Each year is scored on the questionnaire version it was answered on (2022, 2024: version 1; 2026: version 2). Questions are matched across versions through the changes the newer version lists.",
    );
    const counts = await page.locator(".compare-summary .summary-list-row").evaluateAll((rs) =>
      Object.fromEntries(rs.map((r) => [r.getAttribute("data-status"), Number(r.querySelector("dd")!.textContent)])),
    );
    expect(counts).toEqual(allThree.summary);

    const ids = (status: string) => allThree.indicators.filter((i) => i.overall.status === status).map((i) => i.id);
    const status = page.locator("select[name=status]");
    const rowIds = () => page.locator("table.compare-indicators tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-indicator")));
    const cellsOf = (id: string) => page.locator(`tr[data-indicator="${id}"] td`).allInnerTexts();

    await status.selectOption("added");
    expect(await rowIds()).toEqual(ids("added"));
    const added = ids("added")[0]!;
    expect((await cellsOf(added)).slice(0, 2)).toEqual(["Not in this questionnaire", "Not in this questionnaire"]);

    await status.selectOption("retired");
    expect(await rowIds()).toEqual(ids("retired"));
    const retired = ids("retired")[0]!;
    expect((await cellsOf(retired))[2]).toBe("Not in this questionnaire");
    expect(await page.locator(`tr[data-indicator="${retired}"] th`).innerText()).toBe(v1.indicators.find((i) => i.id === retired)!.question.en);

    await status.selectOption("notComparable");
    expect(await rowIds()).toEqual(ids("notComparable"));
    const rescaled = allThree.indicators.find((i) => i.overall.reason === "scaleChanged")!;
    expect(await page.locator(`tr[data-indicator="${rescaled.id}"] .compare-reason`).innerText()).toBe("The answer scale changed between questionnaire versions.");
    const context = allThree.indicators.find((i) => i.overall.reason === "context")!;
    expect((await cellsOf(context.id))[2]).toMatch(/\(context, not scored\)$/);
    await expectNoAxeViolations(page, "compare across questionnaire versions");
  });

  it("shows the glossary definitions on a version 2 question that uses them", async () => {
    const indicator = v2.indicators.find((i) => i.kind !== "number" && (i.terms?.length ?? 0) >= 2 && i.perspective !== "destination")!;
    const entries = indicator.terms!.map((id) => v2.glossary.find((g) => g.id === id)!);
    // The question uses the words it defines.
    const texts = `${indicator.question.en} ${indicator.help.en} ${indicator.options.map((o) => o.label.en).join(" ")}`.toLowerCase();
    expect(entries.some((g) => texts.includes(g.term.en!.toLowerCase()))).toBe(true);

    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url(`#/a/examplia-2026/s/${indicator.dimension}/q/${indicator.id}`));
    expect(await heading(page)).toBe(indicator.question.en);
    const glossary = page.getByTestId("glossary");
    expect(await glossary.locator("summary").innerText()).toBe(wizardMessages.en.glossarySummary);
    expect(await glossary.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await glossary.locator("summary").click();
    const shown = await glossary.locator("dl > div").evaluateAll((divs) => divs.map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent]));
    expect(shown).toEqual(entries.map((g) => [g.term.en, g.definition.en]));
    expect(await glossary.locator("dd").first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, "question page with glossary definitions");

    // In Arabic, the definitions are in Arabic too.
    await page.locator('.language-select button[lang="ar"]').click();
    await page.waitForFunction(() => document.documentElement.lang === "ar");
    await page.getByTestId("glossary").locator("dt").first().waitFor({ state: "attached" });
    expect(await page.getByTestId("glossary").locator("dt").allTextContents()).toEqual(entries.map((g) => (g.term as Record<string, string>).ar));
  });
});
