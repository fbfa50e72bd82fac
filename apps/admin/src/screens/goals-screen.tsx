import { GENDERS } from "@opis/domain";
import {
  describeClientError,
  formatDate,
  Notice,
  translateKey,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useEffect } from "react";
import { EnrolmentTable } from "../goals/enrolment-table";
import { type GenderBar, GenderChart } from "../goals/gender-chart";
import { GoalTable } from "../goals/goal-table";

/** Goal attainment: enrolment by gender against 200 + 200, then every goal. */
export function GoalsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const summary = useQuery(trpc.goals.summary.queryOptions({ projectId: "opis" }));

  useEffect(() => {
    document.title = `${t("admin.goals.title")} – OPIS`;
  }, [t]);

  if (summary.isPending) {
    return (
      <>
        <h1>{t("admin.goals.title")}</h1>
        <p role="status">{t("app.loading")}</p>
      </>
    );
  }
  if (summary.isError) {
    return (
      <>
        <h1>{t("admin.goals.title")}</h1>
        <Notice kind="error" role="alert">
          <p>{t("admin.goals.loadError")}</p>
          <p>{translateKey(t, describeClientError(summary.error).messageKey)}</p>
        </Notice>
      </>
    );
  }

  const { enrolment, goals, asOf } = summary.data;
  const targets = enrolment.targets;
  const bars: GenderBar[] = GENDERS.filter(
    (g) =>
      g !== "nonBinary" ||
      enrolment.byGender[g].suppressed ||
      (enrolment.byGender[g].value ?? 0) > 0,
  ).map((gender) => ({
    gender,
    label: t(`vocab.gender.${gender}`),
    count: enrolment.byGender[gender],
    target: targets?.targetByGender?.[gender] ?? null,
  }));

  return (
    <>
      <h1>{t("admin.goals.title")}</h1>
      <p className="lead">{t("admin.goals.asOf", { date: formatDate(asOf) })}</p>
      <h2>{t("admin.enrolment.title")}</h2>
      <GenderChart bars={bars} />
      <EnrolmentTable
        bars={bars}
        total={{ count: enrolment.total, target: targets?.target ?? null }}
      />
      <h2>{t("admin.goals.tableTitle")}</h2>
      <GoalTable goals={goals} />
    </>
  );
}
