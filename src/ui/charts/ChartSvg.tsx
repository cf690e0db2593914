import { useId, type ReactNode } from "react";

interface Props {
  title: string;
  desc: string;
  width: number;
  height: number;
  rtl: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * The outer <svg> of every chart: one image to assistive technology, named by its
 * <title> and described by its <desc>. The numbers themselves are in a table next to the
 * chart (the page renders it), so nothing is only in the picture.
 */
export function ChartSvg({ title, desc, width, height, rtl, className, children }: Props) {
  const id = useId();
  return (
    <svg
      className={`chart${className ? ` ${className}` : ""}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      direction={rtl ? "rtl" : "ltr"}
      focusable="false"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}

/** Multi-line SVG text: one <tspan> per line, the block centred on y when middle is set. */
export function Lines({ lines, x, y, anchor, lineHeight = 15, middle = false, className }: {
  lines: string[];
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  lineHeight?: number;
  middle?: boolean;
  className?: string;
}) {
  const top = middle ? y - ((lines.length - 1) * lineHeight) / 2 : y;
  return (
    <text x={x} y={top} textAnchor={anchor} className={className} dominantBaseline="middle">
      {lines.map((line, k) => (
        <tspan key={k} x={x} y={top + k * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
