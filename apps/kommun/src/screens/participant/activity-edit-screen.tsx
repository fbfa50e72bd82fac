import type { ActivityInput } from "@opis/domain";
import {
  ActivityForm,
  useMutation,
  useQuery,
  useQueryClient,
  useServerFormErrors,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** Register a new activity, or change one. */
export function ActivityEditScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { activityId } = useParams();
  const [searchParams] = useSearchParams();
  const resourceRequestId = searchParams.get("forfragan");
  const { enrolmentId, name, base } = useParticipant();
  const title = activityId ? t("kommun.activity.editTitle") : t("kommun.activity.newTitle");
  useDocumentTitle(`${title}: ${name}`);

  const activities = useQuery(trpc.activities.list.queryOptions({ enrolmentId }));
  const plan = useQuery(trpc.plans.get.queryOptions({ enrolmentId }));
  const employers = useQuery(trpc.employers.list.queryOptions({}));
  const server = useServerFormErrors("activity");

  const create = useMutation(trpc.activities.create.mutationOptions());
  const update = useMutation(trpc.activities.update.mutationOptions());

  if (activities.isPending || plan.isPending || employers.isPending) {
    return <p role="status">{t("app.loading")}</p>;
  }
  const existing = activityId ? activities.data?.find((a) => a.id === activityId) : undefined;
  if (activityId && !existing) {
    return (
      <>
        <h2>{t("kommun.activity.notFound")}</h2>
        <Link to={`${base}/insatser`}>{t("kommun.activity.back")}</Link>
      </>
    );
  }
  const initial: ActivityInput | undefined = existing
    ? {
        type: existing.type,
        title: existing.title,
        provider: existing.provider,
        employerId: existing.employerId,
        startDate: existing.startDate,
        endDate: existing.endDate,
        hoursPerWeek: existing.hoursPerWeek,
        planItemId: existing.planItemId,
        validationModule: existing.validationModule,
        certificateIssued: existing.certificateIssued,
      }
    : undefined;

  const handlers = (activity: ActivityInput) => ({
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: trpc.activities.list.queryKey({ enrolmentId }),
      });
      await queryClient.invalidateQueries({
        queryKey: trpc.participants.timeline.queryKey({ enrolmentId }),
      });
      navigate(`${base}/insatser`, { state: { saved: activity.title } });
    },
    onError: server.onError,
  });

  function submit(activity: ActivityInput) {
    server.clear();
    if (activityId) update.mutate({ activityId, activity }, handlers(activity));
    else
      create.mutate(
        { enrolmentId, activity, ...(resourceRequestId ? { resourceRequestId } : {}) },
        handlers(activity),
      );
  }

  return (
    <>
      <h2>{title}</h2>
      {resourceRequestId ? <p>{t("kommun.activity.fromRequest")}</p> : null}
      <ActivityForm
        initial={initial}
        planItems={plan.data?.content.items ?? []}
        employers={employers.data ?? []}
        employerHint={
          <>
            {t("kommun.activity.employerHint")}{" "}
            <Link to="/arbetsgivare/ny">{t("kommun.activity.employerAdd")}</Link>
          </>
        }
        submitLabel={activityId ? t("kommun.activity.saveChanges") : t("kommun.activity.create")}
        pending={create.isPending || update.isPending}
        serverErrors={server.serverErrors}
        formError={server.formError}
        onSubmit={submit}
      />
      <p>
        <Link to={`${base}/insatser`}>{t("kommun.activity.cancel")}</Link>
      </p>
    </>
  );
}
