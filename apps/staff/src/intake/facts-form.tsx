import {
  BIRTH_REGIONS,
  EDUCATION_LEVELS,
  GENDERS,
  type IntakeFacts,
  LANGUAGE_LEVEL_SCALE,
  MUNICIPALITIES,
  type ProjectDefinition,
} from "@opis/domain";
import {
  Checkbox,
  Controller,
  DateInput,
  NumberInput,
  parseLocaleNumber,
  RadioGroup,
  Select,
  type UseFormReturn,
  useTranslation,
} from "@opis/ui";
import { factErrorText } from "./fact-error-text";
import { type FactKey, factFieldId } from "./facts";

const toNumber = (value: unknown) => parseLocaleNumber(value);
const toOptionalNumber = (value: unknown) =>
  value === "" || value === undefined ? undefined : Number(value);
const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? "yes" : "no";

/** The intake facts: one column, labels above, hints under them. */
export function FactsForm({
  form,
  project,
  legalGender,
}: {
  form: UseFormReturn<IntakeFacts>;
  project: ProjectDefinition;
  /** The gender the personal number states; another needs an explicit choice. */
  legalGender?: string | undefined;
}) {
  const { t } = useTranslation();
  const { register, control, formState } = form;

  const errorFor = (key: FactKey): string | undefined => {
    const message = formState.errors[key]?.message;
    return message ? factErrorText(t, key, message, form.getValues(key)) : undefined;
  };

  const yesNoOptions = [
    { value: "yes", label: t("form.yes") },
    { value: "no", label: t("form.no") },
  ];

  const booleanField = (
    key: "hasDisabilityReducingWorkCapacity" | "earlierSupportTried" | "participatesOnSite",
    label: string,
  ) => (
    <Controller
      control={control}
      name={key}
      render={({ field }) => (
        <RadioGroup
          id={factFieldId(key)}
          name={key}
          label={label}
          options={yesNoOptions}
          inline
          value={yesNo(field.value)}
          onChange={(value) => field.onChange(value === "yes")}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={errorFor(key)}
        />
      )}
    />
  );

  const projectMunicipalities = new Set<string>(project.municipalities);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "sv");

  return (
    <>
      <fieldset className="form-section">
        <legend>{t("staff.intake.section.person")}</legend>
        <Controller
          control={control}
          name="gender"
          render={({ field }) => (
            <RadioGroup
              id={factFieldId("gender")}
              name="gender"
              label={t("staff.intake.gender")}
              hint={t("staff.intake.genderHint")}
              options={GENDERS.map((g) => ({ value: g, label: t(`vocab.gender.${g}`) }))}
              inline
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errorFor("gender")}
            />
          )}
        />
        {legalGender !== undefined && form.watch("gender") !== legalGender ? (
          <Checkbox
            id={factFieldId("genderDiffersFromLegal")}
            label={t("staff.intake.genderDiffersFromLegal")}
            hint={t("staff.intake.genderDiffersFromLegalHint")}
            {...register("genderDiffersFromLegal")}
          />
        ) : null}
        <Select
          id={factFieldId("municipalityCode")}
          label={t("staff.intake.municipality")}
          hint={t("staff.intake.municipalityHint")}
          placeholder={t("form.choose")}
          error={errorFor("municipalityCode")}
          groups={[
            {
              label: t("staff.intake.municipality.project"),
              options: MUNICIPALITIES.filter((m) => projectMunicipalities.has(m.code))
                .toSorted(byName)
                .map((m) => ({ value: m.code, label: m.name })),
            },
            {
              label: t("staff.intake.municipality.other"),
              options: MUNICIPALITIES.filter((m) => !projectMunicipalities.has(m.code))
                .toSorted(byName)
                .map((m) => ({ value: m.code, label: m.name })),
            },
          ]}
          {...register("municipalityCode", { setValueAs: (v) => (v === "" ? undefined : v) })}
        />
        <Controller
          control={control}
          name="birthRegion"
          render={({ field }) => (
            <RadioGroup
              id={factFieldId("birthRegion")}
              name="birthRegion"
              label={t("staff.intake.birthRegion")}
              options={BIRTH_REGIONS.map((r) => ({ value: r, label: t(`vocab.birthRegion.${r}`) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errorFor("birthRegion")}
            />
          )}
        />
        <Select
          id={factFieldId("educationLevel")}
          label={t("staff.intake.educationLevel")}
          hint={t("staff.intake.educationLevelHint")}
          placeholder={t("form.choose")}
          error={errorFor("educationLevel")}
          options={EDUCATION_LEVELS.map((level) => ({
            value: level,
            label: t(`vocab.educationLevel.${level}`),
          }))}
          {...register("educationLevel", { setValueAs: (v) => (v === "" ? undefined : v) })}
        />
        <Select
          id={factFieldId("languageLevel")}
          label={t("staff.intake.languageLevel")}
          placeholder={t("form.choose")}
          error={errorFor("languageLevel")}
          options={LANGUAGE_LEVEL_SCALE.steps.map((step) => ({
            value: String(step.value),
            label: t(step.labelKey),
          }))}
          {...register("languageLevel", { setValueAs: toOptionalNumber })}
        />
        {booleanField("hasDisabilityReducingWorkCapacity", t("staff.intake.disability"))}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("staff.intake.section.targetGroup")}</legend>
        <NumberInput
          id={factFieldId("monthsRegisteredAtAf")}
          label={t("staff.intake.months")}
          hint={t("staff.intake.monthsHint")}
          suffix={t("form.unit.months")}
          error={errorFor("monthsRegisteredAtAf")}
          {...register("monthsRegisteredAtAf", { setValueAs: toNumber })}
        />
        {booleanField("earlierSupportTried", t("staff.intake.earlierSupport"))}
        <Controller
          control={control}
          name="labourMarketAssessmentDate"
          render={({ field }) => (
            <>
              <RadioGroup
                id={factFieldId("labourMarketAssessmentDate")}
                name="hasLabourMarketAssessment"
                label={t("staff.intake.assessment")}
                hint={t("staff.intake.assessmentHint")}
                options={yesNoOptions}
                inline
                value={field.value === undefined ? undefined : field.value === null ? "no" : "yes"}
                onChange={(value) => field.onChange(value === "yes" ? "" : null)}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={
                  typeof field.value === "string"
                    ? undefined
                    : errorFor("labourMarketAssessmentDate")
                }
              />
              {typeof field.value === "string" ? (
                <DateInput
                  id={factFieldId("labourMarketAssessmentDate", {
                    labourMarketAssessmentDate: field.value,
                  })}
                  label={t("staff.intake.assessmentDate")}
                  hint={t("form.dateHint")}
                  value={field.value}
                  onChange={(event) => field.onChange(event.target.value.trim())}
                  onBlur={field.onBlur}
                  error={errorFor("labourMarketAssessmentDate")}
                />
              ) : null}
            </>
          )}
        />
        <NumberInput
          id={factFieldId("workAvailabilityPercent")}
          label={t("staff.intake.workAvailability")}
          hint={t("staff.intake.workAvailabilityHint")}
          suffix={t("form.unit.percent")}
          width="w4"
          error={errorFor("workAvailabilityPercent")}
          {...register("workAvailabilityPercent", { setValueAs: toNumber })}
        />
        {booleanField("participatesOnSite", t("staff.intake.onSite"))}
      </fieldset>
    </>
  );
}
