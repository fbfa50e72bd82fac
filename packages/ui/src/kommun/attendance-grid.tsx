import type { AbsenceReason } from "@opis/domain";
import { ABSENCE_REASONS, addDays, isoWeekNumber } from "@opis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type FormEvent,
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Notice } from "../feedback/notice";
import { SavedIndicator, type SaveState } from "../feedback/saved-indicator";
import { StatusTag } from "../feedback/status-tag";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { Textarea } from "../form/text-input";
import { formatPercent } from "../format/format";
import { translateKey } from "../i18n";
import { useTRPC } from "../trpc/client";
import { describeClientError } from "../trpc/errors";
import {
  type AttendanceRow,
  type CellDraft,
  cellError,
  changedEntries,
  clearedDays,
  correctedDayCount,
  draftFromWeek,
  fillNormalWeek,
  hasUnsavedChanges,
  needsReason,
  rateOf,
  rowRate,
  type WeekDraft,
  weekRate,
} from "./attendance-draft";
import { formatHours } from "./hours";
import { weekdayName } from "./week";

const cellId = (row: number, col: number) => `att-${row}-${col}`;

interface Position {
  row: number;
  col: number;
}

/**
 * One week's attendance for every own participant: rows are participants,
 * columns Monday–Friday. Empty until recorded; "Fyll i normal vecka" puts the
 * planned hours in every empty cell, then the user changes the exceptions and
 * saves the week in one call. Arrow keys move between cells (one tab stop).
 * Edits not yet saved show "Osparade ändringar" by the save button and are
 * reported through `onUnsavedChange`, so the screen can guard against leaving.
 */
export function AttendanceGrid({
  weekStart,
  weekHref,
  onUnsavedChange,
}: {
  weekStart: string;
  weekHref: (weekStart: string) => string;
  /** Called with true when the grid gets unsaved edits, false when saved, discarded or gone. */
  onUnsavedChange?: (unsaved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...trpc.attendance.week.queryOptions({ weekStart }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  const week = query.data;
  const [draft, setDraft] = useState<WeekDraft>({});
  /** The draft as last loaded or saved, and the week it belongs to. */
  const [baseline, setBaseline] = useState<{ weekStart: string; draft: WeekDraft } | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [focusToken, setFocusToken] = useState(0);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [saveState, setSaveState] = useState<SaveState>({ status: "idle" });
  const [active, setActive] = useState<Position | null>(null);
  const [correctionReason, setCorrectionReason] = useState("");
  const tableRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!week) return;
    const loaded = draftFromWeek(week);
    setDraft(loaded);
    setBaseline({ weekStart: week.weekStart, draft: loaded });
    setSubmitted(false);
    setServerErrors({});
    setFormError(null);
    setCorrectionReason("");
    const first = week.participants.findIndex((p) => p.cells.some((c) => c.inPeriod));
    const row = week.participants[first];
    setActive(row ? { row: first, col: row.cells.findIndex((c) => c.inPeriod) } : null);
  }, [week]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: resets when the week changes
  useEffect(() => {
    setSaveState({ status: "idle" });
    setMessage("");
  }, [weekStart]);

  const save = useMutation(trpc.attendance.saveWeek.mutationOptions());

  // Another week on screen (or still loading) than the draft's: nothing of it to lose.
  const unsaved = useMemo(
    () =>
      week !== undefined &&
      baseline?.weekStart === week.weekStart &&
      hasUnsavedChanges(week, baseline.draft, draft),
    [week, baseline, draft],
  );

  useEffect(() => {
    onUnsavedChange?.(unsaved);
  }, [unsaved, onUnsavedChange]);
  useEffect(() => () => onUnsavedChange?.(false), [onUnsavedChange]);

  const onCellChange = useCallback(
    (enrolmentId: string, index: number, patch: Partial<CellDraft>) => {
      setDraft((current) => {
        const cells = current[enrolmentId] ?? [];
        const next = cells.map((cell, i) => (i === index ? { ...cell, ...patch } : cell));
        return { ...current, [enrolmentId]: next };
      });
      setServerErrors((current) => {
        const key = `${enrolmentId}|${index}`;
        if (!(key in current)) return current;
        const { [key]: _removed, ...rest } = current;
        return rest;
      });
    },
    [],
  );

  const errors = useMemo(() => {
    const out: { row: number; col: number; key: string; row0: AttendanceRow }[] = [];
    if (!week) return out;
    week.participants.forEach((row, r) => {
      const cells = draft[row.enrolmentId] ?? [];
      row.cells.forEach((_, c) => {
        const cell = cells[c];
        if (!cell) return;
        const key = serverErrors[`${row.enrolmentId}|${c}`] ?? cellError(row, c, cell);
        if (key) out.push({ row: r, col: c, key, row0: row });
      });
    });
    return out;
  }, [week, draft, serverErrors]);

  if (query.isPending) {
    return <p role="status">{t("kommun.attendance.loading")}</p>;
  }
  if (query.isError || !week) {
    return (
      <Notice kind="error" role="alert">
        <p>{t("kommun.attendance.loadError")}</p>
        <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
      </Notice>
    );
  }

  const days = week.days;
  const weekNumber = isoWeekNumber(week.weekStart);
  const corrections = correctedDayCount(week, draft);
  const reasonMissing = corrections > 0 && correctionReason.trim() === "";
  const shownErrors = submitted || Object.keys(serverErrors).length > 0 ? errors : [];
  const errorAt = new Map(shownErrors.map((e) => [`${e.row}|${e.col}`, e.key]));
  const summary: SummaryError[] = shownErrors.map((e) => {
    const name = `${e.row0.familyName}, ${e.row0.givenName}`;
    const day = weekdayName(days[e.col] ?? "", i18n.language);
    return {
      id:
        e.key === "validation.attendance.absenceReason.required"
          ? `${cellId(e.row, e.col)}-reason`
          : cellId(e.row, e.col),
      message: `${name}, ${day}: ${translateKey(t, e.key)}`,
    };
  });
  if (submitted && reasonMissing) {
    summary.push({
      id: "attendance-correction-reason",
      message: translateKey(t, "validation.recordCorrection.reason.required"),
    });
  }

  function fill() {
    if (!week) return;
    const result = fillNormalWeek(week, draft);
    setDraft(result.draft);
    setMessage(
      result.filled === 0
        ? t("kommun.attendance.filledNone")
        : t("kommun.attendance.filled", { count: result.filled }),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!week) return;
    setSubmitted(true);
    setFormError(null);
    if (errors.length > 0 || reasonMissing) {
      setFocusToken((n) => n + 1);
      return;
    }
    const entries = changedEntries(week, draft);
    const cleared = clearedDays(week, draft);
    if (entries.length === 0 && cleared.length === 0) {
      setMessage(t("kommun.attendance.nothingToSave"));
      return;
    }
    setSaveState({ status: "saving" });
    const saved = { weekStart: week.weekStart, draft };
    save.mutate(
      {
        weekStart: week.weekStart,
        entries,
        cleared,
        ...(corrections > 0 ? { correctionReason: correctionReason.trim() } : {}),
      },
      {
        onSuccess: async (result) => {
          setBaseline(saved);
          setCorrectionReason("");
          setSaveState({ status: "saved", at: result.savedAt });
          setMessage("");
          await queryClient.invalidateQueries({
            queryKey: trpc.attendance.week.queryKey({ weekStart: week.weekStart }),
          });
        },
        onError: (error) => {
          setSaveState({ status: "idle" });
          const info = describeClientError(error);
          const mapped: Record<string, string> = {};
          for (const [path, keys] of Object.entries(info.fieldErrors)) {
            const match = /^entries\.(\d+)\./.exec(path);
            const entry = match ? entries[Number(match[1])] : undefined;
            const key = keys[0];
            if (!entry || !key) continue;
            const col = days.indexOf(entry.date);
            mapped[`${entry.enrolmentId}|${col}`] = key;
          }
          setServerErrors(mapped);
          setFormError(translateKey(t, info.messageKey));
          setFocusToken((n) => n + 1);
        },
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || !target.dataset.row || !week) return;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    let dRow = 0;
    let dCol = 0;
    const atStart = target.selectionStart === 0 && target.selectionEnd === 0;
    const allSelected = target.selectionStart === 0 && target.selectionEnd === target.value.length;
    const atEnd = target.selectionStart === target.value.length;
    if (event.key === "ArrowUp") dRow = -1;
    else if (event.key === "ArrowDown") dRow = 1;
    else if (event.key === "ArrowLeft" && (atStart || allSelected)) dCol = -1;
    else if (event.key === "ArrowRight" && (atEnd || allSelected)) dCol = 1;
    else return;
    let r = row + dRow;
    let c = col + dCol;
    while (r >= 0 && r < week.participants.length && c >= 0 && c < days.length) {
      const element = document.getElementById(cellId(r, c));
      if (element instanceof HTMLInputElement) {
        event.preventDefault();
        setActive({ row: r, col: c });
        element.focus();
        return;
      }
      r += dRow;
      c += dCol;
    }
    event.preventDefault();
  }

  const weekTotal = weekRate(week, draft);
  const first = days[0] ?? week.weekStart;
  const last = days[4] ?? week.weekStart;

  return (
    <>
      <h1>{t("kommun.attendance.title", { week: weekNumber })}</h1>
      <p className="lead">{t("kommun.attendance.period", { from: first, to: last })}</p>
      <nav className="week-nav" aria-label={t("kommun.attendance.weekNav")}>
        <Link to={weekHref(addDays(week.weekStart, -7))}>
          {t("kommun.attendance.previous", { week: isoWeekNumber(addDays(week.weekStart, -7)) })}
        </Link>
        <Link to={weekHref(addDays(week.weekStart, 7))}>
          {t("kommun.attendance.next", { week: isoWeekNumber(addDays(week.weekStart, 7)) })}
        </Link>
      </nav>
      {week.participants.length === 0 ? (
        <div className="table-empty">
          <h2>{t("kommun.attendance.empty.title")}</h2>
          <p>{t("kommun.attendance.empty.body")}</p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={summary} focusToken={focusToken} />
          {formError && summary.length === 0 ? (
            <Notice kind="error" role="alert">
              <p>{formError}</p>
            </Notice>
          ) : null}
          <div className="attendance-toolbar">
            <button type="button" className="button button--secondary" onClick={fill}>
              {t("kommun.attendance.fill")}
            </button>
            <p className="attendance-toolbar__hint" id="attendance-hint">
              {t("kommun.attendance.hint")}
            </p>
          </div>
          <p role="status" aria-live="polite" className="attendance-message">
            {message}
          </p>
          <div className="attendance-scroll">
            <table
              className="data-table attendance-grid"
              ref={tableRef}
              onKeyDown={onKeyDown}
              aria-describedby="attendance-hint"
            >
              <caption className="visually-hidden">
                {t("kommun.attendance.caption", { week: weekNumber })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("kommun.attendance.col.participant")}</th>
                  {days.map((day) => (
                    <th scope="col" key={day} className="attendance-grid__day">
                      <span className="attendance-grid__weekday">
                        {weekdayName(day, i18n.language)}
                      </span>
                      <span className="attendance-grid__date">{day}</span>
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {t("kommun.attendance.col.rate")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {week.participants.map((row, r) => (
                  <GridRow
                    key={row.enrolmentId}
                    row={row}
                    rowIndex={r}
                    days={days}
                    cells={draft[row.enrolmentId] ?? emptyCells}
                    activeCol={active?.row === r ? active.col : null}
                    errorKeys={days.map((_, c) => errorAt.get(`${r}|${c}`) ?? null).join(",")}
                    onChange={onCellChange}
                    onFocusCell={setActive}
                  />
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("kommun.attendance.weekTotal")}</th>
                  <td colSpan={days.length} />
                  <td className="numeric" data-testid="week-rate">
                    {weekTotal === null ? "–" : formatPercent(weekTotal)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          {corrections > 0 ? (
            <Textarea
              id="attendance-correction-reason"
              label={t("kommun.attendance.correctionReason")}
              hint={t("kommun.attendance.correctionReasonHint")}
              error={
                submitted && reasonMissing
                  ? translateKey(t, "validation.recordCorrection.reason.required")
                  : undefined
              }
              rows={2}
              maxLength={500}
              value={correctionReason}
              onChange={(event) => setCorrectionReason(event.target.value)}
            />
          ) : null}
          <div className="button-group attendance-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {t("kommun.attendance.save")}
            </button>
            <SavedIndicator
              state={unsaved && saveState.status === "saved" ? { status: "idle" } : saveState}
            />
            <p className="saved-indicator" role="status" aria-live="polite">
              {unsaved && saveState.status !== "saving" ? (
                <StatusTag colour="yellow">{t("kommun.attendance.unsaved")}</StatusTag>
              ) : null}
            </p>
          </div>
        </form>
      )}
    </>
  );
}

const emptyCells: readonly CellDraft[] = [];

const GridRow = memo(function GridRow({
  row,
  rowIndex,
  days,
  cells,
  activeCol,
  errorKeys,
  onChange,
  onFocusCell,
}: {
  row: AttendanceRow;
  rowIndex: number;
  days: readonly string[];
  cells: readonly CellDraft[];
  activeCol: number | null;
  /** Comma-joined error keys per day, a string so the row memo compares cheaply. */
  errorKeys: string;
  onChange: (enrolmentId: string, index: number, patch: Partial<CellDraft>) => void;
  onFocusCell: (position: Position) => void;
}) {
  const { t, i18n } = useTranslation();
  const name = `${row.familyName}, ${row.givenName}`;
  const errorsByDay = errorKeys.split(",");
  const rate = rateOf(rowRate(row, cells));
  return (
    <tr>
      <th scope="row" className="attendance-grid__name">
        <span>{name}</span>
        <span className="attendance-grid__plan">
          {t("kommun.attendance.plan", {
            percent: row.workAvailabilityPercent,
            hours: formatHours(row.plannedMinutesPerDay),
          })}
        </span>
      </th>
      {row.cells.map((server, c) => {
        const id = cellId(rowIndex, c);
        const day = days[c] ?? server.date;
        if (!server.inPeriod || (!server.recordable && server.presentMinutes === null)) {
          return (
            <td key={day} className="attendance-grid__out">
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">
                {t(server.inPeriod ? "kommun.attendance.notYet" : "kommun.attendance.outOfPeriod")}
              </span>
            </td>
          );
        }
        const cell = cells[c] ?? { text: "", reason: "" };
        const error = errorsByDay[c] || null;
        const showReason = needsReason(row, cell);
        const label = `${name}, ${weekdayName(day, i18n.language)} ${day}`;
        return (
          <td
            key={day}
            className={error ? "attendance-grid__cell is-error" : "attendance-grid__cell"}
          >
            <input
              id={id}
              className="input attendance-grid__input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              data-row={rowIndex}
              data-col={c}
              tabIndex={activeCol === c ? 0 : -1}
              aria-label={t("kommun.attendance.cellLabel", { label })}
              aria-invalid={
                error && error !== "validation.attendance.absenceReason.required" ? true : undefined
              }
              aria-describedby={error ? `${id}-error` : undefined}
              value={cell.text}
              onFocus={(event) => {
                event.currentTarget.select();
                onFocusCell({ row: rowIndex, col: c });
              }}
              onChange={(event) => onChange(row.enrolmentId, c, { text: event.target.value })}
            />
            {showReason ? (
              <select
                id={`${id}-reason`}
                className="select attendance-grid__reason"
                aria-label={t("kommun.attendance.reasonLabel", { label })}
                aria-invalid={
                  error === "validation.attendance.absenceReason.required" ? true : undefined
                }
                aria-describedby={error ? `${id}-error` : undefined}
                value={cell.reason}
                onChange={(event) =>
                  onChange(row.enrolmentId, c, { reason: event.target.value as AbsenceReason | "" })
                }
              >
                <option value="">{t("kommun.attendance.reasonChoose")}</option>
                {ABSENCE_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`vocab.absenceReason.${reason}`)}
                  </option>
                ))}
              </select>
            ) : null}
            {error ? (
              <span className="attendance-grid__error" id={`${id}-error`}>
                {translateKey(t, error)}
              </span>
            ) : null}
          </td>
        );
      })}
      <td className="numeric">{rate === null ? "–" : formatPercent(rate)}</td>
    </tr>
  );
});
