import {
  ErrorSummary,
  FieldMessages,
  municipalityName,
  type SummaryError,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useSearchParams } from "react-router";

export interface ReportFilter {
  municipalityCode?: string;
  enrolledFrom?: string;
  enrolledTo?: string;
  priorityGroup?: string;
}

/** The URL parameters the filter form owns; any other (the flow split, the trend's goal) is kept. */
const FILTER_KEYS = ["kommun", "fran", "till", "prioriterad", "grans"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type FilterFields = Record<FilterKey, string>;

export function isValidThreshold(n: number): boolean {
  return Number.isInteger(n) && n >= 5 && n <= 100;
}

/** Filters and threshold live in the URL, so every report view has its own address. */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const filter: ReportFilter = {};
  const m = params.get("kommun");
  const from = params.get("fran");
  const to = params.get("till");
  const group = params.get("prioriterad");
  if (m) filter.municipalityCode = m;
  if (from) filter.enrolledFrom = from;
  if (to) filter.enrolledTo = to;
  if (group) filter.priorityGroup = group;
  const thresholdParam = Number(params.get("grans") ?? "5");
  const threshold = isValidThreshold(thresholdParam) ? thresholdParam : 5;
  return { filter, threshold, params, setParams };
}

function fieldsFrom(params: URLSearchParams, threshold: number): FilterFields {
  return {
    kommun: params.get("kommun") ?? "",
    fran: params.get("fran") ?? "",
    till: params.get("till") ?? "",
    prioriterad: params.get("prioriterad") ?? "",
    grans: String(threshold),
  };
}

/**
 * The filter form above every report: municipality, period, priority group, threshold.
 * The fields are controlled and follow the URL, so a reload or the back button shows
 * the filter that is applied (the option lists arrive after the first render).
 */
export function ReportFilters({ showFilters = true }: { showFilters?: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const id = useId();
  const { filter, threshold, params, setParams } = useReportParams();
  const options = useQuery(trpc.statistics.filterOptions.queryOptions({ projectId: "opis" }));
  const language = i18n.language === "en" ? "en" : "sv";
  const urlKey = FILTER_KEYS.map((k) => params.get(k) ?? "").join("|");
  const [fields, setFields] = useState<FilterFields>(() => fieldsFrom(params, threshold));
  const [errors, setErrors] = useState<Partial<Record<FilterKey, string>>>({});
  const [focusToken, setFocusToken] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the URL only when the applied filter changes
  useEffect(() => {
    setFields(fieldsFrom(params, threshold));
    setErrors({});
  }, [urlKey]);

  const set = (key: FilterKey) => (value: string) => setFields((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = (key: FilterKey) => fields[key].trim();
    const found: Partial<Record<FilterKey, string>> = {};
    const thresholdText = value("grans");
    if (thresholdText !== "" && !isValidThreshold(Number(thresholdText))) {
      found.grans = t("evaluation.filters.thresholdInvalid");
    }
    if (showFilters && value("fran") && value("till") && value("till") < value("fran")) {
      found.till = t("evaluation.filters.toBeforeFrom");
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusToken((n) => n + 1);
      return;
    }
    const next = new URLSearchParams(params);
    for (const key of FILTER_KEYS) {
      const v = value(key);
      if (v === "" || (key === "grans" && v === "5")) next.delete(key);
      else next.set(key, v);
    }
    setParams(next);
  };

  const fieldId: Record<FilterKey, string> = {
    kommun: `${id}-m`,
    fran: `${id}-f`,
    till: `${id}-t`,
    prioriterad: `${id}-p`,
    grans: `${id}-g`,
  };
  const summary: SummaryError[] = FILTER_KEYS.flatMap((k) =>
    errors[k] ? [{ id: fieldId[k], message: errors[k] }] : [],
  );
  const describe = (key: FilterKey, hint = false) =>
    [hint ? `${fieldId[key]}-hint` : null, errors[key] ? `${fieldId[key]}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;

  const applied = [
    filter.municipalityCode ? municipalityName(filter.municipalityCode) : null,
    filter.enrolledFrom ? `${t("evaluation.filters.from")} ${filter.enrolledFrom}` : null,
    filter.enrolledTo ? `${t("evaluation.filters.to")} ${filter.enrolledTo}` : null,
    filter.priorityGroup
      ? (options.data?.priorityGroups.find((g) => g.id === filter.priorityGroup)?.name[language] ??
        filter.priorityGroup)
      : null,
  ].filter(Boolean);

  return (
    <form
      className="report-filters"
      onSubmit={submit}
      aria-label={t("evaluation.filters.label")}
      noValidate
    >
      <ErrorSummary errors={summary} focusToken={focusToken} />
      <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "flex-end" }}>
        {showFilters ? (
          <>
            <div className="field">
              <label className="field__label" htmlFor={fieldId.kommun}>
                {t("evaluation.filters.municipality")}
              </label>
              <select
                id={fieldId.kommun}
                name="kommun"
                className="select"
                value={fields.kommun}
                onChange={(e) => set("kommun")(e.target.value)}
              >
                <option value="">{t("evaluation.filters.allMunicipalities")}</option>
                {(options.data?.municipalities ?? []).map((code) => (
                  <option key={code} value={code}>
                    {municipalityName(code)}
                  </option>
                ))}
                {fields.kommun && !options.data ? (
                  <option value={fields.kommun}>{municipalityName(fields.kommun)}</option>
                ) : null}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={fieldId.fran}>
                {t("evaluation.filters.enrolledFrom")}
              </label>
              <input
                id={fieldId.fran}
                name="fran"
                type="date"
                className="input input--date"
                value={fields.fran}
                onChange={(e) => set("fran")(e.target.value)}
              />
            </div>
            <div className={errors.till ? "field field--error" : "field"}>
              <label className="field__label" htmlFor={fieldId.till}>
                {t("evaluation.filters.enrolledTo")}
              </label>
              <FieldMessages id={fieldId.till} error={errors.till} />
              <input
                id={fieldId.till}
                name="till"
                type="date"
                className="input input--date"
                value={fields.till}
                onChange={(e) => set("till")(e.target.value)}
                aria-invalid={errors.till ? true : undefined}
                aria-describedby={describe("till")}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={fieldId.prioriterad}>
                {t("evaluation.filters.priorityGroup")}
              </label>
              <select
                id={fieldId.prioriterad}
                name="prioriterad"
                className="select"
                value={fields.prioriterad}
                onChange={(e) => set("prioriterad")(e.target.value)}
              >
                <option value="">{t("evaluation.filters.allParticipants")}</option>
                {(options.data?.priorityGroups ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name[language]}
                  </option>
                ))}
                {fields.prioriterad && !options.data ? (
                  <option value={fields.prioriterad}>{fields.prioriterad}</option>
                ) : null}
              </select>
            </div>
          </>
        ) : null}
        <div className={errors.grans ? "field field--error" : "field"}>
          <label className="field__label" htmlFor={fieldId.grans}>
            {t("evaluation.filters.threshold")}
          </label>
          <FieldMessages
            id={fieldId.grans}
            hint={t("evaluation.filters.thresholdHint")}
            error={errors.grans}
          />
          <input
            id={fieldId.grans}
            name="grans"
            type="number"
            inputMode="numeric"
            min={5}
            max={100}
            step={1}
            className="input input--w4"
            value={fields.grans}
            onChange={(e) => set("grans")(e.target.value)}
            aria-invalid={errors.grans ? true : undefined}
            aria-describedby={describe("grans", true)}
          />
        </div>
        <div className="field">
          <button type="submit" className="button button--secondary">
            {t("evaluation.filters.apply")}
          </button>
        </div>
      </div>
      <p role="status" data-testid="applied-filters">
        {applied.length > 0
          ? t("evaluation.filters.applied", { filters: applied.join(", ") })
          : t("evaluation.filters.none")}
      </p>
    </form>
  );
}
