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
} as const;
