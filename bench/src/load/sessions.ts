import { createHash, randomBytes } from "node:crypto";
import { createSession, type Database, schema } from "@opis/db";
import { inArray } from "drizzle-orm";
import type { VirtualUser, VirtualUserRole } from "./mixed-workload";

/** Virtual users per 100, by what they do: most are officers, a few evaluators. */
export const ROLE_MIX: Record<VirtualUserRole, number> = {
  officer: 50,
  coordinator: 40,
  evaluator: 10,
};

/**
 * `count` virtual users with the role mix above, each with a session of its own for
 * one of the staff of that role (what logging in leaves in `sessions`; the load skips
 * the identity provider). Roles are interleaved so a ramp-up starts every kind early.
 */
export async function createVirtualUsers(db: Database, count: number): Promise<VirtualUser[]> {
  const staff = await db
    .select({ id: schema.users.id, role: schema.users.role })
    .from(schema.users)
    .where(inArray(schema.users.role, ["officer", "coordinator", "evaluator", "admin"]));
  const byRole: Record<VirtualUserRole, string[]> = {
    officer: staff.filter((u) => u.role === "officer").map((u) => u.id),
    coordinator: staff.filter((u) => u.role === "coordinator").map((u) => u.id),
    evaluator: staff.filter((u) => u.role === "evaluator" || u.role === "admin").map((u) => u.id),
  };
  const officers = Math.round((count * ROLE_MIX.officer) / 100);
  const coordinators = Math.round((count * ROLE_MIX.coordinator) / 100);
  const counts: [VirtualUserRole, number][] = [
    ["officer", officers],
    ["coordinator", coordinators],
    ["evaluator", count - officers - coordinators],
  ];
  // Each role spread evenly over the list (officer, coordinator, officer, evaluator, …).
  const order = counts
    .flatMap(([role, n]) => Array.from({ length: n }, (_, i) => ({ role, rank: (i + 0.5) / n })))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.role);
  const expiresAt = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const users: VirtualUser[] = [];
  const next: Record<VirtualUserRole, number> = { officer: 0, coordinator: 0, evaluator: 0 };
  for (const role of order) {
    const ids = byRole[role];
    if (ids.length === 0) throw new Error(`the database has no ${role} to log in as`);
    const userId = ids[next[role]++ % ids.length] as string;
    const sessionToken = randomBytes(32).toString("base64url");
    const tokenHash = createHash("sha256").update(sessionToken).digest("hex");
    await createSession(db, { tokenHash, userId, expiresAt });
    users.push({ role, sessionToken });
  }
  return users;
}
