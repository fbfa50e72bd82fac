import type { IntakeFacts } from "@opis/domain";
import { type SaveState, useMutation, useTRPC } from "@opis/ui";
import { useEffect, useRef, useState } from "react";
import { validFacts } from "./facts";

const DELAY_MS = 800;

/**
 * Saves the draft a moment after the officer stops typing. Only facts that are
 * valid one by one are sent, so a half-typed number never blocks the rest.
 */
export function useDraftAutosave(
  intakeId: string,
  values: Partial<Record<keyof IntakeFacts, unknown>>,
  enabled: boolean,
  initial: Partial<IntakeFacts>,
): SaveState {
  const trpc = useTRPC();
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const lastSaved = useRef(JSON.stringify(validFacts(initial)));
  const save = useMutation(trpc.intake.saveDraft.mutationOptions());
  const { mutate } = save;
  const json = JSON.stringify(validFacts(values));

  useEffect(() => {
    if (!enabled || json === lastSaved.current) return;
    const timer = setTimeout(() => {
      setState({ status: "saving" });
      mutate(
        { intakeId, facts: JSON.parse(json) as Partial<IntakeFacts> },
        {
          onSuccess: ({ savedAt }) => {
            lastSaved.current = json;
            setState({ status: "saved", at: savedAt });
          },
          onError: () => setState({ status: "failed" }),
        },
      );
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [json, enabled, intakeId, mutate]);

  return state;
}
