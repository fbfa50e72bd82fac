import { CLOSENESS_TO_WORK_RATING, LANGUAGE_LEVEL_SCALE, LIFE_WHEEL } from "@opis/domain";
import { describe, expect, it } from "vitest";
import { pdfText } from "../../../test/pdf-text";
import { type ParticipantSummaryOnPaper, participantSummaryPdf } from "./participant-summary-pdf";

const summary: ParticipantSummaryOnPaper = {
  participantName: "Åsa Öberg",
  projectName: "Jobb-kontakten",
  startDate: "2026-03-16",
  exit: null,
  officerName: "Erik Johansson",
  coordinatorName: "Maria Svensson",
  plan: { goals: ["Ett arbete inom vården"], nextReview: "2026-06-01" },
  activities: [
    {
      title: "Praktik på äldreboende",
      type: "internship",
      startDate: "2026-04-01",
      endDate: null,
      state: "ongoing",
    },
    {
      title: "SFI kväll",
      type: "languageTraining",
      startDate: "2026-03-16",
      endDate: "2026-03-31",
      state: "done",
    },
    {
      title: "Studiebesök på sjukhuset",
      type: "studyVisit",
      startDate: "2026-05-04",
      endDate: "2026-05-04",
      state: "planned",
    },
  ],
  attendance: { daysPresent: 12, daysPlanned: 15, rate: 0.8 },
  assessments: [
    { instrument: LANGUAGE_LEVEL_SCALE, assessedOn: "2026-03-20", value: 3, areaValues: null },
    { instrument: CLOSENESS_TO_WORK_RATING, assessedOn: "2026-04-01", value: 7, areaValues: null },
    {
      instrument: LIFE_WHEEL,
      assessedOn: "2026-04-01",
      value: null,
      areaValues: { health: 6, housing: 8 },
    },
  ],
  followUps: [
    { kind: "planItemReview", date: "2026-05-12", description: "Praktik på äldreboende" },
    { kind: "planReview", date: "2026-06-01" },
  ],
  printedOn: "2026-04-20",
};

describe("participantSummaryPdf", () => {
  it("is a tagged Swedish PDF with a title, in the document's structure", async () => {
    const raw = (await participantSummaryPdf(summary)).toString("latin1");
    expect(raw).toContain("/Lang (sv-SE)");
    expect(raw).toContain("/Marked true");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/DisplayDocTitle true");
    for (const tag of ["/H1", "/H2", "/P", "/L", "/LI"]) expect(raw).toContain(`/S ${tag}`);
  });

  it("says the participation in plain Swedish", async () => {
    const text = pdfText(await participantSummaryPdf(summary));
    for (const expected of [
      "Sammanfattning av ditt deltagande",
      "Namn: Åsa Öberg",
      "Projekt: Jobb-kontakten",
      "Du började 16 mars 2026.",
      "Du är med i projektet nu.",
      "Arbetsförmedlingen: Erik Johansson",
      "Kommunen: Maria Svensson",
      "Ett arbete inom vården",
      "Nästa uppföljning av planen: 1 juni 2026.",
      "Pågår nu:",
      "Praktik på äldreboende",
      "Praktik, från 1 april 2026",
      "Planerade:",
      "Studiebesök, från 4 maj 2026 till 4 maj 2026",
      "Avslutade:",
      "SFI kväll",
      "Du var med 12 av 15 planerade dagar. Det är 80 procent av den planerade tiden.",
      "Språknivå i svenska (bedömd 20 mars 2026)",
      "SFI B",
      "Hur nära arbete (bedömd 1 april 2026)",
      "7 av 10",
      "Hälsa: 6 av 10",
      "Boende: 8 av 10",
      "12 maj 2026: Ni följer upp: Praktik på äldreboende",
      "1 juni 2026: Ni går igenom planen tillsammans",
      "Utskriven 20 april 2026.",
    ])
      expect(text).toContain(expected);
  });

  it("never shows the personal identity number, only the name", async () => {
    const text = pdfText(await participantSummaryPdf(summary));
    // No digits other than dates, counts and levels: nothing shaped like a personnummer.
    expect(text).not.toMatch(/\d{6,8}[-+]?\d{4}/);
  });

  it("says the exit and the status at exit, and plainly when there is nothing yet", async () => {
    const text = pdfText(
      await participantSummaryPdf({
        ...summary,
        exit: { exitDate: "2026-09-30", statusName: "Anställning" },
        coordinatorName: null,
        plan: null,
        activities: [],
        attendance: { daysPresent: 0, daysPlanned: 0, rate: null },
        assessments: [],
        followUps: [{ kind: "afterExit", date: "2026-12-29" }],
      }),
    );
    for (const expected of [
      "Du slutade 30 september 2026.",
      "När du slutade var du i: Anställning.",
      "Ni har inte skrivit någon gemensam plan ännu.",
      "Inga aktiviteter är registrerade ännu.",
      "Ingen närvaro är planerad de här veckorna.",
      "Inga bedömningar är gjorda ännu.",
      "29 december 2026: Vi hör av oss och frågar hur det går för dig",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("Du är med i projektet nu.");
    expect(text).not.toContain("Kommunen:");
  });
});
