/** Swedish messages of the historical import: the file's problems by row and column, and the admin's import screen. */
export const importSv = {
  "validation.import.required": "Måste fyllas i.",
  "validation.import.birthRegion.invalid":
    "Okänd födelseregion. Använd en kod från fliken Koder, eller unknown.",
  "validation.import.date.future": "Datumet ligger efter i dag.",
  "validation.import.date.outsidePeriod": "Datumet ligger utanför projektperioden.",
  "validation.import.disability.invalid": "Skriv yes, no eller unknown.",
  "validation.import.duplicateInFile":
    "Samma personnummer och startdatum finns på en tidigare rad i filen.",
  "validation.import.educationLevel.invalid": "Okänd utbildningsnivå. Använd 1–7 eller unknown.",
  "validation.import.exit.incomplete":
    "Ett avslut behöver datum, avslutsorsak och status vid avslut.",
  "validation.import.exitReason.invalid": "Okänd avslutsorsak. Använd en kod från fliken Koder.",
  "validation.import.file.empty": "Filen har inga rader med deltaganden.",
  "validation.import.file.unreadable":
    "Filen kunde inte läsas. Spara den som CSV (UTF-8) eller XLSX och försök igen.",
  "validation.import.gender.contradictsIdentityNumber": "Könet stämmer inte med personnumret.",
  "validation.import.gender.invalid": "Okänt kön. Använd woman, man eller nonBinary.",
  "validation.import.header.duplicateColumn": "Kolumnen finns två gånger.",
  "validation.import.header.missingColumn": "Kolumnen saknas i rubrikraden.",
  "validation.import.header.unknownColumn": "Okänd kolumn. Använd mallens rubriker.",
  "validation.import.municipalityCode.notInProject": "Kommunen ingår inte i projektet.",
  "validation.import.name.tooLong": "Namnet är för långt (högst 100 tecken).",
  "validation.import.officerEmail.unknown": "Ingen aktiv arbetsförmedlare har den e-postadressen.",
  "validation.import.outcome.incomplete": "Ett utfall behöver både kod och datum.",
  "validation.import.outcome.withoutExit": "Ett utfall kan bara finnas efter ett avslut.",
  "validation.import.outcome90.notInProject": "Utfallet finns inte i projektets kategorier.",
  "validation.import.outcome90Date.beforeExit": "Utfallet är daterat före avslutet.",
  "validation.import.site.municipalityNotInSite": "Kommunen hör inte till den verksamhetsorten.",
  "validation.import.site.notInProject": "Verksamhetsorten finns inte i projektet.",
  "validation.import.startDate.beforeBirth": "Startdatumet ligger före födelsedatumet.",
  "errors.import.notFound": "Importen finns inte.",
  "errors.import.alreadyUndone": "Importen är redan ångrad.",
  "errors.import.changedSince":
    "Importen kan inte ångras: något har registrerats på dess deltagare sedan dess.",
} as const satisfies Record<string, string>;
