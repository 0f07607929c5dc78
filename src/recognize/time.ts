// Time expressions in Chinese speech (2026年, 明年第一季度, 三年前, 未来五年, 本月初 …), found with their exact
// span and resolved against an anchor date (the day the words were said) to a first and last day.
//
// The scanner walks the text once, left to right. At a position where a time can start, a handful of small
// parsers each read at most a few dozen characters (a number, a word from data/zh/time.yaml, a marker), and the
// longest reading wins; the scan then resumes after it. Nothing backtracks over the input, so the cost is
// linear in its length. Vocabulary lives in data/zh/time.yaml; this file holds the mechanisms only.
import { byteTable, charTable, codeAt, isLatinCode, tableAt, wordTable } from "../chars.js";
import { loadData, type Zod } from "../data.js";
import { isSurname } from "../input/source.js";
import { isNumeralChar, latinBodyBefore, numeralAt, scaleValue } from "./numeral.js";

export type Grain = "day" | "month" | "quarter" | "half" | "year" | "decade" | "open";
export type Direction = "past" | "present" | "future";

export interface TimeMatch {
  start: number;
  end: number;
  text: string;
  from: string | null;
  to: string | null;
  grain: Grain;
  relative: boolean;
  direction: Direction | null;
  duration: boolean;
  /** the baseline of a comparison (比去年同期, 与去年相比): not the time a figure holds */
  baseline: boolean;
  /** the term a state already reaches (订单已经排到了明年第一季度): neither the time a figure holds nor a forecast's */
  term: boolean;
  /** from a stated time up to the anchor (今年以来, 2020年以来): open-ended in form, but a span a reader can check */
  since: boolean;
}

// ------------------------------------------------------------------------------------------------ vocabulary

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const Word = z.string().min(1);
  const Words = z.array(Word);
  const Guarded = z.object({
    words: z.array(Word).min(1),
    example: z.string().min(1),
    notBefore: Words.optional(),
    notAfter: Words.optional(),
    onlyBefore: Words.optional(),
    /** Only where a clause starts: no letter, digit or Chinese character right before the word (前两年都是亏的). */
    clauseStart: z.boolean().optional(),
    /** Not where a word of `after` stands right before the word and one of `before` right after it (投产后年产值). */
    notAcross: z.object({ after: Words.min(1), before: Words.min(1) }).optional(),
  });
  const Month = z.int().min(1).max(12);
  const Day = z.int().min(1).max(31);
  const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/); // 02-17
  /** A festival's day by year: the first year of ten → ten month-days (春节 of 2026 is 02-17). */
  // the first year of ten → ten lengths of a lunar month (29 or 30)
  const MonthLengths = z.record(
    z.string().regex(/^[0-9]{4}$/),
    z.array(z.union([z.literal(29), z.literal(30)])).length(10),
  );
  const LunarTable = z.record(z.string().regex(/^[0-9]{4}$/), z.array(MonthDay).length(10));
  const Offset = Guarded.extend({ offset: z.int() });
  const DirectionName = z.enum(["past", "future"]);

  const TimeData = z.object({
    numerals: z.object({
      digits: z.record(z.string().length(1), z.int().min(0).max(9)),
      countDigits: z.record(z.string().length(1), z.int().min(0).max(9)),
      multipliers: z.record(z.string().length(1), z.int().min(10)),
      vague: z.array(Guarded.extend({ min: z.int(), max: z.int(), horizon: z.int().min(1) })),
      half: Words,
      more: Words,
      approximatePairs: z.array(z.object({ words: Word, min: z.int(), max: z.int(), example: Word })),
      rangeConnectors: Words,
    }),
    units: z.array(
      Guarded.extend({
        unit: z.enum(["year", "quarter", "month", "week", "day"]),
        plusHalf: z.boolean().optional(),
        plusMore: z.boolean().optional(),
      }),
    ),
    years: z.object({
      marker: Words,
      min: z.int(),
      max: z.int(),
      twoDigitPivot: z.int().min(0).max(100),
      twoDigitFollowers: Words,
      gradePrefixes: Words,
      republic: z.object({
        firstYear: z.int(),
        min: z.int().min(100),
        max: z.int().max(999),
        notAfter: Words,
        notBefore: Words,
        example: Word,
      }),
    }),
    relativeYears: z.array(Offset),
    fiscalPrefixes: Words,
    relativeYearPairs: z.array(Guarded.extend({ first: z.int(), last: z.int() })),
    yearParts: z.array(
      Guarded.extend({
        months: z.tuple([Month, z.int().min(1).max(14)]), // 14: February of the next year (冬天)
        grain: z.enum(["year", "half", "quarter", "month"]),
        afterYearOnly: z.boolean().optional(),
        needsYear: z.boolean().optional(),
        // onlyBefore holds only where the word shares the year's 年 or stands alone (2025年中国), not after the
        // year's own 年 (2026年年中良率)
        onlyBeforeShared: z.boolean().optional(),
      }),
    ),
    yearSpans: z.array(Guarded.extend({ kind: z.enum(["rest", "earlier", "later", "same"]) })),
    ordinalPrefix: Words,
    ordinalUnits: z.array(Guarded.extend({ unit: z.enum(["month", "week"]) })),
    firstWords: Words,
    lastWords: Words,
    partUnits: z.array(Guarded.extend({ unit: z.enum(["quarter", "month", "week", "day"]) })),
    quarters: z.object({
      words: Words,
      afterYear: Words,
      letters: Words,
      parts: z.array(Guarded.extend({ month: z.enum(["first", "last"]) })),
    }),
    months: z.object({
      marker: Words,
      suffix: Words,
      names: z.array(Guarded.extend({ month: Month })),
      notBefore: Words,
    }),
    monthParts: z.array(Guarded.extend({ days: z.tuple([Day, Day]) })),
    days: z.object({
      markers: Words,
      aloneMarkers: Words,
      notBefore: Words,
      aloneNotAfter: Words,
      numberedAlone: z.object({ markers: Words, after: Words, before: Words }),
      appositionSeparators: Words,
    }),
    // `to`: the last day's offset, for two days said as one (明后天)
    relativeDays: z.array(Offset.extend({ to: z.int().optional() })),
    relativePrefixes: z.array(Offset),
    relativeClassifiers: Words,
    partDemonstratives: Words,
    relativeUnits: z.array(
      Guarded.extend({ unit: z.enum(["month", "week", "quarter", "half"]), needsClassifier: z.boolean().optional() }),
    ),
    weekNotBefore: Words,
    weekWords: Words,
    weekdays: z.record(z.string().length(1), z.int().min(1).max(7)),
    weekend: Words,
    weekendNotAfter: Words,
    weekendHabitCues: Words,
    weekendHabitModals: Words,
    weekendNounHeads: Words,
    futureMarkers: z.array(Guarded),
    hourSpans: z.object({ markers: Words, words: Words, example: z.string() }),
    pastMarkers: z.array(
      Guarded.extend({ minCount: z.int().optional(), onlyUnits: z.array(z.enum(["year", "month", "day"])).optional() }),
    ),
    withinMarkers: z.array(Guarded),
    durationBoundLeads: Words,
    withinAttribute: z.object({ marks: Words, keep: Words }),
    insideMarkers: z.array(Guarded),
    sinceMarkers: z.array(Guarded),
    sinceVerb: z.object({ markers: Words, times: Words }),
    sinceSpentBy: Words,
    agoMarkers: z.array(Guarded),
    afterMarkers: z.array(Guarded),
    afterEventLeads: Words,
    windowAfterEvent: z.object({ marks: Words, notAfter: Words }),
    aheadMarkers: z.array(Guarded),
    bounds: z.array(
      Guarded.extend({
        kind: z.enum(["before", "beforeInclusive", "after", "afterInclusive", "since", "starting", "about"]),
      }),
    ),
    openHorizon: z.object({ n: z.int().min(1), unit: z.enum(["year", "month", "day"]) }),
    yearToDate: z.object({ lag: z.int().min(1).max(11), minMonths: z.int().min(1).max(11) }),
    fromPrefixes: Words,
    sincePrefixes: Words,
    fromTails: z.object({ since: Words, starting: Words }),
    untilPrefixes: Words,
    untilNotAfter: Words,
    untilTails: Words,
    untilLate: Words,
    untilLateHedges: Words,
    untilWaits: Words,
    untilLateLeads: z.object({ words: Words, ends: Words }),
    untilTerms: Words,
    untilReckoned: z.object({ units: Words, ends: Words, halves: Words, reach: z.int().min(1).max(40) }),
    rangeConnectors: Words,
    yearConnectors: Words,
    betweenConnectors: Words,
    betweenTails: Words,
    openPhrases: z.array(
      Guarded.extend({
        direction: DirectionName.nullable(),
        horizon: z.int().min(1).optional(),
        unit: z.enum(["year", "month", "day"]).optional(),
        ago: z.tuple([z.int(), z.int()]).optional(),
        anaphoric: z.boolean().optional(),
      }),
    ),
    decades: z.object({ marker: Words, parts: z.array(Guarded.extend({ years: z.tuple([z.int(), z.int()]) })) }),
    centuries: z.object({
      marker: Words,
      relative: z.array(Offset),
      parts: z.array(Guarded.extend({ years: z.tuple([z.int(), z.int()]) })),
    }),
    lunar: z.object({
      prefixes: Words,
      /** notAfterSurname: not right after a surname (李冬月 is a name), unless it is one of these (于冬月). */
      months: z.array(Guarded.extend({ month: Month, notAfterSurname: Words.optional() })),
      dayPrefix: Words,
      days: z.array(Guarded),
      newYear: Words,
      notBefore: Words,
      notAfter: Words,
    }),
    festivals: z.object({
      days: z.array(
        Guarded.extend({
          lunarNewYear: z.literal(true).optional(),
          lunar: z.enum(["dragonBoat", "midAutumn"]).optional(),
          month: Month.optional(),
          day: Day.optional(),
          // read without a year too, as a holiday alone is; notBefore: what must not follow it then
          alone: z
            .object({
              notBefore: Words.optional(),
              /** Alone only with 前后 after it (国庆前后; a bare 国庆 is the holiday period). */
              onlyAbout: z.literal(true).optional(),
              /** Not right after a surname (张国庆前后), unless it is one of these (于国庆前后). */
              notAfterSurname: Words.optional(),
            })
            .optional(),
        }).refine(
          (f) => f.lunarNewYear === true || f.lunar !== undefined || (f.month !== undefined && f.day !== undefined),
          "a festival needs lunarNewYear: true, a lunar table, or a month and a day",
        ),
      ),
      // the first year of ten → ten month-days (02-17)
      lunarNewYear: LunarTable,
      dragonBoat: LunarTable,
      midAutumn: LunarTable,
      // the year of the new year that ends 腊月 → ten lengths of 腊月 (29 or 30); the year of 正月 → ten of 正月
      lastMonthDays: MonthLengths,
      firstMonthDays: MonthLengths,
    }),
    eras: z.object({
      firstYear: Words,
      list: z.array(
        Guarded.extend({ start: z.int(), max: z.int().optional(), beforeCommonEra: z.literal(true).optional() }),
      ),
    }),
    holidays: z.array(
      Guarded.extend({
        lunarNewYear: z.literal(true).optional(),
        lunar: z.enum(["dragonBoat", "midAutumn"]).optional(),
        month: Month.optional(),
        day: Day.optional(),
        from: z.int(),
        afterYear: z.literal(true).optional(),
        /** Not right after a surname (data/zh/speakers.yaml: 张国庆 is a name), unless it is one of these (于国庆). */
        notAfterSurname: Words.optional(),
        days: z.int().min(1),
        official: z.record(z.string().regex(/^[0-9]{4}$/), z.tuple([MonthDay, MonthDay])).optional(),
      }).refine(
        (f) => f.lunarNewYear === true || f.lunar !== undefined || (f.month !== undefined && f.day !== undefined),
        "a holiday needs lunarNewYear: true, a lunar table, or a month and a day",
      ),
    ),
    holidayFutureCues: Words,
    holidayCueReach: z.int().min(1).max(40),
    countdowns: z.object({ before: Words, after: Words }),
    holidayModals: z.array(Guarded),
    bareMonthFutureCues: z.array(Guarded),
    bareMonthPastCues: z.array(Guarded),
    bareMonthPastAspect: z.array(Guarded),
    bareMonthPastReports: z.object({ events: Words, verbs: Words, attributed: Words, attributes: z.array(Guarded) }),
    bareMonthCueReach: z.int().min(1).max(40),
    bareMonthModals: z.array(Guarded),
    bareMonthRecentDays: z.int().min(0).max(120),
    fiveYearPlans: z.object({
      prefix: Words,
      mark: Words,
      closingQuotes: Words,
      periods: z.array(Guarded.extend({ last: z.literal(true).optional() })),
    }),
    baselines: z.object({
      before: z.array(Guarded),
      after: z.array(Guarded),
      possessive: Words,
      ratioApprox: Words,
      ratioAfter: Words,
      ratioWords: Words,
      possessiveVerbs: Words,
    }),
    terms: Words,
    /** a term's first and last month (13: January of the next year), and 上学期, 这学期, 下学期 by offset */
    schoolTerms: z.object({
      autumn: z.tuple([Month, z.int().min(1).max(14)]),
      spring: z.tuple([Month, z.int().min(1).max(14)]),
      relative: z.array(Offset),
    }),
    setPrefixes: Words,
    blocked: Words,
    blockedNotBefore: Words,
    titleBrackets: z.array(z.tuple([Word, Word])),
    relativeSeasons: z.array(Offset.extend({ months: z.tuple([Month, z.int().min(1).max(14)]) })),
    withinPastMarks: z.array(Guarded),
    withinNegatedPast: z.array(Guarded),
    withinFutureWords: Words,
  });
  return { TimeData };
}

const data = loadData("time", (z) => schemas(z).TimeData);

// ------------------------------------------------------------------------------------------------ word tables

interface Guards {
  notBefore?: string[] | undefined;
  notAfter?: string[] | undefined;
  onlyBefore?: string[] | undefined;
  clauseStart?: boolean | undefined;
  notAcross?: { after: string[]; before: string[] } | undefined;
}
interface Found<T> {
  end: number;
  info: T;
}

const han = /\p{Script=Han}/u; // one Chinese character: 年

// The scanner looks at characters by their UTF-16 code (charCodeAt): text.charAt of a Chinese character makes a
// new one-character string each time, and the scan asks about every character several times.

/** True when the character at `i` is in `set` (false outside the text). */
const charIn = (set: Uint8Array, text: string, i: number) => tableAt(set, text, i) === 1;
/** A Latin letter or an ASCII digit (the H of H100), by code; false for -1 (outside the text). */
const isAlnum = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

interface Entry<T> {
  word: string;
  info: T;
  guards: Guards | null; // null: none to check
  alnumEnd: boolean; // the word ends in a letter or digit: it must not run on into another (H1 in H100)
}

/**
 * Each character that starts a word of some table gets a small number, by which every table keeps its words
 * starting with that character: finding them is two array reads (a Map by character code costs more, and the
 * parsers ask the tables nearly a million times on 5 MB of text).
 */
const firstIds = wordTable();
let firstCount = 0;

/** Words bucketed by first character, tried longest first; a word is taken only where its guards allow. */
class Table<T> {
  private readonly byFirst = new Map<number, Entry<T>[]>();
  private readonly buckets: (Entry<T>[] | undefined)[] = []; // by the first character's number in firstIds

  constructor(rows: Iterable<{ words: string[]; info: T; guards?: Guards }>) {
    for (const row of rows)
      for (const word of row.words) {
        const key = word.charCodeAt(0);
        const list = this.byFirst.get(key) ?? [];
        const g = row.guards;
        const guarded =
          g !== undefined &&
          (g.notBefore !== undefined ||
            g.notAfter !== undefined ||
            g.onlyBefore !== undefined ||
            g.notAcross !== undefined ||
            g.clauseStart === true);
        list.push({
          word,
          info: row.info,
          guards: guarded ? g : null,
          alnumEnd: isAlnum(word.charCodeAt(word.length - 1)),
        });
        this.byFirst.set(key, list);
      }
    for (const [code, list] of this.byFirst) {
      list.sort((a, b) => b.word.length - a.word.length);
      firstIds[code] ||= ++firstCount;
    }
    for (let id = 0; id <= firstCount; id++) this.buckets.push(undefined);
    for (const [code, list] of this.byFirst) this.buckets[firstIds[code] ?? 0] = list;
  }

  at(text: string, pos: number): Found<T> | null {
    const list = pos >= 0 && pos < text.length ? this.buckets[firstIds[text.charCodeAt(pos)] ?? 0] : undefined;
    if (list === undefined) return null;
    for (const e of list) {
      if (!text.startsWith(e.word, pos)) continue;
      const end = pos + e.word.length;
      if (e.alnumEnd && isAlnum(codeAt(text, end))) continue;
      if (e.guards !== null && !guardsAllow(text, pos, end, e.guards)) continue;
      return { end, info: e.info };
    }
    return null;
  }

  firstChars(): string[] {
    return [...this.byFirst.keys()].map((code) => String.fromCharCode(code));
  }

  /** Every word. */
  words(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.map((e) => e.word));
  }

  /** Every character of every word. */
  chars(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.flatMap((e) => [...e.word]));
  }
}

function guardsAllow(text: string, start: number, end: number, g: Guards): boolean {
  for (const w of g.notBefore ?? []) if (text.startsWith(w, end)) return false;
  for (const w of g.notAfter ?? []) if (start >= w.length && text.startsWith(w, start - w.length)) return false;
  const across = g.notAcross;
  if (
    across?.after.some((w) => start >= w.length && text.startsWith(w, start - w.length)) &&
    across.before.some((w) => text.startsWith(w, end))
  )
    return false;
  if (g.clauseStart && start > 0) {
    const prev = codeAt(text, start - 1);
    if (isAlnum(prev) || han.test(text.charAt(start - 1))) return false;
  }
  if (g.onlyBefore) {
    const next = text.charAt(end);
    if (next !== "" && han.test(next) && !g.onlyBefore.some((w) => text.startsWith(w, end))) return false;
  }
  return true;
}

/** A table of entries, each word mapping to its entry, with the entry's own guards. */
function entries<T extends { words: string[] } & Guards>(list: T[]): Table<T> {
  return new Table(list.map((e) => ({ words: e.words, info: e, guards: e })));
}
/** A table of plain words (no information but the word's presence), with optional shared guards. */
function plain(words: string[], guards: Guards = {}): Table<true> {
  return new Table([{ words, info: true as const, guards }]);
}

// tables of words that only join or qualify times (到, 的, 多, 半): never the mark of a time by themselves
const connectiveTables = new Set([
  "vague",
  "half",
  "more",
  "countConnectors",
  "rangeConnectors",
  "yearConnectors",
  "betweenConnectors",
  "de",
  "blocked",
  "apposition",
  "ordinal",
]);

const T = {
  vague: entries(data.numerals.vague),
  half: plain(data.numerals.half),
  more: plain(data.numerals.more),
  countConnectors: plain(data.numerals.rangeConnectors),
  units: new Table(
    data.units.map((u) => ({
      words: u.words,
      info: u,
      guards: u.unit === "week" ? { ...u, notBefore: [...(u.notBefore ?? []), ...data.weekNotBefore] } : u,
    })),
  ),
  yearMarker: plain(data.years.marker, { notBefore: data.decades.marker.map((w) => w.slice(1)) }),
  twoDigitFollowers: plain(data.years.twoDigitFollowers),
  republicNotBefore: plain(data.years.republic.notBefore),
  relativeYears: entries(data.relativeYears),
  fiscalPrefixes: plain(data.fiscalPrefixes),
  schoolTerms: entries(data.schoolTerms.relative),
  relativeYearPairs: entries(data.relativeYearPairs),
  yearParts: entries(data.yearParts),
  yearPartsOwnYear: entries(data.yearParts.map((p) => (p.onlyBeforeShared ? { ...p, onlyBefore: undefined } : p))),
  // the rest of a part sharing the year's 年, after a caption space: 2026年 底 (年底), 明年 初 (年初)
  yearPartsSpaced: entries(
    data.yearParts.flatMap((p) => {
      const words = p.words.filter((w) => w.length > 1 && w.startsWith("年")).map((w) => w.slice(1));
      return words.length > 0 ? [{ ...p, words, onlyBefore: undefined }] : [];
    }),
  ),
  yearSpans: entries(data.yearSpans),
  relativeSeasons: entries(data.relativeSeasons),
  ordinal: plain(data.ordinalPrefix),
  ordinalUnits: entries(data.ordinalUnits),
  first: plain(data.firstWords),
  last: plain(data.lastWords),
  partUnits: entries(data.partUnits),
  quarterWords: plain(data.quarters.words),
  quarterWordsAfterYear: plain(data.quarters.afterYear),
  quarterParts: entries(data.quarters.parts),
  monthMarker: plain(data.months.marker, { notBefore: data.months.notBefore }),
  monthSuffix: plain(data.months.suffix),
  monthNames: entries(data.months.names),
  monthParts: entries(data.monthParts),
  dayMarkers: plain(data.days.markers, { notBefore: data.days.notBefore }),
  dayAloneMarkers: plain(data.days.aloneMarkers, { notBefore: data.days.notBefore }),
  apposition: plain(data.days.appositionSeparators),
  relativeDays: entries(data.relativeDays),
  relativePrefixes: entries(data.relativePrefixes),
  relativeClassifiers: plain(data.relativeClassifiers),
  relativeUnits: new Table(
    data.relativeUnits.map((u) => ({
      words: u.words,
      info: u,
      guards: u.unit === "week" ? { ...u, notBefore: [...(u.notBefore ?? []), ...data.weekNotBefore] } : u,
    })),
  ),
  weekWords: plain(data.weekWords),
  weekend: plain(data.weekend),
  future: entries(data.futureMarkers),
  hourMarkers: plain(data.hourSpans.markers),
  hours: plain(data.hourSpans.words),
  past: entries(data.pastMarkers),
  within: entries(data.withinMarkers),
  inside: entries(data.insideMarkers),
  since: entries(data.sinceMarkers),
  sinceVerb: plain(data.sinceVerb.markers),
  sinceVerbTimes: plain(data.sinceVerb.times),
  ago: entries(data.agoMarkers),
  later: entries(data.afterMarkers),
  ahead: entries(data.aheadMarkers),
  bounds: entries(data.bounds),
  fromPrefixes: plain(data.fromPrefixes),
  sincePrefixes: plain(data.sincePrefixes),
  fromSince: plain(data.fromTails.since),
  fromStarting: plain(data.fromTails.starting),
  untilPrefixes: plain(data.untilPrefixes, { notAfter: data.untilNotAfter }),
  untilTails: plain(data.untilTails),
  rangeConnectors: plain(data.rangeConnectors),
  yearConnectors: plain(data.yearConnectors),
  betweenConnectors: plain(data.betweenConnectors),
  betweenTails: plain(data.betweenTails),
  open: entries(data.openPhrases),
  decadeMarker: plain(data.decades.marker),
  decadeParts: entries(data.decades.parts),
  centuryMarker: plain(data.centuries.marker),
  centuryWords: entries(data.centuries.relative),
  centuryParts: entries(data.centuries.parts),
  lunarPrefixes: plain(data.lunar.prefixes),
  lunarMonths: entries(data.lunar.months),
  lunarDayPrefix: plain(data.lunar.dayPrefix),
  lunarDays: entries(data.lunar.days),
  lunarNewYear: plain(data.lunar.newYear),
  festivals: entries(data.festivals.days),
  holidays: entries(data.holidays),
  eras: entries(data.eras.list),
  planPrefix: plain(data.fiveYearPlans.prefix),
  planPeriods: entries(data.fiveYearPlans.periods),
  eraFirstYear: plain(data.eras.firstYear),
  de: plain(["的"]), // 2021年的第一周
  sets: plain(data.setPrefixes),
  // a name is no name when a word goes on from its last character (五月天气: May's weather, not the band)
  blocked: plain(data.blocked, { notBefore: data.blockedNotBefore }),
  withinPast: entries(data.withinPastMarks),
  monthPastAspect: entries(data.bareMonthPastAspect),
  withinNegatedPast: entries(data.withinNegatedPast),
  withinFuture: plain(data.withinFutureWords),
};

const cnDigits = new Map(Object.entries(data.numerals.digits));
const cnCountDigits = new Map(Object.entries(data.numerals.countDigits));
const cnMultipliers = new Map(Object.entries(data.numerals.multipliers));
const weekdays = new Map(Object.entries(data.weekdays));
const approximatePairs = new Map(data.numerals.approximatePairs.map((p) => [p.words, [p.min, p.max]] as const));
const quarterLetterSet = charTable(data.quarters.letters);

// ------------------------------------------------------------------------------------------------ days

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date; months and days overflow like Date.UTC (month 13 = January). */
function dayOf(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}
function ymd(day: number): [number, number, number] {
  const t = new Date(day * MS_PER_DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
function iso(day: number): string {
  const [y, m, d] = ymd(day);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
const monthLength = (y: number, m: number) => ymd(dayOf(y, m + 1, 0))[2];
const validDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m);
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekdayIndex = (day: number) => (((day + 3) % 7) + 7) % 7;
const mondayOf = (day: number) => day - weekdayIndex(day);
/** Monday of ISO week 1: the week holding 4 January. */
const isoWeekOne = (y: number) => mondayOf(dayOf(y, 1, 4));

type Unit = "year" | "quarter" | "month" | "week" | "day";

/** The anchor moved by n units, the day of the month kept where it exists (clamped otherwise). */
function shift(anchor: number, unit: Unit, n: number): number {
  if (unit === "day") return anchor + n;
  if (unit === "week") return anchor + 7 * n;
  const [y, m, d] = ymd(anchor);
  const months = unit === "year" ? 12 * n : unit === "quarter" ? 3 * n : n;
  const first = dayOf(y, m + months, 1);
  const [y2, m2] = ymd(first);
  return dayOf(y2, m2, Math.min(d, monthLength(y2, m2)));
}

/** First and last day of the calendar unit holding a day (a week runs Monday..Sunday). */
function unitAround(day: number, unit: Unit): [number, number] {
  const [y, m] = ymd(day);
  switch (unit) {
    case "day":
      return [day, day];
    case "week":
      return [mondayOf(day), mondayOf(day) + 6];
    case "month":
      return [dayOf(y, m, 1), dayOf(y, m + 1, 0)];
    case "quarter": {
      const q0 = m - ((m - 1) % 3);
      return [dayOf(y, q0, 1), dayOf(y, q0 + 3, 0)];
    }
    case "year":
      return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
  }
}

const unitGrain: Record<Unit, Grain> = { year: "year", quarter: "quarter", month: "month", week: "day", day: "day" };

// ------------------------------------------------------------------------------------------------ hits

interface Anchor {
  day: number;
  y: number;
  m: number;
}
interface Ctx {
  text: string;
  a: Anchor | null;
  free: number; // the start of a range's second half: a number may start there after "-" (1995-1997年)
  coreAt: number; // where parseCore read last: after a prefix (从|2018年) the scan asks again at the same place
  core: Hit | null;
  // the year of the last time of a year and a part of it (明年上半年, 2027年一季度): a part alone after it is of that
  // year (明年上半年会降5%，下半年会涨10%); null: the anchor's
  carry: number | null;
  /** the text is Traditional Chinese (locale.ts): a bare 114年 is a year of the Republic */
  republic: boolean;
}

/** Calendar fields of a date-like time, kept so that the second half of a range can inherit them. */
interface Fields {
  y: number | null; // null: the year comes from an anchor we do not have
  m?: number;
  d?: number;
}

/** One reading of the text at a position. Days are numbers (days since 1970-01-01). */
interface Hit {
  end: number;
  from: number | null;
  to: number | null;
  grain: Grain;
  relative: boolean;
  direction: Direction | null; // stated by the words (明年, 未来); null: derived from the days
  duration: boolean;
  fixed?: boolean; // cannot be resolved (lunar dates, 此后): from/to stay null even with an anchor
  fields?: Fields;
  yearInherited?: boolean; // the year came from the other end of a range (6月1日-6月30日)
  partYear?: number | null; // a part of a stated year (明年上半年: 2026), which a part alone after it takes
  since?: boolean; // from a stated time up to the anchor, looking back (今年以来; not 2025年1月1日起)
  monday?: number | null; // a weekday's week, which a weekday after a range connector shares (下周二到周四)
}

const sign = (n: number): Direction => (n < 0 ? "past" : n > 0 ? "future" : "present");

// the first and last days a YYYY-MM-DD names: 0001-01-01 and 9999-12-31
const firstNamedDay = dayOf(1, 1, 1);
const lastNamedDay = dayOf(9999, 12, 31);

function hit(
  end: number,
  span: [number, number] | null,
  grain: Grain,
  relative: boolean,
  extra: Partial<Hit> = {},
): Hit {
  // no YYYY-MM-DD names a day before the year 1 or after 9999 (三千年前, 五千年来, 两万年后, 一百七十万年前): such a
  // time is found and left unresolved, as 公元前221年 is
  const named = span && span[0] >= firstNamedDay && span[1] <= lastNamedDay ? span : null;
  return {
    end,
    from: named ? named[0] : null,
    to: named ? named[1] : null,
    grain,
    relative,
    direction: null,
    duration: false,
    ...extra,
  };
}

/** The span of calendar fields: a year, a month, or a day (null when the year is unknown or the date invalid). */
function fieldsSpan(f: Fields): [number, number] | null {
  if (f.y === null) return null;
  if (f.m === undefined) return [dayOf(f.y, 1, 1), dayOf(f.y, 12, 31)];
  if (f.d === undefined) return [dayOf(f.y, f.m, 1), dayOf(f.y, f.m + 1, 0)];
  if (!validDate(f.y, f.m, f.d)) return null;
  const day = dayOf(f.y, f.m, f.d);
  return [day, day];
}

function fieldsHit(end: number, f: Fields, relative: boolean): Hit {
  const grain: Grain = f.m === undefined ? "year" : f.d === undefined ? "month" : "day";
  return hit(end, fieldsSpan(f), grain, relative, { fields: f });
}

/** A time that needs a lunar calendar (or an earlier event) to resolve: found, never resolved. */
function unresolved(end: number, grain: Grain, direction: Direction | null = null): Hit {
  return hit(end, null, grain, true, { fixed: true, direction });
}

const longest = (hits: (Hit | null)[]): Hit | null =>
  hits.reduce<Hit | null>((best, h) => (h && (!best || h.end > best.end) ? h : best), null);

type Parser = (ctx: Ctx, i: number) => Hit | null;

/**
 * Parsers of which the longest reading wins (the first listed on a tie), each listed with the characters it can
 * start on (it reads nothing elsewhere): at a position only those that can start on its character are tried.
 */
class Dispatch {
  private readonly index = wordTable(); // character code → position in `lists`
  private readonly lists: Parser[][] = [[]];
  readonly starts: string[] = [];

  constructor(parsers: [Parser, string[]][]) {
    const byChar = new Map<number, number[]>(); // character code → the parsers that can start on it, in order
    parsers.forEach(([, chars], k) => {
      for (const c of new Set(chars)) {
        if (c.length !== 1) continue;
        if (!byChar.has(c.charCodeAt(0))) this.starts.push(c);
        byChar.set(c.charCodeAt(0), [...(byChar.get(c.charCodeAt(0)) ?? []), k]);
      }
    });
    const ids = new Map<string, number>();
    for (const [code, ks] of byChar) {
      const key = ks.join();
      if (!ids.has(key)) {
        ids.set(key, this.lists.length);
        this.lists.push(ks.map((k) => parsers[k]?.[0] as Parser));
      }
      this.index[code] = ids.get(key) ?? 0;
    }
  }

  longest(ctx: Ctx, i: number): Hit | null {
    let best: Hit | null = null;
    for (const parse of this.lists[this.index[ctx.text.charCodeAt(i)] ?? 0] ?? []) {
      const h = parse(ctx, i);
      if (h && (!best || h.end > best.end)) best = h;
    }
    return best;
  }
}

// ------------------------------------------------------------------------------------------------ numbers

interface Num {
  value: number;
  max: number; // = value, except for a pair of adjacent digits (两三 → 2..3)
  end: number;
  digits: number; // how many digit characters (for arabic and digit-by-digit Chinese)
  kind: "arabic" | "cn" | "cnDigits" | "pair";
  leadingZero: boolean;
}

/** The value of the arabic digit at `i` (0-9 or full-width ０-９), or -1. */
function digitAt(text: string, i: number): number {
  const code = codeAt(text, i);
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10; // full-width ０-９
  return -1;
}
/** Chinese numerals by character code: digits (二〇二六), count digits (两), multipliers (十). */
const byCode = (m: Map<string, number>) => new Map([...m].map(([c, v]) => [c.charCodeAt(0), v]));
const cnDigitCodes = byCode(cnDigits);
const cnCountDigitCodes = byCode(cnCountDigits);
const cnMultiplierCodes = byCode(cnMultipliers);
const cnNumeralChars = [...cnDigits.keys(), ...cnCountDigits.keys(), ...cnMultipliers.keys()];
const cnNumeralSet = charTable(cnNumeralChars);
/** Arabic digits (also full-width) and Chinese numerals. */
const numeralChars = [..."0123456789０１２３４５６７８９", ...cnNumeralChars];
const numeralSet = charTable(numeralChars);
/** Before a number, these make it part of something else: a version (GPT-5), a decimal, a time of day. */
const numberJoiners = charTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._-/:");
/** After a numeral or a classifier (两周一次, 三个上半年), a week or part word counts, it names no time. */
const countedBefore = charTable([...numeralChars, ..."个個"]);
/** After these, 初一 is part of a longer date (年初一, 月初一, 十初一), not a lunar day alone. */
const lunarDayBlockers = charTable([...numeralChars, ..."年月"]);
const isLatin = isLatinCode;

/**
 * True when a product or model name ending in digits ends right before `i`: C919, PS5, Model 3, GPT-5, GPT-4.5,
 * iPhone 17. A time word after one is a time (C919明年, PS5下半年), where after a bare number it is a count (十来年,
 * 三个上半年) or nothing (3明年). Reads at most 12 characters back.
 */
function afterName(text: string, i: number): boolean {
  if (digitAt(text, i - 1) < 0) return false;
  let k = i - 2;
  while (k > i - 12 && (digitAt(text, k) >= 0 || codeAt(text, k) === 46)) k--; // 46 "." of GPT-4.5
  // a stock code of five or six digits after a company's name (宁德时代300750上半年, 腾讯00700明年): no count of years
  if (i - 1 - k >= 5 && i - 1 - k <= 6 && !numberJoiners[codeAt(text, k)] && !charIn(numeralSet, text, k)) return true;
  if (codeAt(text, k) === 32 || codeAt(text, k) === 45) k--; // the space of Model 3, the "-" of GPT-5
  return isLatin(codeAt(text, k));
}

/** True where a number cannot start: inside a longer number, a version (GPT-5), an ordinal (第三) or a decimal. */
function numberBlocked(ctx: Ctx, i: number): boolean {
  const { text } = ctx;
  const prev = codeAt(text, i - 1);
  if (prev < 0 || i === ctx.free) return false;
  // CBA三年内, NBA2026年: a league's name before a number is no version's (numerals.yaml latinBodies)
  if (numberJoiners[prev] === 1 && latinBodyBefore(text, i)) return false;
  return numeralSet[prev] === 1 || numberJoiners[prev] === 1 || T.ordinal.at(text, i - 1) !== null;
}

function readArabic(text: string, i: number): Num | null {
  let j = i;
  let value = 0;
  for (let d = digitAt(text, j); d >= 0; d = digitAt(text, ++j)) value = value * 10 + d;
  if (j === i) return null;
  const digits = j - i;
  return { value, max: value, end: j, digits, kind: "arabic", leadingZero: digits > 1 && digitAt(text, i) === 0 };
}

/** The digit value of the Chinese numeral at `k` (二 → 2, 两 → 2), 0 for a multiplier (十). */
function cnDigitAt(text: string, k: number): number {
  const code = codeAt(text, k);
  return cnDigitCodes.get(code) ?? cnCountDigitCodes.get(code) ?? 0;
}

/** Chinese numerals: 二十三 (cn), 二〇二六 (cnDigits), 两三 (pair). At most 8 characters are read. */
function readChinese(text: string, i: number): Num | null {
  let j = i;
  let multiplied = false;
  let counted = false;
  for (; j - i < 8 && tableAt(cnNumeralSet, text, j) === 1; j++) {
    const code = codeAt(text, j);
    multiplied ||= cnMultiplierCodes.has(code);
    counted ||= cnCountDigitCodes.has(code);
  }
  if (j === i) return null;
  if (multiplied) {
    let total = 0;
    let pending: number | null = null;
    for (let k = i; k < j; k++) {
      const mult = cnMultiplierCodes.get(codeAt(text, k));
      if (mult !== undefined) {
        total += (pending ?? 1) * mult;
        pending = null;
      } else {
        const d = cnDigitAt(text, k);
        if (pending !== null && pending !== 0 && d !== 0) return null; // 三五十: not a number
        pending = d;
      }
    }
    const value = total + (pending ?? 0);
    return { value, max: value, end: j, digits: 0, kind: "cn", leadingZero: false };
  }
  const first = cnDigitAt(text, i);
  const pair = approximatePairs.get(text.slice(i, j));
  if (pair) return { value: pair[0], max: pair[1], end: j, digits: 2, kind: "pair", leadingZero: false };
  if (j - i === 1) return { value: first, max: first, end: j, digits: 1, kind: "cn", leadingZero: false };
  const second = cnDigitAt(text, i + 1);
  if (j - i === 2 && second === first + 1 && first > 0)
    return { value: first, max: second, end: j, digits: 2, kind: "pair", leadingZero: false };
  if (counted) return null;
  let value = 0;
  for (let k = i; k < j; k++) value = value * 10 + cnDigitAt(text, k);
  return { value, max: value, end: j, digits: j - i, kind: "cnDigits", leadingZero: first === 0 };
}

// The parsers tried at one position each read the number there: the last reading is kept (Num is never changed).
let lastText = "";
let lastPos = -1;
let lastNum: Num | null = null;

function readNum(text: string, i: number): Num | null {
  if (i !== lastPos || text !== lastText) {
    lastNum = readArabic(text, i) ?? readChinese(text, i);
    lastText = text;
    lastPos = i;
  }
  return lastNum;
}

/** A small number (a month, a day, a quarter): arabic (01 allowed) or Chinese, not digit-by-digit. */
function readSmall(text: string, i: number, min: number, max: number): Num | null {
  const n = readNum(text, i);
  if (!n || n.kind === "pair" || n.kind === "cnDigits") return null;
  return n.value >= min && n.value <= max ? n : null;
}

const isSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x3000;
/** After at most `max` spaces (ASCII, no-break, ideographic) from `i`. */
function skipSpaces(text: string, i: number, max = 1): number {
  let j = i;
  while (j - i < max && isSpace(codeAt(text, j))) j++;
  return j;
}

/**
 * A word of `table` after one caption space at `pos` (明年 春节 前, 2026年 底), read only when it stands whole: a space,
 * punctuation or the end after it (2026年 底下的人 is no year's end).
 */
function spacedWord<I>(table: Table<I>, text: string, pos: number) {
  if (!isSpace(codeAt(text, pos))) return null;
  const w = table.at(text, pos + 1);
  return w && clauseEnd(text, w.end) ? w : null;
}

interface Count {
  min: number;
  max: number;
  vague: number | null; // the horizon of a vague count (几 → 3); null for a stated number
  end: number;
}

/** A count of units: 三, 3, 3-5, 三到五, 两三, 几, 半. */
function readCount(text: string, i: number): Count | null {
  const old = readScaledCount(text, i); // before 十几 is read as a vague count alone (十几万年前)
  if (old) return old;
  const v = T.vague.at(text, i);
  if (v) return { min: v.info.min, max: v.info.max, vague: v.info.horizon, end: v.end };
  const h = T.half.at(text, i);
  if (h) return { min: 0.5, max: 0.5, vague: null, end: h.end };
  const n = readCountNumber(text, i);
  if (!n) return null;
  const more = T.more.at(text, n.end); // 十多年: 11..19; 三个多月 is read by readUnit
  if (more)
    return { min: n.value, max: n.value + (n.value >= 10 && n.value % 10 === 0 ? 9 : 1), vague: null, end: more.end };
  const c = T.countConnectors.at(text, skipSpaces(text, n.end));
  if (c) {
    const m = readCountNumber(text, skipSpaces(text, c.end));
    if (m && m.value > n.value) return { min: n.value, max: m.max, vague: null, end: m.end };
  }
  return { min: n.value, max: n.max, vague: null, end: n.end };
}

/**
 * 一万年前, 一百七十万年前, 一万多年前, 十几万年前, 10000年前: a count of 万 and up, which this file's reader (it stops at
 * 千) reads as a number or a vague count and its scale characters: 一万多 is 10000..19999 (up to one unit of its scale
 * more), 十几万 110000..190000. Smaller counts (两千多, 十多) are read below.
 */
function readScaledCount(text: string, i: number): Count | null {
  const v = T.vague.at(text, i);
  const n = v ? null : readNum(text, i);
  if (!v && (!n || n.kind === "cnDigits" || n.kind === "pair" || n.leadingZero || n.value === 0)) return null;
  let min = v ? v.info.min : (n as Num).value;
  let max = v ? v.info.max : (n as Num).value;
  let end = v ? v.end : (n as Num).end;
  // 一百多万, 十多万: 多 between the number and its scale adds up to one of the number's last place
  const inner = v ? null : T.more.at(text, end);
  if (inner && scaleValue(text.charCodeAt(inner.end)) !== undefined) {
    let place = 1;
    while (max % (place * 10) === 0) place *= 10;
    max += place - 1;
    end = inner.end;
  }
  let scale = 1;
  for (let k = scaleValue(text.charCodeAt(end)); k !== undefined; k = scaleValue(text.charCodeAt(end))) {
    scale *= k;
    end++;
  }
  if (scale === 1 && !(n?.kind === "arabic" && n.value >= 10000)) return null;
  min *= scale;
  max *= scale;
  const more = T.more.at(text, end);
  if (more) return { min, max: max + Math.max(scale, 10) - 1, vague: null, end: more.end };
  return { min, max, vague: null, end };
}

function readCountNumber(text: string, i: number): Num | null {
  const n = readNum(text, i);
  if (!n || n.kind === "cnDigits" || n.leadingZero || (n.kind === "arabic" && n.digits > 3) || n.value === 0)
    return null;
  if (n.kind === "pair" && n.value === 2 && cnDigits.has(text.charAt(i))) return null; // 二三年: the year 2023
  return n;
}

interface UnitRead {
  unit: Unit;
  half: boolean; // 一年半, 一个半月
  more: boolean; // 三年多: up to one unit more
  end: number;
}

function readUnit(text: string, i: number): UnitRead | null {
  const u = T.units.at(text, skipSpaces(text, i));
  if (!u) return null;
  if (u.info.plusHalf || u.info.plusMore)
    return { unit: u.info.unit, half: !!u.info.plusHalf, more: !!u.info.plusMore, end: u.end };
  const h = u.info.unit === "year" ? T.half.at(text, u.end) : null;
  if (h) return { unit: "year", half: true, more: false, end: h.end };
  const more = u.info.unit === "year" ? T.more.at(text, u.end) : null;
  return { unit: u.info.unit, half: false, more: more !== null, end: more ? more.end : u.end };
}

/** A count in units, fractions turned into a finer unit (一年半 → 18 months, 半个月 → 15 days). */
function wholeUnits(n: number, unit: Unit): [number, Unit] {
  if (Number.isInteger(n)) return [n, unit];
  if (unit === "year") return [Math.round(n * 12), "month"];
  if (unit === "quarter") return [Math.round(n * 3), "month"];
  if (unit === "month") return [Math.round(n * 30), "day"];
  if (unit === "week") return [Math.round(n * 7), "day"];
  return [Math.round(n), "day"];
}

// ------------------------------------------------------------------------------------------------ years

interface YearHead {
  y: number | null;
  end: number; // after 年
  mark: number; // index of 年 (parts such as 年底 share it); -1 when there is none (2025Q1)
  relative: boolean;
  direction: Direction | null;
  twoDigit: boolean; // 18年: a year only before a month, a part or a follower (18年10月)
  strong: boolean; // 08年, 零八年, 九八年: a year on its own
  // 七八年: two adjacent ascending digits, a year only before a month or a part (七八年10月), never before a follower
  pair?: boolean;
}

/** A year read whole (令和3年, 26年 after 2025年): fixed, not relative, a year on its own. */
const fixedYear = (y: number, end: number, mark: number): YearHead => ({
  y,
  end,
  mark,
  relative: false,
  direction: null,
  twoDigit: false,
  strong: true,
});

const pivot = (v: number) => (v < data.years.twoDigitPivot ? 2000 + v : 1900 + v);

/**
 * A number that can be a year: four digits in range (2026, 二〇二六), or two (08, 18, 九八). Two adjacent
 * ascending digits (三四, 七八) are a range of counts (三四年 = three or four years, 七八年的时候就能回本 = after
 * 7–8 years): a year only before a month or a part (七八年10月), never before a follower such as 的时候, since a
 * year said in speech names its digits (一九七八年, 九八年 descends). Except from 一 and 二 (一二年 = 2012, 二三年 =
 * 2023): a count would say 一两年, 两三年.
 */
function readYearNumber(
  ctx: Ctx,
  i: number,
): { y: number; end: number; twoDigit: boolean; strong: boolean; pair?: boolean } | null {
  if (numberBlocked(ctx, i)) return null;
  // 高三一年: the 三 is the grade's, so no year 三一年 starts there (a digit written in figures is no grade: 最高08年)
  if (cnDigits.has(ctx.text.charAt(i)) && data.years.gradePrefixes.includes(ctx.text.charAt(i - 1))) return null;
  const n = readNum(ctx.text, i);
  if (n?.kind === "pair") {
    if (n.max !== n.value + 1) return null; // 三五: only a range of counts
    const c = ctx.text.charAt(i);
    if (n.value === 2 && cnDigits.has(c))
      return { y: pivot(n.value * 10 + n.max), end: n.end, twoDigit: true, strong: true };
    // 一二年的时候 = 2012 (a count says 一两年); 三四年 .. 八九年 stay counts before a follower
    if (n.value === 1) return { y: pivot(12), end: n.end, twoDigit: true, strong: false };
    return { y: pivot(n.value * 10 + n.max), end: n.end, twoDigit: true, strong: false, pair: true };
  }
  if (!n || (n.kind !== "arabic" && n.kind !== "cnDigits")) return null;
  if (n.digits === 4)
    return n.value >= data.years.min && n.value <= data.years.max
      ? { y: n.value, end: n.end, twoDigit: false, strong: true }
      : null;
  if (n.digits === 2)
    return { y: pivot(n.value), end: n.end, twoDigit: true, strong: n.leadingZero || n.kind === "cnDigits" };
  if (n.digits === 3 && ctx.republic && republicYear(ctx.text, i, n.value, n.end))
    return { y: data.years.republic.firstYear + n.value - 1, end: n.end, twoDigit: false, strong: true };
  return null;
}

const republicNotAfter = data.years.republic.notAfter;
/**
 * 114年 in a Traditional text: a year of the Republic (2025), its number in range and its 年 right after it, no word
 * of a length before the number (開了114年) or after the 年 (114年多, 114年的歷史), which keep it a duration.
 */
function republicYear(text: string, i: number, value: number, end: number): boolean {
  const { min, max } = data.years.republic;
  if (value < min || value > max || text.charAt(end) !== "年") return false;
  if (republicNotAfter.some((w) => text.endsWith(w, i))) return false;
  return !T.republicNotBefore.at(text, end + 1);
}

/**
 * Whether a Traditional text says a bare year of the Republic anywhere (113年我們的營收, as republicYear reads it):
 * a sign that it was written in Taiwan (locale.ts), as 民國 is. 開了114年 and 114年的歷史 stay lengths and say nothing.
 */
export function saysRepublicYear(text: string): boolean {
  const ctx: Ctx = { text, a: null, free: -1, coreAt: -1, core: null, carry: null, republic: true };
  for (let p = text.indexOf("年", 3); p >= 0; p = text.indexOf("年", p + 1)) {
    const i = p - 3;
    if (numberBlocked(ctx, i)) continue;
    const n = readNum(text, i);
    if (n && n.end === p && n.digits === 3 && republicYear(text, i, n.value, n.end)) return true;
  }
  return false;
}

/** FY2025, FY25: a fiscal year, the calendar year in China (as 2025财年); not inside a code (XFY2025, FY2025X). */
function readFiscalYear(ctx: Ctx, i: number): YearHead | null {
  const { text } = ctx;
  // not T.fiscalPrefixes.at: a table's word that ends in a letter may not run on into a digit, and here it must
  const pre = data.fiscalPrefixes.find((w) => text.startsWith(w, i));
  if (!pre || isLatin(codeAt(text, i - 1)) || digitAt(text, i - 1) >= 0) return null;
  const n = readArabic(text, i + pre.length);
  if (!n || (n.digits !== 4 && n.digits !== 2) || n.value !== Math.floor(n.value)) return null;
  const next = codeAt(text, n.end);
  if (isLatin(next) && !/[QqＱH]/.test(text.charAt(n.end))) return null; // FY2025X; FY2025Q3 goes on to its quarter
  if (n.digits === 4 && (n.value < data.years.min || n.value > data.years.max)) return null;
  return fixedYear(n.digits === 4 ? n.value : pivot(n.value), n.end, i);
}

function readYearHead(ctx: Ctx, i: number): YearHead | null {
  const { text, a } = ctx;
  const fiscal = readFiscalYear(ctx, i);
  if (fiscal) return fiscal;
  const num = readYearNumber(ctx, i);
  if (num) {
    const mark = skipSpaces(text, num.end, 2);
    const y = T.yearMarker.at(text, mark);
    if (y)
      return {
        y: num.y,
        end: y.end,
        mark,
        relative: false,
        direction: null,
        twoDigit: num.twoDigit,
        pair: num.pair,
        // 25财年: a fiscal year's marker makes two digits a year on its own (a count says 25个财年)
        strong: num.strong || y.end - mark > 1,
      };
    // 2025Q1, 2025H1: a four-digit year directly followed by a Latin part; 2025上半年, 2025一季度 as captions write
    // them (not a count of 半年 after a label)
    const part = text.charAt(num.end) !== "年" && T.yearParts.at(text, num.end);
    const ord = T.ordinal.at(text, num.end);
    const small = readSmall(text, ord ? ord.end : num.end, 1, 4);
    const quarter = small && T.quarterWords.at(text, small.end);
    if (!num.twoDigit && (/[QqＱH]/.test(text.charAt(num.end)) || part || quarter))
      return { y: num.y, end: num.end, mark: -1, relative: false, direction: null, twoDigit: false, strong: true };
    return null;
  }
  // 十来年 is "about ten years"; C919明年 is next year
  const rel = charIn(numeralSet, text, i - 1) && !afterName(text, i) ? null : T.relativeYears.at(text, i);
  if (rel) {
    const mark = text.startsWith("年", rel.end - 1) ? rel.end - 1 : -1;
    const y = a ? a.y + rel.info.offset : null;
    return { y, end: rel.end, mark, relative: true, direction: sign(rel.info.offset), twoDigit: false, strong: true };
  }
  const era = T.eras.at(text, i);
  if (era) {
    const first = T.eraFirstYear.at(text, era.end);
    // up to 199: 民國 is still counted in Taiwan (民國114年 = 2025)
    const n = first ? { value: 1, end: first.end } : readSmall(text, era.end, 1, era.info.max ?? 199);
    const mark = n ? n.end : -1;
    const y = n ? T.yearMarker.at(text, n.end) : null;
    // 公元前221年: a year, but none a YYYY-MM-DD can name, so found and left unresolved
    if (n && y && era.info.beforeCommonEra)
      return { y: null, end: y.end, mark, relative: true, direction: "past", twoDigit: false, strong: true };
    if (n && y) return fixedYear(era.info.start + n.value - 1, y.end, mark);
  }
  return null;
}

/** 明后两年, 今明两年: two relative years as one span (2026-01-01..2027-12-31 said in 2025). */
function parseYearPair(ctx: Ctx, i: number): Hit | null {
  const p = T.relativeYearPairs.at(ctx.text, i);
  if (!p) return null;
  const { a } = ctx;
  const direction = sign(p.info.first + p.info.last);
  const span: [number, number] | null = a ? [dayOf(a.y + p.info.first, 1, 1), dayOf(a.y + p.info.last, 12, 31)] : null;
  return hit(p.end, span, "year", true, { direction });
}

/** 今冬, 明春: a season of a relative year in one word; 今冬明春 (or 今冬 明春): the two as one span. */
function parseSeason(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  const s = T.relativeSeasons.at(text, i);
  if (!s) return null;
  const span = (o: number, [m1, m2]: [number, number]): [number, number] | null =>
    a ? [dayOf(a.y + o, m1, 1), dayOf(a.y + o, m2 + 1, 0)] : null;
  const first = span(s.info.offset, s.info.months);
  const next = T.relativeSeasons.at(text, skipSpaces(text, s.end));
  const second = next ? span(next.info.offset, next.info.months) : null;
  const direction = a ? null : sign(s.info.offset);
  // the second season must come after the first (今冬明春), else it is a time of its own
  if (next && (!first || !second || second[0] > first[1]))
    return hit(next.end, first && second ? [first[0], second[1]] : null, "quarter", true, { direction });
  return hit(s.end, first, "quarter", true, { direction });
}

/**
 * 上学期, 这学期, 下学期: a school term relative to the anchor's (schoolTerms in data/zh/time.yaml). Terms are numbered
 * 2·year for the spring term and 2·year + 1 for the autumn term starting that year; said in the summer break
 * (between the two), 上学期 is the spring term just over and 这学期, 下学期 the autumn term to come.
 */
function parseSchoolTerm(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  const t = T.schoolTerms.at(text, i);
  if (!t) return null;
  const { offset } = t.info;
  if (!a) return hit(t.end, null, "half", true, { direction: sign(offset) });
  const { autumn, spring } = data.schoolTerms;
  const month = a.m < spring[0] ? a.m + 12 : a.m; // January is month 13 of the autumn term before it
  const year = a.m < spring[0] ? a.y - 1 : a.y;
  const inAutumn = month >= autumn[0] && month <= autumn[1];
  const inSpring = month >= spring[0] && month <= spring[1];
  // in the break the "current" term is the one to come, except for 上学期, the one just over
  const current = inAutumn ? 2 * year + 1 : inSpring ? 2 * year : 2 * year + 1;
  const n = !inAutumn && !inSpring && offset > 0 ? current + offset - 1 : current + offset;
  const y = Math.floor(n / 2);
  const [m1, m2] = n % 2 === 1 ? autumn : spring;
  return hit(t.end, [dayOf(y, m1, 1), dayOf(y, m2 + 1, 0)], "half", true);
}

/** A year and what follows it: 2026年, 2025年下半年, 明年第一季度, 2024年11月, 2025年2月14日, 去年底, 18年10月. */
function parseYear(ctx: Ctx, i: number): Hit | null {
  const head = readYearHead(ctx, i);
  if (!head) return null;
  const tail = yearTail(ctx, head);
  if (tail) return tail;
  if (head.mark < 0) return null; // 2025Q1 without its part
  if (head.twoDigit && !head.strong && (head.pair || !T.twoDigitFollowers.at(ctx.text, head.end))) return null;
  return { ...fieldsHit(head.end, { y: head.y }, head.relative), direction: head.direction };
}

function yearTail(ctx: Ctx, head: YearHead): Hit | null {
  const { text } = ctx;
  const de = T.de.at(text, head.end);
  const starts = de ? [head.end, skipSpaces(text, de.end)] : [skipSpaces(text, head.end)];
  for (const p of starts) {
    const h = longest([
      head.mark >= 0 ? yearPart(ctx, head, head.mark, true) : null,
      head.mark >= 0 ? yearPartSpaced(ctx, head) : null,
      yearPart(ctx, head, p, false),

      yearSpan(ctx, head, head.mark),
      quarterOf(ctx, head, p, true),
      head.mark >= 0 ? monthDay(ctx, p, head.y, head.relative) : null,
      head.mark >= 0 ? ordinalOfYear(ctx, head, p) : null,
      head.mark >= 0 ? firstLastOfYear(ctx, head, p) : null,
      head.mark >= 0 ? lunarMonthDay(ctx, p, head.y, head.relative) : null,
      head.mark >= 0 ? festivalOf(ctx, head, p) : null,
      head.mark >= 0 ? holidayOf(head.y, ctx.text, p, head.relative) : null,
    ]);
    if (h)
      return {
        ...h,
        relative: h.relative || head.relative,
        direction: h.direction ?? (ctx.a ? null : head.direction),
        partYear: head.y,
      };
  }
  return null;
}

/** 上半年, 年底, 年初, H1 after a year (at `pos`; words starting with 年 share the year's 年). */
function yearPart(ctx: Ctx, head: YearHead, pos: number, sharing: boolean): Hit | null {
  if (pos < 0) return null;
  // after the year's own 年 (2026年年中): no guard for a shared 年 (2025年中国)
  const ownYear = !sharing && head.mark >= 0 && ctx.text.startsWith("年", pos);
  const p = (ownYear ? T.yearPartsOwnYear : T.yearParts).at(ctx.text, pos);
  if (!p) return null;
  if (sharing && !ctx.text.startsWith("年", pos)) return null;
  if (p.info.afterYearOnly && head.relative) return null;
  const [m1, m2] = p.info.months;
  const span: [number, number] | null = head.y === null ? null : [dayOf(head.y, m1, 1), dayOf(head.y, m2 + 1, 0)];
  return hit(p.end, span, p.info.grain, head.relative);
}

/** 2026年 底 (a caption space inside 年底): the rest of the part, read only as a whole caption word (not 底下). */
function yearPartSpaced(ctx: Ctx, head: YearHead): Hit | null {
  const { text } = ctx;
  if (!text.startsWith("年", head.mark) || !isSpace(codeAt(text, head.mark + 1))) return null;
  const p = spacedWord(T.yearPartsSpaced, text, head.mark + 1);
  if (!p || (p.info.afterYearOnly && head.relative)) return null;
  const [m1, m2] = p.info.months;
  const span: [number, number] | null = head.y === null ? null : [dayOf(head.y, m1, 1), dayOf(head.y, m2 + 1, 0)];
  return hit(p.end, span, p.info.grain, head.relative);
}

/** 年内, 早些时候, 晚些时候: the part of a year before or after the anchor; 这个时候: the anchor's month in that year. */
function yearSpan(ctx: Ctx, head: YearHead, mark: number): Hit | null {
  const { text, a } = ctx;
  // 今年内 shares the year's 年; 今年早些时候 follows it
  const s =
    (mark >= 0 && text.startsWith("年", mark) ? T.yearSpans.at(text, mark) : null) ?? T.yearSpans.at(text, head.end);
  if (!s) return null;
  if (head.y === null || !a) return hit(s.end, null, "open", true, { direction: kindDirection(s.info.kind) });
  const first = dayOf(head.y, 1, 1);
  const last = dayOf(head.y, 12, 31);
  const inside = a.day >= first && a.day <= last;
  const mid = dayOf(head.y, 7, 1);
  switch (s.info.kind) {
    case "rest":
      return hit(s.end, [inside ? a.day : first, last], "year", true, { direction: inside ? "future" : null });
    case "earlier":
      return hit(s.end, [first, inside ? a.day : mid - 1], "open", true, { direction: "past" });
    // 今年晚些时候 ends with the year, so a forecast dated by it can be checked: the grain of 年内 (明年晚些时候: its half)
    case "later":
      return hit(s.end, [inside ? a.day : mid, last], inside ? "year" : "half", true, {
        direction: inside ? "future" : null,
      });
    case "same":
      return hit(s.end, [dayOf(head.y, a.m, 1), dayOf(head.y, a.m + 1, 0)], "month", true);
  }
}
const kindDirection = (kind: "rest" | "earlier" | "later" | "same"): Direction | null =>
  kind === "earlier" ? "past" : kind === "later" || kind === "rest" ? "future" : null;

/** A quarter number at `pos`: 第一季度, 一季度, 第1季度, Q1; with 末/初 the last or first month. */
function readQuarter(
  text: string,
  pos: number,
  afterYear: boolean,
): { months: [number, number]; grain: Grain; end: number } | null {
  let q: number | null = null;
  let end = pos;
  if (charIn(quarterLetterSet, text, pos)) {
    const d = digitAt(text, pos + 1);
    // Q3 in 2025Q3 or 今年Q3, not in SQ3 or Q30
    if (d >= 1 && d <= 4 && !isAlnum(codeAt(text, pos + 2)) && !isLatin(codeAt(text, pos - 1))) [q, end] = [d, pos + 2];
  } else {
    const ord = T.ordinal.at(text, pos);
    const n = readSmall(text, ord ? ord.end : pos, 1, 4);
    // 季 alone is a quarter only after a year (明年第一季, 民國115年第二季): alone it may be a TV season (第一季)
    const w = n
      ? (T.quarterWords.at(text, n.end) ?? (afterYear ? T.quarterWordsAfterYear.at(text, n.end) : null))
      : null;
    if (n && w) [q, end] = [n.value, w.end];
    else if (n && !ord) return quarterSpan(text, n);
  }
  if (q === null) return null;
  const part = T.quarterParts.at(text, end);
  if (part) {
    const m = part.info.month === "last" ? 3 * q : 3 * q - 2;
    return { months: [m, m], grain: "month", end: part.end };
  }
  return { months: [3 * q - 2, 3 * q], grain: "quarter", end };
}

/** 一至三季度, 1-3季度: the quarters from a bare quarter number to a quarter, as one span. */
function quarterSpan(text: string, n: Num): { months: [number, number]; grain: Grain; end: number } | null {
  const c = T.rangeConnectors.at(text, skipSpaces(text, n.end));
  const m = c ? readSmall(text, skipSpaces(text, c.end), 1, 4) : null;
  const w = m ? T.quarterWords.at(text, m.end) : null;
  if (!m || !w || m.value <= n.value) return null;
  return { months: [3 * n.value - 2, 3 * m.value], grain: "quarter", end: w.end };
}

function quarterOf(ctx: Ctx, head: YearHead, pos: number, afterYear: boolean): Hit | null {
  const q = readQuarter(ctx.text, pos, afterYear);
  if (!q) return null;
  const span: [number, number] | null =
    head.y === null ? null : [dayOf(head.y, q.months[0], 1), dayOf(head.y, q.months[1] + 1, 0)];
  return hit(q.end, span, q.grain, head.relative);
}

/** 2021年的第三个月, 明年第九个月, 2021年的第一周 (ISO weeks). */
function ordinalOfYear(ctx: Ctx, head: YearHead, pos: number): Hit | null {
  const { text } = ctx;
  const ord = T.ordinal.at(text, pos);
  const n = ord ? readSmall(text, ord.end, 1, 53) : null;
  const u = n ? T.ordinalUnits.at(text, n.end) : null;
  if (!n || !u) return null;
  if (u.info.unit === "month") {
    if (n.value > 12) return null;
    return fieldsHit(u.end, { y: head.y, m: n.value }, head.relative);
  }
  if (head.y === null) return hit(u.end, null, "day", head.relative);
  const monday = isoWeekOne(head.y) + 7 * (n.value - 1);
  return hit(u.end, [monday, monday + 6], "day", head.relative);
}

/** The first or last N units of a year: 2025年前三季度, 去年的前10天, 2021 年的最後 4 个月, 今年的最後 3 週. */
function firstLastOfYear(ctx: Ctx, head: YearHead, pos: number): Hit | null {
  const { text } = ctx;
  const f = T.first.at(text, pos);
  const l = f ? null : T.last.at(text, pos);
  const w = f ?? l;
  if (!w) return null;
  const n = readSmall(text, skipSpaces(text, w.end), 1, 366);
  const u = n ? T.partUnits.at(text, skipSpaces(text, n.end)) : null;
  if (!n || !u) return null;
  const end = u.end;
  const unit = u.info.unit;
  const grain = unitGrain[unit];
  if (head.y === null) return hit(end, null, grain, head.relative);
  const y = head.y;
  const k = n.value;
  const limits: Record<typeof unit, number> = { quarter: 4, month: 12, week: 52, day: 366 };
  if (k > limits[unit]) return null;
  let span: [number, number];
  if (unit === "week") {
    const w1 = isoWeekOne(y);
    const next = isoWeekOne(y + 1);
    span = f ? [w1, w1 + 7 * k - 1] : [next - 7 * k, next - 1];
  } else if (unit === "day") {
    span = f ? [dayOf(y, 1, 1), dayOf(y, 1, k)] : [dayOf(y, 12, 32 - k), dayOf(y, 12, 31)];
  } else {
    const months = unit === "quarter" ? 3 * k : k;
    span = f ? [dayOf(y, 1, 1), dayOf(y, months + 1, 0)] : [dayOf(y, 13 - months, 1), dayOf(y, 12, 31)];
  }
  return hit(end, span, grain, head.relative);
}

/** A lunar festival by year, as a day (data/zh/time.yaml festivals.lunarNewYear: 2026 → 02-17). */
function lunarTable(table: Record<string, string[]>): Map<number, number> {
  const days = new Map<number, number>();
  for (const [first, mds] of Object.entries(table))
    mds.forEach((md, k) => {
      const y = Number(first) + k;
      days.set(y, dayOf(y, Number(md.slice(0, 2)), Number(md.slice(3))));
    });
  return days;
}
const lunarNewYears = lunarTable(data.festivals.lunarNewYear);
/** A table of month lengths by year (the first year of ten → ten lengths) as a map of year → length. */
const monthLengths = (table: Record<string, number[]>) =>
  new Map(Object.entries(table).flatMap(([first, ns]) => ns.map((n, k) => [Number(first) + k, n] as const)));
/** The length of 腊月 by the year of the new year that ends it (2026 → 29). */
const lastMonthDays = monthLengths(data.festivals.lastMonthDays);
/** The length of 正月 by its year (2026 → 30). */
const firstMonthDays = monthLengths(data.festivals.firstMonthDays);
const lunarFestivals = {
  dragonBoat: lunarTable(data.festivals.dragonBoat),
  midAutumn: lunarTable(data.festivals.midAutumn),
};

/** The day of a festival or of a holiday's festival in year y: a table's (春节, 端午, 中秋), or a fixed month and day. */
function festivalDay(
  f: {
    lunarNewYear?: true | undefined;
    lunar?: keyof typeof lunarFestivals | undefined;
    month?: number | undefined;
    day?: number | undefined;
  },
  y: number,
): number | undefined {
  if (f.lunarNewYear) return lunarNewYears.get(y);
  if (f.lunar) return lunarFestivals[f.lunar].get(y);
  return dayOf(y, f.month ?? 1, f.day ?? 1);
}

/**
 * A festival of a year: 明年春节 (2026-02-17), 2026年国庆. With 前 or 后, the part of that year before or after it:
 * 明年春节前 = 2026-01-01..2026-02-16 (from the anchor when it falls inside), 明年国庆后 = 2026-10-02..2026-12-31.
 */
function festivalOf(ctx: Ctx, head: YearHead, pos: number): Hit | null {
  const { text, a } = ctx;
  const f = T.festivals.at(text, pos);
  if (!f) return null;
  const b = T.bounds.at(text, f.end) ?? spacedWord(T.bounds, text, f.end); // 明年 春节 前 (a caption space)
  const kind = b && (b.info.kind === "before" || b.info.kind === "after") ? b.info.kind : null;
  const end = b && kind ? b.end : f.end;
  if (head.y === null) return hit(end, null, "day", head.relative);
  const day = festivalDay(f.info, head.y);
  if (day === undefined) return unresolved(end, "day"); // a year the table does not hold
  if (kind === "after") return hit(end, [day + 1, dayOf(ymd(day + 1)[0], 12, 31)], "day", head.relative);
  if (kind === "before") {
    const first = dayOf(ymd(day - 1)[0], 1, 1); // 元旦前: the year before
    if (a && a.day > first && a.day < day) return hit(end, [a.day, day - 1], "day", true, { direction: "future" }); // by the festival, from now
    return hit(end, [first, day - 1], "day", head.relative);
  }
  return hit(end, [day, day], "day", head.relative);
}

type Holiday = (typeof data.holidays)[number];
/** The days of a holiday period in year y (国庆黄金周 2025 = 10-01..10-08), or null when the year is not known. */
function holidaySpan(h: Holiday, y: number): [number, number] | null {
  const official = h.official?.[String(y)];
  if (official) return [monthDayOf(y, official[0]), monthDayOf(y, official[1])];
  const day = festivalDay(h, y);
  return day === undefined ? null : [day + h.from, day + h.from + h.days - 1];
}
const monthDayOf = (y: number, md: string) => dayOf(y, Number(md.slice(0, 2)), Number(md.slice(3)));

/** A holiday period after a year: 今年国庆黄金周, 2026年春运. */
function holidayOf(y: number | null, text: string, pos: number, relative: boolean): Hit | null {
  const h = T.holidays.at(text, pos);
  if (!h) return null;
  const span = y === null ? null : holidaySpan(h.info, y);
  return span ? hit(h.end, span, "day", relative) : unresolved(h.end, "day");
}

/** A word with `pass` (the surnames it may follow) right after a surname other than those: 王国庆, but 于国庆. */
function afterSurname(text: string, i: number, pass: string[] | undefined): boolean {
  const before = text.charAt(i - 1);
  return pass !== undefined && isSurname(before) && !pass.includes(before);
}

/** A holiday period without a year: the latest that has begun by the anchor (国庆黄金周 said in December: this year's). */
function parseHolidayAlone(ctx: Ctx, i: number): Hit | null {
  const h = T.holidays.at(ctx.text, i);
  // a name read only after a year (五一, 清明) is not read alone
  if (!h || h.info.afterYear) return null;
  if (afterSurname(ctx.text, i, h.info.notAfterSurname)) return null; // 王国庆, but 于国庆
  return aloneHit(ctx, i, h.end, (y) => holidaySpan(h.info, y));
}

/**
 * The days of a holiday or festival with no year (`spanIn` a year's): with a future cue (after it, or either side
 * with no past cue), this year's unless it is over, else next year's; otherwise this year's if begun, else last's.
 */
function aloneHit(ctx: Ctx, i: number, end: number, spanIn: (y: number) => [number, number] | null): Hit {
  const { text, a } = ctx;
  if (!a) return unresolved(end, "day");
  const span = spanIn(a.y);
  const ahead = lookingAhead(text, i, end);
  const fits = span !== null && (ahead ? span[1] >= a.day : span[0] <= a.day);
  const pick = fits ? span : spanIn(ahead ? a.y + 1 : a.y - 1);
  return pick ? hit(end, pick, "day", true) : unresolved(end, "day");
}

/**
 * A word of what is to come about a holiday, festival or lunar date with no year at `i`..`end`: a future cue after it
 * or, with no past cue, either side (预计春运期间…), or a modal after it (春节期间垃圾量会比平时高, 腊月的时候销量能翻一倍).
 * One rule for all of them, so that 春节, 正月 and 腊月 alone in one clause are the same year's.
 */
function lookingAhead(text: string, i: number, end: number): boolean {
  return futureCueAfter(text, end) || toCome(text, i, end) || modalAfter(text, i, end) || countdown(text, i, end);
}

const countdownAfter = plain(data.countdowns.after);
/** 离春节还有三十天, 距离国庆只剩两周: the time left until a holiday, which is still to come (time.yaml countdowns). */
function countdown(text: string, i: number, end: number): boolean {
  if (leadBefore(data.countdowns.before, text, i) === undefined) return false;
  const stop = Math.min(text.length, end + data.holidayCueReach);
  for (let k = end; k < stop && !charIn(clauseStops, text, k); k++) if (countdownAfter.at(text, k)) return true;
  return false;
}

/**
 * A festival marked `alone` with no year, as a holiday alone: 元旦 said on 2025-12-18 with 计划 is 2026-01-01, 元旦当天,
 * 预计春节前后 (the bound 前后 reads the same day), 国庆前后 (only so: onlyAbout). With 前 or 后 it is not read: 春节前 may
 * bound the last or the next.
 */
function parseFestivalAlone(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  const f = T.festivals.at(text, i);
  const alone = f?.info.alone;
  if (!f || !alone || !guardsAllow(text, i, f.end, alone)) return null;
  const spaced = T.bounds.at(text, f.end) ? null : spacedWord(T.bounds, text, f.end);
  const kind = (T.bounds.at(text, f.end) ?? spaced)?.info.kind; // 春节 前 as 春节前
  if (kind === "before" || kind === "after" || (alone.onlyAbout && kind !== "about")) return null;
  if (afterSurname(text, i, alone.notAfterSurname)) return null; // 张国庆前后, but 于国庆前后
  // 国庆 前后 (a caption space) is read as 国庆前后, its 前后 in its text: the bound after no space joins it later
  const end = spaced && kind === "about" ? spaced.end : f.end;
  return aloneHit(ctx, i, end, (y) => {
    const day = festivalDay(f.info, y);
    return day === undefined ? null : [day, day];
  });
}

const holidayFutureCues = plain(data.holidayFutureCues);
const clauseStops = charTable([..."，,。！？!?；;\n"]);

/**
 * A future cue (预计, 计划) within a few characters after `from`, in the same clause. One caption break (a line break
 * after no punctuation) is a pause in the clause, as a space is: 春运四十天⏎我们预计运送旅客一千二百万人次.
 */
function futureCueAfter(text: string, from: number): boolean {
  const stop = Math.min(text.length, from + data.holidayCueReach);
  let broken = false;
  for (let k = from; k < stop; k++) {
    if (charIn(clauseStops, text, k)) {
      if (broken || text.charAt(k) !== "\n" || charIn(clauseStops, text, k - 1)) return false;
      broken = true;
    }
    if (holidayFutureCues.at(text, k)) return true;
  }
  return false;
}

const holidayModals = entries(data.holidayModals);

/** A modal (会) after a holiday with no year, in its clause within `holidayCueReach`, and no past cue there (每年, 一般). */
function modalAfter(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - data.bareMonthCueReach) && !charIn(clauseStops, text, k); k--)
    if (monthPastCues.at(text, k)) return false;
  const stop = Math.min(text.length, end + data.holidayCueReach);
  let modal = false;
  for (let k = end; k < stop && !charIn(clauseStops, text, k); k++) {
    if (monthPastCues.at(text, k)) return false;
    if (holidayModals.at(text, k)) modal = true;
  }
  return modal;
}

const planMark = plain(data.fiveYearPlans.mark);
const planQuotes = plain(data.fiveYearPlans.closingQuotes);

/** 十五五期间 (2026–2030), “十四五”时期, 十四五末 (2025), 十四五以来, 十五五 期间 (a caption space): a five-year plan by its number. */
function parseFiveYearPlan(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  const pre = T.planPrefix.at(text, i);
  if (!pre || charIn(numeralSet, text, i - 1)) return null;
  const d = cnDigitAt(text, pre.end);
  const mark = d >= 1 ? planMark.at(text, pre.end + 1) : null;
  if (!mark) return null;
  const q = planQuotes.at(text, mark.end)?.end ?? mark.end;
  const first = 1951 + 5 * (10 + d);
  const period = T.planPeriods.at(text, q) ?? (text.charAt(q) === " " ? T.planPeriods.at(text, q + 1) : null); // 十四五 期间
  if (period) {
    const y = period.info.last ? first + 4 : first;
    return hit(period.end, [dayOf(y, 1, 1), dayOf(first + 4, 12, 31)], "year", false);
  }
  // 十四五以来: the plan, for the bound after it to read
  return T.bounds.at(text, q)?.info.kind === "since"
    ? hit(q, [dayOf(first, 1, 1), dayOf(first + 4, 12, 31)], "year", false)
    : null;
}

// ------------------------------------------------------------------------------------------------ months and days

/** A month number at `pos`: 3月, 十二月, 12 月, 三月份, 元月. */
function readMonth(ctx: Ctx, pos: number): { m: number; end: number; suffixed: boolean } | null {
  const { text } = ctx;
  const name = T.monthNames.at(text, pos);
  if (name) return { m: name.info.month, end: name.end, suffixed: false };
  if (numberBlocked(ctx, pos)) return null;
  const n = readSmall(text, pos, 1, 12);
  if (!n || (n.kind === "arabic" && n.digits > 2)) return null;
  const mk = T.monthMarker.at(text, skipSpaces(text, n.end));
  if (!mk) return null;
  const suffix = T.monthSuffix.at(text, mk.end);
  return { m: n.value, end: suffix ? suffix.end : mk.end, suffixed: suffix !== null };
}

/** True at the end of a clause: the end of the text, punctuation or a space. */
function clauseEnd(text: string, pos: number): boolean {
  const c = text.charAt(pos);
  return c === "" || /[\s\p{P}]/u.test(c);
}

/** A month with an optional day or part: 3月, 2月14日, 2月14号, 八月十五, 3月底, 十月初一 (lunar). */
function monthDay(ctx: Ctx, pos: number, y: number | null, relative: boolean): Hit | null {
  const { text } = ctx;
  const month = readMonth(ctx, pos);
  if (!month) return monthSpan(ctx, pos, y, relative);
  const m = month.m;
  const lunarDay = !month.suffixed ? readLunarDay(text, month.end) : null;
  if (lunarDay) return unresolved(lunarDay, "day");
  const dpos = skipSpaces(text, month.end);
  const d = month.suffixed ? null : readSmall(text, dpos, 1, 31);
  if (d) {
    const mk = T.dayMarkers.at(text, skipSpaces(text, d.end));
    if (mk || clauseEnd(text, d.end)) {
      const end = apposition(text, mk ? mk.end : d.end);
      return fieldsHit(end, { y, m, d: d.value }, relative);
    }
  }
  const week = weekOfMonth(ctx, month.end, y, m);
  if (week) return { ...week, relative };
  const part = T.monthParts.at(text, month.end);
  if (part && y !== null) {
    const [d1, d2] = part.info.days;
    return hit(part.end, [dayOf(y, m, d1), dayOf(y, m, Math.min(d2, monthLength(y, m)))], "day", relative);
  }
  if (part) return hit(part.end, null, "day", relative);
  return fieldsHit(month.end, { y, m }, relative);
}

/**
 * Months from a bare month number to a month (the statistical year to date): 1到11月份, 1-11月, 1至10月, 一至三月
 * → the first day of the first month to the last day of the last. The first number takes its month word from the
 * second, so the span is read whole, within one year.
 */
function monthSpan(ctx: Ctx, pos: number, y: number | null, relative: boolean): Hit | null {
  const { text } = ctx;
  if (numberBlocked(ctx, pos)) return null;
  // 七八月份, 七八月: a loose pair of two months in a row right before the month word names both (July–August); 七八个月
  // (a duration) has a classifier between, 七八年 no month word
  const pair = readNum(text, pos);
  if (pair?.kind === "pair" && pair.value >= 1 && pair.max === pair.value + 1 && pair.max <= 12) {
    const mk = T.monthMarker.at(text, pair.end);
    if (!mk) return null;
    const end = T.monthSuffix.at(text, mk.end)?.end ?? mk.end;
    const span: [number, number] | null = y === null ? null : [dayOf(y, pair.value, 1), dayOf(y, pair.max + 1, 0)];
    return hit(end, span, "month", relative);
  }
  const n = readSmall(text, pos, 1, 11);
  if (!n || (n.kind === "arabic" && n.digits > 2)) return null;
  const c = T.rangeConnectors.at(text, skipSpaces(text, n.end));
  if (!c) return null;
  const t = skipSpaces(text, c.end);
  const saved = ctx.free;
  ctx.free = t; // 1-11月: the number after "-" is the range's second end, not a code
  const last = readMonth(ctx, t);
  ctx.free = saved;
  // 1到11月5日 ends on a day: not a span of whole months (the day's own reading stays)
  if (!last || last.m <= n.value || readNum(text, skipSpaces(text, last.end)) !== null) return null;
  const span: [number, number] | null = y === null ? null : [dayOf(y, n.value, 1), dayOf(y, last.m + 1, 0)];
  return hit(last.end, span, "month", relative);
}

/** 十月的第一周: the Nth week of a month, counted from the month's first Monday. */
function weekOfMonth(ctx: Ctx, pos: number, y: number | null, m: number): Hit | null {
  const { text } = ctx;
  const de = T.de.at(text, pos);
  const ord = T.ordinal.at(text, de ? de.end : pos);
  const n = ord ? readSmall(text, ord.end, 1, 5) : null;
  const u = n ? T.ordinalUnits.at(text, n.end) : null;
  if (!n || !u || u.info.unit !== "week") return null;
  if (y === null) return hit(u.end, null, "day", true);
  const first = dayOf(y, m, 1);
  const monday = first + ((7 - weekdayIndex(first)) % 7) + 7 * (n.value - 1);
  return hit(u.end, [monday, monday + 6], "day", false);
}

/** After a full date, a weekday in apposition belongs to it: 10月12号，星期一. */
function apposition(text: string, end: number): number {
  const sep = T.apposition.at(text, end);
  const p = sep ? skipSpaces(text, sep.end) : end;
  const w = T.weekWords.at(text, p);
  return w && weekdays.has(text.charAt(w.end)) ? w.end + 1 : end;
}

/**
 * A month of the year at the anchor: 三月份, 十二月, 2月14号 (said in 2025: 2025-02-14); in a clause that speaks of
 * what is to come, the next one when this year's is over (我们会在1月13日发布 said on 2025-12-18: 2026-01-13).
 */
function parseMonthAlone(ctx: Ctx, i: number): Hit | null {
  const { a } = ctx;
  const h = monthDay(ctx, i, a ? a.y : null, true);
  // a month not yet begun whose clause tells what was done (七月的时候卖了三万台 said in June): last year's, as a
  // festival alone with a past cue is the latest one begun
  if (h && a && h.from !== null && h.from > a.day && !toCome(ctx.text, i, h.end) && pastAspectAfter(ctx.text, h.end))
    return monthDay(ctx, i, a.y - 1, true) ?? h;
  if (!h || !a || h.to === null || h.to >= a.day - data.bareMonthRecentDays || !toCome(ctx.text, i, h.end)) return h;
  return monthDay(ctx, i, a.y + 1, true) ?? h;
}

const pastEvents = plain(data.bareMonthPastReports.events);
const pastReportVerbs = plain(data.bareMonthPastReports.verbs);
const pastAttributed = plain(data.bareMonthPastReports.attributed);
const pastAttributes = entries(data.bareMonthPastReports.attributes);

/**
 * An event told as past in the clause after a month alone at `end`, before any word of what will be (会, 要, 预计): an
 * event (会议, 财报) then a verb of its report (7月份政治局会议 提出要扩大内需), or a verb of an event made the
 * attribute of a noun by 的 (7月份公布的数据显示). What the report says (提出要…) is the event's, not the speaker's.
 */
function reportedAfter(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + data.bareMonthCueReach);
  let event = false;
  for (let k = end; k < stop && !charIn(clauseStops, text, k); k++) {
    if (monthFutureCues.at(text, k) || monthModals.at(text, k)) return false;
    if (event && pastReportVerbs.at(text, k)) return true;
    const v = pastAttributed.at(text, k);
    if (v && pastAttributes.at(text, skipSpaces(text, v.end))) return true;
    const e = pastEvents.at(text, k);
    if (e) {
      event = true;
      k = e.end - 1; // the 会 of 会议, 发布会 is no modal
    }
  }
  return false;
}

const monthFutureCues = new Table([
  { words: data.holidayFutureCues, info: true },
  ...data.bareMonthFutureCues.map((e) => ({ words: e.words, info: true, guards: e })),
]);
const monthPastCues = entries(data.bareMonthPastCues);
/** modals that look ahead only after the month (三月份会首飞): time.yaml bareMonthModals */
const monthModals = entries(data.bareMonthModals);

/** A future cue and no past cue in the clause of `start`..`end`, within the reach either side. */
function toCome(text: string, start: number, end: number): boolean {
  const reach = data.bareMonthCueReach;
  let cue = false;
  const look = (k: number) => {
    if (monthPastCues.at(text, k)) return false;
    if (monthFutureCues.at(text, k)) cue = true;
    return true;
  };
  for (let k = start - 1; k >= Math.max(0, start - reach) && !charIn(clauseStops, text, k); k--)
    if (!look(k)) return false;
  // an event past after the month, with no cue before it (7月份政治局会议 提出要扩大内需): its 要 is the event's
  if (!cue && reportedAfter(text, end)) return false;
  for (let k = end; k < Math.min(text.length, end + reach) && !charIn(clauseStops, text, k); k++) {
    if (!look(k)) return false;
    if (monthModals.at(text, k)) cue = true;
  }
  return cue;
}

/** A day of the anchor's month: 29日, 二十一日. Only with 日 (12号 alone is a number). */
const CHINESE_DAY_LEAST = 11;
const numberedMarkers = plain(data.days.numberedAlone.markers);
const numberedAfter = plain(data.days.numberedAlone.after);
/** 号 after a day alone at `i`..`end` where it names a day (time.yaml days.numberedAlone): 19号晚上, 持续到21号。 */
function numberedDay(text: string, i: number, end: number) {
  const mk = numberedMarkers.at(text, end);
  if (!mk) return null;
  if (numberedAfter.at(text, mk.end)) return mk;
  return clauseEnd(text, mk.end) && leadBefore(data.days.numberedAlone.before, text, i) !== undefined ? mk : null;
}
function parseDayAlone(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  if (numberBlocked(ctx, i)) return null;
  // in Chinese numerals only from 十一 up (截至十九日, 二十一日); 三日, 十日 are as often a count of days (休息了三日)
  const d = readSmall(text, i, digitAt(text, i) < 0 ? CHINESE_DAY_LEAST : 1, 31);
  const mk = d ? (T.dayAloneMarkers.at(text, d.end) ?? numberedDay(text, i, d.end)) : null;
  // 15日之内, 5日以内: a count of days (parseCount), not the 15th; nor 拘留5日 (a term, time.yaml aloneNotAfter)
  if (!d || !mk || T.within.at(text, mk.end)) return null;
  if (leadBefore(data.days.aloneNotAfter, text, i) !== undefined) return null;
  return fieldsHit(mk.end, { y: a ? a.y : null, m: a ? a.m : 1, d: d.value }, true);
}

// ------------------------------------------------------------------------------------------------ ISO dates

// 2025-02-14, 2025/2/14, 2010.01.29: the same separator twice, no digit after
const isoDate = /(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])/y;

function parseIso(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  if (digitAt(text, i) < 0 || numberBlocked(ctx, i)) return null;
  isoDate.lastIndex = i;
  const g = isoDate.exec(text)?.groups;
  if (!g) return null;
  const end = i + (g.y?.length ?? 0) + (g.m?.length ?? 0) + (g.d?.length ?? 0) + 2;
  // 2024.1.5.3 is a version, 2025-02-14-3 a code
  if (text.charAt(end) === g.sep && digitAt(text, end + 1) >= 0) return null;
  const f = { y: Number(g.y), m: Number(g.m), d: Number(g.d) };
  if (!validDate(f.y, f.m, f.d)) return null;
  return fieldsHit(end, f, false);
}

// ------------------------------------------------------------------------------------------------ relative words

/** 今天, 明天, 昨晚, 後天; 明后天 (two days). */
function parseRelativeDay(ctx: Ctx, i: number): Hit | null {
  const w = T.relativeDays.at(ctx.text, i);
  if (!w) return null;
  const off = w.info.offset;
  const day = ctx.a ? ctx.a.day + off : null;
  const last = day === null ? null : day + (w.info.to ?? off) - off;
  return hit(w.end, day === null || last === null ? null : [day, last], "day", true, { direction: sign(off) });
}

/** 本月, 下个月, 上上周, 下下周日, 本季度, 上个半年; a month may take a day or part (本月初, 本月十日). */
function parseRelativeUnit(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  const pre = T.relativePrefixes.at(text, i);
  if (!pre) return null;
  // in captions a space may stand on either side of the classifier (下 个 月), not where there is none (下 月)
  const cls = T.relativeClassifiers.at(text, skipSpaces(text, pre.end));
  const u = T.relativeUnits.at(text, cls ? skipSpaces(text, cls.end) : pre.end);
  if (!u || (u.info.needsClassifier && !cls)) return null;
  const off = pre.info.offset;
  const direction = a ? null : sign(off); // 本月初 said on the 18th is past: derived from the days when we can
  // 这个季度, 本半年: the anchor's own period, so a part of the year alone after it (全年, 下半年) is the anchor's
  // year again, not the year of 明年一季度 said before
  const own: Partial<Hit> = off === 0 ? { partYear: null } : {};
  switch (u.info.unit) {
    case "month": {
      const base = a ? ymd(dayOf(a.y, a.m + off, 1)) : null;
      const d = readSmall(text, u.end, 1, 31);
      const mk = d ? T.dayMarkers.at(text, d.end) : null;
      if (d && mk) {
        const f: Fields = { y: base ? base[0] : null, m: base ? base[1] : 1, d: d.value };
        return { ...fieldsHit(mk.end, f, true), direction };
      }
      const part = T.monthParts.at(text, u.end);
      if (part) {
        if (!base) return hit(part.end, null, "day", true, { direction });
        const [y, m] = base;
        const [d1, d2] = part.info.days;
        return hit(part.end, [dayOf(y, m, d1), dayOf(y, m, Math.min(d2, monthLength(y, m)))], "day", true, {
          direction,
        });
      }
      return { ...fieldsHit(u.end, { y: base ? base[0] : null, m: base ? base[1] : 1 }, true), direction };
    }
    case "week":
      return weekAt(ctx, u.end, a ? mondayOf(a.day) + 7 * off : null, direction);
    case "quarter": {
      const part = T.quarterParts.at(text, u.end);
      const end = part ? part.end : u.end;
      if (!a) return hit(end, null, part ? "month" : "quarter", true, { direction });
      const [q0] = unitAround(shift(a.day, "quarter", off), "quarter");
      const [y, m] = ymd(q0);
      if (part) {
        const mm = part.info.month === "last" ? m + 2 : m;
        return hit(end, [dayOf(y, mm, 1), dayOf(y, mm + 1, 0)], "month", true, { direction });
      }
      return hit(end, [q0, dayOf(y, m + 3, 0)], "quarter", true, { direction, ...own });
    }
    case "half": {
      if (!a) return hit(u.end, null, "half", true, { direction });
      const h0 = a.m <= 6 ? dayOf(a.y, 1, 1) : dayOf(a.y, 7, 1);
      const [y, m] = ymd(shift(h0, "month", 6 * off));
      return hit(u.end, [dayOf(y, m, 1), dayOf(y, m + 6, 0)], "half", true, { direction, ...own });
    }
  }
}

/** The week starting `monday`, or one of its days (周一 … 周日, 周末) when a weekday follows at `pos`. */
function weekAt(ctx: Ctx, pos: number, monday: number | null, direction: Direction | null): Hit {
  const { text } = ctx;
  const wd = weekdays.get(text.charAt(pos));
  const we = T.weekend.at(text, pos);
  if (wd !== undefined)
    return hit(pos + 1, monday === null ? null : [monday + wd - 1, monday + wd - 1], "day", true, {
      direction,
      monday,
    });
  if (we) return hit(we.end, monday === null ? null : [monday + 5, monday + 6], "day", true, { direction });
  return hit(pos, monday === null ? null : [monday, monday + 6], "day", true, { direction });
}

const weekendHabitCues = plain(data.weekendHabitCues);
const weekendHabitModals = plain(data.weekendHabitModals);
const weekendNounHeads = plain(data.weekendNounHeads);
const weekendNotAfter = plain(data.weekendNotAfter);

/** A habit cue (能, 的话, 平时, 一般) in the clause around start..end, a few characters either side. */
function habitual(text: string, start: number, end: number): boolean {
  const reach = data.bareMonthCueReach;
  for (let k = start - 1; k >= Math.max(0, start - reach) && !charIn(clauseStops, text, k); k--)
    if (weekendHabitCues.at(text, k)) return true;
  for (let k = end; k < Math.min(text.length, end + reach) && !charIn(clauseStops, text, k); k++)
    if (weekendHabitCues.at(text, k)) return true;
  return false;
}

/** A weekday of the anchor's week (Monday first): 周一, 星期天, 礼拜五, 週三, 周末. */
function parseWeekday(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  if (charIn(countedBefore, text, i - 1) && !afterName(text, i)) return null; // 两周一次, not PS5周五
  const w = T.weekWords.at(text, i);
  if (!w) return null;
  const we = T.weekend.at(text, w.end);
  if (!weekdays.has(text.charAt(w.end)) && !we) return null;
  if (we && weekendNounHeads.at(text, we.end)) return null; // 周末读书会: a kind of thing, no weekend
  // 首周末: the first weekend after a release or an opening, whose date is not given
  if (we && i > 0 && weekendNotAfter.at(text, i - 1)) return null;
  // a bare 周末 in a habitual clause is the weekend in general (平时一天卖十台，周末能卖三十台), unless the clause
  // also speaks of what is to come (周末预计能卖三十台)
  if (we && habitual(text, i, we.end) && !(futureCueAfter(text, we.end) || toCome(text, i, we.end))) return null;
  // 周末也要上课: every weekend, by a habit's modal right after it (time.yaml weekendHabitModals); not 这个周末也要
  if (we && weekendHabitModals.at(text, skipSpaces(text, we.end))) return null;
  return weekAt(ctx, w.end, a ? mondayOf(a.day) : null, null);
}

// Parts alone, of the anchor's year or month: 第一季度, Q1, 前三季度, 上半年, 年底, 年初, 年内, 月底, 上半月. Each is
// a reading of its own (tried only where it can start), never after a numeral or a classifier (三个上半年).

/** The anchor's year as the head of a part alone, or null where no part alone may start. */
function anchorYear(ctx: Ctx, i: number): YearHead | null {
  const { text } = ctx;
  // after a numeral or a classifier only when a name (PS5下半年) or a demonstrative (这个下半年) ends there
  const named = () => afterName(text, i) || data.partDemonstratives.some((w) => text.startsWith(w, i - w.length));
  if (charIn(countedBefore, text, i - 1) && !named()) return null;
  const y = ctx.carry ?? (ctx.a ? ctx.a.y : null);
  return { y, end: i, mark: i, relative: true, direction: null, twoDigit: false, strong: true };
}

/** 第一季度, 一季度, Q1 alone. */
function parseQuarterAlone(ctx: Ctx, i: number): Hit | null {
  const head = anchorYear(ctx, i);
  return head && quarterOf(ctx, head, i, false);
}

/** 前三季度 alone. */
function parseFirstLastAlone(ctx: Ctx, i: number): Hit | null {
  const head = anchorYear(ctx, i);
  return head && firstLastQuarters(ctx, head, i);
}

/** 上半年, 年底, 年初 alone. */
function parseYearPartAlone(ctx: Ctx, i: number): Hit | null {
  const head = anchorYear(ctx, i);
  const part = head && T.yearParts.at(ctx.text, i);
  if (!head || !part || part.info.afterYearOnly || part.info.needsYear) return null;
  return yearPart(ctx, head, i, false);
}

/** 年内 alone. */
function parseYearSpanAlone(ctx: Ctx, i: number): Hit | null {
  const head = anchorYear(ctx, i);
  return head && ctx.text.startsWith("年", i) ? yearSpan(ctx, head, i) : null;
}

/** 月初, 月底, 上半月: the anchor's month. */
function parseMonthPartAlone(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  if (!anchorYear(ctx, i)) return null;
  const mk = T.monthMarker.at(text, i);
  const mpart = T.monthParts.at(text, mk ? mk.end : i);
  if (!mpart || !(mk || mpart.end - i >= 3)) return null;
  if (!a) return hit(mpart.end, null, "day", true);
  const [d1, d2] = mpart.info.days;
  return hit(mpart.end, [dayOf(a.y, a.m, d1), dayOf(a.y, a.m, Math.min(d2, monthLength(a.y, a.m)))], "day", true);
}

/**
 * 前三季度 alone: the first quarters of the anchor's year. Months alone have no year (他前三个月没有工作), but for the
 * months of the year just over before the anchor's (前11个月 said in December): a statistic of the year to date.
 */
function firstLastQuarters(ctx: Ctx, head: YearHead, i: number): Hit | null {
  const h = firstLastOfYear(ctx, head, i);
  return h && (h.grain === "quarter" || (h.grain === "month" && yearToDate(ctx, h))) ? h : null;
}

/** Whether a span runs from New Year to the end of one of the last yearToDate.lag months before the anchor's. */
function yearToDate(ctx: Ctx, h: Hit): boolean {
  const a = ctx.a;
  if (!a || h.from !== dayOf(a.y, 1, 1)) return false;
  for (let m = a.m - 1; m >= Math.max(data.yearToDate.minMonths, a.m - data.yearToDate.lag); m--)
    if (h.to === dayOf(a.y, m + 1, 0)) return true;
  return false;
}

// ------------------------------------------------------------------------------------------------ decades

/** 90年代, 00年代, 2020年代, 九十年代, 八零年代, 十九世纪七十年代, 上世纪90年代, 21世纪; with 初/中期/末. */
function parseDecade(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  let century: number | null | undefined; // undefined: none stated; null: relative without an anchor
  let p = i;
  const rel = T.centuryWords.at(text, i);
  if (rel) {
    century = a ? Math.floor(a.y / 100) + rel.info.offset : null;
    p = rel.end;
  } else if (!numberBlocked(ctx, i)) {
    const n = readSmall(text, i, 1, 30);
    const mk = n ? T.centuryMarker.at(text, n.end) : null;
    if (n && mk) {
      century = n.value - 1;
      p = mk.end;
    }
  }
  const decade = readDecade(ctx, p, century);
  if (!decade) {
    if (century === undefined) return null;
    // 本世纪中叶 = 2040..2060, 20世纪初 = 1900..1919: a part of the century (centuries.parts), or all of it
    const part = T.centuryParts.at(text, p);
    const [y1, y2] = part ? part.info.years : [0, 99];
    return hit(
      part ? part.end : p,
      century === null ? null : [dayOf(century * 100 + y1, 1, 1), dayOf(century * 100 + y2, 12, 31)],
      "decade",
      rel !== null,
    );
  }
  const rela = rel !== null;
  if (decade.start === null) return hit(decade.end, null, "decade", rela);
  const part = T.decadeParts.at(text, decade.end);
  const last = decade.start + (decade.span ?? 0); // 七八十年代: the 1970s to the end of the 1980s
  const [y1, y2] = part ? [decade.start + part.info.years[0], last + part.info.years[1]] : [decade.start, last + 9];
  return hit(part ? part.end : decade.end, [dayOf(y1, 1, 1), dayOf(y2, 12, 31)], "decade", rela);
}

function readDecade(
  ctx: Ctx,
  p: number,
  century: number | null | undefined,
): { start: number | null; end: number; span?: number } | null {
  const { text } = ctx;
  if (century === undefined && numberBlocked(ctx, p)) return null;
  // 七八十年代: two adjacent ascending digits before 十 and the marker name two decades (1970s–1980s), never a count
  // of 70–80 years
  const d1 = cnDigits.get(text.charAt(p));
  const d2 = cnDigits.get(text.charAt(p + 1));
  if (d1 !== undefined && d2 === d1 + 1 && d1 > 0 && text.charAt(p + 2) === "十") {
    const mk = T.decadeMarker.at(text, p + 3);
    if (mk) {
      if (century === null) return { start: null, end: mk.end };
      const start = century === undefined ? pivot(d1 * 10) : century * 100 + d1 * 10;
      return { start, end: mk.end, span: 10 };
    }
  }
  const n = readNum(text, p);
  if (!n || n.kind === "pair" || n.value % 10 !== 0) return null;
  const mk = T.decadeMarker.at(text, n.end);
  if (!mk) return null;
  if (n.digits === 4 && n.kind === "arabic") return { start: n.value, end: mk.end };
  if (n.value >= 100) return null;
  if (century === null) return { start: null, end: mk.end };
  return { start: century === undefined ? pivot(n.value) : century * 100 + n.value, end: mk.end };
}

// ------------------------------------------------------------------------------------------------ lunar dates

/**
 * 初一 … 初十 at `pos`: the end, or null. Alone (no 大年, 正月 or month before it) it may be a school grade, which the
 * words around it rule out (data/zh/time.yaml lunar notBefore, notAfter), also after a caption space (初二 那年).
 */
function readLunarDay(text: string, pos: number, alone = false): number | null {
  const pre = T.lunarDayPrefix.at(text, pos);
  const n = pre ? readSmall(text, pre.end, 1, 10) : null;
  if (n?.kind !== "cn") return null;
  if (!alone) return n.end;
  const next = skipSpaces(text, n.end);
  return guardsAllow(text, pos, n.end, data.lunar) && (next === n.end || guardsAllow(text, pos, next, data.lunar))
    ? n.end
    : null;
}

/**
 * A lunar month and day after a year (神龙二年正月初一, 雍正四年大年三十). A day counted from the new year of year y, when
 * the table holds it: 2025年除夕 = 2025-01-28 (the eve of 2025's new year, as 2025年春节 is 2025-01-29), 明年正月十五,
 * 2026年腊月 = 2026-01-19..02-16 (the 腊月 that ends at 2026's new year). After 今年, 明年, 去年 the end of a lunar year
 * (除夕, 腊月) is that lunar year's: 今年除夕 said in 2025 = 2026-02-16, the eve of the year that began with 今年春节.
 */
function lunarMonthDay(ctx: Ctx, pos: number, y: number | null = null, relative = false): Hit | null {
  const { text } = ctx;
  const first = y === null ? null : firstMonthDay(text, pos);
  // 今年除夕 said in December: the end of this lunar year, before next year's new year
  const span = first && y !== null ? first.span(relative && first.eve ? y + 1 : y) : null;
  if (first && span) return hit(first.end, span, first.grain, false);
  const special = lunarSpecial(text, pos);
  if (special) return unresolved(special, "day");
  const lm = T.lunarMonths.at(text, pos);
  if (!lm) return null;
  const day = readLunarDay(text, lm.end) ?? lunarNumberDay(text, lm.end);
  return unresolved(day ?? lm.end, day ? "day" : "month");
}

/** 十五, 三十 after a lunar month: days 1–10 are written with 初, so 腊月一般 holds no day 一. */
function lunarNumberDay(text: string, pos: number): number | null {
  const n = readSmall(text, pos, 11, 30);
  return n && n.kind === "cn" ? n.end : null;
}

/** 大年三十, 除夕, 大年初一: the end, or null. */
function lunarSpecial(text: string, pos: number): number | null {
  const d = T.lunarDays.at(text, pos);
  if (d) return d.end;
  const ny = T.lunarNewYear.at(text, pos);
  return ny ? readLunarDay(text, ny.end) : null;
}

/** The days a lunar date covers in the year whose new year is y (a span of day numbers), or null when no table holds it. */
type NewYearDays = { end: number; grain: Grain; eve: boolean; span: (y: number) => [number, number] | null };

/** Days `first`..`last` counted from the lunar new year (0 = 春节, -1 = 除夕). */
function fromNewYear(end: number, first: number, last: number): NewYearDays {
  return {
    end,
    grain: "day",
    eve: first < 0,
    span: (y) => {
      const ny = lunarNewYears.get(y);
      return ny === undefined ? null : [ny + first, ny + last];
    },
  };
}

/**
 * A day counted from the lunar new year, whose Gregorian day the 春节 table gives: the eve (除夕, 大年三十: -1), 大年初六
 * and 正月初六 (5), 正月十五 (14); 正月 alone and 腊月 and its days (腊月二十三) by the month's length (festivals.firstMonthDays,
 * lastMonthDays). Other lunar months need the lengths of the months before them, which no table here holds. Null when it
 * is none of these.
 */
function firstMonthDay(text: string, pos: number): NewYearDays | null {
  const eve = T.lunarDays.at(text, pos);
  if (eve) return fromNewYear(eve.end, -1, -1);
  // 大年初六, or the first month's day (正月初六, 正月十五)
  const ny = T.lunarNewYear.at(text, pos)?.end;
  const month = ny === undefined ? T.lunarMonths.at(text, pos) : null;
  if (month?.info.month === 12) return lastMonth(text, month.end);
  const from = ny ?? (month?.info.month === 1 ? month.end : null);
  if (from === null) return null;
  const end = readLunarDay(text, from) ?? (ny === undefined ? lunarNumberDay(text, from) : null);
  if (end === null && ny === undefined) return firstMonth(from);
  const day = end === null ? null : readNum(text, T.lunarDayPrefix.at(text, from)?.end ?? from);
  return end !== null && day && day.value <= 29 ? fromNewYear(end, day.value - 1, day.value - 1) : null;
}

/** 正月 alone, the month after `from`: the new year's day and the days after it, by the length of 正月 (festivals.firstMonthDays). */
function firstMonth(from: number): NewYearDays {
  return {
    end: from,
    grain: "month",
    eve: false,
    span: (y) => {
      const ny = lunarNewYears.get(y);
      const length = firstMonthDays.get(y);
      return ny === undefined || length === undefined ? null : [ny, ny + length - 1];
    },
  };
}

/** 腊月 (to 除夕) or one of its days (腊月二十三, 腊月初八) after the month's word ending at `from`: 腊月三十 only when it has 30. */
function lastMonth(text: string, from: number): NewYearDays {
  const end = readLunarDay(text, from) ?? lunarNumberDay(text, from);
  const day = end === null ? 0 : (readNum(text, T.lunarDayPrefix.at(text, from)?.end ?? from)?.value ?? 0);
  return {
    end: end ?? from,
    grain: end === null ? "month" : "day",
    eve: true,
    span: (y) => {
      const ny = lunarNewYears.get(y);
      const length = lastMonthDays.get(y);
      if (ny === undefined || length === undefined || day > length) return null;
      return day > 0 ? [ny - length + day - 1, ny - length + day - 1] : [ny - length, ny - 1];
    },
  };
}

/**
 * A day counted from the lunar new year with no year (预计除夕当天, 正月初六, 腊月): in a clause of what is to come
 * (lookingAhead, as for a festival alone: 腊月的时候销量能翻一倍), the next one not over; else the latest one begun by the anchor, as a holiday alone (腊月 may begin in late December).
 */
function newYearDay(ctx: Ctx, i: number, d: NewYearDays): Hit {
  const { a } = ctx;
  if (!a) return unresolved(d.end, d.grain);
  const ahead = lookingAhead(ctx.text, i, d.end);
  const years = ahead ? [a.y - 1, a.y, a.y + 1] : [a.y + 1, a.y, a.y - 1];
  for (const y of years) {
    const span = d.span(y);
    if (span && (ahead ? span[1] >= a.day : span[0] <= a.day)) return hit(d.end, span, d.grain, true);
  }
  return unresolved(d.end, d.grain);
}

/** Lunar dates: 初一…初十, 正月十五, 腊月, 大年三十, 农历2015年十月初一. Found, not resolved (no lunar calendar). */
function parseLunar(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  const pre = T.lunarPrefixes.at(text, i);
  if (pre) {
    const p = pre.end;
    const inner = longest([parseYear(ctx, p), monthDay(ctx, p, null, true), lunarMonthDay(ctx, p)]);
    return inner ? unresolved(inner.end, inner.grain) : null;
  }
  if (afterSurname(text, i, T.lunarMonths.at(text, i)?.info.notAfterSurname)) return null; // 李冬月 (a name)
  const first = firstMonthDay(text, i);
  if (first) return newYearDay(ctx, i, first);
  const special = lunarSpecial(text, i);
  if (special) return unresolved(special, "day");
  if (T.lunarMonths.at(text, i)) return lunarMonthDay(ctx, i);
  if (charIn(lunarDayBlockers, text, i - 1)) return null; // 年初一 is not 初一 alone
  const day = readLunarDay(text, i, true);
  return day ? unresolved(day, "day") : null;
}

// ------------------------------------------------------------------------------------------------ counts from the anchor

/** 三年前 (the year 2022), 两个月后, 五天前, 几天前 (anchor−9..anchor−2), 五年内 / 三年来 (spans). */
function parseCount(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  if (numberBlocked(ctx, i)) return null;
  const c = readCount(text, i);
  const u = c ? readUnit(text, c.end) : null;
  if (!c || !u) return null;
  const ago = T.ago.at(text, u.end);
  if (ago) return offsetHit(ctx, ago.end, c, u, -1);
  const later = T.later.at(text, u.end);
  if (later) {
    if (afterEvent(text, i) || windowAfterEvent(text, i)) return null;
    // 三年后公司被收购了, 两年后我回去过: a 了 or 过 on the verb of its clause tells a deed done, a time within a
    // story told that counts from the story's own moment, not from the interview: no date
    if (pastAspectAfter(text, later.end))
      return hit(later.end, null, "open", true, { direction: "past", duration: true });
    return offsetHit(ctx, later.end, c, u, 1);
  }
  const within = T.within.at(text, u.end);
  if (within) {
    if (durationBound(text, i, within.end) || windowAfterEvent(text, i) || withinAttribute(text, within.end))
      return null;
    const past = pastWithin(text, within.end);
    // a span over, with no date a reader could check (一天之内就卖了300台): its length is no figure either
    if (past === "over") return hit(within.end, null, "open", true, { direction: "past", duration: true });
    // a negated past (三年内没出险): the window that ends now, as 过去三年
    return spanHit(ctx, within.end, c, u, past === "untilNow" ? "past" : "future");
  }
  const since = T.since.at(text, u.end);
  if (since && !(c.max === 1 && comesCount(text, u.end, since.end)) && !spentBefore(text, i))
    return spanHit(ctx, since.end, c, u, "past");
  return null;
}

/** The word of `words` that ends right before the count at `start`, one caption space between, or undefined. */
function leadBefore(words: readonly string[], text: string, start: number): string | undefined {
  const lead = codeAt(text, start - 1) === 32 ? start - 1 : start;
  return words.find((w) => text.startsWith(w, lead - w.length));
}

/** A finished event (time.yaml afterEventLeads) right before the count at `start`: 打完两周以后 counts from it. */
const afterEvent = (text: string, start: number) => leadBefore(data.afterEventLeads, text, start) !== undefined;

/**
 * An event's 后 right before the count at `start` (time.yaml windowAfterEvent): 收到申请后五日内, 合龙之后再有半年,
 * 拿到牌照之后三个月后 count from that event, whose date the words do not give, so no date from the anchor. A comma
 * may close the event's clause first (上市以后，再过两年), and a caption space stand on either side of it.
 */
function windowAfterEvent(text: string, start: number): boolean {
  let lead = codeAt(text, start - 1) === 32 ? start - 1 : start;
  if (withinCommas[codeAt(text, lead - 1)] === 1) lead = codeAt(text, lead - 2) === 32 ? lead - 2 : lead - 1;
  const mark = data.windowAfterEvent.marks.find((w) => text.startsWith(w, lead - w.length));
  if (!mark) return false;
  const before = text.charAt(lead - mark.length - 1);
  return before !== "" && han.test(before) && !data.windowAfterEvent.notAfter.includes(before);
}

/** A verb that spends a period (time.yaml sinceSpentBy) right before its count at `start`: 分两年来做, 用三年来完成. */
const spentBefore = (text: string, start: number) => leadBefore(data.sinceSpentBy, text, start) !== undefined;

/**
 * 来 from `from` to `end` is the verb "come" before a count of times, after one period (a rate: 一周来两三次, data/zh/
 * time.yaml sinceVerb); not after more (三年来三次上调价格 is over the past three years).
 */
function comesCount(text: string, from: number, end: number): boolean {
  if (T.sinceVerb.at(text, from)?.end !== end) return false;
  const c = readCount(text, skipSpaces(text, end)); // 一周来 三次 (a caption space)
  return c !== null && T.sinceVerbTimes.at(text, skipSpaces(text, c.end)) !== null;
}

/** 再过三年, 再过三五年, 再有两个月, 再过几天: a span from now, read as 三年后 (an after marker may follow: 再过三年以后). */
function parseAhead(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  const m = T.ahead.at(text, i);
  if (m && windowAfterEvent(text, i)) return null; // 合龙之后再有半年: from the event, not from now
  const p = m ? skipSpaces(text, m.end) : -1;
  const c = m ? readCount(text, p) : null;
  const u = c ? readUnit(text, c.end) : null;
  if (!c || !u) return null;
  return offsetHit(ctx, T.later.at(text, u.end)?.end ?? u.end, c, u, 1);
}

/** 三年以内的车: a within span before 的 and a thing (time.yaml withinAttribute) is that thing's age, no window. */
function withinAttribute(text: string, end: number): boolean {
  const mark = data.withinAttribute.marks.find((w) => text.startsWith(w, end));
  if (!mark) return false;
  const next = skipSpaces(text, end + mark.length);
  return han.test(text.charAt(next)) && !data.withinAttribute.keep.some((w) => text.startsWith(w, next));
}

/** 保质期在12个月以内。: a length after 在 (one space allowed) whose within marker ends the clause bounds a duration. */
function durationBound(text: string, start: number, end: number): boolean {
  if (!clauseEnd(text, end)) return false;
  const lead = codeAt(text, start - 1) === 32 ? start - 2 : start - 1;
  for (const w of data.durationBoundLeads) if (text.startsWith(w, lead - w.length + 1)) return true;
  return false;
}

// what ends the clause a within span tells of (a comma right after the span goes on to the next clause)
const withinClauseEnds = charTable("，,。；;：:！!？?\n");
// how far a within span's clause reaches for its 了
const withinReach = 30;

/**
 * 一天之内就卖了300台, 这一天之内，股价跌了8%: a 了 in the clause after a within span tells a span over ("over"), no
 * window from the anchor (the clause of a span alone before a comma is the next one); a negated past first (三年内没
 * 出险, 两年以内没有涨过价) the window that ends now ("untilNow"). Neither (null) in 三天之内完成, 一周之内会发货, nor
 * with a forecast word first (三到五年之内，我们这行可能就没了).
 */
const pastWithin = (text: string, end: number) => aspectAfter(text, end, withinAspects);
const withinAspects = [
  { marks: T.withinNegatedPast, is: "untilNow" },
  { marks: T.withinPast, is: "over" },
] as const;

/**
 * A past aspect on the verb of the clause after a month alone at `end` (七月的时候卖了三万台, 九月，门诊量涨了三成,
 * 八月份去过一次): a 了 (withinPastMarks) or 过 (bareMonthPastAspect) before any word of what will be (可能, 会, 预计),
 * read as pastWithin reads a within span.
 */
const pastAspectAfter = (text: string, end: number) => aspectAfter(text, end, monthAspects) !== null;
const monthAspects = [
  { marks: T.withinPast, is: true },
  { marks: T.monthPastAspect, is: true },
] as const;

/**
 * What the first of `aspects` found in the clause after `end` (or, past one comma, the next) says, before any word of
 * what will be (可能, 会); null when none is found first.
 */
function aspectAfter<V>(
  text: string,
  end: number,
  aspects: readonly { marks: typeof T.withinPast; is: V }[],
): V | null {
  let p = skipSpaces(text, end);
  if (withinCommas[codeAt(text, p)] === 1) p = skipSpaces(text, p + 1);
  const last = Math.min(text.length, p + withinReach);
  for (let k = p; k < last && withinClauseEnds[text.charCodeAt(k)] !== 1; k++) {
    if (T.withinFuture.at(text, k)) return null;
    for (const a of aspects) if (a.marks.at(text, k)) return a.is;
  }
  return null;
}
const withinCommas = charTable("，,");

/** The unit N units before (sign −1) or after (+1) the anchor; a range of counts gives a range of units. */
function offsetHit(ctx: Ctx, end: number, c: Count, u: UnitRead, dir: -1 | 1): Hit {
  const [lo, unit] = wholeUnits(c.min + (u.half ? 0.5 : 0), u.unit);
  const [hi] = wholeUnits(c.max + (u.half ? 0.5 : 0) + (u.more ? 1 : 0), u.unit);
  const direction: Direction = dir < 0 ? "past" : "future";
  const grain = unitGrain[unit];
  const { a } = ctx;
  if (!a) return hit(end, null, grain, true, { direction });
  const near = unitAround(shift(a.day, unit, dir * lo), unit);
  const far = unitAround(shift(a.day, unit, dir * hi), unit);
  return hit(end, dir < 0 ? [far[0], near[1]] : [near[0], far[1]], grain, true, { direction });
}

/**
 * A span with a stated length from the anchor. Future: anchor..the end of the unit N units ahead (未来五年 said
 * 2025-12-18 → 2030-12-31; weeks and days end exactly N units ahead). Past: anchor minus N units..anchor.
 * A vague count (几) gives an open span of the assumed horizon (未来几年 → anchor..anchor+3 years).
 */
function spanHit(ctx: Ctx, end: number, c: Count, u: UnitRead, direction: "past" | "future"): Hit {
  const { a } = ctx;
  if (c.vague !== null) {
    const grain: Grain = "open";
    if (!a) return hit(end, null, grain, true, { direction });
    const [n, unit] = wholeUnits(c.vague, u.unit);
    const span: [number, number] =
      direction === "future" ? [a.day, shift(a.day, unit, n)] : [shift(a.day, unit, -n), a.day];
    return hit(end, span, grain, true, { direction });
  }
  const [n, unit] = wholeUnits(c.max + (u.half ? 0.5 : 0) + (u.more ? 1 : 0), u.unit);
  const grain = unitGrain[unit];
  if (!a) return hit(end, null, grain, true, { direction, duration: true });
  let span: [number, number];
  if (direction === "past") span = [shift(a.day, unit, -n), a.day];
  else if (unit === "week" || unit === "day") span = [a.day, shift(a.day, unit, n)];
  else span = [a.day, unitAround(shift(a.day, unit, n), unit)[1]];
  return hit(end, span, grain, true, { direction, duration: true });
}

/**
 * Hours after an hour span's marker at `i` (未来24小时, 过去48小时: time.yaml hourSpans), read as whole days: the count
 * turned into days, rounded up (24 → 1, 36 → 2); null elsewhere.
 */
function hoursRead(text: string, i: number, c: Count): UnitRead | null {
  const h = T.hourMarkers.at(text, i) ? T.hours.at(text, skipSpaces(text, c.end)) : null;
  if (!h || c.vague !== null) return null;
  c.max = Math.ceil(c.max / 24);
  c.min = Math.ceil(c.min / 24);
  return { unit: "day", half: false, more: false, end: h.end };
}

/** 未来五年, 未来3-5年, 今后三年, 过去一年, 最近三个月, 近五年来, 这两年, 未来几年 (open). */
function parseMarkedSpan(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  const fut = T.future.at(text, i);
  const pas = fut ? null : T.past.at(text, i);
  const m = fut ?? pas;
  if (!m) return null;
  let p = m.end;
  const de = T.de.at(text, p);
  if (de) p = de.end;
  const inner = T.past.at(text, p); // 过去这三年
  if (inner) p = inner.end;
  p = skipSpaces(text, p);
  const c = readCount(text, p);
  const u = c ? (readUnit(text, c.end) ?? hoursRead(text, i, c)) : null;
  if (!c || !u || (c.vague === null && c.max < (pas?.info.minCount ?? 0))) return null;
  if (pas?.info.onlyUnits && !(pas.info.onlyUnits as string[]).includes(u.unit)) return null; // 前11个月: year to date
  const tail = T.within.at(text, u.end) ?? T.inside.at(text, u.end) ?? (pas ? T.since.at(text, u.end) : null);
  return spanHit(ctx, tail ? tail.end : u.end, c, u, fut ? "future" : "past");
}

/** Phrases with an assumed horizon: 短期内, 未来很长一段时间, 相当长一段时间内, 最近, 近年来, 前几天, 此后. */
function parseOpen(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  const o = T.open.at(text, i);
  if (!o) return null;
  const e = o.info;
  const tail = T.inside.at(text, o.end) ?? T.within.at(text, o.end);
  const end = tail ? tail.end : o.end;
  if (e.anaphoric) return unresolved(end, "open", e.direction);
  const direction = e.direction;
  if (!a) return hit(end, null, e.ago ? "day" : "open", true, { direction });
  if (e.ago) return hit(end, [a.day - e.ago[1], a.day - e.ago[0]], "day", true, { direction });
  const n = e.horizon ?? 1;
  const unit = e.unit ?? "year";
  const span: [number, number] =
    direction === "past" ? [shift(a.day, unit, -n), a.day] : [a.day, shift(a.day, unit, n)];
  return hit(end, span, "open", true, { direction });
}

// ------------------------------------------------------------------------------------------------ ranges and bounds

/** Any date-like time at `i`, before ranges and bounds. */
function parseCore(ctx: Ctx, i: number): Hit | null {
  if (i === ctx.free) return readCore(ctx, i);
  if (i !== ctx.coreAt) {
    ctx.core = readCore(ctx, i);
    ctx.coreAt = i;
  }
  return ctx.core;
}

const arabicDigits = [..."0123456789０１２３４５６７８９"];
/** The first characters of the words of some tables. */
const firsts = (...tables: Table<unknown>[]) => tables.flatMap((t) => t.firstChars());

/** The date-like readings (each with the characters it can start on). */
const coreParsers = new Dispatch([
  [parseIso, arabicDigits],
  [parseYear, [...numeralChars, ...firsts(T.relativeYears, T.eras, T.fiscalPrefixes)]],
  [parseSchoolTerm, T.schoolTerms.firstChars()],
  [parseYearPair, T.relativeYearPairs.firstChars()],
  [parseSeason, T.relativeSeasons.firstChars()],
  [parseDecade, [...numeralChars, ...T.centuryWords.firstChars()]],
  [parseMonthAlone, [...numeralChars, ...T.monthNames.firstChars()]],
  [parseDayAlone, [...arabicDigits, ...numeralChars]],
  [parseRelativeUnit, T.relativePrefixes.firstChars()],
  [parseWeekday, T.weekWords.firstChars()],
  [parseRelativeDay, T.relativeDays.firstChars()],
  [parseQuarterAlone, [...numeralChars, ...data.quarters.letters, ...T.ordinal.firstChars()]],
  [parseFirstLastAlone, firsts(T.first, T.last)],
  [parseYearPartAlone, T.yearParts.firstChars()],
  [parseYearSpanAlone, ["年"]],
  [parseMonthPartAlone, firsts(T.monthMarker, T.monthParts)],
  [parseLunar, firsts(T.lunarPrefixes, T.lunarDays, T.lunarNewYear, T.lunarMonths, T.lunarDayPrefix)],
  [parseFiveYearPlan, T.planPrefix.firstChars()],
  [parseHolidayAlone, T.holidays.firstChars()],
  [parseFestivalAlone, T.festivals.firstChars()],
]);

function readCore(ctx: Ctx, i: number): Hit | null {
  return coreParsers.longest(ctx, i);
}

/** A date-like time with the ranges and bounds that follow it: 2028到2029年, 2030年前, 2020年以来. */
function parseDated(ctx: Ctx, i: number): Hit | null {
  const core = parseCore(ctx, i);
  if (!core) return null;
  return withBound(ctx, withRanges(ctx, core));
}

function withRanges(ctx: Ctx, x: Hit): Hit {
  let cur = x;
  for (;;) {
    const r = rangeAfter(ctx, cur);
    if (!r) return cur;
    cur = r;
  }
}

/** `x` followed by a connector and a second time that inherits what it leaves out: 一月十日到十二日. */
function rangeAfter(ctx: Ctx, x: Hit): Hit | null {
  const { text } = ctx;
  if (x.monday !== undefined) return weekdayRangeAfter(ctx, x, x.monday);
  if (!x.fields) return null;
  const s = skipSpaces(text, x.end);
  const conn = T.rangeConnectors.at(text, s);
  const yearConn = conn ? null : T.yearConnectors.at(text, s);
  const between = conn || yearConn ? null : T.betweenConnectors.at(text, s);
  const c = conn ?? yearConn ?? between;
  if (!c) return null;
  const y = parsePartial(ctx, skipSpaces(text, c.end), x.fields);
  if (!y) return null;
  if (yearConn && !(x.grain === "year" && y.grain === "year")) return null; // 2016年5月1日或2016年12月1日: two dates
  let end = y.end;
  if (between) {
    const tail = T.betweenTails.at(text, end);
    if (!tail) return null;
    end = tail.end;
  }
  return joinRange(x, y, end);
}

/**
 * A weekday, a connector and a second weekday: the second is of the first's week, not the anchor's (下周二到周四 is
 * next Tuesday to next Thursday; 周二到周四 this week's).
 */
function weekdayRangeAfter(ctx: Ctx, x: Hit, monday: number | null): Hit | null {
  const { text } = ctx;
  const conn = T.rangeConnectors.at(text, skipSpaces(text, x.end));
  const w = conn ? T.weekWords.at(text, skipSpaces(text, conn.end)) : null;
  if (!w || !weekdays.has(text.charAt(w.end))) return null;
  const y = weekAt(ctx, w.end, monday, null);
  if (x.from !== null && y.to !== null && y.to < x.from) return null; // 周五到周二: not one span
  return joinRange(x, y, y.end);
}

function joinRange(x: Hit, y: Hit, end: number): Hit {
  let to = y.to;
  if (to !== null && x.from !== null && to < x.from && y.yearInherited && y.fields?.y != null) {
    const span = fieldsSpan({ ...y.fields, y: y.fields.y + 1 }); // 8月至2月: February of the next year
    to = span ? span[1] : null;
  }
  const fixed = x.fixed || y.fixed;
  return {
    end,
    from: fixed ? null : x.from,
    to: fixed || x.from === null ? null : to,
    grain: x.grain,
    relative: x.relative || y.relative,
    direction: null,
    duration: false,
    fixed,
    fields: y.fields,
  };
}

/** The second end of a range: a full time, or one that inherits the year (and month) of the first. */
function parsePartial(ctx: Ctx, t: number, base: Fields): Hit | null {
  const saved = ctx.free;
  ctx.free = t;
  try {
    return partialAt(ctx, t, base);
  } finally {
    ctx.free = saved;
  }
}

function partialAt(ctx: Ctx, t: number, base: Fields): Hit | null {
  const { text } = ctx;
  const candidates: (Hit | null)[] = [];
  // 2013、14年 / 18年10月1日到19年2月3日: a two-digit year takes the century of the first
  const num = readYearNumber(ctx, t);
  if (num?.twoDigit && base.y !== null) {
    const mark = skipSpaces(text, num.end, 2);
    const y = T.yearMarker.at(text, mark);
    if (y) {
      const full = Math.floor(base.y / 100) * 100 + (num.y % 100);
      candidates.push(yearTail(ctx, fixedYear(full, y.end, mark)) ?? fieldsHit(y.end, { y: full }, false));
    }
  }
  if (base.m !== undefined) {
    const md = monthDay(ctx, t, base.y, false);
    if (md) candidates.push({ ...md, yearInherited: true });
  }
  // 公元618年到907年: after a year below years.min (named by 公元 or an era) a later N年 is a year of the same count,
  // not a span of N years; 贞观四年到十年 (an earlier N) stays as it was
  if (base.y !== null && base.y < data.years.min && base.m === undefined) {
    const n = readSmall(text, t, base.y + 1, data.years.max);
    const mk = n ? T.yearMarker.at(text, n.end) : null;
    if (n && mk) candidates.push(fieldsHit(mk.end, { y: n.value }, false));
  }
  if (base.d !== undefined && base.m !== undefined) {
    const d = readSmall(text, t, 1, 31);
    const mk = d ? T.dayMarkers.at(text, d.end) : null;
    if (d && mk) candidates.push(fieldsHit(mk.end, { y: base.y, m: base.m, d: d.value }, false));
  }
  candidates.push(parseCore(ctx, t)); // last: an inherited reading of the same length wins (6月1日-6月30日)
  return longest(candidates);
}

/** 2028或2029年, 1995-1997年, 2013、14年, 80、90年代: a bare year number before a connector. */
function parseBareRange(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  const num = readYearNumber(ctx, i);
  if (!num) return null;
  const s = skipSpaces(text, num.end);
  const c = T.rangeConnectors.at(text, s) ?? T.yearConnectors.at(text, s);
  if (!c) return null;
  const t = skipSpaces(text, c.end);
  const decade = parseDecade(ctx, t);
  if (decade && num.twoDigit && decade.from !== null && decade.grain === "decade") {
    const [y2] = ymd(decade.from);
    const start = Math.floor(y2 / 100) * 100 + (num.y % 100);
    if (start % 10 === 0 && start < y2)
      return withBound(ctx, hit(decade.end, [dayOf(start, 1, 1), decade.to ?? 0], "decade", false));
  }
  if (num.twoDigit) return null;
  const y = parsePartial(ctx, t, { y: num.y });
  if (y?.grain !== "year" || y.fields?.y == null || y.fields.m !== undefined) return null;
  return withBound(ctx, joinRange(fieldsHit(num.end, { y: num.y }, false), y, y.end));
}

/** A bound after a time: 2030年前 (by 2030), 2018年之后, 2020年以来, 2030年左右. */
function withBound(ctx: Ctx, x: Hit): Hit {
  const { text, a } = ctx;
  const b = T.bounds.at(text, x.end);
  if (!b || x.duration) return x;
  const end = b.end;
  const kind = b.info.kind;
  if (kind === "about") return { ...x, end };
  if (x.fixed || x.from === null || x.to === null)
    return { ...x, end, from: null, to: null, grain: "open", relative: true };
  const base = { ...x, end, fields: undefined, duration: false };
  switch (kind) {
    case "before":
    case "beforeInclusive": {
      if (!a) return { ...base, from: null, to: x.to, grain: "open", relative: true, direction: null };
      const holds = x.from <= a.day && x.to >= a.day;
      const by = x.from > a.day || (holds && x.grain !== "year" && x.grain !== "decade");
      if (by) return { ...base, from: a.day, grain: x.grain, relative: true, direction: "future" };
      const to = kind === "before" ? x.from - 1 : x.to;
      return { ...base, from: beyond(to, -1), to, grain: "open", relative: true, direction: "past" };
    }
    case "after":
    case "afterInclusive": {
      const from = kind === "after" ? x.to + 1 : x.from;
      const untilNow = a !== null && from <= a.day;
      const to = untilNow ? a.day : beyond(from, 1);
      const direction = a ? (x.to < a.day ? "past" : "future") : null;
      return { ...base, from, to, grain: "open", relative: x.relative || untilNow, direction };
    }
    case "since":
    case "starting":
      return sinceHit(ctx, x, end, kind === "since");
  }
}

/** 从2016年到2018年, 从一月十日到十二日, 从明年起, 自2018年以来: the prefix belongs to the span. */
function parseFrom(ctx: Ctx, i: number): Hit | null {
  const { text } = ctx;
  const pre = T.fromPrefixes.at(text, i);
  if (!pre) return null;
  const x = parseCore(ctx, skipSpaces(text, pre.end));
  if (!x) return null;
  const r = rangeAfter(ctx, x);
  if (r) {
    const tail = T.untilTails.at(text, r.end);
    return tail ? { ...r, end: tail.end } : r;
  }
  const since = T.fromSince.at(text, skipSpaces(text, x.end));
  const starting = since ? null : T.fromStarting.at(text, skipSpaces(text, x.end));
  const tail = since ?? starting;
  if (tail) return sinceHit(ctx, x, tail.end, since !== null);
  return T.sincePrefixes.at(text, i) ? sinceHit(ctx, x, x.end, true) : null;
}

/**
 * From a time on. Looking back (以来, 至今): x..anchor. Starting (起, 开始): x..anchor when x is past, else the time
 * x itself, when what starts then takes effect (2030年起，最低缴费年限提高到20年: 2030; 从2030年1月1日起: that day).
 */
function sinceHit(ctx: Ctx, x: Hit, end: number, lookingBack: boolean): Hit {
  const { a } = ctx;
  const base = { ...x, end, grain: "open" as Grain, relative: true, fields: undefined, duration: false };
  if (x.fixed || x.from === null || x.to === null) return { ...base, from: null, to: null };
  if (!a) return { ...base, to: null };
  if (!lookingBack && x.from > a.day) return { ...x, end, direction: "future" };
  const past = lookingBack ? x.from <= a.day : x.to < a.day;
  return {
    ...base,
    to: past ? a.day : beyond(x.from, 1),
    direction: past ? "past" : "future",
    since: past && lookingBack,
  };
}

/** The far end of an open-ended span (2030年之后, 2015年前): the assumed horizon beyond its one stated end. */
function beyond(day: number, dir: -1 | 1): number {
  return shift(day, data.openHorizon.unit, dir * data.openHorizon.n) - dir;
}

// outside the table of tables (T): their words mark no time, they only read the words around 到
const untilLate = plain(data.untilLate);
const untilLateHedges = plain(data.untilLateHedges);
const untilWaits = data.untilWaits;
const untilLateLeads = data.untilLateLeads.words;
const untilLateEnds = plain(data.untilLateLeads.ends);
const untilTerms = data.untilTerms;
const reckonedUnits = plain(data.untilReckoned.units);
const reckonedEnds = plain(data.untilReckoned.ends);
const reckonedHalves = plain(data.untilReckoned.halves);

/**
 * 到2030年, 截至2024年底, 直到明年: anchor..the end of that time, when it is later than the anchor. Not so 要到2026年三季度
 * 才 ("not until then": the time stands alone), and after the term of a state (合同到2028年) the span is the
 * present's: the state holds from now until then.
 */
function parseUntil(ctx: Ctx, i: number): Hit | null {
  const { text, a } = ctx;
  const pre = T.untilPrefixes.at(text, i);
  if (!pre) return null;
  const x = parseCore(ctx, skipSpaces(text, pre.end));
  if (!x || x.fixed) return null;
  const tail = T.untilTails.at(text, x.end);
  const end = tail ? tail.end : x.end;
  // "not until then" (要到2026年三季度才), also with a hedge on the time between (要到2030年左右才): the time stands alone
  const late = skipSpaces(text, x.end);
  const hedge = untilLateHedges.at(text, late);
  if (!tail && untilLate.at(text, hedge ? skipSpaces(text, hedge.end) : late)) return null;
  // the word before 到 may stand a caption space away (我觉得 可能 要 到 2027年 下半年 吧, 要 等 到 明年)
  const lead = isSpace(codeAt(text, i - 1)) ? i - 1 : i;
  if (!tail && untilLateLeads.some((w) => text.endsWith(w, lead)) && closesClause(text, hedge ? hedge.end : x.end))
    return null;
  // waiting until then (要等到2027年), or after it (到2027年以后): the time stands alone, with its own bound
  const bound = T.bounds.at(text, x.end)?.info.kind;
  if (!tail && (bound === "after" || bound === "afterInclusive" || untilWaits.some((w) => text.endsWith(w, lead))))
    return null;
  if (!a) return { ...x, end, from: null, to: null, relative: true, fields: undefined };
  if (x.to === null || x.to < a.day) return null; // 到了2018年: a past time stands alone
  // the term of a state, a time that ends on the anchor's day (截至今天, 到今天为止: a status as of now), or a period
  // begun by then with a length reckoned up to it (到今年整整三十年了): the present
  const present = termBefore(text, i) || x.to === a.day || (x.from !== null && x.from <= a.day && reckoned(text, end));
  const direction = present ? "present" : "future";
  return { ...x, end, from: a.day, relative: true, direction, fields: undefined };
}

/** Whether nothing but a particle (吧, 了) and spaces stands from `p` to the end of its clause: 要到2026年下半年吧。 */
function closesClause(text: string, p: number): boolean {
  let q = skipSpaces(text, p);
  const end = untilLateEnds.at(text, q);
  if (end) q = skipSpaces(text, end.end);
  return q >= text.length || charIn(clauseStops, text, q);
}

/** A count and a unit of time right before 了 in the clause from `p` (整整三十年了, 已经干了半年了): a length reckoned. */
function reckoned(text: string, p: number): boolean {
  const stop = Math.min(text.length, p + data.untilReckoned.reach);
  for (let k = p; k < stop && clauseStops[text.charCodeAt(k)] !== 1; k++) {
    const n = readNum(text, k) ?? reckonedHalves.at(text, k);
    const u = n ? reckonedUnits.at(text, n.end) : null;
    if (u && reckonedEnds.at(text, u.end)) return true;
  }
  return false;
}

/** Whether the term of a state (合同, 任期) or a word that sets one (续约) ends right before `i`. */
function termBefore(text: string, i: number): boolean {
  for (const w of untilTerms) if (i >= w.length && text.startsWith(w, i - w.length)) return true;
  return false;
}

// ------------------------------------------------------------------------------------------------ the scan

/** The readings tried where a time can start (each with the characters it can start on). */
const parsers = new Dispatch([
  [parseFrom, T.fromPrefixes.firstChars()],
  [parseUntil, T.untilPrefixes.firstChars()],
  [parseMarkedSpan, firsts(T.future, T.past)],
  [parseOpen, T.open.firstChars()],
  [parseCount, [...numeralChars, ...firsts(T.vague, T.half)]],
  [parseAhead, T.ahead.firstChars()],
  [parseDated, coreParsers.starts],
  [parseBareRange, numeralChars],
]);

/** The tables whose words may open a time (明年, 上半年, 初六, 未来几年): digits and numerals open the others. */
const openingTables = [
  T.vague,
  T.half,
  T.relativeYears,
  T.fiscalPrefixes,
  T.schoolTerms,
  T.relativeYearPairs,
  T.relativeSeasons,
  T.yearParts,
  T.yearSpans,
  T.ordinal,
  T.first,
  T.monthNames,
  T.monthMarker,
  T.monthParts,
  T.relativeDays,
  T.relativePrefixes,
  T.weekWords,
  T.future,
  T.past,
  T.fromPrefixes,
  T.untilPrefixes,
  T.open,
  T.centuryWords,
  T.lunarPrefixes,
  T.lunarMonths,
  T.lunarDayPrefix,
  T.lunarDays,
  T.lunarNewYear,
  T.eras,
  T.holidays,
  T.ahead,
  T.festivals,
];

/** The characters of counts (几, 多, 半): in 几年前 the mark is 年. */
const counting = new Set([T.vague, T.half, T.more].flatMap((table) => table.chars()));
/**
 * Characters one of which every time holds (年 of 2026年, 明 of 明年, 季 of 一季度, - of 2025-02-14, 《 where a title
 * must be stepped over): the characters of the vocabulary that names times, less the numerals, which are everywhere.
 */
const markers = new Set<string>(
  [
    ...Object.entries(T)
      .filter(([name]) => !connectiveTables.has(name))
      .flatMap(([, table]) => table.chars()),
    ..."《Qq",
  ].filter((c) => !counting.has(c) && !isNumeralChar(c)),
);
/** The separators of 2025-02-14 and 2025/2/14: a mark only after a four-digit year. */
const dateSeparators = "-/.．－";

/** The opening words by first character: a position that is no digit or numeral must start one of them. */
const openingWords = new Map<number, string[]>();
for (const word of openingTables.flatMap((t) => t.words())) {
  openingWords.set(word.charCodeAt(0), [...(openingWords.get(word.charCodeAt(0)) ?? []), word]);
}
/**
 * Characters that can follow the first character of a time: every time is two characters or more, read as words
 * of the vocabulary, numbers, spaces and the few characters the parsers test themselves (Q1, 2025H1, 2025-02-14,
 * 周一). A position followed by anything else starts no time.
 */
const followers = [
  ...Object.values(T).flatMap((table) => table.words().flatMap((w) => w.split(""))),
  ...numeralChars,
  ..."QqＱH-/.．－ \u00a0\u3000",
  ...weekdays.keys(),
];
/** Characters that open a time by themselves: digits, numerals, Q (Q1), and the one-character words (到, 这). */
const openers = [..."QqＱ", ...numeralChars, ...[...openingWords.values()].flat().filter((w) => w.length === 1)];

// What the scan needs to know of a character, by its code: whether a title (《), a blocked word (今日头条) or a
// time may start there; whether it opens a time alone (a numeral) or only as the start of a word (明 of 明年);
// whether it marks a time (年) or may mark one (the - of 2025-02-14).
const TITLE = 1;
const BLOCKED = 2;
const START = 4;
const OPENS = 8;
const MARKER = 16;
const DATE_SEPARATOR = 32;
const FOLLOWS = 64;
const scanClass = byteTable();
const classify = (chars: Iterable<string>, bit: number) => {
  for (const c of chars) if (c.length === 1) scanClass[c.charCodeAt(0)] = (scanClass[c.charCodeAt(0)] ?? 0) | bit;
};
classify(
  data.titleBrackets.map(([open]) => open.charAt(0)),
  TITLE,
);
classify(T.blocked.firstChars(), BLOCKED);
classify([...numeralChars, ..."QqＱ", ...openingTables.flatMap((t) => t.firstChars())], START);
classify(openers, OPENS);
classify(markers, MARKER);
classify(dateSeparators, DATE_SEPARATOR);
classify(followers, FOLLOWS);

/** True when a word of the opening tables starts at `i`. */
function opensWord(text: string, i: number): boolean {
  for (const w of openingWords.get(codeAt(text, i)) ?? []) if (text.startsWith(w, i)) return true;
  return false;
}

// findTimes is called sentence by sentence with the same anchor: the last one read is kept (Anchor is never changed).
let lastAnchor: { text: string; a: Anchor } | null = null;

function parseAnchor(anchor: string): Anchor {
  if (lastAnchor?.text === anchor) return lastAnchor.a;
  const m = /^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$/.exec(anchor)?.groups; // 2025-12-18
  const y = Number(m?.y);
  const mo = Number(m?.m);
  const d = Number(m?.d);
  if (!m || !validDate(y, mo, d)) throw new RangeError(`anchor date must be YYYY-MM-DD, got "${anchor}"`);
  lastAnchor = { text: anchor, a: { day: dayOf(y, mo, d), y, m: mo } };
  return lastAnchor.a;
}

/** Where a title in 《》 closes (nothing inside is a time), or -1 when `i` does not open one on this line. */
function titleEnd(text: string, i: number): number {
  for (const [open, close] of data.titleBrackets) {
    if (!text.startsWith(open, i)) continue;
    for (let j = i + open.length; j < text.length && j - i < 200; j++) {
      const c = text.charAt(j);
      if (c === "\n" || text.startsWith(open, j)) return -1;
      if (text.startsWith(close, j)) return j + close.length;
    }
  }
  return -1;
}

/** The spans of titles in 《》 on `text`: names, so no figure inside either (《长安三万里》, 《十年》). */
export function titleSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const [open] of data.titleBrackets) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      const end = titleEnd(text, i);
      if (end >= 0) spans.push({ start: i, end });
    }
  }
  return spans;
}

function derivedDirection(h: Hit, a: Anchor | null): Direction | null {
  if (h.direction !== null || !a || h.fixed) return h.direction;
  if (h.from === null && h.to === null) return null;
  if (h.to !== null && h.to < a.day) return "past";
  if (h.from !== null && h.from > a.day) return "future";
  return "present";
}

/**
 * Every time expression in `text`, left to right, not overlapping: its exact span, first and last day
 * (YYYY-MM-DD) resolved against `anchor` ("YYYY-MM-DD", or null: relative times then keep from/to null). With
 * `carry`, a part of the year alone (下半年) takes the year of a stated year's part before it (明年上半年) from the
 * sentence before (carry.year in) and the text, and carry.year is left as the last such year for the next sentence.
 * `doc.traditional`: the whole document is Traditional Chinese (locale.ts), where a bare 114年 is 民國114年.
 */
export function findTimes(
  text: string,
  anchor: string | null,
  carry?: { year: number | null },
  doc: { traditional?: boolean } = {},
): TimeMatch[] {
  const a = anchor === null ? null : parseAnchor(anchor);
  const republic = doc.traditional ?? false;
  const ctx: Ctx = { text, a, free: -1, coreAt: -1, core: null, carry: carry?.year ?? null, republic };
  const out: TimeMatch[] = [];
  let i = 0;
  let marker = -1;
  let aheadYear = false; // the carried year is a year alone ahead of the anchor's: for this sentence only
  while (i < text.length) {
    const cls = scanClass[text.charCodeAt(i)] ?? 0;
    if ((cls & (TITLE | BLOCKED | START)) === 0) {
      i++;
      continue;
    }
    // no time ends more than `reach` characters before a marker: skip ahead on text with none (runs of numerals)
    if (marker < i) marker = nextMarker(text, i);
    if (marker - i > reach) {
      i = marker - reach;
      continue;
    }
    const title = cls & TITLE ? titleEnd(text, i) : -1;
    const blocked = cls & BLOCKED ? T.blocked.at(text, i) : null;
    if (title > 0 || blocked) {
      i = title > 0 ? title : (blocked?.end ?? i + 1);
      continue;
    }
    const next = tableAt(scanClass, text, i + 1);
    if (!(cls & START) || !(next & FOLLOWS) || (!(cls & OPENS) && !opensWord(text, i))) {
      i++;
      continue;
    }
    const h = parsers.longest(ctx, i);
    if (!h || h.end <= i) {
      i++;
      continue;
    }
    const m = isSet(text, i) ? null : toMatch(ctx, i, h);
    if (m) out.push(m);
    // a stated year's part sets the year a part alone takes, unless it is a comparison's baseline (比去年上半年); a
    // year of its own (去年) ends it
    if (h.partYear !== undefined && m && !m.baseline) {
      ctx.carry = h.partYear;
      aheadYear = false;
    } else if (h.grain === "year") {
      // a year alone ahead of the anchor's (展望2026年，我们预计全年…, 明年，全年毛利率… said in 2025) is the year of a
      // part alone after it in its sentence
      ctx.carry = m && !m.baseline ? yearAhead(h, ctx.a) : null;
      aheadYear = ctx.carry !== null;
    }
    i = h.end;
  }
  if (carry) carry.year = aheadYear ? null : ctx.carry;
  return out;
}

/** The year of a time that is one whole calendar year after the anchor's (明年, 2026年 said in 2025), else null. */
function yearAhead(h: Hit, a: Anchor | null): number | null {
  if (!a || h.duration || h.from === null || h.to === null) return null;
  const [y, m, d] = ymd(h.from);
  const [y2, m2, d2] = ymd(h.to);
  return y === y2 && y > a.y && m === 1 && d === 1 && m2 === 12 && d2 === 31 ? y : null;
}

/** Four ASCII digits just before `i`. */
function yearBefore(text: string, i: number): boolean {
  if (i < 4) return false;
  for (let k = i - 4; k < i; k++) {
    const code = codeAt(text, k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
/** The longest stretch of text a time may run before its first marker: 二〇二六年 is 4. */
const reach = 24;

function nextMarker(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const cls = scanClass[text.charCodeAt(i)] ?? 0;
    if (cls & MARKER || (cls & DATE_SEPARATOR && yearBefore(text, i))) return i;
  }
  return i;
}

// the words around a comparison's baseline: outside T, they mark no time and the scan never asks about them
const baselineBefore = entries(data.baselines.before);
const baselineAfter = entries(data.baselines.after);

const possessive = plain(data.baselines.possessive);
const ratioApprox = plain(data.baselines.ratioApprox);
const ratioAfter = plain(data.baselines.ratioAfter);
const ratioWords = plain(data.baselines.ratioWords);
const possessiveVerbs = plain(data.baselines.possessiveVerbs);

/**
 * 比去年同期, 较上月, 与去年同期相比, 是去年的1.3倍, 恢复到2019年的水平: the time [i, end) is the baseline of a
 * comparison.
 */
function isBaseline(text: string, i: number, end: number): boolean {
  if (baselineAfter.at(text, end)) return true;
  for (let k = 1; k <= 3 && k <= i; k++) if (baselineBefore.at(text, i - k)?.end === i) return true;
  const de = possessive.at(text, end);
  // not after 从: 毛利率从去年的38.2%降到了35.6% (38.2% is last year's level)
  if (!de || fromBefore(text, i)) return false;
  for (let k = 2; k <= 4 && k <= i; k++) if (possessiveVerbs.at(text, i - k)?.end === i) return true;
  return ratioAt(text, ratioApprox.at(text, de.end)?.end ?? de.end);
}

const termWords = plain(data.terms);

/**
 * 订单已经排到了明年, 签到了 2029年, 排到明年三月 (the time read with its 到): a term word right before the time at `i`,
 * or holding its 到, a caption space between allowed.
 */
function isTerm(text: string, i: number): boolean {
  const p = codeAt(text, i - 1) === 0x20 ? i - 1 : i;
  const end = text.charCodeAt(p) === 0x5230 ? p + 1 : p; // 到
  for (let k = 2; k <= 3 && k <= end; k++) if (termWords.at(text, end - k)?.end === end) return true;
  return false;
}

/** 从, 自, 由 right before `i`. */
function fromBefore(text: string, i: number): boolean {
  for (let k = 1; k <= 2 && k <= i; k++) if (T.fromPrefixes.at(text, i - k)?.end === i) return true;
  return false;
}

/** A ratio at `p`: 1.3倍, 二点三倍, 九成, 30%, 三分之一, 百分之八十, 一半. */
function ratioAt(text: string, p: number): boolean {
  if (ratioWords.at(text, p)) return true;
  // a number and a ratio word after it (九成, 三分之一), or the numeral reader's whole run before one, decimals in
  // digits or words included (1.3倍, 二点三倍)
  const n = readNum(text, p);
  if (n && ratioAfter.at(text, n.end)) return true;
  const run = n ? numeralAt(text, p) : null;
  return run !== null && ratioAfter.at(text, run.end) !== null;
}

/** 每周一, 每年, 每个季度: a time word after 每 is a recurring set, not a time. */
function isSet(text: string, i: number): boolean {
  for (let k = 1; k <= 4 && k <= i; k++) {
    const s = T.sets.at(text, i - k);
    if (s && s.end === i) return true;
  }
  return false;
}

function toMatch(ctx: Ctx, start: number, h: Hit): TimeMatch {
  const resolved = !h.fixed && ctx.a !== null;
  const keep = resolved || !h.relative;
  return {
    start,
    end: h.end,
    text: ctx.text.slice(start, h.end),
    from: keep && h.from !== null && !h.fixed ? iso(h.from) : null,
    to: keep && h.to !== null && !h.fixed ? iso(h.to) : null,
    grain: h.grain,
    relative: h.relative,
    direction: derivedDirection(h, ctx.a),
    duration: h.duration,
    baseline: isBaseline(ctx.text, start, h.end),
    term: isTerm(ctx.text, start),
    since: h.since === true && h.from !== null && h.to !== null,
  };
}
