import { ChartSvg } from "./ChartSvg";
import { Legend } from "./Legend";
import { Marker } from "./Marker";
import { AXIS_COLOUR, GRID_COLOUR, OVERALL_STYLE, seriesStyle, type SeriesStyle } from "./series";
import { anchorFor, numberFormatter } from "./text";
import { useNarrow } from "./useNarrow";

export interface TrendSeries {
  id: string;
  label: string;
  /** One value per x label, 0-100, null when there is no score that year. */
  values: (number | null)[];
  /** Drawn as the overall index (black, thick). */
  emphasis?: boolean;
}

interface Props {
  title: string;
  desc: string;
  /** The x axis, in time order (years). */
  xLabels: string[];
  series: TrendSeries[];
  locale: string;
  rtl?: boolean;
  /** Forces a layout; by default narrow on phones. */
  narrow?: boolean;
}

/** Wide, or (phones) a viewBox about as wide as the screen so its text stays readable. */
export function trendLayout(narrow: boolean): { width: number; height: number; left: number; right: number; top: number; bottom: number } {
  return narrow
    ? { width: 340, height: 280, left: 40, right: 325, top: 16, bottom: 240 }
    : { width: 660, height: 360, left: 56, right: 620, top: 20, bottom: 316 };
}

const TICKS = [0, 20, 40, 60, 80, 100];

/**
 * Scores over the years: one line per dimension plus the overall index. Years are
 * evenly spaced in time order (left to right; right to left in RTL layouts). A year
 * without a score breaks the line instead of dropping it to 0.
 */
export function TrendChart({ title, desc, xLabels, series, locale, rtl = false, narrow }: Props) {
  const phone = useNarrow();
  const { width: W, height: H, left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM } = trendLayout(narrow ?? phone);
  const fmt = numberFormatter(locale, 0);
  const X = (x: number) => (rtl ? W - x : x);
  const xAt = (k: number) => X(xLabels.length === 1 ? (LEFT + RIGHT) / 2 : LEFT + 20 + ((RIGHT - LEFT - 40) * k) / (xLabels.length - 1));
  const yAt = (v: number) => BOTTOM - ((BOTTOM - TOP) * v) / 100;
  let dimension = 0;
  const styled = series.map((s) => ({ ...s, style: s.emphasis ? OVERALL_STYLE : seriesStyle(dimension++) as SeriesStyle }));
  return (
    <figure className="chart-figure">
      <ChartSvg title={title} desc={desc} width={W} height={H} rtl={rtl} className="chart--trend">
        <g stroke={GRID_COLOUR} strokeWidth={1}>
          {TICKS.map((t) => (
            <line key={t} x1={X(LEFT)} x2={X(RIGHT)} y1={yAt(t)} y2={yAt(t)} />
          ))}
        </g>
        <line x1={X(LEFT)} x2={X(LEFT)} y1={TOP} y2={BOTTOM} stroke={AXIS_COLOUR} />
        <line x1={X(LEFT)} x2={X(RIGHT)} y1={BOTTOM} y2={BOTTOM} stroke={AXIS_COLOUR} />
        <g fill={AXIS_COLOUR} fontSize={12}>
          {TICKS.map((t) => (
            <text key={t} x={X(LEFT - 8)} y={yAt(t)} textAnchor={anchorFor("right", false)} dominantBaseline="middle">
              {fmt(t)}
            </text>
          ))}
        </g>
        <g fill="#0b0c0c" fontSize={14}>
          {xLabels.map((label, k) => (
            <text key={k} x={xAt(k)} y={BOTTOM + 22} textAnchor="middle" dominantBaseline="middle">
              {label}
            </text>
          ))}
        </g>
        {styled.map((s) => (
          <g key={s.id}>
            {runs(s.values).map((run, r) => (
              <polyline
                key={r}
                points={run.map((k) => `${xAt(k).toFixed(1)},${yAt(s.values[k]!).toFixed(1)}`).join(" ")}
                fill="none"
                stroke={s.style.colour}
                strokeWidth={s.emphasis ? 4 : 2.5}
                strokeDasharray={s.style.dash || undefined}
              />
            ))}
            {s.values.map((v, k) =>
              v === null ? null : <Marker key={k} shape={s.style.marker} x={xAt(k)} y={yAt(v)} colour={s.style.colour} size={s.emphasis ? 6 : 5} />,
            )}
          </g>
        ))}
      </ChartSvg>
      <Legend items={styled.map((s) => ({ id: s.id, label: s.label, style: s.style }))} />
    </figure>
  );
}

/** Runs of consecutive indexes with a value. */
function runs(values: (number | null)[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  values.forEach((v, k) => {
    if (v === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(k);
  });
  if (run.length) out.push(run);
  return out;
}
