import { ACTIVITY_TYPES, ResourceRequestInputSchema } from "@opis/domain";
import {
  Breadcrumbs,
  describeClientError,
  ErrorSummary,
  issuesByPath,
  Notice,
  parseLocaleNumber,
  RadioGroup,
  Select,
  type SummaryError,
  Textarea,
  TextInput,
  translateKey,
  useMutation,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useDocumentTitle } from "../use-document-title";
import { useOwnParticipants } from "../use-own-participants";

const FIELDS = [
  "activityType",
  "description",
  "hours",
  "enrolmentId",
  "forWhom",
  "reason",
] as const;

/** A request for resource: what, how much, for whom, why. */
export function RequestNewScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  useDocumentTitle(t("kommun.request.newTitle"));
  const participants = useOwnParticipants();
  const create = useMutation(trpc.resourceRequests.create.mutationOptions());
  const [activityType, setActivityType] = useState("");
  const [description, setDescription] = useState("");
  const [hours, setHours] = useState("");
  const [target, setTarget] = useState<"one" | "group">(params.get("deltagare") ? "one" : "group");
  const [enrolmentId, setEnrolmentId] = useState(params.get("deltagare") ?? "");
  const [forWhom, setForWhom] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusToken, setFocusToken] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const errorOf = (f: string) =>
    errors[f] ? translateKey(t, errors[f], undefined, "validation.invalid") : undefined;
  const summary: SummaryError[] = FIELDS.flatMap((f) => {
    const message = errorOf(f);
    return message ? [{ id: `request-${f}`, message }] : [];
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsedHours = parseLocaleNumber(hours);
    const found: Record<string, string> = {};
    const parsed = ResourceRequestInputSchema.safeParse({
      activityType: activityType || undefined,
      description,
      hours: parsedHours === undefined ? null : parsedHours,
      enrolmentId: target === "one" ? enrolmentId || null : null,
      forWhom: target === "group" ? forWhom.trim() || null : null,
      reason,
    });
    if (!parsed.success) Object.assign(found, issuesByPath(parsed.error));
    if (found.activityType) found.activityType = "kommun.request.type.required";
    if (target === "one" && !enrolmentId) found.enrolmentId = "kommun.request.participant.required";
    if (target === "group" && !forWhom.trim()) found.forWhom = "kommun.request.group.required";
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFocusToken((n) => n + 1);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.resourceRequests.pathKey() });
        navigate(`/forfragningar/${result.id}`, { state: { created: true } });
      },
      onError: (error) => {
        const info = describeClientError(error);
        setErrors(
          Object.fromEntries(Object.entries(info.fieldErrors).map(([k, v]) => [k, v[0] ?? ""])),
        );
        setFormError(translateKey(t, info.messageKey));
        setFocusToken((n) => n + 1);
      },
    });
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/forfragningar", label: t("kommun.requests.title") },
          { label: t("kommun.request.newTitle") },
        ]}
      />
      <h1>{t("kommun.request.newTitle")}</h1>
      <p className="lead">{t("kommun.request.lead")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary errors={summary} focusToken={focusToken} />
        {formError ? (
          <Notice kind="error" role="alert">
            <p>{formError}</p>
          </Notice>
        ) : null}
        <Select
          id="request-activityType"
          label={t("kommun.request.type")}
          placeholder={t("form.choose")}
          value={activityType}
          error={errorOf("activityType")}
          onChange={(event) => setActivityType(event.target.value)}
          options={ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`vocab.activityType.${a}`) }))}
        />
        <Textarea
          id="request-description"
          label={t("kommun.request.what")}
          hint={t("kommun.request.whatHint")}
          rows={3}
          value={description}
          error={errorOf("description")}
          onChange={(event) => setDescription(event.target.value)}
        />
        <TextInput
          id="request-hours"
          label={
            <>
              {t("kommun.request.hours")} <span className="optional">{t("form.optional")}</span>
            </>
          }
          hint={t("kommun.request.hoursHint")}
          width="w5"
          inputMode="decimal"
          autoComplete="off"
          value={hours}
          error={errorOf("hours")}
          onChange={(event) => setHours(event.target.value)}
        />
        <RadioGroup
          id="request-target"
          name="target"
          label={t("kommun.request.forWhom")}
          value={target}
          onChange={(v) => setTarget(v === "one" ? "one" : "group")}
          options={[
            { value: "one", label: t("kommun.request.target.one") },
            { value: "group", label: t("kommun.request.target.group") },
          ]}
        />
        {target === "one" ? (
          <Select
            id="request-enrolmentId"
            label={t("kommun.request.participant")}
            placeholder={t("form.choose")}
            value={enrolmentId}
            error={errorOf("enrolmentId")}
            onChange={(event) => setEnrolmentId(event.target.value)}
            options={participants.options.map((p) => ({ value: p.enrolmentId, label: p.name }))}
          />
        ) : (
          <Textarea
            id="request-forWhom"
            label={t("kommun.request.group")}
            hint={t("kommun.request.groupHint")}
            rows={2}
            value={forWhom}
            error={errorOf("forWhom")}
            onChange={(event) => setForWhom(event.target.value)}
          />
        )}
        <Textarea
          id="request-reason"
          label={t("kommun.request.reason")}
          hint={t("kommun.request.reasonHint")}
          rows={3}
          value={reason}
          error={errorOf("reason")}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {t("kommun.request.send")}
        </button>
      </form>
    </>
  );
}
