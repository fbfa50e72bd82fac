import * as domain from "@opis/domain";
import i18next from "i18next";
import { describe, expect, test } from "vitest";
import { en } from "./en";
import { sv } from "./sv";

const svKeys = Object.keys(sv).sort();
const enKeys = Object.keys(en).sort();

/** Every vocabulary the domain exports, and the catalog prefix its labels live under. */
const VOCABULARIES: [prefix: string, exportName: string][] = [
  ["vocab.role", "ROLES"],
  ["vocab.organisationKind", "ORGANISATION_KINDS"],
  ["vocab.gender", "GENDERS"],
  ["vocab.birthRegion", "BIRTH_REGIONS"],
  ["vocab.educationLevel", "EDUCATION_LEVELS"],
  ["vocab.activityType", "ACTIVITY_TYPES"],
  ["vocab.responsibleParty", "RESPONSIBLE_PARTIES"],
  ["vocab.absenceReason", "ABSENCE_REASONS"],
  ["vocab.exitReason", "EXIT_REASONS"],
  ["vocab.exitStatus", "EXIT_STATUSES"],
  ["vocab.followUpOutcome", "FOLLOW_UP_OUTCOMES"],
  ["vocab.followUpSource", "FOLLOW_UP_SOURCES"],
  ["vocab.declinedReason", "DECLINED_REASONS"],
  ["vocab.ageBand", "AGE_BANDS"],
  ["vocab.eligibilityOutcome", "ELIGIBILITY_OUTCOMES"],
  ["vocab.goalStatus", "GOAL_STATUSES"],
  ["vocab.assessmentPhase", "ASSESSMENT_PHASES"],
  ["vocab.followUpStatus", "FOLLOW_UP_STATUSES"],
  ["vocab.nextActionKind", "NEXT_ACTION_KINDS"],
  ["vocab.noteKind", "NOTE_KINDS"],
  ["vocab.planItemStatus", "PLAN_ITEM_STATUSES"],
  ["instrument.lifeWheel", "LIFE_WHEEL_AREAS"],
];

const exported = domain as unknown as Record<string, unknown>;

function listOf(name: string): readonly string[] {
  const value = exported[name];
  if (!Array.isArray(value)) throw new Error(`@opis/domain does not export ${name}`);
  return value as string[];
}

describe("message catalogs", () => {
  test("Swedish and English have exactly the same keys", () => {
    expect(enKeys).toEqual(svKeys);
  });

  test("no message is empty", () => {
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  test("both catalogs use the same interpolation names in each message", () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of svKeys) {
      expect(names(en[key as keyof typeof en]), key).toEqual(names(sv[key as keyof typeof sv]));
    }
  });

  for (const [prefix, name] of VOCABULARIES) {
    test(`every value of ${name} has a label`, () => {
      const missing = listOf(name).filter((value) => !(`${prefix}.${value}` in sv));
      expect(missing).toEqual([]);
    });
  }

  test("every validation message key the domain emits has a label", () => {
    const missing = listOf("VALIDATION_MESSAGE_KEYS").filter((key) => !(key in sv));
    expect(missing).toEqual([]);
  });

  test("every eligibility reason has a label", () => {
    const missing = listOf("ELIGIBILITY_REASON_KEYS").filter((key) => !(key in sv));
    expect(missing).toEqual([]);
  });

  test("every instrument step and area has a label", () => {
    const projects = listOf("PROJECTS") as unknown as {
      instruments: {
        steps?: { labelKey: string }[];
        areas?: { labelKey: string }[];
        questionKey?: string;
      }[];
    }[];
    const keys = projects.flatMap((p) =>
      p.instruments.flatMap((i) => [
        ...(i.steps ?? []).map((s) => s.labelKey),
        ...(i.areas ?? []).map((a) => a.labelKey),
        ...(i.questionKey ? [i.questionKey] : []),
      ]),
    );
    expect(keys.filter((key) => !(key in sv))).toEqual([]);
  });

  test("the API's error keys have labels", () => {
    for (const key of [
      "errors.unauthorized",
      "errors.forbidden",
      "errors.notFound",
      "errors.conflict",
      "errors.validation",
      "errors.internal",
      "errors.badRequest",
      "errors.payloadTooLarge",
      "errors.tooManyRequests",
      "errors.databaseUnavailable",
      "validation.invalid",
      "errors.intake.alreadyDecided",
      "errors.intake.alreadyEnrolled",
      "errors.intake.notEligible",
      "errors.intake.notFound",
      "errors.intake.openElsewhere",
      "errors.participant.notFound",
      "errors.project.notFound",
    ]) {
      expect(key in sv, key).toBe(true);
    }
  });

  test("the personal-number hint's example passes the domain's own validation", () => {
    for (const text of [sv["staff.lookup.pinHint"], en["staff.lookup.pinHint"]]) {
      const example = text.match(/\d{6,8}[-+]?\d{4}/)?.[0];
      expect(example, text).toBeDefined();
      const result = domain.personalIdentityNumberSchema("2025-01-01").safeParse(example);
      expect(result.success, example).toBe(true);
    }
  });

  test("a count next to a noun reads right at 1 and at 2, in both languages", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { sv: { translation: sv }, en: { translation: en } },
      lng: "sv",
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
    });
    const sv1 = i18n.getFixedT("sv");
    const en1 = i18n.getFixedT("en");
    expect(sv1("kommun.participants.unreadNotice", { count: 1 })).toContain("1 oläst överlämning ");
    expect(sv1("kommun.participants.unreadNotice", { count: 2 })).toContain(
      "2 olästa överlämningar",
    );
    expect(en1("kommun.participants.unreadNotice", { count: 1 })).toContain("1 unread handover ");
    expect(en1("kommun.participants.unreadNotice", { count: 2 })).toContain("2 unread handovers");
    expect(sv1("kommun.participants.unread", { count: 1 })).toBe("1 oläst");
    expect(sv1("staff.caseload.unread", { count: 1 })).toBe("1 oläst");
    expect(sv1("staff.case.tab.notesUnread", { count: 3 })).toBe("Anteckningar (3 olästa)");
    expect(sv1("kommun.requests.count", { count: 1 })).toBe("1 förfrågan");
    expect(en1("kommun.employers.count", { count: 1 })).toBe("1 employer");
    expect(sv1("evaluation.import.done", { count: 1, people: "1" })).toContain("1 person.");
    expect(sv1("evaluation.import.done", { count: 1200, people: "1 200" })).toContain(
      "1 200 personer.",
    );
    // Every plural message has both forms in both catalogs, and none is left without a count.
    for (const catalog of [sv, en]) {
      for (const key of Object.keys(catalog)) {
        const base = key.replace(/_(one|other)$/, "");
        if (base === key) continue;
        expect(`${base}_one` in catalog && `${base}_other` in catalog, key).toBe(true);
        expect(base in catalog, base).toBe(false);
      }
    }
  });
});
