import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { en } from "./en";
import { type MessageKey, sv } from "./sv";

export { en, type MessageKey, sv };

export const LANGUAGES = ["sv", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "opis.language";

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === "en" ? "en" : "sv";
  } catch {
    return "sv";
  }
}

function syncDocument(language: string) {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

let initialised = false;

/** Sets up i18next once: Swedish unless the user chose English; <html lang> follows. */
export function initI18n(): I18n {
  if (initialised) return i18next;
  initialised = true;
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng,
    fallbackLng: "sv",
    supportedLngs: [...LANGUAGES],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  syncDocument(lng);
  i18next.on("languageChanged", (language) => {
    syncDocument(language);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
  return i18next;
}

export function setLanguage(language: Language) {
  void i18next.changeLanguage(language);
}

/** Translates a key that came from elsewhere (the API, the domain); unknown keys fall back. */
export function translateKey(
  t: TFunction,
  key: string,
  params?: Record<string, unknown>,
  fallback: MessageKey = "errors.internal",
): string {
  return i18next.exists(key) ? String(t(key, params)) : String(t(fallback));
}

export { useTranslation };
