import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  type DatabaseHandle,
  listLatestProjectDefinitions,
  type RegisterOutcome,
  registerProjectDefinition,
} from "@opis/db";
import { type DefinitionFileResult, parseProjectDefinitionJson } from "@opis/domain";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, describeTarget } from "../env";

const usage = `Usage: opis project validate FILE
       opis project add FILE [--new-version]
       opis project list

validate  checks a project definition written as JSON (docs/project-definition.schema.json)
          with the schema the platform uses, and prints every problem with its JSON path,
          e.g. "$.goals[2].followUpRuleId: validation.project.goal.unknownFollowUpRule".
add       validates FILE and registers it in the database as the project's next version.
          The same definition again changes nothing. A changed definition of a project
          that already has intakes or participants is refused unless --new-version is
          given: figures always name the version they were computed under.
list      the registered projects and their latest versions.

The database is DATABASE_URL if set, else PGlite in OPIS_DATA_DIR.
Exit codes: 0 done, 1 invalid, unreadable or refused, 2 wrong usage.`;

/** Opens the database a command works on; tests hand in their own. */
export type OpenDatabase = () => Promise<DatabaseHandle>;

/** `opis project validate|add|list` on the database `open` gives. */
export function createProjectCommand(open: OpenDatabase): Command {
  return {
    name: "project",
    summary: "validate, register or list project definitions (JSON files)",
    usage,
    async run(args) {
      const [action, ...rest] = args;
      if (action === "--help" || action === "-h" || action === undefined) {
        console.log(usage);
        return action === undefined ? 2 : 0;
      }
      if (action === "list") {
        if (rest.length > 0) throw new UsageError("list takes no arguments");
        return listProjects(open);
      }
      const newVersion = rest.includes("--new-version");
      const files = rest.filter((a) => a !== "--new-version");
      if (action !== "validate" && action !== "add") {
        throw new UsageError(`unknown action: ${action}`);
      }
      if (files.length !== 1 || files[0]?.startsWith("-")) {
        throw new UsageError("name exactly one FILE");
      }
      if (newVersion && action !== "add") throw new UsageError("--new-version belongs to add");
      const file = files[0] as string;
      const result = await readDefinition(file);
      if (!result) return 1;
      if (!result.ok) {
        console.error(`${file}: ${result.errors.length} problem(s)`);
        for (const e of result.errors) console.error(`  ${e.path}: ${e.message}`);
        return 1;
      }
      const p = result.project;
      if (action === "add") return addProject(open, file, result.project, newVersion);
      console.log(
        `${file}: valid — ${p.id} (${p.name.sv}), ${p.period.start} – ${p.period.end}, ` +
          `${p.municipalities.length} municipalities, ${p.goals.length} goals, ` +
          `${p.followUpRules.length} follow-up rules`,
      );
      return 0;
    },
  };
}

export const projectCommand = createProjectCommand(async () => {
  const target = databaseTarget();
  console.log(`Database: ${describeTarget(target)}`);
  return openDatabase(target);
});

async function readDefinition(file: string): Promise<DefinitionFileResult | null> {
  let text: string;
  try {
    // npm runs the CLI inside apps/cli; a relative path means where the user typed it.
    text = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8");
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return null;
  }
  return parseProjectDefinitionJson(text);
}

const SAID: Record<RegisterOutcome["kind"], (o: RegisterOutcome, id: string) => string> = {
  added: (o, id) => `Registered ${id}, version ${o.version}.`,
  unchanged: (o, id) => `${id} version ${o.version} is already this definition; nothing changed.`,
  newVersion: (o, id) =>
    `Registered ${id}, version ${o.version} (replaces version ${o.version - 1}).`,
  needsNewVersion: (o, id) =>
    `${id} version ${o.version} already has intakes or participants; this changed definition ` +
    "was not registered. Run again with --new-version to register it as the next version.",
};

async function addProject(
  open: OpenDatabase,
  file: string,
  definition: Parameters<typeof registerProjectDefinition>[1],
  newVersion: boolean,
): Promise<number> {
  const handle = await open();
  try {
    const outcome = await handle.db.transaction((tx) =>
      registerProjectDefinition(tx, definition, { newVersion }),
    );
    const line = SAID[outcome.kind](outcome, definition.id);
    if (outcome.kind === "needsNewVersion") {
      console.error(`${file}: ${line}`);
      return 1;
    }
    console.log(line);
    return 0;
  } finally {
    await handle.close();
  }
}

async function listProjects(open: OpenDatabase): Promise<number> {
  const handle = await open();
  try {
    const projects = await listLatestProjectDefinitions(handle.db);
    if (projects.length === 0) console.log("No registered projects.");
    for (const p of projects) {
      console.log(`${p.projectId}\tversion ${p.version}\t${p.definition.name.sv}`);
    }
    return 0;
  } finally {
    await handle.close();
  }
}
