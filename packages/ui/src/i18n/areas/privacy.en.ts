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
  "sessions.endOthers.body":
    "{{count}} other logins will end. Unsaved changes there are lost. This login continues.",
  "sessions.noOthers": "You are not logged in anywhere else.",
  "sessions.ended": "Logins ended: {{count}}.",
  "sessions.cancel": "Cancel",
};
