export { foldSearchText, SEARCH_FOLD_FROM, SEARCH_FOLD_TO, searchWords } from "./search-fold";
export { hasForbiddenCharacters, type TextRules, textSchema } from "./text-schema";
