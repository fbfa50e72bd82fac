/** The message catalogs alone, without i18next or React: for the command line. */
export { en } from "./en";
export { type MessageKey, sv } from "./sv";
