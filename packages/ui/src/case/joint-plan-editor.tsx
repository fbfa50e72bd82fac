import type { RouterOutputs } from "@opis/api";
import {
  ACTIVITY_TYPES,
  PLAN_ITEM_STATUSES,
  type PlanItemStatus,
  RESPONSIBLE_PARTIES,
  type ResponsibleParty,
} from "@opis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { Notice } from "../feedback/notice";
import { SavedIndicator, type SaveState } from "../feedback/saved-indicator";
import { Checkbox, RadioGroup } from "../form/choices";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { Select } from "../form/select";
import { DateInput, Textarea, TextInput } from "../form/text-input";
import { formatDate, formatTime } from "../format/format";
import { translateKey } from "../i18n";
import { downloadBase64 } from "../statistics/download";
import { useTRPC } from "../trpc/client";
import { describeClientError } from "../trpc/errors";
import { CaseLoadError, CaseLoading } from "./case-states";
import {
  checkPlanDraft,
  type DraftItem,
  newPlanEntryId,
  type PlanDraft,
  planFieldId,
  reapplyPlanEdits,
  sameDraft,
  toDraft,
} from "./plan-draft";
import { PlanSummary, usePlanChanges } from "./plan-summary";

type PlanData = RouterOutputs["plans"]["get"];

const CHANGE_NOTE_MAX = 500;

function savedLine(
  t: (key: string, options?: Record<string, unknown>) => string,
  plan: { version: number; savedAt: string | null; savedBy: string | null },
) {
  if (plan.version === 0 || !plan.savedAt) return t("case.plan.neverSaved");
  return t("case.plan.savedLine", {
    version: plan.version,
    date: formatDate(plan.savedAt),
    time: formatTime(plan.savedAt),
    name: plan.savedBy ?? "",
  });
}

/**
 * The joint plan: the participant's own goals, the planned items with who is
 * responsible and when they are reviewed, the next review and the agreement.
 * Every save is a new version. When someone else saved in between, the save
 * is refused and the user sees both and reapplies their edits on the newest.
 */
export function JointPlanEditor({
  enrolmentId,
  editable,
}: {
  enrolmentId: string;
  /** False once the participation has ended: the plan is shown, not edited. */
  editable: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const plan = useQuery(trpc.plans.get.queryOptions({ enrolmentId }, { staleTime: 0 }));
  const [printing, setPrinting] = useState(false);
  // The participant's own paper: a tagged PDF in plain Swedish from the same plan.
  const pdf = useMutation(trpc.plans.pdf.mutationOptions({ onSuccess: downloadBase64 }));
  // And the summary of the whole participation, for the participant too.
  const summaryPdf = useMutation(
    trpc.participants.summaryPdf.mutationOptions({ onSuccess: downloadBase64 }),
  );
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener("afterprint", done);
    window.print();
    return () => window.removeEventListener("afterprint", done);
  }, [printing]);
  if (plan.isPending) return <CaseLoading />;
  if (plan.isError) return <CaseLoadError title={t("case.plan.loadError")} error={plan.error} />;
  return (
    <>
      <p className="no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPrinting(true)}
        >
          {t("case.plan.print")}
        </button>{" "}
        <button
          type="button"
          className="button button--secondary"
          disabled={pdf.isPending}
          onClick={() => pdf.mutate({ enrolmentId })}
        >
          {t("case.plan.pdf")}
        </button>{" "}
        <button
          type="button"
          className="button button--secondary"
          disabled={summaryPdf.isPending}
          onClick={() => summaryPdf.mutate({ enrolmentId })}
        >
          {t("case.summary.pdf")}
        </button>
      </p>
      {pdf.isError || summaryPdf.isError ? (
        <Notice kind="error" role="alert">
          <p>{t("case.plan.pdfError")}</p>
        </Notice>
      ) : null}
      {/* What the paper shows: the current plan as the participant reads it. Rendered only
          while printing, so the page never holds the plan's text twice. */}
      {printing ? (
        <div className="print-only" data-testid="plan-print">
          <h2>{t("case.plan.printTitle")}</h2>
          <PlanSummary plan={toDraft(plan.data.content)} />
        </div>
      ) : null}
      {editable ? (
        <PlanForm enrolmentId={enrolmentId} initial={plan.data} />
      ) : (
        <>
          <p>{savedLine(t, plan.data)}</p>
          <Notice>
            <p>{t("case.plan.readOnly")}</p>
          </Notice>
          <PlanSummary plan={toDraft(plan.data.content)} />
        </>
      )}
      <PlanHistory history={plan.data.history} />
    </>
  );
}

/** One line of what a version changed from the one before (the domain's planChanges). */
function describeChange(
  t: (key: string, options?: Record<string, unknown>) => string,
  change: PlanData["history"][number]["changes"][number],
): string {
  switch (change.kind) {
    case "nextReviewDateChanged":
      return t("case.plan.diff.nextReview", {
        from: change.from ? formatDate(change.from) : t("case.plan.diff.noDate"),
        to: change.to ? formatDate(change.to) : t("case.plan.diff.noDate"),
      });
    case "agreementChanged":
      return t(change.to ? "case.plan.diff.agreed" : "case.plan.diff.notAgreed");
    default:
      return t(`case.plan.diff.${change.kind}`, { text: change.text });
  }
}

function PlanHistory({ history }: { history: PlanData["history"] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-history-title">
      <h3 id="plan-history-title">{t("case.plan.history")}</h3>
      {history.length === 0 ? (
        <p>{t("case.plan.historyEmpty")}</p>
      ) : (
        <table className="simple-table" data-testid="plan-history">
          <caption className="visually-hidden">{t("case.plan.history")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("case.plan.col.version")}</th>
              <th scope="col">{t("case.plan.col.savedAt")}</th>
              <th scope="col">{t("case.plan.col.savedBy")}</th>
              <th scope="col">{t("case.plan.col.note")}</th>
              <th scope="col">{t("case.plan.col.changes")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td>
                  {formatDate(v.savedAt)} {formatTime(v.savedAt)}
                </td>
                <td>
                  {v.savedBy} ({t(`vocab.organisationKind.${v.organisation}`)})
                </td>
                <td>{v.changeNote ?? "–"}</td>
                <td>
                  <ul className="plan-history__changes">
                    {v.changes.map((change) => (
                      <li key={`${change.kind}-${"id" in change ? change.id : ""}`}>
                        {describeChange(t, change)}
                      </li>
                    ))}
                  </ul>
                  {/* The version as it was saved, opened in place. */}
                  <details>
                    <summary>{t("case.plan.diff.open", { version: v.version })}</summary>
                    <PlanSummary plan={toDraft(v.content)} />
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PlanForm({ enrolmentId, initial }: { enrolmentId: string; initial: PlanData }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(() => ({
    version: initial.version,
    savedAt: initial.savedAt,
    savedBy: initial.savedBy,
    draft: toDraft(initial.content),
  }));
  const [draft, setDraft] = useState<PlanDraft>(() => toDraft(initial.content));
  const [changeNote, setChangeNote] = useState("");
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ status: "idle" });
  const [conflict, setConflict] = useState<PlanData | null>(null);
  const [reapplied, setReapplied] = useState<{ version: number; clashes: number } | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const reappliedRef = useRef<HTMLHeadingElement>(null);
  const conflictRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  useEffect(() => {
    if (reapplied) reappliedRef.current?.focus();
  }, [reapplied]);

  const save = useMutation(trpc.plans.save.mutationOptions());
  const unsaved = !sameDraft(base.draft, draft);
  const errorFor = (id: string) => errors.find((e) => e.id === id)?.message;

  const update = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateItem = (index: number, patch: Partial<DraftItem>) =>
    setDraft((d) => ({
      ...d,
      items: d.items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    }));

  async function invalidateCase() {
    await Promise.all(
      [
        trpc.plans.get.queryKey({ enrolmentId }),
        trpc.participants.get.queryKey({ enrolmentId }),
        trpc.participants.timeline.queryKey({ enrolmentId }),
        trpc.participants.list.queryKey(),
        trpc.todo.list.queryKey(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  }

  function fail(list: SummaryError[]) {
    setErrors(list);
    setFocusToken((n) => n + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkPlanDraft(draft);
    const list: SummaryError[] = checked.ok
      ? []
      : checked.issues.map((i) => ({ id: i.id, message: translateKey(t, i.messageKey) }));
    if (changeNote.trim().length > CHANGE_NOTE_MAX) {
      list.push({
        id: "plan-change-note",
        message: translateKey(t, "validation.plan.changeNote.tooLong"),
      });
    }
    if (!checked.ok || list.length > 0) {
      fail(list);
      return;
    }
    setErrors([]);
    setSaveState({ status: "saving" });
    const content = checked.content;
    save.mutate(
      {
        enrolmentId,
        basedOnVersion: base.version,
        content,
        ...(changeNote.trim() ? { changeNote: changeNote.trim() } : {}),
      },
      {
        onSuccess: async (result) => {
          const saved = toDraft(content);
          setBase({
            version: result.version,
            savedAt: result.savedAt,
            savedBy: result.savedBy,
            draft: saved,
          });
          setDraft(saved);
          setChangeNote("");
          setReapplied(null);
          setSaveState({ status: "saved", at: result.savedAt });
          await invalidateCase();
        },
        onError: async (error) => {
          const info = describeClientError(error);
          if (info.messageKey === "errors.plan.conflict") {
            setSaveState({ status: "idle" });
            try {
              const latest = await queryClient.fetchQuery({
                ...trpc.plans.get.queryOptions({ enrolmentId }),
                staleTime: 0,
              });
              setConflict(latest);
            } catch (loadError) {
              fail([
                {
                  id: "",
                  message: translateKey(t, describeClientError(loadError).messageKey),
                },
              ]);
            }
            return;
          }
          setSaveState({ status: "failed" });
          const fieldErrors = Object.entries(info.fieldErrors).flatMap(([path, keys]) => {
            const parts = path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
            const id = planFieldId(parts[0] === "content" ? parts.slice(1) : parts);
            return keys.map((key) => ({ id, message: translateKey(t, key) }));
          });
          fail([{ id: "", message: translateKey(t, info.messageKey) }, ...fieldErrors]);
        },
      },
    );
  }

  function reapply() {
    if (!conflict) return;
    const theirs = toDraft(conflict.content);
    const merged = reapplyPlanEdits(base.draft, draft, theirs);
    setBase({
      version: conflict.version,
      savedAt: conflict.savedAt,
      savedBy: conflict.savedBy,
      draft: theirs,
    });
    setDraft(merged.draft);
    setReapplied({ version: conflict.version, clashes: merged.clashes });
    setConflict(null);
    setErrors([]);
  }

  function discardMine() {
    if (!conflict) return;
    const theirs = toDraft(conflict.content);
    setBase({
      version: conflict.version,
      savedAt: conflict.savedAt,
      savedBy: conflict.savedBy,
      draft: theirs,
    });
    setDraft(theirs);
    setChangeNote("");
    setConflict(null);
    setConfirmDiscard(false);
    setReapplied(null);
    void invalidateCase();
  }

  if (conflict) {
    return (
      <PlanConflict
        headingRef={conflictRef}
        base={base.draft}
        mine={draft}
        latest={conflict}
        onReapply={reapply}
        onDiscard={() => setConfirmDiscard(true)}
        confirmDiscard={confirmDiscard}
        onConfirmDiscard={discardMine}
        onCancelDiscard={() => setConfirmDiscard(false)}
      />
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      {reapplied ? (
        <Notice kind="info" role="status">
          <h3 ref={reappliedRef} tabIndex={-1}>
            {t("case.plan.reapplied.title", { version: reapplied.version })}
          </h3>
          <p>{t("case.plan.reapplied.body")}</p>
          {reapplied.clashes > 0 ? (
            <p>{t("case.plan.reapplied.clashes", { count: reapplied.clashes })}</p>
          ) : null}
        </Notice>
      ) : null}
      <p data-testid="plan-saved-line">{savedLine(t, base)}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="plan-form-title">
        <h3 id="plan-form-title" className="visually-hidden">
          {t("case.plan.formTitle")}
        </h3>
        <fieldset className="form-section">
          <legend className="form-section__title">{t("case.plan.goals")}</legend>
          <p className="field__hint">{t("case.plan.goalsHint")}</p>
          {draft.goals.length === 0 ? <p>{t("case.plan.noGoals")}</p> : null}
          {draft.goals.map((goal, index) => (
            <div key={goal.id} className="plan-entry">
              <TextInput
                id={`plan-goal-${index}`}
                label={t("case.plan.goalLabel", { n: index + 1 })}
                error={errorFor(`plan-goal-${index}`)}
                value={goal.text}
                onChange={(event) =>
                  update({
                    goals: draft.goals.map((g, i) =>
                      i === index ? { ...g, text: event.target.value } : g,
                    ),
                  })
                }
              />
              <RemoveButton
                label={t("case.plan.removeGoal", { n: index + 1 })}
                onClick={() => {
                  update({ goals: draft.goals.filter((_, i) => i !== index) });
                  setFocusId("plan-add-goal");
                }}
              />
            </div>
          ))}
          <button
            id="plan-add-goal"
            type="button"
            className="button button--secondary"
            onClick={() => {
              update({ goals: [...draft.goals, { id: newPlanEntryId("g"), text: "" }] });
              setFocusId(`plan-goal-${draft.goals.length}`);
            }}
          >
            {t("case.plan.addGoal")}
          </button>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__title">{t("case.plan.items")}</legend>
          <p className="field__hint">{t("case.plan.itemsHint")}</p>
          {draft.items.length === 0 ? <p>{t("case.plan.noItems")}</p> : null}
          {draft.items.map((item, index) => (
            <PlanItemFields
              key={item.id}
              index={index}
              item={item}
              errorFor={errorFor}
              onChange={(patch) => updateItem(index, patch)}
              onRemove={() => {
                update({ items: draft.items.filter((_, i) => i !== index) });
                setFocusId("plan-add-item");
              }}
            />
          ))}
          <button
            id="plan-add-item"
            type="button"
            className="button button--secondary"
            onClick={() => {
              update({
                items: [
                  ...draft.items,
                  {
                    id: newPlanEntryId("i"),
                    description: "",
                    activityType: "",
                    responsible: "af",
                    reviewDate: "",
                    status: "planned",
                  },
                ],
              });
              setFocusId(`plan-item-${draft.items.length}-description`);
            }}
          >
            {t("case.plan.addItem")}
          </button>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__title">{t("case.plan.followUp")}</legend>
          <DateInput
            id="plan-next-review"
            label={t("case.plan.nextReview")}
            hint={t("case.plan.nextReviewHint")}
            error={errorFor("plan-next-review")}
            value={draft.nextReviewDate}
            onChange={(event) => update({ nextReviewDate: event.target.value })}
          />
          <Checkbox
            id="plan-agreed"
            label={t("case.plan.agreed")}
            hint={t("case.plan.agreedHint")}
            checked={draft.agreedWithParticipant}
            onChange={(event) => update({ agreedWithParticipant: event.target.checked })}
          />
          <Textarea
            id="plan-change-note"
            label={t("case.plan.changeNote")}
            hint={t("case.plan.changeNoteHint")}
            error={errorFor("plan-change-note")}
            rows={3}
            value={changeNote}
            onChange={(event) => setChangeNote(event.target.value)}
          />
        </fieldset>
        <div className="button-group">
          <button type="submit" className="button" disabled={save.isPending}>
            {t("case.plan.save")}
          </button>
          {unsaved ? <span className="secondary-text">{t("case.plan.unsaved")}</span> : null}
        </div>
        <SavedIndicator state={saveState} />
      </form>
    </>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="field">
      <button type="button" className="button button--link" onClick={onClick}>
        {label}
      </button>
    </div>
  );
}

function PlanItemFields({
  index,
  item,
  errorFor,
  onChange,
  onRemove,
}: {
  index: number;
  item: DraftItem;
  errorFor: (id: string) => string | undefined;
  onChange: (patch: Partial<DraftItem>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const prefix = `plan-item-${index}`;
  return (
    <fieldset className="plan-entry">
      <legend>{t("case.plan.itemLegend", { n: index + 1 })}</legend>
      <TextInput
        id={`${prefix}-description`}
        label={t("case.plan.itemDescription")}
        hint={t("case.plan.itemDescriptionHint")}
        error={errorFor(`${prefix}-description`)}
        value={item.description}
        onChange={(event) => onChange({ description: event.target.value })}
      />
      <Select
        id={`${prefix}-activityType`}
        label={t("case.plan.itemType")}
        placeholder={t("case.plan.itemTypeNone")}
        value={item.activityType}
        onChange={(event) => onChange({ activityType: event.target.value })}
        options={ACTIVITY_TYPES.map((type) => ({
          value: type,
          label: t(`vocab.activityType.${type}`),
        }))}
      />
      <RadioGroup
        id={`${prefix}-responsible`}
        name={`${prefix}-responsible-${item.id}`}
        label={t("case.plan.itemResponsible")}
        inline
        value={item.responsible}
        onChange={(value) => onChange({ responsible: value as ResponsibleParty })}
        options={RESPONSIBLE_PARTIES.map((party) => ({
          value: party,
          label: t(`vocab.responsibleParty.${party}`),
        }))}
      />
      <DateInput
        id={`${prefix}-reviewDate`}
        label={t("case.plan.itemReview")}
        hint={t("form.dateHint")}
        error={errorFor(`${prefix}-reviewDate`)}
        value={item.reviewDate}
        onChange={(event) => onChange({ reviewDate: event.target.value })}
      />
      <Select
        id={`${prefix}-status`}
        label={t("case.plan.itemStatus")}
        value={item.status}
        onChange={(event) => onChange({ status: event.target.value as PlanItemStatus })}
        options={PLAN_ITEM_STATUSES.map((status) => ({
          value: status,
          label: t(`vocab.planItemStatus.${status}`),
        }))}
      />
      <RemoveButton label={t("case.plan.removeItem", { n: index + 1 })} onClick={onRemove} />
    </fieldset>
  );
}

function PlanConflict({
  headingRef,
  base,
  mine,
  latest,
  onReapply,
  onDiscard,
  confirmDiscard,
  onConfirmDiscard,
  onCancelDiscard,
}: {
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  base: PlanDraft;
  mine: PlanDraft;
  latest: PlanData;
  onReapply: () => void;
  onDiscard: () => void;
  confirmDiscard: boolean;
  onConfirmDiscard: () => void;
  onCancelDiscard: () => void;
}) {
  const { t } = useTranslation();
  const theirs = toDraft(latest.content);
  const theirChanges = usePlanChanges(base, theirs);
  const myChanges = usePlanChanges(base, mine);
  const theirNote = latest.history[0]?.changeNote ?? null;
  const theirsId = useId();
  const mineId = useId();
  const who = latest.savedBy ?? t("case.plan.someone");
  return (
    <section data-testid="plan-conflict">
      <Notice kind="error" role="alert">
        <h3 ref={headingRef} tabIndex={-1}>
          {t("case.plan.conflict.title")}
        </h3>
        <p>
          {t("case.plan.conflict.body", {
            name: who,
            version: latest.version,
            time: latest.savedAt ? formatTime(latest.savedAt) : "",
          })}
        </p>
      </Notice>
      <div className="conflict-columns">
        <section className="panel" aria-labelledby={theirsId}>
          <h4 id={theirsId}>
            {t("case.plan.conflict.theirs", { name: who, version: latest.version })}
          </h4>
          <ChangeList lines={theirChanges} note={theirNote} />
          <PlanSummary plan={theirs} testId="plan-conflict-theirs" />
        </section>
        <section className="panel" aria-labelledby={mineId}>
          <h4 id={mineId}>{t("case.plan.conflict.mine")}</h4>
          <ChangeList lines={myChanges} note={null} />
          <PlanSummary plan={mine} testId="plan-conflict-mine" />
        </section>
      </div>
      <div className="button-group">
        <button type="button" className="button" onClick={onReapply}>
          {t("case.plan.conflict.reapply")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          {t("case.plan.conflict.discard")}
        </button>
      </div>
      <ConfirmDialog
        open={confirmDiscard}
        title={t("case.plan.conflict.discardTitle")}
        confirmLabel={t("case.plan.conflict.discardConfirm")}
        onConfirm={onConfirmDiscard}
        onCancel={onCancelDiscard}
        destructive
      >
        <p>{t("case.plan.conflict.discardBody", { version: latest.version })}</p>
      </ConfirmDialog>
    </section>
  );
}

function ChangeList({ lines, note }: { lines: string[]; note: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {lines.length === 0 ? (
        <p>{t("case.plan.change.none")}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {note ? <p>{t("case.plan.change.note", { note })}</p> : null}
    </>
  );
}
