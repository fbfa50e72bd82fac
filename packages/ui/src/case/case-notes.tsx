import { CaseNoteSchema } from "@opis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { SavedIndicator, type SaveState } from "../feedback/saved-indicator";
import { StatusTag } from "../feedback/status-tag";
import { RadioGroup } from "../form/choices";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { Textarea } from "../form/text-input";
import { formatDate, formatTime } from "../format/format";
import { translateKey } from "../i18n";
import { useTRPC } from "../trpc/client";
import { describeClientError } from "../trpc/errors";
import { CaseLoadError, CaseLoading } from "./case-states";

type NoteKind = "note" | "handover";

/**
 * Notes in the case and handovers to the other organisation. Opening the list
 * marks the other side's handovers read, so the unread badge is refreshed.
 */
export function CaseNotes({
  enrolmentId,
  handoverLabel,
}: {
  enrolmentId: string;
  /** "Överlämning till kommunen" or "… till Arbetsförmedlingen", by who is writing. */
  handoverLabel: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notes = useQuery(trpc.notes.list.queryOptions({ enrolmentId }, { staleTime: 0 }));
  const [kind, setKind] = useState<NoteKind>("note");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ status: "idle" });

  const loaded = notes.isSuccess;
  useEffect(() => {
    if (loaded) void queryClient.invalidateQueries({ queryKey: trpc.notes.unread.queryKey() });
  }, [loaded, queryClient, trpc]);

  const add = useMutation(
    trpc.notes.add.mutationOptions({
      onSuccess: async (result) => {
        setText("");
        setSaveState({ status: "saved", at: result.createdAt || new Date() });
        await queryClient.invalidateQueries({
          queryKey: trpc.notes.list.queryKey({ enrolmentId }),
        });
        await queryClient.invalidateQueries({
          queryKey: trpc.participants.timeline.queryKey({ enrolmentId }),
        });
      },
      onError: (error) => {
        const info = describeClientError(error);
        const fieldKeys = Object.entries(info.fieldErrors).flatMap(([, keys]) => keys);
        setErrors(
          (fieldKeys.length > 0 ? fieldKeys : [info.messageKey]).map((key) => ({
            id: fieldKeys.length > 0 ? "note-text" : "",
            message: translateKey(t, key),
          })),
        );
        setFocusToken((n) => n + 1);
        setSaveState({ status: "failed" });
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CaseNoteSchema.safeParse({ kind, text });
    if (!parsed.success) {
      setErrors(
        parsed.error.issues.map((issue) => ({
          id: "note-text",
          message: translateKey(t, issue.message),
        })),
      );
      setFocusToken((n) => n + 1);
      return;
    }
    setErrors([]);
    setSaveState({ status: "saving" });
    add.mutate({ enrolmentId, note: parsed.data });
  }

  const textError = errors.find((e) => e.id === "note-text")?.message;

  return (
    <>
      <h3>{t("case.notes.writeTitle")}</h3>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          id="note-kind"
          name="noteKind"
          label={t("case.notes.kind")}
          options={[
            { value: "note", label: t("case.notes.kind.note") },
            { value: "handover", label: handoverLabel },
          ]}
          value={kind}
          onChange={(value) => setKind(value === "handover" ? "handover" : "note")}
        />
        <Textarea
          id="note-text"
          label={t("case.notes.text")}
          hint={kind === "handover" ? t("case.notes.textHintHandover") : t("case.notes.textHint")}
          error={textError}
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={add.isPending}>
            {kind === "handover" ? t("case.notes.sendHandover") : t("case.notes.save")}
          </button>
        </div>
        <SavedIndicator state={saveState} />
      </form>

      <h3>{t("case.notes.listTitle")}</h3>
      {notes.isPending ? (
        <CaseLoading />
      ) : notes.isError ? (
        <CaseLoadError title={t("case.notes.loadError")} error={notes.error} />
      ) : notes.data.length === 0 ? (
        <p>{t("case.notes.empty")}</p>
      ) : (
        <ul className="todo-list" data-testid="notes-list">
          {notes.data.map((note) => (
            <li
              key={note.id}
              className={note.kind === "handover" ? "case-note case-note--handover" : "case-note"}
            >
              <p className="case-timeline__meta">
                {note.kind === "handover" ? (
                  <StatusTag colour="blue">{t("vocab.noteKind.handover")}</StatusTag>
                ) : (
                  <StatusTag colour="grey">{t("vocab.noteKind.note")}</StatusTag>
                )}{" "}
                {formatDate(note.createdAt)} {formatTime(note.createdAt)} · {note.authorName} ·{" "}
                {t(`vocab.organisationKind.${note.authorOrganisation}`)}
                {note.kind === "handover"
                  ? ` · ${
                      note.readAt
                        ? t("case.notes.readAt", { date: formatDate(note.readAt) })
                        : t("case.notes.unread")
                    }`
                  : ""}
              </p>
              <p className="case-timeline__text">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
