import type { IntakeFacts } from "@opis/domain";
import { type SaveState, useMutation, useTRPC } from "@opis/ui";
import { useEffect, useRef, useState } from "react";
import { type DraftEntries, validFacts } from "./facts";

const DELAY_MS = 800;

/** What is saved, as one string: the draft is saved again only when it changes. */
export function draftKey(
  values: Partial<Record<keyof IntakeFacts, unknown>>,
  entries: DraftEntries,
): string {
  return JSON.stringify({ facts: validFacts(values), entries });
}

/**
 * Saves the draft a moment after the officer stops typing. Only facts that are
 * valid one by one are sent as facts, so a half-typed number never blocks the
 * rest; what is not yet valid (a "Ja" without its date) and the decision go as
 * entries, so that a reload shows what was entered.
 */
export function useDraftAutosave(
  intakeId: string,
  values: Partial<Record<keyof IntakeFacts, unknown>>,
  entries: DraftEntries,
  enabled: boolean,
  initialKey: string,
): SaveState {
  const trpc = useTRPC();
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const lastSaved = useRef(initialKey);
  const save = useMutation(trpc.intake.saveDraft.mutationOptions());
  const { mutate } = save;
  const json = draftKey(values, entries);

  useEffect(() => {
    if (!enabled || json === lastSaved.current) return;
    const timer = setTimeout(() => {
      setState({ status: "saving" });
      mutate(
        {
          intakeId,
          ...(JSON.parse(json) as { facts: Partial<IntakeFacts>; entries: DraftEntries }),
        },
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
