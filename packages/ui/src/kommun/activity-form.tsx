import {
  ACTIVITY_TYPES,
  type ActivityInput,
  ActivityInputSchema,
  type ActivityType,
} from "@opis/domain";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { RadioGroup } from "../form/choices";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { Select } from "../form/select";
import { DateInput, TextInput } from "../form/text-input";
import { formatNumber, parseLocaleNumber, todayIsoDate } from "../format/format";
import { translateKey } from "../i18n";
import { issuesByPath } from "./form-errors";

interface Draft {
  type: ActivityType | "";
  title: string;
  provider: string;
  employerId: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  planItemId: string;
  validationModule: string;
  certificateIssued: "yes" | "no" | "pending";
}

function draftOf(initial: ActivityInput | undefined): Draft {
  return {
    type: initial?.type ?? "",
    title: initial?.title ?? "",
    provider: initial?.provider ?? "",
    employerId: initial?.employerId ?? "",
    startDate: initial?.startDate ?? todayIsoDate(),
    endDate: initial?.endDate ?? "",
    hoursPerWeek: initial ? formatNumber(initial.hoursPerWeek) : "",
    planItemId: initial?.planItemId ?? "",
    validationModule: initial?.validationModule ?? "",
    certificateIssued:
      initial?.certificateIssued === true
        ? "yes"
        : initial?.certificateIssued === false
          ? "no"
          : "pending",
  };
}

const FIELDS = [
  "type",
  "title",
  "employerId",
  "provider",
  "startDate",
  "endDate",
  "hoursPerWeek",
  "planItemId",
  "validationModule",
] as const;

export interface ActivityFormProps {
  initial?: ActivityInput;
  planItems: readonly { id: string; description: string }[];
  employers: readonly { id: string; name: string }[];
  /** Under the employer field: where to add a new employer to the register. */
  employerHint?: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** Field → catalog key, from the server. */
  serverErrors?: Record<string, string>;
  formError?: string | null;
  onSubmit: (activity: ActivityInput) => void;
}

/**
 * An activity (insats): what, who provides it, when, how many hours a week,
 * which plan item it serves. Internships pick their employer from the
 * register; validation records the module and the certificate.
 */
export function ActivityForm({
  initial,
  planItems,
  employers,
  employerHint,
  submitLabel,
  pending,
  serverErrors = {},
  formError,
  onSubmit,
}: ActivityFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusToken, setFocusToken] = useState(0);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const allErrors = { ...errors, ...serverErrors };
  const errorOf = (field: string) => {
    const key = allErrors[field];
    return key ? translateKey(t, key, undefined, "validation.invalid") : undefined;
  };
  const summary: SummaryError[] = FIELDS.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ id: `activity-${field}`, message }] : [];
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const hours = parseLocaleNumber(draft.hoursPerWeek);
    const isInternship = draft.type === "internship";
    const isValidation = draft.type === "validation";
    const employer = employers.find((e) => e.id === draft.employerId);
    const candidate = {
      type: draft.type === "" ? undefined : draft.type,
      title: draft.title,
      provider: isInternship ? (employer?.name ?? null) : draft.provider.trim() || null,
      employerId: isInternship && draft.employerId ? draft.employerId : null,
      startDate: draft.startDate.trim(),
      endDate: draft.endDate.trim() || null,
      hoursPerWeek: hours ?? Number.NaN,
      planItemId: draft.planItemId || null,
      validationModule: isValidation ? draft.validationModule.trim() || null : null,
      certificateIssued: isValidation
        ? draft.certificateIssued === "yes"
          ? true
          : draft.certificateIssued === "no"
            ? false
            : null
        : null,
    };
    const parsed = ActivityInputSchema.safeParse(candidate);
    if (!parsed.success) {
      const found = issuesByPath(parsed.error);
      if (found.type) found.type = "kommun.activity.type.required";
      setErrors(found);
      setFocusToken((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} focusToken={focusToken} />
      {formError ? (
        <Notice kind="error" role="alert">
          <p>{formError}</p>
        </Notice>
      ) : null}
      <Select
        id="activity-type"
        label={t("kommun.activity.type")}
        placeholder={t("form.choose")}
        value={draft.type}
        error={errorOf("type")}
        onChange={(event) => set({ type: event.target.value as ActivityType | "" })}
        options={ACTIVITY_TYPES.map((type) => ({
          value: type,
          label: t(`vocab.activityType.${type}`),
        }))}
      />
      <TextInput
        id="activity-title"
        label={t("kommun.activity.title")}
        hint={t("kommun.activity.titleHint")}
        width="w20"
        autoComplete="off"
        value={draft.title}
        error={errorOf("title")}
        onChange={(event) => set({ title: event.target.value })}
      />
      {draft.type === "internship" ? (
        <Select
          id="activity-employerId"
          label={t("kommun.activity.employer")}
          hint={employerHint}
          placeholder={t("form.choose")}
          value={draft.employerId}
          error={errorOf("employerId")}
          onChange={(event) => set({ employerId: event.target.value })}
          options={employers.map((e) => ({ value: e.id, label: e.name }))}
        />
      ) : (
        <TextInput
          id="activity-provider"
          label={
            <>
              {t("kommun.activity.provider")} <span className="optional">{t("form.optional")}</span>
            </>
          }
          hint={t("kommun.activity.providerHint")}
          width="w20"
          autoComplete="off"
          value={draft.provider}
          error={errorOf("provider")}
          onChange={(event) => set({ provider: event.target.value })}
        />
      )}
      {draft.type === "validation" ? (
        <>
          <TextInput
            id="activity-validationModule"
            label={t("kommun.activity.validationModule")}
            hint={t("kommun.activity.validationModuleHint")}
            width="w20"
            autoComplete="off"
            value={draft.validationModule}
            error={errorOf("validationModule")}
            onChange={(event) => set({ validationModule: event.target.value })}
          />
          <RadioGroup
            id="activity-certificateIssued"
            name="certificateIssued"
            label={t("kommun.activity.certificate")}
            inline
            value={draft.certificateIssued}
            onChange={(value) => set({ certificateIssued: value as Draft["certificateIssued"] })}
            options={[
              { value: "yes", label: t("form.yes") },
              { value: "no", label: t("form.no") },
              { value: "pending", label: t("kommun.activity.certificatePending") },
            ]}
          />
        </>
      ) : null}
      <DateInput
        id="activity-startDate"
        label={t("kommun.activity.startDate")}
        hint={t("form.dateHint")}
        value={draft.startDate}
        error={errorOf("startDate")}
        onChange={(event) => set({ startDate: event.target.value })}
      />
      <DateInput
        id="activity-endDate"
        label={
          <>
            {t("kommun.activity.endDate")} <span className="optional">{t("form.optional")}</span>
          </>
        }
        hint={t("kommun.activity.endDateHint")}
        value={draft.endDate}
        error={errorOf("endDate")}
        onChange={(event) => set({ endDate: event.target.value })}
      />
      <TextInput
        id="activity-hoursPerWeek"
        label={t("kommun.activity.hoursPerWeek")}
        hint={t("kommun.activity.hoursPerWeekHint")}
        width="w5"
        inputMode="decimal"
        autoComplete="off"
        suffix={t("kommun.unit.hoursPerWeek")}
        value={draft.hoursPerWeek}
        error={errorOf("hoursPerWeek")}
        onChange={(event) => set({ hoursPerWeek: event.target.value })}
      />
      <Select
        id="activity-planItemId"
        label={t("kommun.activity.planItem")}
        hint={
          planItems.length === 0
            ? t("kommun.activity.planItemNone")
            : t("kommun.activity.planItemHint")
        }
        value={draft.planItemId}
        error={errorOf("planItemId")}
        onChange={(event) => set({ planItemId: event.target.value })}
        options={[
          { value: "", label: t("kommun.activity.planItemEmpty") },
          ...planItems.map((item) => ({ value: item.id, label: item.description })),
        ]}
      />
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
