import { parsePersonalIdentityNumber } from "@opis/domain";
import {
  describeClientError,
  ErrorSummary,
  Notice,
  PersonalNumberInput,
  type SummaryError,
  todayIsoDate,
  translateKey,
  useMutation,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useState } from "react";
import { PersonFound } from "../intake/person-found";
import { RegisterPerson } from "../intake/register-person";
import { useDocumentTitle } from "../use-document-title";

const PIN_ID = "personal-identity-number";

/**
 * Step 1 of an intake: the personal number, checked as it is typed. The number
 * stays in memory only (never in the URL); the next screen has the intake's id.
 */
export function LookupScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  useDocumentTitle(t("staff.lookup.title"));
  const [pin, setPin] = useState("");
  const [touched, setTouched] = useState(false);
  const [searched, setSearched] = useState<string | null>(null);
  const [focusToken, setFocusToken] = useState(0);

  const parsed = parsePersonalIdentityNumber(pin, todayIsoDate());
  const pinError = touched && !parsed.ok ? t(`validation.personnummer.${parsed.error}`) : undefined;

  // A POST, so the number never lands in a URL, a proxy's log or the browser's history.
  const lookup = useMutation(trpc.intake.lookupPerson.mutationOptions());

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!parsed.ok) {
      setSearched(null);
      setFocusToken((n) => n + 1);
      return;
    }
    setSearched(parsed.value.canonical);
    lookup.mutate({ personalIdentityNumber: parsed.value.canonical });
  }

  const errors: SummaryError[] = pinError ? [{ id: PIN_ID, message: pinError }] : [];
  if (lookup.isError) {
    errors.push({ id: "", message: translateKey(t, describeClientError(lookup.error).messageKey) });
  }

  const validHint = parsed.ok
    ? t("staff.lookup.pinValid", {
        kind: t(`staff.lookup.kind.${parsed.value.kind}`),
        birthDate: parsed.value.birthDate,
      })
    : "";

  return (
    <>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      <h1>{t("staff.lookup.title")}</h1>
      <p className="lead">{t("staff.lookup.lead")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <PersonalNumberInput
          id={PIN_ID}
          name="personalIdentityNumber"
          label={t("staff.lookup.pin")}
          hint={t("staff.lookup.pinHint")}
          error={pinError}
          value={pin}
          onChange={(event) => {
            setPin(event.target.value);
            if (searched !== null) {
              setSearched(null);
              lookup.reset();
            }
          }}
          onBlur={() => setTouched(pin.trim() !== "")}
        />
        <p className="secondary-text" role="status" aria-live="polite">
          {validHint}
        </p>
        <button type="submit" className="button">
          {t("staff.lookup.submit")}
        </button>
      </form>

      {searched !== null && lookup.isPending ? <p role="status">{t("app.loading")}</p> : null}
      {searched !== null && lookup.data ? (
        <section aria-live="polite">
          {lookup.data.standing === "knownToOffice" ? (
            <PersonFound result={lookup.data} canonical={searched} />
          ) : lookup.data.standing === "activeElsewhere" ? (
            <>
              <h2>{t("staff.lookup.elsewhere.title")}</h2>
              <Notice>
                <p>{t("staff.lookup.elsewhere.body")}</p>
              </Notice>
            </>
          ) : (
            <RegisterPerson canonical={searched} />
          )}
        </section>
      ) : null}
      {searched !== null && lookup.isError ? (
        <Notice kind="error">
          <p>{translateKey(t, describeClientError(lookup.error).messageKey)}</p>
        </Notice>
      ) : null}
    </>
  );
}
