import type { Instrument } from "./instrument";

/**
 * Instruments shared by several project definitions. They are the projects'
 * own material, written for this platform — not licensed tools.
 */

/** Swedish-language level. Step ≤ 3 (at most SFI B) is "low" in OPIS's language goal. */
export const LANGUAGE_LEVEL_SCALE = {
  kind: "stepScale",
  id: "languageLevel",
  name: { sv: "Språknivå i svenska", en: "Swedish-language level" },
  phases: ["baseline", "periodic", "exit"],
  steps: [
    { value: 1, labelKey: "instrument.languageLevel.step1" }, // ingen svenska
    { value: 2, labelKey: "instrument.languageLevel.step2" }, // SFI A
    { value: 3, labelKey: "instrument.languageLevel.step3" }, // SFI B
    { value: 4, labelKey: "instrument.languageLevel.step4" }, // SFI C
    { value: 5, labelKey: "instrument.languageLevel.step5" }, // SFI D
    { value: 6, labelKey: "instrument.languageLevel.step6" }, // bortom SFI
  ],
} satisfies Instrument;

/** The language step at or below which a participant counts as having a low language level. */
export const LOW_LANGUAGE_LEVEL_MAX_STEP = 3;

/** "Hur nära arbete känner du dig?" asked before, during and after. */
export const CLOSENESS_TO_WORK_RATING = {
  kind: "numericRating",
  id: "closenessToWork",
  name: { sv: "Hur nära arbete", en: "Closeness to work" },
  phases: ["baseline", "periodic", "exit"],
  questionKey: "instrument.closenessToWork.question",
  min: 1,
  max: 10,
} satisfies Instrument;

/** Livshjul: the participant's whole life situation, area by area. */
export const LIFE_WHEEL = {
  kind: "lifeWheel",
  id: "lifeWheel",
  name: { sv: "Livshjul", en: "Life wheel" },
  phases: ["baseline", "periodic", "exit"],
  min: 1,
  max: 10,
  areas: [
    { id: "health", labelKey: "instrument.lifeWheel.health" },
    { id: "housing", labelKey: "instrument.lifeWheel.housing" },
    { id: "finances", labelKey: "instrument.lifeWheel.finances" },
    { id: "socialNetwork", labelKey: "instrument.lifeWheel.socialNetwork" },
    { id: "language", labelKey: "instrument.lifeWheel.language" },
    { id: "digitalSkills", labelKey: "instrument.lifeWheel.digitalSkills" },
    { id: "work", labelKey: "instrument.lifeWheel.work" },
    { id: "leisure", labelKey: "instrument.lifeWheel.leisure" },
  ],
} satisfies Instrument;
