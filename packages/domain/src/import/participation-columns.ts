/**
 * The columns of a historical participation import, in the template's order.
 * Header names are exactly these; a file may order them freely.
 */
export const PARTICIPATION_IMPORT_COLUMNS = [
  "personalIdentityNumber",
  "givenName",
  "familyName",
  "gender",
  "municipalityCode",
  "site",
  "officerEmail",
  "startDate",
  "monthsRegisteredAtAf",
  "birthRegion",
  "educationLevel",
  "disability",
  "exitDate",
  "exitReason",
  "exitStatus",
  "outcome90",
  "outcome90Date",
] as const;
export type ParticipationImportColumn = (typeof PARTICIPATION_IMPORT_COLUMNS)[number];

/** Columns a row cannot leave empty; every other empty cell means "not known". */
export const REQUIRED_IMPORT_COLUMNS: readonly ParticipationImportColumn[] = [
  "personalIdentityNumber",
  "givenName",
  "familyName",
  "gender",
  "municipalityCode",
  "officerEmail",
  "startDate",
  "monthsRegisteredAtAf",
];

/** The word a cell uses for a fact nobody knows (empty means the same). */
export const UNKNOWN_CODE = "unknown";

/** disability takes yes, no or unknown. */
export const YES_NO_UNKNOWN = ["yes", "no", UNKNOWN_CODE] as const;
