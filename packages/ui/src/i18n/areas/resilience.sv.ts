/**
 * Swedish messages for refused or failed requests: input the platform will not
 * store, requests that are too large or too many, and a database that is away.
 */
export const resilienceSv = {
  "validation.text.controlCharacters":
    "Texten innehåller otillåtna tecken (till exempel styrtecken). Skriv om den utan dem.",
  "validation.enrolment.exceptionJustification.tooLong":
    "Motiveringen får vara högst 2 000 tecken lång",
  "errors.badRequest": "Begäran kunde inte tolkas. Ladda om sidan och försök igen.",
  "errors.payloadTooLarge":
    "Det du skickade är för stort. Dela upp det i mindre delar eller välj en mindre fil.",
  "errors.tooManyRequests":
    "Du har gjort många sökningar på kort tid. Vänta en minut och försök igen.",
  "errors.databaseUnavailable":
    "Tjänsten kommer inte åt sina uppgifter just nu. Inget sparades – försök igen om en stund.",
} as const;
