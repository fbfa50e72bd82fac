import type { engineSv } from "./engine.sv";

/** English messages of the project engine; the type keeps them complete. */
export const engineEn: Record<keyof typeof engineSv, string> = {
  "validation.project.goal.unknownCategory": "Name a category the project defines",
  "validation.project.site.overlap": "Put each municipality in at most one site",
  "validation.project.site.uncovered": "Put the municipality in one of the project's sites",
  "validation.project.site.unknownMunicipality": "Name a municipality that is part of the project",
  "eligibility.allOf.met": "Meets all {{of}} conditions.",
  "eligibility.allOf.notAll": "Meets {{met}} of {{of}} conditions; all are required.",
  "eligibility.anyOf.met": "Meets at least one of the conditions.",
  "eligibility.anyOf.none": "Meets none of the {{of}} conditions.",
  "eligibility.rule.allOf": "All conditions are met",
  "eligibility.rule.anyOf": "At least one of the conditions is met",
  "validation.report.goalId.notOutcomeGoal":
    "Choose a goal that measures the outcome at exit or follow-up",
  "validation.report.dimension.notInProject": "Choose a split the project uses",
  "evaluation.dimension.municipality": "Municipality",
  "evaluation.dimension.site": "Site",
  "evaluation.flows.row.notMeasured": "Exited (outcome not measured)",
  "validation.exit.status.notInProject": "Choose a status at exit the project has",
  "validation.followUp.outcome.notInProject": "Choose an outcome the project has",
  "kommun.attendance.invalidWeek": "No such week",
};
