import type { RouterOutputs } from "@opis/api";
import { formatDate, useTranslation } from "@opis/ui";

type Found = Extract<RouterOutputs["intake"]["lookupPerson"], { standing: "knownToOffice" }>;

/**
 * A returning person's earlier, ended participations in the project, as the
 * look-up tells them to the office: the period and the status at exit.
 */
export function EarlierParticipations({
  participations,
}: {
  participations: Found["earlierParticipations"];
}) {
  const { t } = useTranslation();
  if (participations.length === 0) return null;
  return (
    <section aria-labelledby="earlier-participations">
      <h3 id="earlier-participations">{t("staff.lookup.found.earlier.title")}</h3>
      <ul>
        {participations.map((p) => (
          <li key={`${p.startDate} ${p.exitDate}`}>
            {t("staff.lookup.found.earlier.item", {
              from: formatDate(p.startDate),
              to: formatDate(p.exitDate),
              status: t(`vocab.exitStatus.${p.exitStatus}`, { defaultValue: p.exitStatus }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
