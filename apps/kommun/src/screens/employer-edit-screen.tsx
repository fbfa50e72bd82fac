import type { EmployerInput } from "@opis/domain";
import {
  Breadcrumbs,
  describeClientError,
  EmployerForm,
  translateKey,
  useMutation,
  useQuery,
  useQueryClient,
  useServerFormErrors,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useNavigate, useParams } from "react-router";
import { useDocumentTitle } from "../use-document-title";

/** Add an employer to the register, or change one. */
export function EmployerEditScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { employerId } = useParams();
  const title = employerId ? t("kommun.employer.editTitle") : t("kommun.employer.newTitle");
  useDocumentTitle(title);
  const existing = useQuery({
    ...trpc.employers.get.queryOptions({ employerId: employerId ?? "" }),
    enabled: Boolean(employerId),
  });
  const create = useMutation(trpc.employers.create.mutationOptions());
  const update = useMutation(trpc.employers.update.mutationOptions());
  const server = useServerFormErrors(employerId ? "employer" : "");

  if (employerId && existing.isPending) return <p role="status">{t("app.loading")}</p>;
  if (employerId && existing.isError) {
    return (
      <>
        <h1>{t("kommun.employer.notFound")}</h1>
        <p>{translateKey(t, describeClientError(existing.error).messageKey)}</p>
      </>
    );
  }
  const e = existing.data?.employer;
  const initial: EmployerInput | undefined = e
    ? {
        name: e.name,
        organisationNumber: e.organisationNumber,
        industry: e.industry,
        contactName: e.contactName,
        contactPhone: e.contactPhone,
        contactEmail: e.contactEmail,
      }
    : undefined;

  function submit(input: EmployerInput) {
    server.clearFormError();
    if (employerId) {
      update.mutate(
        { employerId, employer: input },
        {
          onSuccess: async () => {
            await queryClient.invalidateQueries({ queryKey: trpc.employers.pathKey() });
            navigate(`/arbetsgivare/${employerId}`, { state: { saved: true } });
          },
          onError: server.onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: async (result) => {
          await queryClient.invalidateQueries({ queryKey: trpc.employers.pathKey() });
          navigate(`/arbetsgivare/${result.id}`, { state: { saved: true } });
        },
        onError: server.onError,
      });
    }
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/arbetsgivare", label: t("kommun.employers.title") },
          ...(e ? [{ to: `/arbetsgivare/${e.id}`, label: e.name }] : []),
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <EmployerForm
        initial={initial}
        submitLabel={employerId ? t("kommun.employer.saveChanges") : t("kommun.employer.create")}
        pending={create.isPending || update.isPending}
        serverErrors={server.serverErrors}
        formError={server.formError}
        onSubmit={submit}
      />
    </>
  );
}
