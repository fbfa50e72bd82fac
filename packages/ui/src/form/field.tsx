import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The ids a control points to with aria-describedby: hint first, then error. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const parts = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

export interface FieldTextProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated; says what to do. */
  error?: string | undefined;
}

/** Hint and error paragraphs, tied to the control by describedBy(). */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t("form.error.prefix")} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The texts of a control with a label of its own (not a group with a legend). */
export interface LabelledFieldProps extends FieldTextProps {
  /** Marks the label "valfritt": the field may be left empty. */
  optional?: boolean;
}

/** One labelled control: label above, then hint, then error, then the control. */
export function Field({
  id,
  label,
  optional = false,
  hint,
  error,
  children,
}: LabelledFieldProps & { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="optional"> {t("form.optional")}</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
