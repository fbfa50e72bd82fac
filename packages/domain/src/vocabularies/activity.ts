import { z } from "zod";

/** Kinds of activity (insats/aktivitet) a participant takes part in. */
export const ACTIVITY_TYPES = [
  "internship", // praktik
  "validation", // validering, e.g. OCN modules
  "languageTraining", // SFI and other Swedish training
  "studyVisit", // studiebesök
  "workTraining", // arbetsträning
  "health", // hälsoinsats, "mobilt team"
  "groupActivity", // gruppverksamhet
  "jobSearch", // jobbsökaraktivitet
  "employerMatching", // matchning mot arbetsgivare (sökandelots)
  "guidance", // vägledning, studie- och yrkesvägledning
  "education", // kortare utbildning
  "other",
] as const;
export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

/** Who carries out a planned activity in the joint plan. */
export const RESPONSIBLE_PARTIES = ["af", "kommun", "participant"] as const;
export const ResponsiblePartySchema = z.enum(RESPONSIBLE_PARTIES);
export type ResponsibleParty = z.infer<typeof ResponsiblePartySchema>;

/** Reasons for absence from a planned activity. */
export const ABSENCE_REASONS = [
  "illness", // egen sjukdom
  "childCare", // vård av barn
  "appointment", // läkarbesök, myndighetsbesök
  "jobInterview", // anställningsintervju
  "approvedLeave", // beviljad ledighet
  "unexcused", // ogiltig frånvaro
  "other",
] as const;
export const AbsenceReasonSchema = z.enum(ABSENCE_REASONS);
export type AbsenceReason = z.infer<typeof AbsenceReasonSchema>;
