import type { administrationSv } from "./administration.sv";

export const administrationEn: Record<keyof typeof administrationSv, string> = {
  "admin.nav.administration": "Administration",
  "admin.administration.title": "Administration",
  "admin.administration.lead":
    "Project management's tools: who has access, what has happened, the data subject's rights, and data in and out.",
  "admin.administration.sectionsLabel": "Parts of the administration",
  "admin.administration.users.description":
    "Accounts, roles, offices and municipalities, projects; move an officer's caseload.",
  "admin.administration.audit.description":
    "Who read or changed personal data, and when. Search, export and verify the chain.",
  "admin.administration.registerExtract.description":
    "Register extract, and correction of a person's name or personal identity number.",
  "admin.administration.import.description":
    "Import earlier participations from Excel or CSV, with a preview and undo.",
  "admin.administration.dataOut.description":
    "The managing authority's participant file, and all of the project's data with a codebook.",
  "admin.administration.back": "Back to Administration",
};
