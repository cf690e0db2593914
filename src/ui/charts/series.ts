// How chart series look. Every colour has at least 4.5:1 contrast on white (WCAG 1.4.11
// asks 3:1 for graphics), and each series also has its own dash pattern and marker
// shape, so the series can be told apart without colour (and in a greyscale print).
export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross" | "triangleDown";

export interface SeriesStyle {
  colour: string;
  dash: string; // stroke-dasharray, "" for a solid line
  marker: MarkerShape;
}

const STYLES: readonly SeriesStyle[] = [
  { colour: "#1d70b8", dash: "", marker: "circle" }, // blue 5.2:1
  { colour: "#d4351c", dash: "8 4", marker: "square" }, // red 4.5:1
  { colour: "#00703c", dash: "2 3", marker: "triangle" }, // green 6.0:1
  { colour: "#4c2c92", dash: "10 3 2 3", marker: "diamond" }, // purple 11:1
  { colour: "#7a4b00", dash: "5 2 1 2 1 2", marker: "cross" }, // brown 7.6:1
  { colour: "#912b88", dash: "14 4", marker: "triangleDown" }, // pink 7.2:1
];

/** The style of the n-th series; styles repeat after six. */
export const seriesStyle = (n: number): SeriesStyle => STYLES[n % STYLES.length]!;

/** The overall index: black, thick, solid, with a square marker, never confused with a dimension. */
export const OVERALL_STYLE: SeriesStyle = { colour: "#0b0c0c", dash: "", marker: "square" };

export const AXIS_COLOUR = "#505a5f"; // 7:1 on white
export const GRID_COLOUR = "#b1b4b6"; // decorative grid, not information on its own
export const TEXT_COLOUR = "#0b0c0c";
