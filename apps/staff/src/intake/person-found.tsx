import type { RouterOutputs } from "@opis/api";
import { Notice, useTranslation } from "@opis/ui";
import { Link } from "react-router";
import { PATHS } from "../paths";
import { EarlierParticipations } from "./earlier-participations";
import { PersonSummary } from "./person-summary";
import { useStartIntake } from "./use-start-intake";

type Found = Extract<RouterOutputs["intake"]["lookupPerson"], { standing: "knownToOffice" }>;

export function PersonFound({ result, canonical }: { result: Found; canonical: string }) {
  const { t } = useTranslation();
  const { start, pending, error } = useStartIntake();
  return (
    <>
      <h2>{t("staff.lookup.known.title")}</h2>
      <PersonSummary person={result.person} />
      <EarlierParticipations participations={result.earlierParticipations} />
      {result.activeEnrolmentId ? (
        <>
          <Notice>
            <p>{t("staff.lookup.found.enrolled")}</p>
          </Notice>
          <Link className="button" to={PATHS.participant(result.activeEnrolmentId)}>
            {t("staff.lookup.found.openParticipant")}
          </Link>
        </>
      ) : result.hasOpenIntake && !result.openIntakeId ? (
        <Notice>
          <p>{t("staff.lookup.found.openAtColleague")}</p>
        </Notice>
      ) : result.openIntakeId ? (
        <>
          <Notice>
            <p>{t("staff.lookup.found.openIntake")}</p>
          </Notice>
          <Link className="button" to={PATHS.intake(result.openIntakeId)}>
            {t("staff.lookup.found.continue")}
          </Link>
        </>
      ) : (
        <>
          {error ? (
            <Notice kind="error" role="alert">
              <p>{error}</p>
            </Notice>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => start({ personalIdentityNumber: canonical })}
          >
            {t("staff.lookup.found.start")}
          </button>
        </>
      )}
    </>
  );
}
