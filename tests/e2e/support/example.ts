// Shared steps of the results and compare browser tests.
import type { Page } from "playwright-core";
import type { App } from "./browser";

/** Loads the bundled example data (seeds/) from the start page, as a user would. */
export async function loadExample(page: Page, app: App): Promise<void> {
  await page.goto(app.url("#/"));
  await page.getByRole("button", { name: "Try the example" }).click();
  await page.getByText("Example loaded: 4 assessments added.").waitFor();
}

/** The page's h1 once loading is over. */
export async function heading(page: Page): Promise<string> {
  await page.waitForFunction(() => !document.querySelector("p.body[role=status]:not(.bold)") && !!document.querySelector("h1"));
  return (await page.locator("h1").innerText()).trim();
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let k = 0; k < max; k++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Numbers as the page writes them in en-GB ("1,234.5") back to numbers. */
export const num = (text: string) => Number(text.replace(/,/g, "").trim());
