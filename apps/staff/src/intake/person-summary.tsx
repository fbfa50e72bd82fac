import { formatDate, useTranslation } from "@opis/ui";

interface Person {
  givenName: string;
  familyName: string;
  maskedPin: string;
  gender: string;
  birthDate: string;
}

/** Who the intake is about; the personal number masked. */
export function PersonSummary({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <dl className="summary-list">
      <dt>{t("staff.person.name")}</dt>
      <dd>
        {person.givenName} {person.familyName}
      </dd>
      <dt>{t("staff.person.pin")}</dt>
      <dd className="tabular">{person.maskedPin}</dd>
      <dt>{t("staff.person.birthDate")}</dt>
      <dd>{formatDate(person.birthDate)}</dd>
      <dt>{t("staff.person.gender")}</dt>
      <dd>{t(`vocab.gender.${person.gender}`)}</dd>
    </dl>
  );
}
