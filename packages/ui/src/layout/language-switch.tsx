import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n";

/** One button that switches to the other language, written in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === "en" ? "sv" : "en";
  return (
    <button
      type="button"
      className="header-button"
      lang={other}
      title={t("app.switchLanguage.label")}
      onClick={() => setLanguage(other)}
    >
      {t("app.switchLanguage")}
    </button>
  );
}
