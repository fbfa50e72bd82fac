import { type Executor, findPersonByIdentityNumber, schema } from "@opis/db";
import {
  type PersonCorrection,
  parsePersonalIdentityNumber,
  personalIdentityNumberSchema,
} from "@opis/domain";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import { AppError, fieldErrorsFromZod } from "../errors";

/**
 * Corrects a person's name or number in the caller's transaction: each changed field's
 * old value goes to `person_corrections`, the person row gets the new one (and, for a new
 * number, the birth date and legal gender it carries). Audited as `person.correct`. The
 * facts copied to enrolments at start are left as they were: figures do not move.
 */
export async function correctPerson(
  tx: Executor,
  input: {
    personId: string;
    correction: PersonCorrection;
    actorUserId: string | null;
    today: string;
    now: Date;
  },
) {
  const [person] = await tx
    .select()
    .from(schema.people)
    .where(eq(schema.people.id, input.personId))
    .for("update");
  if (!person) throw new AppError("NOT_FOUND", "errors.person.notFound");
  const { correction } = input;
  const changes: {
    field: "givenName" | "familyName" | "personalIdentityNumber";
    oldValue: string;
    newValue: string;
  }[] = [];
  const update: Partial<typeof schema.people.$inferInsert> = {};
  if (correction.givenName !== undefined && correction.givenName !== person.givenName) {
    changes.push({
      field: "givenName",
      oldValue: person.givenName,
      newValue: correction.givenName,
    });
    update.givenName = correction.givenName;
  }
  if (correction.familyName !== undefined && correction.familyName !== person.familyName) {
    changes.push({
      field: "familyName",
      oldValue: person.familyName,
      newValue: correction.familyName,
    });
    update.familyName = correction.familyName;
  }
  if (correction.personalIdentityNumber !== undefined) {
    const parsed = personalIdentityNumberSchema(input.today).safeParse(
      correction.personalIdentityNumber,
    );
    if (!parsed.success) {
      throw new AppError("VALIDATION", "errors.validation", {
        personalIdentityNumber: fieldErrorsFromZod(parsed.error)._form ?? ["validation.invalid"],
      });
    }
    if (parsed.data !== person.personalIdentityNumber) {
      const taken = await findPersonByIdentityNumber(tx, parsed.data);
      if (taken) throw new AppError("CONFLICT", "errors.person.numberTaken");
      const details = parsePersonalIdentityNumber(parsed.data, input.today);
      if (!details.ok) throw new AppError("VALIDATION", "errors.validation");
      changes.push({
        field: "personalIdentityNumber",
        oldValue: person.personalIdentityNumber,
        newValue: parsed.data,
      });
      update.personalIdentityNumber = parsed.data;
      update.identityKind = details.value.kind;
      update.birthDate = details.value.birthDate;
      update.gender = details.value.legalGender;
    }
  }
  if (changes.length === 0) return { changed: [] as string[] };
  await tx
    .update(schema.people)
    .set({ ...update, updatedAt: input.now })
    .where(eq(schema.people.id, person.id));
  await tx.insert(schema.personCorrections).values(
    changes.map((change) => ({
      personId: person.id,
      ...change,
      reason: correction.reason,
      correctedByUserId: input.actorUserId,
      correctedAt: input.now,
    })),
  );
  await recordAudit(tx, {
    actorUserId: input.actorUserId,
    action: "person.correct",
    subjectType: "person",
    subjectId: person.id,
    personIds: [person.id],
    // Which fields, never the values: the audit log is not a second copy of the data.
    details: { fields: changes.map((c) => c.field) },
  });
  return { changed: changes.map((c) => c.field) };
}

/** The person's correction history, oldest first. */
export async function correctionHistory(db: Executor, personId: string) {
  return db
    .select()
    .from(schema.personCorrections)
    .where(eq(schema.personCorrections.personId, personId))
    .orderBy(schema.personCorrections.correctedAt);
}
