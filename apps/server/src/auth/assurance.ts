/**
 * Assurance levels of a login (the ID token's `acr` claim). Swedish e-identification
 * (DIGG, formerly E-legitimationsnämnden) numbers its levels, and eIDAS names three;
 * SITHS eID and Freja eID Plus log in at LoA 3. A value outside these scales is only
 * ever equal to itself.
 */
const LOA = "http://id.elegnamnden.se/loa/1.0/";
const EIDAS = "http://eidas.europa.eu/LoA/";

const RANKS: ReadonlyMap<string, number> = new Map([
  [`${LOA}loa1`, 1],
  [`${LOA}loa2`, 2],
  [`${LOA}uncertified-loa3`, 2],
  [`${LOA}loa3`, 3],
  [`${LOA}loa4`, 4],
  [`${LOA}eidas-low`, 2],
  [`${LOA}eidas-sub`, 3],
  [`${LOA}eidas-high`, 4],
  [`${EIDAS}low`, 2],
  [`${EIDAS}substantial`, 3],
  [`${EIDAS}high`, 4],
]);

/** Every `acr` value whose order OPIS knows (the development IdP offers these). */
export const KNOWN_ACR_VALUES: readonly string[] = [...RANKS.keys()];

/** Whether a login at `acr` meets `required` (no requirement = any login, with or without acr). */
export function meetsRequiredAcr(acr: string | undefined, required: string | null): boolean {
  if (required === null) return true;
  if (acr === undefined || acr === "") return false;
  if (acr === required) return true;
  const have = RANKS.get(acr);
  const need = RANKS.get(required);
  return have !== undefined && need !== undefined && have >= need;
}
