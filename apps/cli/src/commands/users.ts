import { parseArgs } from "node:util";
import { createUserAccount, deactivateUserAccount } from "@opis/api";
import { findUserByEmail, listProjectUsers } from "@opis/db";
import { organisationsForRole, UserAccountSchema } from "@opis/domain";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, describeTarget } from "../env";
import type { OpenDatabase } from "./project";

const usage = `Usage: opis users add --name NAME --email EMAIL --role ROLE --project ID [--project ID …]
                     [--organisation af|kommun] [--office OFFICE] [--municipality CODE]
                     [--subject SUB]
       opis users deactivate --email EMAIL
       opis users list --project ID [--search TEXT]

add         creates a user, checked as the administrator's console checks it: an officer
            needs an office of the project, a coordinator a municipality of the project;
            the organisation follows the role (officer af, coordinator kommun) unless given.
            Without --subject the user is matched on the e-mail at their first login.
deactivate  marks the user inactive and ends every session of theirs at once.
list        the project's users: name, e-mail, role, scope, active or not.
All writes are audited (actor: the command line).

The database is DATABASE_URL if set, else PGlite in OPIS_DATA_DIR.
Exit codes: 0 done, 1 refused (the field and the reason are printed), 2 wrong usage.`;

/** The CLI acts as the operator at the database: every project, no user row. */
const OPERATOR = { id: null, name: "opis users", organisation: "af", projectIds: null } as const;

function printRefusal(error: unknown): boolean {
  const fieldErrors = (error as { fieldErrors?: Record<string, readonly string[]> }).fieldErrors;
  if (!fieldErrors || Object.keys(fieldErrors).length === 0) return false;
  for (const [field, keys] of Object.entries(fieldErrors)) {
    console.error(`${field.replace(/^account\./, "")}: ${keys.join(", ")}`);
  }
  return true;
}

/** `opis users add|deactivate|list` on the database `open` gives. */
export function createUsersCommand(open: OpenDatabase): Command {
  return {
    name: "users",
    summary: "add, deactivate or list users (as the administrator's console does)",
    usage,
    async run(args) {
      const [action, ...rest] = args;
      if (action === "--help" || action === "-h") {
        console.log(usage);
        return 0;
      }
      if (action === "add") return add(rest);
      if (action === "deactivate") return deactivate(rest);
      if (action === "list") return list(rest);
      throw new UsageError(`unknown action: ${action ?? "(none)"}`);
    },
  };

  async function add(args: string[]): Promise<number> {
    const { values } = parseArgs({
      args,
      options: {
        name: { type: "string" },
        email: { type: "string" },
        role: { type: "string" },
        organisation: { type: "string" },
        office: { type: "string" },
        municipality: { type: "string" },
        project: { type: "string", multiple: true },
        subject: { type: "string" },
      },
      strict: true,
    });
    if (!values.name || !values.email || !values.role || !values.project?.length) {
      throw new UsageError("add needs --name, --email, --role and --project");
    }
    const role = values.role as Parameters<typeof organisationsForRole>[0];
    const parsed = UserAccountSchema.safeParse({
      subject: values.subject ?? null,
      name: values.name,
      email: values.email,
      role,
      organisation: values.organisation ?? organisationsForRole(role)?.[0] ?? "af",
      office: values.office ?? null,
      municipalityCode: values.municipality ?? null,
      projectIds: values.project,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        console.error(`${issue.path.join(".") || "account"}: ${issue.message}`);
      }
      return 1;
    }
    const handle = await open();
    try {
      const user = await handle.db.transaction((tx) =>
        createUserAccount({ db: tx, account: parsed.data, by: OPERATOR }),
      );
      console.log(`Added ${user.name} <${user.email}> (${user.role}), id ${user.id}.`);
      return 0;
    } catch (error) {
      if (printRefusal(error)) return 1;
      throw error;
    } finally {
      await handle.close();
    }
  }

  async function deactivate(args: string[]): Promise<number> {
    const { values } = parseArgs({ args, options: { email: { type: "string" } }, strict: true });
    if (!values.email) throw new UsageError("deactivate needs --email");
    const email = values.email;
    const handle = await open();
    try {
      const user = await findUserByEmail(handle.db, email);
      if (!user) {
        console.error(`No user has the e-mail ${email}.`);
        return 1;
      }
      const { sessionsEnded } = await handle.db.transaction((tx) =>
        deactivateUserAccount({ db: tx, userId: user.id, projectId: null, by: OPERATOR }),
      );
      console.log(`Deactivated ${user.name}; ${sessionsEnded} session(s) ended.`);
      return 0;
    } finally {
      await handle.close();
    }
  }

  async function list(args: string[]): Promise<number> {
    const { values } = parseArgs({
      args,
      options: { project: { type: "string" }, search: { type: "string" } },
      strict: true,
    });
    if (!values.project) throw new UsageError("list needs --project");
    const handle = await open();
    try {
      const rows = await listProjectUsers(handle.db, {
        projectId: values.project,
        ...(values.search ? { search: values.search } : {}),
      });
      for (const u of rows) {
        const scope = u.office ?? u.municipalityCode ?? "";
        console.log(
          [u.name, u.email ?? "", u.role, scope, u.active ? "active" : "inactive"].join("\t"),
        );
      }
      console.log(`${rows.length} user(s).`);
      return 0;
    } finally {
      await handle.close();
    }
  }
}

export const usersCommand = createUsersCommand(async () => {
  const target = databaseTarget();
  console.error(`Database: ${describeTarget(target)}`);
  return openDatabase(target);
});
