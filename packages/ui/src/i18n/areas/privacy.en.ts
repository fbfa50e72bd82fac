import type { privacySv } from "./privacy.sv";

/** English messages for the user's own logins, consent and the person's GDPR rights. */
export const privacyEn: Record<keyof typeof privacySv, string> = {
  "app.sessionsLink": "My logins",
  "sessions.title": "My logins",
  "sessions.lead":
    "Where you are logged in to OPIS. A login unused for 30 minutes ends by itself. If you do not recognise a login, end it and contact your administrator.",
  "sessions.caption": "Active logins: {{count}}",
  "sessions.col.browser": "Browser",
  "sessions.col.started": "Logged in",
  "sessions.col.lastSeen": "Last used",
  "sessions.col.ends": "Ends at the latest",
  "sessions.col.actions": "Action",
  "sessions.current": "this one",
  "sessions.currentHint": "Log out to end it",
  "sessions.unknownBrowser": "Unknown browser",
  "sessions.endOne": "End",
  "sessions.endOneLabel": "End the login in {{browser}} from {{started}}",
  "sessions.endOthers": "End all other logins",
  "sessions.endOthers.title": "End all other logins?",
  "sessions.endOthers.body_one":
    "{{count}} other login will end. Unsaved changes there are lost. This login continues.",
  "sessions.endOthers.body_other":
    "{{count}} other logins will end. Unsaved changes there are lost. This login continues.",
  "sessions.noOthers": "You are not logged in anywhere else.",
  "sessions.ended": "Logins ended: {{count}}.",
  "sessions.cancel": "Cancel",
  "validation.consent.sharing.required":
    "State whether the participant consents to AF and the municipality sharing information",
  "validation.consent.healthDataBasis.required":
    "State whether the participant explicitly consents to a disability being recorded",
  "validation.consent.noticeVersion.invalid":
    "Confirm that the participant was given the current information on personal data",
  "validation.consent.informedOn.future": "The information date cannot be later than today",
  "validation.consent.decidedOn.future": "The date of the answer cannot be later than today",
  "validation.consent.decidedOn.beforeInformed":
    "The participant cannot have answered before being informed",
  "validation.consent.healthDataBasis.mismatch":
    "A disability may be recorded only with the participant's explicit consent. Change the answer or remove the disability fact",
  "validation.consent.withdrawnOn.future": "The withdrawal date cannot be later than today",
  "validation.consent.withdrawnOn.beforeConsent":
    "Consent cannot be withdrawn before the day it was given",
  "validation.consent.notGiven": "There is no valid consent to withdraw",
  "errors.consent.alreadyRecorded": "Consent is already recorded. It can only be withdrawn.",
  "errors.consent.notRecorded": "No consent is recorded for the participant.",
  "errors.consent.notGiven": "There is no valid consent to withdraw.",
  "consent.title": "Information and consent",
  "consent.intro":
    "Go through the information on how OPIS processes personal data (version {{version}}) with the participant and record the answers.",
  "consent.informed":
    "The participant has been given the information on personal data processing (version {{version}})",
  "consent.informedOn": "Date the participant was informed",
  "consent.sharing":
    "Does the participant consent to AF and the municipality sharing information about them?",
  "consent.sharing.hint":
    "Without consent, secrecy between the authorities applies: the municipality does not see the participant in OPIS.",
  "consent.sharing.given": "Yes, consents",
  "consent.sharing.declined": "No, does not consent",
  "consent.decidedOn": "Date of the answer",
  "consent.healthData": "Disability (health data)",
  "consent.healthData.explicitConsent":
    "The participant explicitly consents to a disability being recorded",
  "consent.healthData.notRecorded": "Not recorded",
  "consent.status.given": "Consent to sharing given {{date}}",
  "consent.status.declined": "Consent to sharing declined {{date}}",
  "consent.status.withdrawn": "Consent withdrawn {{date}}",
  "consent.status.notRecorded": "No answer on consent recorded",
  "consent.access.full": "The municipality has access to the participant's information.",
  "consent.access.none":
    "The municipality has no access to the participant: secrecy between the authorities applies.",
  "consent.informedOnValue": "Informed {{date}} (version {{version}})",
  "consent.healthDataValue.explicitConsent": "Disability: explicit consent",
  "consent.healthDataValue.notRecorded": "Disability: not recorded",
  "consent.legalBases": "Legal basis per purpose",
  "consent.purpose.caseWork": "Case work",
  "consent.purpose.sharingWithMunicipality": "Sharing with the municipality",
  "consent.purpose.esfReporting": "Reporting to the ESF Council",
  "consent.purpose.evaluation": "Evaluation (pseudonymised)",
  "consent.basis.publicTask": "Task in the public interest (art. 6.1 e)",
  "consent.basis.legalObligation": "Legal obligation (art. 6.1 c)",
  "consent.basis.consent": "Consent (art. 6.1 a)",
  "consent.withdraw": "Withdraw consent",
  "consent.withdraw.title": "Withdraw consent to sharing?",
  "consent.withdraw.body":
    "The municipality loses access to the participant's information in OPIS at once. This cannot be undone here; new consent needs a new intake.",
  "consent.withdrawnOn": "Date the participant withdrew consent",
  "consent.withdrawn": "Consent is withdrawn. The municipality no longer has access.",
  "consent.cancel": "Cancel",
  "consent.withheld":
    "{{count}} participants in the municipality are not shown: they declined or withdrew consent to AF and the municipality sharing information. Contact Arbetsförmedlingen if you need to coordinate support.",
  "gdpr.nav": "Register extract",
  "gdpr.title": "Register extract and correction",
  "gdpr.lead":
    "When a person asks for their data (article 15) or for a correction (article 16). Everything you do here is logged.",
  "gdpr.find.title": "Find person",
  "gdpr.find.number": "Personal identity number or coordination number",
  "gdpr.find.hint": "12 digits, for example 19900101-2385",
  "gdpr.find.submit": "Find person",
  "gdpr.find.required": "Enter a personal identity number or coordination number",
  "gdpr.person.number": "Personal identity number",
  "gdpr.person.birthDate": "Date of birth",
  "gdpr.person.pseudonymised":
    "The person's data have been pseudonymised under the retention rule. The extract holds only what remains.",
  "gdpr.extract.title": "Register extract",
  "gdpr.extract.intro":
    "Everything OPIS stores about the person, with the log of who read or changed the data. PDF for the person, JSON for machines.",
  "gdpr.extract.pdf": "Download extract (PDF)",
  "gdpr.extract.json": "Download extract (JSON)",
  "gdpr.extract.working": "Preparing the extract …",
  "gdpr.extract.done_one": "Done: {{file}} with {{count}} row in the access log.",
  "gdpr.extract.done_other": "Done: {{file}} with {{count}} rows in the access log.",
  "gdpr.correct.title": "Correct name or personal identity number",
  "gdpr.correct.intro": "Fill in only what changes. The old values are kept in the history.",
  "gdpr.correct.givenName": "New given name",
  "gdpr.correct.familyName": "New family name",
  "gdpr.correct.number": "New personal identity or coordination number",
  "gdpr.correct.reason": "Reason for the correction",
  "gdpr.correct.reasonHint":
    "For example: misspelt at registration, new number from the Tax Agency.",
  "gdpr.correct.submit": "Save the correction",
  "gdpr.correct.saved_one": "The correction is saved ({{count}} value).",
  "gdpr.correct.saved_other": "The correction is saved ({{count}} values).",
  "gdpr.history.title": "Earlier corrections",
  "gdpr.history.none": "No corrections.",
  "gdpr.history.when": "Date",
  "gdpr.history.field": "Value",
  "gdpr.history.old": "Old value",
  "gdpr.history.new": "New value",
  "gdpr.history.reason": "Reason",
  "gdpr.field.givenName": "Given name",
  "gdpr.field.familyName": "Family name",
  "gdpr.field.personalIdentityNumber": "Personal identity number",
  "errors.person.notFound": "There is no person with that number in OPIS.",
  "errors.person.numberTaken": "The number already belongs to another person in OPIS.",
  "validation.correction.reason.required":
    "Write the reason for the correction (at least 5 characters)",
  "validation.correction.reason.tooLong": "The reason may be at most 500 characters",
  "validation.correction.nothingToCorrect": "Fill in at least one value to correct",
  "validation.project.retention.months":
    "Give the retention period as a whole number of months from 1 to 240",
};
