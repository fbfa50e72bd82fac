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
  "admin.nav.import": "Import",
  "admin.import.title": "Import participations",
  "admin.import.adminOnly": "Only administrators can import participations.",
  "admin.import.intro":
    "Bring earlier participations in from a spreadsheet: one row per participation. The whole file is checked first; if anything is wrong, nothing is saved. Rows that already exist (same personal identity number and start date) are skipped.",
  "admin.import.template.title": "Template",
  "admin.import.template.body":
    "Download the template. The XLSX template has a Codes sheet with every code the project accepts. The CSV template is semicolon-separated and opens in Swedish Excel.",
  "admin.import.template.xlsx": "Download template (XLSX)",
  "admin.import.template.csv": "Download template (CSV)",
  "admin.import.file.title": "File to import",
  "admin.import.file.label": "File of participations",
  "admin.import.file.hint": "CSV (UTF-8) or XLSX, at most 16 MB.",
  "admin.import.chooseFile": "Choose a file.",
  "admin.import.wrongType": "The file must be CSV or XLSX.",
  "admin.import.tooLarge":
    "The file is larger than 16 MB. Use the opis import command for larger files.",
  "admin.import.preview": "Preview",
  "admin.import.checking": "Checking the file …",
  "admin.import.importing": "Importing …",
  "admin.import.previewOk":
    "The file is valid: {{rows}} rows, {{added}} new participations, {{skipped}} already there.",
  "admin.import.run": "Import {{added}} participations",
  "admin.import.done":
    "Import done: {{added}} participations added, {{skipped}} were already there.",
  "admin.import.refused": "The file was not imported: {{errors}} errors",
  "admin.import.firstErrors": "The first {{shown}} errors are shown.",
  "admin.import.errorsCaption": "Errors in the file by row and column",
  "admin.import.errorRow": "Row",
  "admin.import.errorColumn": "Column",
  "admin.import.errorMessage": "Error",
  "admin.import.list.title": "Earlier imports",
  "admin.import.list.empty": "No imports yet.",
  "admin.import.list.when": "When",
  "admin.import.list.file": "File",
  "admin.import.list.added": "Added",
  "admin.import.list.skipped": "Already there",
  "admin.import.list.by": "By",
  "admin.import.list.state": "Undo",
  "admin.import.list.cli": "Command line",
  "admin.import.list.undone": "Undone",
  "admin.import.undo": "Undo the import of {{fileName}}",
  "admin.import.undoConfirm":
    "Undo the import of {{fileName}}? All its participations are removed.",
};
