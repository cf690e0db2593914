// Scores as vector drawings: horizontal bars (any number of dimensions, with the
// previous year's score as a marker) and a radar when there are three or more.
import type { ScoreLine } from "../../../domain/report";
import { COLOUR, CONTENT_WIDTH, PAGE, ensureSpace, lineHeight, mx, setText, wrap, write, type Ctx } from "./layout";

const LABEL_WIDTH = 52;
const BAR_HEIGHT = 6;
const ROW_GAP = 4;

export function drawBars(ctx: Ctx, lines: ScoreLine[], previous: Map<string, number | null>): void {
  const { doc } = ctx;
  const x0 = PAGE.left + LABEL_WIDTH + 4;
  const width = CONTENT_WIDTH - LABEL_WIDTH - 14;
  const height = lines.length * (BAR_HEIGHT + ROW_GAP) + 10;
  ensureSpace(ctx, height);
  const top = ctx.y;
  // Grid and scale.
  setText(doc, 7.5, "normal", COLOUR.muted);
  doc.setLineWidth(0.15);
  for (let v = 0; v <= 100; v += 20) {
    const x = x0 + (width * v) / 100;
    doc.setDrawColor(...COLOUR.rule);
    doc.line(mx(ctx, x), top, mx(ctx, x), top + lines.length * (BAR_HEIGHT + ROW_GAP));
    write(ctx, String(v), x, top + lines.length * (BAR_HEIGHT + ROW_GAP) + 1.5, { align: "center", baseline: "top" });
  }
  lines.forEach((line, n) => {
    const y = top + n * (BAR_HEIGHT + ROW_GAP) + ROW_GAP / 2;
    setText(doc, 9);
    const label = wrap(ctx, line.title, LABEL_WIDTH);
    write(ctx, label.slice(0, 2), PAGE.left, y + BAR_HEIGHT / 2 - (Math.min(label.length, 2) - 1) * lineHeight(9) / 2, { baseline: "middle", lineHeightFactor: 1.35 });
    if (line.score !== null) {
      doc.setFillColor(...COLOUR.blue);
      const w = Math.max(0.4, (width * line.score) / 100);
      doc.rect(mx(ctx, x0, w), y, w, BAR_HEIGHT, "F");
    }
    const before = previous.get(line.dimensionId);
    // The value sits right of the bar and of the previous-year marker, so the two never overlap.
    setText(doc, 9, "bold");
    write(ctx, line.display, x0 + (width * Math.max(line.score ?? 0, before ?? 0)) / 100 + 2, y + BAR_HEIGHT / 2, { baseline: "middle" });
    if (before !== undefined && before !== null) {
      const x = mx(ctx, x0 + (width * before) / 100);
      doc.setDrawColor(...COLOUR.text);
      doc.setLineWidth(0.8);
      doc.line(x, y - 1, x, y + BAR_HEIGHT + 1);
    }
  });
  ctx.y = top + height;
}

export function drawRadar(ctx: Ctx, lines: ScoreLine[]): void {
  if (lines.length < 3) return;
  const { doc } = ctx;
  const radius = 32;
  const height = radius * 2 + 24;
  ensureSpace(ctx, height);
  const cx = PAGE.left + CONTENT_WIDTH / 2;
  const cy = ctx.y + 12 + radius;
  const angle = (n: number) => -Math.PI / 2 + (2 * Math.PI * n) / lines.length;
  // Laid out left to right; mx() mirrors each point in a right-to-left report.
  const point = (n: number, value: number): [number, number] => [
    mx(ctx, cx + Math.cos(angle(n)) * radius * (value / 100)),
    cy + Math.sin(angle(n)) * radius * (value / 100),
  ];
  const polygon = (pts: [number, number][], style: "S" | "F" | "FD") => {
    const [first, ...rest] = pts;
    if (!first) return;
    let [px, py] = first;
    const deltas = rest.map(([x, y]) => {
      const d: [number, number] = [x - px, y - py];
      [px, py] = [x, y];
      return d;
    });
    doc.lines(deltas, first[0], first[1], [1, 1], style, true);
  };
  doc.setLineWidth(0.15);
  doc.setDrawColor(...COLOUR.rule);
  for (let v = 20; v <= 100; v += 20) polygon(lines.map((_, n) => point(n, v)), "S");
  lines.forEach((line, n) => {
    const [x, y] = point(n, 100);
    doc.line(cx, cy, x, y);
    const [lx, ly] = point(n, 118);
    const cos = Math.cos(angle(n));
    setText(doc, 8.5);
    const label = wrap(ctx, `${line.title} (${line.display})`, 48);
    write(ctx, label, mx(ctx, lx), ly, {
      align: Math.abs(cos) < 0.2 ? "center" : cos > 0 ? "left" : "right",
      baseline: "middle",
      lineHeightFactor: 1.3,
    });
  });
  doc.setDrawColor(...COLOUR.blue);
  doc.setFillColor(...COLOUR.lightBlue);
  doc.setLineWidth(0.6);
  polygon(lines.map((l, n) => point(n, l.score ?? 0)), "FD");
  ctx.y = cy + radius + 12;
}
