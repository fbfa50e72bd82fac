import type { ProjectDefinition } from "./project-definition";

/**
 * Jobb-kontakten (seed 002), AF Västervik, 2008-05-05 – 2010-08-31, for
 * jobseekers in the jobb- och utvecklingsgarantin at risk of long registration.
 * Choices where the seed is vague:
 * - "risk of more than 450 days in JOB" is modelled as registered ≥ 12 months, primary.
 * - "arbete, utbildning eller annan typ av avslut": only work and studies are
 *   counted; "annan typ av avslut" is too open to count as success.
 * - Jobbspår did not exist then; it is left out of the success outcomes.
 * - No instruments: the evaluations say progression was never measured.
 */
export const JOBB_KONTAKTEN_PROJECT = {
  id: "jobb-kontakten",
  name: { sv: "Jobb-kontakten", en: "Jobb-kontakten (Job contact)" },
  owner: "Arbetsförmedlingen Västervik",
  period: { start: "2008-05-05", end: "2010-08-31" },
  // biome-ignore format: in the seed's order, compact
  municipalities: [
    "0764", "0604", "0885", "0686", "0862", "0662", "0617", "0980", "0643", "0860", "0821", "0680",
    "0880", "0761", "0781", "0767", "0642", "0861", "0840", "0881", "0682", "0882", "0684", "0763",
    "0834", "0687", "0760", "0665", "0685", "0884", "0683", "0883", "0780", "0765",
  ],
  targetGroupRules: [
    { id: "registered12Months", kind: "registeredAtLeast", months: 12, strength: "primary" },
    { id: "earlierSupportTried", kind: "earlierSupportTried", strength: "required" },
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
  ],
  priorityGroups: [
    {
      id: "foreignBorn",
      name: { sv: "Invandrarbakgrund", en: "Born abroad" },
      conditions: [
        { kind: "birthRegion", in: ["nordic", "euEfta", "restOfEurope", "outsideEurope"] },
      ],
    },
    {
      id: "disability",
      name: { sv: "Funktionshinder", en: "Disability" },
      conditions: [{ kind: "disability" }],
    },
    {
      id: "lowEducation",
      name: { sv: "Bristfällig skolunderbyggnad", en: "Low education" },
      conditions: [{ kind: "lowEducation" }],
    },
  ],
  goals: [
    {
      id: "workOrStudies90Days",
      kind: "followUpOutcomeRate",
      name: {
        sv: "50 % till arbete eller utbildning 90 dagar efter avslut",
        en: "50 % in work or education 90 days after exit",
      },
      target: 0.5,
      followUpRuleId: "outcome90",
      population: "allExits",
      successOutcomes: [
        "unsubsidisedWork",
        "subsidisedWork",
        "ownBusiness",
        "regularStudies",
        "labourMarketTraining",
      ],
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
  instruments: [],
} satisfies ProjectDefinition;
