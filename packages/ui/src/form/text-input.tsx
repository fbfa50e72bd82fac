import type { ComponentProps, ReactNode } from "react";
import { describedBy, Field, type LabelledFieldProps } from "./field";

export type InputWidth = "w4" | "w5" | "w20" | "date" | "pin" | "full";

export type TextInputProps = Omit<ComponentProps<"input">, "id"> &
  LabelledFieldProps & {
    id: string;
    /** Fields are sized to their content, not the page. */
    width?: InputWidth;
    suffix?: ReactNode;
  };

export function TextInput({
  id,
  label,
  optional,
  hint,
  error,
  width = "full",
  suffix,
  className,
  ...rest
}: TextInputProps) {
  const input = (
    <input
      id={id}
      className={`input${width === "full" ? "" : ` input--${width}`}${className ? ` ${className}` : ""}`}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
      {...rest}
    />
  );
  return (
    <Field id={id} label={label} optional={optional} hint={hint} error={error}>
      {suffix ? (
        <span className="input-suffix">
          {input}
          <span aria-hidden="true">{suffix}</span>
        </span>
      ) : (
        input
      )}
    </Field>
  );
}

/** Whole numbers, typed the Swedish way; the unit after the field is read from the label. */
export function NumberInput(props: Omit<TextInputProps, "type">) {
  return <TextInput inputMode="numeric" autoComplete="off" width="w5" {...props} type="text" />;
}

/** A calendar date written YYYY-MM-DD (a text field: predictable for keyboards and screen readers). */
export function DateInput(props: Omit<TextInputProps, "type">) {
  return (
    <TextInput autoComplete="off" width="date" placeholder="ÅÅÅÅ-MM-DD" {...props} type="text" />
  );
}

/** A personal identity number: 13 characters wide, never auto-filled or spell-checked. */
export function PersonalNumberInput(props: Omit<TextInputProps, "type">) {
  return (
    <TextInput
      autoComplete="off"
      spellCheck={false}
      inputMode="text"
      width="pin"
      maxLength={15}
      {...props}
      type="text"
    />
  );
}

export type TextareaProps = Omit<ComponentProps<"textarea">, "id"> &
  LabelledFieldProps & { id: string };

export function Textarea({ id, label, optional, hint, error, ...rest }: TextareaProps) {
  return (
    <Field id={id} label={label} optional={optional} hint={hint} error={error}>
      <textarea
        id={id}
        className="textarea"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </Field>
  );
}
