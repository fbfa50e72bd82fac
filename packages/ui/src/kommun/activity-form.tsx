import {
  ACTIVITY_TYPES,
  type ActivityInput,
  ActivityInputSchema,
  type ActivityType,
} from "@opis/domain";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RadioGroup } from "../form/choices";
import { DraftForm, useFormDraft } from "../form/draft-form";
import { Select } from "../form/select";
import { DateInput, TextInput } from "../form/text-input";
import { formatNumber, parseLocaleNumber, todayIsoDate } from "../format/format";
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
  const form = useFormDraft({
    initial: () => draftOf(initial),
    idPrefix: "activity",
    fields: FIELDS,
    serverErrors,
  });
  const { draft, set } = form;

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
      form.fail(found);
      return;
    }
    form.clearErrors();
    onSubmit(parsed.data);
  }

  return (
    <DraftForm
      form={form}
      onSubmit={submit}
      formError={formError}
      submitLabel={submitLabel}
      pending={pending}
    >
      <Select
        {...form.bind("type")}
        label={t("kommun.activity.type")}
        placeholder={t("form.choose")}
        options={ACTIVITY_TYPES.map((type) => ({
          value: type,
          label: t(`vocab.activityType.${type}`),
        }))}
      />
      <TextInput
        {...form.bind("title")}
        label={t("kommun.activity.title")}
        hint={t("kommun.activity.titleHint")}
        width="w20"
        autoComplete="off"
      />
      {draft.type === "internship" ? (
        <Select
          {...form.bind("employerId")}
          label={t("kommun.activity.employer")}
          hint={employerHint}
          placeholder={t("form.choose")}
          options={employers.map((e) => ({ value: e.id, label: e.name }))}
        />
      ) : (
        <TextInput
          {...form.bind("provider")}
          label={t("kommun.activity.provider")}
          optional
          hint={t("kommun.activity.providerHint")}
          width="w20"
          autoComplete="off"
        />
      )}
      {draft.type === "validation" ? (
        <>
          <TextInput
            {...form.bind("validationModule")}
            label={t("kommun.activity.validationModule")}
            hint={t("kommun.activity.validationModuleHint")}
            width="w20"
            autoComplete="off"
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
        {...form.bind("startDate")}
        label={t("kommun.activity.startDate")}
        hint={t("form.dateHint")}
      />
      <DateInput
        {...form.bind("endDate")}
        label={t("kommun.activity.endDate")}
        optional
        hint={t("kommun.activity.endDateHint")}
      />
      <TextInput
        {...form.bind("hoursPerWeek")}
        label={t("kommun.activity.hoursPerWeek")}
        hint={t("kommun.activity.hoursPerWeekHint")}
        width="w5"
        inputMode="decimal"
        autoComplete="off"
        suffix={t("kommun.unit.hoursPerWeek")}
      />
      <Select
        {...form.bind("planItemId")}
        label={t("kommun.activity.planItem")}
        hint={
          planItems.length === 0
            ? t("kommun.activity.planItemNone")
            : t("kommun.activity.planItemHint")
        }
        options={[
          { value: "", label: t("kommun.activity.planItemEmpty") },
          ...planItems.map((item) => ({ value: item.id, label: item.description })),
        ]}
      />
    </DraftForm>
  );
}
