/**
 * Skatteverket test personal identity numbers (shared/reference/testpersonnummer.csv)
 * born in 2005 (women). The demo seed only uses numbers born 1958–2001, so these are
 * free; one is picked at random so that runs against a reused server rarely collide.
 */
export const UNUSED_TEST_WOMEN = [
  "200501022388",
  "200502082381",
  "200503162380",
  "200504222381",
  "200505282384",
  "200507042380",
  "200508102381",
  "200509162384",
  "200510222383",
  "200511282386",
] as const;

export function pickTestPerson(): string {
  return (
    UNUSED_TEST_WOMEN[Math.floor(Math.random() * UNUSED_TEST_WOMEN.length)] ?? UNUSED_TEST_WOMEN[0]
  );
}

/** `days` days before today, as YYYY-MM-DD in local time. */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
