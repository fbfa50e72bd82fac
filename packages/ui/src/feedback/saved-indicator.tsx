import { useTranslation } from "react-i18next";
import { formatTime } from "../format/format";

export type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; at: string | Date }
  | { status: "failed" };

/** A quiet save confirmation ("Sparat 14:05"), read out politely by screen readers. */
export function SavedIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.status === "saving"
      ? t("saved.saving")
      : state.status === "saved"
        ? t("saved.at", { time: formatTime(state.at) })
        : state.status === "failed"
          ? t("saved.failed")
          : "";
  return (
    <p
      className={`saved-indicator${state.status === "failed" ? " saved-indicator--error" : ""}`}
      role="status"
      aria-live="polite"
    >
      {text}
    </p>
  );
}
