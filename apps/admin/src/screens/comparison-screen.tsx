import type { RouterOutputs } from "@opis/api";
import {
  describeClientError,
  ErrorSummary,
  FieldMessages,
  formatDate,
  formatNumber,
  municipalityName,
  Notice,
  PublishedValue,
  readFileAsBase64,
  type SummaryError,
  SuppressionNote,
  translateKey,
  useActiveProject,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FileErrorTable } from "../file-upload/file-error-table";
import {
  SpreadsheetFileField,
  spreadsheetFileProblem,
} from "../file-upload/spreadsheet-file-field";
import { isValidThreshold } from "../report/report-params";

const ERROR_TABLE_KEYS = {
  heading: "evaluation.import.rejected",
  firstErrors: "evaluation.import.firstErrors",
};

type MatchResponse = RouterOutputs["comparison"]["match"];
type Effect = Extract<MatchResponse, { ok: true }>["result"]["overall"];
type Warning = Effect["warnings"][number];
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
  const { id: projectId } = useActiveProject();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const importFile = useMutation(
    trpc.comparison.import.mutationOptions({
      onSuccess: (data) => {
        if (data.ok && input.current) input.current.value = "";
        return queryClient.invalidateQueries({ queryKey: trpc.comparison.list.queryKey() });
      },
    }),
  );
  // After each import, move focus to what happened: the errors, or the confirmation.
  useEffect(() => {
    if (importFile.data || importFile.error) outcome.current?.focus();
  }, [importFile.data, importFile.error]);
  const refuse = (message: string) => {
    setFileError(message);
    input.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFileError(null);
    const file = input.current?.files?.[0];
    const problem = spreadsheetFileProblem(file, MAX_BYTES);
    if (problem || !file) return refuse(t(`evaluation.import.${problem ?? "chooseFile"}`));
    importFile.mutate({
      projectId,
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
        <SpreadsheetFileField
          id="comparison-file"
          label={t("evaluation.import.file")}
          hint={t("evaluation.import.fileHint")}
          error={fileError}
          inputRef={input}
        />
        <button type="submit" className="button" disabled={importFile.isPending}>
          {t("evaluation.import.submit")}
        </button>
      </form>
      <div aria-live="polite" role="status">
        {importFile.isPending ? <p>{t("evaluation.import.working")}</p> : null}
      </div>
      {result?.ok ? (
        <div ref={outcome} tabIndex={-1} data-testid="import-done">
          <Notice kind="success">
            <p>
              {t("evaluation.import.done", {
                count: result.rowCount,
                people: formatNumber(result.rowCount),
              })}
            </p>
          </Notice>
        </div>
      ) : null}
      {importFile.isError ? (
        <div ref={outcome} tabIndex={-1}>
          <Notice kind="error" role="alert">
            <p>{t("evaluation.import.failed")}</p>
            <p>{translateKey(t, describeClientError(importFile.error).messageKey)}</p>
          </Notice>
        </div>
      ) : null}
      {result && !result.ok ? (
        <FileErrorTable
          outcomeRef={outcome}
          total={result.errorCount}
          errors={result.errors}
          keys={ERROR_TABLE_KEYS}
        />
      ) : null}
    </section>
  );
}

type MatchField =
  | "match-import"
  | "cov-gender"
  | "cut-age"
  | "cut-months"
  | "caliper"
  | "match-threshold";

/** Cutpoints as typed ("30 40 50", "0,5; 1"): null when any is not a number or they do not increase. */
function cutpoints(text: FormDataEntryValue | null): number[] | null {
  const parts = String(text ?? "")
    .split(/[;\s]+/)
    .filter(Boolean)
    .map((s) => Number(s.replace(",", ".")));
  if (parts.some((n) => !Number.isFinite(n))) return null;
  if (parts.some((n, i) => i > 0 && !(n > parts[i - 1]!))) return null;
  return parts;
}

function MatchForm() {
  const { id: projectId } = useActiveProject();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const imports = useQuery(trpc.comparison.list.queryOptions({ projectId }));
  const match = useMutation(trpc.comparison.match.mutationOptions());
  const [method, setMethod] = useState<"exact" | "cem" | "nearest">("nearest");
  const [errors, setErrors] = useState<Partial<Record<MatchField, string>>>({});
  const [focusToken, setFocusToken] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);

  // After each match, move focus to its result (or its error) so keyboard users land there.
  useEffect(() => {
    if (match.data || match.error) resultRef.current?.focus();
  }, [match.data, match.error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const importId = String(data.get("importId") ?? "");
    const covariates = data.getAll("covariates").map(String) as (typeof COVARIATES)[number][];
    const found: Partial<Record<MatchField, string>> = {};
    if (!importId) found["match-import"] = t("evaluation.match.chooseImport");
    if (covariates.length === 0) found["cov-gender"] = t("evaluation.match.chooseCovariate");
    const age = method === "cem" && covariates.includes("age") ? cutpoints(data.get("cutAge")) : [];
    const months =
      method === "cem" && covariates.includes("monthsRegistered")
        ? cutpoints(data.get("cutMonths"))
        : [];
    if (age === null) found["cut-age"] = t("evaluation.match.badCutAge");
    if (months === null) found["cut-months"] = t("evaluation.match.badCutMonths");
    const caliperText = method === "nearest" ? String(data.get("caliper") ?? "").trim() : "";
    const caliper = caliperText === "" ? undefined : Number(caliperText.replace(",", "."));
    if (caliper !== undefined && !(Number.isFinite(caliper) && caliper > 0 && caliper <= 10))
      found.caliper = t("evaluation.match.badCaliper");
    const thresholdText = String(data.get("threshold") ?? "").trim();
    const threshold = thresholdText === "" ? 5 : Number(thresholdText);
    if (!isValidThreshold(threshold))
      found["match-threshold"] = t("evaluation.filters.thresholdInvalid");
    setErrors(found);
    if (Object.keys(found).length > 0 || age === null || months === null) {
      setFocusToken((n) => n + 1);
      return;
    }
    match.mutate({
      projectId,
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
      threshold,
    });
  };

  const summary: SummaryError[] = Object.entries(errors).map(([id, message]) => ({
    id,
    message,
  }));
  const fieldClass = (f: MatchField) => (errors[f] ? "field field--error" : "field");
  const describe = (f: MatchField, hint: boolean) =>
    [hint ? `${f}-hint` : null, errors[f] ? `${f}-error` : null].filter(Boolean).join(" ") ||
    undefined;

  return (
    <section aria-labelledby="match-title">
      <h2 id="match-title">{t("evaluation.match.title")}</h2>
      <p>{t("evaluation.match.treatedDefinition")}</p>
      {imports.isPending ? <p role="status">{t("app.loading")}</p> : null}
      {imports.isError ? (
        <Notice kind="error" role="alert">
          <p>{t("evaluation.match.importsLoadError")}</p>
          <p>{translateKey(t, describeClientError(imports.error).messageKey)}</p>
        </Notice>
      ) : null}
      {imports.data && imports.data.length === 0 ? (
        <p data-testid="match-no-imports">{t("evaluation.match.noImports")}</p>
      ) : null}
      {imports.data && imports.data.length > 0 ? (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={summary} focusToken={focusToken} />
          <div className={fieldClass("match-import")}>
            <label className="field__label" htmlFor="match-import">
              {t("evaluation.match.import")}
            </label>
            <FieldMessages id="match-import" error={errors["match-import"]} />
            <select
              id="match-import"
              name="importId"
              className="select"
              aria-describedby={describe("match-import", false)}
            >
              {imports.data.map((i) => (
                <option key={i.id} value={i.id}>
                  {t("evaluation.match.importOption", {
                    file: i.fileName,
                    count: i.rowCount,
                    people: formatNumber(i.rowCount),
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
          <fieldset
            className={fieldClass("cov-gender")}
            aria-describedby={errors["cov-gender"] ? "cov-gender-error" : undefined}
          >
            <legend className="field__label">{t("evaluation.match.covariates")}</legend>
            <FieldMessages id="cov-gender" error={errors["cov-gender"]} />
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
              <div className={fieldClass("cut-age")}>
                <label className="field__label" htmlFor="cut-age">
                  {t("evaluation.match.cutAge")}
                </label>
                <FieldMessages
                  id="cut-age"
                  hint={t("evaluation.match.cutHint")}
                  error={errors["cut-age"]}
                />
                <input
                  id="cut-age"
                  name="cutAge"
                  className="input input--w20"
                  defaultValue="30 40 50"
                  aria-invalid={errors["cut-age"] ? true : undefined}
                  aria-describedby={describe("cut-age", true)}
                />
              </div>
              <div className={fieldClass("cut-months")}>
                <label className="field__label" htmlFor="cut-months">
                  {t("evaluation.match.cutMonths")}
                </label>
                <FieldMessages id="cut-months" error={errors["cut-months"]} />
                <input
                  id="cut-months"
                  name="cutMonths"
                  className="input input--w20"
                  defaultValue="36 60"
                  aria-invalid={errors["cut-months"] ? true : undefined}
                  aria-describedby={describe("cut-months", false)}
                />
              </div>
            </>
          ) : null}
          {method === "nearest" ? (
            <div className={fieldClass("caliper")}>
              <label className="field__label" htmlFor="caliper">
                {t("evaluation.match.caliper")}
              </label>
              <FieldMessages
                id="caliper"
                hint={t("evaluation.match.caliperHint")}
                error={errors.caliper}
              />
              <input
                id="caliper"
                name="caliper"
                className="input input--w5"
                inputMode="decimal"
                aria-invalid={errors.caliper ? true : undefined}
                aria-describedby={describe("caliper", true)}
              />
            </div>
          ) : null}
          <div className={fieldClass("match-threshold")}>
            <label className="field__label" htmlFor="match-threshold">
              {t("evaluation.filters.threshold")}
            </label>
            <FieldMessages
              id="match-threshold"
              hint={t("evaluation.filters.thresholdHint")}
              error={errors["match-threshold"]}
            />
            <input
              id="match-threshold"
              name="threshold"
              type="number"
              inputMode="numeric"
              min={5}
              max={100}
              defaultValue={5}
              className="input input--w4"
              aria-invalid={errors["match-threshold"] ? true : undefined}
              aria-describedby={describe("match-threshold", true)}
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
      <div ref={resultRef} tabIndex={-1} data-testid="match-outcome">
        {match.isError ? (
          <Notice kind="error" role="alert">
            <p>{t("evaluation.match.error.generic")}</p>
            <p>{translateKey(t, describeClientError(match.error).messageKey)}</p>
          </Notice>
        ) : null}
        {match.data && !match.isError ? <MatchResult data={match.data} /> : null}
      </div>
    </section>
  );
}

/** "age" → "Ålder"; "birthRegion=outsideEurope" → "Födelseregion: Utanför Europa". */
function useCovariateLabel() {
  const { t } = useTranslation();
  return (name: string) => {
    const [covariate = name, level] = name.split("=");
    const base = t(`evaluation.covariate.${covariate}`, { defaultValue: covariate });
    if (level === undefined) return base;
    const value =
      covariate === "gender"
        ? t(`vocab.gender.${level}`, { defaultValue: level })
        : covariate === "birthRegion"
          ? t(`vocab.birthRegion.${level}`, { defaultValue: level })
          : covariate === "education"
            ? t(`vocab.educationLevel.${level}`, { defaultValue: level })
            : covariate === "disability"
              ? t(`evaluation.yesNo.${level}`, { defaultValue: level })
              : covariate === "municipality"
                ? municipalityName(level)
                : level;
    return `${base}: ${value}`;
  };
}

/** Rounded first, so a tiny negative value is written "0,000", not "−0,000". */
function num(n: number | null, digits = 3) {
  if (n === null) return "–";
  const rounded = Number(n.toFixed(digits));
  return formatNumber(rounded === 0 ? 0 : rounded, digits);
}

/** A difference in shares (0.243) as percentage points ("24,3"). */
function points(n: number | null) {
  return n === null ? "–" : num(n * 100, 1);
}

function MatchResult({ data }: { data: MatchResponse }) {
  const { t } = useTranslation();
  const covariateLabel = useCovariateLabel();
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
                    : points(e.estimate)}
                </td>
                <td className="numeric">{points(e.standardError)}</td>
                <td className="numeric">
                  {e.ci ? `${points(e.ci[0])} – ${points(e.ci[1])}` : "–"}
                </td>
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
      <p data-testid="standard-error-type">
        {r.overall.standardErrorType === "clusterHC1" || r.overall.standardErrorType === "HC3"
          ? t(`matching.standardError.${r.overall.standardErrorType}`)
          : t("matching.standardError.other", { type: r.overall.standardErrorType ?? "–" })}
      </p>
      <MatchWarnings rows={rows} threshold={r.threshold} />
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
                <th scope="row">{covariateLabel(b.covariate)}</th>
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

/**
 * What the engine warns about, per row of the effect table (in total, each
 * gender): few participants matched, or propensity scores of 0 or 1. Counts
 * come published, so a small one reads "fewer than 5".
 */
function MatchWarnings({ rows, threshold }: { rows: [string, Effect][]; threshold: number }) {
  const { t } = useTranslation();
  const items = rows.flatMap(([group, e]) => e.warnings.map((w) => ({ group, w })));
  if (items.length === 0) return null;
  const count = (c: Warning["count"]) =>
    c.value === null ? t("matching.warning.fewerThan", { threshold }) : formatNumber(c.value);
  return (
    <Notice kind="info">
      <div data-testid="match-warnings">
        <h4>{t("matching.warnings.title")}</h4>
        <ul>
          {items.map(({ group, w }) => (
            <li key={`${group}-${w.code}`}>
              {t(`matching.warning.${w.code}`, {
                group,
                count: count(w.count),
                total: count(w.total),
              })}
            </li>
          ))}
        </ul>
      </div>
    </Notice>
  );
}
