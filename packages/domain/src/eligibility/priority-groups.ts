import { ageOn } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { IntakeFacts } from "../intake/intake-facts";
import type { PriorityCondition } from "../projects/priority-groups";
import type { ProjectDefinition } from "../projects/project-definition";
import { isLowEducation } from "../vocabularies/education-level";

/** Ids of the project's priority groups whose conditions all hold on `asOf`. */
export function matchPriorityGroups(
  project: ProjectDefinition,
  facts: IntakeFacts,
  asOf: IsoDate,
): string[] {
  return project.priorityGroups
    .filter((group) => group.conditions.every((c) => conditionHolds(c, facts, asOf)))
    .map((group) => group.id);
}

function conditionHolds(condition: PriorityCondition, facts: IntakeFacts, asOf: IsoDate): boolean {
  switch (condition.kind) {
    case "gender":
      return facts.gender === condition.equals;
    case "birthRegion":
      return condition.in.includes(facts.birthRegion);
    case "ageAtLeast":
      return ageOn(facts.birthDate, asOf) >= condition.years;
    case "ageAtMost":
      return ageOn(facts.birthDate, asOf) <= condition.years;
    case "lowEducation":
      return isLowEducation(facts.educationLevel);
    case "disability":
      return facts.hasDisabilityReducingWorkCapacity;
    default:
      return condition satisfies never;
  }
}
