import type { RouterOutputs } from "@opis/api";
import {
  assessEligibilityOnPartialFacts,
  type IntakeFacts,
  IntakeFactsSchema,
  type ProjectDefinition,
} from "@opis/domain";
import {
  ConfirmDialog,
  describeClientError,
  ErrorSummary,
  formatDate,
  municipalityName,
  SavedIndicator,
  type SummaryError,
  todayIsoDate,
  translateKey,
  useForm,
  useMutation,
  useQueryClient,
  useTRPC,
  useTranslation,
  useWatch,
  zodResolver,
} from "@opis/ui";
import { useState } from "react";
import { DecisionSection } from "./decision-section";
import {
  type CheckedDecision,
  CONSENT_FIELDS,
  checkDecision,
  type DecisionErrors,
  type DecisionField,
  type DecisionValues,
  decisionFieldId,
  emptyDecision,
  NO_DECISION_ERRORS,
  restoreDecision,
} from "./decision-values";
import { EligibilityPanel } from "./eligibility-panel";
import { factErrorText } from "./fact-error-text";
import {
  type DraftEntries,
  draftEntriesOf,
  FACT_ORDER,
  type FactKey,
  factFieldId,
  restoreFacts,
  validFacts,
} from "./facts";
import { FactsForm } from "./facts-form";
import { PersonSummary } from "./person-summary";
import { draftKey, useDraftAutosave } from "./use-draft-autosave";

type Intake = RouterOutputs["intake"]["get"];

interface Pending {
  facts: IntakeFacts;
  checked: CheckedDecision;
}

/** The draft intake: facts with a live assessment beside them, auto-saved; then the decision. */
export function IntakeForm({
  intake,
  project,
  name,
}: {
  intake: Intake;
  project: ProjectDefinition;
  name: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = todayIsoDate();

  const [defaults] = useState<Partial<IntakeFacts>>(
    () =>
      ({
        gender: intake.person.gender,
        birthDate: intake.person.birthDate,
        ...restoreFacts(intake.facts as Partial<IntakeFacts>, intake.entries as DraftEntries),
      }) as Partial<IntakeFacts>,
  );
  const form = useForm<IntakeFacts>({
    resolver: zodResolver(IntakeFactsSchema),
    defaultValues: defaults,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const watched = useWatch({ control: form.control }) as Partial<Record<FactKey, unknown>>;
  const live = assessEligibilityOnPartialFacts(project, validFacts(watched), today);

  // A reloaded draft comes back as it was left: the decision and a "Ja" still without its date.
  const [restoredDecision] = useState<DecisionValues>(() =>
    restoreDecision(
      emptyDecision(
        today,
        project.municipalities.some((c) => c === defaults.municipalityCode)
          ? (defaults.municipalityCode ?? "")
          : "",
      ),
      intake.entries as DraftEntries,
    ),
  );
  const [decision, setDecision] = useState<DecisionValues>(restoredDecision);
  // The participation's municipality starts as the one the person lives in, if it is in the project.
  const withMunicipalityDefault = (d: DecisionValues): DecisionValues => {
    const lives = watched.municipalityCode;
    return d.municipalityCode === "" &&
      typeof lives === "string" &&
      project.municipalities.some((c) => c === lives)
      ? { ...d, municipalityCode: lives }
      : d;
  };
  const [decisionErrors, setDecisionErrors] = useState<DecisionErrors>(NO_DECISION_ERRORS);
  const [focusToken, setFocusToken] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);

  const onDecided = async () => {
    setPending(null);
    await Promise.all([
      queryClient.invalidateQueries({
        queryKey: trpc.intake.get.queryKey({ intakeId: intake.id }),
      }),
      queryClient.invalidateQueries({ queryKey: trpc.participants.list.pathKey() }),
    ]);
  };
  const onFailed = (error: unknown) => {
    const info = describeClientError(error);
    const fields: DecisionErrors["fields"] = {};
    let fieldErrorCount = 0;
    for (const [path, keys] of Object.entries(info.fieldErrors)) {
      const [scope, field] = path.split(".");
      const key = keys[0];
      if (!key || !field) continue;
      fieldErrorCount += 1;
      if (scope === "facts" && (FACT_ORDER as readonly string[]).includes(field)) {
        form.setError(field as FactKey, { message: key });
      } else if (scope === "decision") {
        fields[field as DecisionField] = key;
      } else if (scope === "consent" && field in CONSENT_FIELDS) {
        fields[CONSENT_FIELDS[field as keyof typeof CONSENT_FIELDS]] = key;
      }
    }
    setDecisionErrors({
      fields,
      general:
        fieldErrorCount > 0 && info.messageKey === "errors.validation"
          ? undefined
          : info.messageKey,
    });
    setPending(null);
    setFocusToken((n) => n + 1);
  };
  const enrol = useMutation(
    trpc.intake.enrol.mutationOptions({ onSuccess: onDecided, onError: onFailed }),
  );
  const decline = useMutation(
    trpc.intake.decline.mutationOptions({ onSuccess: onDecided, onError: onFailed }),
  );
  const busy = enrol.isPending || decline.isPending || enrol.isSuccess || decline.isSuccess;

  const saveState = useDraftAutosave(
    intake.id,
    watched,
    draftEntriesOf(watched, decision),
    !busy,
    draftKey(defaults, draftEntriesOf(defaults, restoredDecision)),
  );

  async function submitDecision() {
    let facts: IntakeFacts | null = null;
    await form.handleSubmit(
      (values) => {
        facts = values;
      },
      () => {
        facts = null;
      },
    )();
    const result = checkDecision(decision, facts, project, today);
    setDecisionErrors(result.ok ? NO_DECISION_ERRORS : result.errors);
    if (!result.ok || !facts) {
      setFocusToken((n) => n + 1);
      return;
    }
    setPending({ facts, checked: result.checked });
  }

  function confirm() {
    if (!pending) return;
    if (pending.checked.kind === "enrol") {
      enrol.mutate({
        intakeId: intake.id,
        facts: pending.facts,
        decision: pending.checked.decision,
        consent: pending.checked.consent,
      });
    } else {
      decline.mutate({
        intakeId: intake.id,
        facts: pending.facts,
        decision: pending.checked.decision,
      });
    }
  }

  const summary: SummaryError[] = [
    ...FACT_ORDER.flatMap((key) => {
      const message = form.formState.errors[key]?.message;
      return message
        ? [
            {
              id: factFieldId(key, watched as Partial<IntakeFacts>),
              message: factErrorText(t, key, message, watched[key]),
            },
          ]
        : [];
    }),
    ...(Object.entries(decisionErrors.fields) as [DecisionField, string][]).map(([field, key]) => ({
      id: decisionFieldId(field),
      message: t(key),
    })),
    ...(decisionErrors.general
      ? [{ id: "", message: translateKey(t, decisionErrors.general) }]
      : []),
  ];

  return (
    <>
      <ErrorSummary errors={summary} focusToken={focusToken} />
      <h1>{t("staff.intake.title", { name })}</h1>
      <PersonSummary person={intake.person} />
      <p>{t("staff.intake.lead")}</p>
      <SavedIndicator state={saveState} />
      <div className="two-columns">
        <div className="form">
          <form
            noValidate
            aria-label={t("staff.intake.section.targetGroup")}
            onSubmit={(e) => e.preventDefault()}
          >
            <FactsForm form={form} project={project} legalGender={intake.person.gender} />
          </form>
          <DecisionSection
            project={project}
            values={decision}
            onChange={(patch) => setDecision((d) => withMunicipalityDefault({ ...d, ...patch }))}
            errors={decisionErrors}
            outcome={live.outcome}
            busy={busy}
            onSubmit={() => void submitDecision()}
          />
        </div>
        <aside className="two-columns__aside" aria-label={t("eligibility.title")}>
          <EligibilityPanel project={project} live={live} />
        </aside>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.checked.kind === "decline"
            ? t("staff.confirmDecline.title", { name })
            : t("staff.confirmEnrol.title", { name })
        }
        confirmLabel={
          pending?.checked.kind === "decline"
            ? t("staff.confirmDecline.confirm")
            : t("staff.confirmEnrol.confirm")
        }
        destructive={pending?.checked.kind === "decline"}
        busy={enrol.isPending || decline.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending?.checked.kind === "enrol" ? (
          <>
            <p>
              {t("staff.confirmEnrol.body", {
                name,
                date: formatDate(pending.checked.decision.startDate),
                municipality: municipalityName(pending.checked.decision.municipalityCode),
              })}
            </p>
            {pending.checked.decision.exceptionJustification ? (
              <p>{t("staff.confirmEnrol.exception")}</p>
            ) : null}
          </>
        ) : (
          <p>{t("staff.confirmDecline.body", { name })}</p>
        )}
      </ConfirmDialog>
    </>
  );
}
