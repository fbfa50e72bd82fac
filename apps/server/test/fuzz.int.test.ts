import { defineFuzzSuite } from "./fuzz/fuzz-suite";

// Every procedure fuzzed from its own schema (see fuzz/fuzz-suite.ts); `npm test` runs 400 calls.
defineFuzzSuite(0);
