import { useQuery, useTRPC } from "@opis/ui";

/** The coordinator's active participants, for pickers (a municipality has at most a few hundred). */
export function useOwnParticipants() {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.participants.list.queryOptions({ pageSize: 200, sort: "name", status: "active" }),
  );
  const options = (query.data?.items ?? []).map((p) => ({
    enrolmentId: p.enrolmentId,
    name: `${p.familyName}, ${p.givenName}`,
  }));
  return { options, query };
}
