import type { RouterOutputs } from "@opis/api";
import { type Assessment, type Instrument, instrumentRange, stepProgression } from "@opis/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../format/format";
import { instrumentName } from "./assessment-form";

export type AssessmentRow = RouterOutputs["assessments"]["list"]["assessments"][number];

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 36, right: 16, top: 12, bottom: 36 };

function asAssessments(rows: readonly AssessmentRow[]): Assessment[] {
  return rows.flatMap((row) =>
    row.areaValues
      ? Object.entries(row.areaValues).map(([area, value]) => ({
          instrumentId: row.instrumentId,
          phase: row.phase,
          assessedOn: row.assessedOn,
          value,
          area,
        }))
      : row.value === null
        ? []
        : [
            {
              instrumentId: row.instrumentId,
              phase: row.phase,
              assessedOn: row.assessedOn,
              value: row.value,
            },
          ],
  ) as Assessment[];
}

function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

/** A participant's progression per instrument: a plain SVG chart and the same numbers as a table. */
export function ProgressionChart({
  instruments,
  assessments,
}: {
  instruments: readonly Instrument[];
  assessments: readonly AssessmentRow[];
}) {
  const { t, i18n } = useTranslation();
  const all = asAssessments(assessments);
  return (
    <>
      {instruments.map((instrument) => {
        const rows = assessments.filter((a) => a.instrumentId === instrument.id);
        const name = instrumentName(instrument, i18n.language);
        return (
          <section key={instrument.id} className="progression" aria-label={name}>
            <h3>{name}</h3>
            {rows.length === 0 ? (
              <p>{t("kommun.progression.none")}</p>
            ) : instrument.kind === "lifeWheel" ? (
              <LifeWheelProgression instrument={instrument} rows={rows} all={all} />
            ) : (
              <SingleProgression instrument={instrument} rows={rows} all={all} name={name} />
            )}
          </section>
        );
      })}
    </>
  );
}

function Gain({
  instrument,
  all,
  area,
}: {
  instrument: Instrument;
  all: Assessment[];
  area?: string;
}) {
  const { t } = useTranslation();
  const p = stepProgression(instrument, all, area ? { area } : {});
  if (p.gain === null) {
    return (
      <>
        {p.baseline === null ? t("kommun.progression.noBaseline") : t("kommun.progression.noLater")}
      </>
    );
  }
  return (
    <>
      {t("kommun.progression.gain", {
        gain: signed(p.gain),
        from: formatNumber(p.baseline ?? 0),
        to: formatNumber(p.latest ?? 0),
      })}
    </>
  );
}

function SingleProgression({
  instrument,
  rows,
  all,
  name,
}: {
  instrument: Instrument;
  rows: readonly AssessmentRow[];
  all: Assessment[];
  name: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { min, max } = instrumentRange(instrument);
  const points = rows.filter((r) => r.value !== null);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length <= 1 ? innerW / 2 : (innerW * i) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - ((v - min) / (max - min)) * innerH;
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i).filter(
    (v) => max - min <= 6 || (v - min) % 3 === 0 || v === max,
  );
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i)},${y(p.value ?? min)}`).join(" ");
  return (
    <>
      <p className="progression__gain">
        <Gain instrument={instrument} all={all} />
      </p>
      <figure className="progression__chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={titleId}
          className="line-chart"
        >
          <title id={titleId}>{t("kommun.progression.chartTitle", { name })}</title>
          {ticks.map((v) => (
            <g key={v}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(v)}
                y2={y(v)}
                className="line-chart__grid"
              />
              <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="line-chart__label">
                {v}
              </text>
            </g>
          ))}
          <path d={path} className="line-chart__line" />
          {points.map((p, i) => (
            <g key={p.id}>
              <circle cx={x(i)} cy={y(p.value ?? min)} r={5} className="line-chart__point" />
              <text x={x(i)} y={HEIGHT - 12} textAnchor="middle" className="line-chart__label">
                {p.assessedOn}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <table className="simple-table">
        <caption>{t("kommun.progression.tableCaption", { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kommun.progression.col.date")}</th>
            <th scope="col">{t("kommun.progression.col.phase")}</th>
            <th scope="col" className="numeric">
              {t("kommun.progression.col.value")}
            </th>
            <th scope="col">{t("kommun.progression.col.by")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.assessedOn}</th>
              <td>{t(`vocab.assessmentPhase.${r.phase}`)}</td>
              <td className="numeric">
                {r.value === null
                  ? "–"
                  : instrument.kind === "stepScale"
                    ? t(instrument.steps[r.value - 1]?.labelKey ?? String(r.value))
                    : formatNumber(r.value)}
              </td>
              <td>{r.assessedByName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function LifeWheelProgression({
  instrument,
  rows,
  all,
}: {
  instrument: Extract<Instrument, { kind: "lifeWheel" }>;
  rows: readonly AssessmentRow[];
  all: Assessment[];
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const first = rows[0];
  const last = rows.length > 1 ? rows[rows.length - 1] : undefined;
  const barH = 10;
  const rowH = 30;
  const labelW = 130;
  const height = instrument.areas.length * rowH + 30;
  const scale = (v: number) => ((WIDTH - labelW - 20) * v) / instrument.max;
  return (
    <>
      <figure className="progression__chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby={titleId}
          className="bar-chart-svg"
        >
          <title id={titleId}>
            {t("kommun.progression.wheelTitle", {
              first: first?.assessedOn ?? "",
              last: last?.assessedOn ?? first?.assessedOn ?? "",
            })}
          </title>
          {instrument.areas.map((area, i) => {
            const a = first?.areaValues?.[area.id] ?? 0;
            const b = last?.areaValues?.[area.id];
            const top = i * rowH + 4;
            return (
              <g key={area.id}>
                <text
                  x={labelW - 8}
                  y={top + barH + 2}
                  textAnchor="end"
                  className="line-chart__label"
                >
                  {t(area.labelKey)}
                </text>
                <rect
                  x={labelW}
                  y={top}
                  width={scale(a)}
                  height={barH}
                  className="bar-chart-svg__first"
                />
                {b !== undefined ? (
                  <rect
                    x={labelW}
                    y={top + barH + 2}
                    width={scale(b)}
                    height={barH}
                    className="bar-chart-svg__last"
                  />
                ) : null}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ul className="bar-chart__legend">
            <li>
              <span className="bar-chart__swatch bar-chart-svg__first" aria-hidden="true" />
              {t("kommun.progression.legendFirst", { date: first?.assessedOn ?? "" })}
            </li>
            {last ? (
              <li>
                <span className="bar-chart__swatch bar-chart-svg__last" aria-hidden="true" />
                {t("kommun.progression.legendLast", { date: last.assessedOn })}
              </li>
            ) : null}
          </ul>
        </figcaption>
      </figure>
      <div className="table-scroll-x">
        <table className="simple-table">
          <caption>{t("kommun.progression.wheelCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("kommun.progression.col.area")}</th>
              {rows.map((r) => (
                <th scope="col" className="numeric" key={r.id}>
                  {r.assessedOn}
                  <br />
                  <span className="field__hint">{t(`vocab.assessmentPhase.${r.phase}`)}</span>
                </th>
              ))}
              <th scope="col">{t("kommun.progression.col.gain")}</th>
            </tr>
          </thead>
          <tbody>
            {instrument.areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{t(area.labelKey)}</th>
                {rows.map((r) => (
                  <td className="numeric" key={r.id}>
                    {r.areaValues?.[area.id] ?? "–"}
                  </td>
                ))}
                <td>
                  <Gain instrument={instrument} all={all} area={area.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
