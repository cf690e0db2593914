import { Marker } from "./Marker";
import type { SeriesStyle } from "./series";

export interface LegendItem {
  id: string;
  label: string;
  style: SeriesStyle;
}

/**
 * The key of a multi-series chart, as HTML so that it wraps and reads in any direction.
 * The chart itself is one image for assistive technology; the key repeats its series
 * names for sighted users, each with its line pattern and marker.
 */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.id} className="chart-legend__item">
          <svg width="36" height="14" viewBox="0 0 36 14" focusable="false">
            <line x1="2" y1="7" x2="34" y2="7" stroke={item.style.colour} strokeWidth="3" strokeDasharray={item.style.dash || undefined} />
            <Marker shape={item.style.marker} x={18} y={7} colour={item.style.colour} size={4} />
          </svg>
          <bdi>{item.label}</bdi>
        </li>
      ))}
    </ul>
  );
}
