import type { OrganisationKind, Role } from "@opis/domain";
import { DEMO_USERS } from "./demo-users";

/** A staff member in the demo data: the demo users plus colleagues who cannot log in. */
export interface StaffMember {
  readonly subject: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly organisation: OrganisationKind;
  readonly office: string | null;
  readonly municipalityCode: string | null;
  /** True for the users the development identity provider offers. */
  readonly demo: boolean;
}

/** The ten OPIS municipalities, with the domain used in demo e-mail addresses. */
export const DEMO_MUNICIPALITIES: readonly { code: string; name: string; domain: string }[] = [
  { code: "0686", name: "Eksjö", domain: "eksjo" },
  { code: "0662", name: "Gislaved", domain: "gislaved" },
  { code: "0680", name: "Jönköping", domain: "jonkoping" },
  { code: "0684", name: "Sävsjö", domain: "savsjo" },
  { code: "0685", name: "Vetlanda", domain: "vetlanda" },
  { code: "0862", name: "Emmaboda", domain: "emmaboda" },
  { code: "0880", name: "Kalmar", domain: "kalmar" },
  { code: "0881", name: "Nybro", domain: "nybro" },
  { code: "0882", name: "Oskarshamn", domain: "oskarshamn" },
  { code: "0883", name: "Västervik", domain: "vastervik" },
];

// Fixed names, so the staff is the same whatever the seed.
const COORDINATORS: Record<string, readonly string[]> = {
  "0686": ["Sofia Holmgren"],
  "0662": ["Ahmed Yusuf", "Camilla Ek"],
  "0680": ["Petra Sandin", "Nadia Rahimi", "Ola Fransson"],
  "0684": ["Gunilla Strand"],
  "0685": ["Emir Hodžić", "Linnea Åberg"],
  "0862": ["Therese Blom"],
  "0880": ["Hassan Ali"],
  "0881": ["Malin Kvist"],
  "0882": ["Fredrik Ljung", "Sara Öberg"],
  "0883": ["Elin Norén"],
};

const OFFICERS: Record<string, readonly string[]> = {
  Jönköping: ["Mikael Sjödin", "Leila Haddad", "Jonas Wikström", "Karin Dahl", "Tomas Nowak"],
  Kalmar: ["Helena Borg", "Daniel Ström", "Amina Warsame", "Per Lindahl"],
};

/** The municipality each AF office sits in. */
const OFFICE_MUNICIPALITY: Record<string, string> = { Jönköping: "0680", Kalmar: "0880" };

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");

/**
 * Everyone who works with the participants: every municipality has at least
 * one coordinator, and both AF offices several officers.
 */
export function demoStaff(): StaffMember[] {
  const staff: StaffMember[] = DEMO_USERS.map((u) => ({
    subject: u.subject,
    name: u.name,
    email: u.email,
    role: u.role,
    organisation: u.organisation,
    office: u.office,
    municipalityCode: u.municipalityCode,
    demo: true,
  }));
  for (const [office, names] of Object.entries(OFFICERS)) {
    const officeMunicipality = OFFICE_MUNICIPALITY[office];
    names.forEach((name, i) => {
      staff.push({
        subject: `seed-officer-${slug(office)}-${i + 1}`,
        name,
        email: `${slug(name)}@example.af.se`,
        role: "officer",
        organisation: "af",
        office,
        municipalityCode: officeMunicipality ?? null,
        demo: false,
      });
    });
  }
  for (const m of DEMO_MUNICIPALITIES) {
    (COORDINATORS[m.code] ?? []).forEach((name, i) => {
      staff.push({
        subject: `seed-coordinator-${m.domain}-${i + 1}`,
        name,
        email: `${slug(name)}@example.${m.domain}.se`,
        role: "coordinator",
        organisation: "kommun",
        office: null,
        municipalityCode: m.code,
        demo: false,
      });
    });
  }
  return staff;
}
