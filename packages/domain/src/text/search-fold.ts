/**
 * Letters a name search treats as the same as a plain one, so "omer" finds
 * "Ömer" and "asa" finds "Åsa". Kept as two equal-length strings so the
 * database can apply the same folding with translate() on both drivers
 * (PGlite's C locale lowercases only ASCII, so capitals are listed too).
 */
export const SEARCH_FOLD_FROM = "ÅÄÖÆØÉÈÊËÜÚÙÁÀÂÇÑÍÌÏÓÒÔåäöæøéèêëüúùáàâçñíìïóòô";
export const SEARCH_FOLD_TO = "aaoaoeeeeuuuaaacniiiooo" + "aaoaoeeeeuuuaaacniiiooo";

const FOLD = new Map([...SEARCH_FOLD_FROM].map((c, i) => [c, SEARCH_FOLD_TO[i] ?? c]));

/** A text as name search compares it: accents folded, lower case. */
export function foldSearchText(text: string): string {
  return [...text]
    .map((c) => FOLD.get(c) ?? c)
    .join("")
    .toLowerCase();
}

/** The words of a search, folded, in any order ("Testsson Ömer" → ["testsson", "omer"]). */
export function searchWords(text: string): string[] {
  return foldSearchText(text)
    .split(/[\s,]+/)
    .filter((w) => w.length > 0)
    .slice(0, 5);
}
