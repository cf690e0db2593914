// The wizard end to end in real Chromium: the built app, served by vite preview.
// Questions are taken from questionnaires/picmd-national.json so the tests follow the data.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { loadExample } from "./support/example";
import { useApp } from "./support/session";

const q = JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")) as Questionnaire;
const question = (id: string) => q.indicators.find((i) => i.id === id)!.question.en!;
// Destination view of the integration section: no conditions, a handful of questions (some
// with glossary words, some context questions).
const integration = q.indicators.filter((i) => i.dimension === "integration" && i.perspective !== "origin");

const { app, launch } = useApp();
let browser: Browser;

const h1 = (page: Page) => page.locator("h1");
async function heading(page: Page): Promise<string> {
  await page.waitForFunction(() => !document.querySelector("[role=status]") && !!document.querySelector("h1"));
  return (await h1(page).innerText()).trim();
}

async function createAssessment(page: Page, perspective: "Country of origin" | "Country of destination" | "Both", country = "Testland"): Promise<string> {
  await page.goto(app.url("#/new"));
  await page.getByLabel("Country", { exact: true }).fill(country);
  await page.getByLabel("Year").fill("2026");
  await page.getByLabel(perspective, { exact: true }).check();
  await page.getByLabel("Lead ministry").fill("Ministry of Planning");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await page.waitForURL(/#\/a\/[^/]+$/);
  return page.url().split("#/a/")[1]!;
}

describe("assessment wizard in Chromium", () => {
  it("creates an assessment after GOV.UK-style validation; start, create error and task list pages pass axe", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(app.url("#/"));
    expect(await heading(page)).toMatch(/Assess the coherence/);
    await expectNoAxeViolations(page, "start page");

    await page.getByRole("button", { name: "Create a new assessment" }).click();
    expect(await heading(page)).toBe("Create a new assessment");
    await page.getByLabel("Year").fill("26");
    await page.getByRole("button", { name: "Create assessment" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("error-summary");
    expect(await page.title()).toMatch(/^Error: Create a new assessment/);
    expect(await summary.locator("a").allInnerTexts()).toEqual([
      "Enter the country",
      "Enter the year as 4 digits, for example 2026",
      "Select which view of migration this assessment takes",
      "Enter the lead ministry",
    ]);
    expect(await page.getByLabel("Year").inputValue()).toBe("26"); // entries kept
    await expectNoAxeViolations(page, "create page with errors");
    await summary.getByRole("link", { name: "Enter the country" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("country");

    const id = await createAssessment(page, "Country of destination");
    expect(await heading(page)).toBe("Self-assessment");
    await expect.poll(() => page.locator(".caption").first().innerText()).toBe("Testland 2026");
    const rows = await page.locator(".task-list-item").allInnerTexts();
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.includes("Not yet started"))).toBe(true);
    await expectNoAxeViolations(page, "task list");

    await page.goto(app.url("#/"));
    await page.locator(`tr[data-assessment-id="${id}"]`).waitFor();
    expect(await page.locator(`tr[data-assessment-id="${id}"]`).innerText()).toMatch(/Testland[\s\S]*2026[\s\S]*Not yet started[\s\S]*0 of \d+/);
  });

  it("answers a whole section by keyboard only, checks answers and completes the section (axe on question, error state, check answers)", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await createAssessment(page, "Country of destination");
    await page.getByRole("link", { name: "Integration", exact: false }).first().focus();
    await page.keyboard.press("Enter");

    // Error state first: Continue with nothing chosen.
    expect(await heading(page)).toBe(question(integration[0]!.id));
    expect(await page.locator("#question-position").innerText()).toBe(`Question 1 of ${integration.length}`);
    await expectNoAxeViolations(page, "question page");
    await page.getByRole("button", { name: "Continue" }).focus();
    await page.keyboard.press("Enter");
    await page.locator(".error-summary").waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator(".error-summary a").innerText()).toBe("Select an answer, or select “Don't know”");
    expect(await page.locator("#choice-error").innerText()).toContain("Select an answer, or select “Don't know”");
    await expectNoAxeViolations(page, "question page with an error");

    for (const [index, indicator] of integration.entries()) {
      expect(await heading(page)).toBe(question(indicator.id));
      expect(await page.locator("#question-position").innerText()).toBe(`Question ${index + 1} of ${integration.length}`);
      // Focus is on the h1 after navigation (or on the error summary): Tab reaches the first radio.
      if (index === 0) await page.locator("#choice").focus();
      else {
        // The next question can draw a moment before the address changes, which is what moves focus.
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { message: `focus on question ${index + 1}` }).toBe("H1");
        await page.keyboard.press("Tab");
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("choice");
      await page.keyboard.press("Space"); // first option
      await page.keyboard.press("ArrowDown"); // second option
      await page.keyboard.press("Tab");
      if (indicator.terms?.length) {
        // A question that uses glossary words has their definitions in a details block first.
        expect(await page.evaluate(() => !!document.activeElement?.matches("[data-testid=glossary] summary"))).toBe(true);
        await page.keyboard.press("Tab");
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("evidence");
      await page.keyboard.type(`Law ${index + 1}/2025`);
      await page.keyboard.press("Tab"); // comment
      await page.keyboard.press("Tab"); // Continue
      await page.keyboard.press("Enter");
    }
    expect(await heading(page)).toBe("Check your answers");
    const values = await page.locator(".summary-list-value").allInnerTexts();
    expect(values).toHaveLength(integration.length);
    integration.forEach((indicator, i) => {
      expect(values[i]).toContain(indicator.options[1]!.label.en!);
      expect(values[i]).toContain(`Law ${i + 1}/2025`);
    });
    await expectNoAxeViolations(page, "check answers");

    // Change the first answer and come back to check answers.
    await page.getByRole("link", { name: `Change your answer to: ${question(integration[0]!.id)}` }).click();
    expect(await heading(page)).toBe(question(integration[0]!.id));
    await page.getByLabel("Don't know", { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe("Check your answers");
    expect(await page.locator(".summary-list-value").first().innerText()).toContain("Don't know");

    await page.getByLabel("Yes, I've completed this section").focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Continue" }).focus();
    await page.keyboard.press("Enter");
    expect(await heading(page)).toBe("Self-assessment");
    const row = page.locator(".task-list-item", { hasText: "Integration" }).first();
    expect(await row.innerText()).toMatch(new RegExp(`${integration.length} of ${integration.length} questions answered[\\s\\S]*Completed`));
    expect(await page.locator("#sections-completed").innerText()).toMatch(/completed 1 of 5 sections/);
  });

  it("reload mid-section keeps every answer and the half-typed text; reopening the app resumes there", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page, "Country of destination");
    const [first, second, third] = integration;
    await page.goto(app.url(`#/a/${id}/s/integration/q/${first!.id}`));
    await heading(page);
    await page.getByLabel(first!.options.at(-1)!.label.en!, { exact: true }).check();
    await page.getByLabel("Evidence (optional)").fill("Integration Act 2019, art. 4");
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe(question(second!.id));
    await page.getByLabel("Don't know", { exact: true }).check();
    await page.getByLabel("Comment (optional)").fill("Ask the Ministry of Labour");
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe(question(third!.id));
    // Typed, not submitted, no option chosen: kept as a draft.
    await page.getByLabel("Evidence (optional)").fill("Draft note: circular 7/2024");
    await page.waitForTimeout(600);

    await page.reload();
    expect(await heading(page)).toBe(question(third!.id));
    expect(await page.getByLabel("Evidence (optional)").inputValue()).toBe("Draft note: circular 7/2024");
    await page.goBack();
    await page.reload();
    expect(await heading(page)).toBe(question(second!.id));
    expect(await page.getByLabel("Don't know", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Comment (optional)").inputValue()).toBe("Ask the Ministry of Labour");
    await page.goto(app.url(`#/a/${id}/s/integration/q/${first!.id}`));
    expect(await heading(page)).toBe(question(first!.id));
    expect(await page.getByLabel(first!.options.at(-1)!.label.en!, { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Evidence (optional)").inputValue()).toBe("Integration Act 2019, art. 4");

    // Reopening the app with no address goes back to the last page visited.
    await page.waitForTimeout(600);
    const tab = await browser.context.newPage();
    await tab.goto(app.url(""));
    await tab.waitForURL(new RegExp(`#/a/${id}/s/integration/q/${first!.id}$`));
    expect(await heading(tab)).toBe(question(first!.id));
  });

  it("Continue where you left off, saved by an older version as a whole address, leads to the page it names", async () => {
    browser = await launch();
    const page = await browser.newPage();
    // The example's 2024 file stores lastPath "#/a/examplia-2024/results" (the old form).
    await loadExample(page, app);
    await page.goto(app.url("#/a/examplia-2024"));
    const link = page.getByRole("link", { name: "Continue where you left off" });
    expect(await link.getAttribute("href")).toBe("#/a/examplia-2024/results");
    await link.click();
    await page.waitForURL(/#\/a\/examplia-2024\/results$/);
    await page.locator("h1", { hasText: "Results" }).waitFor();
    expect(await h1(page).innerText()).toBe("Results");
  });

  it("browser Back and Forward move between question pages", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page, "Country of destination");
    await page.goto(app.url(`#/a/${id}/s/integration/q/${integration[0]!.id}`));
    for (const indicator of integration.slice(0, 2)) {
      expect(await heading(page)).toBe(question(indicator.id));
      await page.getByLabel(indicator.options[0]!.label.en!, { exact: true }).check();
      await page.getByRole("button", { name: "Continue" }).click();
    }
    expect(await heading(page)).toBe(question(integration[2]!.id));
    await page.goBack();
    expect(await heading(page)).toBe(question(integration[1]!.id));
    expect(await page.getByLabel(integration[1]!.options[0]!.label.en!, { exact: true }).isChecked()).toBe(true);
    await page.goBack();
    expect(await heading(page)).toBe(question(integration[0]!.id));
    await page.goForward();
    expect(await heading(page)).toBe(question(integration[1]!.id));
    // The back link goes to the previous question too.
    await page.getByRole("link", { name: "Back" }).click();
    expect(await heading(page)).toBe(question(integration[0]!.id));
  });

  it("skip logic: perspective and conditions decide which questions are shown; hidden answers are kept", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page, "Country of origin");
    const conditional = q.indicators.find((i) => i.id === "inst.budget.comanaged")!;
    const target = q.indicators.find((i) => i.id === conditional.conditions![0]!.indicator)!;
    const noOption = target.options.find((o) => !conditional.conditions![0]!.optionIn.includes(o.id))!;
    const yesOption = target.options.find((o) => o.id === conditional.conditions![0]!.optionIn[0])!;

    // Asking for the conditional question before its condition holds shows the next question instead.
    await page.goto(app.url(`#/a/${id}/s/institutional/q/${conditional.id}`));
    expect(await heading(page)).not.toBe(question(conditional.id));
    expect(page.url()).not.toContain(conditional.id);

    await page.goto(app.url(`#/a/${id}/s/institutional/q/${target.id}`));
    expect(await heading(page)).toBe(question(target.id));
    const totalBefore = await page.locator("#question-position").innerText();
    await page.getByLabel(yesOption.label.en!, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe(question(conditional.id));
    const totalAfter = await page.locator("#question-position").innerText();
    expect(Number(totalAfter.split(" of ")[1])).toBe(Number(totalBefore.split(" of ")[1]) + 1);
    await page.getByLabel(conditional.options[0]!.label.en!, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    await page.goto(app.url(`#/a/${id}/s/institutional/q/${target.id}`));
    await page.getByLabel(noOption.label.en!, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).not.toBe(question(conditional.id));
    await page.goto(app.url(`#/a/${id}/s/institutional/check`));
    expect(await heading(page)).toBe("Check your answers");
    expect(await page.locator(".summary-list-key").allInnerTexts()).not.toContain(question(conditional.id));
    // Still stored: answering "yes" again brings the question back with its earlier answer.
    await page.goto(app.url(`#/a/${id}/s/institutional/q/${target.id}`));
    await page.getByLabel(yesOption.label.en!, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe(question(conditional.id));
    expect(await page.getByLabel(conditional.options[0]!.label.en!, { exact: true }).isChecked()).toBe(true);

    // A destination-only question is never shown to a country of origin.
    const destinationOnly = q.indicators.find((i) => i.perspective === "destination" && i.dimension === "rights")!;
    await page.goto(app.url(`#/a/${id}/s/rights/q/${destinationOnly.id}`));
    expect(await heading(page)).not.toBe(question(destinationOnly.id));
    const inRights = q.indicators.filter((i) => i.dimension === "rights" && i.perspective !== "destination" && !i.conditions).length;
    const position = await page.locator("#question-position").innerText().catch(() => "");
    if (position) expect(Number(position.split(" of ")[1])).toBe(inRights);
  });

  it("starts next year from last year: answers carried over to confirm, kept out of answered until confirmed; a second press offers the copy there is", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(app.url("#/"));
    await heading(page);
    await page.getByRole("button", { name: "Try the example" }).click();
    await page.getByText(/Example loaded: \d+ assessment/).waitFor();
    const row = (year: number) => page.locator("tr", { hasText: "Republic of Examplia", has: page.locator("td:first-of-type", { hasText: new RegExp(`^${year}$`) }) });
    await row(2026).getByRole("button", { name: /Start 2027 from this one/ }).click();
    await page.waitForURL(/#\/a\/[^/]+$/);
    const copyUrl = page.url();
    expect(await heading(page)).toBe("Self-assessment");
    expect(await page.locator(".caption").first().innerText()).toMatch(/^Republic of Examplia 2027/);
    expect(await page.getByText(/Started Republic of Examplia 2027 from last year's answers/).count()).toBe(1);
    const tasks = await page.locator(".task-list-item").allInnerTexts();
    expect(tasks.some((r) => r.includes("Completed"))).toBe(false);
    // Behaviour changed on purpose (issue 17): copied answers are last year's until confirmed.
    for (const task of tasks) expect(task).toMatch(/^[\s\S]*0 of \d+ questions answered; \d+ carried over from 2026, to confirm/);
    await expectNoAxeViolations(page, "task list of a carried-over copy");

    // The report does not call last year's answers this year's final result.
    await page.goto(copyUrl.replace(/#\/a\/([^/]+)$/, "#/a/$1/report"));
    await page.locator("h1").waitFor();
    expect(await page.locator("body").innerText()).toMatch(/Draft: 0 of \d+ questions answered/);
    expect(await page.locator("body").innerText()).not.toContain("Final:");

    // A whole section confirmed in one step from its check page.
    await page.goto(copyUrl);
    await page.locator(".task-list-item", { hasText: "Integration" }).getByRole("link").click();
    expect(await heading(page)).toBe("Check your answers");
    const toConfirm = await page.getByText("Carried over from 2026, to confirm").count();
    expect(toConfirm).toBeGreaterThan(0);
    await expectNoAxeViolations(page, "check answers with carried-over answers");
    await page.getByRole("button", { name: toConfirm === 1 ? "Confirm the carried-over answer" : `Confirm the ${toConfirm} carried-over answers` }).click();
    await page.getByText("The answers carried over from 2026 are confirmed as this year's answers.").waitFor();
    expect(await page.getByText("Carried over from 2026, to confirm").count()).toBe(0);
    await page.goto(copyUrl);
    const integrationTask = await page.locator(".task-list-item", { hasText: "Integration" }).innerText();
    expect(integrationTask).toMatch(new RegExp(`${toConfirm} of ${toConfirm} questions answered`));
    expect(integrationTask).not.toContain("to confirm");

    // Pressing it again: one copy exists, and the page offers to open it.
    await page.goto(app.url("#/"));
    await row(2027).waitFor();
    const [answered, applicable] = (await row(2027).locator("td").nth(3).innerText()).trim().split(" of ").map(Number);
    expect(answered).toBeGreaterThanOrEqual(toConfirm);
    expect(answered).toBeLessThan(applicable!);
    await row(2026).getByRole("button", { name: /Start 2027 from this one/ }).click();
    expect(await page.locator("#start-notice").innerText()).toBe("Republic of Examplia already has a 2027 assessment. Open it instead of starting another copy.");
    expect(await row(2027).count()).toBe(1);
    await page.locator(".notification-banner").getByRole("link", { name: "Open Republic of Examplia 2027" }).click();
    await page.waitForURL(copyUrl);
    // Trying the example again adds nothing twice.
    await page.goto(app.url("#/"));
    await page.getByRole("button", { name: "Try the example" }).click();
    await page.getByText("The example assessments are already in this browser.").waitFor();
  });

  it("a changed answer that reveals a follow-up reopens its completed section", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page, "Country of origin");
    const parent = q.indicators.find((i) => i.id === "integ.return.programme")!;
    const followUp = q.indicators.find((i) => i.id === "integ.return.monitoring")!;
    const revealing = parent.options.find((o) => followUp.conditions![0]!.optionIn.includes(o.id))!;
    const hiding = parent.options.find((o) => !followUp.conditions![0]!.optionIn.includes(o.id))!;
    await page.goto(app.url(`#/a/${id}/s/integration/q/${parent.id}`));
    expect(await heading(page)).toBe(question(parent.id));
    await page.getByLabel(hiding.label.en!, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    // Answer everything else that is shown, then complete the section.
    while ((await heading(page)) !== "Check your answers") {
      await page.getByLabel("Don't know", { exact: true }).check();
      await page.getByRole("button", { name: "Continue" }).click();
    }
    await page.getByLabel("Yes, I've completed this section").check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await page.locator(".task-list-item", { hasText: "Integration" }).innerText()).toContain("Completed");

    await page.goto(app.url(`#/a/${id}/s/integration/q/${parent.id}`));
    await heading(page);
    await page.getByLabel(revealing.label.en!, { exact: true }).check();
    // Leave without answering the follow-up it reveals.
    await page.goto(app.url(`#/a/${id}`));
    const task = await page.locator(".task-list-item", { hasText: "Integration" }).innerText();
    expect(task).not.toContain("Completed");
    expect(task).toContain("In progress");
  });

  it("two tabs on one assessment: the other tab is told and refreshed, nothing is silently overwritten", async () => {
    browser = await launch();
    const tabA = await browser.newPage();
    const id = await createAssessment(tabA, "Country of destination");
    const indicator = integration[0]!;
    const url = app.url(`#/a/${id}/s/integration/q/${indicator.id}`);
    await tabA.goto(url);
    const tabB = await browser.context.newPage();
    await tabB.goto(url);
    expect(await heading(tabB)).toBe(question(indicator.id));
    await heading(tabA);

    await tabA.getByLabel(indicator.options.at(-1)!.label.en!, { exact: true }).check();
    await tabA.getByLabel("Evidence (optional)").fill("Written in tab A");
    await tabB.getByText("This assessment was changed in another tab or window").waitFor({ timeout: 5000 });
    expect(await tabB.getByLabel(indicator.options.at(-1)!.label.en!, { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => tabB.getByLabel("Evidence (optional)").inputValue()).toBe("Written in tab A");

    // Tab B now changes the answer: tab A is told in turn, and the stored copy is B's.
    await tabB.getByLabel("Don't know", { exact: true }).check();
    await tabA.getByText("This assessment was changed in another tab or window").waitFor({ timeout: 5000 });
    expect(await tabA.getByLabel("Don't know", { exact: true }).isChecked()).toBe(true);
    await tabA.reload();
    expect(await tabA.getByLabel("Don't know", { exact: true }).isChecked()).toBe(true);
    expect(await tabA.getByLabel("Evidence (optional)").inputValue()).toBe("Written in tab A");
  });
});
