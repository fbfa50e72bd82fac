import { describe, test } from "vitest";
import { defineFuzzSuite, SHARDS } from "./fuzz/fuzz-suite";

// `npm run fuzz` (OPIS_FUZZ_SHARDS=2) runs half the calls here, in a second process.
if (SHARDS >= 2) defineFuzzSuite(1);
else
  describe.skip("fuzz, second shard (npm run fuzz only)", () => test("skipped", () => undefined));
