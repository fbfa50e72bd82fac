import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { foldSearchText, SEARCH_FOLD_FROM, SEARCH_FOLD_TO, searchWords } from "./search-fold";

describe("name search folding", () => {
  test("Ömer/omer and Åsa/asa are the same", () => {
    expect(foldSearchText("Ömer")).toBe(foldSearchText("omer"));
    expect(foldSearchText("ÅSA")).toBe("asa");
    expect(searchWords("Testsson,  Ömer")).toEqual(["testsson", "omer"]);
  });
  test("the map has one plain letter per folded one", () =>
    expect(SEARCH_FOLD_FROM.length).toBe(SEARCH_FOLD_TO.length));
  test("folding is idempotent, and names differing only in case or accents meet", () => {
    const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzåäöéüABCÅÄÖÉÜ");
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 20 }), (chars) => {
        const text = chars.join("");
        const once = foldSearchText(text);
        return (
          foldSearchText(once) === once &&
          foldSearchText(text.toUpperCase()) === foldSearchText(text.toLowerCase())
        );
      }),
    );
  });
});
