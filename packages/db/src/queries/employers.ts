import type { EmployerContactInput, EmployerInput } from "@opis/domain";
import { and, asc, count, desc, eq, ilike, max } from "drizzle-orm";
import type { Executor } from "../database";
import { employerContacts, employers, users } from "../schema";

export async function listEmployers(db: Executor, municipalityCode: string, search?: string) {
  return db
    .select({
      id: employers.id,
      name: employers.name,
      organisationNumber: employers.organisationNumber,
      industry: employers.industry,
      contactName: employers.contactName,
      contactPhone: employers.contactPhone,
      contactEmail: employers.contactEmail,
      contacts: count(employerContacts.id),
      lastContactOn: max(employerContacts.contactedOn),
    })
    .from(employers)
    .leftJoin(employerContacts, eq(employerContacts.employerId, employers.id))
    .where(
      and(
        eq(employers.municipalityCode, municipalityCode),
        search
          ? ilike(employers.name, `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
          : undefined,
      ),
    )
    .groupBy(employers.id)
    .orderBy(asc(employers.name));
}

export async function insertEmployer(
  db: Executor,
  values: { municipalityCode: string; input: EmployerInput; createdBy: string },
) {
  const [row] = await db
    .insert(employers)
    .values({
      municipalityCode: values.municipalityCode,
      ...values.input,
      createdBy: values.createdBy,
    })
    .returning({ id: employers.id });
  return row?.id;
}

export async function findEmployer(db: Executor, employerId: string) {
  const [row] = await db.select().from(employers).where(eq(employers.id, employerId));
  return row;
}

export async function updateEmployer(
  db: Executor,
  employerId: string,
  input: EmployerInput,
  at: Date,
) {
  await db
    .update(employers)
    .set({ ...input, updatedAt: at })
    .where(eq(employers.id, employerId));
}

export async function listEmployerContacts(db: Executor, employerId: string) {
  return db
    .select({
      id: employerContacts.id,
      contactedOn: employerContacts.contactedOn,
      channel: employerContacts.channel,
      summary: employerContacts.summary,
      enrolmentId: employerContacts.enrolmentId,
      userName: users.name,
    })
    .from(employerContacts)
    .innerJoin(users, eq(users.id, employerContacts.userId))
    .where(eq(employerContacts.employerId, employerId))
    .orderBy(desc(employerContacts.contactedOn), desc(employerContacts.createdAt));
}

export async function insertEmployerContact(
  db: Executor,
  values: { employerId: string; input: EmployerContactInput; userId: string },
) {
  const [row] = await db
    .insert(employerContacts)
    .values({ employerId: values.employerId, ...values.input, userId: values.userId })
    .returning({ id: employerContacts.id });
  return row?.id;
}
