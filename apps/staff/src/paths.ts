/** Every screen's own URL (under /staff). */
export const PATHS = {
  home: "/",
  lookup: "/intag",
  intake: (intakeId: string) => `/intag/${intakeId}`,
  participants: "/deltagare",
  participant: (enrolmentId: string) => `/deltagare/${enrolmentId}`,
  participantSection: (enrolmentId: string, section: CaseSection) =>
    `/deltagare/${enrolmentId}/${section}`,
  followUps: "/uppfoljning",
  followUp: (followUpId: string) => `/uppfoljning/${followUpId}`,
  requests: "/forfragningar",
} as const;

/** The participant page's sections; the overview (with the timeline) is the page itself. */
export const CASE_SECTIONS = ["plan", "insatser", "bedomningar", "anteckningar", "avslut"] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];
