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
import { useState } from "react";
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
  // A likely duplicate is a warning: saving the same name again confirms it.
  const [warnedName, setWarnedName] = useState<string | null>(null);

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
    const confirmDuplicate = warnedName !== null && warnedName === input.name;
    const onError = (error: unknown) => {
      const duplicate =
        describeClientError(error).messageKey === "validation.employer.name.duplicate";
      setWarnedName(duplicate ? input.name : null);
      server.onError(error);
    };
    if (employerId) {
      update.mutate(
        { employerId, employer: input, confirmDuplicate },
        {
          onSuccess: async () => {
            await queryClient.invalidateQueries({ queryKey: trpc.employers.pathKey() });
            navigate(`/arbetsgivare/${employerId}`, { state: { saved: true } });
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { ...input, confirmDuplicate },
        {
          onSuccess: async (result) => {
            await queryClient.invalidateQueries({ queryKey: trpc.employers.pathKey() });
            navigate(`/arbetsgivare/${result.id}`, { state: { saved: true } });
          },
          onError,
        },
      );
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
