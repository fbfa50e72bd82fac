import { useQuery, useTRPC } from "@opis/ui";
import { useMemo } from "react";

/** The coordinator's active participants, for pickers (a municipality has at most a few hundred). */
export function useOwnParticipants() {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.participants.list.queryOptions({ pageSize: 200, sort: "name", status: "active" }),
  );
  const options = useMemo(
    () =>
      (query.data?.items ?? []).map((p) => ({
        enrolmentId: p.enrolmentId,
        name: `${p.familyName}, ${p.givenName}`,
      })),
    [query.data],
  );
  return { options, query };
}
