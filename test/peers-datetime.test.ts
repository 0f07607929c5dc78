// findTimes against the Recognizers-Text Chinese DateTime spec cases (fixtures/peers, see its README).
// Our model states only day-or-coarser spans, so each case is first classified: expressible when every expected
// result is a date or a date range with both ends as days (a case expecting nothing is expressible too); not
// expressible when it holds times of day, durations, sets (每天) or open-ended ranges. On expressible cases we
// count agreement: the same spans, in order, each with the same first and last day. Upstream date ranges end
// exclusively at the calendar level (2009 → 2009-01-01..2010-01-01) but literally for spans counted from the
// reference time (过去十年 → 2008-07-24..2018-07-24), so our inclusive last day may equal the upstream end or the
// day before it. Where upstream gives two readings (29日: last month or this month), either one agrees.
// Cases without a Context use 2016-11-07, the default reference date of the upstream test suites (only three
// cases lack one, and they expect nothing).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findTimes, type TimeMatch } from "../src/recognize/time.js";

interface PeerValue {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}
interface PeerResult {
  text: string;
  type: string;
  start: number;
  end: number; // inclusive
  resolution?: { values?: PeerValue[] };
}
interface PeerCase {
  input: string;
  results: PeerResult[];
  context?: { ReferenceDateTime?: string };
}
interface Exception {
  file: string;
  line: number;
  input: string;
  reason: string;
}

const DEFAULT_REFERENCE = "2016-11-07";
/** The agreement reached when this test was written: a regression below it fails. */
const FLOOR: Record<string, number> = { datetime: 84, duration: 0 };

const exceptions: Exception[] = JSON.parse(
  readFileSync(new URL("./peers-datetime.exceptions.json", import.meta.url), "utf8"),
);

function load(file: string): PeerCase[] {
  const text = readFileSync(new URL(`../fixtures/peers/${file}.jsonl`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as PeerCase);
}

const isDay = (s: string | undefined): s is string => s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s); // 2016-11-07

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function expressible(c: PeerCase): boolean {
  return c.results.every((r) => {
    const values = r.resolution?.values ?? [];
    if (r.type === "datetimeV2.date") return values.length > 0 && values.every((v) => isDay(v.value));
    if (r.type === "datetimeV2.daterange")
      return values.length > 0 && values.every((v) => isDay(v.start) && isDay(v.end));
    return false;
  });
}

function sameDays(m: TimeMatch, r: PeerResult): boolean {
  return (r.resolution?.values ?? []).some((v) =>
    r.type === "datetimeV2.date"
      ? m.from === v.value && m.to === v.value
      : m.from === v.start && m.to !== null && (m.to === v.end || nextDay(m.to) === v.end),
  );
}

function agrees(c: PeerCase, ours: TimeMatch[]): boolean {
  if (ours.length !== c.results.length) return false;
  return c.results.every((r, k) => {
    const m = ours[k];
    return m !== undefined && m.start === r.start && m.end === r.end + 1 && sameDays(m, r);
  });
}

const anchorOf = (c: PeerCase) => (c.context?.ReferenceDateTime ?? DEFAULT_REFERENCE).slice(0, 10);

interface Tally {
  cases: number;
  expressible: number;
  agree: number;
  deliberate: number;
  disagreeing: { line: number; input: string; ours: string }[];
  staleExceptions: Exception[];
}

function tally(file: string): Tally {
  const cases = load(file);
  const mine = new Map(exceptions.filter((e) => e.file === file).map((e) => [e.line, e]));
  const t: Tally = {
    cases: cases.length,
    expressible: 0,
    agree: 0,
    deliberate: 0,
    disagreeing: [],
    staleExceptions: [],
  };
  cases.forEach((c, k) => {
    const line = k + 1;
    const exception = mine.get(line);
    if (!expressible(c)) {
      if (exception) t.staleExceptions.push(exception);
      return;
    }
    t.expressible++;
    const ours = findTimes(c.input, anchorOf(c));
    if (agrees(c, ours)) {
      t.agree++;
      if (exception) t.staleExceptions.push(exception);
    } else if (exception && exception.input === c.input) t.deliberate++;
    else t.disagreeing.push({ line, input: c.input, ours: ours.map((m) => `${m.text} ${m.from}..${m.to}`).join("; ") });
  });
  return t;
}

describe.each(["datetime", "duration"])("peers %s", (file) => {
  const t = tally(file);
  console.log(
    `peers ${file}: ${t.agree}/${t.expressible} agree on expressible cases (${t.expressible} of ${t.cases} expressible), ${t.deliberate} deliberate differences`,
  );
  if (t.disagreeing.length)
    console.log(`  other differences: ${t.disagreeing.map((d) => `${d.line} ${d.input}`).join(" | ")}`);

  it(`agrees on at least ${FLOOR[file]} expressible cases`, () => {
    expect(t.agree).toBeGreaterThanOrEqual(FLOOR[file] ?? 0);
  });

  it("lists only deliberate differences that still differ", () => {
    expect(t.staleExceptions).toEqual([]);
  });
});

describe("peers: durations and sets are not times", () => {
  // Plain durations (两年, 半个月, 8天20小时) and recurring sets (每天, 每周一) are quantities, another
  // engineer's: no time of ours may overlap them.
  const overlaps: string[] = [];
  let spans = 0;
  for (const file of ["datetime", "duration"]) {
    for (const c of load(file)) {
      const ours = findTimes(c.input, anchorOf(c));
      for (const r of c.results) {
        if (r.type !== "datetimeV2.duration" && r.type !== "datetimeV2.set") continue;
        spans++;
        for (const m of ours)
          if (m.start <= r.end && m.end > r.start) overlaps.push(`${c.input}: ${m.text} over ${r.text}`);
      }
    }
  }
  console.log(`peers durations and sets: ${spans - overlaps.length}/${spans} kept out of the times`);

  it("finds no time over a plain duration or a set", () => {
    expect(overlaps).toEqual([]);
  });
});

describe("peers: the exceptions file", () => {
  it("gives each deliberate difference a reason and the case's input", () => {
    for (const e of exceptions) {
      const c = load(e.file)[e.line - 1];
      expect(c?.input).toBe(e.input);
      expect(e.reason.length).toBeGreaterThan(20);
    }
  });
});
