// Files in and out in real Chromium: export (download) then import as new; refused files
// (malformed, oversize) change nothing saved; every v1 fixture opens; hostile text stays
// inert; section merge with keep mine / take theirs; no request leaves the app's origin.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { MAX_FILE_BYTES } from "../../src/domain/document/limits";
import { readDocumentText } from "../../src/domain/document/read";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { expectNoAxeViolations } from "./support/axe";
import { launchBrowser, type Browser } from "./support/browser";
import { useApp } from "./support/session";
import { heading, loadExample } from "./support/example";
import { downloadReport } from "./support/reportDownload";

const checked = validateQuestionnaire(JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")));
if (!checked.ok) throw new Error("questionnaires/picmd-national.json does not validate");
const q = checked.questionnaire;
const FIXTURES = "tests/fixtures/documents";

const { app, launch } = useApp();
let browser: Browser;

interface StoredRecord {
  assessment: { id: string; country: string; answers: Record<string, { choice: { kind: string; optionId?: string }; evidence: string }> };
}

/** Everything saved in IndexedDB, read directly (not through the app). */
function stored(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open("coherence-self-assessment");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction("assessments").objectStore("assessments").getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredRecord[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
const byId = (records: StoredRecord[], id: string) => records.find((r) => r.assessment.id === id)?.assessment;

async function openImport(page: Page): Promise<void> {
  await page.goto(app.url("#/"));
  await heading(page);
  await page.goto(app.url("#/import"));
  expect(await heading(page)).toBe("Import a file");
}

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.setInputFiles("#import-file", file);
  await page.getByRole("button", { name: "Check the file" }).click();
}

async function exportWhole(page: Page, id: string): Promise<{ name: string; text: string }> {
  await page.goto(app.url(`#/a/${id}/export`));
  expect(await heading(page)).toBe("Export to a file");
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download file" }).click();
  const download = await waiting;
  const text = readFileSync((await download.path())!, "utf8");
  await page.getByText(`The file has been saved as ${download.suggestedFilename()}.`).waitFor();
  return { name: download.suggestedFilename(), text };
}

async function importAsNew(page: Page, label: RegExp): Promise<string> {
  await page.getByLabel(label).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator("#import-done").waitFor();
  const href = await page.locator("#import-open").getAttribute("href");
  return href!.replace("#/a/", "");
}

describe("files in and out in Chromium", () => {
  it("exports an assessment from the task list, and importing the file as new gives identical answers; export and import pages pass axe", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/a/examplia-2026"));
    await heading(page);
    await page.locator("#assessment-links").getByRole("link", { name: "Export to a file" }).click();
    await page.waitForURL(/#\/a\/examplia-2026\/export$/);
    expect(await heading(page)).toBe("Export to a file");
    expect(await page.locator(".warning-text").innerText()).toContain("evidence, comments and the names");
    await expectNoAxeViolations(page, "export page");
    const file = await exportWhole(page, "examplia-2026");
    expect(file.name).toMatch(/^republic-of-examplia-2026.*\.json$/);
    const original = byId(await stored(page), "examplia-2026")!;
    const read = readDocumentText(file.text);
    expect(read.ok && read.document.assessment.answers).toEqual(original.answers);

    // A second browser, with nothing saved: "Add as a new assessment".
    const other = await launchBrowser();
    try {
      const page2 = await other.newPage();
      await openImport(page2);
      await expectNoAxeViolations(page2, "import page");
      await upload(page2, { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
      expect(await page2.locator("#import-read").innerText()).toContain("Republic of Examplia");
      await expectNoAxeViolations(page2, "import: what to do");
      const id = await importAsNew(page2, /^Add as a new assessment$/);
      expect(id).toBe("examplia-2026");
      expect(byId(await stored(page2), id)!.answers).toEqual(original.answers);
      await page2.locator("#import-open").click();
      expect(await heading(page2)).toBe("Self-assessment");
    } finally {
      await other.close();
    }

    // Here the id exists: keep both saves a copy under a new id with the same answers.
    await openImport(page);
    await upload(page, { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
    const copy = await importAsNew(page, /^Keep both/);
    expect(copy).not.toBe("examplia-2026");
    expect(byId(await stored(page), copy)!.answers).toEqual(original.answers);
  });

  it("replaces an assessment only after a confirmation page listing what changes", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    const mine = byId(await stored(page), "examplia-2026")!;
    const file = await exportWhole(page, "examplia-2026");
    const doc = JSON.parse(file.text);
    const [first] = Object.keys(doc.assessment.answers);
    delete doc.assessment.answers[first!];
    doc.assessment.title = "Revised review";
    await openImport(page);
    await upload(page, { name: "revised.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
    await page.getByLabel(/^Replace \u2068?Republic of Examplia\u2069? 2026/).check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe("Check what will change");
    const lines = await page.locator("#replace-changes li").allInnerTexts();
    expect(lines.some((l) => l.includes("Title") && l.includes("Revised review"))).toBe(true);
    expect(lines.some((l) => l.includes("1 answer removed"))).toBe(true);
    expect(byId(await stored(page), "examplia-2026")!.answers).toEqual(mine.answers); // nothing saved yet
    await expectNoAxeViolations(page, "replace confirmation");
    await page.getByRole("button", { name: "Replace the assessment" }).click();
    expect(await page.locator("#import-done").innerText()).toBe("The assessment has been replaced by the file.");
    // The last page has a main heading like every other page (issue 17), and passes axe.
    expect(await heading(page)).toBe("Import complete");
    await expectNoAxeViolations(page, "import complete page");
    const after = byId(await stored(page), "examplia-2026")!;
    expect(Object.keys(after.answers)).toHaveLength(Object.keys(mine.answers).length - 1);
    expect(after.answers[first!]).toBeUndefined();
  });

  it("refuses a malformed file naming the field, and an oversize file stating the limit, changing nothing saved", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    const before = await stored(page);
    await openImport(page);
    await upload(page, `${FIXTURES}/malformed/wrong-types.json`);
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.locator("h2").innerText()).toBe("The file cannot be imported. Nothing saved here has changed.");
    const items = await page.locator("#import-problems li").allInnerTexts();
    expect(items.some((i) => i.includes("assessment.year"))).toBe(true);
    expect(items.some((i) => i.includes("evidence"))).toBe(true);
    expect(await page.title()).toMatch(/^Error: Import a file/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    await expectNoAxeViolations(page, "import page with problems");

    for (const name of readdirSync(`${FIXTURES}/malformed`).filter((f) => f !== "unknown-fields.json")) {
      await openImport(page);
      await upload(page, `${FIXTURES}/malformed/${name}`);
      await page.locator("#import-problems li").first().waitFor();
    }
    await openImport(page);
    await upload(page, { name: "big.json", mimeType: "application/json", buffer: Buffer.alloc(MAX_FILE_BYTES + 1, 32) });
    await page.locator(".error-summary").waitFor();
    // Just over the limit, sizes are in bytes: "5.0 MB ... at most 5 MB" read as a contradiction.
    expect(await page.locator(".error-summary li").innerText()).toBe("The selected file is 5,242,881 bytes. It must be at most 5,242,880 bytes.");
    expect(await stored(page)).toEqual(before);
  });

  it("opens every v1 fixture and adds it as new", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const files = readdirSync(`${FIXTURES}/v1`);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const name of files) {
      const doc = readDocumentText(readFileSync(`${FIXTURES}/v1/${name}`, "utf8"));
      if (!doc.ok) throw new Error(name);
      await openImport(page);
      await upload(page, `${FIXTURES}/v1/${name}`);
      await page.locator("#import-read").waitFor();
      await page.getByLabel(/^(Add as a new assessment|Keep both)/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.locator("#import-done").waitFor();
      const id = (await page.locator("#import-open").getAttribute("href"))!.replace("#/a/", "");
      expect(byId(await stored(page), id)!.answers, name).toEqual(doc.document.assessment.answers);
    }
  });

  it("imports hostile text and keeps it inert", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openImport(page);
    await upload(page, `${FIXTURES}/v1/hostile.json`);
    const read = await page.locator("#import-read").innerText();
    expect(read).toContain('<script>alert("x")</script>');
    expect(read).toContain("\u202e");
    await importAsNew(page, /^Add as a new assessment$/);
    expect(await page.locator("#import-open").innerText()).toContain("<script>");
    const saved = byId(await stored(page), "hostile")!;
    expect(saved.answers["inst.body"]!.evidence.length).toBe(100_000);
    expect(await page.evaluate(() => document.querySelectorAll("body script, body img").length)).toBe(0);
    expect(await page.evaluate(() => [...document.querySelectorAll("a")].filter((a) => a.getAttribute("href")?.startsWith("javascript:")).length)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("merges a contributor's section: take theirs and keep mine end up in the stored answers", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    const mine = byId(await stored(page), "examplia-2026")!;
    // The contributor's file: the rights section, with two answers changed.
    const rights = q.indicators.filter((i) => i.dimension === "rights" && mine.answers[i.id]?.choice.kind === "option");
    const [a, b] = rights;
    const other = (id: string) => q.indicators.find((i) => i.id === id)!.options.find((o) => o.id !== mine.answers[id]!.choice.optionId)!.id;
    const file = await exportWhole(page, "examplia-2026");
    const doc = JSON.parse(file.text);
    doc.assessment.answers = Object.fromEntries(Object.entries(doc.assessment.answers).filter(([id]) => rights.some((i) => i.id === id) || q.indicators.find((i) => i.id === id)?.dimension === "rights"));
    doc.assessment.answers[a!.id] = { ...doc.assessment.answers[a!.id], choice: { kind: "option", optionId: other(a!.id) }, evidence: "<script>alert(1)</script> Circular 9", answeredBy: "Contributor" };
    doc.assessment.answers[b!.id] = { ...doc.assessment.answers[b!.id], choice: { kind: "option", optionId: other(b!.id) }, answeredBy: "Contributor" };
    doc.assessment.id = "contribution";
    await openImport(page);
    await upload(page, { name: "contribution.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
    await page.getByLabel("Take some sections into an assessment saved here").check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe("Take sections from the file");
    await page.locator('input[name="target"][value="examplia-2026"]').check();
    await page.locator("#merge-section-rights").check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await heading(page)).toBe("Choose between the answers");
    expect(await page.locator("fieldset").count()).toBe(2);
    expect(await page.locator("fieldset").first().innerText()).toContain("<script>alert(1)</script> Circular 9");
    await expectNoAxeViolations(page, "merge conflicts");
    await page.locator("#merge-c0-2").check(); // take theirs for the first; the second keeps mine
    await page.getByRole("button", { name: "Merge the answers" }).click();
    await page.locator("#import-done").waitFor();
    const after = byId(await stored(page), "examplia-2026")!;
    expect(after.answers[a!.id]!.choice.optionId).toBe(other(a!.id));
    expect(after.answers[a!.id]!.evidence).toBe("<script>alert(1)</script> Circular 9");
    expect(after.answers[b!.id]!.choice.optionId).toBe(mine.answers[b!.id]!.choice.optionId);
    expect(Object.keys(after.answers).sort()).toEqual(Object.keys(mine.answers).sort());
  });

  it("sends no request outside the app's origin over create, answer, results, compare, report and PDF, export and import", async () => {
    browser = await launch({ serviceWorkers: "block" });
    const page = await browser.newPage();
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    await loadExample(page, app);
    await page.goto(app.url("#/new"));
    await page.getByLabel("Country", { exact: true }).fill("Testland");
    await page.getByLabel("Year").fill("2026");
    await page.getByLabel("Both", { exact: true }).check();
    await page.getByLabel("Lead ministry").fill("Ministry of Planning");
    await page.getByRole("button", { name: "Create assessment" }).click();
    await page.waitForURL(/#\/a\/[^/]+$/);
    const id = page.url().split("#/a/")[1]!;
    await heading(page);
    await page.locator(".task-list a").first().click();
    await page.waitForURL(/\/q\//);
    await heading(page);
    await page.locator(".radios-input").first().check();
    const questionHash = new URL(page.url()).hash;
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForFunction((u) => location.hash !== u, questionHash);
    await expect.poll(async () => Object.keys(byId(await stored(page), id)?.answers ?? {}).length, { timeout: 10_000 }).toBe(1);
    await page.goto(app.url(`#/a/${id}/results`));
    expect(await heading(page)).toBe("Results Draft");
    await page.goto(app.url("#/compare?ids=examplia-2024,examplia-2026"));
    await heading(page);
    await page.goto(app.url("#/a/examplia-2026/report"));
    await page.locator("#report-title").waitFor();
    await downloadReport(page);
    const file = await exportWhole(page, id);
    await openImport(page);
    await upload(page, { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
    await importAsNew(page, /^Keep both/);
    const origin = new URL(app.url("")).origin;
    const outside = urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`blob:${origin}/`) && !u.startsWith("data:"));
    expect(urls.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });
});
