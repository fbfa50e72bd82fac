import { getProject, type MunicipalityCode } from "@opis/domain";

/** The caseload's state, kept in the URL so that back, reload and shared links work. */
export const CASELOAD_SORTS = ["name", "startDate", "municipality"] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export type CaseloadScope = "mine" | "office";

export interface CaseloadParams {
  search: string;
  status: "active" | "exited" | undefined;
  municipalityCode: MunicipalityCode | undefined;
  scope: CaseloadScope;
  sort: CaseloadSort;
  direction: "asc" | "desc";
  page: number;
}

export const PROJECT_MUNICIPALITIES: readonly MunicipalityCode[] =
  getProject("opis")?.municipalities ?? [];

export function readCaseloadParams(params: URLSearchParams): CaseloadParams {
  const status = params.get("status");
  const sort = params.get("sort");
  const kommun = params.get("kommun");
  const page = Number(params.get("page") ?? "1");
  return {
    search: params.get("q") ?? "",
    status: status === "active" || status === "exited" ? status : undefined,
    municipalityCode: PROJECT_MUNICIPALITIES.find((code) => code === kommun),
    scope: params.get("scope") === "office" ? "office" : "mine",
    sort: (CASELOAD_SORTS as readonly string[]).includes(sort ?? "")
      ? (sort as CaseloadSort)
      : "name",
    direction: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeCaseloadParams(state: CaseloadParams): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("q", state.search);
  if (state.status) params.set("status", state.status);
  if (state.municipalityCode) params.set("kommun", state.municipalityCode);
  if (state.scope !== "mine") params.set("scope", state.scope);
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.direction !== "asc") params.set("dir", state.direction);
  if (state.page !== 1) params.set("page", String(state.page));
  return params;
}
