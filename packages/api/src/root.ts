import { authRouter } from "./routers/auth";
import { goalsRouter } from "./routers/goals";
import { intakeRouter } from "./routers/intake";
import { participantsRouter } from "./routers/participants";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  goals: goalsRouter,
  intake: intakeRouter,
  participants: participantsRouter,
});

export type AppRouter = typeof appRouter;
