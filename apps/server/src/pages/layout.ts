import { escapeHtml } from "../http";

/** Path of the stylesheet shared by the server-rendered pages (CSP forbids inline styles). */
export const STYLESHEET_PATH = "/_server/style.css";
/** Path of the script that submits a form marked `data-auto-submit` (dev IdP logout). */
export const AUTO_SUBMIT_PATH = "/_server/auto-submit.js";
/** The site's icon, an SVG; /favicon.ico answers with it too, for browsers that ask by habit. */
export const FAVICON_PATH = "/favicon.svg";
export const FAVICON_PATHS = [FAVICON_PATH, "/favicon.ico"] as const;

/** A white "O" on the accent blue: small, readable at 16 px, no external fonts. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00528a"/><circle cx="16" cy="16" r="8.5" fill="none" stroke="#fff" stroke-width="4"/></svg>
`;

export const STYLESHEET = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #4a4a4a; --accent: #00528a; --bg: #ffffff; --panel: #f3f5f7; --focus: #b35900; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: var(--fg); background: var(--bg); }
body { margin: 0; }
.skip-link { position: absolute; left: -9999px; top: 0; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem 1rem; }
header, main, footer { max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 1px solid #d0d4d9; }
header p { margin: 0; font-weight: 600; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 .75rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
p { max-width: 40rem; }
ul.choices { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
ul.choices li { background: var(--panel); border-radius: .5rem; padding: 1rem 1.25rem; }
ul.choices a { font-size: 1.125rem; font-weight: 600; color: var(--accent); }
ul.choices p { margin: .25rem 0 0; color: var(--muted); }
a { color: var(--accent); text-underline-offset: .15em; }
a:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; }
button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0; border-radius: .375rem; padding: .625rem 1.25rem; cursor: pointer; }
button:hover { background: #003d66; }
a.button { display: inline-block; color: #fff; background: var(--accent); border-radius: .375rem; padding: .625rem 1.25rem; font-weight: 600; text-decoration: none; }
a.button:hover { background: #003d66; }
.notice { border-left: 4px solid var(--focus); background: #fff4e5; padding: .75rem 1rem; }
footer { color: var(--muted); font-size: .875rem; border-top: 1px solid #d0d4d9; margin-top: 2rem; }
`;

export const AUTO_SUBMIT_SCRIPT = `document.querySelectorAll("form[data-auto-submit]").forEach(function (form) { form.submit(); });\n`;

export interface PageOptions {
  title: string;
  /** Already-escaped HTML for the main content. */
  body: string;
  scripts?: readonly string[];
}

/** A complete Swedish HTML page with landmarks, a skip link and the shared stylesheet. */
export function renderPage({ title, body, scripts = [] }: PageOptions): string {
  const scriptTags = scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`);
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${FAVICON_PATH}" type="image/svg+xml">
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${scriptTags.join("\n")}
</head>
<body>
<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
<header><p>OPIS – Offensiv progression i samverkan</p></header>
<main id="innehall" tabindex="-1">
${body}
</main>
<footer><p>OPIS är ett ESF+-projekt i samverkan mellan Arbetsförmedlingen och kommunerna.</p></footer>
</body>
</html>
`;
}

/**
 * A login the IdP vouched for but OPIS does not know (or no longer allows): who
 * to ask, by name and e-mail — the active administrators of the user's projects,
 * or every active administrator for someone unknown.
 */
export function renderNoAccessPage(
  administrators: readonly { name: string; email: string | null }[],
): string {
  const unique = [...new Map(administrators.map((a) => [a.name + (a.email ?? ""), a])).values()];
  const ask =
    unique.length > 0
      ? `<p>Fråga din administratör om behörighet:</p>
<ul>
${unique
  .map(
    (a) =>
      `<li>${escapeHtml(a.name)}${a.email ? ` (<a href="mailto:${escapeHtml(a.email)}">${escapeHtml(a.email)}</a>)` : ""}</li>`,
  )
  .join("\n")}
</ul>`
      : "<p>Fråga projektledningen om behörighet.</p>";
  return renderPage({
    title: "Du har inte behörighet till OPIS – OPIS",
    body: `<h1>Du har inte behörighet till OPIS</h1>
<p>Du är inloggad hos inloggningstjänsten, men ditt konto är inte upplagt eller inte aktivt i OPIS.</p>
${ask}
<p><a href="/">Till startsidan</a></p>`,
  });
}

/** Where a "Logga in" link on a server page leads: the login, back to the start page. */
export const LOGIN_PATH = "/auth/login";

/**
 * A simple message page (errors, refusals) with a link back to the start page;
 * with `login`, for a login that failed or a session that is gone, a "Logga in" link first.
 */
export function renderMessagePage(
  title: string,
  message: string,
  { login = false }: { login?: boolean } = {},
): string {
  return renderPage({
    title: `${title} – OPIS`,
    body: `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${login ? `<p><a class="button" href="${LOGIN_PATH}">Logga in</a></p>\n` : ""}<p><a href="/">Till startsidan</a></p>`,
  });
}
