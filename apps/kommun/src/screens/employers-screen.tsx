import type { RouterOutputs } from "@opis/api";
import {
  AppliedFilters,
  type ColumnDef,
  formatNumber,
  ListTable,
  TableSearch,
  useQuery,
  useSearchParamsKeepingProject,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useMemo, useState } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "../use-document-title";

type EmployerRow = RouterOutputs["employers"]["list"][number];

/** The municipality's employer register, with search. */
export function EmployersScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  useDocumentTitle(t("kommun.employers.title"));
  const [params, setParams] = useSearchParamsKeepingProject();
  const search = params.get("q") ?? "";
  const [text, setText] = useState(search);
  const query = useQuery(trpc.employers.list.queryOptions(search ? { search } : {}));
  const columns = useMemo<ColumnDef<EmployerRow>[]>(
    () => [
      {
        id: "name",
        header: t("kommun.employer.name"),
        cell: ({ row }) => <Link to={`/arbetsgivare/${row.original.id}`}>{row.original.name}</Link>,
        meta: { rowHeader: true },
      },
      {
        id: "industry",
        header: t("kommun.employer.industry"),
        cell: ({ row }) => row.original.industry ?? "–",
      },
      {
        id: "contactName",
        header: t("kommun.employer.contactName"),
        cell: ({ row }) => row.original.contactName ?? "–",
      },
      {
        id: "contacts",
        header: t("kommun.employers.col.contacts"),
        cell: ({ row }) => formatNumber(Number(row.original.contacts)),
        meta: { numeric: true },
      },
      {
        id: "lastContact",
        header: t("kommun.employers.col.lastContact"),
        cell: ({ row }) => row.original.lastContactOn ?? "–",
      },
    ],
    [t],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  }

  return (
    <>
      <h1>{t("kommun.employers.title")}</h1>
      <p className="lead">{t("kommun.employers.lead")}</p>
      <p>
        <Link to="/arbetsgivare/ny" className="button">
          {t("kommun.employers.new")}
        </Link>
      </p>
      <form className="table-filters" onSubmit={submit}>
        <TableSearch
          id="employer-search"
          label={t("kommun.employers.search")}
          value={text}
          onChange={setText}
        />
      </form>
      <AppliedFilters
        applied={search ? [t("kommun.employers.filter", { search })] : []}
        onClear={() => {
          setText("");
          setParams({});
        }}
      />
      <ListTable
        query={query}
        caption={t("kommun.employers.title")}
        columns={columns}
        getRowId={(e) => e.id}
        countKey="kommun.employers.count"
        empty={
          <>
            <h2>
              {search ? t("kommun.employers.emptySearch.title") : t("kommun.employers.empty.title")}
            </h2>
            <p>
              {search ? t("kommun.employers.emptySearch.body") : t("kommun.employers.empty.body")}
            </p>
          </>
        }
      />
    </>
  );
}
