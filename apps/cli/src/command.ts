/** One CLI command: `opis <name> [options]`. */
export interface Command {
  readonly name: string;
  /** One line for `opis help`. */
  readonly summary: string;
  /** The full help text for `opis <name> --help`. */
  readonly usage: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
