import type { RouterOutputs } from "@opis/api";
import {
  Breadcrumbs,
  describeClientError,
  Notice,
  translateKey,
  useProjectDefinitionQuery,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link, useParams } from "react-router";
import { IntakeForm } from "../intake/intake-form";
import { PersonSummary } from "../intake/person-summary";
import { PATHS } from "../paths";
import { useDocumentTitle } from "../use-document-title";

type Intake = RouterOutputs["intake"]["get"];

/** One intake at its own URL: the draft form, or the decision once made. */
export function IntakeScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { intakeId = "" } = useParams();
  const intake = useQuery(trpc.intake.get.queryOptions({ intakeId }, { staleTime: 0 }));
  // The intake's own project (the active one until the intake has arrived).
  const definition = useProjectDefinitionQuery(intake.data?.projectId);
  const name = intake.data
    ? `${intake.data.person.givenName} ${intake.data.person.familyName}`
    : "";
  useDocumentTitle(name ? t("staff.intake.title", { name }) : t("staff.lookup.title"));

  const crumbs = (
    <Breadcrumbs
      items={[
        { to: PATHS.home, label: t("staff.nav.home") },
        { to: PATHS.lookup, label: t("staff.nav.intake") },
        { label: name || t("app.loading") },
      ]}
    />
  );

  if (intake.isPending || (intake.isSuccess && definition.isPending)) {
    return (
      <>
        {crumbs}
        <p role="status">{t("app.loading")}</p>
      </>
    );
  }
  if (intake.isError) {
    return (
      <>
        {crumbs}
        <h1>{t("staff.intake.loadError")}</h1>
        <Notice kind="error">
          <p>{translateKey(t, describeClientError(intake.error).messageKey)}</p>
        </Notice>
        <Link to={PATHS.lookup}>{t("staff.intake.newIntake")}</Link>
      </>
    );
  }

  const project = definition.data?.definition;
  if (!project) {
    return (
      <Notice kind="error">
        <p>{t("errors.project.notFound")}</p>
      </Notice>
    );
  }

  return (
    <>
      {crumbs}
      {intake.data.status === "draft" ? (
        <IntakeForm intake={intake.data} project={project} name={name} />
      ) : (
        <IntakeDecided intake={intake.data} name={name} />
      )}
    </>
  );
}

function IntakeDecided({ intake, name }: { intake: Intake; name: string }) {
  const { t } = useTranslation();
  const enrolled = intake.status === "enrolled";
  return (
    <>
      <Notice kind="success" role="status">
        <h1>
          {t(enrolled ? "staff.intake.enrolled.title" : "staff.intake.declined.title", { name })}
        </h1>
        <p>{t(enrolled ? "staff.intake.enrolled.body" : "staff.intake.declined.body")}</p>
      </Notice>
      <PersonSummary person={intake.person} />
      <div className="button-group">
        {intake.enrolmentId ? (
          <Link className="button" to={PATHS.participant(intake.enrolmentId)}>
            {t("staff.intake.toParticipant")}
          </Link>
        ) : null}
        <Link
          className={intake.enrolmentId ? "button button--secondary" : "button"}
          to={PATHS.participants}
        >
          {t("staff.intake.toParticipants")}
        </Link>
        <Link to={PATHS.lookup}>{t("staff.intake.newIntake")}</Link>
      </div>
    </>
  );
}
