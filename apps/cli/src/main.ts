#!/usr/bin/env -S npx tsx
/**
 * The OPIS command line: `npm run opis -- <command> [options]` from the
 * repository root. Each command lives in its own file under commands/.
 */
import { type Command, UsageError } from "./command";
import { auditCommand } from "./commands/audit";
import { evaluateCommand } from "./commands/evaluate";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { personCommand } from "./commands/person";
import { projectCommand } from "./commands/project";
import { reportCommand } from "./commands/report";
import { retentionCommand } from "./commands/retention";
import { seedCommand } from "./commands/seed";
import { usersCommand } from "./commands/users";

const COMMANDS: readonly Command[] = [
  seedCommand,
  evaluateCommand,
  projectCommand,
  reportCommand,
  personCommand,
  retentionCommand,
  auditCommand,
  importCommand,
  exportCommand,
  usersCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: opis <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `opis <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    const command = COMMANDS.find((c) => c.name === args[0]);
    console.log(command ? command.usage : help());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command: ${name}\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    // parseArgs reports bad options with codes starting ERR_PARSE_ARGS.
    const code = (error as { code?: unknown }).code;
    if (
      error instanceof UsageError ||
      (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))
    ) {
      console.error(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
