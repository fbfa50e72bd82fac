import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../auth/current-user";
import { openProject, useActiveProject } from "./active-project";

/**
 * Lets a user who works in more than one project choose the one the app shows;
 * renders nothing for a user of one project. Every query is fetched again for the
 * chosen project.
 */
export function ProjectSwitcher() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const active = useActiveProject();
  const queryClient = useQueryClient();
  const [, rerender] = useState(0);
  const id = useId();
  if (user.projects.length < 2) return null;
  const language = i18n.language.startsWith("en") ? "en" : "sv";
  return (
    <div className="project-switcher">
      <label htmlFor={id}>{t("project.switcher.label")}</label>
      <select
        id={id}
        value={active.id}
        onChange={(event) => {
          openProject(event.target.value);
          rerender((n) => n + 1);
          void queryClient.invalidateQueries();
        }}
      >
        {user.projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
