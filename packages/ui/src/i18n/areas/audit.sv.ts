/**
 * Swedish messages for the look-up's three answers and the audit log screen
 * (issue 10): who read or changed what, searchable by project management.
 */
export const auditSv = {
  "staff.lookup.known.title": "Personen är känd på ert kontor",
  "staff.lookup.elsewhere.title": "Personen deltar redan i projektet",
  "staff.lookup.elsewhere.body":
    "Ett annat kontor arbetar med personen just nu. Kontakta projektledningen om personen ska byta kontor.",
  "staff.lookup.found.openAtColleague":
    "En kollega på ert kontor har påbörjat en inskrivning för personen.",
  "staff.lookup.found.openParticipant": "Öppna deltagaren",
  "admin.nav.audit": "Granskningslogg",
  "admin.audit.title": "Granskningslogg",
  "admin.audit.lead":
    "Vem som läst eller ändrat vad, och när. Loggen kan inte ändras; kedjan kontrolleras varje natt.",
  "admin.audit.filters": "Filter",
  "admin.audit.person": "Person (id)",
  "admin.audit.user": "Användare (id)",
  "admin.audit.action": "Händelse",
  "admin.audit.from": "Från och med",
  "admin.audit.to": "Till och med",
  "admin.audit.search": "Sök",
  "admin.audit.export": "Exportera (CSV)",
  "admin.audit.tableCaption": "Händelser i granskningsloggen, senaste först",
  "admin.audit.at": "Tid",
  "admin.audit.actor": "Användare",
  "admin.audit.subject": "Gäller",
  "admin.audit.people": "Personer",
  "admin.audit.details": "Detaljer",
  "admin.audit.empty": "Inga händelser matchar filtret.",
  "admin.audit.more": "Visa äldre händelser",
  "admin.audit.anyAction": "Alla händelser",
  "admin.audit.chain.ok": "Kedjan är obruten ({{rows}} rader kontrollerade).",
  "admin.audit.chain.broken": "Kedjan är bruten vid rad {{id}}. Kontakta säkerhetsansvarig.",
  "admin.audit.chain.check": "Kontrollera kedjan",
  "errors.auditFilter.dateOrder": "Från-datumet måste vara före till-datumet",
} as const;
