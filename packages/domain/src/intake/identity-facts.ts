import { ageOn } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import { caseWorkSettingsOf } from "../projects/case-work-settings";
import type { ProjectDefinition } from "../projects/project-definition";
import type { ValidationMessageKey } from "../validation/message-keys";
import type { Gender, LegalGender } from "../vocabularies/gender";

export interface IdentityFactError {
  field: "birthDate" | "gender";
  messageKey: ValidationMessageKey;
}

/**
 * The facts the personal identity number already states: the birth date
 * always, the gender unless the officer explicitly records a different gender
 * for statistics (genderDiffersFromLegal, audited at enrolment). A
 * samordningsnummer's day is already corrected (day − 60) by the parser.
 */
export function validateFactsAgainstIdentity(
  facts: {
    birthDate?: IsoDate | undefined;
    gender?: Gender | undefined;
    genderDiffersFromLegal?: boolean | undefined;
  },
  identity: { birthDate: IsoDate; legalGender: LegalGender },
): IdentityFactError[] {
  const errors: IdentityFactError[] = [];
  if (facts.birthDate !== undefined && facts.birthDate !== identity.birthDate) {
    errors.push({
      field: "birthDate",
      messageKey: "validation.intake.birthDate.contradictsIdentity",
    });
  }
  if (
    facts.gender !== undefined &&
    facts.gender !== identity.legalGender &&
    facts.genderDiffersFromLegal !== true
  ) {
    errors.push({ field: "gender", messageKey: "validation.intake.gender.contradictsIdentity" });
  }
  return errors;
}

/**
 * The ages a project works with: its required age rule when it has one, else
 * its case-work age range (working age by default).
 */
export function targetAgeRange(project: Pick<ProjectDefinition, "targetGroupRules" | "caseWork">): {
  min: number;
  max: number;
} {
  const fallback = caseWorkSettingsOf(project).ageRange;
  const rule = project.targetGroupRules.find(
    (r) => r.kind === "ageBetween" && r.strength === "required",
  );
  if (rule?.kind !== "ageBetween") return fallback;
  return { min: rule.min ?? fallback.min, max: rule.max ?? fallback.max };
}

/** A birth date whose age on `asOf` lies outside the project's target group (e.g. born 1900). */
export function validateAgeInTargetGroup(
  project: Pick<ProjectDefinition, "targetGroupRules" | "caseWork">,
  birthDate: IsoDate,
  asOf: IsoDate,
): ValidationMessageKey[] {
  const { min, max } = targetAgeRange(project);
  const age = ageOn(birthDate, asOf);
  return age < min || age > max ? ["validation.intake.birthDate.ageOutsideTargetGroup"] : [];
}
