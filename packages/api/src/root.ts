import { activitiesRouter } from "./routers/activities";
import { assessmentsRouter } from "./routers/assessments";
import { attendanceRouter } from "./routers/attendance";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { comparisonRouter } from "./routers/comparison";
import { consentRouter } from "./routers/consent";
import { correctionsRouter } from "./routers/corrections";
import { dataOutRouter } from "./routers/data-out";
import { employersRouter } from "./routers/employers";
import { exitsRouter } from "./routers/exits";
import { exportsRouter } from "./routers/exports";
import { followUpsRouter } from "./routers/follow-ups";
import { goalsRouter } from "./routers/goals";
import { importsRouter } from "./routers/imports";
import { intakeRouter } from "./routers/intake";
import { notesRouter } from "./routers/notes";
import { participantsRouter } from "./routers/participants";
import { personsRouter } from "./routers/persons";
import { plansRouter } from "./routers/plans";
import { projectsRouter } from "./routers/projects";
import { resourceRequestsRouter } from "./routers/resource-requests";
import { statisticsRouter } from "./routers/statistics";
import { todoRouter } from "./routers/todo";
import { usersRouter } from "./routers/users";
import { router } from "./trpc";

export const appRouter = router({
  activities: activitiesRouter,
  assessments: assessmentsRouter,
  attendance: attendanceRouter,
  audit: auditRouter,
  auth: authRouter,
  comparison: comparisonRouter,
  consent: consentRouter,
  corrections: correctionsRouter,
  dataOut: dataOutRouter,
  employers: employersRouter,
  exits: exitsRouter,
  exports: exportsRouter,
  followUps: followUpsRouter,
  goals: goalsRouter,
  imports: importsRouter,
  intake: intakeRouter,
  notes: notesRouter,
  participants: participantsRouter,
  persons: personsRouter,
  plans: plansRouter,
  projects: projectsRouter,
  resourceRequests: resourceRequestsRouter,
  statistics: statisticsRouter,
  todo: todoRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
