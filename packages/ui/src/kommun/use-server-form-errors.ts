import { useState } from "react";
import { useTranslation } from "react-i18next";
import { translateKey } from "../i18n";
import { describeClientError } from "../trpc/errors";
import { serverFieldErrors } from "./form-errors";

/**
 * What the server said when it refused a form: each field's catalog key (the
 * input's prefix taken off: "activity.endDate" → "endDate") and a message about
 * the form as a whole, ready for the form's `serverErrors` and `formError`.
 */
export function useServerFormErrors(prefix = "") {
  const { t } = useTranslation();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    serverErrors,
    formError,
    /** The mutation's onError. */
    onError(error: unknown) {
      const info = describeClientError(error);
      setServerErrors(serverFieldErrors(info.fieldErrors, prefix));
      setFormError(translateKey(t, info.messageKey));
    },
    /** Before sending again: the message about the form goes, the field errors stay until the answer. */
    clearFormError() {
      setFormError(null);
    },
    /** Before sending again: both go. */
    clear() {
      setFormError(null);
      setServerErrors({});
    },
  };
}
