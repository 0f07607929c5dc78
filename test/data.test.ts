// The data loader's check for keys that validation dropped (src/data.ts strayKey): a misspelt key in data/zh/*.yaml
// must fail the build, not be ignored.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { strayKey } from "../src/data.js";

const Schema = z.object({
  words: z.array(z.string()),
  units: z.array(z.object({ unit: z.string(), notBefore: z.array(z.string()).optional() })),
  table: z.record(z.string(), z.number()),
  pairs: z.array(z.string()).transform((a) => new Set(a)),
});

const base = { words: ["万"], units: [{ unit: "GB", notBefore: ["点"] }], table: { 一: 1 }, pairs: ["x"] };

describe("strayKey", () => {
  it.each([
    ["a valid file", base, null],
    ["a misspelt key in an array's object", { ...base, units: [{ unit: "GB", notBfore: ["点"] }] }, "units.0.notBfore"],
    ["an empty key (a comment line that lost its #)", { ...base, "": null }, '""'],
    ["a key of a record is no stray", { ...base, table: { 一: 1, 二: 2 } }, null],
    ["a part the schema transforms is not compared", { ...base, pairs: ["x", "y"] }, null],
  ])("%s", (_, raw, expected) => {
    expect(strayKey(raw, Schema.parse(raw))).toBe(expected);
  });
});
