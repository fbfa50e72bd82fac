import {
  EMPLOYER_CONTACT_CHANNELS,
  type EmployerContactInput,
  EmployerContactInputSchema,
  type EmployerInput,
  EmployerInputSchema,
} from "@opis/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { Select } from "../form/select";
import { DateInput, Textarea, TextInput } from "../form/text-input";
import { todayIsoDate } from "../format/format";
import { translateKey } from "../i18n";
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
  const [draft, setDraft] = useState<Record<EmployerField, string>>(
    () =>
      Object.fromEntries(EMPLOYER_FIELDS.map((f) => [f, initial?.[f] ?? ""])) as Record<
        EmployerField,
        string
      >,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusToken, setFocusToken] = useState(0);
  const all = { ...errors, ...serverErrors };
  const errorOf = (field: string) => {
    const key = all[field];
    return key ? translateKey(t, key, undefined, "validation.invalid") : undefined;
  };
  const summary: SummaryError[] = EMPLOYER_FIELDS.flatMap((f) => {
    const message = errorOf(f);
    return message ? [{ id: `employer-${f}`, message }] : [];
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = Object.fromEntries(
      EMPLOYER_FIELDS.map((f) => [f, f === "name" ? draft[f] : draft[f].trim() || null]),
    );
    const parsed = EmployerInputSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(issuesByPath(parsed.error));
      setFocusToken((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  }

  const input = (field: EmployerField, width: "w20" | "w5" = "w20", optional = true) => (
    <TextInput
      id={`employer-${field}`}
      label={
        <>
          {t(`kommun.employer.${field}`)}
          {optional ? <span className="optional"> {t("form.optional")}</span> : null}
        </>
      }
      width={width}
      autoComplete="off"
      value={draft[field]}
      error={errorOf(field)}
      onChange={(event) => setDraft((d) => ({ ...d, [field]: event.target.value }))}
    />
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} focusToken={focusToken} />
      {formError ? (
        <Notice kind="error" role="alert">
          <p>{formError}</p>
        </Notice>
      ) : null}
      {input("name", "w20", false)}
      <TextInput
        id="employer-organisationNumber"
        label={
          <>
            {t("kommun.employer.organisationNumber")}
            <span className="optional"> {t("form.optional")}</span>
          </>
        }
        hint={t("kommun.employer.organisationNumberHint")}
        width="pin"
        autoComplete="off"
        value={draft.organisationNumber}
        error={errorOf("organisationNumber")}
        onChange={(event) => setDraft((d) => ({ ...d, organisationNumber: event.target.value }))}
      />
      {input("industry")}
      {input("contactName")}
      {input("contactPhone")}
      {input("contactEmail")}
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
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
  const [contactedOn, setContactedOn] = useState(todayIsoDate());
  const [channel, setChannel] = useState<string>("phone");
  const [summary, setSummary] = useState("");
  const [enrolmentId, setEnrolmentId] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusToken, setFocusToken] = useState(0);
  const errorOf = (field: string) => (errors[field] ? translateKey(t, errors[field]) : undefined);
  const list: SummaryError[] = ["contactedOn", "summary"].flatMap((f) => {
    const message = errorOf(f);
    return message ? [{ id: `contact-${f}`, message }] : [];
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = EmployerContactInputSchema.safeParse({
      contactedOn: contactedOn.trim(),
      channel,
      summary,
      enrolmentId: enrolmentId || null,
    });
    if (!parsed.success) {
      setErrors(issuesByPath(parsed.error));
      setFocusToken((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(parsed.data, () => {
      setSummary("");
      setEnrolmentId("");
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary errors={list} focusToken={focusToken} />
      {formError ? (
        <Notice kind="error" role="alert">
          <p>{formError}</p>
        </Notice>
      ) : null}
      <DateInput
        id="contact-contactedOn"
        label={t("kommun.contact.date")}
        value={contactedOn}
        error={errorOf("contactedOn")}
        onChange={(event) => setContactedOn(event.target.value)}
      />
      <Select
        id="contact-channel"
        label={t("kommun.contact.channel")}
        value={channel}
        onChange={(event) => setChannel(event.target.value)}
        options={EMPLOYER_CONTACT_CHANNELS.map((c) => ({
          value: c,
          label: t(`kommun.contactChannel.${c}`),
        }))}
      />
      <Textarea
        id="contact-summary"
        label={t("kommun.contact.summary")}
        hint={t("kommun.contact.summaryHint")}
        rows={3}
        value={summary}
        error={errorOf("summary")}
        onChange={(event) => setSummary(event.target.value)}
      />
      <Select
        id="contact-enrolmentId"
        label={
          <>
            {t("kommun.contact.participant")}
            <span className="optional"> {t("form.optional")}</span>
          </>
        }
        value={enrolmentId}
        onChange={(event) => setEnrolmentId(event.target.value)}
        options={[
          { value: "", label: t("kommun.contact.participantNone") },
          ...participants.map((p) => ({ value: p.enrolmentId, label: p.name })),
        ]}
      />
      <button type="submit" className="button" disabled={pending}>
        {t("kommun.contact.save")}
      </button>
    </form>
  );
}
