import { useId } from "react";
import { type PublishedCellLike, publishedText } from "./published-value";

export interface FlowBox {
  key: string;
  label: string;
  cell: PublishedCellLike;
  colour?: string;
}
export interface FlowStage {
  key: string;
  label: string;
  boxes: FlowBox[];
}

const WIDTH = 900;
const STAGE_W = 200;
const GAP = 30;
const BOX_H = 34;
const BOX_GAP = 6;

/**
 * The flow as columns of boxes, one column per stage, each box's bar as wide
 * as its share of the stage's largest figure; arrows between stages. Hidden
 * counts get no bar and are written "<5" or "..". The table beside it has the
 * same numbers.
 */
export function FlowChart({
  title,
  stages,
  threshold,
}: {
  title: string;
  stages: readonly FlowStage[];
  threshold: number;
}) {
  const titleId = useId();
  const max = Math.max(
    1,
    ...stages.flatMap((s) => s.boxes.map((b) => (b.cell.value === null ? 0 : b.cell.value))),
  );
  const rows = Math.max(...stages.map((s) => s.boxes.length));
  const height = 28 + rows * (BOX_H + BOX_GAP);
  return (
    <figure className="bar-chart" style={{ width: "100%", maxWidth: `${WIDTH}px` }}>
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={titleId}>
        <title>{title}</title>
        {stages.map((stage, si) => {
          const x0 = si * (STAGE_W + GAP);
          return (
            <g key={stage.key}>
              <text x={x0} y={16} fontSize="14" fontWeight="700" fill="var(--color-text)">
                {stage.label}
              </text>
              {si > 0 ? (
                <path
                  d={`M${x0 - GAP + 4},${28 + BOX_H / 2} L${x0 - 6},${28 + BOX_H / 2} M${x0 - 12},${22 + BOX_H / 2} L${x0 - 6},${28 + BOX_H / 2} L${x0 - 12},${34 + BOX_H / 2}`}
                  stroke="var(--color-text)"
                  strokeWidth="2"
                  fill="none"
                />
              ) : null}
              {stage.boxes.map((box, bi) => {
                const y = 28 + bi * (BOX_H + BOX_GAP);
                const w = box.cell.value === null ? 0 : (box.cell.value / max) * STAGE_W;
                return (
                  <g key={box.key}>
                    <rect
                      x={x0}
                      y={y}
                      width={STAGE_W}
                      height={BOX_H}
                      fill="var(--color-surface)"
                      stroke="#b1b4b6"
                    />
                    <rect
                      x={x0}
                      y={y}
                      width={w}
                      height={6}
                      fill={box.colour ?? "var(--color-primary)"}
                    />
                    <text x={x0 + 6} y={y + 24} fontSize="12" fill="var(--color-text)">
                      {`${box.label}: ${publishedText(box.cell, threshold)}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
