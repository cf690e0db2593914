// The interface in French, Spanish and Arabic in real Chromium: the browser's language is
// picked up, the page is marked with its language and direction, no English interface
// text is left on the start, create, task list, question and check pages, and the
// Arabic and French pages pass axe.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { appMessages } from "../../src/app/messages";
import { startMessages } from "../../src/features/start/messages";
import { wizardMessages } from "../../src/features/wizard/messages";
import { fixedParts } from "../../src/i18n/plural";
import { uiMessages } from "../../src/ui/messages";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";

const { app, launch } = useApp();
let browser: Browser;

/** English interface phrases of three words or more (the parts of templates between placeholders). */
const englishPhrases = [appMessages.en, uiMessages.en, startMessages.en, wizardMessages.en]
  .flatMap((catalogue) => Object.values(catalogue))
  .flatMap((text) => fixedParts(text))
  .map((part) => part.trim())
  .filter((part) => part.split(/\s+/).length >= 3);

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("[role=status]") && !!document.querySelector("h1"));
}

/** The interface text of the page, without the questionnaire's and the example's own (English) text. */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"], bdi').forEach((e) => e.remove());
    return copy.innerText;
  });
}

async function expectNoEnglish(page: Page, label: string): Promise<void> {
  const text = await interfaceText(page);
  expect(englishPhrases.filter((p) => text.includes(p)), `English interface text on the ${label}`).toEqual([]);
}

describe.each([
  ["fr-FR", "fr", "ltr"],
  ["es-ES", "es", "ltr"],
  ["ar", "ar", "rtl"],
] as const)("interface in %s", (browserLocale, locale, dir) => {
  const s = startMessages[locale];
  const w = wizardMessages[locale];

  it("follows the browser's language on every page of the wizard, with no English interface text left", async () => {
    browser = await launch({ locale: browserLocale });
    const page = await browser.newPage();
    await page.goto(app.url("#/"));
    await settle(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale, dir]);
    expect(await page.title()).toContain(uiMessages[locale].service);
    await expectNoEnglish(page, "empty start page");

    await page.getByRole("button", { name: s.tryExample }).click();
    await page.locator("table").waitFor();
    await expectNoEnglish(page, "start page");
    if (locale !== "es") await expectNoAxeViolations(page, `${locale} start page`);

    await page.goto(app.url("#/new"));
    await settle(page);
    await page.getByRole("button", { name: s.createButton }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.locator(".error-summary a").allInnerTexts()).toEqual([s.errCountry, s.errPerspective, s.errLeadMinistry]);
    await expectNoEnglish(page, "create page with errors");

    await page.goto(app.url("#/a/sampleland-2026-draft"));
    await settle(page);
    expect((await page.locator("h1").innerText()).trim()).toBe(w.tasksTitle);
    await expectNoEnglish(page, "task list");

    await page.goto(app.url("#/a/sampleland-2026-draft/s/costs/check"));
    await settle(page);
    expect((await page.locator("h1").innerText()).trim()).toBe(w.checkTitle);
    await expectNoEnglish(page, "check answers page");

    await page.locator("main a[href*='/q/']").first().click();
    await page.getByRole("button", { name: w.continue }).waitFor();
    expect(await page.getByText(w.dontKnowHint).count()).toBe(1);
    await expectNoEnglish(page, "question page");
    if (locale !== "es") await expectNoAxeViolations(page, `${locale} question page`);
  });
});

describe("typed text on an Arabic page", () => {
  it("keeps its own direction: English evidence reads left to right, an empty field follows the page", async () => {
    browser = await launch({ locale: "ar" });
    const page = await browser.newPage();
    await page.goto(app.url("#/"));
    await page.getByRole("button", { name: startMessages.ar.tryExample }).click();
    await page.locator("table").waitFor();
    await page.goto(app.url("#/a/sampleland-2026-draft/s/costs/check"));
    await settle(page);
    await page.locator("main a[href*='/q/']").first().click();
    const fields = page.locator("textarea");
    await fields.first().waitFor();
    await fields.first().fill("Law 12/2024, article 3.");
    await fields.last().fill("");
    // With unicode-bidi: plaintext the first paragraph starts at the left edge when it is English.
    const starts = await page.evaluate(() =>
      [...document.querySelectorAll("textarea")].map((t) => getComputedStyle(t).unicodeBidi),
    );
    expect(starts.every((v) => v === "plaintext")).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("textarea")!).direction)).toBe("rtl");
  });
});
