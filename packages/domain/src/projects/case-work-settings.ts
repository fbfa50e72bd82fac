import { z } from "zod";
import type { ValidationMessageKey } from "../validation/message-keys";
import { MunicipalityCodeSchema } from "../vocabularies/municipalities";

/**
 * How strictly a project's day-to-day case work is checked and reminded. Every
 * field has a platform default, so a definition written before these existed
 * keeps working unchanged.
 */
export const CaseWorkSettingsSchema = z.object({
  /** Minutes a day may exceed the planned time (overtime at an internship). */
  attendanceMarginMinutes: z.int().min(0).max(600).optional(),
  /** Days a due date may pass before it counts as overdue. */
  overdueGraceDays: z.int().min(0).max(90).optional(),
  /** Participation (present ÷ planned, %) under which the last four weeks raise a to-do. */
  participationThresholdPercent: z.int().min(1).max(100).optional(),
  /** Days before the end of participation (project end) a to-do is raised. */
  endWarningDays: z.int().min(1).max(180).optional(),
  /** The ages the project works with, when its target-group rules name none. */
  ageRange: z.object({ min: z.int().min(0).max(120), max: z.int().min(0).max(120) }).optional(),
});
export type CaseWorkSettings = z.infer<typeof CaseWorkSettingsSchema>;

/** An AF office and the municipalities it serves in the project. */
export const OfficeSchema = z.object({
  name: z.string().min(1).max(100),
  municipalities: z.array(MunicipalityCodeSchema).min(1),
});
export type Office = z.infer<typeof OfficeSchema>;

export interface ResolvedCaseWorkSettings {
  attendanceMarginMinutes: number;
  overdueGraceDays: number;
  participationThresholdPercent: number;
  endWarningDays: number;
  ageRange: { min: number; max: number };
}

/** The platform's defaults: an hour of overtime, a week's grace, 75 %, 30 days, working age. */
export const DEFAULT_CASE_WORK_SETTINGS: ResolvedCaseWorkSettings = {
  attendanceMarginMinutes: 60,
  overdueGraceDays: 7,
  participationThresholdPercent: 75,
  endWarningDays: 30,
  ageRange: { min: 16, max: 67 },
};

/** The project's case-work settings with the defaults filled in. */
export function caseWorkSettingsOf(project: {
  caseWork?: CaseWorkSettings | undefined;
}): ResolvedCaseWorkSettings {
  const own = project.caseWork ?? {};
  return {
    attendanceMarginMinutes:
      own.attendanceMarginMinutes ?? DEFAULT_CASE_WORK_SETTINGS.attendanceMarginMinutes,
    overdueGraceDays: own.overdueGraceDays ?? DEFAULT_CASE_WORK_SETTINGS.overdueGraceDays,
    participationThresholdPercent:
      own.participationThresholdPercent ?? DEFAULT_CASE_WORK_SETTINGS.participationThresholdPercent,
    endWarningDays: own.endWarningDays ?? DEFAULT_CASE_WORK_SETTINGS.endWarningDays,
    ageRange: own.ageRange ?? DEFAULT_CASE_WORK_SETTINGS.ageRange,
  };
}

/**
 * Whether an officer of `office` may enrol into `municipalityCode`. A project
 * that lists no offices leaves it open; one that does allows only the
 * municipalities the office serves (an office it does not list serves none).
 */
export function officeServesMunicipality(
  project: { offices?: readonly Office[] | undefined },
  office: string | null | undefined,
  municipalityCode: string,
): boolean {
  if (!project.offices) return true;
  const own = project.offices.find((o) => o.name === office);
  return own?.municipalities.some((code) => code === municipalityCode) ?? false;
}

/** The enrolment decision's municipality as an officer of `office` may choose it. */
export function validateOfficeServes(
  project: { offices?: readonly Office[] | undefined },
  office: string | null | undefined,
  municipalityCode: string,
): ValidationMessageKey[] {
  return officeServesMunicipality(project, office, municipalityCode)
    ? []
    : ["validation.enrolment.municipalityCode.notServedByOffice"];
}

/** The municipalities an office serves; all of the project's when it lists no offices. */
export function municipalitiesServedBy(
  project: { municipalities: readonly string[]; offices?: readonly Office[] | undefined },
  office: string | null | undefined,
): readonly string[] {
  if (!project.offices) return project.municipalities;
  return project.offices.find((o) => o.name === office)?.municipalities ?? [];
}
