import {
  EMPLOYER_CONTACT_CHANNELS,
  type EmployerContactInput,
  EmployerContactInputSchema,
  type EmployerInput,
  EmployerInputSchema,
} from "@opis/domain";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DraftForm, useFormDraft } from "../form/draft-form";
import { Select } from "../form/select";
import { DateInput, Textarea, TextInput } from "../form/text-input";
import { todayIsoDate } from "../format/format";
import { issuesByPath } from "./form-errors";

const EMPLOYER_FIELDS = [
  "name",
  "organisationNumber",
  "industry",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const;
type EmployerField = (typeof EMPLOYER_FIELDS)[number];

/** An employer in the municipality's register: name, organisation number, contact person. */
export function EmployerForm({
  initial,
  submitLabel,
  pending,
  serverErrors = {},
  formError,
  onSubmit,
}: {
  initial?: EmployerInput;
  submitLabel: string;
  pending: boolean;
  serverErrors?: Record<string, string>;
  formError?: string | null;
  onSubmit: (employer: EmployerInput) => void;
}) {
  const { t } = useTranslation();
  const form = useFormDraft({
    initial: () =>
      Object.fromEntries(EMPLOYER_FIELDS.map((f) => [f, initial?.[f] ?? ""])) as Record<
        EmployerField,
        string
      >,
    idPrefix: "employer",
    fields: EMPLOYER_FIELDS,
    serverErrors,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const { draft } = form;
    const candidate = Object.fromEntries(
      EMPLOYER_FIELDS.map((f) => [f, f === "name" ? draft[f] : draft[f].trim() || null]),
    );
    const parsed = EmployerInputSchema.safeParse(candidate);
    if (!parsed.success) {
      form.fail(issuesByPath(parsed.error));
      return;
    }
    form.clearErrors();
    onSubmit(parsed.data);
  }

  const input = (field: EmployerField, width: "w20" | "w5" = "w20", optional = true) => (
    <TextInput
      {...form.bind(field)}
      label={t(`kommun.employer.${field}`)}
      optional={optional}
      width={width}
      autoComplete="off"
    />
  );

  return (
    <DraftForm
      form={form}
      onSubmit={submit}
      formError={formError}
      submitLabel={submitLabel}
      pending={pending}
    >
      {input("name", "w20", false)}
      <TextInput
        {...form.bind("organisationNumber")}
        label={t("kommun.employer.organisationNumber")}
        optional
        hint={t("kommun.employer.organisationNumberHint")}
        width="pin"
        autoComplete="off"
      />
      {input("industry")}
      {input("contactName")}
      {input("contactPhone")}
      {input("contactEmail")}
    </DraftForm>
  );
}

/** One entry in an employer's contact log: when, how, what, and about whom. */
export function EmployerContactForm({
  participants,
  pending,
  formError,
  onSubmit,
}: {
  participants: readonly { enrolmentId: string; name: string }[];
  pending: boolean;
  formError?: string | null;
  onSubmit: (contact: EmployerContactInput, reset: () => void) => void;
}) {
  const { t } = useTranslation();
  const form = useFormDraft({
    initial: () => ({
      contactedOn: todayIsoDate(),
      channel: "phone",
      summary: "",
      enrolmentId: "",
    }),
    idPrefix: "contact",
    fields: ["contactedOn", "summary"],
    fallback: "errors.internal",
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const { contactedOn, channel, summary, enrolmentId } = form.draft;
    const parsed = EmployerContactInputSchema.safeParse({
      contactedOn: contactedOn.trim(),
      channel,
      summary,
      enrolmentId: enrolmentId || null,
    });
    if (!parsed.success) {
      form.fail(issuesByPath(parsed.error));
      return;
    }
    form.clearErrors();
    onSubmit(parsed.data, () => form.set({ summary: "", enrolmentId: "" }));
  }

  return (
    <DraftForm
      form={form}
      onSubmit={submit}
      formError={formError}
      submitLabel={t("kommun.contact.save")}
      pending={pending}
    >
      <DateInput {...form.bind("contactedOn")} label={t("kommun.contact.date")} />
      <Select
        {...form.bind("channel")}
        label={t("kommun.contact.channel")}
        options={EMPLOYER_CONTACT_CHANNELS.map((c) => ({
          value: c,
          label: t(`kommun.contactChannel.${c}`),
        }))}
      />
      <Textarea
        {...form.bind("summary")}
        label={t("kommun.contact.summary")}
        hint={t("kommun.contact.summaryHint")}
        rows={3}
      />
      <Select
        {...form.bind("enrolmentId")}
        label={t("kommun.contact.participant")}
        optional
        options={[
          { value: "", label: t("kommun.contact.participantNone") },
          ...participants.map((p) => ({ value: p.enrolmentId, label: p.name })),
        ]}
      />
    </DraftForm>
  );
}
