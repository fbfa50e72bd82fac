import type { RouterOutputs } from "@opis/api";
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "../format/format";
import { useTRPC } from "../trpc/client";
import { AssessmentCorrections } from "./assessment-corrections";
import { CaseLoadError, CaseLoading } from "./case-states";

type AssessmentData = RouterOutputs["assessments"]["list"];
type Instrument = AssessmentData["instruments"][number];
type Assessment = AssessmentData["assessments"][number];

interface Point {
  id: string;
  date: string;
  phase: string;
  value: number;
  label: string;
}

function rangeOf(instrument: Instrument): { min: number; max: number } {
  if (instrument.kind === "stepScale") return { min: 1, max: instrument.steps.length };
  return { min: instrument.min, max: instrument.max };
}

/** One value per assessment: the step, the rating, or a life wheel's average over its areas. */
function pointsOf(t: TFunction, instrument: Instrument, rows: readonly Assessment[]): Point[] {
  return rows.flatMap((row) => {
    let value: number | null = row.value;
    let label = value === null ? "" : formatNumber(value);
    if (instrument.kind === "stepScale" && value !== null) {
      const step = instrument.steps.find((s) => s.value === value);
      label = step ? `${value} – ${t(step.labelKey)}` : label;
    }
    if (instrument.kind === "lifeWheel" && row.areaValues) {
      const values = Object.values(row.areaValues);
      if (values.length === 0) return [];
      value = values.reduce((s, v) => s + v, 0) / values.length;
      label = t("case.assessments.average", { value: formatNumber(value) });
    }
    if (value === null) return [];
    return [{ id: row.id, date: row.assessedOn, phase: row.phase, value, label }];
  });
}

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 40, right: 16, top: 16, bottom: 40 };

/** A plain SVG line: one point per assessment in time order, the scale on the y axis. */
function LineChart({
  title,
  points,
  min,
  max,
}: {
  title: string;
  points: readonly Point[];
  min: number;
  max: number;
}) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - ((v - min) / (max - min)) * innerH;
  const ticks =
    max - min <= 10 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [min, max];
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i)},${y(p.value)}`).join(" ");
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={title}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke="#d4d4d8"
            strokeWidth={1}
          />
          <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#4b4b4b">
            {tick}
          </text>
        </g>
      ))}
      <path d={path} fill="none" stroke="#0b4f8a" strokeWidth={3} />
      {points.map((p, i) => (
        <g key={p.id}>
          <circle cx={x(i)} cy={y(p.value)} r={5} fill="#0b4f8a" />
          <text x={x(i)} y={HEIGHT - 16} textAnchor="middle" fontSize="12" fill="#4b4b4b">
            {p.date}
          </text>
        </g>
      ))}
    </svg>
  );
}

function InstrumentProgress({
  instrument,
  rows,
}: {
  instrument: Instrument;
  rows: readonly Assessment[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "sv";
  const captionId = useId();
  const name = instrument.name[language];
  const points = pointsOf(t, instrument, rows);
  const { min, max } = rangeOf(instrument);
  return (
    <section aria-labelledby={captionId} className="progress-chart">
      <h3 id={captionId}>{name}</h3>
      {points.length === 0 ? (
        <p>{t("case.assessments.noneForInstrument")}</p>
      ) : (
        <>
          <LineChart
            title={t("case.assessments.chartLabel", {
              name,
              n: points.length,
              first: points[0]?.label ?? "",
              last: points[points.length - 1]?.label ?? "",
            })}
            points={points}
            min={min}
            max={max}
          />
          <table className="simple-table">
            <caption>{t("case.assessments.tableCaption", { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("case.assessments.col.date")}</th>
                <th scope="col">{t("case.assessments.col.phase")}</th>
                <th scope="col">{t("case.assessments.col.value")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{formatDate(p.date)}</th>
                  <td>{t(`vocab.assessmentPhase.${p.phase}`)}</td>
                  <td>{p.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Step assessments over time: a line per instrument, with the numbers in a table. */
export function CaseAssessments({ enrolmentId }: { enrolmentId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const data = useQuery(trpc.assessments.list.queryOptions({ enrolmentId }));
  if (data.isPending) return <CaseLoading />;
  if (data.isError) {
    return <CaseLoadError title={t("case.assessments.loadError")} error={data.error} />;
  }
  if (data.data.assessments.length === 0) {
    return (
      <div className="table-empty">
        <p>
          <strong>{t("case.assessments.empty.title")}</strong>
        </p>
        <p>{t("case.assessments.empty.body")}</p>
      </div>
    );
  }
  return (
    <>
      {data.data.instruments.map((instrument) => (
        <InstrumentProgress
          key={instrument.id}
          instrument={instrument}
          rows={data.data.assessments.filter((a) => a.instrumentId === instrument.id)}
        />
      ))}
      <AssessmentCorrections enrolmentId={enrolmentId} />
    </>
  );
}
