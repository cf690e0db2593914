// The gap report end to end in real Chromium, on the example data (seeds/): the HTML report,
// "Download PDF" (the file read back with pdftotext), drafts, keyboard, Arabic, failure, axe.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readDocumentText } from "../../src/domain/document/read";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { buildReport, TOP_GAPS, type ReportModel } from "../../src/domain/report";
import { pdfText, squash, watermarkPixelsPerPage } from "../unit/report-fixtures";
import { expectNoAxeViolations } from "./support/axe";
import type { Browser } from "./support/browser";
import { useApp } from "./support/session";
import { heading, loadExample, tabTo } from "./support/example";
import { expectedScores, questionnaireOf, seed as seedJson } from "./support/expected";
import { downloadReport } from "./support/reportDownload";

const checked = validateQuestionnaire(JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")));
if (!checked.ok) throw new Error("questionnaires/picmd-national.json does not validate");
const q = checked.questionnaire;
const first = validateQuestionnaire(JSON.parse(readFileSync("questionnaires/picmd-national.v1.json", "utf8")));
if (!first.ok) throw new Error("questionnaires/picmd-national.v1.json does not validate");
const v1 = first.questionnaire; // Examplia 2024 was answered on version 1, and is read with it
function seed(name: string) {
  const r = readDocumentText(readFileSync(`seeds/${name}.json`, "utf8"));
  if (!r.ok) throw new Error(`seeds/${name}.json does not read`);
  return r.document.assessment;
}
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
// What the page should show, from the same domain code (the test pins the headline figures too).
const examplia: ReportModel = buildReport({ questionnaire: q, assessment: seed("examplia-2026"), previous: { questionnaire: v1, assessment: seed("examplia-2024") }, generatedOn: today(), locale: "en" });
const sampleland: ReportModel = buildReport({ questionnaire: q, assessment: seed("sampleland-2026-draft"), generatedOn: today(), locale: "en" });
// The headline figures, worked out again from the seed answers (support/expected.ts), each
// year on its own questionnaire version, rounded as the report prints them.
const [scores2024, scores2026, scoresDraft] = ["examplia-2024", "examplia-2026", "sampleland-2026-draft"].map((n) => expectedScores(questionnaireOf(seedJson(n)), seedJson(n))) as [
  ReturnType<typeof expectedScores>,
  ReturnType<typeof expectedScores>,
  ReturnType<typeof expectedScores>,
];
// Scores to one decimal; the change rounded once, after subtracting (issue 17): 54.1 -> 62.7 is +8.6.
function changeLine(title: string, before: number, after: number): string[] {
  const oneDecimal = (n: number, sign = false) =>
    new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, ...(sign ? { signDisplay: "exceptZero" as const } : {}) }).format(n);
  return [title, oneDecimal(before), oneDecimal(after), oneDecimal(after - before, true)];
}
const dimensionLine = (id: string) => {
  const [b, a] = [scores2024, scores2026].map((s) => s.dimensions.find((d) => d.id === id)!);
  return changeLine(a!.title, b!.score!, a!.score!);
};
const overallLine = changeLine("Overall index", scores2024.overall!, scores2026.overall!);

const { app, launch } = useApp();
let browser: Browser;

async function openReport(page: Page, id: string): Promise<void> {
  await page.goto(app.url(`#/a/${id}`));
  await page.getByRole("link", { name: /^(Gap report|تقرير الفجوات)$/ }).click();
  await page.waitForURL(new RegExp(`#/a/${id}/report$`));
  await page.locator("#report-title").waitFor();
}

/** Cell texts of the table whose caption or label is `name`. */
function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(selector).evaluate((table) =>
    [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())),
  );
}

describe("gap report in Chromium", () => {
  it("opens from the task list with the top priorities and the change since 2024 from the seeds, and passes axe", async () => {
    browser = await launch({ viewport: { width: 1280, height: 900 } });
    const page = await browser.newPage();
    await loadExample(page, app);
    await openReport(page, "examplia-2026");
    expect(await heading(page)).toBe("Policy coherence gap report: Republic of Examplia 2026");
    expect(await page.title()).toBe("Gap report: Republic of Examplia 2026 – Policy coherence self-assessment");
    // In-app navigation puts focus on the report's heading.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("report-title");
    expect(await page.locator(".report-draft").count()).toBe(0);

    // Top priorities: the first five gaps in priority order, with their lead ministries.
    const top = await tableRows(page, "table[aria-labelledby=report-top-gaps]");
    expect(top).toEqual(examplia.gaps.slice(0, TOP_GAPS).map((g) => [String(g.rank), g.question, g.leadMinistry]));
    expect(top[0]).toEqual(["1", "Does the government run a programme that helps nationals who come back from abroad to settle and earn a living?", "Ministry of Labour and Employment"]);
    expect(await page.getByText(`The first 5 of ${examplia.gaps.length} gaps.`).count()).toBe(1);

    // Change since 2024 (examplia-2024 is found as the previous assessment of the same country).
    const change = await tableRows(page, "table:has(caption:text-is('Change since 2024'))");
    // 2024 scored on version 1, 2026 on version 2 (scoring method 2); costs fell in the 2025 fiscal crisis.
    expect(change[0]).toEqual(overallLine);
    expect(change).toContainEqual(dimensionLine("institutional"));
    expect(change).toContainEqual(dimensionLine("costs"));
    expect(Number(dimensionLine("costs")[3])).toBeLessThan(0);
    for (const [, previous, current, delta] of change) for (const n of [previous, current, delta]) expect(n).toMatch(/^([+-]?\d+(\.\d)?|Not comparable|–)$/);
    const c = examplia.summary.change!;
    expect(change).toEqual([c.overall, ...c.dimensions].map((d) => [d.title, d.previousDisplay, d.currentDisplay, d.deltaDisplay]));

    // Every gap with its recommended action.
    for (const g of examplia.gaps) expect(await page.locator(`#gap-${g.rank}`).innerText()).toBe(`Gap ${g.rank}: ${g.question}`);
    await expectNoAxeViolations(page, "gap report");

    const pdf = await downloadReport(page);
    expect(pdf.fileName).toBe(`gap-report-Republic-of-Examplia-2026-${today()}.pdf`);
    await page.getByText(`The PDF has been saved as ${pdf.fileName}.`).waitFor();
    const text = pdfText(pdf.bytes, "examplia");
    const all = squash(text.pages.join(" "));
    expect(text.pages[0]).toContain("Policy coherence gap report");
    expect(text.pages[0]).toContain("Republic of Examplia");
    expect(scores2026.answeredForCoverage).toBe(scores2026.applicable);
    expect(text.pages[0]).toContain(`Final: all ${scores2026.applicable} questions answered`); // follow-ups not asked included
    expect(text.pages[0]).toContain("Scoring method 2");
    expect(all).toContain("Change since 2024");
    expect(all).toMatch(new RegExp(overallLine.map((c) => c.replace("+", "\\+")).join("\\s+")));
    expect(all).not.toContain("DRAFT");
    const raw = squash(text.raw);
    for (const g of examplia.gaps) expect(raw).toContain(squash(g.action));
    expect(watermarkPixelsPerPage(text.path).every((n) => n === 0)).toBe(true);
    console.log(`report e2e: click to download ${Math.round(pdf.ms)} ms, ${text.pages.length} pages, ${pdf.bytes.length} bytes`);
  });

  it("works by keyboard: the link, the button, a busy message that is announced, then the saved file", async () => {
    browser = await launch({ serviceWorkers: "block" }); // page.route() below must see the requests
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.goto(app.url("#/a/examplia-2026"));
    await heading(page);
    await tabTo(page, 'a[href$="/report"]');
    await page.keyboard.press("Enter");
    await page.waitForURL(/#\/a\/examplia-2026\/report$/);
    await expect.poll(() => heading(page)).toMatch(/^Policy coherence gap report/); // the task list stays up while the report code loads
    await tabTo(page, ".report-actions button");
    // Hold the PDF code back a moment so the busy state can be seen.
    await page.route(/\/assets\/pdf-[^/]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const downloading = downloadReport(page, "Enter");
    const status = page.locator(".report-actions [role=status]");
    await expect.poll(() => status.innerText()).toBe("Preparing the PDF. This can take a few seconds.");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    const button = page.locator(".report-actions button");
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true); // focus is kept
    const pdf = await downloading;
    await expect.poll(() => status.innerText()).toBe(`The PDF has been saved as ${pdf.fileName}.`);
    expect(await button.getAttribute("aria-disabled")).toBeNull();
    expect(squash(pdfText(pdf.bytes).pages.join(" "))).toContain("Prioritised gaps");
  });

  it("marks a draft: DRAFT on the page, in the PDF's header and as a watermark on every page; no comparison", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await loadExample(page, app);
    await openReport(page, "sampleland-2026-draft");
    expect(await page.locator(".report-draft").innerText()).toBe("DRAFT");
    // Answered, Don't know and follow-ups not asked, of those that apply.
    const draftStatus = `Draft: ${scoresDraft.answeredForCoverage} of ${scoresDraft.applicable} questions answered`;
    expect(scoresDraft.answeredForCoverage).toBeLessThan(scoresDraft.applicable);
    expect(await page.getByText(draftStatus).count()).toBe(1);
    expect(await page.getByText("No earlier assessment was given for comparison.").count()).toBe(1);
    expect(await tableRows(page, "table[aria-labelledby=report-top-gaps]")).toEqual(sampleland.gaps.slice(0, TOP_GAPS).map((g) => [String(g.rank), g.question, g.leadMinistry]));
    await expectNoAxeViolations(page, "draft gap report");

    const pdf = await downloadReport(page);
    expect(pdf.fileName).toBe(`gap-report-Federation-of-Sampleland-2026-${today()}.pdf`);
    const text = pdfText(pdf.bytes, "sampleland");
    expect(text.pages[0]).toContain(draftStatus);
    for (const p of text.pages.slice(1)) expect(p).toContain("DRAFT");
    const pale = watermarkPixelsPerPage(text.path);
    expect(pale.length).toBe(text.pages.length);
    expect(pale.every((n) => n > 50)).toBe(true);
  });

  it("in Arabic: the report page and its PDF are in Arabic, right to left, on a phone", async () => {
    browser = await launch({ viewport: { width: 375, height: 800 } });
    const page = await browser.newPage();
    await loadExample(page, app);
    await page.getByRole("button", { name: "العربية" }).click();
    await openReport(page, "examplia-2026");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    expect(await page.locator(".report").evaluate((e) => [e.getAttribute("lang"), e.getAttribute("dir")])).toEqual(["ar", "rtl"]);
    expect(await page.locator("#report-title").innerText()).toContain("تقرير فجوات اتساق السياسات");
    expect(await page.locator(".report-notes").count()).toBe(0); // no "this is in English" note any more
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await expectNoAxeViolations(page, "gap report in Arabic");
    const pdf = await downloadReport(page);
    const text = pdfText(pdf.bytes, "arabic");
    const plain = (s: string) => squash(s.normalize("NFKC").replace(/[\u202A-\u202E]/g, ""));
    for (const word of ["تقرير", "فجوات", "اتساق", "السياسات"]) expect(plain(text.pages[0]!)).toContain(word);
    expect(plain(text.raw)).toContain("2024");
    expect(execFileSync("pdffonts", [text.path]).toString()).toMatch(/^NotoSansArabic/m);
    await page.getByText(`حُفظ ملف PDF باسم ${pdf.fileName}.`).waitFor();
  });

  it("draws Arabic typed by a user (country, lead ministry) in the PDF, loading Noto Sans Arabic only then", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on("request", (r) => fonts.push(r.url()));
    await page.goto(app.url("#/new"));
    await page.getByLabel("Country", { exact: true }).fill("جمهورية المثال");
    await page.getByLabel("Year").fill("2026");
    await page.getByLabel("Both", { exact: true }).check();
    await page.getByLabel("Lead ministry").fill("وزارة التخطيط");
    await page.getByRole("button", { name: "Create assessment" }).click();
    await page.waitForURL(/#\/a\/[^/]+$/);
    await page.goto(`${page.url()}/report`);
    await page.locator("#report-title").waitFor();
    const pdf = await downloadReport(page);
    expect(fonts.some((u) => /\/assets\/arabicFonts-[^/]+\.js$/.test(u))).toBe(true);
    const text = pdfText(pdf.bytes, "arabic-typed");
    // pdftotext gives the joined letters as presentation forms (NFKC undoes them) and lists words as drawn, right to left.
    const plain = (s: string) => squash(s.normalize("NFKC").replace(/[\u202A-\u202E]/g, ""));
    expect(plain(text.pages[0]!)).toContain("Policy coherence gap report");
    const raw = plain(text.raw);
    expect(raw).toContain("Country المثال جمهورية");
    expect(raw).toContain("Lead ministry التخطيط وزارة");
    expect(execFileSync("pdffonts", [text.path]).toString()).toMatch(/^NotoSansArabic\s+CID TrueType\s+Identity-H\s+yes/m);

    // The example's English-only reports do not fetch the Arabic font.
    fonts.length = 0;
    await loadExample(page, app);
    await openReport(page, "examplia-2026");
    await downloadReport(page);
    expect(fonts.filter((u) => u.includes("arabicFonts"))).toEqual([]);
  });

  it("says plainly when the PDF cannot be made, and what to do instead", async () => {
    browser = await launch({ serviceWorkers: "block" }); // page.route() below must see the requests
    const page = await browser.newPage();
    await loadExample(page, app);
    await openReport(page, "examplia-2026");
    await page.route(/\/assets\/pdf-[^/]+\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: 'throw new Error("Simulated failure");' }));
    await page.getByRole("button", { name: "Download PDF" }).click();
    const status = page.locator(".report-actions [role=status]");
    await expect.poll(() => status.innerText()).toContain("The PDF could not be made.");
    expect(await status.innerText()).toContain("use your browser's Print command on this page");
    expect(await status.innerText()).toContain("Technical detail: Simulated failure");
    await expectNoAxeViolations(page, "gap report with a failed download");
  });

  it("shows 'Assessment not found' for an id that is not saved", async () => {
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(app.url("#/a/no-such-id/report"));
    expect(await heading(page)).toBe("Assessment not found");
    await expectNoAxeViolations(page, "report of a missing assessment");
  });
});

