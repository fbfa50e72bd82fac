import { z } from "zod";
import { LocalizedTextSchema } from "../projects/localized-text";

/** When an assessment is made in a participation. */
export const ASSESSMENT_PHASES = ["baseline", "periodic", "exit", "followUp"] as const;
export const AssessmentPhaseSchema = z.enum(ASSESSMENT_PHASES);
export type AssessmentPhase = z.infer<typeof AssessmentPhaseSchema>;

const IdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);
const MessageKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/);

const common = {
  id: IdSchema,
  name: LocalizedTextSchema,
  phases: z.array(AssessmentPhaseSchema).min(1),
};

/** An ordered scale of steps 1..n, each with a label key (e.g. the Swedish-language level). */
export const StepScaleInstrumentSchema = z
  .object({
    ...common,
    kind: z.literal("stepScale"),
    steps: z.array(z.object({ value: z.int().min(1), labelKey: MessageKeySchema })).min(2),
  })
  .refine((s) => s.steps.every((step, i) => step.value === i + 1), {
    error: "validation.project.instrument.stepsOrder",
  });

/** A single numeric rating, e.g. "how close am I to work" 1–10. */
export const NumericRatingInstrumentSchema = z
  .object({
    ...common,
    kind: z.literal("numericRating"),
    questionKey: MessageKeySchema,
    min: z.int(),
    max: z.int(),
  })
  .refine((s) => s.min < s.max, { error: "validation.project.instrument.range" });

/** Life areas a life wheel (livshjul) rates; a project picks its own subset. */
export const LIFE_WHEEL_AREAS = [
  "health",
  "housing",
  "finances",
  "socialNetwork",
  "language",
  "digitalSkills",
  "education",
  "work",
  "leisure",
  "family",
] as const;
export const LifeWheelAreaSchema = z.enum(LIFE_WHEEL_AREAS);
export type LifeWheelArea = z.infer<typeof LifeWheelAreaSchema>;

/** A life wheel: each area rated on the same numeric scale. */
export const LifeWheelInstrumentSchema = z
  .object({
    ...common,
    kind: z.literal("lifeWheel"),
    areas: z.array(z.object({ id: LifeWheelAreaSchema, labelKey: MessageKeySchema })).min(1),
    min: z.int(),
    max: z.int(),
  })
  .refine((s) => s.min < s.max, { error: "validation.project.instrument.range" })
  .refine((s) => new Set(s.areas.map((a) => a.id)).size === s.areas.length, {
    error: "validation.project.instrument.areasUnique",
  });

/** A project's own assessment instrument (no licensed tools). */
export const InstrumentSchema = z.discriminatedUnion("kind", [
  StepScaleInstrumentSchema,
  NumericRatingInstrumentSchema,
  LifeWheelInstrumentSchema,
]);
export type Instrument = z.infer<typeof InstrumentSchema>;
export type InstrumentKind = Instrument["kind"];

/** Lowest and highest value an instrument accepts. */
export function instrumentRange(instrument: Instrument): { min: number; max: number } {
  if (instrument.kind === "stepScale") return { min: 1, max: instrument.steps.length };
  return { min: instrument.min, max: instrument.max };
}
