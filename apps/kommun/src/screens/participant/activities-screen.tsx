import {
  describeClientError,
  formatNumber,
  Notice,
  translateKey,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link, useLocation } from "react-router";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** The participant's activities: what, who provides it, when, hours, the plan item it serves. */
export function ActivitiesScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const { enrolmentId, name, base } = useParticipant();
  useDocumentTitle(t("kommun.activities.docTitle", { name }));
  const query = useQuery(trpc.activities.list.queryOptions({ enrolmentId }));
  const plan = useQuery(trpc.plans.get.queryOptions({ enrolmentId }));
  const planItem = (id: string | null) =>
    id ? (plan.data?.content.items.find((i) => i.id === id)?.description ?? "–") : "–";

  return (
    <>
      <h2>{t("kommun.activities.title")}</h2>
      {saved ? (
        <Notice kind="success" role="status">
          <p>{t("kommun.activities.saved", { title: saved })}</p>
        </Notice>
      ) : null}
      <p>
        <Link to={`${base}/insatser/ny`} className="button">
          {t("kommun.activities.new")}
        </Link>
      </p>
      {query.isPending ? (
        <p role="status">{t("app.loading")}</p>
      ) : query.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
        </Notice>
      ) : query.data.length === 0 ? (
        <div className="table-empty">
          <p>{t("kommun.activities.empty")}</p>
        </div>
      ) : (
        <div className="table-scroll-x">
          <table className="data-table">
            <caption className="visually-hidden">
              {t("kommun.activities.caption", { name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("kommun.activities.col.title")}</th>
                <th scope="col">{t("kommun.activities.col.type")}</th>
                <th scope="col">{t("kommun.activities.col.provider")}</th>
                <th scope="col">{t("kommun.activities.col.period")}</th>
                <th scope="col" className="numeric">
                  {t("kommun.activities.col.hours")}
                </th>
                <th scope="col">{t("kommun.activities.col.planItem")}</th>
                <th scope="col">{t("kommun.activities.col.validation")}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`${base}/insatser/${a.id}`}>
                      {a.title}
                      <span className="visually-hidden"> {t("kommun.activities.edit")}</span>
                    </Link>
                  </th>
                  <td>{t(`vocab.activityType.${a.type}`)}</td>
                  <td>{a.employerName ?? a.provider ?? "–"}</td>
                  <td>
                    {a.startDate} – {a.endDate ?? t("kommun.activities.ongoing")}
                  </td>
                  <td className="numeric">{formatNumber(a.hoursPerWeek)}</td>
                  <td>{planItem(a.planItemId)}</td>
                  <td>
                    {a.type === "validation"
                      ? t(
                          a.certificateIssued === true
                            ? "kommun.activities.certificateYes"
                            : a.certificateIssued === false
                              ? "kommun.activities.certificateNo"
                              : "kommun.activities.certificatePending",
                          { module: a.validationModule ?? "" },
                        )
                      : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
