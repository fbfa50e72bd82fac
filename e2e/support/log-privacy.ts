/** A person whose data must never reach the server's log. */
export interface LoggedPerson {
  personalIdentityNumber: string;
  givenName: string;
  familyName: string;
}

export interface LogHit {
  what: string;
  line: number;
}

/** The ways a 12-digit personal number can be written: 12 or 10 digits, with or without a separator. */
function writtenForms(canonical: string): string[] {
  const short = canonical.slice(2);
  return [
    canonical,
    `${canonical.slice(0, 8)}-${canonical.slice(8)}`,
    short,
    `${short.slice(0, 6)}-${short.slice(6)}`,
    `${short.slice(0, 6)}+${short.slice(6)}`,
  ];
}

/**
 * Every line of the log that holds a personal number (in any written form) or a
 * person's name: the full name in either order, and either part as a JSON value
 * (`"givenName":"…"` would show as `"…"`). Parts shared with staff names (which
 * the log may show) are only matched as full names.
 */
export function personalDataInLog(
  log: string,
  people: readonly LoggedPerson[],
  staffNames: readonly string[],
): LogHit[] {
  const staffParts = new Set(staffNames.flatMap((name) => name.split(/\s+/)));
  const needles = new Map<string, string>();
  for (const person of people) {
    for (const form of writtenForms(person.personalIdentityNumber)) {
      needles.set(form, `personal number ${person.personalIdentityNumber.slice(0, 8)}-…`);
    }
    const full = `${person.givenName} ${person.familyName}`;
    needles.set(full, `name ${full}`);
    needles.set(`${person.familyName}, ${person.givenName}`, `name ${full}`);
    for (const part of [person.givenName, person.familyName]) {
      if (!staffParts.has(part)) needles.set(`"${part}"`, `name part ${part}`);
    }
  }
  const hits: LogHit[] = [];
  log.split("\n").forEach((text, index) => {
    for (const [needle, what] of needles) {
      if (text.includes(needle)) hits.push({ what, line: index + 1 });
    }
  });
  return hits;
}
