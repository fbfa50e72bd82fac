/**
 * What a look-up by personal number may tell an officer (issue 10, ADR 0013):
 * nothing about a person another office works with beyond "active elsewhere,
 * contact the project" — no name, no ids.
 */
export type PersonStanding = "notKnown" | "knownToOffice" | "activeElsewhere";

/** One case the person has or had in the project, with the office that owns it. */
export interface CaseOfPerson {
  readonly kind: "intake" | "enrolment";
  /** Draft intake or active enrolment: someone is working on it now. */
  readonly open: boolean;
  /** The owning office (an enrolment's office; a draft intake's officer's office). */
  readonly office: string | null;
  readonly officerUserId: string;
}

export interface LookingOfficer {
  readonly userId: string;
  /** Null for an officer without an office: then only their own cases are theirs. */
  readonly office: string | null;
}

function isOfficersOffice(c: CaseOfPerson, officer: LookingOfficer): boolean {
  return officer.office === null
    ? c.officerUserId === officer.userId
    : c.office === officer.office || c.officerUserId === officer.userId;
}

/**
 * An open case elsewhere wins: the person is someone else's participant now.
 * Otherwise any case of the officer's office, open or closed, makes them known.
 */
export function personStanding(
  cases: readonly CaseOfPerson[],
  officer: LookingOfficer,
): PersonStanding {
  if (cases.some((c) => c.open && !isOfficersOffice(c, officer))) return "activeElsewhere";
  if (cases.some((c) => isOfficersOffice(c, officer))) return "knownToOffice";
  return "notKnown";
}
