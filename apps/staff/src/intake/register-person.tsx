import { ErrorSummary, Notice, type SummaryError, TextInput, useTranslation } from "@opis/ui";
import { type FormEvent, useState } from "react";
import { useStartIntake } from "./use-start-intake";

/** A person new to OPIS: their name, then the intake starts. */
export function RegisterPerson({ canonical }: { canonical: string }) {
  const { t } = useTranslation();
  const { start, pending, error } = useStartIntake();
  const [givenName, setGivenName] = useState("");
  const [familyName, setFamilyName] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [focusToken, setFocusToken] = useState(0);

  const givenError =
    submitted && givenName.trim() === "" ? t("staff.lookup.nameRequired.given") : undefined;
  const familyError =
    submitted && familyName.trim() === "" ? t("staff.lookup.nameRequired.family") : undefined;
  const errors: SummaryError[] = [
    ...(givenError ? [{ id: "given-name", message: givenError }] : []),
    ...(familyError ? [{ id: "family-name", message: familyError }] : []),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (givenName.trim() === "" || familyName.trim() === "") {
      setFocusToken((n) => n + 1);
      return;
    }
    start({
      personalIdentityNumber: canonical,
      givenName: givenName.trim(),
      familyName: familyName.trim(),
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
        <TextInput
          id="given-name"
          label={t("staff.lookup.givenName")}
          autoComplete="off"
          width="w20"
          value={givenName}
          error={givenError}
          onChange={(event) => setGivenName(event.target.value)}
        />
        <TextInput
          id="family-name"
          label={t("staff.lookup.familyName")}
          autoComplete="off"
          width="w20"
          value={familyName}
          error={familyError}
          onChange={(event) => setFamilyName(event.target.value)}
        />
        <button type="submit" className="button" disabled={pending}>
          {t("staff.lookup.register")}
        </button>
      </form>
    </>
  );
}
