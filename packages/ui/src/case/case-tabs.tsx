import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

export interface CaseTab {
  to: string;
  label: string;
  /** Match the path exactly (the overview). */
  end?: boolean;
}

/** The participant page's sections, each at its own URL, as a navigation list. */
export function CaseTabs({ tabs }: { tabs: readonly CaseTab[] }) {
  const { t } = useTranslation();
  return (
    <nav className="case-tabs" aria-label={t("case.tabs.label")}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
