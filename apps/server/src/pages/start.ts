import { renderPage } from "./layout";

const ENTRIES = [
  {
    href: "/staff/",
    label: "Arbetsförmedlingen (handläggare)",
    description: "Anvisa deltagare, följ planer, insatser och uppföljningar i dina ärenden.",
  },
  {
    href: "/kommun/",
    label: "Kommunal koordinator",
    description: "Se och följ upp deltagarna i din kommun.",
  },
  {
    href: "/admin/",
    label: "Utvärdering och projektledning",
    description: "Statistik, måluppfyllelse, jämförelser och administration.",
  },
] as const;

/** The server-rendered start page: one link per user group. */
export function renderStartPage(): string {
  const items = ENTRIES.map(
    (entry, index) => `<li>
<a href="${entry.href}" aria-describedby="val-${index}">${entry.label}</a>
<p id="val-${index}">${entry.description}</p>
</li>`,
  ).join("\n");
  return renderPage({
    title: "OPIS – Offensiv progression i samverkan",
    body: `<h1>Välkommen till OPIS</h1>
<p>Uppföljningsplattformen för ESF+-projektet Offensiv progression i samverkan. Välj den ingång som gäller för dig. Du loggar in i nästa steg.</p>
<nav aria-labelledby="ingangar">
<h2 id="ingangar">Välj ingång</h2>
<ul class="choices">
${items}
</ul>
</nav>`,
  });
}
