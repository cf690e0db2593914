import { ChartSvg, Lines } from "./ChartSvg";
import { Legend } from "./Legend";
import { Marker } from "./Marker";
import { AXIS_COLOUR, GRID_COLOUR, seriesStyle, TEXT_COLOUR, type SeriesStyle } from "./series";
import { anchorFor, numberFormatter, wrapWords } from "./text";

export interface RadarSeries {
  id: string;
  label: string;
  /** One value per axis, 0-100, null when there is no score. */
  values: (number | null)[];
  style?: SeriesStyle;
}

interface Props {
  title: string;
  desc: string;
  axes: { id: string; label: string }[];
  series: RadarSeries[];
  locale: string;
  rtl?: boolean;
}

const W = 620;
const H = 470;
const CX = W / 2;
const CY = 240;
const R = 160;
const RINGS = [20, 40, 60, 80, 100];

/**
 * Spider chart of the dimension scores (0 at the centre, 100 at the rim), one closed
 * shape per series. A dimension without a score leaves a gap in the shape, never a 0.
 */
export function RadarChart({ title, desc, axes, series, locale, rtl = false }: Props) {
  const n = axes.length;
  const fmt = numberFormatter(locale, 0);
  const angle = (k: number) => -Math.PI / 2 + (2 * Math.PI * k) / n;
  const at = (k: number, value: number) => ({
    x: CX + (R * value * Math.cos(angle(k))) / 100,
    y: CY + (R * value * Math.sin(angle(k))) / 100,
  });
  const styled = series.map((s, k) => ({ ...s, style: s.style ?? seriesStyle(k) }));
  return (
    <figure className="chart-figure">
      <ChartSvg title={title} desc={desc} width={W} height={H} rtl={rtl} className="chart--radar">
        <g fill="none" stroke={GRID_COLOUR} strokeWidth={1}>
          {RINGS.map((ring) => (
            <polygon key={ring} points={axes.map((_, k) => pt(at(k, ring))).join(" ")} />
          ))}
        </g>
        <g stroke={AXIS_COLOUR} strokeWidth={1}>
          {axes.map((axis, k) => {
            const end = at(k, 100);
            return <line key={axis.id} x1={CX} y1={CY} x2={end.x} y2={end.y} />;
          })}
        </g>
        <g fill={AXIS_COLOUR} fontSize={12}>
          {RINGS.map((ring) => (
            <text key={ring} x={CX + 4} y={CY - (R * ring) / 100} textAnchor={anchorFor("left", rtl)} dominantBaseline="middle">
              {fmt(ring)}
            </text>
          ))}
        </g>
        <g fill={TEXT_COLOUR} fontSize={14}>
          {axes.map((axis, k) => {
            const p = at(k, 118);
            const cos = Math.cos(angle(k));
            const side = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "left" : "right";
            const lines = wrapWords(axis.label, 20);
            const y = Math.sin(angle(k)) < -0.9 ? p.y - (lines.length - 1) * 15 : p.y; // top label grows upwards
            return <Lines key={axis.id} lines={lines} x={p.x} y={y} anchor={anchorFor(side, rtl)} />;
          })}
        </g>
        {styled.map((s) => (
          <g key={s.id}>
            {segments(s.values).map((run, r) => {
              const points = run.map((k) => pt(at(k, s.values[k]!)));
              const closed = run.length === n;
              const shape = { points: points.join(" "), stroke: s.style.colour, strokeWidth: 2.5, strokeDasharray: s.style.dash || undefined };
              return closed ? (
                <polygon key={r} {...shape} fill={s.style.colour} fillOpacity={styled.length > 1 ? 0.06 : 0.15} />
              ) : (
                <polyline key={r} {...shape} fill="none" />
              );
            })}
            {s.values.map((v, k) => (v === null ? null : <Marker key={k} shape={s.style.marker} {...at(k, v)} colour={s.style.colour} />))}
          </g>
        ))}
      </ChartSvg>
      {styled.length > 1 && <Legend items={styled.map((s) => ({ id: s.id, label: s.label, style: s.style }))} />}
    </figure>
  );
}

const pt = (p: { x: number; y: number }) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;

/** Runs of consecutive axes with a value; a full run closes the shape, wrapping around. */
function segments(values: (number | null)[]): number[][] {
  if (values.every((v) => v !== null)) return [values.map((_, k) => k)];
  const start = values.findIndex((v) => v === null);
  const runs: number[][] = [];
  let run: number[] = [];
  for (let j = 1; j <= values.length; j++) {
    const k = (start + j) % values.length;
    if (values[k] === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(k);
  }
  if (run.length) runs.push(run);
  return runs;
}
