import type { TFunction } from "i18next";
import type { CurrentUser } from "../auth/current-user";
import { municipalityName } from "./municipality-name";

/** "arbetsförmedlare, Arbetsförmedlingen Jönköping" or "kommunal koordinator, Kalmar kommun". */
export function describeUser(t: TFunction, user: CurrentUser): string {
  const role = t(`vocab.role.${user.role}`);
  const organisation =
    user.organisation === "af"
      ? user.office
        ? t("app.organisation.afOffice", { office: user.office })
        : t("app.organisation.af")
      : user.municipalityCode
        ? t("app.organisation.kommun", { municipality: municipalityName(user.municipalityCode) })
        : t("app.organisation.kommunUnknown");
  return `${role}, ${organisation}`;
}
