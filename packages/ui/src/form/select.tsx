import type { ComponentProps } from "react";
import { describedBy, Field, type LabelledFieldProps } from "./field";

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: readonly Option[];
}

export type SelectProps = Omit<ComponentProps<"select">, "id" | "children"> &
  LabelledFieldProps & {
    id: string;
    options?: readonly Option[];
    groups?: readonly OptionGroup[];
    /** Text of an empty first option ("Välj"); omit when a value is always chosen. */
    placeholder?: string;
  };

export function Select({
  id,
  label,
  optional,
  hint,
  error,
  options = [],
  groups = [],
  placeholder,
  ...rest
}: SelectProps) {
  return (
    <Field id={id} label={label} optional={optional} hint={hint} error={error}>
      <select
        id={id}
        className="select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
