import { initI18n } from "@opis/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, test } from "vitest";
import { EarlierParticipations } from "./earlier-participations";

beforeAll(() => {
  initI18n();
});

describe("a returning person's earlier participation at look-up", () => {
  test("shows each period and its status at exit", () => {
    const html = renderToStaticMarkup(
      <EarlierParticipations
        participations={[
          { startDate: "2025-01-07", exitDate: "2025-09-30", exitStatus: "employed" },
          { startDate: "2023-02-01", exitDate: "2023-05-31", exitStatus: "studies" },
        ]}
      />,
    );
    expect(html).toContain("Tidigare deltagande i projektet");
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain("2025-01-07 – 2025-09-30, status vid avslut: Anställning");
    expect(html).toContain("2023-02-01 – 2023-05-31, status vid avslut: Studier");
  });

  test("shows nothing for someone who has not taken part before", () => {
    expect(renderToStaticMarkup(<EarlierParticipations participations={[]} />)).toBe("");
  });
});
