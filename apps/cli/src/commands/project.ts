import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseProjectDefinitionJson } from "@opis/domain";
import { type Command, UsageError } from "../command";

const usage = `Usage: opis project validate FILE

Checks a project definition written as JSON (see docs/project-definition.schema.json)
with the same schema the platform uses, and prints every problem with its JSON path,
e.g. "$.goals[2].followUpRuleId: validation.project.goal.unknownFollowUpRule".

Exit codes: 0 valid, 1 invalid or unreadable, 2 wrong usage.`;

/** `opis project validate FILE`; registering a project (`project add`) comes with the project table. */
export const projectCommand: Command = {
  name: "project",
  summary: "validate a project definition file (JSON)",
  usage,
  async run(args) {
    const [action, file, ...rest] = args;
    if (action === "--help" || action === "-h") {
      console.log(usage);
      return 0;
    }
    if (action !== "validate") throw new UsageError(`unknown action: ${action ?? "(none)"}`);
    if (!file || rest.length > 0) throw new UsageError("name exactly one FILE");
    let text: string;
    try {
      // npm runs the CLI inside apps/cli; a relative path means where the user typed it.
      text = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8");
    } catch (error) {
      console.error(`Cannot read ${file}: ${(error as Error).message}`);
      return 1;
    }
    const result = parseProjectDefinitionJson(text);
    if (!result.ok) {
      console.error(`${file}: ${result.errors.length} problem(s)`);
      for (const e of result.errors) console.error(`  ${e.path}: ${e.message}`);
      return 1;
    }
    const p = result.project;
    console.log(
      `${file}: valid — ${p.id} (${p.name.sv}), ${p.period.start} – ${p.period.end}, ` +
        `${p.municipalities.length} municipalities, ${p.goals.length} goals, ` +
        `${p.followUpRules.length} follow-up rules`,
    );
    return 0;
  },
};
