import { existsSync, readFileSync } from "node:fs";
import {
  DEMO_USERS,
  demoStaff,
  generateDemoData,
  secondProjectPeople,
  TWO_PROJECT_OFFICER,
} from "@opis/demo";
import { E2E_SEED, SERVER_LOG_FILE } from "../playwright.config";
import { type LoggedPerson, personalDataInLog } from "./support/log-privacy";
import { UNUSED_TEST_WOMEN } from "./support/test-people";

/** People the journeys themselves register (see the specs), with the free test numbers. */
const JOURNEY_NAMES = [
  ["Tangent", "Testsson"],
  ["Jonna", "Resenär"],
] as const;

/**
 * After the whole browser run: the server's log must not hold one personal
 * number or name of the demo data or of the people the journeys registered.
 */
export default async function checkServerLogForPersonalData(): Promise<void> {
  if (!existsSync(SERVER_LOG_FILE)) {
    if (process.env.CI) throw new Error(`the server wrote no log to ${SERVER_LOG_FILE}`);
    console.warn(`log privacy: no server log at ${SERVER_LOG_FILE} (a reused server?); skipped`);
    return;
  }
  const log = readFileSync(SERVER_LOG_FILE, "utf8");
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  const demo = generateDemoData({ ...E2E_SEED, today });
  const people: LoggedPerson[] = [
    ...demo.people.map((p) => ({
      personalIdentityNumber: p.personalIdentityNumber,
      givenName: p.givenName,
      familyName: p.familyName,
    })),
    // The second project's people, seeded after the demo data (issue 12).
    ...secondProjectPeople(new Set(demo.people.map((p) => p.personalIdentityNumber))).map((p) => ({
      personalIdentityNumber: p.personalIdentityNumber,
      givenName: p.givenName,
      familyName: p.familyName,
    })),
    ...UNUSED_TEST_WOMEN.flatMap((pin) =>
      JOURNEY_NAMES.map(([givenName, familyName]) => ({
        personalIdentityNumber: pin,
        givenName,
        familyName,
      })),
    ),
  ];
  const staff = [
    ...DEMO_USERS.map((u) => u.name),
    ...demoStaff().map((s) => s.name),
    TWO_PROJECT_OFFICER.name,
  ];

  // The check itself must be able to fail: a planted line is found.
  const planted = people[0];
  if (
    !planted ||
    personalDataInLog(`{"msg":"x","n":"${planted.personalIdentityNumber}"}`, people, staff)
      .length === 0
  ) {
    throw new Error("log privacy: the check did not find a planted personal number");
  }

  const lines = log.split("\n").length;
  const hits = personalDataInLog(log, people, staff);
  if (hits.length > 0) {
    const first = hits.slice(0, 10).map((h) => `  line ${h.line}: ${h.what}`);
    throw new Error(
      `log privacy: ${hits.length} personal data hits in ${SERVER_LOG_FILE}:\n${first.join("\n")}`,
    );
  }
  console.log(
    `log privacy: ${lines} log lines, ${people.length} people checked, 0 personal numbers or names`,
  );
}
