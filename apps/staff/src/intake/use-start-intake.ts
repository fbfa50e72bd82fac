import { describeClientError, translateKey, useMutation, useTRPC, useTranslation } from "@opis/ui";
import { useNavigate } from "react-router";
import { PATHS } from "../paths";

/** Starts (or resumes) an intake and goes to its own page. */
export function useStartIntake() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const mutation = useMutation(
    trpc.intake.start.mutationOptions({
      onSuccess: ({ intakeId }) => navigate(PATHS.intake(intakeId)),
    }),
  );
  const error = mutation.error
    ? translateKey(t, describeClientError(mutation.error).messageKey)
    : null;
  return {
    start: mutation.mutate,
    pending: mutation.isPending,
    error,
    fieldErrors: mutation.error ? describeClientError(mutation.error).fieldErrors : {},
  };
}
