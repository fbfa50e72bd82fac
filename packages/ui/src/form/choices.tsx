import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldMessages, type FieldTextProps } from "./field";
import type { Option } from "./select";

export type RadioGroupProps = FieldTextProps & {
  /** The first radio's id; the error summary links here. */
  id: string;
  name: string;
  options: readonly Option[];
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inline?: boolean;
  /** Lets react-hook-form focus the group on error. */
  inputRef?: (element: HTMLInputElement | null) => void;
};

/** A question with one answer: fieldset and legend, one radio per option. */
export function RadioGroup({
  id,
  name,
  label,
  hint,
  error,
  options,
  value,
  onChange,
  onBlur,
  inline = false,
  inputRef,
}: RadioGroupProps) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend>{label}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={inline ? "choices choices--inline" : "choices"}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  onBlur={onBlur}
                  ref={index === 0 ? inputRef : undefined}
                  aria-invalid={error ? true : undefined}
                />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export type CheckboxProps = Omit<ComponentProps<"input">, "id" | "type"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
};

/** A single yes/no statement the user ticks. */
export function Checkbox({ id, label, hint, error, ...rest }: CheckboxProps) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
