/** Swedish messages of the project engine: project switcher, sites, project-level texts. */
export const engineSv = {
  "validation.project.goal.unknownCategory": "Ange en kategori som finns i projektet",
  "validation.project.site.overlap": "Lägg varje kommun i högst en verksamhetsort",
  "validation.project.site.uncovered": "Lägg kommunen i en av projektets verksamhetsorter",
  "validation.project.site.unknownMunicipality": "Ange en kommun som ingår i projektet",
  "eligibility.allOf.met": "Uppfyller alla {{of}} villkoren.",
  "eligibility.allOf.notAll": "Uppfyller {{met}} av {{of}} villkor; alla krävs.",
  "eligibility.anyOf.met": "Uppfyller minst ett av villkoren.",
  "eligibility.anyOf.none": "Uppfyller inget av de {{of}} villkoren.",
  "eligibility.rule.allOf": "Alla villkor uppfylls",
  "eligibility.rule.anyOf": "Minst ett av villkoren uppfylls",
  "validation.report.goalId.notOutcomeGoal":
    "Välj ett mål som mäter utfall vid avslut eller uppföljning",
  "validation.report.dimension.notInProject": "Välj en uppdelning som projektet använder",
  "evaluation.dimension.municipality": "Kommun",
  "evaluation.dimension.site": "Verksamhetsort",
  "evaluation.flows.row.notMeasured": "Avslutade (utfall mäts inte)",
  "validation.exit.status.notInProject": "Välj en status vid avslut som finns i projektet",
  "validation.followUp.outcome.notInProject": "Välj ett utfall som finns i projektet",
  "kommun.attendance.invalidWeek": "Veckan finns inte",
} as const satisfies Record<string, string>;
