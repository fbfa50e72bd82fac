/** Hours typed the Swedish way ("3,5", "7", "3:30") as whole minutes; "" gives undefined, nonsense NaN. */
export function parseHours(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(/h$/i, "");
  if (cleaned === "") return undefined;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(cleaned);
  if (clock) {
    const minutes = Number(clock[2]);
    return minutes < 60 ? Number(clock[1]) * 60 + minutes : Number.NaN;
  }
  if (!/^\d+([.,]\d+)?$/.test(cleaned)) return Number.NaN;
  return Math.round(Number(cleaned.replace(",", ".")) * 60);
}

const hoursFormat = new Intl.NumberFormat("sv-SE", {
  maximumFractionDigits: 2,
  useGrouping: false,
});

/** Minutes as hours for an input: 210 → "3,5", 480 → "8". */
export function formatHours(minutes: number): string {
  return hoursFormat.format(minutes / 60);
}
