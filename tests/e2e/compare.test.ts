// Comparing years end to end in real Chromium, on the bundled example data (three years of
// the Republic of Examplia and one draft of another country). 2022 and 2024 were answered
// on questionnaire version 1, 2026 on version 2: each year is scored on its own version
// (expected scores worked out in the test from the seed answers, support/expected.ts), and
// questions are matched across versions as the app's comparison does (support/domain.ts).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";
import { comparisonOf } from "./support/domain";
import { heading, loadExample, tabTo } from "./support/example";
import { expectedScores, picmd, questionnaireOf, seed, shown, shownChange } from "./support/expected";

const years = [seed("examplia-2022"), seed("examplia-2024"), seed("examplia-2026")];
const scores = years.map((a) => expectedScores(questionnaireOf(a), a));
const [v1, v2] = [picmd(1), picmd(2)];
const ALL_THREE = /#\/compare\?ids=examplia-2022,examplia-2024,examplia-2026$/;
const allThree = comparisonOf(years.map((a) => a.id));
const lastTwo = comparisonOf([years[1]!.id, years[2]!.id]);

/**
 * Questions in the comparison: every version 2 question, plus the version 1 questions that
 * neither live on in version 2 (renamed or split) nor are in it under the same id.
 */
function expectedQuestionCount(): number {
  const continued = new Set(v2Changes().flatMap((c) => (c.kind === "renamed" || c.kind === "split" ? [c.from] : [])));
  const inV2 = new Set(v2.indicators.map((i) => i.id));
  return v2.indicators.length + v1.indicators.filter((i) => !inV2.has(i.id) && !continued.has(i.id)).length;
}
const v2Changes = () => v2.upgrades!.find((u) => u.version === 2)!.changes;

const { app, launch } = useApp();
let browser: Browser;

/** The scores table as [row label, cell texts...], with white space tidied. */
async function scoresTable(page: Page): Promise<string[][]> {
  const rows = await page.locator("table.compare-scores tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
  );
  return rows;
}
/** One score cell: the score, then (after the first year) the hidden "change since" text and the change. */
const cell = (k: number, series: (number | null)[]) =>
  k === 0 ? shown(series[0]!) : `${shown(series[k]!)} change since ${years[k - 1]!.year}: ${shownChange(series[k]! - series[k - 1]!)}`;

describe("compare years in Chromium", () => {
  it("the seeds have a dimension that fell (costs, 2024 to 2026) and span two questionnaire versions", () => {
    const costs = scores.map((s) => s.dimensions.find((d) => d.id === "costs")!.score!);
    expect(costs[2]).toBeLessThan(costs[1]!);
    expect(lastTwo.summary.regressed).toBeGreaterThan(0);
    expect(years.map((a) => a.questionnaire.version)).toEqual([1, 1, 2]);
    // The comparison's own scores are the ones worked out here.
    expect(allThree.overall.scores).toEqual(scores.map((s) => s.overall));
    // Version 2 adds questions and retires some: both show up, and rescaled ones are not comparable.
    const retired = v2Changes().flatMap((c) => (c.kind === "retired" ? c.ids : []));
    const renamedOrSplit = new Set(v2Changes().flatMap((c) => (c.kind === "renamed" ? [c.to] : c.kind === "split" ? c.to : [])));
    const inV1 = new Set(v1.indicators.map((i) => i.id));
    expect(allThree.summary.added).toBe(v2.indicators.filter((i) => !inV1.has(i.id) && !renamedOrSplit.has(i.id)).length);
    expect(allThree.summary.retired).toBe(retired.length);
    expect(allThree.summary.notComparable).toBeGreaterThan(0);
    expect(allThree.indicators.length).toBe(expectedQuestionCount());
  });

  it("compares three years from the start page link: scores side by side, the change, trend chart, what changed", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    const link = page.locator("#compare-links a");
    expect(await link.allInnerTexts()).toEqual(["Compare the years of Republic of Examplia (2022, 2024, 2026)"]); // one country only has 2+
    await link.click();
    await page.waitForURL(ALL_THREE);
    expect(await heading(page)).toBe("Compare years");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(await page.title()).toBe("Compare years – Policy coherence self-assessment");
    expect(await page.locator(".compare-result__heading").innerText()).toBe("Republic of Examplia: 2022, 2024, 2026");

    const rows = await scoresTable(page);
    const expectedRows = [
      ...v2.dimensions.map((d) => ({ label: d.title.en, series: scores.map((s) => s.dimensions.find((x) => x.id === d.id)!.score) })),
      { label: "Overall index", series: scores.map((s) => s.overall) },
    ];
    expect(rows).toEqual(
      expectedRows.map((r) => [r.label, ...r.series.map((_, k) => cell(k, r.series)), shownChange(r.series[2]! - r.series[0]!)]),
    );
    // The dimension that fell from 2024 to 2026 shows a negative change in the 2026 column.
    const costsRow = rows.find((r) => r[0] === "Reducing the costs of migration")!;
    expect(costsRow[3]).toMatch(/change since 2024: -\d/);

    // The trend chart is an image with the numbers as its text alternative.
    const chart = page.locator("section[aria-labelledby=compare-scores-heading] svg[role=img]");
    expect(await chart.locator("title").textContent()).toBe("Scores over the years");
    const desc = (await chart.locator("desc").textContent()) ?? "";
    for (const r of expectedRows) expect(desc).toContain(`${r.label}: ${r.series.map((s) => shown(s!)).join(", ")}`);

    const summary = await page.locator(".compare-summary .summary-list-row").evaluateAll((rs) =>
      Object.fromEntries(rs.map((r) => [r.getAttribute("data-status"), Number(r.querySelector("dd")!.textContent)])),
    );
    expect(summary).toEqual(allThree.summary);
    expect(await page.locator("#compare-summary-heading").innerText()).toBe("What changed, 2022 to 2026");
    await expectNoAxeViolations(page, "compare page with three years");

    // The URL holds the choice: a reload shows the same comparison.
    await page.reload();
    expect(await heading(page)).toBe("Compare years");
    expect(await scoresTable(page)).toEqual(rows);
    expect(await page.locator("input[type=checkbox]:checked").evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).toEqual([
      "examplia-2022",
      "examplia-2024",
      "examplia-2026",
    ]);
  });

  it("chooses two years by keyboard only; the question-by-question table shows what regressed", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/compare"));
    expect(await heading(page)).toBe("Compare years");
    // The draft of the other country is offered, marked as a draft.
    expect(await page.locator("fieldset.compare-country", { hasText: "Federation of Sampleland" }).locator("label").innerText()).toMatch(/2026: .* draft$/);
    expect(await page.locator("fieldset.compare-country", { hasText: "Republic of Examplia" }).locator(".tag").count()).toBe(0);
    await expectNoAxeViolations(page, "compare page, nothing chosen");

    await tabTo(page, "input[value=examplia-2024]");
    await page.keyboard.press("Space");
    await tabTo(page, "input[value=examplia-2026]");
    await page.keyboard.press("Space");
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#\/compare\?ids=examplia-2024,examplia-2026$/);
    expect(await heading(page)).toBe("Compare years");

    const costs = scores.map((s) => s.dimensions.find((d) => d.id === "costs")!.score!);
    const costsRow = (await scoresTable(page)).find((r) => r[0] === "Reducing the costs of migration")!;
    expect(costsRow).toEqual([
      "Reducing the costs of migration",
      shown(costs[1]!),
      `${shown(costs[2]!)} change since 2024: ${shownChange(costs[2]! - costs[1]!)}`,
      shownChange(costs[2]! - costs[1]!),
    ]);

    const regressed = lastTwo.indicators.filter((i) => i.overall.status === "regressed").map((i) => i.id);
    expect(regressed.length).toBeGreaterThan(0);
    expect(Number(await page.locator('.compare-summary [data-status="regressed"] dd').innerText())).toBe(lastTwo.summary.regressed);
    await tabTo(page, "select[name=status]");
    await page.keyboard.type("Reg"); // picks "Regressed"
    expect(await page.locator("#compare-indicators-heading ~ p[role=status]").innerText()).toBe(`Showing ${regressed.length} of ${expectedQuestionCount()} questions`);
    expect(await page.locator("table.compare-indicators tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-indicator")))).toEqual(regressed);
    // Each year's cell reads its own questionnaire version. A follow-up not asked (its parent's
    // answer is below the condition) is at level 0 (scoring method 2).
    for (const id of regressed) {
      const cell = (a: (typeof years)[number]) => {
        const found = expectedScores(questionnaireOf(a), a).dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)!;
        if (found.notAsked) return { score: 0, text: "Not asked (earlier answer), counts 0" };
        const choice = a.answers[id]!.choice as { optionId: string };
        const o = questionnaireOf(a).indicators.find((i) => i.id === id)!.options!.find((x) => x.id === choice.optionId)!;
        return { score: o.score!, text: `${o.label.en} (${o.score} of 10)` };
      };
      const before = cell(years[1]!);
      const after = cell(years[2]!);
      expect(after.score).toBeLessThan(before.score);
      expect((await page.locator(`tr[data-indicator="${id}"]`).innerText()).split("\t").map((c) => c.trim())).toEqual([
        v2.indicators.find((i) => i.id === id)!.question.en,
        before.text,
        after.text,
        "Regressed",
      ]);
    }
    await expectNoAxeViolations(page, "compare page, regressed questions");

    // Back returns to the empty choice: each comparison has its own URL.
    await page.goBack();
    await page.waitForURL(/#\/compare$/);
    expect(await page.locator("input[type=checkbox]:checked").count()).toBe(0);
  });

  it("refuses fewer than two, or two countries, with a GOV.UK error summary", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/compare"));
    expect(await heading(page)).toBe("Compare years");
    await page.getByLabel(/^2024: Mid-term review/).check();
    await page.getByRole("button", { name: "Compare" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("error-summary");
    expect(await summary.locator("a").innerText()).toBe("Select at least two assessments to compare");
    expect(await page.title()).toMatch(/^Error: Compare years/);
    await expectNoAxeViolations(page, "compare page with an error");

    const draft = seed("sampleland-2026-draft");
    await page.getByLabel(`${draft.year}: ${draft.title}`, { exact: false }).check();
    await page.getByRole("button", { name: "Compare" }).click();
    await expect.poll(() => summary.locator("a").innerText()).toMatch(/^Select assessments of one country only \(you selected (Republic of Examplia, Federation of Sampleland|Federation of Sampleland, Republic of Examplia)\)$/);
    expect(page.url()).toMatch(/#\/compare$/); // nothing compared

    // Ids in the URL that are not saved here are reported the same way.
    await page.goto(app.url("#/compare?ids=examplia-2024,not-saved-here"));
    expect(await heading(page)).toBe("Compare years");
    expect(await page.locator(".error-summary a").innerText()).toBe("Select at least two assessments to compare");
  });
});
