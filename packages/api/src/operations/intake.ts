import type { Database, Executor, Transaction } from "@opis/db";
import {
  casesOfPerson,
  endedParticipationsOfPerson,
  findOpenCases,
  findPersonByIdentityNumber,
  listCoordinators,
  schema,
} from "@opis/db";
import {
  assessEligibility,
  type ConsentAtIntake,
  type DeclineDecision,
  type EnrolmentDecision,
  type IntakeFacts,
  maskPersonalIdentityNumber,
  PersonNameSchema,
  type ProjectDefinition,
  parsePersonalIdentityNumber,
  personalIdentityNumberSchema,
  personStanding,
  textSchema,
  validateAgeInTargetGroup,
  validateEnrolmentDecision,
  validateFactsAgainstIdentity,
  validateOfficeServes,
} from "@opis/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../audit";
import type { SessionUser } from "../context";
import { AppError, fieldErrorsAt, fieldErrorsFromZod } from "../errors";
import { enrolmentScopeFor } from "../policies/enrolment-scope";
import { loadOwnIntake } from "../policies/intake-access";
import { recordConsentAtIntake } from "./consent";
import { resolveProject } from "./projects";

export interface OperationOptions {
  db: Database;
  user: SessionUser;
  /** Today in Sweden, as an ISO date. */
  today: string;
  now: Date;
}

/**
 * The project's definition as the platform runs it (its latest registered
 * version, else the built-in one); NOT_FOUND when there is none.
 */
export async function requireProject(db: Executor, projectId: string): Promise<ProjectDefinition> {
  const project = await resolveProject(db, projectId);
  if (!project) throw new AppError("NOT_FOUND", "errors.project.notFound");
  return project.definition;
}

function parseIdentityNumber(input: string, today: string): string {
  const parsed = personalIdentityNumberSchema(today).safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "errors.validation", {
      personalIdentityNumber: fieldErrorsFromZod(parsed.error)._form ?? ["validation.invalid"],
    });
  }
  return parsed.data;
}

/**
 * Looks a person up by personal identity number (a POST: the number stays out
 * of URLs and access logs). The answer is one of three (ADR 0013): not known,
 * known to the caller's office (with the person and the way in), or active
 * elsewhere in the project — then nothing about them. Every look-up is audited,
 * including those that find nothing, with the number that was searched.
 */
export async function lookupPerson(
  options: OperationOptions & { projectId: string; personalIdentityNumber: string },
) {
  const canonical = parseIdentityNumber(options.personalIdentityNumber, options.today);
  return options.db.transaction(async (tx) => {
    const person = await findPersonByIdentityNumber(tx, canonical);
    const cases = person ? await casesOfPerson(tx, person.id, options.projectId) : [];
    const standing = personStanding(cases, {
      userId: options.user.id,
      office: options.user.office,
    });
    // A returning person: their earlier, ended participations the office may see
    // (period and status at exit only), and only when the office knows them.
    const earlierParticipations =
      person && standing === "knownToOffice"
        ? await endedParticipationsOfPerson(
            tx,
            person.id,
            options.projectId,
            enrolmentScopeFor(options.user, "office"),
          )
        : [];
    await recordAudit(tx, {
      actorUserId: options.user.id,
      action: "person.lookup",
      subjectType: "person",
      subjectId: standing === "knownToOffice" ? (person?.id ?? null) : null,
      // Whom the search concerned, so the person's extract shows it, whatever the answer.
      personIds: person ? [person.id] : [],
      details: {
        searched: canonical,
        standing,
        ...(earlierParticipations.length > 0
          ? { earlierParticipations: earlierParticipations.length }
          : {}),
      },
    });
    if (!person || standing === "notKnown") return { standing: "notKnown" as const };
    if (standing === "activeElsewhere") return { standing: "activeElsewhere" as const };
    const open = await findOpenCases(tx, person.id, options.projectId);
    return {
      standing: "knownToOffice" as const,
      person: personSummary(person),
      openIntakeId:
        open.draftIntake?.officerUserId === options.user.id ? open.draftIntake.id : null,
      hasOpenIntake: open.draftIntake !== undefined,
      activeEnrolmentId: open.activeEnrolment?.id ?? null,
      earlierParticipations,
    };
  });
}

export function personSummary(person: typeof schema.people.$inferSelect) {
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    maskedPin: maskPersonalIdentityNumber(person.personalIdentityNumber),
    gender: person.gender,
    birthDate: person.birthDate,
  };
}

/**
 * Starts (or resumes) an intake for a person, registering the person when
 * they are new. The person's gender and birth date come from the number.
 */
export async function startIntake(
  options: OperationOptions & {
    projectId: string;
    personalIdentityNumber: string;
    givenName?: string | undefined;
    familyName?: string | undefined;
  },
) {
  const project = await requireProject(options.db, options.projectId);
  const canonical = parseIdentityNumber(options.personalIdentityNumber, options.today);
  const parsed = parsePersonalIdentityNumber(canonical, options.today);
  if (!parsed.ok) throw new AppError("VALIDATION", "errors.validation");
  return options.db.transaction(async (tx) => {
    let person = await findPersonByIdentityNumber(tx, canonical);
    if (!person) {
      const name = PersonNameSchema.safeParse({
        givenName: options.givenName ?? "",
        familyName: options.familyName ?? "",
      });
      if (!name.success) {
        throw new AppError("VALIDATION", "errors.validation", fieldErrorsFromZod(name.error));
      }
      const { givenName, familyName } = name.data;
      [person] = await tx
        .insert(schema.people)
        .values({
          personalIdentityNumber: canonical,
          identityKind: parsed.value.kind,
          givenName,
          familyName,
          gender: parsed.value.legalGender,
          birthDate: parsed.value.birthDate,
        })
        .returning();
    }
    if (!person) throw new Error("person insert returned nothing");
    const open = await findOpenCases(tx, person.id, project.id);
    if (open.activeEnrolment) {
      throw new AppError("CONFLICT", "errors.intake.alreadyEnrolled");
    }
    if (open.draftIntake) {
      if (open.draftIntake.officerUserId !== options.user.id) {
        throw new AppError("CONFLICT", "errors.intake.openElsewhere");
      }
      return { intakeId: open.draftIntake.id, resumed: true };
    }
    const [intake] = await tx
      .insert(schema.intakes)
      .values({
        projectId: project.id,
        personId: person.id,
        officerUserId: options.user.id,
        facts: { gender: parsed.value.legalGender, birthDate: parsed.value.birthDate },
      })
      .returning({ id: schema.intakes.id });
    if (!intake) throw new Error("intake insert returned nothing");
    await recordAudit(tx, {
      actorUserId: options.user.id,
      action: "intake.start",
      subjectType: "intake",
      subjectId: intake.id,
      personIds: [person.id],
    });
    return { intakeId: intake.id, resumed: false };
  });
}

export async function getIntake(options: OperationOptions & { intakeId: string }) {
  return options.db.transaction(async (tx) => {
    const { intake, person } = await loadOwnIntake(tx, options.user, options.intakeId);
    await recordAudit(tx, {
      actorUserId: options.user.id,
      action: "intake.read",
      subjectType: "intake",
      subjectId: intake.id,
      personIds: [person.id],
    });
    const [enrolment] =
      intake.status === "enrolled"
        ? await tx
            .select({ id: schema.enrolments.id })
            .from(schema.enrolments)
            .where(eq(schema.enrolments.intakeId, intake.id))
        : [];
    return {
      id: intake.id,
      status: intake.status,
      /** The participation the intake led to, once enrolled: the confirmation links to it. */
      enrolmentId: enrolment?.id ?? null,
      projectId: intake.projectId,
      person: personSummary(person),
      facts: intake.facts,
      entries: intake.draftEntries as IntakeDraftEntries,
      eligibilityOutcome: intake.eligibilityOutcome,
      updatedAt: intake.updatedAt.toISOString(),
    };
  });
}

const draftText = (max: number) => textSchema().max(max, { error: "validation.invalid" });

/**
 * What a draft keeps besides its valid facts: the assessment date as typed so far (a "Ja"
 * answer whose date is empty or half-typed) and the decision as far as it is filled in.
 * Bounded so that a draft cannot grow without limit; checked for real at the decision.
 */
export const IntakeDraftEntriesSchema = z.object({
  labourMarketAssessmentDate: draftText(20).optional(),
  decision: z
    .object({
      kind: z.enum(["enrol", "decline", ""]),
      startDate: draftText(20),
      municipalityCode: draftText(10),
      coordinatorUserId: draftText(40),
      exceptionJustification: draftText(2000),
      reason: draftText(40),
      note: draftText(2000),
      consentInformed: z.boolean(),
      consentInformedOn: draftText(20),
      consentSharing: z.enum(["given", "declined", ""]),
      consentDecidedOn: draftText(20),
      consentHealthData: z.enum(["explicitConsent", "notRecorded", ""]),
    })
    .partial()
    .optional(),
});
export type IntakeDraftEntries = z.infer<typeof IntakeDraftEntriesSchema>;

/**
 * Saves whatever has been typed so far; only drafts can change. Entries, when given,
 * replace the stored ones (an older client that sends none leaves them as they were).
 */
export async function saveIntakeDraft(
  options: OperationOptions & {
    intakeId: string;
    facts: Partial<IntakeFacts>;
    entries?: IntakeDraftEntries | undefined;
  },
) {
  return options.db.transaction(async (tx) => {
    const { intake } = await loadOwnIntake(tx, options.user, options.intakeId);
    if (intake.status !== "draft") throw new AppError("CONFLICT", "errors.intake.alreadyDecided");
    await tx
      .update(schema.intakes)
      .set({
        facts: options.facts,
        ...(options.entries ? { draftEntries: { ...options.entries } } : {}),
        updatedAt: options.now,
      })
      .where(eq(schema.intakes.id, intake.id));
    await recordAudit(tx, {
      actorUserId: options.user.id,
      action: "intake.saveDraft",
      subjectType: "intake",
      subjectId: intake.id,
      personIds: [intake.personId],
    });
    return { savedAt: options.now.toISOString() };
  });
}

async function lockDraft(tx: Transaction, options: OperationOptions & { intakeId: string }) {
  const { intake, person } = await loadOwnIntake(tx, options.user, options.intakeId);
  // Lock the row so two clicks on "enrol" cannot both pass the status check.
  await tx
    .select({ id: schema.intakes.id })
    .from(schema.intakes)
    .where(eq(schema.intakes.id, intake.id))
    .for("update");
  if (intake.status !== "draft") throw new AppError("CONFLICT", "errors.intake.alreadyDecided");
  return { intake, person };
}

/**
 * The enrolment decision: the server re-runs the eligibility assessment (the
 * browser's is only an explanation), checks the decision against it, and
 * writes enrolment, intake decision and audit in one transaction.
 */
export async function enrolParticipant(
  options: OperationOptions & {
    intakeId: string;
    facts: IntakeFacts;
    decision: EnrolmentDecision;
    consent?: ConsentAtIntake | undefined;
  },
) {
  const { facts, decision } = options;
  return options.db.transaction(async (tx) => {
    const { intake, person } = await lockDraft(tx, options);
    const project = await requireProject(tx, intake.projectId);
    const assessment = assessEligibility(project, facts, options.today);
    const decisionErrors = validateEnrolmentDecision(assessment, decision, project);
    if (decisionErrors.some((e) => e.field === null)) {
      throw new AppError("PRECONDITION_FAILED", "errors.intake.notEligible");
    }
    const fieldErrors = {
      ...fieldErrorsAt("decision", decisionErrors),
      ...factErrorsAgainstPerson(project, person, facts, options.today),
    };
    const office = validateOfficeServes(project, options.user.office, decision.municipalityCode);
    if (office.length > 0) {
      fieldErrors["decision.municipalityCode"] = [
        ...(fieldErrors["decision.municipalityCode"] ?? []),
        ...office,
      ];
    }
    if (decision.coordinatorUserId) {
      const coordinators = await listCoordinators(tx, [decision.municipalityCode]);
      if (!coordinators.some((c) => c.id === decision.coordinatorUserId)) {
        fieldErrors["decision.coordinatorUserId"] = [
          "validation.enrolment.coordinatorUserId.invalid",
        ];
      }
    }
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError("VALIDATION", "errors.validation", fieldErrors);
    }
    const [enrolment] = await tx
      .insert(schema.enrolments)
      .values({
        projectId: project.id,
        personId: person.id,
        intakeId: intake.id,
        municipalityCode: decision.municipalityCode,
        officerUserId: options.user.id,
        office: options.user.office ?? "",
        coordinatorUserId: decision.coordinatorUserId ?? null,
        startDate: decision.startDate,
        byException: assessment.outcome === "eligibleByException",
        gender: facts.gender,
        birthDate: facts.birthDate,
        hasDisability: facts.hasDisabilityReducingWorkCapacity,
        birthRegion: facts.birthRegion,
        educationLevel: facts.educationLevel,
        workAvailabilityPercent: facts.workAvailabilityPercent,
        languageLevelAtStart: facts.languageLevel,
        monthsRegisteredAtStart: facts.monthsRegisteredAtAf,
        priorityGroups: assessment.priorityGroups,
      })
      .returning({ id: schema.enrolments.id });
    if (!enrolment) throw new Error("enrolment insert returned nothing");
    if (options.consent) {
      await recordConsentAtIntake(tx, {
        consent: options.consent,
        personId: person.id,
        intakeId: intake.id,
        userId: options.user.id,
        today: options.today,
        now: options.now,
        hasDisability: facts.hasDisabilityReducingWorkCapacity,
        fieldPrefix: "consent",
      });
    }
    await tx
      .update(schema.intakes)
      .set({
        status: "enrolled",
        facts,
        eligibilityOutcome: assessment.outcome,
        eligibility: assessment,
        exceptionJustification: decision.exceptionJustification ?? null,
        decidedAt: options.now,
        updatedAt: options.now,
      })
      .where(eq(schema.intakes.id, intake.id));
    await recordAudit(tx, {
      actorUserId: options.user.id,
      action: "intake.enrol",
      subjectType: "enrolment",
      subjectId: enrolment.id,
      personIds: [person.id],
      // Statistics then count a gender other than the legal one: say so in the trail.
      details: {
        outcome: assessment.outcome,
        ...(facts.gender !== person.gender ? { genderDiffersFromLegal: true } : {}),
      },
    });
    return { enrolmentId: enrolment.id };
  });
}

/**
 * What the facts may not contradict: the birth date and (unless explicitly
 * chosen otherwise) the gender the personal number states, and an age within
 * the project's target group.
 */
function factErrorsAgainstPerson(
  project: ProjectDefinition,
  person: typeof schema.people.$inferSelect,
  facts: IntakeFacts,
  today: string,
): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, key: string) => {
    fieldErrors[`facts.${field}`] = [...(fieldErrors[`facts.${field}`] ?? []), key];
  };
  if (person.birthDate && (person.gender === "woman" || person.gender === "man")) {
    for (const error of validateFactsAgainstIdentity(facts, {
      birthDate: person.birthDate,
      legalGender: person.gender,
    })) {
      add(error.field, error.messageKey);
    }
  }
  for (const key of validateAgeInTargetGroup(project, facts.birthDate, today))
    add("birthDate", key);
  return fieldErrors;
}

export async function declineIntake(
  options: OperationOptions & { intakeId: string; facts: IntakeFacts; decision: DeclineDecision },
) {
  return options.db.transaction(async (tx) => {
    const { intake, person } = await lockDraft(tx, options);
    const project = await requireProject(tx, intake.projectId);
    const assessment = assessEligibility(project, options.facts, options.today);
    await tx
      .update(schema.intakes)
      .set({
        status: "declined",
        facts: options.facts,
        eligibilityOutcome: assessment.outcome,
        eligibility: assessment,
        declineReason: options.decision.reason,
        declineNote: options.decision.note ?? null,
        decidedAt: options.now,
        updatedAt: options.now,
      })
      .where(eq(schema.intakes.id, intake.id));
    await recordAudit(tx, {
      actorUserId: options.user.id,
      action: "intake.decline",
      subjectType: "intake",
      subjectId: intake.id,
      personIds: [person.id],
      details: { reason: options.decision.reason },
    });
    return { ok: true as const };
  });
}
