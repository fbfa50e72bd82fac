import {
  describedBy,
  ErrorSummary,
  Field,
  municipalityName,
  type Option,
  Select,
  type SummaryError,
  useActiveProject,
  useQuery,
  useSearchParamsKeepingProject,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useId, useState } from "react";

/** A population from the predefined dimensions only: no free dates (ADR 0011). */
export interface ReportFilter {
  municipalityCode?: string;
  cohort?: string;
  priorityGroup?: string;
}

/** The URL parameters the filter form owns; any other (the flow split, the trend's goal) is kept. */
const FILTER_KEYS = ["kommun", "kvartal", "prioriterad", "per", "grans"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type FilterFields = Record<FilterKey, string>;

export function isValidThreshold(n: number): boolean {
  return Number.isInteger(n) && n >= 5 && n <= 100;
}

/** Filters and threshold live in the URL, so every report view has its own address. */
export function useReportParams() {
  const [params, setParams] = useSearchParamsKeepingProject();
  const filter: ReportFilter = {};
  const m = params.get("kommun");
  const cohort = params.get("kvartal");
  const group = params.get("prioriterad");
  if (m) filter.municipalityCode = m;
  if (cohort && /^\d{4}-Q[1-4]$/.test(cohort)) filter.cohort = cohort;
  if (group) filter.priorityGroup = group;
  const per = params.get("per");
  // A month end from the list; without one, the server takes the latest.
  const asOf = per && /^\d{4}-\d{2}-\d{2}$/.test(per) ? per : undefined;
  const thresholdParam = Number(params.get("grans") ?? "5");
  const threshold = isValidThreshold(thresholdParam) ? thresholdParam : 5;
  return { filter, asOf, threshold, params, setParams };
}

function fieldsFrom(params: URLSearchParams, threshold: number): FilterFields {
  return {
    kommun: params.get("kommun") ?? "",
    kvartal: params.get("kvartal") ?? "",
    prioriterad: params.get("prioriterad") ?? "",
    per: params.get("per") ?? "",
    grans: String(threshold),
  };
}

/**
 * The filter form above every report: municipality, enrolment quarter, priority
 * group, the month end the figures stand on, threshold. Only predefined values:
 * every choice is a select, so no two requests can differ by a free date.
 * The fields are controlled and follow the URL, so a reload or the back button shows
 * the filter that is applied (the option lists arrive after the first render).
 */
export function ReportFilters({ showFilters = true }: { showFilters?: boolean }) {
  const { id: projectId } = useActiveProject();
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const id = useId();
  const { filter, threshold, params, setParams } = useReportParams();
  const options = useQuery(trpc.statistics.filterOptions.queryOptions({ projectId }));
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
    kvartal: `${id}-q`,
    prioriterad: `${id}-p`,
    per: `${id}-a`,
    grans: `${id}-g`,
  };
  const summary: SummaryError[] = FILTER_KEYS.flatMap((k) =>
    errors[k] ? [{ id: fieldId[k], message: errors[k] }] : [],
  );

  const applied = [
    filter.municipalityCode ? municipalityName(filter.municipalityCode) : null,
    filter.cohort ? t("evaluation.filters.cohortApplied", { cohort: filter.cohort }) : null,
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
            <Select
              id={fieldId.kommun}
              name="kommun"
              label={t("evaluation.filters.municipality")}
              placeholder={t("evaluation.filters.allMunicipalities")}
              options={withChosen(
                (options.data?.municipalities ?? []).map((code) => ({
                  value: code,
                  label: municipalityName(code),
                })),
                fields.kommun,
                municipalityName(fields.kommun),
              )}
              value={fields.kommun}
              onChange={(e) => set("kommun")(e.target.value)}
            />
            <Select
              id={fieldId.kvartal}
              name="kvartal"
              label={t("evaluation.filters.cohort")}
              hint={t("evaluation.filters.cohortHint")}
              placeholder={t("evaluation.filters.allCohorts")}
              options={withChosen(
                (options.data?.cohorts ?? []).map((q) => ({ value: q, label: q })),
                fields.kvartal,
                fields.kvartal,
              )}
              value={fields.kvartal}
              onChange={(e) => set("kvartal")(e.target.value)}
            />
            <Select
              id={fieldId.prioriterad}
              name="prioriterad"
              label={t("evaluation.filters.priorityGroup")}
              placeholder={t("evaluation.filters.allParticipants")}
              options={withChosen(
                (options.data?.priorityGroups ?? []).map((g) => ({
                  value: g.id,
                  label: g.name[language],
                })),
                fields.prioriterad,
                fields.prioriterad,
              )}
              value={fields.prioriterad}
              onChange={(e) => set("prioriterad")(e.target.value)}
            />
          </>
        ) : null}
        <Select
          id={fieldId.per}
          name="per"
          label={t("evaluation.filters.asOf")}
          hint={t("evaluation.filters.asOfHint")}
          placeholder={t("evaluation.filters.latestMonthEnd")}
          options={withChosen(
            [...(options.data?.monthEnds ?? [])].reverse().map((d) => ({ value: d, label: d })),
            fields.per,
            fields.per,
          )}
          value={fields.per}
          onChange={(e) => set("per")(e.target.value)}
        />
        <Field
          id={fieldId.grans}
          label={t("evaluation.filters.threshold")}
          hint={t("evaluation.filters.thresholdHint")}
          error={errors.grans}
        >
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
            aria-describedby={describedBy(
              fieldId.grans,
              t("evaluation.filters.thresholdHint"),
              errors.grans,
            )}
          />
        </Field>
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

/** While the options load, the value from the URL still shows as chosen. */
function withChosen(options: Option[], chosen: string, label: string): Option[] {
  return chosen && options.length === 0 ? [{ value: chosen, label }] : options;
}
