export { DEMO_OFFICE_BY_MUNICIPALITY, DEMO_USERS, type DemoUser } from "./demo-users";
export {
  type DemoData,
  generateDemoData,
  type JointPlanContent,
  type SeedOptions,
} from "./generate";
export { Prng } from "./prng";
export { resetDatabase } from "./reset";
export { type SeedSummary, seedDemoData } from "./seed-demo-data";
export { DEMO_MUNICIPALITIES, demoStaff, type StaffMember } from "./staff";
export { TEST_PERSONAL_NUMBERS_MEN, TEST_PERSONAL_NUMBERS_WOMEN } from "./test-personal-numbers";
