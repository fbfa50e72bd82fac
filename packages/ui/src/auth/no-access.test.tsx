import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { NoAccessPage } from "./no-access";

const ADMINS = [{ name: "Anna Admin", email: "anna@example.se" }];

describe("the no-access page", () => {
  test("an officer in the admin console is sent to the staff app and told whom to ask", () => {
    const html = renderToStaticMarkup(
      <NoAccessPage kind="forbidden" userRole="officer" administrators={ADMINS} />,
    );
    expect(html).toMatch(/<a [^>]*href="\/staff\/"[^>]*>/);
    expect(html).not.toContain('href="/admin/"');
    expect(html).toContain("Anna Admin");
    expect(html).toContain('href="mailto:anna@example.se"');
    expect(html).toContain("app.logout");
  });

  test("a coordinator is sent to the municipal app, an evaluator to the admin console", () => {
    expect(
      renderToStaticMarkup(
        <NoAccessPage kind="forbidden" userRole="coordinator" administrators={[]} />,
      ),
    ).toMatch(/href="\/kommun\/"/);
    expect(
      renderToStaticMarkup(
        <NoAccessPage kind="forbidden" userRole="evaluator" administrators={[]} />,
      ),
    ).toMatch(/href="\/admin\/"/);
  });

  test("someone in no project is told whom to ask", () => {
    const html = renderToStaticMarkup(
      <NoAccessPage kind="noProject" userRole="officer" administrators={ADMINS} />,
    );
    expect(html).toContain("auth.noProject.body");
    expect(html).toContain("Anna Admin");
  });
});
