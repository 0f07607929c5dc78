// The zod-free pieces every start needs (src/choices.ts, src/chars.ts): the day check of --date, --due-before,
// --due-after and ndjson's "date", and the tables cut from shared blocks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byteTable, charTable, wordTable } from "../src/chars.js";
import { isIsoDate } from "../src/choices.js";

describe("isIsoDate", () => {
  it.each([
    ["2025-12-18", true],
    ["2024-02-29", true], // a leap day
    ["2000-02-29", true], // divisible by 400
    ["0099-01-01", true], // four digits, not 1999
    ["9999-12-31", true],
    ["2025-02-29", false], // no leap day
    ["1900-02-29", false], // divisible by 100, not 400
    ["2025-02-30", false],
    ["2025-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["2025-2-3", false],
    ["25-12-18", false],
    ["2025/12/18", false],
    ["2025-12-18T00:00", false],
    [" 2025-12-18", false],
    ["2025-12-18\n", false],
    ["２０２５-１２-１８", false], // full-width digits
    ["", false],
  ])("%j → %s", (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it("agrees with the calendar on random days of any four-digit year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
          const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(isIsoDate(s)).toBe(d <= days);
        },
      ),
      { seed: 20251218, numRuns: 2000 },
    );
  });
});

describe("tables cut from shared blocks", () => {
  it("never overlap, across blocks too, and start zeroed", () => {
    // more tables than one block holds, mixed widths
    const tables = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? wordTable() : byteTable()));
    for (const t of tables) expect(t.every((v) => v === 0)).toBe(true);
    tables.forEach((t, i) => {
      t.fill(i + 1);
    });
    tables.forEach((t, i) => {
      expect(t.length).toBe(65536);
      expect(t.every((v) => v === i + 1)).toBe(true);
    });
  });

  it("charTable holds its single characters only", () => {
    const t = charTable(["亿", "万", "百分之", ""]);
    expect([t["亿".charCodeAt(0)], t["万".charCodeAt(0)], t["百".charCodeAt(0)], t[0]]).toEqual([1, 1, 0, 0]);
    expect(charTable(["亿"])["万".charCodeAt(0)]).toBe(0);
  });
});
