import { ChartSvg, Lines } from "./ChartSvg";
import { AXIS_COLOUR, GRID_COLOUR, OVERALL_STYLE, seriesStyle, TEXT_COLOUR } from "./series";
import { anchorFor, numberFormatter, wrapWords } from "./text";
import { useNarrow } from "./useNarrow";

export interface Bar {
  id: string;
  label: string;
  /** 0-100, null when there is no score. */
  value: number | null;
  /** Drawn in black (the overall index). */
  emphasis?: boolean;
}

interface Props {
  title: string;
  desc: string;
  bars: Bar[];
  /** Category thresholds, lowest first: a line is drawn at each min above 0, the band named below. */
  categories: { id: string; min: number; label: string }[];
  noScoreLabel: string;
  locale: string;
  rtl?: boolean;
  /** Forces a layout; by default narrow on phones. */
  narrow?: boolean;
}

export interface BarLayout {
  width: number;
  /** Right edge of the labels beside the bars; 0 when labels sit above their bar. */
  labelWidth: number;
  plotStart: number;
  plotEnd: number;
  top: number;
  row: number;
  bar: number;
  /** Characters per label line. */
  labelChars: number;
}

/** Wide: labels beside the bars. Narrow (phones): a viewBox about as wide as the screen, each label above its bar. */
export function barLayout(narrow: boolean): BarLayout {
  return narrow
    ? { width: 340, labelWidth: 0, plotStart: 4, plotEnd: 300, top: 34, row: 66, bar: 22, labelChars: 40 }
    : { width: 660, labelWidth: 210, plotStart: 220, plotEnd: 610, top: 34, row: 46, bar: 26, labelChars: 28 };
}

/**
 * Horizontal bars of the dimension scores on a 0-100 scale, with a dashed line at each
 * category threshold and the category names under the axis. Mirrored in right-to-left
 * layouts (labels on the right, bars growing leftwards).
 */
export function BarChart({ title, desc, bars, categories, noScoreLabel, locale, rtl = false, narrow }: Props) {
  const phone = useNarrow();
  const { width: W, labelWidth, plotStart: PLOT_START, plotEnd: PLOT_END, top: TOP, row: ROW, bar: BAR, labelChars } = barLayout(narrow ?? phone);
  const fmt = numberFormatter(locale, 1);
  const tick = numberFormatter(locale, 0);
  const X = (x: number) => (rtl ? W - x : x);
  const scale = (v: number) => PLOT_START + ((PLOT_END - PLOT_START) * v) / 100;
  const bottom = TOP + bars.length * ROW;
  const sorted = [...categories].sort((a, b) => a.min - b.min);
  const height = bottom + 80;
  return (
    <figure className="chart-figure">
      <ChartSvg title={title} desc={desc} width={W} height={height} rtl={rtl} className="chart--bar">
        <line x1={X(scale(0))} y1={TOP - 8} x2={X(scale(0))} y2={bottom} stroke={AXIS_COLOUR} />
        <line x1={X(scale(0))} y1={bottom} x2={X(scale(100))} y2={bottom} stroke={AXIS_COLOUR} />
        <line x1={X(scale(100))} y1={TOP - 8} x2={X(scale(100))} y2={bottom} stroke={GRID_COLOUR} />
        {/* The category lines first, so bars and figures are drawn over them. Where labels sit
            above their bars (phones) the lines run only beside the bars, never through a label. */}
        <g stroke={AXIS_COLOUR} strokeWidth={1.5} strokeDasharray="5 4">
          {sorted.filter((c) => c.min > 0 && c.min < 100).flatMap((c) =>
            labelWidth
              ? [<line key={c.id} x1={X(scale(c.min))} y1={TOP - 8} x2={X(scale(c.min))} y2={bottom} />]
              : bars.map((bar, k) => {
                  const y = TOP + k * ROW + ROW - BAR - 6;
                  return <line key={`${c.id}-${bar.id}`} x1={X(scale(c.min))} y1={y - 3} x2={X(scale(c.min))} y2={y + BAR + 3} />;
                }),
          )}
        </g>
        {bars.map((bar, k) => {
          const y = TOP + k * ROW + (labelWidth ? (ROW - BAR) / 2 : ROW - BAR - 6);
          const colour = bar.emphasis ? OVERALL_STYLE.colour : seriesStyle(0).colour;
          const lines = wrapWords(bar.label, labelChars, 2);
          const strong = bar.emphasis ? "chart__label--strong" : undefined;
          const label = labelWidth ? (
            <Lines lines={lines} x={X(labelWidth)} y={y + BAR / 2} anchor={anchorFor("right", false)} middle className={strong} />
          ) : (
            <Lines lines={lines} x={X(PLOT_START)} y={y - 8 - (lines.length - 1) * 15} anchor={anchorFor("left", false)} className={strong} />
          );
          if (bar.value === null) {
            return (
              <g key={bar.id} fill={TEXT_COLOUR} fontSize={14}>
                {label}
                <text x={X(scale(0) + 8)} y={y + BAR / 2} textAnchor={anchorFor("left", false)} dominantBaseline="middle" fontStyle="italic">
                  {noScoreLabel}
                </text>
              </g>
            );
          }
          const end = scale(bar.value);
          const inside = bar.value > 85;
          return (
            <g key={bar.id} fill={TEXT_COLOUR} fontSize={14}>
              {label}
              <rect x={Math.min(X(scale(0)), X(end))} y={y} width={Math.max(end - scale(0), 1)} height={BAR} fill={colour} />
              <text
                x={X(inside ? end - 6 : end + 6)}
                y={y + BAR / 2}
                textAnchor={anchorFor(inside ? "right" : "left", false)}
                dominantBaseline="middle"
                fill={inside ? "#ffffff" : TEXT_COLOUR}
                fontWeight="bold"
                className={inside ? undefined : "chart-halo"}
              >
                {fmt(bar.value)}
              </text>
            </g>
          );
        })}
        <g fill={AXIS_COLOUR} fontSize={12}>
          {[0, ...sorted.map((c) => c.min).filter((m) => m > 0 && m < 100), 100].map((v) => (
            <text key={v} x={X(scale(v))} y={bottom + 16} textAnchor="middle" dominantBaseline="middle">
              {tick(v)}
            </text>
          ))}
        </g>
        <g fill={TEXT_COLOUR} fontSize={12}>
          {sorted.map((c, k) => {
            const to = sorted[k + 1]?.min ?? 100;
            const widthChars = Math.max(6, Math.floor(((scale(to) - scale(c.min)) - 6) / 6.5));
            return <Lines key={c.id} lines={wrapWords(c.label, widthChars, 3)} x={X(scale((c.min + to) / 2))} y={bottom + 38} anchor="middle" lineHeight={14} />;
          })}
        </g>
      </ChartSvg>
    </figure>
  );
}
