import { useTranslation } from "react-i18next";

/** Logging out is a POST, so that no link or image can do it behind the user's back. */
export function LogoutForm({ className = "button button--secondary" }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <form method="post" action="/auth/logout">
      <button type="submit" className={className}>
        {t("app.logout")}
      </button>
    </form>
  );
}
