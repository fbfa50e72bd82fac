/** Swedish messages of the matching result (comparison screen): standard errors and warnings. */
export const matchingSv = {
  "matching.standardError.clusterHC1":
    "Standardfelet är klusterrobust per matchat par (HC1), som MatchIt rekommenderar efter matchning i par.",
  "matching.standardError.HC3":
    "Standardfelet är heteroskedasticitetsrobust (HC3) utan klustring, som MatchIt rekommenderar efter exakt och grovt exakt matchning.",
  "matching.standardError.other": "Standardfelet är av typen {{type}}.",
  "matching.warnings.title": "Att tänka på",
  "matching.warning.few-treated-matched":
    "{{group}}: bara {{count}} av {{total}} deltagare fick en matchning. Effekten gäller de matchade, inte alla deltagare. Matcha på färre variabler eller med grövre gränser.",
  "matching.warning.fitted-probabilities-0-or-1":
    "{{group}}: benägenhetsmodellen gav {{count}} av {{total}} personer en sannolikhet som i praktiken är 0 eller 1 (R:s glm varnar för detsamma). Matchningen gjordes ändå; de personerna saknar motsvarighet i den andra gruppen.",
  "matching.warning.fewerThan": "färre än {{threshold}}",
} as const;
