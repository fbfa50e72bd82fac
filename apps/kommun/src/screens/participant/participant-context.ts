import type { RouterOutputs } from "@opis/api";
import { useOutletContext } from "react-router";

export type Participant = RouterOutputs["participants"]["get"];

export interface ParticipantContext {
  participant: Participant;
  enrolmentId: string;
  name: string;
  base: string;
}

export function useParticipant(): ParticipantContext {
  return useOutletContext<ParticipantContext>();
}
