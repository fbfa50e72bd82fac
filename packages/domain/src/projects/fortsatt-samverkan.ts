import { LIFE_WHEEL } from "../instruments/standard";
import type { ProjectDefinition } from "./project-definition";

/**
 * Fortsatt Samverkan Leder till Arbete (seed 004), Kommunförbundet Kalmar län
 * with nine municipalities, August 2020 – December 2022. The seed reports
 * success factors but no figures, so every goal here is an assumption:
 * - target group: working age (16–65) living in a project municipality,
 *   priority for young people and people with a disability;
 * - 40 % leave for work, studies, apprenticeship or internship ("arbete,
 *   studier eller ett steg närmare egen försörjning");
 * - the life wheel's "finances" area stands for the move from welfare
 *   dependency towards self-support: 50 % gain at least one point.
 */
export const FORTSATT_SAMVERKAN_PROJECT = {
  id: "fortsatt-samverkan",
  name: { sv: "Fortsatt Samverkan Leder till Arbete", en: "Continued Collaboration Leads to Work" },
  owner: "Kommunförbundet Kalmar län",
  period: { start: "2020-08-01", end: "2022-12-31" },
  municipalities: ["0885", "0862", "0860", "0861", "0840", "0881", "0834", "0884", "0883"],
  targetGroupRules: [
    { id: "workingAge", kind: "ageBetween", min: 16, max: 65, strength: "required" },
    {
      id: "residesInProjectMunicipality",
      kind: "residesInProjectMunicipality",
      strength: "required",
    },
  ],
  priorityGroups: [
    {
      id: "young",
      name: { sv: "Unga", en: "Young people" },
      conditions: [{ kind: "ageAtMost", years: 24 }],
    },
    {
      id: "disability",
      name: { sv: "Funktionsnedsättning", en: "Disability" },
      conditions: [{ kind: "disability" }],
    },
  ],
  goals: [
    {
      id: "workStudiesOrPlacement",
      kind: "exitStatusRate",
      name: {
        sv: "40 % till arbete, studier eller praktik",
        en: "40 % into work, studies or placement",
      },
      target: 0.4,
      population: "allExits",
      successStatuses: ["employed", "ownBusiness", "apprenticeship", "studies", "internship"],
    },
    {
      id: "financesImproved",
      kind: "assessmentProgressRate",
      name: {
        sv: "Närmare egen försörjning (livshjul, ekonomi)",
        en: "Closer to self-support (life wheel, finances)",
      },
      target: 0.5,
      instrumentId: LIFE_WHEEL.id,
      area: "finances",
      minGain: 1,
    },
  ],
  followUpRules: [],
  instruments: [LIFE_WHEEL],
} satisfies ProjectDefinition;
