import type { useTranslation } from "@opis/ui";
import type { FactKey } from "./facts";

type Translate = ReturnType<typeof useTranslation>["t"];

/** The message for a fact's error: the schema's key, or a clearer one where the key is too general. */
export function factErrorText(
  t: Translate,
  key: FactKey,
  messageKey: string,
  value: unknown,
): string {
  if (key === "labourMarketAssessmentDate" && value === undefined)
    return t("staff.intake.assessmentChoose");
  return t(messageKey);
}
