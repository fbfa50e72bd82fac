import {
  type AssessmentPhase,
  type AssessmentRecord,
  AssessmentRecordSchema,
  type Instrument,
  instrumentRange,
  validateAssessmentRecord,
} from "@opis/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { RadioGroup } from "../form/choices";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { DateInput } from "../form/text-input";
import { todayIsoDate } from "../format/format";
import { translateKey } from "../i18n";

/** An instrument's name in the UI's language. */
export function instrumentName(instrument: Instrument, language: string): string {
  const name = instrument.name as Record<string, string>;
  return name[language] ?? name.sv ?? instrument.id;
}

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export interface AssessmentFormProps {
  instruments: readonly Instrument[];
  /** The phase to start from: baseline for a first sitting, periodic after. */
  defaultPhase?: AssessmentPhase;
  pending: boolean;
  formError?: string | null;
  onSubmit: (record: AssessmentRecord) => void;
}

/**
 * One sitting with one instrument, made to take well under two minutes:
 * choose the instrument and the phase, then one control per value.
 */
export function AssessmentForm({
  instruments,
  defaultPhase = "baseline",
  pending,
  formError,
  onSubmit,
}: AssessmentFormProps) {
  const { t, i18n } = useTranslation();
  const [instrumentId, setInstrumentId] = useState(instruments[0]?.id ?? "");
  const [phase, setPhase] = useState<AssessmentPhase>(defaultPhase);
  const [assessedOn, setAssessedOn] = useState(todayIsoDate());
  const [value, setValue] = useState<string | undefined>(undefined);
  const [areas, setAreas] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const instrument = instruments.find((i) => i.id === instrumentId);

  const errorFor = (id: string) => errors.find((e) => e.id === id)?.message;

  function chooseInstrument(id: string) {
    setInstrumentId(id);
    setValue(undefined);
    setAreas({});
    setErrors([]);
    const next = instruments.find((i) => i.id === id);
    if (next && !next.phases.includes(phase)) setPhase(next.phases[0] ?? "baseline");
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!instrument) return;
    const record = {
      instrumentId: instrument.id,
      phase,
      assessedOn: assessedOn.trim(),
      value: instrument.kind === "lifeWheel" || value === undefined ? null : Number(value),
      areaValues:
        instrument.kind === "lifeWheel"
          ? Object.fromEntries(Object.entries(areas).map(([area, v]) => [area, Number(v)]))
          : null,
    };
    const found: SummaryError[] = [];
    const parsed = AssessmentRecordSchema.safeParse(record);
    if (!parsed.success) {
      if (parsed.error.issues.some((i) => i.path[0] === "assessedOn")) {
        found.push({ id: "assessment-date", message: t("validation.date.invalid") });
      }
    } else if (assessedOn.trim() > todayIsoDate()) {
      found.push({ id: "assessment-date", message: t("kommun.assessment.dateFuture") });
    }
    if (instrument.kind === "lifeWheel") {
      for (const area of instrument.areas) {
        if (areas[area.id] === undefined) {
          found.push({
            id: `assessment-area-${area.id}`,
            message: t("kommun.assessment.areaMissing", { area: t(area.labelKey) }),
          });
        }
      }
    } else if (value === undefined) {
      found.push({ id: "assessment-value", message: t("validation.assessment.value.required") });
    }
    if (found.length === 0 && parsed.success) {
      for (const key of validateAssessmentRecord(instrument, parsed.data)) {
        found.push({ id: "assessment-value", message: translateKey(t, key) });
      }
    }
    setErrors(found);
    if (found.length > 0 || !parsed.success) {
      setFocusToken((n) => n + 1);
      return;
    }
    onSubmit(parsed.data);
  }

  return (
    <form className="form assessment-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      {formError ? (
        <Notice kind="error" role="alert">
          <p>{formError}</p>
        </Notice>
      ) : null}
      <RadioGroup
        id="assessment-instrument"
        name="instrument"
        label={t("kommun.assessment.instrument")}
        value={instrumentId}
        onChange={chooseInstrument}
        options={instruments.map((i) => ({ value: i.id, label: instrumentName(i, i18n.language) }))}
      />
      {instrument ? (
        <>
          <RadioGroup
            id="assessment-phase"
            name="phase"
            label={t("kommun.assessment.phase")}
            inline
            value={phase}
            onChange={(v) => setPhase(v as AssessmentPhase)}
            options={instrument.phases.map((p) => ({
              value: p,
              label: t(`vocab.assessmentPhase.${p}`),
            }))}
          />
          <DateInput
            id="assessment-date"
            label={t("kommun.assessment.date")}
            hint={t("form.dateHint")}
            value={assessedOn}
            error={errorFor("assessment-date")}
            onChange={(event) => setAssessedOn(event.target.value)}
          />
          {instrument.kind === "stepScale" ? (
            <RadioGroup
              id="assessment-value"
              name="value"
              label={t("kommun.assessment.step")}
              error={errorFor("assessment-value")}
              value={value}
              onChange={setValue}
              options={instrument.steps.map((s) => ({
                value: String(s.value),
                label: t(s.labelKey),
              }))}
            />
          ) : instrument.kind === "numericRating" ? (
            <RadioGroup
              id="assessment-value"
              name="value"
              label={t(instrument.questionKey)}
              hint={t("kommun.assessment.ratingHint", { min: instrument.min, max: instrument.max })}
              error={errorFor("assessment-value")}
              inline
              value={value}
              onChange={setValue}
              options={range(instrument.min, instrument.max).map((n) => ({
                value: String(n),
                label: String(n),
              }))}
            />
          ) : (
            <fieldset className="form-section life-wheel-input">
              <legend className="form-section__title">{t("kommun.assessment.lifeWheel")}</legend>
              <p className="field__hint">
                {t("kommun.assessment.ratingHint", { ...instrumentRange(instrument) })}
              </p>
              {instrument.areas.map((area) => (
                <RadioGroup
                  key={area.id}
                  id={`assessment-area-${area.id}`}
                  name={`area-${area.id}`}
                  label={t(area.labelKey)}
                  error={errorFor(`assessment-area-${area.id}`)}
                  inline
                  value={areas[area.id]}
                  onChange={(v) => setAreas((current) => ({ ...current, [area.id]: v }))}
                  options={range(instrument.min, instrument.max).map((n) => ({
                    value: String(n),
                    label: String(n),
                  }))}
                />
              ))}
            </fieldset>
          )}
        </>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {t("kommun.assessment.save")}
      </button>
    </form>
  );
}
