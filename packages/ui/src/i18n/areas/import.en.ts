import type { importSv } from "./import.sv";

/** English messages of the historical import. */
export const importEn: Record<keyof typeof importSv, string> = {
  "validation.import.required": "Required.",
  "validation.import.birthRegion.invalid":
    "Unknown birth region. Use a code from the Codes sheet, or unknown.",
  "validation.import.date.future": "The date is after today.",
  "validation.import.date.outsidePeriod": "The date is outside the project period.",
  "validation.import.disability.invalid": "Write yes, no or unknown.",
  "validation.import.duplicateInFile":
    "The same personal identity number and start date are on an earlier row of the file.",
  "validation.import.educationLevel.invalid": "Unknown education level. Use 1–7 or unknown.",
  "validation.import.exit.incomplete": "An exit needs a date, a reason and a status at exit.",
  "validation.import.exitReason.invalid": "Unknown exit reason. Use a code from the Codes sheet.",
  "validation.import.file.empty": "The file has no rows of participations.",
  "validation.import.file.unreadable":
    "The file could not be read. Save it as CSV (UTF-8) or XLSX and try again.",
  "validation.import.gender.contradictsIdentityNumber":
    "The gender does not match the personal identity number.",
  "validation.import.gender.invalid": "Unknown gender. Use woman, man or nonBinary.",
  "validation.import.header.duplicateColumn": "The column appears twice.",
  "validation.import.header.missingColumn": "The column is missing from the header row.",
  "validation.import.header.unknownColumn": "Unknown column. Use the template's headers.",
  "validation.import.municipalityCode.notInProject": "The municipality is not in the project.",
  "validation.import.name.tooLong": "The name is too long (at most 100 characters).",
  "validation.import.officerEmail.unknown": "No active employment officer has that e-mail address.",
  "validation.import.outcome.incomplete": "An outcome needs both a code and a date.",
  "validation.import.outcome.withoutExit": "An outcome can only follow an exit.",
  "validation.import.outcome90.notInProject": "The outcome is not one of the project's categories.",
  "validation.import.outcome90Date.beforeExit": "The outcome is dated before the exit.",
  "validation.import.site.municipalityNotInSite": "The municipality does not belong to that site.",
  "validation.import.site.notInProject": "The site is not one of the project's.",
  "validation.import.startDate.beforeBirth": "The start date is before the date of birth.",
  "errors.import.notFound": "The import does not exist.",
  "errors.import.alreadyUndone": "The import has already been undone.",
  "errors.import.changedSince":
    "The import cannot be undone: something has been recorded on its participants since.",
};
