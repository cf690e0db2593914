// The results dashboard end to end in real Chromium, on the bundled example data. Every
// expected number is worked out in the test from the seed answers and the questionnaire
// file of the version each was answered on (support/expected.ts), never read from the
// app's scoring code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { csvRecords } from "../unit/export/parseCsv";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";
import { heading, loadExample, num, tabTo } from "./support/example";
import { categoryOf, expectedGaps, expectedScores, picmd, questionnaireOf, seed, shown } from "./support/expected";

const q = picmd(); // Examplia 2026 and the Sampleland draft are on the newest version
const complete = expectedScores(q, seed("examplia-2026"));
const draft = expectedScores(q, seed("sampleland-2026-draft"));
const dimensionTitle = (id: string) => q.dimensions.find((d) => d.id === id)!.title.en;
const ministryName = (id: string) => q.ministries.find((m) => m.id === id)!.name.en;

const { app, launch } = useApp();
let browser: Browser;

async function openResults(page: Page, id: string, query = ""): Promise<void> {
  await page.goto(app.url(`#/a/${id}/results${query}`));
  expect(await heading(page)).toMatch(/^Results/);
}
const gapsShown = (page: Page) => page.locator("#gaps-heading ~ p[role=status]").innerText();
const dimensionFilter = (page: Page) => page.getByLabel("Dimension", { exact: true });
const ministryFilter = (page: Page) => page.getByLabel("Lead ministry", { exact: true });

describe("results dashboard in Chromium", () => {
  it("opens from the task list and shows the scores, categories and coverage worked out from the seed answers", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/a/examplia-2026"));
    expect(await heading(page)).toBe("Self-assessment");
    await page.locator("#assessment-links").getByRole("link", { name: "See results" }).click();
    await page.waitForURL(/#\/a\/examplia-2026\/results$/);
    expect(await heading(page)).toBe("Results");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1"); // focus moved to the new page
    expect(await page.title()).toBe("Results: Republic of Examplia 2026 – Policy coherence self-assessment");
    // The coverage table fits a wide screen: its scroll box is no tab stop.
    expect(await page.locator("section[aria-labelledby=coverage-heading] .table-wrapper").getAttribute("tabindex")).toBeNull();
    expect(await page.locator(".caption").first().innerText()).toBe("Republic of Examplia, 2026");
    expect(await page.locator("h1 .tag").count()).toBe(0); // complete: no draft label

    expect(complete.overall).not.toBeNull();
    expect(await page.locator(".results-overall__number").innerText()).toBe(shown(complete.overall!));
    expect(await page.getByTestId("overall").innerText()).toContain(categoryOf(q, complete.overall!));

    const scoreRows = await page.locator("section[aria-labelledby=scores-heading] table tbody tr").allInnerTexts();
    expect(scoreRows.map((r) => r.split("\t").map((c) => c.trim()))).toEqual([
      ...complete.dimensions.map((d) => [d.title, shown(d.score!), categoryOf(q, d.score!)]),
      ["Overall index", shown(complete.overall!), categoryOf(q, complete.overall!)],
    ]);
    // The charts carry the same numbers as text alternatives.
    const chartText = await page.locator("section[aria-labelledby=scores-heading] svg[role=img]").evaluateAll((svgs) => svgs.map((s) => s.textContent ?? ""));
    expect(chartText).toHaveLength(2);
    for (const d of complete.dimensions) for (const text of chartText) expect(text).toContain(`${d.title} ${shown(d.score!)}`);

    expect(await page.locator("section[aria-labelledby=coverage-heading] p").first().innerText()).toBe(
      `${complete.answeredForCoverage} of ${complete.applicable} questions that apply are answered (Don't know: ${complete.dontKnow}; follow-ups not asked after an earlier answer: ${complete.notAsked}).`,
    );
    const coverageRows = await page.locator("section[aria-labelledby=coverage-heading] tbody tr").allInnerTexts();
    complete.dimensions.forEach((d, k) => {
      expect(coverageRows[k]!.split("\t").map((c) => c.trim())).toEqual([
        d.title,
        String(d.applicable),
        String(d.answered),
        String(d.dontKnow),
        String(d.missing),
        String(d.notAsked),
        String(d.notApplicable),
        "100%",
      ]);
    });

    const gaps = expectedGaps(complete);
    expect(await gapsShown(page)).toBe(`Showing ${gaps.length} of ${gaps.length} gaps`);
    expect(new Set(await page.locator(".results-gap").evaluateAll((li) => li.map((l) => l.getAttribute("data-indicator"))))).toEqual(new Set(gaps.map((g) => g.id)));

    await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
    await expectNoAxeViolations(page, "results page");

    await page.locator(".back-link").click();
    await page.waitForURL(/#\/a\/examplia-2026$/);
    expect(await heading(page)).toBe("Self-assessment");
  });

  it("lists the context questions of version 2 as 'Context, not scored', with their answers, outside every score", async () => {
    const a = seed("examplia-2026");
    const context = q.indicators.filter((i) => i.scored === false && (i.perspective === "both" || i.perspective === a.perspective));
    expect(context.length).toBeGreaterThan(0);
    expect(context.some((i) => i.kind === "number")).toBe(true); // a context figure too
    const answerOf = (id: string) => {
      const i = q.indicators.find((x) => x.id === id)!;
      const c = a.answers[id]!.choice!;
      if (c.kind === "option") return i.options!.find((o) => o.id === c.optionId)!.label.en;
      if (c.kind !== "number") throw new Error(`${id}: expected an option or a figure in the seed`);
      const unit = i.number!.unit.en;
      return `${shown(c.value, i.number!.decimals)}${unit.startsWith("%") ? "" : "\u00a0"}${unit} (${c.year})`;
    };
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await openResults(page, a.id);
    const section = page.getByTestId("context-questions");
    expect(await section.locator("h2").innerText()).toBe("Context questions");
    const rows = await section.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())));
    expect(rows).toEqual(
      context.map((i) => [`${i.question.en} Context, not scored`, dimensionTitle(i.dimension), answerOf(i.id).replace(/\s+/g, " ")]),
    );
    // Never a gap, and in the breakdown of its dimension marked as not scored.
    const gapIds = await page.locator(".results-gap").evaluateAll((li) => li.map((l) => l.getAttribute("data-indicator")));
    for (const i of context) expect(gapIds).not.toContain(i.id);
    const first = context[0]!;
    const details = page.locator(`details[data-dimension="${first.dimension}"]`);
    await details.locator("summary").click();
    expect((await details.locator("tbody tr", { hasText: first.question.en }).innerText()).split("\t").map((c) => c.replace(/\s+/g, " ").trim())).toEqual([
      first.question.en,
      answerOf(first.id).replace(/\s+/g, " "),
      "Context, not scored",
    ]);
  });

  it("breaks every dimension score down into rows that add up to the score", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await openResults(page, "examplia-2024");
    const v1 = seed("examplia-2024");
    expect(v1.questionnaire.version).toBe(1); // scored on the version it was answered on
    const expected = expectedScores(questionnaireOf(v1), v1);
    for (const d of expected.dimensions) {
      const details = page.locator(`details[data-dimension="${d.id}"]`);
      await details.locator("summary").click();
      const rows = await details.locator("tbody tr:not(.results-total)").evaluateAll((trs) =>
        trs.map((tr) => ({ question: tr.querySelector("th")!.textContent!, cells: [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim()) })),
      );
      // One row per question in scope (follow-ups not asked included); those that apply show value, weight and their product.
      expect(rows.map((r) => r.question)).toEqual(d.indicators.filter((i) => i.inScope).map((i) => i.question));
      let weights = 0;
      let weighted = 0;
      for (const row of rows) {
        const indicator = d.indicators.find((i) => i.question === row.question)!;
        if (!indicator.applies) {
          expect(row.cells[1]).toBe(indicator.scored ? "Not counted" : "Context, not scored");
          continue;
        }
        const [value, weight, product] = row.cells.slice(1).map(num) as [number, number, number];
        expect(value).toBeCloseTo(indicator.value, 10);
        expect(weight).toBe(indicator.weight);
        expect(product).toBeCloseTo(value * weight, 10);
        weights += weight;
        weighted += product;
      }
      const sumWeights = num(await details.locator("[data-sum=weight]").innerText());
      const sumWeighted = num(await details.locator("[data-sum=weighted]").innerText());
      expect(sumWeights).toBeCloseTo(weights, 10);
      expect(sumWeighted).toBeCloseTo(weighted, 10);
      expect(sumWeights).toBe(d.weightSum);
      expect(sumWeighted).toBeCloseTo(d.weightedSum, 3);
      expect(await details.getByTestId("formula").innerText()).toBe(
        `Score = 100 × ${shown(sumWeighted, 3)} ÷ ${shown(sumWeights, 3)} = ${shown((100 * weighted) / weights)}`,
      );
    }
    expect(await page.getByTestId("overall-formula").innerText()).toBe(
      `Overall index = (${expected.dimensions.map((d) => shown(d.score!)).join(" + ")}) ÷ ${expected.dimensions.length} = ${shown(expected.overall!)}`,
    );
  });

  it("keeps the gap filters in the URL: they survive a reload and Back from a question", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await openResults(page, "examplia-2026");

    await dimensionFilter(page).selectOption({ label: dimensionTitle("costs") });
    await page.waitForURL(/results\?dimension=costs$/);
    const costs = expectedGaps(complete, { dimension: "costs" });
    const all = expectedGaps(complete).length;
    expect(await gapsShown(page)).toBe(`Showing ${costs.length} of ${all} gaps`);

    // The ministry with the most cost gaps, so the combined filter still lists something.
    const ministry = [...new Set(costs.map((g) => g.leadMinistry))].sort(
      (a, b) => costs.filter((g) => g.leadMinistry === b).length - costs.filter((g) => g.leadMinistry === a).length,
    )[0]!;
    const both = expectedGaps(complete, { dimension: "costs", ministry });
    expect(both.length).toBeGreaterThan(0);
    await ministryFilter(page).selectOption({ label: ministryName(ministry) });
    await page.waitForURL(new RegExp(`results\\?dimension=costs&ministry=${ministry}$`));
    expect(await gapsShown(page)).toBe(`Showing ${both.length} of ${all} gaps`);
    expect(await page.locator(".results-gap").evaluateAll((li) => li.map((l) => l.getAttribute("data-indicator")))).toEqual(
      expect.arrayContaining(both.map((g) => g.id)),
    );
    for (const text of await page.locator(".results-gap").allInnerTexts()) {
      expect(text).toContain(`Suggested lead ministry\n${ministryName(ministry)}`);
      expect(text).toContain(`Dimension\n${dimensionTitle("costs")}`);
    }

    await page.reload();
    expect(await heading(page)).toBe("Results");
    expect(await dimensionFilter(page).inputValue()).toBe("costs");
    expect(await ministryFilter(page).inputValue()).toBe(ministry);
    expect(await gapsShown(page)).toBe(`Showing ${both.length} of ${all} gaps`);

    const first = both[0]!;
    await page.locator(`.results-gap[data-indicator="${first.id}"]`).getByRole("link", { name: /Change your answer/ }).click();
    await page.waitForURL(new RegExp(`/s/costs/q/${first.id.replace(/\./g, "\\.")}$`));
    expect(await heading(page)).toBe(first.question);
    await page.goBack();
    await page.waitForURL(new RegExp(`results\\?dimension=costs&ministry=${ministry}$`));
    expect(await heading(page)).toBe("Results");
    expect(await dimensionFilter(page).inputValue()).toBe("costs");
    expect(await gapsShown(page)).toBe(`Showing ${both.length} of ${all} gaps`);

    await dimensionFilter(page).selectOption({ label: "All" });
    await ministryFilter(page).selectOption({ label: "All" });
    await page.waitForURL(/results$/);
    expect(await gapsShown(page)).toBe(`Showing ${all} of ${all} gaps`);
  });

  it("downloads the scores as CSV with the numbers worked out from the seed answers", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await openResults(page, "examplia-2026");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download scores (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^scores-.*2026\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark for spreadsheets
    const records = csvRecords(bytes.subarray(3).toString("utf8"));
    expect(records).toHaveLength(1 + q.dimensions.length + q.indicators.length);

    const overall = records[0]!;
    expect(overall.row_type).toBe("overall");
    expect(Number(overall.score)).toBeCloseTo(complete.overall!, 5);
    expect(overall.category_label).toBe(categoryOf(q, complete.overall!));
    expect(Number(overall.applicable)).toBe(complete.applicable);
    expect(Number(overall.coverage)).toBe(1);

    for (const d of complete.dimensions) {
      const row = records.find((r) => r.row_type === "dimension" && r.dimension_id === d.id)!;
      expect(row.dimension_title).toBe(d.title);
      expect(Number(row.score)).toBeCloseTo(d.score!, 5);
      expect(Number(row.weight)).toBe(d.weightSum);
      expect(Number(row.weighted_value)).toBeCloseTo(d.weightedSum, 5);
      expect([row.applicable, row.answered, row.dont_know, row.unanswered, row.not_applicable, row.not_asked].map(Number)).toEqual([
        d.applicable,
        d.answered,
        d.dontKnow,
        d.missing,
        d.notApplicable,
        d.notAsked,
      ]);
      expect(row.scoring_method).toBe("2");
      for (const i of d.indicators) {
        const r = records.find((x) => x.row_type === "indicator" && x.indicator_id === i.id)!;
        expect(r.dimension_id).toBe(d.id);
        expect(r.question).toBe(i.question);
        if (i.applies) {
          expect(Number(r.value)).toBeCloseTo(i.value, 6);
          expect(Number(r.lost_points)).toBeCloseTo((100 * i.weight * (1 - i.value)) / d.weightSum, 5);
        } else expect(r.value).toBe("");
      }
    }
  });

  it("marks a draft as a draft, with its coverage, and scores blanks as 0", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await openResults(page, "sampleland-2026-draft");
    expect(await page.locator("h1").innerText()).toBe("Results Draft");
    const coverage = Math.round((100 * draft.answeredForCoverage) / draft.applicable);
    expect(await page.locator(".results-draft").innerText()).toBe(
      `These results are a draft: ${draft.answeredForCoverage} of ${draft.applicable} questions that apply are answered (${coverage}%). Unanswered questions count as 0 until they are answered.`,
    );
    expect(draft.answeredForCoverage).toBeLessThan(draft.applicable);
    expect(await page.locator(".results-overall__number").innerText()).toBe(shown(draft.overall!));
    const unstarted = draft.dimensions.find((d) => d.answered + d.dontKnow === 0)!;
    expect(unstarted.score).toBe(0);
    expect(await page.locator("section[aria-labelledby=scores-heading] tbody tr", { hasText: unstarted.title }).innerText()).toMatch(/\t0\t/);
    await expectNoAxeViolations(page, "draft results page");
  });

  it("works by keyboard only: link from the task list, filter, open a breakdown, download", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/a/examplia-2026"));
    expect(await heading(page)).toBe("Self-assessment");
    await tabTo(page, "#assessment-links a");
    await page.keyboard.press("Enter");
    await page.waitForURL(/results$/);
    await expect.poll(() => heading(page)).toBe("Results"); // the task list stays up while the results code loads

    await tabTo(page, "select[name=dimension]");
    // Typing a letter picks the first option starting with it, as a closed <select> does.
    await page.keyboard.type("R");
    await page.waitForURL(/dimension=costs$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("dimension"); // focus stays on the filter
    expect(await gapsShown(page)).toBe(`Showing ${expectedGaps(complete, { dimension: "costs" }).length} of ${expectedGaps(complete).length} gaps`);

    await tabTo(page, 'details[data-dimension="costs"] summary');
    await page.keyboard.press("Enter");
    expect(await page.locator('details[data-dimension="costs"]').getAttribute("open")).toBe("");
    const costs = complete.dimensions.find((d) => d.id === "costs")!;
    expect(await page.locator('details[data-dimension="costs"]').getByTestId("formula").innerText()).toContain(`= ${shown(costs.score!)}`);

    await tabTo(page, "button.button-secondary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    // Focus is visible: the focused button looks different from the same button unfocused.
    const look = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.querySelector("button.button-secondary")!);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow} ${s.backgroundColor}`;
      });
    const focused = await look();
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await look()).not.toBe(focused);
  });

  it("fits a 375-pixel-wide phone and reads right to left in Arabic, results and compare alike, with no axe violations", async () => {
    browser = await launch({ viewport: { width: 375, height: 800 } });
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.getByRole("button", { name: "العربية" }).click();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    await page.goto(app.url("#/a/examplia-2026/results?dimension=costs"));
    expect(await heading(page)).toBe("النتائج");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    expect(await page.locator(".results-overall__number").innerText()).toBe(new Intl.NumberFormat("ar", { maximumFractionDigits: 1 }).format(complete.overall!));
    // The questionnaire's own text is in Arabic too: nothing on the page is marked as English.
    expect(await page.locator("section[aria-labelledby=scores-heading] tbody th").first().innerText()).toBe((q.dimensions[0]!.title as Record<string, string>).ar);
    const costsGap = q.indicators.find((i) => i.id === expectedGaps(complete, { dimension: "costs" })[0]!.id)!;
    expect(await page.getByText((costsGap.question as Record<string, string>).ar!, { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator("main [lang=en]").count()).toBe(0);
    expect(await fits()).toBe(true); // wide tables scroll inside their own region, not the page
    // ... a region that takes keyboard focus, so it can be scrolled without a mouse.
    await expect.poll(() => page.locator("section[aria-labelledby=coverage-heading] .table-wrapper").getAttribute("tabindex")).toBe("0");
    await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
    expect(await fits()).toBe(true);
    await expectNoAxeViolations(page, "results page in Arabic on a phone");

    await page.goto(app.url("#/compare?ids=examplia-2022,examplia-2024,examplia-2026"));
    expect(await heading(page)).toBe("مقارنة السنوات");
    expect(await fits()).toBe(true);
    await expectNoAxeViolations(page, "compare page in Arabic on a phone");
  });

  it("says so when the assessment does not exist", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(app.url("#/a/no-such-assessment/results"));
    expect(await heading(page)).toBe("Assessment not found");
    expect(await page.locator("main").innerText()).toContain("There is no such assessment in this browser.");
    expect(await page.title()).toBe("Assessment not found – Policy coherence self-assessment");
    await expectNoAxeViolations(page, "results of a missing assessment");
  });
});
