/** The shape of a failed zod parse that the forms read (no zod import needed here). */
export interface IssueList {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** The first message key per field path ("endDate", "areaValues.health"). */
export function issuesByPath(error: IssueList): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

/** Server field errors ("activity.endDate": [key]) without their prefix, first key each. */
export function serverFieldErrors(
  fieldErrors: Record<string, readonly string[]>,
  prefix = "",
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, keys] of Object.entries(fieldErrors)) {
    const key = keys[0];
    if (!key) continue;
    const field = prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    out[field] = key;
  }
  return out;
}
