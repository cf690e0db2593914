// Issue 17, file side, where the user saw it in Chromium: hostile files on the import page
// (refused with a message, quickly, the page responsive), the app's own export of an
// assessment at the size limit imported back, a stored record with an impossible date
// (listed as damaged, never blanking the start page), a page that fails to draw (an error
// boundary, the rest of the app usable), and the framing header of the pilot server.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { asUtf16ReadAsUtf8, completeDoc, manyEntries, nestedLists, seedAtLimit, seedWithLongEvidence, validAtLimit } from "../fixtures/hostile";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";
import { heading } from "./support/example";

const { app, launch } = useApp();
let browser: Browser;

async function openImport(page: Page): Promise<void> {
  await page.goto(app.url("#/"));
  await heading(page);
  await page.goto(app.url("#/import"));
  expect(await heading(page)).toBe("Import a file");
}

const asFile = (text: string | Buffer, name = "assessment.json") => ({ name, mimeType: "application/json", buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8") });

/**
 * Presses "Check the file" and waits, inside the page, until the file is refused or read.
 * Also returns the longest gap between two animation frames meanwhile: how long the page froze.
 */
async function checkTimed(page: Page, file: ReturnType<typeof asFile>): Promise<{ ms: number; longestFrameMs: number; checking: string }> {
  await page.setInputFiles("#import-file", file);
  return page.evaluate(`new Promise((done) => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Check the file");
    const start = performance.now();
    let last = start;
    let longest = 0;
    let checking = "";
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      checking ||= document.querySelector("#import-checking")?.textContent ?? "";
      if (document.querySelector("#import-problems, .error-summary, #import-read")) done({ ms: now - start, longestFrameMs: longest, checking });
      else requestAnimationFrame(tick);
    };
    button.click();
    requestAnimationFrame(tick);
  })`);
}

const problems = (page: Page) => page.locator("#import-problems li").allInnerTexts();
/** The "read" line, without the isolation marks around the country. */
const readLine = async (page: Page) => (await page.locator("#import-read").innerText()).replace(/[\u2068\u2069]/g, "");

describe("import page against hostile files", () => {
  it("refuses 125,000 entries in answers (1.4 MB) with where and what, instead of showing nothing", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await openImport(page);
    await checkTimed(page, asFile(manyEntries("answers")));
    expect(await problems(page)).toEqual(["assessment.answers – has more than 2,000 entries"]);
    expect(await page.locator("#import-problems-title").innerText()).toBe("The file cannot be imported. Nothing saved here has changed.");
  });

  it("refuses 5 MB of 2.6 million nested lists in well under a second, the page never frozen", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await openImport(page);
    const timed = await checkTimed(page, asFile(nestedLists()));
    console.log(`safety e2e: 5 MB of nested lists refused in ${Math.round(timed.ms)} ms (longest frame ${Math.round(timed.longestFrameMs)} ms)`);
    expect(await problems(page)).toEqual([`junk${"[0]".repeat(15)} – is nested more than 16 levels deep`]);
    expect(timed.ms).toBeLessThan(1000);
  });

  it("reads a valid file at the size limit (2,000 answers and 2,000 archived) in under a second, checked off the main thread", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await openImport(page);
    const timed = await checkTimed(page, asFile(validAtLimit()));
    console.log(`safety e2e: valid 5 MB file read in ${Math.round(timed.ms)} ms (longest frame ${Math.round(timed.longestFrameMs)} ms)`);
    expect(await readLine(page)).toBe("The file is an assessment for Republic of Examplia 2024.");
    expect(timed.checking).toBe("Checking the file…");
    expect(timed.ms).toBeLessThan(1000);
  });

  it("hints at the encoding of a UTF-16 file without a byte-order mark", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await openImport(page);
    const utf16 = Buffer.from(JSON.stringify(completeDoc()), "utf16le");
    expect(asUtf16ReadAsUtf8(JSON.stringify(completeDoc())).includes("\u0000")).toBe(true);
    await checkTimed(page, asFile(utf16));
    expect(await problems(page)).toEqual([
      "(file) – The file is not valid JSON: it looks like it was saved as UTF-16 text (two bytes for each letter). Save it as UTF-8 and try again.",
    ]);
  });

  it("imports the app's own export of an assessment at the size limit back", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await openImport(page);
    await checkTimed(page, asFile(seedAtLimit(), "examplia-at-limit.json"));
    expect(await readLine(page)).toBe("The file is an assessment for Republic of Examplia 2026.");
    await page.getByLabel("Add as a new assessment").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#import-open").click();
    await page.waitForURL(/#\/a\/[^/]+$/);
    const id = decodeURIComponent(page.url().split("#/a/")[1]!);
    await page.goto(app.url(`#/a/${encodeURIComponent(id)}/export`));
    expect(await heading(page)).toBe("Export to a file");
    const waiting = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download file" }).click();
    const exported = readFileSync((await (await waiting).path())!);
    expect(exported.length).toBeGreaterThan(5_200_000);
    expect(exported.length).toBeLessThanOrEqual(5 * 1024 * 1024);
    await openImport(page);
    await checkTimed(page, asFile(exported, "exported.json"));
    expect(await readLine(page)).toBe("The file is an assessment for Republic of Examplia 2026.");
  });
});

/** Writes documents straight into the app's IndexedDB store, as a damaged or older tool might have. */
function putRecords(page: Page, records: unknown[]): Promise<void> {
  return page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("coherence-self-assessment");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("assessments", "readwrite");
          for (const r of records) tx.objectStore("assessments").put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** Imports a file as a new assessment through the import page; returns its id. */
async function importAsNew(page: Page, text: string): Promise<string> {
  await openImport(page);
  await checkTimed(page, asFile(text));
  await page.getByLabel(/^(Add as a new assessment|Keep both)/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator("#import-open").click();
  await page.waitForURL(/#\/a\/[^/]+$/);
  return decodeURIComponent(page.url().split("#/a/")[1]!);
}

describe("gap report PDF of an assessment with 20,000 characters of evidence on every answer", () => {
  it("is made while the page stays responsive, with its progress shown", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const id = await importAsNew(page, seedWithLongEvidence(20_000));
    await page.goto(app.url(`#/a/${encodeURIComponent(id)}/report`));
    await page.locator("#report-title").waitFor();
    const download = page.waitForEvent("download", { timeout: 120_000 });
    const timed = await page.evaluate<{ ms: number; longestFrameMs: number; progress: number[] }>(`new Promise((done) => {
      const button = [...document.querySelectorAll(".report-actions button")][0];
      const start = performance.now();
      let last = start;
      let longest = 0;
      const progress = [];
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        const bar = document.querySelector(".report-actions progress");
        if (bar && progress[progress.length - 1] !== bar.value / bar.max) progress.push(bar.value / bar.max);
        if (/has been saved/.test(document.querySelector("#report-download-status").textContent)) done({ ms: now - start, longestFrameMs: longest, progress });
        else requestAnimationFrame(tick);
      };
      button.click();
      requestAnimationFrame(tick);
    })`);
    const file = await download;
    console.log(`safety e2e: PDF with 20,000-character evidence on every answer made in ${Math.round(timed.ms)} ms, longest frame ${Math.round(timed.longestFrameMs)} ms, progress ${timed.progress.map((p) => Math.round(p * 100)).join(" ")}`);
    expect((await file.failure()) ?? "saved").toBe("saved");
    expect(readFileSync((await file.path())!).subarray(0, 5).toString()).toBe("%PDF-");
    // Progress moved through the parts of the report, and the page drew frames all along.
    expect(timed.progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThanOrEqual(3);
    expect(timed.longestFrameMs).toBeLessThan(500);
  });
});

describe("stored records", () => {
  it("one with an impossible date is listed as damaged, the others still shown, and it can be deleted", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(app.url("#/"));
    expect(await heading(page)).toBe("Assess the coherence of your migration and development policies");
    const good = completeDoc();
    const broken = completeDoc();
    broken.assessment.id = "broken-date";
    broken.assessment.updatedAt = "2026-13-45T99:99:99Z";
    const zero = completeDoc();
    zero.assessment.id = "zero-date";
    zero.assessment.createdAt = "0000-00-00T0Z";
    await putRecords(page, [good, broken, zero]);
    await page.reload();
    await page.locator("#saved-assessments").waitFor();
    expect(await page.locator("[data-assessment-id=examplia-2024] th").innerText()).toContain("Republic of Examplia");
    const damaged = page.locator("[data-damaged-id=broken-date]");
    expect(await damaged.locator(".tag").innerText()).toBe("Damaged");
    await damaged.getByText("What is wrong and what to do").click();
    expect(await damaged.locator("li").allInnerTexts()).toEqual([
      "assessment.updatedAt – is not a real date and time (month 1 to 12, a day the month has, time up to 23:59:59)",
    ]);
    expect(await page.locator("[data-damaged-id=zero-date] li").allTextContents()).toEqual(["assessment.createdAt – must be a date and time like 2026-01-31T09:00:00.000Z"]);
    await expectNoAxeViolations(page, "start page with damaged records");

    await damaged.getByRole("link", { name: /Delete/ }).click();
    expect(await heading(page)).toBe("Are you sure you want to delete this damaged assessment?");
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await page.locator("#saved-assessments").waitFor();
    expect(await page.locator("[data-damaged-id=broken-date]").count()).toBe(0);
    expect(await page.locator("[data-damaged-id=zero-date]").count()).toBe(1);
    expect(await page.locator("[data-assessment-id=examplia-2024]").count()).toBe(1);
  });
});

describe("a page that fails to draw", () => {
  it("shows a plain message with the way back; the language choice and the other pages still work", async () => {
    browser = await launch({ serviceWorkers: "block" }); // page.route() below must see the requests
    const page = await browser.newPage();
    await page.route(/\/assets\/CompareRoute-[^/]+\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: 'throw new Error("Simulated failure");' }));
    await page.goto(app.url("#/"));
    await heading(page);
    await page.goto(app.url("#/compare"));
    expect(await heading(page)).toBe("Sorry, this page could not be shown");
    await page.getByText("Technical details").click();
    expect(await page.locator("#page-failed .details-text").innerText()).toContain("Simulated failure");
    await expectNoAxeViolations(page, "a page that failed to draw");
    await page.getByRole("button", { name: "Français" }).click();
    expect(await heading(page)).toBe("Désolé, cette page ne peut pas être affichée");
    await page.getByRole("button", { name: "English" }).click();
    await page.locator("#page-failed-start").click();
    expect(await heading(page)).toBe("Assess the coherence of your migration and development policies");
    await page.goto(app.url("#/import"));
    expect(await heading(page)).toBe("Import a file");
  });
});

describe("pilot server", () => {
  it("forbids framing the app on another site", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const response = await page.goto(app.url("#/"));
    expect(response?.headers()["content-security-policy"]).toBe("frame-ancestors 'none'");
    expect(response?.headers()["x-frame-options"]).toBe("DENY");
  });
});
