import type { EmployerContactInput } from "@opis/domain";
import {
  Breadcrumbs,
  describeClientError,
  EmployerContactForm,
  Notice,
  translateKey,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useDocumentTitle } from "../use-document-title";
import { useOwnParticipants } from "../use-own-participants";

/** An employer: its details and the contact log (who, when, what). */
export function EmployerScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved;
  const { employerId = "" } = useParams();
  const query = useQuery(trpc.employers.get.queryOptions({ employerId }));
  const participants = useOwnParticipants();
  const addContact = useMutation(trpc.employers.addContact.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState("");
  useDocumentTitle(query.data?.employer.name ?? t("kommun.employers.title"));

  if (query.isPending) return <p role="status">{t("app.loading")}</p>;
  if (query.isError) {
    return (
      <>
        <Breadcrumbs
          items={[
            { to: "/arbetsgivare", label: t("kommun.employers.title") },
            { label: t("kommun.employer.notFound") },
          ]}
        />
        <h1>{t("kommun.employer.notFound")}</h1>
        <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
        <Link to="/arbetsgivare">{t("kommun.employer.back")}</Link>
      </>
    );
  }
  const { employer, contacts } = query.data;
  const nameOf = (id: string | null) =>
    id ? (participants.options.find((p) => p.enrolmentId === id)?.name ?? "–") : "–";

  function submit(contact: EmployerContactInput, reset: () => void) {
    setFormError(null);
    setAdded("");
    addContact.mutate(
      { employerId, contact },
      {
        onSuccess: async () => {
          reset();
          setAdded(t("kommun.contact.added"));
          await queryClient.invalidateQueries({ queryKey: trpc.employers.pathKey() });
        },
        onError: (error) => {
          const info = describeClientError(error);
          setFormError(translateKey(t, Object.values(info.fieldErrors)[0]?.[0] ?? info.messageKey));
        },
      },
    );
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/arbetsgivare", label: t("kommun.employers.title") },
          { label: employer.name },
        ]}
      />
      <h1>{employer.name}</h1>
      {saved ? (
        <Notice kind="success" role="status">
          <p>{t("kommun.employer.saved")}</p>
        </Notice>
      ) : null}
      <dl className="summary-list">
        <dt>{t("kommun.employer.organisationNumber")}</dt>
        <dd>{employer.organisationNumber ?? "–"}</dd>
        <dt>{t("kommun.employer.industry")}</dt>
        <dd>{employer.industry ?? "–"}</dd>
        <dt>{t("kommun.employer.contactName")}</dt>
        <dd>{employer.contactName ?? "–"}</dd>
        <dt>{t("kommun.employer.contactPhone")}</dt>
        <dd>{employer.contactPhone ?? "–"}</dd>
        <dt>{t("kommun.employer.contactEmail")}</dt>
        <dd>{employer.contactEmail ?? "–"}</dd>
      </dl>
      <p>
        <Link to={`/arbetsgivare/${employer.id}/andra`}>{t("kommun.employer.edit")}</Link>
      </p>
      <div className="two-columns">
        <section aria-labelledby="contact-log">
          <h2 id="contact-log">{t("kommun.contact.log")}</h2>
          {contacts.length === 0 ? (
            <p>{t("kommun.contact.empty")}</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t("kommun.contact.log")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("kommun.contact.date")}</th>
                  <th scope="col">{t("kommun.contact.who")}</th>
                  <th scope="col">{t("kommun.contact.channel")}</th>
                  <th scope="col">{t("kommun.contact.summary")}</th>
                  <th scope="col">{t("kommun.contact.participant")}</th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.contactedOn}</th>
                    <td>{c.userName}</td>
                    <td>{t(`kommun.contactChannel.${c.channel}`)}</td>
                    <td>{c.summary}</td>
                    <td>{nameOf(c.enrolmentId)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="contact-new" className="two-columns__aside">
          <h2 id="contact-new">{t("kommun.contact.new")}</h2>
          <EmployerContactForm
            participants={participants.options}
            pending={addContact.isPending}
            formError={formError}
            onSubmit={submit}
          />
          <p role="status" className="saved-indicator">
            {added}
          </p>
        </section>
      </div>
    </>
  );
}
