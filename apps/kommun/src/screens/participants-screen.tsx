import { municipalityName, ParticipantList, useCurrentUser, useTranslation } from "@opis/ui";
import { useEffect } from "react";

/** The coordinator's own municipality's participants; the server enforces the scope. */
export function ParticipantsScreen() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const municipality = municipalityName(user.municipalityCode);
  const title = t("kommun.participants.title", { municipality });

  useEffect(() => {
    document.title = `${title} – OPIS`;
  }, [title]);

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t("kommun.participants.lead", { municipality })}</p>
      <ParticipantList
        emptyNone={
          <>
            <h2>{t("participants.empty.none.title")}</h2>
            <p>{t("participants.empty.none.bodyKommun")}</p>
          </>
        }
      />
    </>
  );
}
