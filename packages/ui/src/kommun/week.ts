/** A short weekday name in the UI's language: "mån", "Mon". */
export function weekdayName(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "sv-SE", {
    weekday: "long",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}
