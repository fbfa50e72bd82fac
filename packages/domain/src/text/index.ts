export { hasForbiddenCharacters, type TextRules, textSchema } from "./text-schema";
