import { type TodoLinks, TodoQueue, useCurrentUser, useTranslation } from "@opis/ui";
import { Link, useSearchParams } from "react-router";
import { Caseload } from "../case/caseload";
import { readCaseloadParams } from "../case/caseload-params";
import { PATHS } from "../paths";
import { useDocumentTitle } from "../use-document-title";

/** Where the officer's to-do items are done. */
const TODO_LINKS: TodoLinks = {
  intake: PATHS.intake,
  plan: (enrolmentId) => PATHS.participantSection(enrolmentId, "plan"),
  followUp: ({ followUpId }) => PATHS.followUp(followUpId),
  handovers: (enrolmentId) => PATHS.participantSection(enrolmentId, "anteckningar"),
  participant: PATHS.participant,
};

/** The officer's morning: what to do today, then the caseload. */
export function HomeScreen() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams] = useSearchParams();
  const { scope } = readCaseloadParams(searchParams);
  useDocumentTitle(t("staff.nav.home"));
  return (
    <>
      <h1>{t("staff.home.title", { name: user.name })}</h1>
      <p className="lead">{t("staff.start.lead")}</p>
      <div className="button-group">
        <Link className="button" to={PATHS.lookup}>
          {t("staff.start.newIntake")}
        </Link>
      </div>
      <section aria-labelledby="todo-title">
        <h2 id="todo-title">
          {scope === "office" ? t("staff.todo.titleOffice") : t("staff.todo.title")}
        </h2>
        <TodoQueue scope={scope} links={TODO_LINKS} />
      </section>
      <section aria-labelledby="caseload-title">
        <h2 id="caseload-title">
          {scope === "office" ? t("staff.caseload.scope.office") : t("participants.scope.mine")}
        </h2>
        <Caseload emptyNone={<EmptyCaseload />} />
      </section>
    </>
  );
}

export function EmptyCaseload() {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t("participants.empty.none.title")}</h3>
      <p>{t("participants.empty.none.bodyStaff")}</p>
      <Link to={PATHS.lookup}>{t("participants.startIntake")}</Link>
    </>
  );
}
