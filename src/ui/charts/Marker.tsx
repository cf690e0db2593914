import type { MarkerShape } from "./series";

interface Props {
  shape: MarkerShape;
  x: number;
  y: number;
  colour: string;
  size?: number;
}

/** A data-point marker; its shape tells the series apart without colour. */
export function Marker({ shape, x, y, colour, size = 5 }: Props) {
  const s = size;
  const common = { fill: colour, stroke: "#ffffff", strokeWidth: 1 };
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={s} {...common} />;
    case "square":
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} {...common} />;
    case "triangle":
      return <polygon points={`${x},${y - s * 1.2} ${x + s * 1.1},${y + s * 0.8} ${x - s * 1.1},${y + s * 0.8}`} {...common} />;
    case "triangleDown":
      return <polygon points={`${x},${y + s * 1.2} ${x + s * 1.1},${y - s * 0.8} ${x - s * 1.1},${y - s * 0.8}`} {...common} />;
    case "diamond":
      return <polygon points={`${x},${y - s * 1.3} ${x + s * 1.1},${y} ${x},${y + s * 1.3} ${x - s * 1.1},${y}`} {...common} />;
    case "cross":
      return (
        <path
          d={`M${x - s},${y - s}L${x + s},${y + s}M${x - s},${y + s}L${x + s},${y - s}`}
          stroke={colour}
          strokeWidth={3}
          strokeLinecap="round"
        />
      );
  }
}
