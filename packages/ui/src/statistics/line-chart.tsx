import { useId } from "react";

export interface LineSeries {
  key: string;
  label: string;
  colour: string;
  /** One value per x label; null where the value is hidden or not measurable (a gap). */
  values: (number | null)[];
  dashed?: boolean;
}

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 56;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 40;

/**
 * A plain SVG line chart, one line per series side by side (gender lines are
 * never stacked). Hidden values leave gaps. The numbers are in a table the
 * caller puts beside it.
 */
export function LineChart({
  title,
  xLabels,
  series,
  format,
  max,
  target,
  targetLabel,
}: {
  title: string;
  xLabels: readonly string[];
  series: readonly LineSeries[];
  format: (value: number) => string;
  max?: number;
  target?: number | null;
  targetLabel?: string;
}) {
  const titleId = useId();
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = Math.max(max ?? 0, target ?? 0, ...all, 1e-9);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (i: number) =>
    LEFT + (xLabels.length <= 1 ? plotW / 2 : (i / (xLabels.length - 1)) * plotW);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const every = Math.max(1, Math.ceil(xLabels.length / 8));
  const path = (values: (number | null)[]) => {
    let d = "";
    let pen = false;
    values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
      pen = true;
    });
    return d.trim();
  };
  return (
    <figure className="bar-chart" style={{ maxWidth: `${WIDTH}px` }}>
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={titleId}>
        <title>{title}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(v)}
              y2={y(v)}
              stroke="#b1b4b6"
              strokeWidth="1"
            />
            <text x={LEFT - 6} y={y(v) + 4} fontSize="12" textAnchor="end" fill="var(--color-text)">
              {format(v)}
            </text>
          </g>
        ))}
        {xLabels.map((label, i) =>
          // Evenly spaced counting back from the latest label, so the last two never overlap.
          (xLabels.length - 1 - i) % every === 0 ? (
            <text
              key={label}
              x={x(i)}
              y={HEIGHT - BOTTOM + 18}
              fontSize="12"
              textAnchor="middle"
              fill="var(--color-text)"
            >
              {label}
            </text>
          ) : null,
        )}
        {target !== null && target !== undefined ? (
          <line
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(target)}
            y2={y(target)}
            stroke="var(--chart-target)"
            strokeWidth="2"
            strokeDasharray="6 4"
          />
        ) : null}
        {series.map((s) => (
          <g key={s.key}>
            <path
              d={path(s.values)}
              fill="none"
              stroke={s.colour}
              strokeWidth="3"
              strokeDasharray={s.dashed ? "8 4" : undefined}
            />
            {s.values.map((v, i) =>
              v === null ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: points are positional
                <circle key={i} cx={x(i)} cy={y(v)} r="3" fill={s.colour} />
              ),
            )}
          </g>
        ))}
      </svg>
      <ul className="bar-chart__legend">
        {series.map((s) => (
          <li key={s.key}>
            <span
              className="bar-chart__swatch"
              style={{ background: s.colour }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
        {target !== null && target !== undefined && targetLabel ? (
          <li>
            <span
              className="bar-chart__swatch"
              style={{ background: "none", borderStyle: "dashed", borderWidth: "0 0 0 3px" }}
              aria-hidden="true"
            />
            {targetLabel}
          </li>
        ) : null}
      </ul>
    </figure>
  );
}
