import type { RouterOutputs } from "@opis/api";
import {
  describeClientError,
  downloadBase64,
  ErrorSummary,
  formatDate,
  Notice,
  PersonalNumberInput,
  type SummaryError,
  Textarea,
  TextInput,
  translateKey,
  useMutation,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useState } from "react";

type FoundPerson = RouterOutputs["persons"]["find"];

/**
 * The person's rights (GDPR art. 15 and 16), for the administrator: find a person
 * by number (sent in the request body, never in the address), download the
 * register extract with the access log as JSON or PDF, and correct name or
 * number with the old values kept. Every step is audited.
 */
export function RegisterExtractScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [number, setNumber] = useState("");
  const [person, setPerson] = useState<FoundPerson | null>(null);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const [correction, setCorrection] = useState({
    givenName: "",
    familyName: "",
    personalIdentityNumber: "",
    reason: "",
  });
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t("gdpr.title")} – OPIS`;
  }, [t]);

  const fail = (fieldIds: Record<string, string>) => (cause: unknown) => {
    const info = describeClientError(cause);
    const fieldErrors = Object.entries(info.fieldErrors).flatMap(([path, keys]) =>
      keys.map((key) => ({
        id: fieldIds[path.replace(/^correction\./, "")] ?? "",
        message: translateKey(t, key),
      })),
    );
    setErrors(
      fieldErrors.length > 0
        ? fieldErrors
        : [{ id: "", message: translateKey(t, info.messageKey) }],
    );
    setFocusToken((n) => n + 1);
  };

  const find = useMutation(
    trpc.persons.find.mutationOptions({
      onSuccess: (found) => {
        setErrors([]);
        setSaved(null);
        setPerson(found);
        setNumber(found.personalIdentityNumber);
        setCorrection({ givenName: "", familyName: "", personalIdentityNumber: "", reason: "" });
      },
      onError: (cause) => {
        setPerson(null);
        fail({ personalIdentityNumber: "gdpr-number" })(cause);
      },
    }),
  );
  const extract = useMutation(
    trpc.persons.extract.mutationOptions({ onSuccess: downloadBase64, onError: fail({}) }),
  );
  const correct = useMutation(
    trpc.persons.correct.mutationOptions({
      onSuccess: (result) => {
        setSaved(t("gdpr.correct.saved", { count: result.changed.length }));
        const next = correction.personalIdentityNumber.trim() || number;
        find.mutate({ personalIdentityNumber: next });
      },
      onError: fail({
        givenName: "gdpr-givenName",
        familyName: "gdpr-familyName",
        personalIdentityNumber: "gdpr-newNumber",
        reason: "gdpr-reason",
      }),
    }),
  );

  function submitFind(event: FormEvent) {
    event.preventDefault();
    if (number.trim() === "") {
      setErrors([{ id: "gdpr-number", message: t("gdpr.find.required") }]);
      setFocusToken((n) => n + 1);
      return;
    }
    find.mutate({ personalIdentityNumber: number.trim() });
  }

  function submitCorrection(event: FormEvent) {
    event.preventDefault();
    if (!person) return;
    const trimmed = Object.fromEntries(
      Object.entries(correction).map(([key, value]) => [key, value.trim()]),
    ) as typeof correction;
    correct.mutate({
      personId: person.id,
      correction: {
        ...(trimmed.givenName ? { givenName: trimmed.givenName } : {}),
        ...(trimmed.familyName ? { familyName: trimmed.familyName } : {}),
        ...(trimmed.personalIdentityNumber
          ? { personalIdentityNumber: trimmed.personalIdentityNumber }
          : {}),
        reason: trimmed.reason,
      },
    });
  }

  const errorFor = (id: string) => errors.find((e) => e.id === id)?.message;
  const busy = find.isPending || extract.isPending || correct.isPending;

  return (
    <>
      <h1>{t("gdpr.title")}</h1>
      <p className="lead">{t("gdpr.lead")}</p>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      <form className="form" noValidate onSubmit={submitFind} aria-label={t("gdpr.find.title")}>
        <PersonalNumberInput
          id="gdpr-number"
          label={t("gdpr.find.number")}
          hint={t("gdpr.find.hint")}
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          error={errorFor("gdpr-number")}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            {t("gdpr.find.submit")}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" data-testid="gdpr-status">
        {extract.isPending
          ? t("gdpr.extract.working")
          : extract.data
            ? t("gdpr.extract.done", {
                file: extract.data.fileName,
                count: extract.data.accessLogRows,
              })
            : ""}
      </div>
      {person ? (
        <>
          <section aria-labelledby="gdpr-person" data-testid="gdpr-person">
            <h2 id="gdpr-person">
              {person.givenName} {person.familyName}
            </h2>
            <dl className="key-values">
              <div>
                <dt>{t("gdpr.person.number")}</dt>
                <dd>{person.personalIdentityNumber}</dd>
              </div>
              <div>
                <dt>{t("gdpr.person.birthDate")}</dt>
                <dd>{formatDate(person.birthDate)}</dd>
              </div>
            </dl>
            {person.pseudonymised ? <Notice>{t("gdpr.person.pseudonymised")}</Notice> : null}
          </section>
          <section aria-labelledby="gdpr-extract">
            <h2 id="gdpr-extract">{t("gdpr.extract.title")}</h2>
            <p>{t("gdpr.extract.intro")}</p>
            <div className="button-group">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  extract.mutate({
                    personalIdentityNumber: person.personalIdentityNumber,
                    format: "pdf",
                  })
                }
              >
                {t("gdpr.extract.pdf")}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() =>
                  extract.mutate({
                    personalIdentityNumber: person.personalIdentityNumber,
                    format: "json",
                  })
                }
              >
                {t("gdpr.extract.json")}
              </button>
            </div>
          </section>
          <section aria-labelledby="gdpr-correct">
            <h2 id="gdpr-correct">{t("gdpr.correct.title")}</h2>
            <p>{t("gdpr.correct.intro")}</p>
            {saved ? <Notice kind="success">{saved}</Notice> : null}
            <form className="form" noValidate onSubmit={submitCorrection}>
              <TextInput
                id="gdpr-givenName"
                label={t("gdpr.correct.givenName")}
                optional
                value={correction.givenName}
                onChange={(event) =>
                  setCorrection({ ...correction, givenName: event.target.value })
                }
                error={errorFor("gdpr-givenName")}
              />
              <TextInput
                id="gdpr-familyName"
                label={t("gdpr.correct.familyName")}
                optional
                value={correction.familyName}
                onChange={(event) =>
                  setCorrection({ ...correction, familyName: event.target.value })
                }
                error={errorFor("gdpr-familyName")}
              />
              <PersonalNumberInput
                id="gdpr-newNumber"
                label={t("gdpr.correct.number")}
                optional
                value={correction.personalIdentityNumber}
                onChange={(event) =>
                  setCorrection({ ...correction, personalIdentityNumber: event.target.value })
                }
                error={errorFor("gdpr-newNumber")}
              />
              <Textarea
                id="gdpr-reason"
                label={t("gdpr.correct.reason")}
                hint={t("gdpr.correct.reasonHint")}
                rows={3}
                value={correction.reason}
                onChange={(event) => setCorrection({ ...correction, reason: event.target.value })}
                error={errorFor("gdpr-reason")}
              />
              <div className="button-group">
                <button type="submit" className="button" disabled={busy}>
                  {t("gdpr.correct.submit")}
                </button>
              </div>
            </form>
            <h3>{t("gdpr.history.title")}</h3>
            {person.corrections.length === 0 ? (
              <p>{t("gdpr.history.none")}</p>
            ) : (
              <table className="simple-table" data-testid="gdpr-history">
                <caption className="visually-hidden">{t("gdpr.history.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("gdpr.history.when")}</th>
                    <th scope="col">{t("gdpr.history.field")}</th>
                    <th scope="col">{t("gdpr.history.old")}</th>
                    <th scope="col">{t("gdpr.history.new")}</th>
                    <th scope="col">{t("gdpr.history.reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {person.corrections.map((c) => (
                    <tr key={`${c.correctedAt}-${c.field}`}>
                      <td>{formatDate(c.correctedAt)}</td>
                      <td>{t(`gdpr.field.${c.field}`)}</td>
                      <td>{c.oldValue}</td>
                      <td>{c.newValue}</td>
                      <td>{c.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
