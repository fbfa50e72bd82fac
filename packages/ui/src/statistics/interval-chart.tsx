import { useId } from "react";
import { formatPercent } from "../format/format";

export interface IntervalRow {
  key: string;
  label: string;
  rate: number | null;
  lower: number | null;
  upper: number | null;
  /** Written instead of the dot when the rate is missing (e.g. "No participants"); default hiddenLabel. */
  note?: string;
}

const WIDTH = 720;
const LABEL = 260;
const ROW = 30;

/** Rates as dots with their 95 % interval as a line, on a 0–100 % axis; hidden rates are left out. */
export function IntervalChart({
  title,
  rows,
  target,
  targetLabel,
  hiddenLabel,
}: {
  title: string;
  rows: readonly IntervalRow[];
  target?: number | null;
  /** Explains the dashed target line in a legend under the chart. */
  targetLabel?: string;
  hiddenLabel: string;
}) {
  const titleId = useId();
  const plot = WIDTH - LABEL - 20;
  const x = (v: number) => LABEL + v * plot;
  const height = 30 + rows.length * ROW;
  return (
    <figure className="bar-chart" style={{ maxWidth: `${WIDTH}px` }}>
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={titleId}>
        <title>{title}</title>
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={18} y2={height} stroke="#b1b4b6" />
            <text x={x(v)} y={12} fontSize="11" textAnchor="middle" fill="var(--color-text)">
              {formatPercent(v)}
            </text>
          </g>
        ))}
        {target !== null && target !== undefined ? (
          <line
            x1={x(target)}
            x2={x(target)}
            y1={18}
            y2={height}
            stroke="var(--chart-target)"
            strokeWidth="2"
            strokeDasharray="5 3"
          />
        ) : null}
        {rows.map((r, i) => {
          const y = 30 + i * ROW + ROW / 2 - 4;
          return (
            <g key={r.key}>
              <text x={0} y={y + 4} fontSize="12" fill="var(--color-text)">
                {r.label}
              </text>
              {r.rate === null || r.lower === null || r.upper === null ? (
                <text x={LABEL} y={y + 4} fontSize="12" fill="var(--color-text)">
                  {r.note ?? hiddenLabel}
                </text>
              ) : (
                <>
                  <line
                    x1={x(r.lower)}
                    x2={x(r.upper)}
                    y1={y}
                    y2={y}
                    stroke="var(--color-text)"
                    strokeWidth="2"
                  />
                  <circle cx={x(r.rate)} cy={y} r="5" fill="var(--color-primary)" />
                </>
              )}
            </g>
          );
        })}
      </svg>
      {target !== null && target !== undefined && targetLabel ? (
        <ul className="bar-chart__legend">
          <li>
            <span
              className="bar-chart__swatch"
              style={{ background: "none", borderStyle: "dashed", borderWidth: "0 0 0 3px" }}
              aria-hidden="true"
            />
            {targetLabel}
          </li>
        </ul>
      ) : null}
    </figure>
  );
}
