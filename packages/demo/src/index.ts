export {
  DEMO_OFFICE_BY_MUNICIPALITY,
  DEMO_USERS,
  type DemoUser,
  demoUserRows,
} from "./demo-users";
export {
  checkSeedOptions,
  type DemoData,
  generateDemoData,
  MAX_PARTICIPANTS,
  type SeedOptions,
} from "./generate";
export {
  type HistoricalRow,
  type HistoricalRowsOptions,
  historicalCsv,
  historicalRows,
} from "./historical-participations";
export { Prng } from "./prng";
export { databaseHasData, resetDatabase } from "./reset";
export {
  secondDemoProject,
  secondProjectPeople,
  seedSecondProject,
  TWO_PROJECT_OFFICER,
} from "./second-project";
export { type SeedHooks, type SeedSummary, seedDemoData } from "./seed-demo-data";
export { DEMO_MUNICIPALITIES, demoStaff, type StaffMember } from "./staff";
export { TEST_PERSONAL_NUMBERS_MEN, TEST_PERSONAL_NUMBERS_WOMEN } from "./test-personal-numbers";
