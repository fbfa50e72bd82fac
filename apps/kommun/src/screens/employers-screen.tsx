import {
  describeClientError,
  formatNumber,
  Notice,
  TextInput,
  translateKey,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../use-document-title";

/** The municipality's employer register, with search. */
export function EmployersScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  useDocumentTitle(t("kommun.employers.title"));
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const [text, setText] = useState(search);
  const query = useQuery(trpc.employers.list.queryOptions(search ? { search } : {}));

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
        <TextInput
          id="employer-search"
          label={t("kommun.employers.search")}
          width="w20"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="field">
          <button type="submit" className="button button--secondary">
            {t("participants.searchButton")}
          </button>
        </div>
      </form>
      <p className="table-applied">
        {search ? (
          <>
            {t("table.filtersApplied", { filters: t("kommun.employers.filter", { search }) })}{" "}
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                setText("");
                setParams({});
              }}
            >
              {t("table.clearFilters")}
            </button>
          </>
        ) : (
          t("table.noFilters")
        )}
      </p>
      {query.isPending ? (
        <p role="status">{t("table.loading")}</p>
      ) : query.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
        </Notice>
      ) : query.data.length === 0 ? (
        <div className="table-empty">
          <h2>
            {search ? t("kommun.employers.emptySearch.title") : t("kommun.employers.empty.title")}
          </h2>
          <p>
            {search ? t("kommun.employers.emptySearch.body") : t("kommun.employers.empty.body")}
          </p>
        </div>
      ) : (
        <>
          <p className="table-count">{t("kommun.employers.count", { count: query.data.length })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("kommun.employers.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("kommun.employer.name")}</th>
                  <th scope="col">{t("kommun.employer.industry")}</th>
                  <th scope="col">{t("kommun.employer.contactName")}</th>
                  <th scope="col" className="numeric">
                    {t("kommun.employers.col.contacts")}
                  </th>
                  <th scope="col">{t("kommun.employers.col.lastContact")}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link to={`/arbetsgivare/${e.id}`}>{e.name}</Link>
                    </th>
                    <td>{e.industry ?? "–"}</td>
                    <td>{e.contactName ?? "–"}</td>
                    <td className="numeric">{formatNumber(Number(e.contacts))}</td>
                    <td>{e.lastContactOn ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
