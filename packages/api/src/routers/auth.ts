import { anyUserProcedure, router } from "../trpc";

export const authRouter = router({
  /** The logged-in user: name, role and scope, as the server knows them. */
  me: anyUserProcedure.query(({ ctx }) => ctx.user),
});
