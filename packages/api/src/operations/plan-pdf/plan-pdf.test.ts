import { EMPTY_JOINT_PLAN } from "@opis/domain";
import { describe, expect, it } from "vitest";
import { pdfText } from "../../../test/pdf-text";
import { planPdf } from "./plan-pdf";

const paper = {
  participantName: "Åsa Öberg",
  version: 3,
  content: {
    goals: [{ id: "g1", text: "Ett arbete inom vården" }],
    items: [
      {
        id: "i1",
        description: "Praktik på äldreboende",
        activityType: "internship" as const,
        responsible: "participant" as const,
        reviewDate: "2026-05-12",
        status: "ongoing" as const,
      },
    ],
    nextReviewDate: "2026-06-01",
    agreedWithParticipant: true,
  },
  // 22:30 UTC on 31 March is already 1 April, 00:30, in Sweden.
  savedAt: new Date("2026-03-31T22:30:00Z"),
  savedBy: "Erik Johansson",
  officerName: "Erik Johansson",
  coordinatorName: "Maria Svensson",
  printedOn: "2026-04-02",
};

describe("planPdf", () => {
  it("says the plan in plain Swedish, with dates written out and Swedish time", async () => {
    const data = await planPdf(paper);
    const raw = data.toString("latin1");
    expect(raw).toContain("/Lang (sv-SE)");
    expect(raw).toContain("/Marked true");
    const text = pdfText(data);
    for (const expected of [
      "Din gemensamma plan",
      "Namn: Åsa Öberg",
      "Ett arbete inom vården",
      "Praktik på äldreboende",
      "Typ: Praktik",
      "Ansvarig: Du själv",
      "Följs upp: 12 maj 2026",
      "Läge: Pågår",
      "1 juni 2026",
      "Arbetsförmedlingen: Erik Johansson",
      "Kommunen: Maria Svensson",
      "Version 3, sparad 1 april 2026 kl. 00:30 av Erik Johansson.",
    ])
      expect(text).toContain(expected);
  });

  it("says plainly when nothing is planned or saved yet", async () => {
    const text = pdfText(
      await planPdf({
        ...paper,
        version: 0,
        content: EMPTY_JOINT_PLAN,
        savedAt: null,
        savedBy: null,
        coordinatorName: null,
      }),
    );
    expect(text).toContain("Inga mål är skrivna ännu.");
    expect(text).toContain("Inga aktiviteter är planerade ännu.");
    expect(text).toContain("Planen är inte sparad ännu.");
    expect(text).not.toContain("Kommunen:");
  });
});
