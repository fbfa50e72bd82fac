import type { caseworkSv } from "./casework.sv";

/** English messages of case-work quality. */
export const caseworkEn: Record<keyof typeof caseworkSv, string> = {
  "validation.attendance.date.future": "Attendance can only be recorded for days that have passed",
  "validation.attendance.date.outsideParticipation": "The day is outside the participation",
  "validation.attendance.date.outsideProject": "The day is outside the project period",
  "validation.attendance.presentMinutes.abovePlan":
    "More time than planned plus the allowed margin – check the time",
  "validation.assessment.phase.baselineExists":
    "There already is a start assessment with this instrument – correct it instead",
  "validation.intake.birthDate.contradictsIdentity":
    "The birth date does not match the personal identity number",
  "validation.intake.gender.contradictsIdentity":
    "The gender does not match the personal identity number – tick the box if another gender applies for statistics",
  "validation.intake.birthDate.ageOutsideTargetGroup":
    "The age is outside the project's target group",
  "validation.enrolment.municipalityCode.notServedByOffice":
    "Your office does not work with that municipality in the project",
  "validation.plan.goals.required": "Write at least one goal",
  "validation.plan.items.required": "Plan at least one activity and say who is responsible",
  "validation.plan.nextReviewDate.required": "Give the date the plan is to be reviewed",
  "validation.employer.organisationNumber.checksum":
    "The organisation number does not add up – check the digits",
  "validation.employer.contactPhone.format": "Enter a phone number in digits, e.g. 0480-45 00 00",
  "validation.employer.name.duplicate":
    "An employer with the same name or organisation number already exists. Check the register, or save again to add it anyway.",
  "validation.followUp.recordedOn.outsideWindow":
    "The follow-up is outside its window – confirm to save it anyway",
  "kommun.attendance.notYet": "The day has not happened yet",
  "staff.intake.genderDiffersFromLegal":
    "Another gender than the personal number's applies for statistics",
  "staff.intake.genderDiffersFromLegalHint":
    "Tick only when the participant states another gender. The choice is logged.",
};
