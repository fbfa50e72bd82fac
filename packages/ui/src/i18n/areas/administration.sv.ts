/** The administrator's own area of the console (project management, role admin). */
export const administrationSv = {
  "admin.nav.administration": "Administration",
  "admin.administration.title": "Administration",
  "admin.administration.lead":
    "Projektledningens verktyg: vem som har åtkomst, vad som har hänt, den registrerades rättigheter och data in och ut.",
  "admin.administration.sectionsLabel": "Administrationens delar",
  "admin.administration.users.description":
    "Konton, roller, kontor och kommuner, projekt; flytta en handläggares ärenden.",
  "admin.administration.audit.description":
    "Vem som har läst eller ändrat personuppgifter, och när. Sök, exportera och kontrollera kedjan.",
  "admin.administration.registerExtract.description":
    "Registerutdrag och rättelse av namn eller personnummer för en person.",
  "admin.administration.import.description":
    "Importera tidigare deltaganden från Excel eller CSV, med förhandsgranskning och ångra.",
  "admin.administration.dataOut.description":
    "Förvaltande myndighetens deltagarfil och hela projektets data med kodbok.",
  "admin.administration.back": "Tillbaka till Administration",
} as const;
