import { generateDemoData } from "./index";
import { classifyFollowUp, OPIS_PROJECT } from "@opis/domain";
const n = Number(process.argv[2] ?? 600);
const today = process.argv[3] ?? "2026-03-16";
const d = generateDemoData({ participants: n, seed: 1, today });
const tally = <T,>(xs: T[]) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[String(x)] = (m[String(x)] ?? 0) + 1;
  return m;
};
console.log(
  "intake status",
  tally(d.intakes.map((i) => i.status)),
  tally(d.intakes.map((i) => i.eligibilityOutcome)),
);
console.log("decline", tally(d.intakes.map((i) => i.declineReason)));
console.log(
  "gender",
  tally(d.enrolments.map((e) => e.gender)),
  "region",
  tally(d.enrolments.map((e) => e.birthRegion)),
);
console.log("priority", tally(d.enrolments.map((e) => e.priorityGroups!.join("+"))));
console.log("municipality", tally(d.enrolments.map((e) => e.municipalityCode)));
console.log(
  "office/officer",
  tally(
    d.enrolments.map((e) => `${e.office}:${d.users.find((u) => u.id === e.officerUserId)!.name}`),
  ),
);
console.log(
  "coord",
  tally(d.enrolments.map((e) => d.users.find((u) => u.id === e.coordinatorUserId)?.name ?? "none")),
);
console.log(
  "lang",
  tally(d.enrolments.map((e) => e.languageLevelAtStart)),
  "edu",
  tally(d.enrolments.map((e) => e.educationLevel)),
  "dis",
  tally(d.enrolments.map((e) => e.hasDisability)),
);
console.log(
  "age",
  tally(d.enrolments.map((e) => Math.floor((2025 - Number(e.birthDate.slice(0, 4))) / 10) * 10)),
);
console.log("start month", tally(d.enrolments.map((e) => e.startDate.slice(0, 7))));
console.log(
  "exit reason",
  tally(d.exits.map((x) => x.reason)),
  "status",
  tally(d.exits.map((x) => x.status)),
);
const rule = OPIS_PROJECT.followUpRules[0]!;
const exitBy = new Map(d.exits.map((x) => [x.enrolmentId, x]));
console.log(
  "followup",
  tally(
    d.followUps.map((f) =>
      classifyFollowUp(rule, exitBy.get(f.enrolmentId)!.exitDate, f.recordedOn, today),
    ),
  ),
  tally(d.followUps.map((f) => f.outcome)),
);
console.log("acts", tally(d.activities.map((a) => a.type)));
console.log("plans versions", tally(d.jointPlans.map((p) => p.version)));
console.log("assess", tally(d.assessments.map((a) => `${a.instrumentId}:${a.phase}`)));
console.log("absence", tally(d.attendance.map((a) => a.absenceReason)));
const planned = d.attendance.reduce((s, a) => s + a.plannedMinutes, 0),
  present = d.attendance.reduce((s, a) => s + a.presentMinutes, 0);
console.log("presence rate", (present / planned).toFixed(3));
console.log(JSON.stringify(d.jointPlans[5]?.content, null, 1).slice(0, 1500));
console.log(
  d.people
    .slice(0, 8)
    .map((p) => `${p.givenName} ${p.familyName} ${p.gender} ${p.personalIdentityNumber}`),
);
console.log(
  d.activities.filter((a) => a.type === "internship" || a.type === "validation").slice(0, 4),
);
