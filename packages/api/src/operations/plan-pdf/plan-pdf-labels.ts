import type { ActivityType, PlanItemStatus, ResponsibleParty } from "@opis/domain";

/**
 * The Swedish words of the participant's plan on paper. They live here, not in the UI
 * catalogs, because @opis/api may not import @opis/ui (docs/CODE_STYLE.md) and the paper
 * is written for the participant in plain Swedish only, like the register extract's PDF.
 * The vocabulary texts follow the UI's `vocab.*` Swedish catalog.
 */
export const PLAN_PDF_LABELS = {
  title: "Din gemensamma plan",
  intro:
    "Här är planen som du, Arbetsförmedlingen och kommunen har gjort tillsammans. Den visar vad du vill uppnå, vad som ska göras, vem som gör det och när vi ses igen.",
  participant: "Namn",
  goals: "Det här vill du uppnå",
  noGoals: "Inga mål är skrivna ännu.",
  items: "Det här ska göras",
  noItems: "Inga aktiviteter är planerade ännu.",
  responsible: "Ansvarig",
  when: "Följs upp",
  notDecided: "inte bestämt",
  status: "Läge",
  activityType: "Typ",
  nextReview: "Nästa uppföljning av planen",
  agreed: "Du har varit med och kommit överens om planen.",
  notAgreed: "Du har ännu inte sagt att du håller med om planen.",
  contacts: "Dina kontaktpersoner",
  officer: "Arbetsförmedlingen",
  coordinator: "Kommunen",
  version: "Version",
  savedBy: "sparad",
  by: "av",
  neverSaved: "Planen är inte sparad ännu.",
} as const;

export const RESPONSIBLE_LABELS: Record<ResponsibleParty, string> = {
  af: "Arbetsförmedlingen",
  kommun: "Kommunen",
  participant: "Du själv",
};

export const STATUS_LABELS: Record<PlanItemStatus, string> = {
  planned: "Planerad",
  ongoing: "Pågår",
  done: "Klar",
  cancelled: "Avbruten",
};

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  internship: "Praktik",
  validation: "Validering",
  languageTraining: "Språkträning (till exempel SFI)",
  studyVisit: "Studiebesök",
  workTraining: "Arbetsträning",
  health: "Hälsoinsats",
  groupActivity: "Gruppverksamhet",
  jobSearch: "Jobbsökaraktivitet",
  employerMatching: "Matchning mot arbetsgivare",
  guidance: "Vägledning",
  education: "Kortare utbildning",
  other: "Annan insats",
};
