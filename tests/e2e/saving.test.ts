// Saving that loses nothing, in real Chromium (issue 17): text typed just before the tab or
// the browser closes is there on reopening (persistent profile), a full disk is retried by
// itself and the edit survives a reload, nothing the reader refuses is ever stored, and two
// tabs changing one question are asked to choose instead of one silently winning.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";

const q = JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")) as Questionnaire;
const indicator = (id: string) => q.indicators.find((i) => i.id === id)!;
const question = (id: string) => indicator(id).question.en!;
const integration = q.indicators.filter((i) => i.dimension === "integration" && i.perspective !== "origin");
const first = integration[0]!;
const second = integration[1]!;
const label = (id: string, n: number) => indicator(id).options[n]!.label.en!;

const { app, launch } = useApp();
let browser: Browser;
const profiles: string[] = [];
afterAll(() => {
  profiles.forEach((p) => rmSync(p, { recursive: true, force: true }));
});

async function heading(page: Page): Promise<string> {
  await page.waitForFunction(() => !document.querySelector("[role=status]") && !!document.querySelector("h1"));
  return (await page.locator("h1").innerText()).trim();
}

async function createAssessment(page: Page, year = "2026"): Promise<string> {
  await page.goto(app.url("#/new"));
  await page.getByLabel("Country", { exact: true }).fill("Testland");
  await page.getByLabel("Year").fill(year);
  await page.getByLabel("Country of destination", { exact: true }).check();
  await page.getByLabel("Lead ministry").fill("Ministry of Planning");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await page.waitForURL(/#\/a\/[^/]+$/);
  return page.url().split("#/a/")[1]!;
}

interface StoredAnswer {
  choice: { kind: string; optionId?: string };
  evidence: string;
}

/** The assessment as IndexedDB holds it, read directly (not through the app). */
function storedAnswers(page: Page, id: string): Promise<Record<string, StoredAnswer> | null> {
  return page.evaluate(
    (key) =>
      new Promise<Record<string, StoredAnswer> | null>((resolve, reject) => {
        const open = indexedDB.open("coherence-self-assessment");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("assessments").objectStore("assessments").get(key);
          get.onsuccess = () => {
            resolve(get.result ? get.result.assessment.answers : null);
            open.result.close();
          };
        };
      }),
    id,
  );
}

const questionUrl = (id: string, indicatorId = first.id) => app.url(`#/a/${id}/s/integration/q/${indicatorId}`);

/** The results page opens (the assessment is readable), as a draft. */
async function resultsOpen(page: Page, id: string): Promise<void> {
  await page.goto(app.url(`#/a/${id}/results`));
  await page.locator("h1", { hasText: "Results" }).waitFor();
}

describe("the last keystrokes are kept when the page goes away (persistent profile)", () => {
  for (const how of ["tab closed", "browser closed"] as const) {
    it(`${how} right after typing: reopening shows the text`, async () => {
      const profile = mkdtempSync(join(tmpdir(), "e2e-saving-"));
      profiles.push(profile);
      browser = await launch({ profile });
      const page = await browser.newPage();
      const id = await createAssessment(page);
      await page.goto(questionUrl(id));
      await heading(page);
      await page.getByLabel(label(first.id, 1), { exact: true }).check();
      await page.getByLabel("Evidence (optional)").fill(`Typed, then the ${how} at once`);
      // No waiting: well within the 300 ms autosave delay, and nothing runs on unload.
      if (how === "tab closed") {
        await page.close();
      } else {
        await browser.context.close();
        browser = await launch({ profile });
      }
      const reopened = how === "tab closed" ? await browser.context.newPage() : await browser.newPage();
      await reopened.goto(questionUrl(id));
      expect(await heading(reopened)).toBe(question(first.id));
      expect(await reopened.getByLabel("Evidence (optional)").inputValue()).toBe(`Typed, then the ${how} at once`);
      expect(await reopened.getByLabel(label(first.id, 1), { exact: true }).isChecked()).toBe(true);
      // And it is stored for good, not only shown.
      await expect.poll(async () => (await storedAnswers(reopened, id))?.[first.id]?.evidence, { timeout: 5000 }).toBe(`Typed, then the ${how} at once`);
    });
  }
});

describe("storage full", () => {
  it("the banner goes once space is back, the failed edit is saved by itself, and a reload meanwhile keeps it", async () => {
    // Chromium applies a quota override only in a profile that has been opened before.
    const profile = mkdtempSync(join(tmpdir(), "e2e-saving-"));
    profiles.push(profile);
    browser = await launch({ profile });
    const id = await createAssessment(await browser.newPage());
    await browser.context.close();
    browser = await launch({ profile });
    const page = await browser.newPage();
    await page.goto(questionUrl(id));
    await heading(page);
    const cdp = await browser.context.newCDPSession(page);
    const origin = new URL(app.baseUrl).origin;
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });

    await page.getByLabel(label(first.id, 2), { exact: true }).check();
    await page.getByLabel("Evidence (optional)").fill("Written while the disk was full");
    await page.locator("[data-storage-problem=quota]").waitFor({ timeout: 5000 });
    expect(await storedAnswers(page, id)).toEqual({});

    // Reloading without changing anything else keeps the edit (it is in the journal).
    await page.reload();
    expect(await heading(page)).toBe(question(first.id));
    expect(await page.getByLabel("Evidence (optional)").inputValue()).toBe("Written while the disk was full");
    await page.locator("[data-storage-problem=quota]").waitFor({ timeout: 5000 });
    expect(await storedAnswers(page, id)).toEqual({});

    // Space comes back: no further change is needed.
    await cdp.send("Storage.overrideQuotaForOrigin", { origin });
    await page.locator("[data-storage-problem=quota]").waitFor({ state: "detached", timeout: 15_000 });
    expect((await storedAnswers(page, id))?.[first.id]).toMatchObject({ choice: { kind: "option", optionId: indicator(first.id).options[2]!.id }, evidence: "Written while the disk was full" });
  });
});

describe("nothing the reader refuses is ever stored", () => {
  const tooLong = "e".repeat(100_001);

  it("100,001 characters of evidence: Continue shows the error; one character less is saved as such", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page);
    await page.goto(questionUrl(id));
    await heading(page);
    await page.getByLabel(label(first.id, 1), { exact: true }).check();
    await page.getByLabel("Evidence (optional)").fill(tooLong);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.locator("#evidence-error").innerText()).toContain("100,000 characters or fewer");
    await page.waitForTimeout(500);
    expect((await storedAnswers(page, id))?.[first.id]?.evidence.length ?? 0).toBeLessThanOrEqual(100_000);

    await page.getByLabel("Evidence (optional)").fill(tooLong.slice(1));
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe(question(second.id));
    await expect.poll(async () => (await storedAnswers(page, id))?.[first.id]?.evidence.length, { timeout: 5000 }).toBe(100_000);
    await resultsOpen(page, id);
  });

  it("100,001 characters then Back: nothing refused is stored, the page says what is not saved, and the text is still in the form", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await createAssessment(page);
    await page.goto(questionUrl(id, second.id));
    await heading(page);
    await page.getByLabel(label(second.id, 1), { exact: true }).check();
    await page.getByLabel("Evidence (optional)").fill(tooLong);
    await page.locator("#evidence-error").waitFor();
    await page.getByRole("link", { name: "Back" }).click();
    expect(await heading(page)).toBe(question(first.id));
    expect(await page.locator("#unsaved-changes").innerText()).toBe("Some of your changes are not saved");
    await expectNoAxeViolations(page, "question page with an unsaved change elsewhere");
    await page.waitForTimeout(600);
    // The option was saved as chosen, before the long text; the long text never was.
    expect((await storedAnswers(page, id))?.[second.id]).toMatchObject({ choice: { optionId: indicator(second.id).options[1]!.id }, evidence: "" });
    // Every page still reads the assessment.
    await resultsOpen(page, id);
    await page.goto(app.url(`#/a/${id}`));
    await page.getByRole("link", { name: "Go back to the question to correct it" }).click();
    expect(await heading(page)).toBe(question(second.id));
    expect(await page.getByLabel("Evidence (optional)").inputValue()).toHaveLength(100_001);
  });

  it("Start 2101 from a 2100 assessment is refused with the reason; nothing unreadable is left behind", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await createAssessment(page, "2100");
    await page.goto(app.url("#/"));
    await heading(page);
    await page.getByRole("button", { name: /Start 2101 from this one/ }).click();
    expect(await page.locator("#start-notice").innerText()).toMatch(/^Testland 2101 could not be started: assessment\.year/);
    expect(await page.locator("#saved-assessments tbody tr").count()).toBe(1);
    await page.reload();
    await heading(page);
    expect(await page.locator("[data-storage-problem]").count()).toBe(0);
  });
});

describe("two tabs on the same question", () => {
  it("tab A types evidence while tab B picks another option and continues: neither wins silently, one is asked, both answers shown", async () => {
    browser = await launch();
    const tabA = await browser.newPage();
    const id = await createAssessment(tabA);
    await tabA.goto(questionUrl(id));
    await heading(tabA);
    await tabA.getByLabel(label(first.id, 1), { exact: true }).check();
    await expect.poll(async () => (await storedAnswers(tabA, id))?.[first.id]?.choice.optionId).toBe(indicator(first.id).options[1]!.id);
    const tabB = await browser.context.newPage();
    await tabB.goto(questionUrl(id));
    expect(await heading(tabB)).toBe(question(first.id));

    // Both change the question within the autosave delay: neither has seen the other's save.
    await tabA.getByLabel("Evidence (optional)").fill("Typed in tab A");
    await tabB.getByLabel(label(first.id, 2), { exact: true }).check();
    await tabB.getByRole("button", { name: "Continue" }).click();

    const asked = await Promise.race([
      tabA.getByRole("heading", { name: "Choose between two answers" }).waitFor({ timeout: 8000 }).then(() => tabA),
      tabB.getByRole("heading", { name: "Choose between two answers" }).waitFor({ timeout: 8000 }).then(() => tabB),
    ]);
    const other = asked === tabA ? tabB : tabA;
    const text = await asked.locator("form").innerText();
    expect(text).toContain(question(first.id));
    expect(text).toContain("Typed in tab A");
    expect(text).toContain(label(first.id, 2));
    await expectNoAxeViolations(asked, "conflict choice");

    // The asking tab keeps its own answer: it is stored, and the other tab is told and shows it.
    const mine = asked === tabA ? { optionId: indicator(first.id).options[1]!.id, evidence: "Typed in tab A" } : { optionId: indicator(first.id).options[2]!.id, evidence: "" };
    await asked.getByRole("button", { name: "Save my choices" }).click();
    await expect.poll(async () => (await storedAnswers(asked, id))?.[first.id]).toMatchObject({ choice: { optionId: mine.optionId }, evidence: mine.evidence });
    await other.getByText("This assessment was changed in another tab or window").waitFor({ timeout: 5000 });
    expect(await other.getByRole("heading", { name: "Choose between two answers" }).count()).toBe(0);
  });

  it("typing in one question while another tab answers a different one: nothing typed is lost, no question asked", async () => {
    browser = await launch();
    const tabA = await browser.newPage();
    const id = await createAssessment(tabA);
    await tabA.goto(questionUrl(id));
    await heading(tabA);
    const tabB = await browser.context.newPage();
    await tabB.goto(questionUrl(id, second.id));
    await heading(tabB);

    await tabA.getByLabel(label(first.id, 1), { exact: true }).check();
    const evidence = tabA.getByLabel("Evidence (optional)");
    await evidence.click();
    await tabA.keyboard.type("Kept while ", { delay: 20 });
    await tabB.getByLabel(label(second.id, 0), { exact: true }).check();
    await tabA.getByText("This assessment was changed in another tab or window").waitFor({ timeout: 5000 });
    // Still typing into the same field: the other tab's save did not reload this form.
    await tabA.keyboard.type("the other tab saved", { delay: 20 });
    expect(await evidence.inputValue()).toBe("Kept while the other tab saved");
    await expect.poll(async () => (await storedAnswers(tabA, id))?.[first.id]?.evidence, { timeout: 5000 }).toBe("Kept while the other tab saved");
    expect((await storedAnswers(tabA, id))?.[second.id]?.choice.optionId).toBe(indicator(second.id).options[0]!.id);
  });

  it("the other tab changes the question being typed in after a pause: the form shows it and keeps the cursor, typing goes on", async () => {
    browser = await launch();
    const tabA = await browser.newPage();
    const id = await createAssessment(tabA);
    await tabA.goto(questionUrl(id));
    await heading(tabA);
    const tabB = await browser.context.newPage();
    await tabB.goto(questionUrl(id));
    await heading(tabB);

    await tabA.getByLabel(label(first.id, 1), { exact: true }).check();
    const evidence = tabA.getByLabel("Evidence (optional)");
    await evidence.click();
    await tabA.keyboard.type("Decree 12", { delay: 20 });
    await expect.poll(async () => (await storedAnswers(tabA, id))?.[first.id]?.evidence, { timeout: 5000 }).toBe("Decree 12");
    await tabB.getByText("This assessment was changed in another tab or window").waitFor({ timeout: 5000 });
    await tabB.getByLabel(label(first.id, 2), { exact: true }).check();
    await tabA.getByText("This assessment was changed in another tab or window").waitFor({ timeout: 5000 });
    expect(await tabA.getByLabel(label(first.id, 2), { exact: true }).isChecked()).toBe(true);
    await tabA.keyboard.type("/2025", { delay: 20 });
    expect(await evidence.inputValue()).toBe("Decree 12/2025");
    await expect.poll(async () => (await storedAnswers(tabA, id))?.[first.id], { timeout: 5000 }).toMatchObject({ choice: { optionId: indicator(first.id).options[2]!.id }, evidence: "Decree 12/2025" });
  });
});
