// Charts rendered to static markup: the text alternative, the numbers and the series.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "../../../src/ui/charts/BarChart";
import { RadarChart } from "../../../src/ui/charts/RadarChart";
import { TrendChart } from "../../../src/ui/charts/TrendChart";
import { anchorFor, wrapWords } from "../../../src/ui/charts/text";

const axes = ["A", "B", "C", "D", "E"].map((l) => ({ id: l.toLowerCase(), label: `Dimension ${l}` }));
const categories = [
  { id: "low", min: 0, label: "Requires further progress" },
  { id: "part", min: 40, label: "Partially meets" },
  { id: "meets", min: 60, label: "Meets" },
  { id: "full", min: 80, label: "Fully meets" },
];

/** The text of the <title> and <desc> that aria-labelledby points at (checks the ids exist). */
function labelledBy(html: string) {
  const ids = /aria-labelledby="([^"]+)"/.exec(html)![1]!.split(" ");
  const title = new RegExp(`<title id="${ids[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}">([^<]*)</title>`).exec(html);
  const desc = new RegExp(`<desc id="${ids[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}">([^<]*)</desc>`).exec(html);
  return { title: title?.[1], desc: desc?.[1] };
}

describe("BarChart", () => {
  const html = renderToStaticMarkup(
    h(BarChart, {
      title: "Scores by dimension",
      desc: "A 72.5, B no score",
      bars: [
        { id: "a", label: "Dimension A", value: 72.5 },
        { id: "b", label: "Dimension B", value: null },
        { id: "o", label: "Overall", value: 36.25, emphasis: true },
      ],
      categories,
      noScoreLabel: "No score",
      locale: "en",
    }),
  );

  it("is one image named by its title and described by its desc", () => {
    expect(html).toContain('role="img"');
    expect(labelledBy(html)).toEqual({ title: "Scores by dimension", desc: "A 72.5, B no score" });
  });

  it("shows the values, a no-score label instead of a zero bar, and the thresholds", () => {
    expect(html).toContain(">72.5<");
    expect(html).toContain(">36.3<"); // display rounding to one decimal
    expect(html).toContain("No score");
    expect(html.match(/<rect /g)!.length).toBe(2); // no bar for the missing score
    for (const t of ["40", "60", "80"]) expect(html).toContain(`>${t}</text>`);
    expect(html).toContain("Partially");
    expect(html).toContain("#0b0c0c"); // the overall bar is black
  });

  it("mirrors in right-to-left layouts", () => {
    const ltr = renderToStaticMarkup(h(BarChart, { title: "t", desc: "d", bars: [{ id: "a", label: "A", value: 50 }], categories, noScoreLabel: "-", locale: "en" }));
    const rtl = renderToStaticMarkup(h(BarChart, { title: "t", desc: "d", bars: [{ id: "a", label: "A", value: 50 }], categories, noScoreLabel: "-", locale: "ar", rtl: true }));
    const rectX = (s: string) => Number(/<rect x="([\d.]+)"/.exec(s)![1]);
    expect(rectX(ltr)).toBe(220); // bars start after the label column
    expect(rectX(rtl)).toBeLessThan(660 - 220); // and end at the mirrored axis
    expect(rtl).toContain('direction="rtl"');
  });
});

describe("RadarChart", () => {
  it("draws one closed shape per complete series, a legend when there are several, and gaps for no score", () => {
    const html = renderToStaticMarkup(
      h(RadarChart, {
        title: "Radar",
        desc: "Five axes",
        axes,
        series: [
          { id: "2022", label: "2022", values: [10, 20, 30, 40, 50] },
          { id: "2024", label: "2024", values: [60, null, 70, 80, 90] },
        ],
        locale: "en",
      }),
    );
    expect(labelledBy(html)).toEqual({ title: "Radar", desc: "Five axes" });
    for (const a of axes) expect(html).toContain(a.label);
    // 5 rings + 1 closed series polygon (+ marker triangles/diamonds are polygons too: none for circle/square)
    expect(html.match(/fill-opacity/g)!.length).toBe(1);
    expect(html).toContain("<polyline"); // the second series is open where B has no score
    expect(html).toContain('class="chart-legend"');
    expect(html).toContain('stroke-dasharray="8 4"'); // second series dashed, not only another colour
  });
});

describe("TrendChart", () => {
  const html = renderToStaticMarkup(
    h(TrendChart, {
      title: "Trend",
      desc: "Over the years",
      xLabels: ["2022", "2024", "2026"],
      series: [
        { id: "a", label: "Dimension A", values: [20, null, 60] },
        { id: "overall", label: "Overall index", values: [40, 50, 70], emphasis: true },
      ],
      locale: "en",
    }),
  );

  it("labels the years and every series in the key", () => {
    expect(labelledBy(html)).toEqual({ title: "Trend", desc: "Over the years" });
    for (const y of ["2022", "2024", "2026"]) expect(html).toContain(`>${y}</text>`);
    expect(html).toContain("<bdi>Dimension A</bdi>");
    expect(html).toContain("<bdi>Overall index</bdi>");
  });

  it("breaks a line where a year has no score instead of drawing it at 0", () => {
    const lines = [...html.matchAll(/<polyline points="([^"]+)"[^>]*stroke="([^"]+)"/g)].map((m) => ({ points: m[1]!.split(" ").length, colour: m[2] }));
    // Dimension A: two runs of one point each are not drawn as lines of 2+ points; overall: one line through 3.
    expect(lines.filter((l) => l.colour === "#0b0c0c")).toEqual([{ points: 3, colour: "#0b0c0c" }]);
    expect(lines.filter((l) => l.colour === "#1d70b8").every((l) => l.points === 1)).toBe(true);
    // y = 0 would sit on the axis at 316; no point of A is there.
    expect(html).not.toMatch(/,316\.0/);
  });
});

describe("chart text helpers", () => {
  it("turns a physical side into the SVG anchor for the direction", () => {
    expect(anchorFor("left", false)).toBe("start");
    expect(anchorFor("left", true)).toBe("end");
    expect(anchorFor("right", true)).toBe("start");
    expect(anchorFor("middle", true)).toBe("middle");
  });

  it("wraps labels at spaces and shortens beyond the line limit", () => {
    expect(wrapWords("Protect the rights of migrants and their families", 20)).toEqual(["Protect the rights", "of migrants and", "their families"]);
    expect(wrapWords("one two three four five six", 7, 2)).toEqual(["one two", "three…"]);
  });
});
