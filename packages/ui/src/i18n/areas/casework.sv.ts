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
  "validation.correction.reason.required": "Skriv varför uppgiften ändras",
  "validation.correction.reason.tooLong": "Skriv högst 500 tecken",
  "validation.followUp.recordedOn.outsideWindow":
    "Uppföljningen ligger utanför tidsfönstret – bekräfta att den ändå ska sparas",
  "kommun.attendance.notYet": "Dagen har inte varit ännu",
  "staff.intake.genderDiffersFromLegal": "Ett annat kön än personnumrets ska gälla för statistiken",
  "staff.intake.genderDiffersFromLegalHint":
    "Markera bara om deltagaren själv uppger ett annat kön. Valet loggas.",
  "case.timeline.kind.recordCorrected": "Uppgift rättad",
  "case.timeline.kind.recordWithdrawn": "Uppgift borttagen",
  "case.timeline.correction": "{{record}}{{key}}. Orsak: {{reason}}",
  "case.correction.record.attendance": "Närvaro",
  "case.correction.record.assessment": "Bedömning",
  "case.correction.record.activity": "Insats",
  "case.correction.record.exit": "Avslut",
  "case.correction.record.followUp": "Uppföljning",
  "case.correction.reason": "Orsak till ändringen",
  "case.correction.reasonHint": "Obligatoriskt. Syns i historiken.",
  "case.correction.history": "Ändringshistorik",
  "case.correction.historyEmpty": "Inga ändringar.",
  "case.correction.col.when": "När",
  "case.correction.col.who": "Vem",
  "case.correction.col.what": "Ändring",
  "case.correction.col.before": "Tidigare värde",
  "case.correction.col.reason": "Orsak",
  "case.correction.corrected": "Rättad",
  "case.correction.withdrawn": "Borttagen",
  "case.correction.correct": "Rätta",
  "case.correction.withdraw": "Ta bort",
  "case.correction.save": "Spara rättelsen",
  "case.correction.cancel": "Avbryt",
  "case.correction.confirmWithdraw": "Ta bort bedömningen",
  "case.correction.saved": "Rättelsen är sparad.",
  "kommun.attendance.correctionReason": "Orsak till ändring av registrerade dagar",
  "kommun.attendance.correctionReasonHint":
    "Du har ändrat eller tömt dagar som redan var sparade. Skriv varför – det gamla värdet sparas i historiken.",
  "kommun.attendance.error.clearedNeedsReason": "Dagen töms när du sparar – ange orsak nedan",
  "errors.assessment.notFound": "Bedömningen finns inte, eller så har du inte tillgång till den.",
  "errors.exit.notFound": "Deltagandet har inget avslut att rätta.",
  "errors.followUp.notRecorded": "Uppföljningen är inte registrerad än.",
  "case.assessments.recorded": "Registrerade bedömningar",
  "case.assessments.col.instrument": "Instrument",
  "case.assessments.col.actions": "Åtgärder",
  "case.correction.withdrawTitle": "Ta bort bedömningen",
  "case.correction.correctTitle": "Rätta bedömningen",
  "staff.followUp.confirmOutside": "Spara ändå, utanför tidsfönstret (räknas inte mot målet)",
};
