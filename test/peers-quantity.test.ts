// Measures recognizeQuantities against the Chinese percent, currency, number-range and dimension cases of Microsoft
// Recognizers-Text (fixtures/peers/*.jsonl; see fixtures/peers/README.md). Only figures count (tag "figure"), read
// with no time spans and no names seen before. A case passes when our figures of the file's kind, in order, have the
// peer's texts and values:
// - percent: figures of kind percent (个百分点 included: the peer gives 6% for 六个百分点, we give 6 pp);
// - currency: money figures with a currency (a sum with no currency word is not the peer's currency); the peer's
//   isoCurrency, when it gives one, must be our unit;
// - numberrange: figures with an interval (Mention.interval), compared in the peer's notation: (20,35], [30,), (,5];
//   a spoken range (20到30, 20和30之间) says nothing of its ends, and the peer writes it [20,30);
// - dimension: measures with a unit (the peer's unit names are not compared: 一百千瓦 is kW for us, Kilowatt for it).
// Texts are compared after NFKC normalisation, lowercasing and trimming (the peer rewrites ４，５６５ as 4,565); a
// ratio (三分之一, 1/2: `fraction`) is a percent for us and a plain number for the peer (33.33 against 0.333).
// The raw count of passed cases is asserted; the cases where we differ on purpose are listed with a reason in
// peers-quantity.exceptions.json (at most 5% of a file) and reported beside the count, not added to it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Mention, recognizeQuantities } from "../src/recognize/quantity.js";
import { type Exception, expectDeliberateStillFail } from "./peers.js";

interface PeerResult {
  text: string;
  type: string;
  resolution: { value: string | null; isoCurrency?: string; unit?: string };
  start: number;
  end: number; // inclusive
}
interface PeerCase {
  input: string;
  results: PeerResult[];
}

type File = "percent" | "currency" | "numberrange" | "dimension";

/** The raw pass counts to reach (the acceptance criteria); dimension has none: a floor against regressions. */
const targets: Record<File, { total: number; floor: number }> = {
  percent: { total: 152, floor: 145 },
  currency: { total: 35, floor: 32 },
  numberrange: { total: 65, floor: 55 },
  dimension: { total: 36, floor: 27 },
};

const load = (file: File): PeerCase[] =>
  readFileSync(new URL(`../fixtures/peers/${file}.jsonl`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as PeerCase);
const exceptions = JSON.parse(
  readFileSync(new URL("./peers-quantity.exceptions.json", import.meta.url), "utf8"),
) as Record<File, Exception[]>;

const normal = (s: string): string => s.normalize("NFKC").toLowerCase().trim();

/** Our figure's number in the peer's units: a ratio (三分之一, 1/2) is 33.33 for us and 0.333 for the peer. */
const plain = (m: Mention, x: number | null): number | null => (x !== null && m.fraction ? x / 100 : x);

/** Peer values are strings with up to 15 significant digits ("350.333333333333", "50%", "6E-05%"). */
function sameNumber(a: number | null, b: string | null | undefined): boolean {
  if (a === null || b === null || b === undefined || b === "") return false;
  const e = Number(b.replace(/%$/, ""));
  return Number.isFinite(e) && Math.abs(a - e) <= 1e-9 * Math.max(1, Math.abs(e));
}

/** Our interval against the peer's notation: "(20,35]", "[30,)", "(,5]". Unsaid ends are the peer's [a,b). */
function sameInterval(m: Mention, notation: string | null): boolean {
  const v = m.interval;
  // "(20,35]", "[30,)", "(,5]": a bracket, two ends (either may be empty), a bracket
  const parts = /^(?<left>[[(])(?<lo>[^,]*),(?<hi>[^,]*)(?<right>[\])])$/.exec(notation ?? "")?.groups;
  if (!v || !parts) return false;
  const { left, lo, hi, right } = parts;
  const minOpen = v.min === null || v.minOpen === true;
  const maxOpen = v.max === null || v.maxOpen !== false;
  const end = (x: number | null, s: string | undefined) => (x === null ? s === "" : sameNumber(plain(m, x), s));
  return (left === "(") === minOpen && (right === ")") === maxOpen && end(v.min, lo) && end(v.max, hi);
}

/** What each file compares: our figures of its kind, as [text, match against one peer result]. */
const readings: Record<File, (ms: Mention[]) => [string, (r: PeerResult) => boolean][]> = {
  percent: (ms) =>
    ms
      .filter((m) => m.kind === "percent")
      .map((m) => [m.text, (r) => m.value !== null && sameNumber(m.value, r.resolution.value)]),
  currency: (ms) =>
    ms
      .filter((m) => m.kind === "money" && m.unit !== null)
      .map((m) => [
        m.text,
        (r) =>
          sameNumber(m.value, r.resolution.value) &&
          (r.resolution.isoCurrency === undefined || r.resolution.isoCurrency === m.unit),
      ]),
  numberrange: (ms) =>
    ms
      .filter((m) => m.interval !== undefined)
      .sort((a, b) => (a.interval?.start ?? 0) - (b.interval?.start ?? 0))
      .map((m) => [m.interval?.text ?? "", (r) => sameInterval(m, r.resolution.value)]),
  dimension: (ms) =>
    ms
      .filter((m) => m.kind === "measure" && m.unit !== null)
      .map((m) => [m.text, (r) => sameNumber(m.value, r.resolution.value)]),
};

function passes(file: File, c: PeerCase): boolean {
  const figures = recognizeQuantities(c.input, { times: [], versions: new Set() }).filter((m) => m.tag === "figure");
  const ours = readings[file](figures);
  return (
    ours.length === c.results.length &&
    ours.every(([text, matches], k) => {
      const r = c.results[k];
      return r !== undefined && normal(text) === normal(r.text) && matches(r);
    })
  );
}

describe.each(Object.keys(targets) as File[])("peers: Recognizers-Text %s cases", (file) => {
  const cases = load(file);
  const listed = exceptions[file];
  const results = cases.map((c) => ({ c, ok: passes(file, c) }));
  const passed = results.filter((r) => r.ok).length;

  it("reads the case file", () => {
    expect(cases).toHaveLength(targets[file].total);
  });

  it("lists at most 5% of the cases as deliberate, each a real, still failing case with a reason", () => {
    expectDeliberateStillFail(results, listed);
  });

  it("passes enough cases (raw count)", () => {
    console.log(`peers ${file}: ${passed}/${cases.length} passed, ${listed.length} deliberate differences`);
    expect(passed).toBeGreaterThanOrEqual(targets[file].floor);
  });
});
