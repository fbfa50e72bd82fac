/** Swedish messages for the user's own logins, consent and the person's GDPR rights. */
export const privacySv = {
  "app.sessionsLink": "Mina inloggningar",
  "sessions.title": "Mina inloggningar",
  "sessions.lead":
    "Här ser du var du är inloggad i OPIS. En inloggning som inte används på 30 minuter avslutas av sig själv. Känner du inte igen en inloggning: avsluta den och kontakta din administratör.",
  "sessions.caption": "Aktiva inloggningar: {{count}}",
  "sessions.col.browser": "Webbläsare",
  "sessions.col.started": "Inloggad",
  "sessions.col.lastSeen": "Senast använd",
  "sessions.col.ends": "Avslutas senast",
  "sessions.col.actions": "Åtgärd",
  "sessions.current": "den här",
  "sessions.currentHint": "Logga ut för att avsluta",
  "sessions.unknownBrowser": "Okänd webbläsare",
  "sessions.endOne": "Avsluta",
  "sessions.endOneLabel": "Avsluta inloggningen i {{browser}} från {{started}}",
  "sessions.endOthers": "Avsluta alla andra inloggningar",
  "sessions.endOthers.title": "Avsluta alla andra inloggningar?",
  "sessions.endOthers.body":
    "{{count}} andra inloggningar avslutas. Osparade ändringar där går förlorade. Den här inloggningen fortsätter.",
  "sessions.noOthers": "Du är inte inloggad någon annanstans.",
  "sessions.ended": "Avslutade inloggningar: {{count}}.",
  "sessions.cancel": "Avbryt",
  "validation.consent.sharing.required":
    "Ange om deltagaren samtycker till att Arbetsförmedlingen och kommunen delar uppgifter",
  "validation.consent.healthDataBasis.required":
    "Ange om deltagaren uttryckligen samtycker till att funktionsnedsättning registreras",
  "validation.consent.noticeVersion.invalid":
    "Bekräfta att deltagaren har fått den aktuella informationen om personuppgifter",
  "validation.consent.informedOn.future": "Informationsdatumet kan inte vara senare än i dag",
  "validation.consent.decidedOn.future": "Datumet för svaret kan inte vara senare än i dag",
  "validation.consent.decidedOn.beforeInformed":
    "Deltagaren kan inte ha svarat innan hen fick informationen",
  "validation.consent.healthDataBasis.mismatch":
    "Funktionsnedsättning får bara registreras med deltagarens uttryckliga samtycke. Ändra svaret eller ta bort uppgiften om funktionsnedsättning",
  "validation.consent.withdrawnOn.future":
    "Datumet för återkallelsen kan inte vara senare än i dag",
  "validation.consent.withdrawnOn.beforeConsent":
    "Samtycket kan inte återkallas före den dag det gavs",
  "validation.consent.notGiven": "Det finns inget gällande samtycke att återkalla",
  "errors.consent.alreadyRecorded": "Samtycket är redan registrerat. Det kan bara återkallas.",
  "errors.consent.notRecorded": "Inget samtycke är registrerat för deltagaren.",
  "errors.consent.notGiven": "Det finns inget gällande samtycke att återkalla.",
  "consent.title": "Information och samtycke",
  "consent.intro":
    "Gå igenom informationen om hur OPIS behandlar personuppgifter (version {{version}}) med deltagaren och registrera svaren.",
  "consent.informed":
    "Deltagaren har fått informationen om behandling av personuppgifter (version {{version}})",
  "consent.informedOn": "Datum då deltagaren fick informationen",
  "consent.sharing":
    "Samtycker deltagaren till att Arbetsförmedlingen och kommunen delar uppgifter om hen?",
  "consent.sharing.hint":
    "Utan samtycke gäller sekretessen mellan myndigheterna: kommunen ser inte deltagaren i OPIS.",
  "consent.sharing.given": "Ja, samtycker",
  "consent.sharing.declined": "Nej, samtycker inte",
  "consent.decidedOn": "Datum för svaret",
  "consent.healthData": "Funktionsnedsättning (hälsouppgift)",
  "consent.healthData.explicitConsent":
    "Deltagaren samtycker uttryckligen till att funktionsnedsättning registreras",
  "consent.healthData.notRecorded": "Registreras inte",
  "consent.status.given": "Samtycke till delning givet {{date}}",
  "consent.status.declined": "Samtycke till delning nekat {{date}}",
  "consent.status.withdrawn": "Samtycket återkallat {{date}}",
  "consent.status.notRecorded": "Inget svar om samtycke registrerat",
  "consent.access.full": "Kommunen har tillgång till deltagarens uppgifter.",
  "consent.access.none":
    "Kommunen har inte tillgång till deltagaren: sekretessen mellan myndigheterna gäller.",
  "consent.informedOnValue": "Informerad {{date}} (version {{version}})",
  "consent.healthDataValue.explicitConsent": "Funktionsnedsättning: uttryckligt samtycke",
  "consent.healthDataValue.notRecorded": "Funktionsnedsättning: registreras inte",
  "consent.legalBases": "Rättslig grund per ändamål",
  "consent.purpose.caseWork": "Handläggning",
  "consent.purpose.sharingWithMunicipality": "Delning med kommunen",
  "consent.purpose.esfReporting": "Rapportering till ESF-rådet",
  "consent.purpose.evaluation": "Utvärdering (pseudonymiserat)",
  "consent.basis.publicTask": "Uppgift av allmänt intresse (art. 6.1 e)",
  "consent.basis.legalObligation": "Rättslig förpliktelse (art. 6.1 c)",
  "consent.basis.consent": "Samtycke (art. 6.1 a)",
  "consent.withdraw": "Återkalla samtycket",
  "consent.withdraw.title": "Återkalla samtycket till delning?",
  "consent.withdraw.body":
    "Kommunen förlorar direkt tillgången till deltagarens uppgifter i OPIS. Det går inte att ångra här; ett nytt samtycke kräver en ny inskrivning.",
  "consent.withdrawnOn": "Datum då deltagaren återkallade samtycket",
  "consent.withdrawn": "Samtycket är återkallat. Kommunen har inte längre tillgång.",
  "consent.cancel": "Avbryt",
  "consent.withheld":
    "{{count}} deltagare i kommunen visas inte: de har nekat eller återkallat samtycket till att Arbetsförmedlingen och kommunen delar uppgifter. Kontakta Arbetsförmedlingen om ni behöver samordna insatser.",
} as const;
