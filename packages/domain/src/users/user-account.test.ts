import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles";
import {
  organisationsForRole,
  type UserAccount,
  UserAccountSchema,
  userAccountSchemaFor,
  validateNewOwner,
} from "./user-account";

const project = {
  id: "demo",
  municipalities: ["0880", "0883"],
  offices: [{ name: "Kalmar", municipalities: ["0880", "0883"] as ("0880" | "0883")[] }],
};

const coordinator: UserAccount = {
  subject: null,
  name: "Sara Holm",
  email: "sara.holm@example.kalmar.se",
  role: "coordinator",
  organisation: "kommun",
  office: null,
  municipalityCode: "0880",
  projectIds: ["demo"],
};

function issues(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  v: unknown,
) {
  const result = schema.safeParse(v) as {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
  return result.success
    ? []
    : (result.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);
}

describe("UserAccountSchema", () => {
  const cases: { name: string; account: Partial<UserAccount>; expected: string[] }[] = [
    { name: "a coordinator of a project municipality", account: {}, expected: [] },
    {
      name: "an officer with an office",
      account: { role: "officer", organisation: "af", office: "Kalmar", municipalityCode: null },
      expected: [],
    },
    {
      name: "an officer without an office",
      account: { role: "officer", organisation: "af", municipalityCode: null },
      expected: ["office:validation.user.office.required"],
    },
    {
      name: "a coordinator at AF",
      account: { organisation: "af" },
      expected: ["organisation:validation.user.organisation.notForRole"],
    },
    {
      name: "a coordinator without a municipality",
      account: { municipalityCode: null },
      expected: ["municipalityCode:validation.user.municipalityCode.required"],
    },
    {
      name: "no project",
      account: { projectIds: [] },
      expected: ["projectIds:validation.user.projectIds.required"],
    },
    {
      name: "a broken e-mail",
      account: { email: "sara.holm" },
      expected: ["email:validation.user.email.format"],
    },
    {
      name: "an empty name",
      account: { name: "  " },
      expected: ["name:validation.user.name.required"],
    },
    {
      name: "an evaluator in a municipality",
      account: { role: "evaluator", municipalityCode: null },
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(issues(UserAccountSchema, { ...coordinator, ...c.account })).toEqual(c.expected);
    });
  }
});

describe("userAccountSchemaFor", () => {
  const schema = userAccountSchemaFor(project);
  it("refuses a coordinator of a municipality outside the project", () => {
    expect(issues(schema, { ...coordinator, municipalityCode: "0680" })).toEqual([
      "municipalityCode:validation.user.municipalityCode.notInProject",
    ]);
  });
  it("refuses an office the project does not list", () => {
    expect(
      issues(schema, {
        ...coordinator,
        role: "officer",
        organisation: "af",
        office: "Jönköping",
        municipalityCode: null,
      }),
    ).toEqual(["office:validation.user.office.notInProject"]);
  });
  it("accepts any office when the project lists none", () => {
    const open = userAccountSchemaFor({ id: "demo", municipalities: ["0880"] });
    expect(
      issues(open, {
        ...coordinator,
        role: "officer",
        organisation: "af",
        office: "Var som helst",
      }),
    ).toEqual([]);
  });

  it("property: an accepted account always fits its role's organisation and scope", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom("af" as const, "kommun" as const),
        fc.option(fc.constantFrom("Kalmar", "Jönköping")),
        fc.option(fc.constantFrom("0880" as const, "0883" as const, "0680" as const)),
        (role, organisation, office, municipalityCode) => {
          const parsed = schema.safeParse({
            ...coordinator,
            role,
            organisation,
            office,
            municipalityCode,
          });
          if (!parsed.success) return;
          expect(organisationsForRole(role)).toContain(organisation);
          if (role === "officer") expect(office).toBe("Kalmar");
          if (role === "coordinator") expect(project.municipalities).toContain(municipalityCode);
        },
      ),
    );
  });
});

describe("validateNewOwner", () => {
  const owner = {
    active: true,
    role: "coordinator" as const,
    projectIds: ["demo"],
    office: null,
    municipalityCode: "0880",
  };
  const enrolment = { projectId: "demo", municipalityCode: "0880" };
  it("accepts an active coordinator of the participant's municipality", () => {
    expect(validateNewOwner(project, owner, "coordinator", enrolment)).toEqual([]);
  });
  it("refuses an inactive user, the wrong role, another project or municipality", () => {
    expect(
      validateNewOwner(project, { ...owner, active: false }, "coordinator", enrolment),
    ).toEqual(["validation.user.owner.inactive"]);
    expect(validateNewOwner(project, owner, "officer", enrolment)).toEqual([
      "validation.user.owner.wrongRole",
    ]);
    expect(
      validateNewOwner(project, { ...owner, projectIds: ["other"] }, "coordinator", enrolment),
    ).toEqual(["validation.user.owner.notInProject"]);
    expect(
      validateNewOwner(project, { ...owner, municipalityCode: "0883" }, "coordinator", enrolment),
    ).toEqual(["validation.user.owner.otherMunicipality"]);
  });
  it("refuses an officer whose office does not serve the municipality", () => {
    const officer = {
      ...owner,
      role: "officer" as const,
      office: "Jönköping",
      municipalityCode: null,
    };
    expect(validateNewOwner(project, officer, "officer", enrolment)).toEqual([
      "validation.user.owner.officeNotServing",
    ]);
    expect(
      validateNewOwner(project, { ...officer, office: "Kalmar" }, "officer", enrolment),
    ).toEqual([]);
  });
});
