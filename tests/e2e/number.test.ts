// The number question end to end in real Chromium, on the national questionnaire's
// remittance cost indicator (costs.remit.price: "% of the amount sent", 0-100, 2 decimals): GOV.UK errors
// (summary, inline, "Error: " title), a valid figure shown on the check answers page,
// a decimal comma in French, Arabic-Indic digits on the right-to-left Arabic page, and
// the figure kept through export and import.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readDocumentText } from "../../src/domain/document/read";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { wizardMessages } from "../../src/features/wizard/messages";
import { expectNoAxeViolations } from "./support/axe";
import { launchBrowser, type Browser } from "./support/browser";
import { useApp } from "./support/session";
import { heading } from "./support/example";

const checked = validateQuestionnaire(JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")));
if (!checked.ok) throw new Error("questionnaires/picmd-national.json does not validate");
const remit = checked.questionnaire.indicators.find((i) => i.id === "costs.remit.price");
if (!remit) throw new Error("questionnaires/picmd-national.json has no costs.remit.price (it comes with questionnaire version 2)");
const QUESTION = `s/${remit.dimension}/q/${remit.id}`;
const unit = remit.number!.unit as Record<"en" | "fr" | "ar", string>;
// Written right after the number (French: a narrow space), as the strings below expect.
if (!Object.values(unit).every((u) => u.startsWith("%"))) throw new Error(`${remit.id}: the unit no longer starts with %`);
const CHECK = `s/${remit.dimension}/check`;

const { app, launch } = useApp();
let browser: Browser;

async function createAssessment(page: Page): Promise<string> {
  await page.goto(app.url("#/new"));
  await page.getByLabel("Country", { exact: true }).fill("Numberland");
  await page.getByLabel("Year").fill("2026");
  await page.getByLabel("Both", { exact: true }).check();
  await page.getByLabel("Lead ministry").fill("Central Bank");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await page.waitForURL(/#\/a\/[^/]+$/);
  return page.url().split("#/a/")[1]!;
}

async function chooseLanguage(page: Page, locale: "fr" | "ar"): Promise<void> {
  await page.locator(`.language-select button[lang="${locale}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

async function openQuestion(page: Page, id: string): Promise<void> {
  await page.goto(app.url(`#/a/${id}/${QUESTION}`));
  await page.locator("#choice").waitFor();
}

/** Fills the figure and its year (choosing "I know the figure" first) and presses Continue. */
async function answer(page: Page, figure: string, year: string, locale: "en" | "fr" | "ar" = "en"): Promise<void> {
  const w = wizardMessages[locale];
  await page.getByLabel(w.figureKnown, { exact: true }).check();
  await page.locator("#figure").fill(figure);
  await page.locator("#figure-year").fill(year);
  await page.getByRole("button", { name: w.continue }).click();
}

async function errorSummary(page: Page): Promise<string[]> {
  await page.locator(".error-summary").waitFor();
  return page.locator(".error-summary a").allInnerTexts();
}

/** The check answers row of the remittance cost question. */
async function checkedAnswer(page: Page, id: string): Promise<string> {
  await page.goto(app.url(`#/a/${id}/${CHECK}`));
  await page.locator(".summary-list").waitFor();
  const row = page.locator(".summary-list-row", { has: page.locator(`a[href$="/q/${remit!.id}/check"], a[href*="/q/${remit!.id}"]`) });
  return (await row.locator(".answer-choice").innerText()).trim();
}

describe("number question in Chromium", () => {
  it("asks for a figure GOV.UK style: decimal input with its unit and year; errors in plain words; the figure is shown on check answers; axe passes", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page);
    await openQuestion(page, id);
    expect(await heading(page)).toBe(remit.question.en);

    // Nothing chosen.
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await errorSummary(page)).toEqual(["Select whether you know the figure, or select “Don't know”"]);
    expect(await page.title()).toMatch(/^Error: /);

    // The figure box: a text input for decimals, never type=number, with the unit beside it.
    await page.getByLabel("I know the figure", { exact: true }).check();
    const box = page.locator("#figure");
    expect(await box.evaluate((e) => [e.getAttribute("type"), e.getAttribute("inputmode")])).toEqual(["text", "decimal"]);
    expect((await page.locator(".input-suffix").innerText()).trim()).toBe(remit.number!.unit.en);
    expect(await page.locator("#figure-hint").innerText()).toContain("for example 5.4");
    expect(await page.locator("#figure-year").getAttribute("inputmode")).toBe("numeric");

    await answer(page, "abc", "");
    expect(await errorSummary(page)).toEqual(["Enter the figure as a number, like 5.4", "Enter the year the figure refers to"]);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("error-summary");
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator("#figure-error").innerText()).toContain("Enter the figure as a number, like 5.4");
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    expect(await box.inputValue()).toBe("abc"); // what was typed is kept
    await expectNoAxeViolations(page, "number question with errors");
    await page.locator(".error-summary").getByRole("link", { name: "Enter the year the figure refers to" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("figure-year");

    await answer(page, "150", "2025");
    expect(await errorSummary(page)).toEqual([`The figure must be 100${unit.en} or less`]);
    await answer(page, "-1", "2025");
    expect(await errorSummary(page)).toEqual([`The figure must be 0${unit.en} or more`]);
    await answer(page, "5.456", "1949");
    expect(await errorSummary(page)).toEqual([
      "Enter the figure with no more than 2 digits after the decimal point, like 5.4",
      "The year must be between 1950 and 2100",
    ]);
    await answer(page, "5,4", "2025"); // a comma is not a decimal separator in English
    expect(await errorSummary(page)).toEqual(["Enter the figure as a number, like 5.4"]);

    await answer(page, "5.4", "2025");
    await page.waitForURL((url) => !url.hash.endsWith(`/q/${remit.id}`));
    expect(await page.title()).not.toMatch(/^Error/);
    expect(await checkedAnswer(page, id)).toBe(`5.4${unit.en} (2025)`);
    await expectNoAxeViolations(page, "check answers with a figure");

    // The results list it as a gap (5.4% is in the band above 5%, which scores 3), with the figure and what full marks need.
    expect(remit.number!.bands!.find((b) => 5.4 <= b.atMost)!.score).toBeLessThan(10);
    await page.goto(app.url(`#/a/${id}/results`));
    const gap = page.locator(`li.results-gap[data-indicator="${remit.id}"]`);
    await gap.waitFor();
    expect(await gap.innerText()).toContain(`5.4${unit.en} (2025)`);
    const fullMarks = remit.number!.bands![0]!; // the lowest costs score 10
    expect(fullMarks.score).toBe(10);
    expect(await gap.innerText()).toContain(`A figure of ${fullMarks.atMost}${unit.en} or less`);

    // Back on the question, the figure is in the box as stored.
    await openQuestion(page, id);
    expect(await page.locator("#figure").inputValue()).toBe("5.4");
    expect(await page.locator("#figure-year").inputValue()).toBe("2025");
    await expectNoAxeViolations(page, "number question");
  });

  it("reads a decimal comma in French and shows the figure the French way", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page);
    await chooseLanguage(page, "fr");
    await openQuestion(page, id);
    expect(await page.locator("#figure-hint").count()).toBe(0); // revealed only once chosen
    await page.getByLabel(wizardMessages.fr.figureKnown, { exact: true }).check();
    expect(await page.locator("#figure-hint").innerText()).toContain("par exemple 5,4");

    await answer(page, "5,456", "2025", "fr");
    expect(await errorSummary(page)).toEqual(["Saisissez le chiffre avec au plus 2 chiffres après la virgule, par exemple 5,4"]);
    expect(await page.title()).toMatch(/^Erreur\u00a0: /);
    await answer(page, "101", "2025", "fr");
    expect(await errorSummary(page)).toEqual([`Le chiffre doit être inférieur ou égal à 100\u202f${unit.fr}`]);

    await answer(page, "5,4", "2025", "fr");
    await page.waitForURL((url) => !url.hash.endsWith(`/q/${remit.id}`));
    expect(await checkedAnswer(page, id)).toBe(`5,4\u202f${unit.fr} (2025)`);
    await openQuestion(page, id);
    expect(await page.locator("#figure").inputValue()).toBe("5,4");
  });

  it("reads Arabic-Indic digits and the Arabic decimal separator on the right-to-left Arabic page", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page);
    await chooseLanguage(page, "ar");
    await openQuestion(page, id);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");

    await answer(page, "١٥٠", "٢٠٢٥", "ar");
    expect(await errorSummary(page)).toEqual([`يجب أن يكون الرقم 100${unit.ar} أو أقل`]);
    await answer(page, "٥٫٤", "٢٠٢٥", "ar");
    await page.waitForURL((url) => !url.hash.endsWith(`/q/${remit.id}`));
    expect(await checkedAnswer(page, id)).toBe(`5.4${unit.ar} (2025)`);

    // Right to left, the unit sits to the left of the box.
    await openQuestion(page, id);
    const [boxLeft, suffixLeft] = await page.evaluate(() => [
      document.querySelector("#figure")!.getBoundingClientRect().left,
      document.querySelector(".input-suffix")!.getBoundingClientRect().left,
    ]);
    expect(suffixLeft).toBeLessThan(boxLeft);
    await expectNoAxeViolations(page, "Arabic number question");
  });

  it("keeps the figure through export and import", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page);
    await openQuestion(page, id);
    await answer(page, "3.25", "2024");
    await page.waitForURL((url) => !url.hash.endsWith(`/q/${remit.id}`));

    await page.goto(app.url(`#/a/${id}/export`));
    expect(await heading(page)).toBe("Export to a file");
    const waiting = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download file" }).click();
    const download = await waiting;
    const text = readFileSync((await download.path())!, "utf8");
    const read = readDocumentText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.document.formatVersion).toBe(2);
    expect(read.document.assessment.answers[remit.id]?.choice).toEqual({ kind: "number", value: 3.25, year: 2024 });

    const other = await launchBrowser();
    try {
      const page2 = await other.newPage();
      await page2.goto(app.url("#/"));
      await heading(page2);
      await page2.goto(app.url("#/import"));
      expect(await heading(page2)).toBe("Import a file");
      await page2.setInputFiles("#import-file", { name: download.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(text) });
      await page2.getByRole("button", { name: "Check the file" }).click();
      await page2.getByLabel(/^Add as a new assessment$/).check();
      await page2.getByRole("button", { name: "Continue" }).click();
      await page2.locator("#import-done").waitFor();
      expect(await checkedAnswer(page2, id)).toBe(`3.25${unit.en} (2024)`);
    } finally {
      await other.close();
    }
  });
});
