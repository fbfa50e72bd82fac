import type {
  PartialEligibilityAssessment,
  PartialRuleResult,
  ProjectDefinition,
  TargetGroupRule,
} from "@opis/domain";
import { formatDate, municipalityName, StatusTag, type TagColour, useTranslation } from "@opis/ui";

const OUTCOME_COLOUR: Record<string, TagColour> = {
  eligible: "green",
  eligibleByException: "yellow",
  notEligible: "red",
};

function ruleState(rule: PartialRuleResult): { key: string; colour: TagColour } {
  if (rule.missing) return { key: "eligibility.state.missing", colour: "grey" };
  if (rule.met) return { key: "eligibility.state.met", colour: "green" };
  if (rule.strength === "primary") return { key: "eligibility.state.exception", colour: "yellow" };
  return { key: "eligibility.state.notMet", colour: "red" };
}

function ruleTitleParams(rule: TargetGroupRule | undefined): Record<string, unknown> {
  return rule?.kind === "registeredAtLeast" ? { months: rule.months } : {};
}

/** The target-group assessment beside the form, re-run as the officer types. */
export function EligibilityPanel({
  project,
  live,
}: {
  project: ProjectDefinition;
  live: PartialEligibilityAssessment;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "sv";

  function reason(rule: PartialRuleResult): string {
    if (rule.missing) return t("eligibility.missing");
    const params: Record<string, unknown> = { ...rule.params };
    if (typeof params.municipalityCode === "string")
      params.municipality = municipalityName(params.municipalityCode);
    if (typeof params.date === "string") params.date = formatDate(params.date);
    return t(rule.reasonKey, params);
  }

  return (
    <section className="panel" aria-labelledby="eligibility-title" data-testid="eligibility-panel">
      <h2 id="eligibility-title">{t("eligibility.title")}</h2>
      <div role="status" aria-live="polite" data-testid="eligibility-outcome">
        {live.outcome ? (
          <>
            <p>
              <StatusTag colour={OUTCOME_COLOUR[live.outcome] ?? "grey"}>
                {t(`vocab.eligibilityOutcome.${live.outcome}`)}
              </StatusTag>
            </p>
            <p>{t(`eligibility.outcome.${live.outcome}`)}</p>
          </>
        ) : (
          <p>{t("eligibility.pending", { count: live.missingCount })}</p>
        )}
      </div>
      <h3>{t("eligibility.rulesHeading")}</h3>
      <ul className="rule-list">
        {live.rules.map((rule) => {
          const state = ruleState(rule);
          const definition = project.targetGroupRules.find((r) => r.id === rule.ruleId);
          return (
            <li key={rule.ruleId} data-rule={rule.ruleId}>
              <StatusTag colour={state.colour}>{t(state.key)}</StatusTag>
              <div>
                <p>
                  <strong>{t(`eligibility.rule.${rule.kind}`, ruleTitleParams(definition))}</strong>
                </p>
                <p>{reason(rule)}</p>
                <p className="secondary-text">{t(`eligibility.strength.${rule.strength}`)}</p>
              </div>
            </li>
          );
        })}
      </ul>
      <h3>{t("eligibility.priorityHeading")}</h3>
      {live.priorityGroups === null ? (
        <p>{t("eligibility.priority.pending")}</p>
      ) : live.priorityGroups.length === 0 ? (
        <p>{t("eligibility.priority.none")}</p>
      ) : (
        <ul>
          {live.priorityGroups.map((id) => {
            const group = project.priorityGroups.find((g) => g.id === id);
            return <li key={id}>{group ? group.name[language] : id}</li>;
          })}
        </ul>
      )}
    </section>
  );
}
