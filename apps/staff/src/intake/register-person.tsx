import { ErrorSummary, Notice, type SummaryError, TextInput, useTranslation } from "@opis/ui";
import { type FormEvent, useState } from "react";
import { useStartIntake } from "./use-start-intake";

/** The two names, in the order of the form. */
const NAME_FIELDS = [
  {
    field: "givenName",
    id: "given-name",
    label: "staff.lookup.givenName",
    required: "staff.lookup.nameRequired.given",
  },
  {
    field: "familyName",
    id: "family-name",
    label: "staff.lookup.familyName",
    required: "staff.lookup.nameRequired.family",
  },
] as const;

/** A person new to OPIS: their name, then the intake starts. */
export function RegisterPerson({ canonical }: { canonical: string }) {
  const { t } = useTranslation();
  const { start, pending, error } = useStartIntake();
  const [names, setNames] = useState({ givenName: "", familyName: "" });
  const [submitted, setSubmitted] = useState(false);
  const [focusToken, setFocusToken] = useState(0);

  const errorOf = (name: (typeof NAME_FIELDS)[number]) =>
    submitted && names[name.field].trim() === "" ? t(name.required) : undefined;
  const errors: SummaryError[] = NAME_FIELDS.flatMap((n) => {
    const message = errorOf(n);
    return message ? [{ id: n.id, message }] : [];
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (names.givenName.trim() === "" || names.familyName.trim() === "") {
      setFocusToken((n) => n + 1);
      return;
    }
    start({
      personalIdentityNumber: canonical,
      givenName: names.givenName.trim(),
      familyName: names.familyName.trim(),
    });
  }

  return (
    <>
      <h2>{t("staff.lookup.notFound.title")}</h2>
      <p>{t("staff.lookup.notFound.body")}</p>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      {error ? (
        <Notice kind="error" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        {NAME_FIELDS.map((n) => (
          <TextInput
            key={n.id}
            id={n.id}
            label={t(n.label)}
            autoComplete="off"
            width="w20"
            value={names[n.field]}
            error={errorOf(n)}
            onChange={(event) => setNames((d) => ({ ...d, [n.field]: event.target.value }))}
          />
        ))}
        <button type="submit" className="button" disabled={pending}>
          {t("staff.lookup.register")}
        </button>
      </form>
    </>
  );
}
