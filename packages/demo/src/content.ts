import type { ActivityType, ResponsibleParty } from "@opis/domain";
import type { Prng } from "./prng";

/** Trades a participant aims for; they colour plan goals, internships and validation. */
export const TRADES = [
  { id: "warehouse", sv: "lager och logistik", module: "OCN Lager och logistik, nivå 1" },
  { id: "care", sv: "vård och omsorg", module: "OCN Vård- och omsorgsarbete, nivå 1" },
  { id: "cleaning", sv: "lokalvård", module: "OCN Lokalvård, nivå 1" },
  { id: "restaurant", sv: "restaurang och storkök", module: "OCN Kök och servering, nivå 1" },
  { id: "retail", sv: "handel", module: "OCN Butik och handel, nivå 1" },
  { id: "construction", sv: "bygg och anläggning", module: "OCN Bygg, nivå 1" },
  { id: "manufacturing", sv: "industri och tillverkning", module: "OCN Industriarbete, nivå 1" },
  { id: "childcare", sv: "barnskötsel", module: "OCN Barn och fritid, nivå 1" },
  { id: "property", sv: "fastighetsskötsel", module: "OCN Fastighetsservice, nivå 1" },
  { id: "transport", sv: "transport och chaufför", module: "OCN Transport, nivå 1" },
] as const;
export type Trade = (typeof TRADES)[number];

const EMPLOYER_KINDS: Record<Trade["id"], readonly string[]> = {
  warehouse: ["Logistik AB", "Lagerservice AB", "Distribution AB"],
  care: ["Vård & Omsorg AB", "Hemtjänst AB", "äldreboende (kommunen)"],
  cleaning: ["Städservice AB", "Lokalvård AB"],
  restaurant: ["Restaurang & Catering AB", "Bistro AB", "skolrestaurang (kommunen)"],
  retail: ["Livs AB", "Handel AB", "Second hand (ideell förening)"],
  construction: ["Bygg & Montage AB", "Mark & Anläggning AB"],
  manufacturing: ["Mekaniska AB", "Plast AB", "Trä & Snickeri AB"],
  childcare: ["förskola (kommunen)", "Fritids (kommunen)"],
  property: ["Fastighetsservice AB", "bostadsbolaget (kommunen)"],
  transport: ["Åkeri AB", "Transport AB"],
};

const PREFIXES = ["Nord", "Smålands", "Östra", "Väst", "Sjö", "Skogs", "Ny", "Berg", "Lind", "Ek"];

/** A fictitious employer in the participant's municipality. */
export function employerName(prng: Prng, trade: Trade, town: string): string {
  const kind = prng.pick(EMPLOYER_KINDS[trade.id]);
  if (kind.includes("(")) return `${town}, ${kind}`;
  return prng.chance(0.5) ? `${town} ${kind}` : `${prng.pick(PREFIXES)}${kind.toLowerCase()}`;
}

interface ActivityTemplate {
  readonly title: (trade: Trade, town: string) => string;
  readonly provider: (prng: Prng, trade: Trade, town: string) => string | null;
  readonly responsible: ResponsibleParty;
  readonly hoursPerWeek: readonly number[];
  readonly weeks: readonly [number, number];
}

export const ACTIVITY_TEMPLATES: Record<ActivityType, ActivityTemplate> = {
  internship: {
    title: (t) => `Praktik inom ${t.sv}`,
    provider: (prng, t, town) => employerName(prng, t, town),
    responsible: "af",
    hoursPerWeek: [20, 30, 40],
    weeks: [4, 12],
  },
  validation: {
    title: (t) => `Validering av yrkeskunskaper, ${t.sv}`,
    provider: (_p, _t, town) => `Validering ${town}, vuxenutbildningen`,
    responsible: "kommun",
    hoursPerWeek: [8, 12, 16],
    weeks: [3, 8],
  },
  languageTraining: {
    title: () => "Svenska för invandrare (SFI) med yrkesinriktning",
    provider: (_p, _t, town) => `SFI ${town}, Komvux`,
    responsible: "kommun",
    hoursPerWeek: [10, 15, 20],
    weeks: [8, 24],
  },
  studyVisit: {
    title: (t) => `Studiebesök på arbetsplatser inom ${t.sv}`,
    provider: (prng, t, town) => employerName(prng, t, town),
    responsible: "kommun",
    hoursPerWeek: [4, 6, 8],
    weeks: [1, 2],
  },
  workTraining: {
    title: () => "Arbetsträning i kommunens arbetsmarknadsenhet",
    provider: (_p, _t, town) => `${town} kommun, arbetsmarknadsenheten`,
    responsible: "kommun",
    hoursPerWeek: [10, 20, 30],
    weeks: [6, 16],
  },
  health: {
    title: () => "Hälsofrämjande insats med mobilt team",
    provider: () => "Mobilt team (region och kommun)",
    responsible: "kommun",
    hoursPerWeek: [2, 4, 6],
    weeks: [4, 12],
  },
  groupActivity: {
    title: () => "Gruppverksamhet: vardagsstruktur och samhällsorientering",
    provider: (_p, _t, town) => `OPIS ${town}`,
    responsible: "kommun",
    hoursPerWeek: [6, 8, 10],
    weeks: [4, 10],
  },
  jobSearch: {
    title: () => "Jobbsökaraktivitet: CV, personligt brev och intervjuträning",
    provider: () => "Arbetsförmedlingen",
    responsible: "participant",
    hoursPerWeek: [4, 6, 8],
    weeks: [4, 12],
  },
  employerMatching: {
    title: (t) => `Matchning mot arbetsgivare inom ${t.sv} (sökandelots)`,
    provider: () => "Arbetsförmedlingen, sökandelots",
    responsible: "af",
    hoursPerWeek: [2, 4],
    weeks: [4, 16],
  },
  guidance: {
    title: () => "Studie- och yrkesvägledning",
    provider: (_p, _t, town) => `Vägledningscentrum ${town}`,
    responsible: "kommun",
    hoursPerWeek: [1, 2],
    weeks: [2, 6],
  },
  education: {
    title: (t) => `Kortare yrkesutbildning inom ${t.sv}`,
    provider: (_p, _t, town) => `Vuxenutbildningen ${town}`,
    responsible: "af",
    hoursPerWeek: [15, 20, 30],
    weeks: [6, 16],
  },
  other: {
    title: () => "Körkortsteori och trafikkunskap",
    provider: () => null,
    responsible: "participant",
    hoursPerWeek: [2, 4],
    weeks: [4, 10],
  },
};

/** How often each activity type is planned, relative to the others. */
export const ACTIVITY_WEIGHTS: Record<ActivityType, number> = {
  internship: 16,
  validation: 8,
  languageTraining: 10,
  studyVisit: 6,
  workTraining: 10,
  health: 6,
  groupActivity: 10,
  jobSearch: 12,
  employerMatching: 9,
  guidance: 6,
  education: 5,
  other: 2,
};

export const GOAL_TEMPLATES = {
  work: (t: Trade) => `Få ett arbete inom ${t.sv}`,
  studies: (t: Trade) => `Påbörja studier som leder till arbete inom ${t.sv}`,
  language: () => "Stärka svenska språket för att klara en arbetsplats",
  health: () => "Hitta en hållbar vardag och ork för heltid",
  skills: (t: Trade) => `Få mina kunskaper inom ${t.sv} bekräftade`,
} as const;

export const EXCEPTION_JUSTIFICATIONS = [
  "Inskriven kortare tid än 24 månader men har lång tid utanför arbetsmarknaden före inskrivningen; tidigare insatser har inte gett resultat.",
  "Har tidigare varit inskriven i flera perioder; sammanlagd tid utan arbete överstiger två år.",
  "Kort inskrivningstid efter etablering, men omfattande behov av samordnat stöd enligt arbetsmarknadspolitisk bedömning.",
  "Bedöms av AF och kommunen vara i stort behov av projektets samordnade stöd trots kortare inskrivningstid.",
];

export const DECLINE_NOTES: Record<string, readonly string[]> = {
  notInTargetGroup: [
    "Ingen arbetsmarknadspolitisk bedömning gjord ännu.",
    "Har inte tidigare haft insatser; ordinarie stöd prövas först.",
    "Bor utanför projektets kommuner.",
  ],
  participantDeclined: ["Vill inte delta i nuläget.", "Tackade nej efter informationsmöte."],
  cannotParticipateOnSite: ["Kan inte delta på plats på grund av långa resor."],
  noWorkAvailability: ["Saknar arbetsutbud under sjukskrivning."],
  otherSupportMoreSuitable: ["Rustas bättre i annan insats hos kommunen."],
  movedAway: ["Har flyttat från kommunen."],
  projectFull: ["Inga platser i kommunen just nu; ny kontakt om tre månader."],
  other: ["Se anteckning i ärendet."],
};

export const EXIT_NOTES: Record<string, readonly string[]> = {
  droppedOutWork: ["Fick anställning under deltagandet.", "Timanställning som blev heltid."],
  droppedOutStudies: ["Började på folkhögskola.", "Antagen till yrkesutbildning på Komvux."],
  droppedOutIllness: ["Sjukskriven på heltid sedan flera veckor."],
  droppedOutMoving: ["Flyttat till annan kommun utanför projektet."],
  droppedOutOtherKnown: ["Föräldraledig.", "Avbröt på egen begäran."],
  droppedOutUnknown: ["Har inte gått att nå."],
};
