/** Swedish messages of case-work quality: rules, corrections, reminders, the plan on paper. */
export const caseworkSv = {
  // Rules that refuse the impossible (domain validation keys)
  "validation.attendance.date.future": "Närvaro kan bara registreras för dagar som har varit",
  "validation.attendance.date.outsideParticipation": "Dagen ligger utanför deltagandet",
  "validation.attendance.date.outsideProject": "Dagen ligger utanför projektets period",
  "validation.attendance.presentMinutes.abovePlan":
    "Fler timmar än planerad tid plus tillåten marginal – kontrollera tiden",
  "validation.assessment.phase.baselineExists":
    "Det finns redan en bedömning vid start för det här instrumentet – rätta den i stället",
  "validation.intake.birthDate.contradictsIdentity": "Födelsedatumet stämmer inte med personnumret",
  "validation.intake.gender.contradictsIdentity":
    "Könet stämmer inte med personnumret – markera om ett annat kön ska gälla för statistiken",
  "validation.intake.birthDate.ageOutsideTargetGroup": "Åldern ligger utanför projektets målgrupp",
  "validation.enrolment.municipalityCode.notServedByOffice":
    "Ditt arbetsförmedlingskontor arbetar inte med den kommunen i projektet",
  "validation.plan.goals.required": "Skriv minst ett mål",
  "validation.plan.items.required": "Planera minst en aktivitet och ange vem som ansvarar",
  "validation.plan.nextReviewDate.required": "Ange när planen ska följas upp",
  "validation.employer.organisationNumber.checksum":
    "Organisationsnumret stämmer inte – kontrollera siffrorna",
  "validation.employer.contactPhone.format":
    "Ange ett telefonnummer med siffror, till exempel 0480-45 00 00",
  "validation.employer.name.duplicate":
    "Det finns redan en arbetsgivare med samma namn eller organisationsnummer. Kontrollera registret, eller spara igen för att lägga till den ändå.",
  "validation.followUp.recordedOn.outsideWindow":
    "Uppföljningen ligger utanför tidsfönstret – bekräfta att den ändå ska sparas",
  "kommun.attendance.notYet": "Dagen har inte varit ännu",
  "staff.intake.genderDiffersFromLegal": "Ett annat kön än personnumrets ska gälla för statistiken",
  "staff.intake.genderDiffersFromLegalHint":
    "Markera bara om deltagaren själv uppger ett annat kön. Valet loggas.",
};
