import {
  DECLINED_REASONS,
  type EligibilityOutcome,
  MUNICIPALITIES,
  type MunicipalityCode,
  PRIVACY_NOTICE_VERSION,
  type ProjectDefinition,
} from "@opis/domain";
import {
  Checkbox,
  DateInput,
  RadioGroup,
  Select,
  Textarea,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import type { FormEvent } from "react";
import {
  type DecisionErrors,
  type DecisionField,
  type DecisionValues,
  decisionFieldId,
} from "./decision-values";

interface DecisionSectionProps {
  project: ProjectDefinition;
  values: DecisionValues;
  onChange: (patch: Partial<DecisionValues>) => void;
  errors: DecisionErrors;
  /** The live outcome, or null while facts are missing. */
  outcome: EligibilityOutcome | null;
  busy: boolean;
  onSubmit: () => void;
}

/** Enrol (start date, municipality, coordinator, justification when needed) or decline (reason). */
export function DecisionSection({
  project,
  values,
  onChange,
  errors,
  outcome,
  busy,
  onSubmit,
}: DecisionSectionProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const municipalityCode = values.municipalityCode as MunicipalityCode;
  const coordinators = useQuery({
    ...trpc.intake.coordinators.queryOptions({ municipalityCode }),
    enabled:
      values.kind === "enrol" &&
      project.municipalities.some((code) => code === values.municipalityCode),
  });

  const errorFor = (field: DecisionField) => {
    const key = errors.fields[field];
    return key ? t(key) : undefined;
  };

  const municipalityOptions = MUNICIPALITIES.filter((m) =>
    project.municipalities.some((code) => code === m.code),
  )
    .toSorted((a, b) => a.name.localeCompare(b.name, "sv"))
    .map((m) => ({ value: m.code, label: m.name }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-title">
      <h2 id="decision-title">{t("staff.intake.section.decision")}</h2>
      <RadioGroup
        id={decisionFieldId("kind")}
        name="decisionKind"
        label={t("staff.decision.kind")}
        options={[
          { value: "enrol", label: t("staff.decision.kind.enrol") },
          { value: "decline", label: t("staff.decision.kind.decline") },
        ]}
        value={values.kind || undefined}
        onChange={(kind) => onChange({ kind: kind === "enrol" ? "enrol" : "decline" })}
        error={errorFor("kind")}
      />
      {values.kind === "enrol" ? (
        <>
          {outcome === "notEligible" ? (
            <p className="field__error">{t("staff.decision.notEligibleHint")}</p>
          ) : null}
          <DateInput
            id={decisionFieldId("startDate")}
            label={t("staff.decision.startDate")}
            hint={t("form.dateHint")}
            value={values.startDate}
            onChange={(event) => onChange({ startDate: event.target.value })}
            error={errorFor("startDate")}
          />
          <Select
            id={decisionFieldId("municipalityCode")}
            label={t("staff.decision.municipality")}
            placeholder={t("form.choose")}
            options={municipalityOptions}
            value={values.municipalityCode}
            onChange={(event) =>
              onChange({ municipalityCode: event.target.value, coordinatorUserId: "" })
            }
            error={errorFor("municipalityCode")}
          />
          <Select
            id={decisionFieldId("coordinatorUserId")}
            label={t("staff.decision.coordinator")}
            hint={t("staff.decision.coordinatorHint")}
            options={[
              { value: "", label: t("staff.decision.coordinatorNone") },
              ...(coordinators.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
            value={values.coordinatorUserId}
            onChange={(event) => onChange({ coordinatorUserId: event.target.value })}
            error={errorFor("coordinatorUserId")}
          />
          <fieldset className="consent-fieldset">
            <legend>
              <h3>{t("consent.title")}</h3>
            </legend>
            <p>{t("consent.intro", { version: PRIVACY_NOTICE_VERSION })}</p>
            <Checkbox
              id={decisionFieldId("consentInformed")}
              label={t("consent.informed", { version: PRIVACY_NOTICE_VERSION })}
              checked={values.consentInformed}
              onChange={(event) => onChange({ consentInformed: event.target.checked })}
              error={errorFor("consentInformed")}
            />
            <DateInput
              id={decisionFieldId("consentInformedOn")}
              label={t("consent.informedOn")}
              hint={t("form.dateHint")}
              value={values.consentInformedOn}
              onChange={(event) => onChange({ consentInformedOn: event.target.value })}
              error={errorFor("consentInformedOn")}
            />
            <RadioGroup
              id={decisionFieldId("consentSharing")}
              name="consentSharing"
              label={t("consent.sharing")}
              hint={t("consent.sharing.hint")}
              options={[
                { value: "given", label: t("consent.sharing.given") },
                { value: "declined", label: t("consent.sharing.declined") },
              ]}
              value={values.consentSharing || undefined}
              onChange={(value) =>
                onChange({ consentSharing: value === "given" ? "given" : "declined" })
              }
              error={errorFor("consentSharing")}
            />
            <DateInput
              id={decisionFieldId("consentDecidedOn")}
              label={t("consent.decidedOn")}
              hint={t("form.dateHint")}
              value={values.consentDecidedOn}
              onChange={(event) => onChange({ consentDecidedOn: event.target.value })}
              error={errorFor("consentDecidedOn")}
            />
            <RadioGroup
              id={decisionFieldId("consentHealthData")}
              name="consentHealthData"
              label={t("consent.healthData")}
              options={[
                { value: "explicitConsent", label: t("consent.healthData.explicitConsent") },
                { value: "notRecorded", label: t("consent.healthData.notRecorded") },
              ]}
              value={values.consentHealthData || undefined}
              onChange={(value) =>
                onChange({
                  consentHealthData:
                    value === "explicitConsent" ? "explicitConsent" : "notRecorded",
                })
              }
              error={errorFor("consentHealthData")}
            />
          </fieldset>
          {outcome === "eligibleByException" || values.exceptionJustification !== "" ? (
            <Textarea
              id={decisionFieldId("exceptionJustification")}
              label={t("staff.decision.justification")}
              hint={t("staff.decision.justificationHint")}
              rows={4}
              value={values.exceptionJustification}
              onChange={(event) => onChange({ exceptionJustification: event.target.value })}
              error={errorFor("exceptionJustification")}
            />
          ) : null}
          <div className="button-group">
            <button type="submit" className="button" disabled={busy}>
              {t("staff.decision.enrol")}
            </button>
          </div>
        </>
      ) : null}
      {values.kind === "decline" ? (
        <>
          <Select
            id={decisionFieldId("reason")}
            label={t("staff.decision.declineReason")}
            placeholder={t("form.choose")}
            options={DECLINED_REASONS.map((r) => ({
              value: r,
              label: t(`vocab.declinedReason.${r}`),
            }))}
            value={values.reason}
            onChange={(event) => onChange({ reason: event.target.value })}
            error={errorFor("reason")}
          />
          <Textarea
            id={decisionFieldId("note")}
            label={t("staff.decision.declineNote")}
            hint={t("staff.decision.declineNoteHint")}
            rows={3}
            value={values.note}
            onChange={(event) => onChange({ note: event.target.value })}
            error={errorFor("note")}
          />
          <div className="button-group">
            <button type="submit" className="button button--warning" disabled={busy}>
              {t("staff.decision.decline")}
            </button>
          </div>
        </>
      ) : null}
    </form>
  );
}
