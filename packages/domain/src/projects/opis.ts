import {
  CLOSENESS_TO_WORK_RATING,
  LANGUAGE_LEVEL_SCALE,
  LIFE_WHEEL,
  LOW_LANGUAGE_LEVEL_MAX_STEP,
} from "../instruments/standard";
import type { ProjectDefinition } from "./project-definition";

/** Outcomes OPIS counts as "work or studies" (arbete, jobbspår, reguljära studier inkl. folkhögskola, arbetsmarknadsutbildning). */
export const OPIS_WORK_OR_STUDIES = [
  "unsubsidisedWork",
  "subsidisedWork",
  "ownBusiness",
  "jobbspar",
  "regularStudies",
  "labourMarketTraining",
] as const;

/**
 * OPIS ESF — Offensiv progression i samverkan (seed 000, domain brief).
 * Choices where the seed is silent:
 * - "Low language progression" is read as a low language level at baseline:
 *   language step ≤ 3 (no Swedish, SFI A or SFI B).
 * - The 90-day follow-up is recorded on time within 14 days before to 30 days
 *   after the due date (register data lags); it is made for all exits so flows
 *   can be reported, while goal 2 counts completers only.
 * - The labour-market assessment has no maximum age: the seed sets none.
 */
export const OPIS_PROJECT = {
  id: "opis",
  name: {
    sv: "OPIS ESF – Offensiv progression i samverkan",
    en: "OPIS ESF – Offensive progression in collaboration",
  },
  owner: "Arbetsförmedlingen",
  period: { start: "2025-01-02", end: "2027-12-30" },
  // ESF+ audit trail: six years after the project ends, then pseudonymised (ADR 0016).
  retention: { monthsAfterEnd: 72 },
  municipalities: ["0686", "0662", "0680", "0684", "0685", "0862", "0880", "0881", "0882", "0883"],
  offices: [
    { name: "Jönköping", municipalities: ["0686", "0662", "0680", "0684", "0685"] },
    { name: "Kalmar", municipalities: ["0862", "0880", "0881", "0882", "0883"] },
  ],
  caseWork: {
    attendanceMarginMinutes: 60,
    overdueGraceDays: 7,
    participationThresholdPercent: 75,
    endWarningDays: 30,
  },
  targetGroupRules: [
    { id: "registered24Months", kind: "registeredAtLeast", months: 24, strength: "primary" },
    { id: "earlierSupportTried", kind: "earlierSupportTried", strength: "required" },
    { id: "labourMarketAssessment", kind: "labourMarketAssessment", strength: "required" },
    {
      id: "hasWorkAvailability",
      kind: "workAvailabilityAtLeast",
      percent: 1,
      strength: "required",
    },
    {
      id: "residesInProjectMunicipality",
      kind: "residesInProjectMunicipality",
      strength: "required",
    },
    { id: "participatesOnSite", kind: "participatesOnSite", strength: "required" },
  ],
  priorityGroups: [
    {
      id: "womenBornOutsideEurope25Plus",
      name: {
        sv: "Utomeuropeiskt födda kvinnor 25 år och äldre",
        en: "Women born outside Europe aged 25 or older",
      },
      conditions: [
        { kind: "gender", equals: "woman" },
        { kind: "birthRegion", in: ["outsideEurope"] },
        { kind: "ageAtLeast", years: 25 },
      ],
    },
  ],
  goals: [
    {
      id: "enrolment",
      kind: "enrolmentCount",
      name: {
        sv: "Minst 400 deltagare, 200 kvinnor och 200 män",
        en: "At least 400 participants, 200 women and 200 men",
      },
      target: 400,
      targetByGender: { woman: 200, man: 200 },
    },
    {
      id: "completion",
      kind: "completionRate",
      name: {
        sv: "80 % fullföljer projektets aktiviteter",
        en: "80 % complete the project's activities",
      },
      description: {
        sv: "Andel av avslutade deltagare som fullföljt",
        en: "Share of exited participants who completed",
      },
      target: 0.8,
      completedReasons: ["completed"],
    },
    {
      id: "workOrStudies90Days",
      kind: "followUpOutcomeRate",
      name: {
        sv: "60 % av de som fullföljt i arbete eller studier efter 90 dagar",
        en: "60 % of completers in work or studies after 90 days",
      },
      target: 0.6,
      followUpRuleId: "outcome90",
      population: "completers",
      successOutcomes: [...OPIS_WORK_OR_STUDIES],
    },
    {
      id: "languageStep",
      kind: "assessmentProgressRate",
      name: {
        sv: "90 % med låg språknivå gör en stegförflyttning",
        en: "90 % with a low language level take a step forward",
      },
      target: 0.9,
      instrumentId: LANGUAGE_LEVEL_SCALE.id,
      baselineAtMost: LOW_LANGUAGE_LEVEL_MAX_STEP,
      minGain: 1,
    },
  ],
  followUpRules: [
    {
      id: "outcome90",
      anchor: "exit",
      offsetDays: 90,
      window: { daysBefore: 14, daysAfter: 30 },
      appliesTo: "allExits",
    },
  ],
  instruments: [LANGUAGE_LEVEL_SCALE, CLOSENESS_TO_WORK_RATING, LIFE_WHEEL],
} satisfies ProjectDefinition;
