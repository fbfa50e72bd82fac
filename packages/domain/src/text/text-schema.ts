import { z } from "zod";

/**
 * Characters no text typed into OPIS may hold: control characters (C0, DEL, C1;
 * multi-line text keeps tab, line feed and carriage return), the bidirectional
 * embedding, override and isolate controls that make text read differently from
 * how it is stored ("Trojan Source"), and unpaired surrogates, which are not
 * text at all. PostgreSQL refuses NUL outright; the rest would be stored and
 * shown to the next reader.
 */
export interface TextRules {
  /** Allow tab, line feed and carriage return (notes, plans); default false. */
  multiline?: boolean;
  /** The message when the value is not a string at all (e.g. a field's "required" key). */
  typeError?: string;
}

function isForbiddenCodeUnit(unit: number, multiline: boolean): boolean {
  if (unit <= 0x1f) return !(multiline && (unit === 0x09 || unit === 0x0a || unit === 0x0d));
  if (unit >= 0x7f && unit <= 0x9f) return true; // DEL and C1
  return (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
}

/** True when the text holds a character `TextRules` forbid, or an unpaired surrogate. */
export function hasForbiddenCharacters(value: string, rules: TextRules = {}): boolean {
  const multiline = rules.multiline ?? false;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++; // a pair: one character outside the BMP
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return true;
    } else if (isForbiddenCodeUnit(unit, multiline)) {
      return true;
    }
  }
  return false;
}

/**
 * The start of every free-text field's schema: Unicode NFC (so "ö" typed as
 * o + combining diaeresis is stored, compared and searched as one "ö"), and
 * refused with `validation.text.controlCharacters` when it holds a forbidden
 * character. Chain `.trim()`, `.min()`, `.max()` after it as on `z.string()`.
 */
export function textSchema(rules: TextRules = {}) {
  return z
    .string(rules.typeError ? { error: rules.typeError } : undefined)
    .refine((value) => !hasForbiddenCharacters(value, rules), {
      error: "validation.text.controlCharacters",
      abort: true,
    })
    .normalize("NFC");
}
