import {
  type AGE_BANDS,
  type BirthRegion,
  COUNTIES,
  classifyOutcome,
  EDUCATION_AGGREGATES,
  type EducationLevel,
  obstacleKey,
  type ProjectDefinition,
} from "@opis/domain";
import { type Anonymisation, kAnonymise, quarterOf } from "@opis/evaluation";
import { type EvaluationRecord, resolveOutcomeGoal } from "./records";
import { DOSE_BANDS } from "./success-factor-groups";

/** The smallest class of equal quasi-identifiers the participant file may hold. */
export const EXPORT_K = 5;

/** A municipality with fewer participants than this is given as its county. */
const SMALL_MUNICIPALITY = 50;

/** Quasi-identifiers, in the file's column order (ADR 0012). */
export const QUASI_IDENTIFIERS = [
  "gender",
  "ageAtStart",
  "place",
  "startPeriod",
  "exitPeriod",
  "birthRegion",
  "education",
  "disability",
] as const;

/** What the rest of each row says: outcomes, not quasi-identifiers. */
export const OUTCOME_COLUMNS = [
  "exitReason",
  "exitStatus",
  "outcome90Class",
  "attendedHours",
  "gainedQualification",
] as const;

export const ANONYMOUS_COLUMNS = [...QUASI_IDENTIFIERS, ...OUTCOME_COLUMNS] as const;

/** The generalisation applied at each level, as the file states it. */
export const LEVEL_DESCRIPTIONS = [
  "ålder i fyra band; kommun (län för kommuner med färre än 50 deltagare); start och avslut per kvartal; födelseregion i tre grupper; utbildning i fyra grupper",
  "som ovan, men start och avslut per halvår",
  "som ovan, men start och avslut per år och alltid län i stället för kommun",
  "som ovan, men ålder i två band (under 30, 30+), födelseregion i två (utanför Europa, övriga) och utbildning i två (förgymnasial, övriga)",
  "som ovan, men avslut bara som ja/nej och ingen ort",
  "som ovan, men ingen ålder och ingen start",
] as const;

const half = (date: string) => `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;

function birthRegionGroup(region: BirthRegion | null, level: number): string {
  if (region === null) return "unknown"; // imported histories may not know it
  if (region === "outsideEurope") return "outsideEurope";
  if (level >= 3) return "other";
  return region === "sweden" ? "sweden" : "europe";
}

function educationGroup(level: EducationLevel, generalisation: number): string {
  const aggregate = EDUCATION_AGGREGATES[level];
  if (generalisation >= 3) return aggregate === "preUpperSecondary" ? "preUpperSecondary" : "other";
  return aggregate;
}

function ageGroup(band: (typeof AGE_BANDS)[number], level: number): string {
  if (level >= 5) return "*";
  if (level >= 3) return band === "under25" || band === "25to29" ? "under30" : "30plus";
  return band;
}

function period(date: string, level: number): string {
  if (level >= 2) return date.slice(0, 4);
  if (level >= 1) return half(date);
  return quarterOf(date);
}

function countyOf(code: string): string {
  const county = COUNTIES.find((c) => c.code === code.slice(0, 2));
  return county ? county.name : `län ${code.slice(0, 2)}`;
}

/**
 * The participant-level file for evaluators, anonymous: k ≥ 5 on the
 * quasi-identifiers with at least two outcomes in every class, reached by
 * generalisation and local suppression (ADR 0012). No pseudonym, no dates,
 * no municipality smaller than 50 participants; rows in quasi-identifier order.
 */
export function anonymousParticipantRows(
  project: ProjectDefinition,
  records: readonly EvaluationRecord[],
  asOf: string,
): { anonymisation: Anonymisation<string[]>; rows: string[][]; notes: string[] } {
  const goal = resolveOutcomeGoal(project);
  const inMunicipality = new Map<string, number>();
  const enrolled = records.filter((r) => r.enrolledOn <= asOf);
  for (const r of enrolled)
    inMunicipality.set(r.municipalityCode, (inMunicipality.get(r.municipalityCode) ?? 0) + 1);
  const rows = enrolled.map((r) => {
    const exit = r.exit && r.exit.date <= asOf ? r.exit : null;
    const outcome = exit
      ? ((goal && classifyOutcome(project, goal, r, asOf)) ?? "exited")
      : "active";
    const hours = r.facts.presentMinutes / 60;
    const payload = [
      exit ? (exit.reason === "completed" ? "completed" : "droppedOut") : "active",
      exit?.status ?? "",
      outcome,
      DOSE_BANDS.find((b) => hours >= b.from && hours < b.to)?.key ?? "",
      exit ? String(r.facts.gainedQualification) : "",
    ];
    return {
      // Still active: no outcome to give away; the exit period says as much.
      outcome: exit ? outcome : null,
      payload,
      quasiIdentifiers: (level: number) => [
        r.gender,
        ageGroup(r.obstacles.ageBand, level),
        level >= 4
          ? "*"
          : level >= 2 || (inMunicipality.get(r.municipalityCode) ?? 0) < SMALL_MUNICIPALITY
            ? countyOf(r.municipalityCode)
            : r.municipalityCode,
        level >= 5 ? "*" : period(r.enrolledOn, level),
        exit ? (level >= 4 ? "exited" : period(exit.date, level)) : "active",
        birthRegionGroup(r.birthRegion, level),
        educationGroup(r.educationLevel, level),
        obstacleKey(r.obstacles.disability),
      ],
    };
  });
  // Suppressed first: exit period, start period, place, education, birth region, age, disability.
  const anonymisation = kAnonymise(rows, {
    k: EXPORT_K,
    levels: LEVEL_DESCRIPTIONS.length,
    suppressionOrder: [4, 3, 2, 6, 5, 1, 7],
  });
  const out = anonymisation.rows
    .map((r) => [...r.quasiIdentifiers, ...r.payload])
    .sort((a, b) => a.join("\u0000").localeCompare(b.join("\u0000")));
  const notes = [
    `Anonym deltagarfil per ${asOf}: k = ${anonymisation.k} på ${QUASI_IDENTIFIERS.join(", ")}; minsta klass ${anonymisation.smallestClass}; minst två olika utfall (outcome90Class) i varje klass.`,
    `Generaliserat (nivå ${anonymisation.level}): ${LEVEL_DESCRIPTIONS[anonymisation.level]}.`,
    `Undertryckt: ${anonymisation.suppressedRows} rader med minst en kvasi-identifierare som "*" (i ordningen avslut, start, ort, utbildning, födelseregion, ålder, funktionsnedsättning); ${anonymisation.droppedRows} rader utelämnade.`,
    "Inga namn, personnummer, pseudonymer eller datum; raderna i kvasi-identifierarnas ordning.",
  ];
  return { anonymisation, rows: out, notes };
}
