import { municipalityName, useQuery, useTRPC, useTranslation } from "@opis/ui";
import { type FormEvent, useId } from "react";
import { useSearchParams } from "react-router";

export interface ReportFilter {
  municipalityCode?: string;
  enrolledFrom?: string;
  enrolledTo?: string;
  priorityGroup?: string;
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
  const threshold =
    Number.isInteger(thresholdParam) && thresholdParam >= 5 && thresholdParam <= 100
      ? thresholdParam
      : 5;
  return { filter, threshold, params, setParams };
}

/** The filter form above every report: municipality, period, priority group, threshold. */
export function ReportFilters({ showFilters = true }: { showFilters?: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const id = useId();
  const { filter, threshold, setParams } = useReportParams();
  const options = useQuery(trpc.statistics.filterOptions.queryOptions({ projectId: "opis" }));
  const language = i18n.language === "en" ? "en" : "sv";

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const [key, value] of data.entries()) {
      if (typeof value === "string" && value.trim() !== "") next.set(key, value.trim());
    }
    if (next.get("grans") === "5") next.delete("grans");
    setParams(next);
  };

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
    <form className="report-filters" onSubmit={submit} aria-label={t("evaluation.filters.label")}>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "flex-end" }}>
        {showFilters ? (
          <>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-m`}>
                {t("evaluation.filters.municipality")}
              </label>
              <select
                id={`${id}-m`}
                name="kommun"
                className="select"
                defaultValue={filter.municipalityCode ?? ""}
              >
                <option value="">{t("evaluation.filters.allMunicipalities")}</option>
                {(options.data?.municipalities ?? []).map((code) => (
                  <option key={code} value={code}>
                    {municipalityName(code)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-f`}>
                {t("evaluation.filters.enrolledFrom")}
              </label>
              <input
                id={`${id}-f`}
                name="fran"
                type="date"
                className="input input--date"
                defaultValue={filter.enrolledFrom ?? ""}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-t`}>
                {t("evaluation.filters.enrolledTo")}
              </label>
              <input
                id={`${id}-t`}
                name="till"
                type="date"
                className="input input--date"
                defaultValue={filter.enrolledTo ?? ""}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-p`}>
                {t("evaluation.filters.priorityGroup")}
              </label>
              <select
                id={`${id}-p`}
                name="prioriterad"
                className="select"
                defaultValue={filter.priorityGroup ?? ""}
              >
                <option value="">{t("evaluation.filters.allParticipants")}</option>
                {(options.data?.priorityGroups ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name[language]}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-g`}>
            {t("evaluation.filters.threshold")}
          </label>
          <input
            id={`${id}-g`}
            name="grans"
            type="number"
            min={5}
            max={100}
            step={1}
            className="input input--w4"
            defaultValue={threshold}
            aria-describedby={`${id}-g-hint`}
          />
          <p className="field__hint" id={`${id}-g-hint`}>
            {t("evaluation.filters.thresholdHint")}
          </p>
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
