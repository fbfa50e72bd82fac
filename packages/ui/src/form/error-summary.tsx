import { type MouseEvent, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface SummaryError {
  /** The field's id ("" for a message about the form as a whole). */
  id: string;
  message: string;
}

/**
 * The list of problems at the top of a form, each linking to its field. Focus
 * moves here every time `focusToken` changes while there are errors (i.e. after
 * each failed submit), so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({
  errors,
  focusToken,
}: {
  errors: readonly SummaryError[];
  focusToken: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus on each failed submit, not on every change
  useEffect(() => {
    if (focusToken > 0 && hasErrors) ref.current?.focus();
  }, [focusToken]);

  if (!hasErrors) return null;

  function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus();
  }

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("form.errorSummary.title")}</h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.id}:${error.message}`}>
            {error.id ? (
              <a href={`#${error.id}`} onClick={(event) => goTo(event, error.id)}>
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
