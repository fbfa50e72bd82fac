import type { RouterOutputs } from "@opis/api";
import {
  describeClientError,
  formatDate,
  formatNumber,
  Notice,
  PublishedValue,
  readFileAsBase64,
  SuppressionNote,
  translateKey,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";

type MatchResponse = RouterOutputs["comparison"]["match"];
type Effect = Extract<MatchResponse, { ok: true }>["result"]["overall"];
const COVARIATES = [
  "gender",
  "age",
  "birthRegion",
  "education",
  "disability",
  "monthsRegistered",
  "municipality",
] as const;
const MAX_BYTES = 15 * 1024 * 1024;

/** Import a comparison group and match the participants against it. */
export function ComparisonScreen() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t("evaluation.comparison.title")} – OPIS`;
  }, [t]);
  return (
    <>
      <h1>{t("evaluation.comparison.title")}</h1>
      <p className="lead">{t("evaluation.comparison.intro")}</p>
      <ImportForm />
      <MatchForm />
    </>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const importFile = useMutation(
    trpc.comparison.import.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.comparison.list.queryKey() }),
    }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFileError(null);
    const file = input.current?.files?.[0];
    if (!file) return setFileError(t("evaluation.import.chooseFile"));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setFileError(t("evaluation.import.wrongType"));
    if (file.size > MAX_BYTES) return setFileError(t("evaluation.import.tooLarge"));
    importFile.mutate({
      projectId: "opis",
      fileName: file.name,
      contentBase64: await readFileAsBase64(file),
    });
  };
  const result = importFile.data;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t("evaluation.import.title")}</h2>
      <p>{t("evaluation.import.columns")}</p>
      <form onSubmit={submit} noValidate>
        <div className={`field${fileError ? " field--error" : ""}`}>
          <label className="field__label" htmlFor="comparison-file">
            {t("evaluation.import.file")}
          </label>
          <p className="field__hint" id="comparison-file-hint">
            {t("evaluation.import.fileHint")}
          </p>
          {fileError ? (
            <p className="field__error" id="comparison-file-error">
              {fileError}
            </p>
          ) : null}
          <input
            id="comparison-file"
            ref={input}
            type="file"
            accept=".csv,.xlsx"
            aria-describedby={`comparison-file-hint${fileError ? " comparison-file-error" : ""}`}
          />
        </div>
        <button type="submit" className="button" disabled={importFile.isPending}>
          {t("evaluation.import.submit")}
        </button>
      </form>
      <div aria-live="polite" role="status">
        {importFile.isPending ? <p>{t("evaluation.import.working")}</p> : null}
        {result?.ok ? (
          <Notice kind="success">
            <p>{t("evaluation.import.done", { count: formatNumber(result.rowCount) })}</p>
          </Notice>
        ) : null}
      </div>
      {importFile.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(importFile.error).messageKey)}</p>
        </Notice>
      ) : null}
      {result && !result.ok ? (
        <div className="error-summary" role="alert" tabIndex={-1} data-testid="import-errors">
          <h3>{t("evaluation.import.rejected", { count: result.errorCount })}</h3>
          <ul>
            {result.errors.map((e) => (
              <li key={`${e.row}-${e.column}-${e.messageKey}`}>
                {t("evaluation.import.errorAt", {
                  row: e.row,
                  column: e.column ?? "–",
                  message: translateKey(t, e.messageKey),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function MatchForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const imports = useQuery(trpc.comparison.list.queryOptions({ projectId: "opis" }));
  const match = useMutation(trpc.comparison.match.mutationOptions());
  const [method, setMethod] = useState<"exact" | "cem" | "nearest">("nearest");
  const [formError, setFormError] = useState<string | null>(null);

  const numbers = (text: FormDataEntryValue | null) =>
    String(text ?? "")
      .split(/[;\s]+/)
      .map((s) => s.replace(",", "."))
      .filter(Boolean)
      .map(Number);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const data = new FormData(event.currentTarget);
    const importId = String(data.get("importId") ?? "");
    const covariates = data.getAll("covariates").map(String) as (typeof COVARIATES)[number][];
    if (!importId) return setFormError(t("evaluation.match.chooseImport"));
    if (covariates.length === 0) return setFormError(t("evaluation.match.chooseCovariate"));
    const age = numbers(data.get("cutAge"));
    const months = numbers(data.get("cutMonths"));
    const caliper = numbers(data.get("caliper"))[0];
    if (
      [...age, ...months].some((n) => !Number.isFinite(n)) ||
      (caliper !== undefined && !(caliper > 0))
    )
      return setFormError(t("evaluation.match.badNumbers"));
    match.mutate({
      projectId: "opis",
      importId,
      method,
      covariates,
      ...(method === "cem"
        ? {
            cutpoints: {
              ...(age.length ? { age } : {}),
              ...(months.length ? { monthsRegistered: months } : {}),
            },
          }
        : {}),
      ...(method === "nearest" && caliper !== undefined ? { caliper } : {}),
      threshold: Number(data.get("threshold") ?? 5) || 5,
    });
  };

  return (
    <section aria-labelledby="match-title">
      <h2 id="match-title">{t("evaluation.match.title")}</h2>
      <p>{t("evaluation.match.treatedDefinition")}</p>
      {imports.isPending ? <p role="status">{t("app.loading")}</p> : null}
      {imports.data && imports.data.length === 0 ? <p>{t("evaluation.match.noImports")}</p> : null}
      {imports.data && imports.data.length > 0 ? (
        <form onSubmit={submit} noValidate>
          {formError ? (
            <Notice kind="error" role="alert">
              <p>{formError}</p>
            </Notice>
          ) : null}
          <div className="field">
            <label className="field__label" htmlFor="match-import">
              {t("evaluation.match.import")}
            </label>
            <select id="match-import" name="importId" className="select">
              {imports.data.map((i) => (
                <option key={i.id} value={i.id}>
                  {t("evaluation.match.importOption", {
                    file: i.fileName,
                    count: formatNumber(i.rowCount),
                    date: formatDate(i.importedAt),
                  })}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field">
            <legend className="field__label">{t("evaluation.match.method")}</legend>
            {(["exact", "cem", "nearest"] as const).map((m) => (
              <div key={m} className="choice">
                <input
                  type="radio"
                  id={`method-${m}`}
                  name="method"
                  value={m}
                  checked={method === m}
                  onChange={() => setMethod(m)}
                />
                <label htmlFor={`method-${m}`}>{t(`evaluation.match.methods.${m}`)}</label>
              </div>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend className="field__label">{t("evaluation.match.covariates")}</legend>
            {COVARIATES.map((c) => (
              <div key={c} className="choice">
                <input
                  type="checkbox"
                  id={`cov-${c}`}
                  name="covariates"
                  value={c}
                  defaultChecked={["gender", "age", "monthsRegistered"].includes(c)}
                />
                <label htmlFor={`cov-${c}`}>{t(`evaluation.covariate.${c}`)}</label>
              </div>
            ))}
          </fieldset>
          {method === "cem" ? (
            <>
              <div className="field">
                <label className="field__label" htmlFor="cut-age">
                  {t("evaluation.match.cutAge")}
                </label>
                <p className="field__hint" id="cut-age-hint">
                  {t("evaluation.match.cutHint")}
                </p>
                <input
                  id="cut-age"
                  name="cutAge"
                  className="input input--w20"
                  defaultValue="30 40 50"
                  aria-describedby="cut-age-hint"
                />
              </div>
              <div className="field">
                <label className="field__label" htmlFor="cut-months">
                  {t("evaluation.match.cutMonths")}
                </label>
                <input
                  id="cut-months"
                  name="cutMonths"
                  className="input input--w20"
                  defaultValue="36 60"
                />
              </div>
            </>
          ) : null}
          {method === "nearest" ? (
            <div className="field">
              <label className="field__label" htmlFor="caliper">
                {t("evaluation.match.caliper")}
              </label>
              <p className="field__hint" id="caliper-hint">
                {t("evaluation.match.caliperHint")}
              </p>
              <input
                id="caliper"
                name="caliper"
                className="input input--w5"
                inputMode="decimal"
                aria-describedby="caliper-hint"
              />
            </div>
          ) : null}
          <div className="field">
            <label className="field__label" htmlFor="match-threshold">
              {t("evaluation.filters.threshold")}
            </label>
            <input
              id="match-threshold"
              name="threshold"
              type="number"
              min={5}
              max={100}
              defaultValue={5}
              className="input input--w4"
            />
          </div>
          <button type="submit" className="button" disabled={match.isPending}>
            {t("evaluation.match.submit")}
          </button>
        </form>
      ) : null}
      <div aria-live="polite" role="status">
        {match.isPending ? <p>{t("evaluation.match.working")}</p> : null}
      </div>
      {match.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(match.error).messageKey)}</p>
        </Notice>
      ) : null}
      {match.data ? <MatchResult data={match.data} /> : null}
    </section>
  );
}

function num(n: number | null, digits = 3) {
  return n === null ? "–" : formatNumber(n, digits);
}

function MatchResult({ data }: { data: MatchResponse }) {
  const { t } = useTranslation();
  if (!data.ok) {
    return (
      <Notice kind="error" role="alert">
        <p>
          {t(`evaluation.match.error.${data.code}`, {
            defaultValue: t("evaluation.match.error.generic"),
          })}
        </p>
      </Notice>
    );
  }
  const r = data.result;
  const rows: [string, Effect][] = [
    [t("evaluation.goals.allGenders"), r.overall],
    ...Object.entries(r.byGender).map(
      ([g, e]) => [t(`vocab.gender.${g}`), e as Effect] as [string, Effect],
    ),
  ];
  return (
    <div data-testid="match-result">
      <h3>{t("evaluation.match.effectTitle")}</h3>
      <p>{t("evaluation.match.effectIntro")}</p>
      <div style={{ overflowX: "auto" }}>
        <table className="simple-table" data-testid="effect-table">
          <caption>
            {t("evaluation.match.effectCaption", {
              method: t(`evaluation.match.methods.${r.method}`),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("evaluation.goals.group")}</th>
              <th scope="col" className="numeric">
                {t("evaluation.match.att")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.match.se")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.match.ci")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.match.nTreated")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.match.nMatchedTreated")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.match.nMatchedControl")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, e]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="numeric">
                  {e.estimate === null
                    ? t(`evaluation.match.problem.${e.problem ?? "suppressed"}`, {
                        defaultValue: "–",
                      })
                    : num(e.estimate)}
                </td>
                <td className="numeric">{num(e.standardError)}</td>
                <td className="numeric">{e.ci ? `${num(e.ci[0])} – ${num(e.ci[1])}` : "–"}</td>
                <td className="numeric">
                  <PublishedValue cell={e.nTreated} threshold={r.threshold} />
                </td>
                <td className="numeric">
                  <PublishedValue cell={e.nMatchedTreated} threshold={r.threshold} />
                </td>
                <td className="numeric">
                  <PublishedValue cell={e.nMatchedControl} threshold={r.threshold} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("evaluation.match.balanceTitle")}</h3>
      <div style={{ overflowX: "auto" }}>
        <table className="simple-table" data-testid="balance-table">
          <caption>{t("evaluation.match.balanceCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("evaluation.match.covariate")}</th>
              <th scope="col" className="numeric">
                {t("evaluation.match.smdBefore")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.match.smdAfter")}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.balance.map((b) => (
              <tr key={b.covariate}>
                <th scope="row">{b.covariate}</th>
                <td className="numeric">{num(b.smdBefore)}</td>
                <td className="numeric">{num(b.smdAfter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SuppressionNote threshold={r.threshold} />
    </div>
  );
}
