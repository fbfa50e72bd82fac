import { MAX_IMPORT_BYTES } from "./operations/evaluation";
import { MAX_PARTICIPATION_IMPORT_BYTES } from "./operations/import";

/**
 * Procedures whose input is larger than the server's default body limit, with
 * the request size they need: the comparison import carries its file as base64
 * (4/3 of the file) in a JSON envelope.
 */
export const LARGE_REQUEST_PROCEDURES: Readonly<Record<string, number>> = {
  "comparison.import": Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024,
  "imports.preview": Math.ceil((MAX_PARTICIPATION_IMPORT_BYTES * 4) / 3) + 64 * 1024,
  "imports.run": Math.ceil((MAX_PARTICIPATION_IMPORT_BYTES * 4) / 3) + 64 * 1024,
};
