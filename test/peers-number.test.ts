// Measures findNumerals against the Chinese number cases of Microsoft Recognizers-Text
// (fixtures/peers/number.jsonl; see fixtures/peers/README.md). A case passes when our runs, in order, have the
// peer's texts and values, read in the peer's terms (see peerText and peerValue). Where we differ on purpose the
// case is listed with its reason in peers-number.exceptions.json (at most 5% of the cases); the raw count of passed
// cases is asserted, and the deliberate differences are reported beside it, not added to it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNumerals, type NumeralMatch, parseNumeral } from "../src/recognize/numeral.js";
import { type Exception, expectDeliberateStillFail } from "./peers.js";

interface PeerResult {
  text: string;
  type: string;
  resolution: { value: string };
  start: number;
  end: number; // inclusive
}
interface PeerCase {
  input: string;
  results: PeerResult[];
}

const cases: PeerCase[] = readFileSync(new URL("../fixtures/peers/number.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as PeerCase);
const exceptions: Exception[] = JSON.parse(
  readFileSync(new URL("./peers-number.exceptions.json", import.meta.url), "utf8"),
) as Exception[];

/** The target: at least 350 of the 365 cases passed, raw (Recognizers-Text's own JavaScript passes 364). */
const TARGET = 350;

/** The peer rewrites fullwidth digits and lowercases Latin letters in `text` (４，５６５ → 4,565; M → m). */
const normal = (s: string): string => s.normalize("NFKC").toLowerCase();

/** A percentage written with the percent sign 百分之 (百分之七十, 百 分之 五): the peer's number model reads what follows. */
const percentSign = /^百\s*分\s*之\s*/u;

/** Our run's text in the peer's terms: of 百分之五十五点五七九 the peer's number model returns 五十五点五七九. */
const peerText = (m: NumeralMatch): string => (m.percent && !m.fraction ? m.text.replace(percentSign, "") : m.text);

/**
 * Our value in the peer's terms:
 * - a ratio (三分之一, 1/2: fraction true) is 33.33 for us and 0.333 for the peer; a percentage (百分之五十五点五七九)
 *   is 55.579 for both;
 * - a number with an unknown digit 几 is a range for us (二十几万 = 210000–290000, as the claim contract says) and the
 *   number without 几 for the peer (200000).
 */
function peerValue(m: NumeralMatch, unknownDigit = true): number | null {
  if (m.value === null)
    return unknownDigit && /[几幾]/u.test(m.text)
      ? (parseNumeral(m.text.replace(/[几幾]/gu, ""))?.value ?? null)
      : null;
  return m.fraction ? m.value / 100 : m.value;
}

/** Peer values are strings with 15 significant digits ("350.333333333333"). */
function sameNumber(a: number | null, b: string): boolean {
  const e = Number(b);
  return a !== null && Math.abs(a - e) <= 1e-12 * Math.max(1, Math.abs(e));
}

function passes(c: PeerCase, unknownDigit = true): boolean {
  const runs = findNumerals(c.input);
  return (
    runs.length === c.results.length &&
    runs.every((m, k) => {
      const r = c.results[k];
      return (
        r !== undefined &&
        normal(peerText(m)) === normal(r.text) &&
        sameNumber(peerValue(m, unknownDigit), r.resolution.value)
      );
    })
  );
}

describe("peers: Recognizers-Text number cases", () => {
  const deliberate = new Set(exceptions.map((e) => e.input));
  const results = cases.map((c) => ({ c, ok: passes(c) }));
  const passed = results.filter((r) => r.ok).length;

  it("reads the case file", () => {
    expect(cases).toHaveLength(365);
    for (const c of cases) for (const r of c.results) expect(c.input.length).toBeGreaterThan(r.end);
  });

  it("lists at most 5% of the cases as deliberate, each a real, still failing case with a reason", () => {
    expectDeliberateStillFail(results, exceptions);
  });

  it("passes enough cases (raw count)", () => {
    // the cases that pass only because 几 is read as the peer reads it (the number without it) are said aloud
    const byConvention = results.filter((r) => r.ok && !passes(r.c, false)).length;
    console.log(
      `peers number: ${passed}/${cases.length} passed (${byConvention} of them with 几 read as the peer reads it), ${deliberate.size} deliberate differences`,
    );
    expect(passed).toBeGreaterThanOrEqual(TARGET);
  });
});
