import type { LifeWheelArea } from "@opis/domain";

/**
 * The Swedish words of the summary of the participation on paper. Like the plan's paper
 * (plan-pdf-labels.ts) they live here, not in the UI catalogs: @opis/api may not import
 * @opis/ui, and the paper is written for the participant in plain Swedish only.
 */
export const SUMMARY_PDF_LABELS = {
  title: "Sammanfattning av ditt deltagande",
  intro:
    "Här är en sammanfattning av din tid i projektet: när du började, vilka som hjälper dig, vad du vill uppnå, vad du gör och vad som händer härnäst.",
  participant: "Namn",
  project: "Projekt",
  participation: "Ditt deltagande",
  started: "Du började",
  ended: "Du slutade",
  statusAtExit: "När du slutade var du i",
  ongoing: "Du är med i projektet nu.",
  contacts: "Dina kontaktpersoner",
  officer: "Arbetsförmedlingen",
  coordinator: "Kommunen",
  goals: "Det här vill du uppnå",
  noPlan: "Ni har inte skrivit någon gemensam plan ännu.",
  noGoals: "Inga mål är skrivna ännu.",
  nextReview: "Nästa uppföljning av planen",
  notDecided: "inte bestämt",
  activities: "Dina aktiviteter",
  noActivities: "Inga aktiviteter är registrerade ännu.",
  activitiesPlanned: "Planerade",
  activitiesOngoing: "Pågår nu",
  activitiesDone: "Avslutade",
  from: "från",
  to: "till",
  attendance: "Din närvaro de senaste fyra veckorna",
  noAttendance: "Ingen närvaro är planerad de här veckorna.",
  assessments: "Dina senaste bedömningar",
  noAssessments: "Inga bedömningar är gjorda ännu.",
  assessedOn: "bedömd",
  of: "av",
  followUps: "Det här händer härnäst",
  noFollowUps: "Inget är inplanerat just nu. Din kontaktperson hör av sig.",
  planReview: "Ni går igenom planen tillsammans",
  planItemReview: "Ni följer upp",
  afterExit: "Vi hör av oss och frågar hur det går för dig",
} as const;

/** "Du var med 12 av 15 planerade dagar" and the share of the planned time, in words. */
export function attendanceInWords(
  daysPresent: number,
  daysPlanned: number,
  rate: number | null,
): string {
  const days = daysPlanned === 1 ? "planerad dag" : "planerade dagar";
  const share =
    rate === null ? "" : ` Det är ${Math.round(rate * 100)} procent av den planerade tiden.`;
  return `Du var med ${daysPresent} av ${daysPlanned} ${days}.${share}`;
}

/**
 * The standard Swedish-language scale's steps in words (the UI's `instrument.languageLevel.*`),
 * by label key; another project's step is named by its number.
 */
export const STEP_LABELS: Record<string, string> = {
  "instrument.languageLevel.step1": "Ingen svenska",
  "instrument.languageLevel.step2": "SFI A",
  "instrument.languageLevel.step3": "SFI B",
  "instrument.languageLevel.step4": "SFI C",
  "instrument.languageLevel.step5": "SFI D",
  "instrument.languageLevel.step6": "Bortom SFI",
};

/** The life wheel's areas (the UI's `instrument.lifeWheel.*`). */
export const LIFE_WHEEL_AREA_LABELS: Record<LifeWheelArea, string> = {
  health: "Hälsa",
  housing: "Boende",
  finances: "Ekonomi",
  socialNetwork: "Socialt nätverk",
  language: "Språk",
  digitalSkills: "Digital vana",
  education: "Utbildning",
  work: "Arbete",
  leisure: "Fritid",
  family: "Familj",
};
