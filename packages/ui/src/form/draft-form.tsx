import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { type MessageKey, translateKey } from "../i18n";
import { ErrorSummary, type SummaryError } from "./error-summary";

/** The draft's fields that hold text (what a text field, select or textarea edits). */
type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/**
 * A form's draft and its error keys: the client's own (from a failed parse) and
 * the server's, the server's winning. Each field's control has the id
 * `${idPrefix}-${field}`, which the error summary links to.
 */
export function useFormDraft<D extends object>({
  initial,
  idPrefix,
  fields,
  serverErrors = {},
  fallback = "validation.invalid",
}: {
  initial: D | (() => D);
  idPrefix: string;
  /** The fields the error summary lists, in the order of the form. */
  fields: readonly string[];
  /** Field → catalog key, from the server. */
  serverErrors?: Record<string, string>;
  /** Shown for a key the catalog lacks. */
  fallback?: MessageKey;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusToken, setFocusToken] = useState(0);
  const all = { ...errors, ...serverErrors };
  const errorOf = (field: string) => {
    const key = all[field];
    return key ? translateKey(t, key, undefined, fallback) : undefined;
  };
  const set = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));
  const summary: SummaryError[] = fields.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ id: `${idPrefix}-${field}`, message }] : [];
  });

  return {
    draft,
    set,
    errorOf,
    summary,
    focusToken,
    /** id, value, error and change handler of the control that edits this text field. */
    bind: <K extends TextKey<D>>(field: K) => ({
      id: `${idPrefix}-${field}`,
      value: draft[field] as string,
      error: errorOf(field),
      onChange: (event: { target: { value: string } }) =>
        set({ [field]: event.target.value } as Partial<D>),
    }),
    /** Shows these error keys and moves focus to the summary. */
    fail(found: Record<string, string>) {
      setErrors(found);
      setFocusToken((n) => n + 1);
    },
    clearErrors() {
      setErrors({});
    },
  };
}

/**
 * A form that checks itself before it sends: the error summary first, then the
 * server's message about the form, the fields, and the one submit button.
 */
export function DraftForm({
  form,
  onSubmit,
  formError,
  submitLabel,
  pending,
  children,
}: {
  /** The draft from useFormDraft: its error summary and focus token. */
  form: { summary: readonly SummaryError[]; focusToken: number };
  onSubmit: (event: FormEvent) => void;
  formError?: string | null | undefined;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
}) {
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.summary} focusToken={form.focusToken} />
      {formError ? (
        <Notice kind="error" role="alert">
          <p>{formError}</p>
        </Notice>
      ) : null}
      {children}
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
