import type { auditSv } from "./audit.sv";

/** English messages for the look-up's answers and the audit log screen. */
export const auditEn: Record<keyof typeof auditSv, string> = {
  "staff.lookup.known.title": "The person is known to your office",
  "staff.lookup.elsewhere.title": "The person already takes part in the project",
  "staff.lookup.elsewhere.body":
    "Another office works with the person now. Contact project management if the person is to change office.",
  "staff.lookup.found.openAtColleague":
    "A colleague at your office has started an intake for this person.",
  "staff.lookup.found.openParticipant": "Open the participant",
  "admin.nav.audit": "Audit log",
  "admin.audit.title": "Audit log",
  "admin.audit.lead":
    "Who read or changed what, and when. The log cannot be edited; its chain is verified every night.",
  "admin.audit.filters": "Filters",
  "admin.audit.person": "Person (id)",
  "admin.audit.user": "User (id)",
  "admin.audit.action": "Event",
  "admin.audit.from": "From",
  "admin.audit.to": "To",
  "admin.audit.search": "Search",
  "admin.audit.export": "Export (CSV)",
  "admin.audit.tableCaption": "Events in the audit log, newest first",
  "admin.audit.at": "Time",
  "admin.audit.actor": "User",
  "admin.audit.subject": "Concerns",
  "admin.audit.people": "People",
  "admin.audit.details": "Details",
  "admin.audit.empty": "No events match the filter.",
  "admin.audit.more": "Show older events",
  "admin.audit.anyAction": "All events",
  "admin.audit.chain.ok": "The chain is unbroken ({{rows}} rows verified).",
  "admin.audit.chain.broken": "The chain is broken at row {{id}}. Contact the security officer.",
  "admin.audit.chain.check": "Verify the chain",
  "errors.auditFilter.dateOrder": "The from date must be before the to date",
};
