import { formatNumber, publishedText, useTranslation } from "@opis/ui";
import { useId } from "react";
import type { PublishedCount } from "./published-count";

export interface GenderBar {
  gender: string;
  label: string;
  count: PublishedCount;
  target: number | null;
}

const COLOURS: Record<string, string> = {
  woman: "var(--chart-woman)",
  man: "var(--chart-man)",
  nonBinary: "var(--chart-nonbinary)",
};

const WIDTH = 640;
const LABEL_WIDTH = 120;
const VALUE_WIDTH = 110;
const ROW = 56;
const BAR = 28;

/**
 * One bar per gender, side by side (never stacked), each with its goal
 * marked. The same numbers are in the table below the chart.
 */
export function GenderChart({
  bars,
  threshold,
}: {
  bars: readonly GenderBar[];
  threshold: number;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...bars.map((b) => Math.max(b.target ?? 0, b.count.value ?? 0)));
  const scale = (n: number) => (n / max) * plot;
  const height = bars.length * ROW + 8;

  return (
    <figure className="bar-chart">
      <figcaption id={titleId}>{t("admin.enrolment.chartCaption")}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        style={{ maxWidth: `${WIDTH}px` }}
      >
        <title>{t("admin.enrolment.chartCaption")}</title>
        {bars.map((bar, index) => {
          const y = index * ROW + 8;
          const value = bar.count.value ?? 0;
          const text = publishedText(bar.count, threshold);
          return (
            <g key={bar.gender}>
              <text x={0} y={y + BAR / 2 + 5} fontSize="15" fill="var(--color-text)">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={plot} height={BAR} fill="var(--color-surface)" />
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={bar.count.suppressed ? 0 : scale(value)}
                height={BAR}
                fill={COLOURS[bar.gender] ?? "var(--color-primary)"}
              />
              {bar.target !== null ? (
                <line
                  x1={LABEL_WIDTH + scale(bar.target)}
                  x2={LABEL_WIDTH + scale(bar.target)}
                  y1={y - 4}
                  y2={y + BAR + 4}
                  stroke="var(--chart-target)"
                  strokeWidth="3"
                  strokeDasharray="5 3"
                />
              ) : null}
              <text
                x={LABEL_WIDTH + plot + 8}
                y={y + BAR / 2 + 5}
                fontSize="15"
                fill="var(--color-text)"
              >
                {bar.target !== null ? `${text} / ${formatNumber(bar.target)}` : text}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="bar-chart__legend">
        <li>
          <span
            className="bar-chart__swatch"
            style={{ background: "none", borderStyle: "dashed", borderWidth: "0 0 0 3px" }}
            aria-hidden="true"
          />
          {t("admin.enrolment.legendTarget")}
        </li>
      </ul>
    </figure>
  );
}
