import { ACTIVITY_TYPES, ResourceRequestInputSchema } from "@opis/domain";
import {
  Breadcrumbs,
  DraftForm,
  describeClientError,
  issuesByPath,
  parseLocaleNumber,
  RadioGroup,
  Select,
  serverFieldErrors,
  Textarea,
  TextInput,
  translateKey,
  useFormDraft,
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
  const form = useFormDraft({
    initial: () => ({
      activityType: "",
      description: "",
      hours: "",
      target: (params.get("deltagare") ? "one" : "group") as "one" | "group",
      enrolmentId: params.get("deltagare") ?? "",
      forWhom: "",
      reason: "",
    }),
    idPrefix: "request",
    fields: FIELDS,
  });
  const [formError, setFormError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const { activityType, description, hours, target, enrolmentId, forWhom, reason } = form.draft;
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
    if (!parsed.success || Object.keys(found).length > 0) {
      form.fail(found);
      return;
    }
    form.clearErrors();
    create.mutate(parsed.data, {
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.resourceRequests.pathKey() });
        navigate(`/forfragningar/${result.id}`, { state: { created: true } });
      },
      onError: (error) => {
        const info = describeClientError(error);
        form.fail(serverFieldErrors(info.fieldErrors));
        setFormError(translateKey(t, info.messageKey));
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
      <DraftForm
        form={form}
        onSubmit={submit}
        formError={formError}
        submitLabel={t("kommun.request.send")}
        pending={create.isPending}
      >
        <Select
          {...form.bind("activityType")}
          label={t("kommun.request.type")}
          placeholder={t("form.choose")}
          options={ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`vocab.activityType.${a}`) }))}
        />
        <Textarea
          {...form.bind("description")}
          label={t("kommun.request.what")}
          hint={t("kommun.request.whatHint")}
          rows={3}
        />
        <TextInput
          {...form.bind("hours")}
          label={t("kommun.request.hours")}
          optional
          hint={t("kommun.request.hoursHint")}
          width="w5"
          inputMode="decimal"
          autoComplete="off"
        />
        <RadioGroup
          id="request-target"
          name="target"
          label={t("kommun.request.forWhom")}
          value={form.draft.target}
          onChange={(v) => form.set({ target: v === "one" ? "one" : "group" })}
          options={[
            { value: "one", label: t("kommun.request.target.one") },
            { value: "group", label: t("kommun.request.target.group") },
          ]}
        />
        {form.draft.target === "one" ? (
          <Select
            {...form.bind("enrolmentId")}
            label={t("kommun.request.participant")}
            placeholder={t("form.choose")}
            options={participants.options.map((p) => ({ value: p.enrolmentId, label: p.name }))}
          />
        ) : (
          <Textarea
            {...form.bind("forWhom")}
            label={t("kommun.request.group")}
            hint={t("kommun.request.groupHint")}
            rows={2}
          />
        )}
        <Textarea
          {...form.bind("reason")}
          label={t("kommun.request.reason")}
          hint={t("kommun.request.reasonHint")}
          rows={3}
        />
      </DraftForm>
    </>
  );
}
