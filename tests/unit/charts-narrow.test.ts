// Charts on phones: a viewBox about as wide as the screen (so 12-14 px text stays 12-14 px
// on a 375 px phone), every label inside it, each bar's label above its bar.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, barLayout } from "../../src/ui/charts/BarChart";
import { TrendChart, trendLayout } from "../../src/ui/charts/TrendChart";

const categories = [
  { id: "low", min: 0, label: "Requires further progress" },
  { id: "part", min: 40, label: "Partially meets" },
  { id: "meets", min: 60, label: "Meets" },
  { id: "full", min: 80, label: "Fully meets" },
];
const bars = [
  { id: "rights", label: "Protecting the rights of migrants and their families", value: 70.6 },
  { id: "costs", label: "Reducing the costs of migration", value: 95 },
  { id: "overall", label: "Overall index", value: 68.1, emphasis: true },
];
const PHONE_BOX = 375 - 2 * 20; // the page's side margins on a phone

function bar(rtl: boolean, narrow: boolean): string {
  return renderToStaticMarkup(createElement(BarChart, { title: "Scores", desc: "d", bars, categories, noScoreLabel: "No score", locale: "en", rtl, narrow }));
}
const numbers = (svg: string, attr: string) => [...svg.matchAll(new RegExp(` ${attr}="(-?[\\d.]+)"`, "g"))].map((m) => Number(m[1]));

describe("bar chart on a phone", () => {
  it("uses a viewBox no wider than the phone's box, so its 12-14 px text is not shrunk below 11.5 px", () => {
    const width = barLayout(true).width;
    expect((12 * PHONE_BOX) / width).toBeGreaterThanOrEqual(11.5);
    expect(bar(false, true)).toContain(`viewBox="0 0 ${width} `);
    expect(bar(false, false)).toContain('viewBox="0 0 660 ');
  });

  it.each([false, true])("keeps every text inside the viewBox and puts each label above its bar (rtl %s)", (rtl) => {
    const svg = bar(rtl, true);
    const width = barLayout(true).width;
    for (const x of numbers(svg, "x")) expect(x >= 0 && x <= width).toBe(true);
    const rects = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    const labels = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*><tspan/g)].map((m) => Number(m[1]));
    expect(rects).toHaveLength(3);
    rects.forEach((y, k) => {
      expect(labels[k]!).toBeLessThan(y);
      if (k > 0) expect(labels[k]!).toBeGreaterThan(rects[k - 1]! + barLayout(true).bar);
    });
    expect(svg).toContain(">Protecting the rights of migrants and</tspan><tspan");
  });
});

describe("trend chart on a phone", () => {
  it("uses a narrow viewBox with every year label inside it", () => {
    const svg = renderToStaticMarkup(createElement(TrendChart, { title: "t", desc: "d", xLabels: ["2022", "2024", "2026"], series: [{ id: "a", label: "A", values: [40, 50, 60] }], locale: "en", narrow: true }));
    const { width } = trendLayout(true);
    expect((12 * PHONE_BOX) / width).toBeGreaterThanOrEqual(11.5);
    expect(svg).toContain(`viewBox="0 0 ${width} `);
    for (const x of numbers(svg, "x")) expect(x >= 0 && x <= width).toBe(true);
    expect(svg).toContain(">2026</text>");
  });
});
