import { FieldMessages } from "@opis/ui";
import type { RefObject } from "react";

/**
 * Why a chosen file cannot be sent, or null when it can: none chosen, not CSV or XLSX,
 * or over `maxBytes` (the endpoint's own limit). Checked before reading it; each screen says it in its own words
 * (`<prefix>.chooseFile`, `.wrongType`, `.tooLarge`).
 */
export function spreadsheetFileProblem(
  file: File | undefined,
  maxBytes: number,
): "chooseFile" | "wrongType" | "tooLarge" | null {
  if (!file) return "chooseFile";
  if (!/\.(csv|xlsx)$/i.test(file.name)) return "wrongType";
  if (file.size > maxBytes) return "tooLarge";
  return null;
}

/** A labelled CSV/XLSX file input with its hint and error, tied together for screen readers. */
export function SpreadsheetFileField({
  id,
  label,
  hint,
  error,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange?: () => void;
}) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error ?? undefined} />
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept=".csv,.xlsx"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={onChange}
      />
    </div>
  );
}
