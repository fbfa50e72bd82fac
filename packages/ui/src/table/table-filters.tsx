import { useTranslation } from "react-i18next";
import { TextInput } from "../form/text-input";

/**
 * A table's search field and its button, inside the filter form
 * (`<form className="table-filters">`); the form's submit runs the search.
 */
export function TableSearch({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        id={id}
        label={label}
        hint={hint}
        width="w20"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="field">
        <button type="submit" className="button button--secondary">
          {t("participants.searchButton")}
        </button>
      </div>
    </>
  );
}

/** What the filters above a table show ("Filter: status pågående"), and a way to clear them. */
export function AppliedFilters({
  applied,
  onClear,
}: {
  applied: readonly string[];
  /** Clears every filter; without it there is no clear button. */
  onClear?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <p className="table-applied">
      {applied.length > 0 ? (
        <>
          {t("table.filtersApplied", { filters: applied.join(", ") })}
          {onClear ? (
            <>
              {" "}
              <button type="button" className="button button--link" onClick={onClear}>
                {t("table.clearFilters")}
              </button>
            </>
          ) : null}
        </>
      ) : (
        t("table.noFilters")
      )}
    </p>
  );
}
