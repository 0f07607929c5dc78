// The numeral scanner: finds every run of Chinese or Arabic numerals in a text and reads its value exactly.
// It reads only the numeral itself (二十多亿, 1.4万亿, 三分之一, 3/5, 十几, 800M, 千三, 五兆六十二亿), also written with
// spaces between its Chinese characters (一百 五 十 二, 三 分之 一); whether a run is a real figure
// (a unit after it, 第 before it, a model name around it) is decided by the quantity layer.
//
// The scan is one left-to-right pass: every run is read by a small state machine with a lookahead of a few
// characters, and the scan resumes where the run ends, so the work is linear in the input.
// Values are kept as exact decimals (a BigInt mantissa and a power of ten) and turned into a double once, the
// double nearest to the exact value, which is the one the decimal literal gives: 16.4亿 is exactly 1640000000
// (never 1639999999.9999998) and 0.3 stays 0.3.
import { byteTable, charTable, codeAt, isHan, isLatinCode } from "../chars.js";
import { loadData, type Zod } from "../data.js";

export interface NumeralMatch {
  start: number;
  end: number;
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  approx: "over" | "about" | "vague" | null;
  percent: boolean;
  /**
   * A ratio (三分之一, 一百分之二, 3/5), read as a percent: the peer models give 0.333 where we give 33.33.
   * False for the percent signs 百分之, 千分之, 万分之 (百分之七十 is a percentage, 70).
   */
  fraction: boolean;
  script: "arabic" | "chinese" | "mixed";
  single: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary (data/zh/numerals.yaml)

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const forms = z.array(z.string().min(1)).min(1);
  const example = z.string().min(1);
  const entry = z.strictObject({ forms, example });

  const NumeralsSchema = z.strictObject({
    digits: z.array(z.strictObject({ value: z.int().min(0).max(9), forms, counting: z.boolean().optional(), example })),
    notAlone: z.array(entry),
    units: z.array(z.strictObject({ exp: z.int().min(1).max(3), forms, example })),
    scales: z.array(z.strictObject({ exp: z.union([z.literal(4), z.literal(8)]), forms, example })),
    bigScales: z.array(
      z.strictObject({
        exp: z.int().min(9).max(16),
        forms,
        onlyBefore: z.array(z.string().length(1)).min(1),
        currencies: z.array(z.string().min(1)),
        moneyBefore: z.strictObject({
          words: z.array(z.string().min(1)).min(1),
          window: z.int().min(1).max(20),
          notBefore: z.array(z.string().length(1)),
        }),
        example,
      }),
    ),
    bareShorthand: entry,
    impliedOne: z.array(z.strictObject({ forms, before: z.array(z.string().length(1)).min(1), example })),
    impliedOneAfter: z.strictObject({
      forms,
      after: z.array(z.string().length(1)).min(1),
      aspects: z.array(z.string().length(1)),
      before: forms,
      example,
    }),
    digitPairBefore: z.array(entry),
    loosePairs: z.array(
      z.strictObject({ forms, before: forms, tails: forms.optional(), leads: forms.optional(), example }),
    ),
    slash: z.strictObject({
      forms,
      dateBefore: forms,
      dateAfter: forms,
      seasonAfter: forms,
      pairAfter: forms,
      example,
    }),
    points: entry,
    pointNotBefore: z.array(entry),
    pointDurations: entry,
    pointScoreAfter: entry,
    yearsAfterPlace: entry,
    pointUnits: entry,
    pointSpaceBreaks: entry,
    negatives: entry,
    negativeWords: entry,
    negativeLinks: entry,
    notNegatives: entry,
    vaguePrefixes: z.array(
      z.strictObject({
        forms,
        min: z.int().min(1).max(9),
        max: z.int().min(1).max(9),
        before: z.array(z.string().length(1)).optional(),
        example,
      }),
    ),
    digitPlaceholders: z.array(entry),
    approxSuffixes: z.array(
      z.strictObject({
        forms,
        approx: z.enum(["over", "about"]),
        before: z.array(z.string().min(1)).optional(),
        example,
      }),
    ),
    measureWords: entry,
    fractionOf: entry,
    fractionAnd: entry,
    half: entry,
    halfBefore: z.array(entry),
    words: z.array(z.strictObject({ forms, value: z.number(), percent: z.boolean(), example })),
    latinScales: z.array(z.strictObject({ forms, exp: z.int().min(1).max(15), example })),
    latinAfterHan: z.strictObject({ letters: forms, example }),
    latinMyriad: z.strictObject({ letters: forms, before: forms, example }),
    latinBodies: entry,
    nonNumerals: z.array(entry),
    powers: z.strictObject({ times: forms, tens: forms, of: forms, exponents: forms, example }),
  });
  return { NumeralsSchema };
}

const data = loadData("numerals", (z) => schemas(z).NumeralsSchema);

// Lookups are keyed by UTF-16 code unit: charCodeAt allocates nothing, while charAt makes a new string for
// every CJK character.
const code = (ch: string): number => ch.charCodeAt(0);
/** The code units of the one-character forms of some entries. */
const codes = (entries: readonly { forms: readonly string[] }[]): Set<number> =>
  new Set(entries.flatMap((e) => e.forms.filter((f) => f.length === 1).map(code)));
/** Each one-character form of the entries, by code unit, to a value computed from its entry. */
function codeMap<E extends { forms: readonly string[] }, T>(entries: readonly E[], value: (e: E) => T): Map<number, T> {
  return new Map(entries.flatMap((e) => e.forms.map((f) => [code(f), value(e)] as const)));
}

const digitOf = codeMap(data.digits, (d) => ({ value: d.value, counting: d.counting ?? false }));
const notAlone = codes(data.notAlone);
const unitOf = codeMap(data.units, (u) => u.exp);
const scaleOf = codeMap(data.scales, (s) => s.exp);
const bigScaleOf = codeMap(data.bigScales, (s) => ({
  exp: s.exp,
  onlyBefore: new Set(s.onlyBefore.map(code)),
  currencies: s.currencies,
  moneyBefore: { ...s.moneyBefore, notBefore: new Set(s.moneyBefore.notBefore.map(code)) },
}));
const bareShorthand = codes([data.bareShorthand]);
const impliedOneBefore = codeMap(data.impliedOne, (e) => new Set(e.before.map(code)));
const bareScales = codes([data.impliedOneAfter]);
const bareScaleAfter = new Set(data.impliedOneAfter.after.map(code));
const bareScaleAspects = new Set(data.impliedOneAfter.aspects.map(code));
const bareScaleBefore = new Set(data.impliedOneAfter.before.map(code));
const digitPairBefore = codes(data.digitPairBefore);
/**
 * A loose pair's two characters (三五) to its rules: the characters after it that make it a range (百, 千), and, for a
 * rule with tails or leads, the words one of which must follow that character (三五年吧) or precede the pair (得三五年).
 */
interface LooseRule {
  units: Set<number>;
  tails: string[] | null;
  leads: string[] | null;
}
const loosePairs = new Map<string, LooseRule[]>();
for (const e of data.loosePairs)
  for (const f of e.forms) {
    const rule = { units: new Set(e.before.map(code)), tails: e.tails ?? null, leads: e.leads ?? null };
    loosePairs.set(f, [...(loosePairs.get(f) ?? []), rule]);
  }
const slashChars = codes([data.slash]);
const slashDateBefore = data.slash.dateBefore;
const slashDateAfter = data.slash.dateAfter;
const slashSeasonAfter = data.slash.seasonAfter;
const slashPairAfter = data.slash.pairAfter;
/** How far before a/b a word of `slashPairAfter` may end (血压大概是在140/90) */
const PAIR_REACH = 8;
const pointChars = codes([data.points]);
/** Whether a numeral is written with a decimal point: 8.3, 1．0, 八点三 (numerals.yaml points); not 8, nor 第3. */
export function hasDecimalPoint(numeral: string): boolean {
  for (let i = 0; i < numeral.length; i++) {
    const c = numeral.charCodeAt(i);
    if (c === 0x2e || c === 0xff0e || pointChars.has(c)) return true;
  }
  return false;
}
const pointNotBefore = codes(data.pointNotBefore);
const pointDurations = data.pointDurations.forms;
const pointScoreAfter = data.pointScoreAfter.forms;
/** Whether a word of a change or a score ends right before `start`, a space between allowed (提高了 八点五分). */
const scoreBefore = (text: string, start: number): boolean => {
  const end = start > 0 && text.charAt(start - 1) === " " ? start - 1 : start;
  return pointScoreAfter.some((w) => text.startsWith(w, end - w.length));
};
const yearsAfterPlace = data.yearsAfterPlace.forms;
const pointUnits = data.pointUnits.forms;
const pointSpaceBreaks = data.pointSpaceBreaks.forms;
/** The last hour a clock time names (二十四点): a larger whole before 点 is a decimal's, not an hour. */
const HOURS_OF_DAY = 24;
const negativeChars = codes([data.negatives]);
const negativeWords = data.negativeWords.forms;
const negativeLinks = data.negativeLinks.forms;
const notNegatives = data.notNegatives.forms;
const vaguePrefixes = data.vaguePrefixes.flatMap((v) =>
  v.forms.map((form) => ({ form, min: v.min, max: v.max, before: v.before ? new Set(v.before.map(code)) : null })),
);
const vagueFirstChars = new Set(vaguePrefixes.map((v) => code(v.form)));
const placeholders = data.digitPlaceholders.flatMap((p) => p.forms);
const placeholderFirstChars = new Set(placeholders.map(code));
const approxSuffixes = data.approxSuffixes.flatMap((a) =>
  a.forms.map((form) => ({ form, approx: a.approx, before: a.before ?? null })),
);
/** Whether an approx suffix at i may stand there: one with `before` words only right before one (万把块, not 两百把椅子). */
const suffixFits = (a: { form: string; before: string[] | null }, text: string, i: number): boolean =>
  a.before === null || a.before.some((w) => text.startsWith(w, i + a.form.length));
/** Whether a suffix with `before` words fits at i: then a lone 百, 千 or 万 before it is one of them (万把块 = 10000). */
const loneScaleApprox = (text: string, i: number): boolean =>
  approxSuffixes.some((a) => a.before !== null && text.startsWith(a.form, i) && suffixFits(a, text, i));
const approxFirstChars = new Set(approxSuffixes.map((a) => code(a.form)));
const measureChars = codes([data.measureWords]);
const fractionOf = data.fractionOf.forms;
const fractionAnd = data.fractionAnd.forms;
const halfChars = codes([data.half]);
const halfBefore = codes(data.halfBefore);
const fixedWords = data.words.flatMap((w) => w.forms.map((form) => ({ form, value: w.value, percent: w.percent })));
const latinLetters = new Map<number, number>();
const latinWords = new Map<string, number>();
for (const l of data.latinScales) {
  for (const f of l.forms) {
    if (f.length === 1) latinLetters.set(code(f), l.exp);
    else latinWords.set(f.toLowerCase(), l.exp);
  }
}
const hanLatinLetters = new Set(data.latinAfterHan.letters.map(code));
const myriadLetters = new Set(data.latinMyriad.letters.map(code));
const myriadBefore = data.latinMyriad.before;
const latinBodies = new Set(data.latinBodies.forms);
/** Whether the Latin letters that end right before `i` name a league or a body (numerals.yaml latinBodies: NBA, CBA). */
export function latinBodyBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k <= 5 && isLatinCode(codeAt(text, k - 1))) k--;
  return k < i && !isLatinCode(codeAt(text, k - 1)) && latinBodies.has(text.slice(k, i));
}
/** For each character of a non-numeral word, the words holding it and where: 茶几 is found from its 几. */
const nonNumeralsByChar = new Map<number, { word: string; offset: number }[]>();
for (const e of data.nonNumerals) {
  for (const word of e.forms) {
    for (let offset = 0; offset < word.length; offset++) {
      const c = word.charCodeAt(offset);
      const list = nonNumeralsByChar.get(c) ?? [];
      list.push({ word, offset });
      nonNumeralsByChar.set(c, list);
    }
  }
}

/** Characters at which a run may begin (the scanner skips everything else without reading it), by code. */
const startChars = byteTable();
for (const c of [
  ...digitOf.keys(),
  ...unitOf.keys(),
  ...scaleOf.keys(),
  ...negativeChars,
  ...vagueFirstChars,
  ...halfChars,
  ...fixedWords.map((w) => code(w.form)),
  ...[..."-－−.．0123456789０１２３４５６７８９"].map(code),
])
  startChars[c] = 1;

/**
 * Every character of the numeral vocabulary (digits, units, 多, 分之, 个半 …): one of them may continue a numeral.
 * Not the minus words (零下): loneDigit checks them itself, so 一下, 三下 stay on its fast path. Not the words of a
 * power of ten (的, 乘, 次方): only the full reader tries one, from a digit before 乘 (loneDigit) or the base.
 */
const vocabularyChars = charTable(
  wordsOf({ ...data, negativeWords: null, negativeLinks: null, notNegatives: null, powers: null }).join(""),
);

/** The end of a minus word at i that a number follows (零下20, 零下五, a caption's 零下 四十), or -1. */
function negativeWordEnd(text: string, i: number): number {
  for (const w of negativeWords) {
    if (!text.startsWith(w, i)) continue;
    const end = isWhite(codeAt(text, i + w.length)) ? i + w.length + 1 : i + w.length; // one caption space
    const n = codeAt(text, end);
    if (digitOf.has(n) || unitOf.get(n) === 1 || isArabicDigit(n)) return end;
  }
  return -1;
}

/** Every string of a data file but its examples. */
function wordsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => (k === "example" ? [] : wordsOf(v)));
  return [];
}

/**
 * A lone Chinese digit before an ideograph that is no part of the numeral vocabulary (一个, 三种, 两家): the
 * commonest run by far, read without the full reader, whose result it is.
 */
function loneDigit(text: string, i: number): NumeralMatch | null {
  const digit = digitOf.get(codeAt(text, i));
  // 一个 too, unless 个 goes on into the numeral (一个半, 7个亿)
  const next = codeAt(text, measureChars.has(codeAt(text, i + 1)) ? i + 2 : i + 1);
  if (!digit || !(next >= 0x4e00 && next <= 0x9fff) || vocabularyChars[next] === 1) return null;
  if (negativeWordEnd(text, i) >= 0) return null; // 零下20: a minus sign, read by the full reader
  if (timesFirst.has(next)) return null; // 三乘10的8次方: a power of ten may follow, read by the full reader
  return {
    start: i,
    end: i + 1,
    text: text.charAt(i),
    value: digit.value,
    min: null,
    max: null,
    approx: null,
    percent: false,
    fraction: false,
    script: "chinese",
    single: true,
  };
}

/**
 * Whether a numeral ends in a power (6.02乘以10的23次方, 3×10^8, 10²³, 2^10): like a scale (8亿), a power makes a bare
 * number a figure, never a version or a label.
 */
export function endsInPower(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  return powers.exponents.some((w) => s.endsWith(w)) || superscripts.has(last) || /\^[-+－−]?[0-9]+$/.test(s);
}

/** Whether a character is a scale that may open a numeral bare after 过 or 破 (numerals.yaml impliedOneAfter): 万, 亿. */
export function isBareScale(c: string): boolean {
  return c !== "" && bareScales.has(c.charCodeAt(0));
}

/**
 * Whether a numeral's text ends in a lone digit 1 right after 百, 千 or a scale (15万一, 两千一): the shorthand next
 * place (三万一 = 31000) or, before a unit, "one" of it (15万一吨 is 15万 per tonne). Not after 十 (十一吨 is 11).
 */
export function endsInShorthandOne(s: string): boolean {
  const n = s.length;
  if (n < 2 || digitOf.get(s.charCodeAt(n - 1))?.value !== 1) return false;
  const before = s.charCodeAt(n - 2);
  return scaleOf.has(before) || (unitOf.get(before) ?? 0) >= 2;
}

/** Whether a character can stand inside a numeral (a digit, 十百千, 万亿, a decimal point): 1.4万亿, 一千二百万. */
export function isNumeralChar(c: string): boolean {
  const n = c.charCodeAt(0);
  return digitOf.has(n) || unitOf.has(n) || scaleOf.has(n) || pointChars.has(n) || (n >= 48 && n <= 57);
}

/** Whether a numeral is Chinese digits alone, no place or scale (一两, 两三; not 五十, not 5): numerals.yaml digits. */
export function isPlacelessChinese(s: string): boolean {
  if (s === "") return false;
  for (let i = 0; i < s.length; i++) if (!digitOf.has(s.charCodeAt(i))) return false;
  return true;
}

/** The value of a scale character by its code (万 10^4, 亿 10^8: numerals.yaml scales), or undefined. */
export function scaleValue(code: number): number | undefined {
  const exp = scaleOf.get(code);
  return exp === undefined ? undefined : 10 ** exp;
}

/**
 * The scale characters that end a numeral's text: "1.6万亿" → "万亿", "8亿" → "亿", "" when there are none. A 兆 that
 * ends a numeral was read as 10^12 (市值三十兆), so it is a scale too.
 */
export function scaleSuffix(s: string): string {
  let i = s.length;
  while (i > 0 && (scaleOf.has(s.charCodeAt(i - 1)) || bigScaleOf.has(s.charCodeAt(i - 1)))) i--;
  return s.slice(i);
}

/** Whether a numeral's text opens with one digit of hundreds or thousands: "五百", "三千万", "五千五百", "5千"; not 500, 十万. */
export function opensWithPlace(s: string): boolean {
  const first = s.charCodeAt(0);
  return (digitOf.has(first) || isArabicDigit(first)) && (unitOf.get(s.charCodeAt(1)) ?? 0) >= 2;
}

/** Whether a numeral's text is in words and round, of a hundred or more: 一千, 两万, 三百万; not 一千二, 1000, 三十. */
export function roundInWords(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!digitOf.has(c) && !unitOf.has(c) && !scaleOf.has(c)) return false;
  }
  const last = s.charCodeAt(s.length - 1);
  return scaleOf.has(last) || (unitOf.get(last) ?? 0) >= 2;
}

/** Whether a numeral's text is in words (no digit) and ends in a place of hundreds or more: 三四千, 七八百; not 3千, 二十. */
export function wordsEndingInPlace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isArabicDigit(s.charCodeAt(i))) return false;
  return (unitOf.get(s.charCodeAt(s.length - 1)) ?? 0) >= 2;
}

/** The scale a numeral ends in before a 多, 余 or 来 after it: 9亿多 → 亿, 300多 → "". */
export function scaleBeforeApprox(s: string): string {
  const a = approxSuffixes.find((x) => s.endsWith(x.form));
  return scaleSuffix(a ? s.slice(0, s.length - a.form.length) : s);
}

/**
 * The length of a 来 of "about" (numerals.yaml approxSuffixes) at text[i], not in another word (来自, 来说), or 0: the
 * reader leaves it after an Arabic number (400来人), whose unit decides it.
 */
export function aboutSuffixAt(text: string, i: number): number {
  const a = approxSuffixes.find((x) => x.approx === "about" && text.startsWith(x.form, i) && suffixFits(x, text, i));
  return a && nonNumeralEnd(text, i) < 0 ? a.form.length : 0;
}

/**
 * Whether a numeral's text is a scale and one digit after it, the spoken next place: 一万五 (15000), 三亿二; in
 * digits as captions write it (1万2, 3亿5), or with that place named (一万五千, 1万5千).
 */
export function endsInSpokenScale(s: string): boolean {
  let i = s.length - 1;
  if ((unitOf.get(codeAt(s, i)) ?? 0) >= 2) i--; // 一万五千: the next place named after its digit
  const c = codeAt(s, i);
  const digit = digitOf.get(c)?.value ?? arabicValue(c);
  return i >= 2 && digit > 0 && scaleOf.has(s.charCodeAt(i - 1));
}

/** Whether a numeral's text has a scale with places named after it: 二十四万九千八 (249800), 三万二千五百; no title. */
export function placesAfterScale(s: string): boolean {
  for (let i = 1; i < s.length - 1; i++) if (scaleOf.has(s.charCodeAt(i))) return true;
  return false;
}

/** Whether a numeral's text ends in a Latin scale: 800M, 5k, 1.4 trillion, 100w. */
export function endsInLatinScale(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  if (latinLetters.has(last) || (myriadLetters.has(last) && isArabicDigit(s.charCodeAt(s.length - 2)))) return true;
  const lower = s.toLowerCase();
  return [...latinWords.keys()].some((w) => lower.endsWith(w));
}

// ---------------------------------------------------------------------------------------------------------
// Exact decimals: value = m × 10^e

interface Dec {
  m: bigint;
  e: number;
}
const ZERO: Dec = { m: 0n, e: 0 };
const small = Array.from({ length: 11 }, (_, n): Dec => ({ m: BigInt(n), e: 0 }));
const int = (n: number): Dec => small[n] ?? { m: BigInt(n), e: 0 };
const shift = (a: Dec, k: number): Dec => ({ m: a.m, e: a.e + k });
const negate = (a: Dec): Dec => ({ m: -a.m, e: a.e });
function add(a: Dec, b: Dec): Dec {
  if (a.e === b.e) return { m: a.m + b.m, e: a.e };
  if (a.e > b.e) return { m: a.m * 10n ** BigInt(a.e - b.e) + b.m, e: b.e };
  return { m: a.m + b.m * 10n ** BigInt(b.e - a.e), e: a.e };
}
const same = (a: Dec, b: Dec): boolean => add(a, negate(b)).m === 0n;
const SAFE = 2n ** 53n;
/** The double nearest to the exact value: the same double as writing the decimal literal. */
function toNumber(a: Dec): number {
  let n: number;
  if (a.m < SAFE && a.m > -SAFE && a.e >= -22 && a.e <= 22) {
    // both operands are exact doubles, so the one rounding of × or ÷ gives the nearest double (Clinger's fast path)
    n = a.e >= 0 ? Number(a.m) * 10 ** a.e : Number(a.m) / 10 ** -a.e;
  } else {
    n = Number(`${a.m}e${a.e}`);
  }
  return n === 0 ? 0 : n;
}
/** A digit string ("1640", "0.25") as a decimal. */
function fromDigits(intPart: string, frac = ""): Dec {
  return { m: BigInt(`${intPart}${frac}` || "0"), e: -frac.length };
}
/** k when a is exactly 10^k (1, 10, 100 …), else null. */
function powerOfTen(a: Dec): number | null {
  if (a.m <= 0n) return null;
  const s = a.m.toString();
  if (!/^10*$/.test(s)) return null; // "1000": a one followed by zeros only
  return a.e + s.length - 1;
}

/** A value that may be a range: lo === hi for a single figure. */
interface Range {
  lo: Dec;
  hi: Dec;
}
const exact = (d: Dec): Range => ({ lo: d, hi: d });
const rAdd = (a: Range, b: Range): Range => ({ lo: add(a.lo, b.lo), hi: add(a.hi, b.hi) });
const rShift = (a: Range, k: number): Range => ({ lo: shift(a.lo, k), hi: shift(a.hi, k) });
const RZERO = exact(ZERO);

// ---------------------------------------------------------------------------------------------------------
// Characters

const isWhite = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;
/** The value 0-9 of an ASCII or fullwidth digit, else -1. */
function arabicValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
/** Whether a code is an ASCII or fullwidth digit (0-9, ０-９). */
export const isArabicDigit = (c: number): boolean => arabicValue(c) >= 0;
/** The ASCII digit character of an ASCII or fullwidth digit: "７" gives "7". */
const asciiDigit = (c: number): string => String.fromCharCode(0x30 + arabicValue(c));
const isArabicPoint = (c: number): boolean => c === 0x2e || c === 0xff0e; // . ．
const isThousandsSep = (c: number): boolean => c === 0x2c || c === 0xff0c; // , ，
const isLatin = isLatinCode;
const isMinus = (c: number): boolean => c === 0x2d || c === 0xff0d || c === 0x2212; // - － −
const isPlus = (c: number): boolean => c === 0x2b || c === 0xff0b; // + ＋
/**
 * A hyphen is a minus sign only after these (or at the start of the text): 3-5年 and GPT-5 hold no negative; a link
 * verb before it is a written rate's (自然增长率为-0.99‰, 增速是-0.5%).
 */
const beforeSign = new Set([..." \t\n\r\u3000\u00a0(（[【「『“\"':：=，,、；;为為是"].map(code));

/** The Chinese digit with code unit c, or undefined. */
const chineseDigit = (c: number) => digitOf.get(c);
const isZeroChar = (c: number): boolean => digitOf.get(c)?.value === 0;
/** A digit that may be read in a digit string or after a point (not 两/俩/仨). */
const isPlainDigit = (c: number): boolean => {
  const d = digitOf.get(c);
  return d !== undefined && !d.counting;
};
const isCjk = (c: number): boolean => c === 0x3007 || (c >= 0x4e00 && c <= 0x9fff); // 〇 or a CJK ideograph

/** The form of `list` found at text[i], or null. */
function formAt(text: string, i: number, list: readonly string[]): string | null {
  for (const f of list) if (text.startsWith(f, i)) return f;
  return null;
}

/** At most this many whitespace characters may stand inside a numeral or a fraction word: "三分  之一". */
const MAX_GAP = 2;

/** The index after at most MAX_GAP whitespace characters from i. */
function skipWhite(text: string, i: number): number {
  let j = i;
  while (j - i < MAX_GAP && isWhite(codeAt(text, j))) j++;
  return j;
}

/**
 * The end of a form of `list` at text[i], with up to MAX_GAP whitespace characters before it and between its
 * characters ("分之", " 分 之", "分  之"), or -1.
 */
function spacedFormEnd(text: string, i: number, list: readonly string[]): number {
  for (const f of list) {
    let j = i;
    let k = 0;
    for (; k < f.length; k++) {
      j = skipWhite(text, j);
      if (codeAt(text, j) !== f.charCodeAt(k)) break;
      j++;
    }
    if (k === f.length) return j;
  }
  return -1;
}

/** A character a numeral may go on with: a digit, a unit, a scale, an Arabic digit. */
const goesOn = (c: number): boolean =>
  digitOf.has(c) || unitOf.has(c) || scaleOf.has(c) || bigScaleOf.has(c) || isArabicDigit(c);

/**
 * The end of a non-numeral word (几乎, 四川, 茶几) that covers text[i], or -1. A word written in digits (24/7, 2/20)
 * is none where a digit runs on past its ends: 2/200 and 12/20 are numbers.
 */
function nonNumeralEnd(text: string, i: number): number {
  for (const { word, offset } of nonNumeralsByChar.get(codeAt(text, i)) ?? []) {
    const s = i - offset;
    if (s < 0 || !text.startsWith(word, s)) continue;
    const e = s + word.length;
    if (isArabicDigit(word.charCodeAt(0)) && isArabicDigit(codeAt(text, s - 1))) continue;
    if (isArabicDigit(word.charCodeAt(word.length - 1)) && isArabicDigit(codeAt(text, e))) continue;
    return e;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------------
// Arabic numbers

interface Arabic {
  end: number;
  intPart: string;
  frac: string;
}

/**
 * Reads an Arabic number at i: digits (ASCII or fullwidth), thousands separators only before exactly three
 * digits (1,200 and 1，200; "1, 2" and 144、147 are separate), a decimal part (38.8, 9．6, .5).
 * In a dotted chain (2222.2222.222, a version 18.2.1) every part is an integer.
 */
function readArabic(text: string, i: number): Arabic | null {
  let j = i;
  let intPart = "";
  while (isArabicDigit(codeAt(text, j))) intPart += asciiDigit(codeAt(text, j++));
  if (intPart.length > 0 && intPart.length <= 3) {
    while (isThousandsSep(codeAt(text, j)) && threeDigitsAt(text, j + 1)) {
      for (let k = j + 1; k < j + 4; k++) intPart += asciiDigit(codeAt(text, k));
      j += 4;
    }
  }
  const inChain = isArabicPoint(codeAt(text, i - 1)) && isArabicDigit(codeAt(text, i - 2));
  let frac = "";
  if (!inChain && isArabicPoint(codeAt(text, j)) && isArabicDigit(codeAt(text, j + 1))) {
    let k = j + 1;
    while (isArabicDigit(codeAt(text, k))) frac += asciiDigit(codeAt(text, k++));
    if (isArabicPoint(codeAt(text, k)) && isArabicDigit(codeAt(text, k + 1)))
      frac = ""; // a chain: 1.2.3
    else j = k;
  }
  if (intPart === "" && frac === "") return null;
  return { end: j, intPart: intPart || "0", frac };
}

/** Exactly three digits at i and no fourth: the group after a thousands separator. */
function threeDigitsAt(text: string, i: number): boolean {
  return (
    isArabicDigit(codeAt(text, i)) &&
    isArabicDigit(codeAt(text, i + 1)) &&
    isArabicDigit(codeAt(text, i + 2)) &&
    !isArabicDigit(codeAt(text, i + 3))
  );
}

/** A fullwidth Latin letter (Ｋ, ｍ) as its ASCII letter; any other code unit unchanged. */
const asciiLatin = (c: number): number => (c >= 0xff21 && c <= 0xff5a && (c <= 0xff3a || c >= 0xff41) ? c - 0xfee0 : c);

/** A Latin scale after an Arabic number: 800M, 5k, 15Ｋ, 1.4T, "1.4 trillion" (one space allowed before a word). */
function latinScaleAt(text: string, i: number): { end: number; exp: number } | null {
  const c = asciiLatin(codeAt(text, i));
  // 10w+, 100w粉丝: w as 万 before a plus or an audience word (numerals.yaml latinMyriad)
  if (myriadLetters.has(c) && myriadBefore.some((w) => text.startsWith(w, i + 1))) return { end: i + 1, exp: 4 };
  const letter = latinLetters.get(c);
  const n = asciiLatin(codeAt(text, i + 1));
  if (letter !== undefined && !isLatin(n) && !isArabicDigit(n)) {
    return { end: i + 1, exp: letter };
  }
  const from = c === 0x20 ? i + 1 : i;
  let j = from;
  while (isLatin(codeAt(text, j))) j++;
  const exp = latinWords.get(text.slice(from, j).toLowerCase());
  return exp === undefined ? null : { end: j, exp };
}

/** An exponent after an Arabic number: 2e5, 12.32e+14, 2.7890e－1 (power of ten) or 2^5, 2.5^-1 (power). */
function exponentAt(text: string, i: number): { end: number; exp: number; pow: boolean } | null {
  const c = codeAt(text, i);
  const pow = c === 0x5e; // ^
  if (!pow && c !== 0x65 && c !== 0x45) return null; // e E
  let j = i + 1;
  let sign = 1;
  if (isMinus(codeAt(text, j)) || isPlus(codeAt(text, j))) sign = isMinus(codeAt(text, j++)) ? -1 : 1;
  let digits = "";
  while (isArabicDigit(codeAt(text, j))) digits += asciiDigit(codeAt(text, j++));
  if (digits === "" || digits.length > 3 || isLatin(codeAt(text, j))) return null;
  return { end: j, exp: sign * Number(digits), pow };
}

// ---------------------------------------------------------------------------------------------------------
// One number: Chinese, Arabic or mixed, with its decimal part, ranges and 多/余/来

interface Num {
  start: number;
  end: number;
  neg: boolean;
  value: Range;
  vague: boolean;
  approx: "over" | "about" | null;
  /** No decimal part and no exponent: may be a denominator, take 个半 or 又. */
  integer: boolean;
  /** The number is a lone 几 (几分之一). */
  placeholder: boolean;
  /** An exact double computed outside Dec (2^5, 1.1^23), overriding `value`. */
  float: number | null;
}

type Last = "start" | "digit" | "arabic" | "unit" | "scale" | "zero" | "measure" | "decimal";

type BigScale = typeof bigScaleOf extends Map<number, infer V> ? V : never;

/** The state machine that reads one number; see readNumber. */
class NumberReader {
  i: number;
  last: Last = "start";
  total: Range = RZERO;
  section: Range = RZERO;
  sectionUsed = false;
  pending: Range | null = null;
  /** The pending value is one digit: 三百五 reads it as 五十 (shorthand). */
  pendingSingle = false;
  /** The value of the last digit read, for ranges of adjacent digits (两三, 六七). */
  lastDigit = -1;
  /** Exponent that a shorthand trailing digit takes: 1 after 百 (三百五), 3 after 万 (三万五). */
  shorthandExp = 0;
  lastUnit = 99;
  lastScale = 99;
  maxScale = 0;
  scaled = false;
  /** A scale was read before the decimal point: no scale may follow the decimals. */
  pointScaled = false;
  zeroSeen = false;
  leadingZero = false;
  range = false;
  vague = false;
  decimal = false;
  approx: "over" | "about" | null = null;
  done = false;
  float: number | null = null;
  placeholderOnly = false;
  /** The state before the last space crossed (一百 五): restored when the part after it is not read whole. */
  checkpoint: Record<string, unknown> | null = null;
  /** Where the part after the last space crossed begins. */
  joinedAt = -1;
  /** The state before a 兆 read on trial, restored when no 亿 follows it. */
  bigCheckpoint: Record<string, unknown> | null = null;
  bigNeeds: Set<number> | null = null;
  bigSatisfied = false;

  constructor(
    readonly text: string,
    readonly start: number,
    /** a percent's numerator: two adjacent digits may stand one space apart (百分之 八 九 = 8–9) */
    readonly spokenPair = false,
  ) {
    this.i = start;
  }

  snapshot(): Record<string, unknown> {
    return { ...(this as unknown as Record<string, unknown>) };
  }

  restore(state: Record<string, unknown>): void {
    Object.assign(this, state);
  }

  /**
   * Undoes what may not stay: the part after a space when it was not read whole (三十 四十 is two runs: after the
   * space only 四 could be read), or empty; or a lone digit glued to the word after it, which starts a figure of its
   * own (房租 两万 一个月, 门票 三百 一张: 20000 and 300, where 两万一 and 三百一 are 21000 and 310); a 兆 with no 亿
   * after it (100兆瓦 is 100 and a unit).
   */
  settle(): void {
    if (this.checkpoint && (this.i === this.joinedAt || goesOn(this.at()) || this.loneDigitGlued()))
      this.restore(this.checkpoint);
    if (this.bigCheckpoint && !this.bigSatisfied) this.restore(this.bigCheckpoint);
  }

  /**
   * Whether the part after the last space is one digit, or a lone 十, with a Chinese character right after it (一个月,
   * 一张; 两百八 十年前: 十年前 is a date of its own), not a fraction's (三百 五又三分之一, 三 分之一). A lone 十 only after a
   * numeral with a place or scale of its own: 三 十个人 is a caption's split 三十.
   */
  loneDigitGlued(): boolean {
    const before = this.checkpoint as { lastUnit: number; scaled: boolean } | null;
    const placed = before !== null && (before.lastUnit !== 99 || before.scaled);
    const lone = this.last === "digit" || (this.last === "unit" && this.lastUnit === 1 && placed);
    if (this.i !== this.joinedAt + 1 || !lone || this.range || !isCjk(this.at())) return false;
    return spacedFormEnd(this.text, this.i, fractionAnd) < 0 && spacedFormEnd(this.text, this.i, fractionOf) < 0;
  }

  /** The code unit k places ahead (-1 past the end). */
  at(k = 0): number {
    return codeAt(this.text, this.i + k);
  }

  read(): Num | null {
    const neg = this.sign();
    const body = this.i;
    if (!this.digitString()) {
      if (!this.vaguePrefix() && !this.bareShorthand() && !this.impliedOne()) this.latinOrArabicOnly();
      while (!this.done && this.step()) {
        /* each step consumes one token */
      }
    }
    this.settle();
    if (this.i === body || this.last === "start") return null;
    let value = this.finish();
    const latin = this.done ? null : this.latinAfter();
    if (latin) {
      value = rShift(value, latin.exp);
      this.i = latin.end;
    }
    if (!this.decimal && this.approx === null && this.float === null && this.halfAfterMeasure()) {
      value = rAdd(value, exact({ m: 5n, e: -1 }));
      this.decimal = true;
      // 两个半亿, 一个半万: a scale right after the half scales the whole (2.5亿), not in 一个半万一 (a word of its own)
      const exp = this.scaled ? undefined : scaleOf.get(this.at());
      if (exp !== undefined && nonNumeralEnd(this.text, this.i) < 0) {
        value = rShift(value, exp);
        this.i++;
      }
    }
    return {
      start: this.start,
      end: this.i,
      neg,
      value,
      vague: this.vague,
      approx: this.approx,
      integer: !this.decimal && this.float === null,
      placeholder: this.placeholderOnly && this.last === "digit",
      float: this.float,
    };
  }

  /**
   * A Latin scale after a number that is not right after Arabic digits (code-switched speech): a scale word after
   * the measure word 个 (5个billion, 一个million), or after a Chinese numeral (两百 million), and after a Chinese
   * numeral only the letters of `latinAfterHan` (两百K): 一百M is bandwidth, 五G a network.
   */
  latinAfter(): { end: number; exp: number } | null {
    const measured = measureChars.has(this.at());
    const j = measured ? this.i + 1 : this.i;
    if (!measured && (this.last === "arabic" || isArabicDigit(codeAt(this.text, this.i - 1)))) return null;
    const latin = latinScaleAt(this.text, j);
    if (!latin) return null;
    const letter = latin.end === j + 1;
    if (letter && (measured || !hanLatinLetters.has(asciiLatin(codeAt(this.text, j))))) return null;
    return latin;
  }

  /** 负, 零下 or a minus sign (only at the start of the text or after a space or opening punctuation). */
  sign(): boolean {
    const c = this.at();
    const word = negativeWordEnd(this.text, this.i);
    if (word >= 0) {
      this.i = word;
      return true;
    }
    if (negativeChars.has(c)) {
      const n = this.at(1);
      if (digitOf.has(n) || unitOf.get(n) === 1 || isArabicDigit(n)) {
        this.i++;
        return true;
      }
      // 负的2.7%: a link word then digits is a spoken minus too (not 胜负的3场: a word ending in 负); Chinese numerals
      // after 的 stay unread (负的一面 is "the negative side") unless a decimal point and a digit follow the first one
      // (GDP平减指数是负的零点九; not 负的两点: an hour)
      const link = negativeLinks.find((w) => this.text.startsWith(w, this.i + 1));
      const at = 1 + (link?.length ?? 0);
      const spokenDecimal = digitOf.has(this.at(at)) && pointChars.has(this.at(at + 1)) && digitOf.has(this.at(at + 2));
      if (link && (isArabicDigit(this.at(at)) || spokenDecimal) && !endsNotNegative(this.text, this.i)) {
        this.i += 1 + link.length;
        return true;
      }
      return false;
    }
    if (isMinus(c) && (this.i === 0 || beforeSign.has(codeAt(this.text, this.i - 1)))) {
      const n = this.at(1);
      if (isArabicDigit(n) || (isArabicPoint(n) && isArabicDigit(this.at(2)))) {
        this.i++;
        return true;
      }
    }
    return false;
  }

  /** Three or more plain Chinese digits in a row are read digit by digit: 二〇二五 = 2025. */
  digitString(): boolean {
    if (!isPlainDigit(this.at()) || !isPlainDigit(this.at(1)) || !isPlainDigit(this.at(2))) return false;
    let digits = "";
    while (isPlainDigit(this.at())) {
      digits += String(digitOf.get(this.at())?.value);
      this.i++;
    }
    this.pending = exact(fromDigits(digits));
    this.last = "digit";
    this.done = true;
    return true;
  }

  /** 几, 好几, 数 (before 十百千万亿), 上 (before 百千万亿) at the start: a vague order of magnitude. */
  vaguePrefix(): boolean {
    if (!vagueFirstChars.has(this.at())) return false;
    for (const v of vaguePrefixes) {
      if (!this.text.startsWith(v.form, this.i)) continue;
      const next = codeAt(this.text, this.i + v.form.length);
      if (v.before && !v.before.has(next)) continue;
      if (v.before && formAt(this.text, this.i + v.form.length + 1, fractionOf)) continue; // 上百分之
      if (nonNumeralEnd(this.text, this.i) >= 0) return false;
      this.pending = { lo: int(v.min), hi: int(v.max) };
      this.pendingSingle = true;
      this.vague = true;
      this.placeholderOnly = true;
      this.last = "digit";
      this.i += v.form.length;
      return true;
    }
    return false;
  }

  /** 千三, 万五: a bare 百/千/万 with one digit after it and nothing more stands for 一千三, 一万五. */
  bareShorthand(): boolean {
    if (!bareShorthand.has(this.at()) || !isPlainDigit(this.at(1)) || isZeroChar(this.at(1))) return false;
    const after = this.at(2);
    if (goesOn(after) || pointChars.has(after) || placeholderFirstChars.has(after)) return false; // 千三百, 百分之
    if (nonNumeralEnd(this.text, this.i + 1) >= 0) return false;
    this.pending = exact(int(1));
    this.last = "digit";
    return true;
  }

  /**
   * 百亿, 千亿, 万亿, 百万: a bare 百/千/万 before a larger scale stands for 一百, 一千, 一万 (see impliedOne); so does
   * a bare scale after 过 or 破 before a unit or no Han character: 能过万, 票房破亿 (see impliedOneAfter).
   */
  impliedOne(): boolean {
    const before = impliedOneBefore.get(this.at())?.has(this.at(1)) === true;
    if (!before && !this.bareScale()) return false;
    if (nonNumeralEnd(this.text, this.i) >= 0) return false;
    this.pending = exact(int(1));
    this.last = "digit";
    return true;
  }

  /**
   * 过万, 破亿元, 破了千万: a bare scale right after 过 or 破 (an aspect mark between), not before 分之 (超过百分之三十)
   * or another Han word (用过百度).
   */
  bareScale(): boolean {
    if (!bareScales.has(this.at())) return false;
    const aspect = bareScaleAspects.has(codeAt(this.text, this.i - 1)) ? 1 : 0;
    if (!bareScaleAfter.has(codeAt(this.text, this.i - 1 - aspect))) return false;
    if (formAt(this.text, this.i + 1, fractionOf)) return false;
    const next = this.at(1);
    return !isHan(next) || bareScaleBefore.has(next) || bareScales.has(next); // 过千万
  }

  /** An Arabic number at the start, with a Latin scale (800M), an exponent (2e5) or Chinese after it. */
  latinOrArabicOnly(): void {
    const c = this.at();
    if (!isArabicDigit(c) && !(isArabicPoint(c) && isArabicDigit(this.at(1)))) return;
    if (isArabicPoint(c)) {
      const p = codeAt(this.text, this.i - 1);
      if (isArabicPoint(p) || isArabicDigit(p) || isLatin(p)) return; // ...9 is 9
    }
    const a = readArabic(this.text, this.i);
    if (!a) return;
    this.takeArabic(a);
    const latin = latinScaleAt(this.text, this.i);
    if (latin && this.pending) {
      this.pending = rShift(this.pending, latin.exp);
      this.i = latin.end;
      this.done = true;
      return;
    }
    const e = exponentAt(this.text, this.i);
    if (e && this.pending) {
      if (e.pow) this.float = toNumber(this.pending.lo) ** e.exp;
      else this.pending = rShift(this.pending, e.exp);
      this.decimal = true;
      this.i = e.end;
      this.done = true;
    }
  }

  takeArabic(a: Arabic): void {
    this.pending = exact(fromDigits(a.intPart, a.frac));
    this.pendingSingle = a.intPart.length === 1 && a.frac === "";
    this.lastDigit = -1;
    this.shorthandExp = this.shorthandFor(this.last);
    this.decimal = a.frac !== "";
    this.last = "arabic";
    this.i = a.end;
    if (this.decimal) this.placeholderDigit(a.frac.length);
  }

  /** 9．6几亿: a 几 right after decimal digits stands for the next digit (9.61–9.69). */
  placeholderDigit(fracLength: number): void {
    const p = formAt(this.text, this.i, placeholders);
    if (!p || !this.pending || nonNumeralEnd(this.text, this.i) >= 0) return;
    this.pending = {
      lo: add(this.pending.lo, { m: 1n, e: -fracLength - 1 }),
      hi: add(this.pending.hi, { m: 9n, e: -fracLength - 1 }),
    };
    this.range = true;
    this.i += p.length;
  }

  shorthandFor(last: Last): number {
    if (this.zeroSeen) return 0;
    if (last === "unit") return this.lastUnit - 1;
    if (last === "scale") return this.lastScale - 1;
    return 0;
  }

  step(): boolean {
    const c = this.at();
    if (isZeroChar(c)) return this.zero();
    const d = chineseDigit(c);
    if (d) return this.digit(d.value, d.counting);
    if (isArabicDigit(c)) return this.arabic();
    const u = unitOf.get(c);
    if (u !== undefined) return this.unit(u);
    const s = scaleOf.get(c);
    if (s !== undefined) return this.scale(s);
    const big = bigScaleOf.get(c);
    if (big !== undefined) return this.bigScale(big);
    if (placeholderFirstChars.has(c) && formAt(this.text, this.i, placeholders)) return this.placeholder();
    if (approxFirstChars.has(c)) return this.approxSuffix();
    if (measureChars.has(c)) return this.measure();
    if (pointChars.has(c)) return this.point();
    if (isWhite(c)) return this.spaceJoin();
    return false;
  }

  zero(): boolean {
    if (this.decimal) return false;
    if (this.last === "start") {
      this.leadingZero = true;
    } else if (this.last !== "unit" && this.last !== "scale" && this.last !== "zero") {
      return false; // 三零: only a digit string reads a zero after a digit
    }
    this.zeroSeen = true;
    this.last = "zero";
    this.i++;
    return true;
  }

  digit(value: number, counting = false): boolean {
    if (this.decimal) return false;
    if (this.last === "digit") return this.placesByDigit() || this.adjacentDigit(value);
    // the shorthand next digit is 二 (一万二, 三百二), never 两: a 两 after a place with no place or digit after it
    // is the tael after the number (白银三千万两, 五十两银子), so the number ends before it
    if (counting && (this.last === "unit" || this.last === "scale") && !this.placeAfter()) return false;
    if (this.last === "zero" && this.leadingZero && !this.sectionUsed) return false; // 零五: two numbers
    if (this.last !== "start" && this.last !== "unit" && this.last !== "scale" && this.last !== "zero") return false;
    if (this.tensAfterWan(1)) return false;
    // 一百四十九十 (blood pressure said high then low), 三百四百: a digit before the same place as the last one read
    // opens the next number (140 and 90), as no number can hold it (not 149 and 10)
    if (this.last === "unit" && unitOf.get(this.at(1)) === this.lastUnit) return false;
    this.shorthandExp = this.shorthandFor(this.last);
    this.pending = exact(int(value));
    this.pendingSingle = true;
    this.lastDigit = value;
    this.last = "digit";
    this.i++;
    return true;
  }

  /**
   * 一千二九九, 三千五九九, 两百九九: bare digits right after a place's shorthand digit (一千二 = 1200) read the places
   * below it one by one, as prices are said: 1299, 3599, 299. The digits must fill those places exactly; when they do
   * not (一千二九九九: no 1200, no 12999), the number is read whole and stands for nothing (NaN: no figure at all, never
   * a part of it). A place, scale or point after the digits leaves them to the reader (一百八九十, 两千五六百), as does
   * a pair of adjacent digits that fills no places (一千二三: 1200–1300), and a last 一 before a word starts a figure of
   * its own (一万五一个月, 两百五一张).
   */
  placesByDigit(): boolean {
    if (!this.pendingSingle || this.shorthandExp <= 0 || this.range || this.vague || this.lastDigit < 0) return false;
    if (!isPlainDigit(this.at(-1))) return false;
    let j = this.i;
    while (isPlainDigit(codeAt(this.text, j))) j++;
    const after = codeAt(this.text, j);
    if (goesOn(after) || pointChars.has(after)) return false;
    if (digitOf.get(codeAt(this.text, j - 1))?.value === 1 && isCjk(after)) j--;
    const count = j - this.i + 1;
    if (count === 1) return false;
    if (count === this.shorthandExp + 1) {
      let digits = String(this.lastDigit);
      for (let k = this.i; k < j; k++) digits += String(digitOf.get(codeAt(this.text, k))?.value);
      this.pending = exact(fromDigits(digits));
      this.pendingSingle = false;
    } else if (count === 2 && digitOf.get(this.at())?.value === this.lastDigit + 1) {
      return false;
    } else {
      this.float = Number.NaN;
    }
    this.i = j;
    this.done = true;
    return true;
  }

  /** Whether a place, a scale or a digit follows the character read now (一万两千, 两万两三千). */
  placeAfter(): boolean {
    const n = codeAt(this.text, this.i + 1);
    return unitOf.has(n) || scaleOf.has(n) || bigScaleOf.has(n) || digitOf.has(n);
  }

  /**
   * Whether tens (十 k places ahead) follow 万 with no 零 between: 两百万三十年 is 两百万 and 三十年, as 2,000,030 needs
   * its 零 (两百万零三十); 三万五, 三万五千 and 五亿四十万 (a 万 section after 亿) stay one number.
   */
  tensAfterWan(k: number): boolean {
    return this.last === "scale" && this.lastScale === 4 && unitOf.get(this.at(k)) === 1;
  }

  /** 两三, 六七, 三四十, 十七八: two adjacent digits counting up are a range. */
  adjacentDigit(value: number): boolean {
    if (this.range || this.vague || this.lastDigit < 0 || !this.pending) return false;
    if (value !== this.lastDigit + 1 && !this.loosePair()) return false;
    this.pending = { lo: this.pending.lo, hi: int(value) };
    this.range = true;
    this.lastDigit = -1;
    this.i++;
    return true;
  }

  /** 三五百: a loose pair (numerals.yaml loosePairs) at the start of a number, before one of its units or scales. */
  loosePair(): boolean {
    if (this.i - 1 !== this.start) return false;
    const { text } = this;
    const unit = this.i + 1;
    return (loosePairs.get(text.slice(this.i - 1, this.i + 1)) ?? []).some(
      (r) =>
        r.units.has(codeAt(text, unit)) &&
        ((r.tails === null && r.leads === null) ||
          r.tails?.some((w) => text.startsWith(w, unit + 1)) ||
          r.leads?.some((w) => text.endsWith(w, this.start))),
    );
  }

  arabic(): boolean {
    if (this.decimal) return false;
    if (this.last !== "unit" && this.last !== "scale" && this.last !== "zero") return false;
    const a = readArabic(this.text, this.i);
    if (a?.frac !== "") return false;
    // 3亿2027年: a year after the figure, not its lower places
    if (a.intPart.length === 4 && formAt(this.text, a.end, yearsAfterPlace) !== null) return false;
    this.takeArabic(a);
    return true;
  }

  unit(exp: number): boolean {
    if (this.decimal) return false;
    if (formAt(this.text, this.i + 1, fractionOf) && this.pending === null) return false; // 一万百分之
    if (this.pending === null && this.last === "start" && loneScaleApprox(this.text, this.i + 1)) {
      this.pending = exact(int(1)); // 百把个人, 千把块: one hundred, one thousand
    }
    if (this.pending !== null) {
      if (this.lastUnit <= exp) return false; // 二十百: units fall from left to right
      this.section = rAdd(this.section, rShift(this.pending, exp));
      this.pending = null;
    } else {
      if (exp === 1 && this.tensAfterWan(0)) return false;
      const implied =
        exp === 1 &&
        (this.last === "start" ||
          this.last === "zero" ||
          this.last === "scale" ||
          (this.last === "unit" && this.lastUnit > 1));
      if (!implied) return false;
      this.section = rAdd(this.section, exact(int(10)));
    }
    this.sectionUsed = true;
    this.lastUnit = exp;
    this.zeroSeen = false;
    this.last = "unit";
    this.i++;
    return true;
  }

  /**
   * 兆 as 10^12, on trial: kept only when a scale it allows (亿) follows in the same numeral (五兆六十二亿); at once
   * when a currency follows it (30兆台币, 2.9兆元: money is never counted in mega).
   */
  bigScale(big: BigScale): boolean {
    const { exp, onlyBefore, currencies } = big;
    if (this.scaled || this.bigCheckpoint) return false;
    // a sum of money: a currency after 兆 or a money word before the numeral
    if (formAt(this.text, this.i + 1, currencies) !== null || this.moneyBefore(big.moneyBefore)) return this.scale(exp);
    if (this.decimal) return false;
    if (this.pending === null && !this.sectionUsed) return false;
    const saved = this.snapshot();
    if (!this.scale(exp)) return false;
    this.bigCheckpoint = saved;
    this.bigNeeds = onlyBefore;
    this.bigSatisfied = false;
    return true;
  }

  /**
   * Whether a word naming a sum of money stands shortly before the numeral in its sentence (市值突破三十兆) and no unit
   * goes on from 兆 (兆瓦): then 兆 is 10^12, as a market value or revenue is never counted in mega.
   */
  moneyBefore(m: BigScale["moneyBefore"]): boolean {
    if (m.notBefore.has(codeAt(this.text, this.i + 1))) return false;
    const before = this.text.slice(Math.max(0, this.start - m.window), this.start);
    // a comma may part the money word as a topic (市值呢，最近突破三十兆了); the end of a sentence or a caption space may not
    const clause = before.slice(before.search(/[^\s。；！？.;!?]*$/));
    return m.words.some((w) => clause.includes(w));
  }

  scale(exp: number): boolean {
    if (this.decimal && this.pointScaled) return false; // 四百亿点零五 takes no scale after the point
    const c = this.at();
    if (this.pending === null && !this.sectionUsed && this.last === "start" && loneScaleApprox(this.text, this.i + 1)) {
      this.pending = exact(int(1)); // 万把块: ten thousand
    }
    const hasSection = this.pending !== null || this.sectionUsed;
    if (!hasSection) {
      // 万万, 万亿, 亿亿: the whole number so far is multiplied
      if (this.last !== "scale" || this.lastScale + exp > 16) return false;
      this.total = rShift(this.total, exp);
      this.lastScale += exp;
      this.maxScale = Math.max(this.maxScale, this.lastScale);
    } else {
      // a lone digit after a unit keeps its shorthand place before a scale too: 三百五万 is 350万 and 三百几万 310–390万,
      // as 三百五 is 350 (三百零五万 says its 零); one after a scale opens a new section (五亿四万)
      const place = this.pendingSingle && this.last === "digit" && this.lastUnit !== 99 ? this.shorthandExp : 0;
      const sec = this.pending ? rAdd(this.section, rShift(this.pending, place)) : this.section;
      if (!this.scaled) {
        this.total = rShift(sec, exp);
        this.maxScale = exp;
      } else if (exp < this.lastScale) {
        this.total = rAdd(this.total, rShift(sec, exp));
      } else if (exp > this.maxScale && exp + this.maxScale <= 16) {
        this.total = rShift(rAdd(this.total, sec), exp); // 一万五千亿: the scale applies to everything before
        this.maxScale += exp;
      } else {
        return false;
      }
      this.lastScale = exp;
    }
    if (this.bigNeeds?.has(c)) this.bigSatisfied = true;
    this.section = RZERO;
    this.sectionUsed = false;
    this.pending = null;
    this.lastUnit = 99;
    this.zeroSeen = false;
    this.scaled = true;
    this.last = "scale";
    this.i++;
    return true;
  }

  /** 十几, 二十几, 一百零几, 十好几: an unknown digit after a numeral. */
  placeholder(): boolean {
    if (this.decimal || this.range || this.vague) return false;
    if (this.last !== "unit" && this.last !== "zero" && this.last !== "scale") return false;
    if (nonNumeralEnd(this.text, this.i) >= 0) return false;
    const p = formAt(this.text, this.i, placeholders);
    if (!p) return false;
    this.shorthandExp = this.shorthandFor(this.last);
    this.pending = { lo: int(1), hi: int(9) };
    this.pendingSingle = true;
    this.lastDigit = -1;
    this.range = true;
    this.last = "digit";
    this.i += p.length;
    return true;
  }

  /** 多/余/来 after a round number (二十多, 两百余, 十来), or between an Arabic number and a scale (100多万). */
  approxSuffix(): boolean {
    if (this.decimal || this.vague || this.approx !== null) return false;
    const a = approxSuffixes.find((s) => this.text.startsWith(s.form, this.i) && suffixFits(s, this.text, this.i));
    if (!a || nonNumeralEnd(this.text, this.i) >= 0) return false;
    let after = this.i + a.form.length;
    const spaced = skipWhite(this.text, after);
    if (spaced > after && scaleOf.has(codeAt(this.text, spaced))) after = spaced; // 十 余 万
    if (measureChars.has(codeAt(this.text, after)) && scaleOf.has(codeAt(this.text, after + 1))) after++; // 十多个亿
    const scaleNext = scaleOf.has(codeAt(this.text, after));
    if (this.range && !scaleNext) return false; // 十几万多亿, but not 十几多
    const round = (this.last === "unit" || this.last === "scale") && this.pending === null;
    const beforeScale = (this.last === "arabic" || this.last === "measure") && this.pending !== null && scaleNext;
    if (!round && !beforeScale) return false;
    const saved = this.i;
    this.i = after;
    if (scaleNext && !this.scale(scaleOf.get(this.at()) ?? 0)) {
      if (!round) {
        this.i = saved;
        return false;
      }
      this.i = saved + a.form.length; // 一亿多亿: the marker alone
    }
    this.approx = a.approx;
    this.done = true;
    return true;
  }

  /** 7个亿, 一个亿, 两个多亿: a spoken 个 between a numeral and 亿 or 万 belongs to the run. */
  measure(): boolean {
    if (this.pending === null && !this.sectionUsed) return false;
    const n = this.at(1);
    const scaleNext = scaleOf.has(n);
    const approxNext =
      approxSuffixes.some((a) => a.approx === "over" && a.form.length === 1 && code(a.form) === n) &&
      scaleOf.has(this.at(2));
    if (!scaleNext && !approxNext) return false;
    if (scaleNext && nonNumeralEnd(this.text, this.i + 1) >= 0) return false; // 一个万一
    this.last = "measure";
    this.i++;
    return true;
  }

  /** 三点五, 零点五, 两千万点五五四四, 4点几, 57点几亿. */
  point(): boolean {
    if (this.decimal || this.range || this.vague || this.approx !== null) return false;
    if (this.last === "start" || this.last === "measure") return false;
    // 四百 点 五, 四点 五个百分点: a space after 点, but not after a lone 一 (低一点 六成左右: "a little", then 60%)
    const c0 = codeAt(this.text, this.start);
    const little = this.i === this.start + 1 && isCjk(c0) && digitOf.get(c0)?.value === 1;
    const j = little ? this.i + 1 : skipWhite(this.text, this.i + 1);
    const p = formAt(this.text, j, placeholders);
    let frac: Range;
    let end: number;
    if (p && nonNumeralEnd(this.text, j) < 0) {
      frac = { lo: { m: 1n, e: -1 }, hi: { m: 9n, e: -1 } };
      end = j + p.length;
      this.range = true;
    } else {
      if (this.last === "arabic") return false; // 3点30 may be a clock time: only 4点几 is read
      let digits = "";
      let k = j;
      while (isPlainDigit(codeAt(this.text, k))) digits += String(digitOf.get(codeAt(this.text, k++))?.value);
      if (digits === "") return false;
      const next = codeAt(this.text, k);
      // 三点五分, 三点五十: a clock time; but a whole part past the hours of a day is no hour, so 九十二点六分 is a
      // score of 92.6 and 三十点五秒 is 30.5 seconds; 三点五分钟, 三点九秒 are lengths of time (pointDurations)
      const duration = digits[0] !== "0" && formAt(this.text, k, pointDurations) !== null;
      const clock =
        pointNotBefore.has(next) &&
        !duration &&
        toNumber(this.finish().hi) <= HOURS_OF_DAY &&
        !scoreBefore(this.text, this.start);
      if ((unitOf.has(next) && formAt(this.text, k, pointUnits) === null) || clock) return false;
      // 恒指跌了五百点 三天: a caption space after 点 (none before it) and a count of days after the digits end the
      // figure at 点 (index points), no 500.3 days
      if (j > this.i + 1 && !isWhite(codeAt(this.text, this.i - 1)) && formAt(this.text, k, pointSpaceBreaks) !== null)
        return false;
      frac = exact(fromDigits("0", digits));
      end = k;
      const q = formAt(this.text, k, placeholders);
      if (q && nonNumeralEnd(this.text, k) < 0) {
        frac = {
          lo: add(frac.lo, { m: 1n, e: -digits.length - 1 }),
          hi: add(frac.hi, { m: 9n, e: -digits.length - 1 }),
        };
        end = k + q.length;
        this.range = true;
      }
    }
    const whole = this.finish();
    this.pointScaled = this.scaled;
    this.total = RZERO;
    this.section = RZERO;
    this.sectionUsed = false;
    this.scaled = false;
    this.lastScale = 99;
    this.maxScale = 0;
    this.pending = rAdd(whole, frac);
    this.pendingSingle = false;
    this.decimal = true;
    this.last = "decimal";
    this.i = end;
    return true;
  }

  /**
   * Whitespace (at most two characters) inside a numeral. Before a scale, which cannot start a numeral of its own:
   * "1 万亿", "二十 億"; between Arabic digits and 百/千: "7 万5 千4 百". Between Chinese numeral characters, as
   * spaced or spoken text writes them: "一百 五 十 二", "三千 九百 六十五", "十 余 万", "四百 点 五"; and Arabic digits
   * after a Chinese unit or scale when a unit or scale follows them: "7万 5千 4百". Two digits are never joined
   * across a space (一 二 三, 2024 2025), and the part after a space must be read whole, else the run ends before
   * the space (settle): "三十 四十" is two runs.
   */
  spaceJoin(): boolean {
    const j = skipWhite(this.text, this.i);
    const c = codeAt(this.text, j);
    if (isWhite(c)) return false;
    const unit = this.last === "arabic" ? unitOf.get(c) : undefined;
    const scale = scaleOf.get(c);
    if ((unit !== undefined && unit >= 2) || scale !== undefined) {
      if (formAt(this.text, j + 1, fractionOf)) return false;
      const saved = this.i;
      this.i = j;
      const ok = unit !== undefined ? this.pending !== null && this.unit(unit) : this.scale(scale ?? 0);
      if (!ok) this.i = saved;
      return ok;
    }
    if (!this.goesOnAfterSpace(c, j)) return false;
    this.checkpoint = this.snapshot();
    this.joinedAt = j;
    this.i = j;
    return true;
  }

  /** Whether a Chinese numeral read up to a space may go on with the character c at j, after the space. */
  goesOnAfterSpace(c: number, j: number): boolean {
    if (!isCjk(codeAt(this.text, this.i - 1))) return false;
    if (this.last !== "digit" && this.last !== "unit" && this.last !== "scale" && this.last !== "zero") return false;
    if (nonNumeralEnd(this.text, j) >= 0) return false;
    // 一 二 三: two digits are two numbers, but for a percent's spoken range (百分之 八 九)
    if (digitOf.has(c)) return this.last !== "digit" || this.pairAfterSpace(c, j);
    if (unitOf.has(c) || pointChars.has(c) || placeholderFirstChars.has(c) || approxFirstChars.has(c)) return true;
    if (!isArabicDigit(c) || (this.last !== "unit" && this.last !== "scale")) return false;
    const a = readArabic(this.text, j); // 7万 5千: Arabic digits after a space only before a unit or scale
    const after = a ? codeAt(this.text, a.end) : -1;
    return a !== null && a.frac === "" && (unitOf.has(after) || scaleOf.has(after));
  }

  /**
   * 百分之 八 九: a percent's numerator that opens with one digit may take the next digit up after one space, the
   * spoken range the same digits make with no space (百分之八九 = 8–9, 百分之 八 九十 = 80–90 as 百分之八九十).
   */
  pairAfterSpace(c: number, j: number): boolean {
    if (!this.spokenPair || this.range || this.i !== this.start + 1 || j !== this.i + 1) return false;
    const next = codeAt(this.text, isWhite(codeAt(this.text, j + 1)) ? j + 2 : j + 1);
    return digitOf.get(c)?.value === this.lastDigit + 1 && !digitOf.has(next); // 百分之 二 三 四 lists digits
  }

  /**
   * 一个半, 两个半: the 个半 belongs to the run; so does a caption's 两个 半 小时, where 半 stands alone between spaces
   * (not 三个 半天, 两个 半小时: there 半 begins a word).
   */
  halfAfterMeasure(): boolean {
    if (this.last === "start" || this.last === "decimal") return false;
    if (!measureChars.has(this.at())) return false;
    const j = skipWhite(this.text, this.i + 1);
    if (!halfChars.has(codeAt(this.text, j))) return false;
    if (j > this.i + 1 && !isWhite(codeAt(this.text, j + 1))) return false;
    this.i = j + 1;
    return true;
  }

  /** The value read so far: total + section + the pending digit (三百五: 五 is 50). */
  finish(): Range {
    let v = rAdd(this.total, this.section);
    if (this.pending) {
      const exp = this.pendingSingle && (this.last === "digit" || this.last === "arabic") ? this.shorthandExp : 0;
      v = rAdd(v, rShift(this.pending, exp));
    }
    return v;
  }
}

function readNumber(text: string, i: number, spokenPair = false): Num | null {
  return new NumberReader(text, i, spokenPair).read();
}

// ---------------------------------------------------------------------------------------------------------
// Runs: fixed words, fractions (三分之一, 百分之七十, 三又三分之一), plain numbers

interface Run {
  start: number;
  end: number;
  lo: number;
  hi: number;
  approx: NumeralMatch["approx"];
  percent: boolean;
  fraction: boolean;
}

function signed(n: Num): Range {
  return n.neg ? { lo: negate(n.value.hi), hi: negate(n.value.lo) } : n.value;
}

function plainRun(n: Num): Run {
  const v = signed(n);
  const approx = n.vague ? "vague" : n.approx;
  if (n.float !== null) {
    const f = n.neg ? -n.float : n.float;
    return { start: n.start, end: n.end, lo: f, hi: f, approx, percent: false, fraction: false };
  }
  return {
    start: n.start,
    end: n.end,
    lo: toNumber(v.lo),
    hi: toNumber(v.hi),
    approx,
    percent: false,
    fraction: false,
  };
}

/** y/x in percent units: exact when x is a power of ten (千分之五 = 0.5), else y × 100 / x (三分之一 = 100/3). */
function percentOf(y: Dec, x: Dec): number {
  const k = powerOfTen(x.m < 0n ? negate(x) : x);
  if (k !== null) return toNumber(shift(x.m < 0n ? negate(y) : y, 2 - k));
  return (toNumber(y) * 100) / toNumber(x);
}

/** y/x as a plain number, exact when x is a power of ten. */
function ratio(y: Dec, x: Dec): Dec | number {
  const k = powerOfTen(x);
  if (k !== null) return shift(y, -k);
  return toNumber(y) / toNumber(x);
}

/** A bare 百/千/万 before 分之 (百分之, 千分之, 百万分之): a denominator with no digit, else null. */
function readBareDenominator(text: string, i: number): Num | null {
  let j = i;
  let exp = 0;
  // at most four characters (百万万分之), so a long row of 万万万… costs nothing
  while (j - i < 4 && (unitOf.has(codeAt(text, j)) || scaleOf.has(codeAt(text, j)))) {
    exp += unitOf.get(codeAt(text, j)) ?? scaleOf.get(codeAt(text, j)) ?? 0;
    j++;
  }
  if (j > i && spacedFormEnd(text, j, fractionOf) >= 0) {
    return {
      start: i,
      end: j,
      neg: false,
      value: exact({ m: 1n, e: exp }),
      vague: false,
      approx: null,
      integer: true,
      placeholder: false,
      float: null,
    };
  }
  return null;
}

/** The denominator after 又: a number or a bare 百/千. */
function readDenominator(text: string, i: number): Num | null {
  return readBareDenominator(text, i) ?? readNumber(text, i);
}

/** The numerator after 分之: a number, or a bare 百 (百分之百). */
function readNumerator(text: string, i: number, sign = false): Num | null {
  const n = readNumber(text, i, sign);
  if (n) return n;
  const u = unitOf.get(codeAt(text, i));
  if (u === undefined || u < 2) return null;
  return {
    start: i,
    end: i + 1,
    neg: false,
    value: exact({ m: 1n, e: u }),
    vague: false,
    approx: null,
    integer: true,
    placeholder: false,
    float: null,
  };
}

/**
 * X分之Y: Y/X as a percent. A lone 几 as X stands for 2–10 (几分之一 = 10–50%). `sign`: X is a bare 百/千/万, a
 * percent sign (百分之七十), not a ratio.
 */
function fractionRun(x: Num, y: Num, sign: boolean): Run {
  const xv = signed(x);
  const yv = signed(y);
  const xHi = x.placeholder ? int(10) : xv.hi;
  const a = percentOf(yv.lo, xHi);
  const b = percentOf(yv.hi, xv.lo);
  const vague = x.vague || y.vague;
  return {
    start: x.start,
    end: y.end,
    lo: Math.min(a, b),
    hi: Math.max(a, b),
    approx: vague ? "vague" : y.approx,
    percent: true,
    fraction: !sign,
  };
}

/** W又X分之Y: W + Y/X, not a percent. */
function mixedRun(w: Num, x: Num, y: Num): Run | null {
  if (x.vague || y.vague || w.vague || !same(y.value.lo, y.value.hi) || !same(x.value.lo, x.value.hi)) return null;
  const r = ratio(y.value.lo, x.value.lo);
  const whole = w.value.lo;
  const abs = typeof r === "number" ? toNumber(whole) + r : toNumber(add(whole, r));
  const v = w.neg !== (x.neg !== y.neg) ? -abs : abs;
  return { start: w.start, end: y.end, lo: v, hi: v, approx: null, percent: false, fraction: false };
}

/** X分之Y after the denominator x; spaces may stand around 分之 and between its characters (三 分  之 一). */
function readFraction(text: string, x: Num, sign = false): Run | null {
  if (!x.integer || x.approx !== null) return null;
  const of = spacedFormEnd(text, x.end, fractionOf);
  if (of < 0) return null;
  const y = readNumerator(text, skipWhite(text, of), sign);
  return y ? fractionRun(x, y, sign) : null;
}

function readMixed(text: string, w: Num): Run | null {
  if (!w.integer || w.approx !== null || w.vague) return null;
  const and = spacedFormEnd(text, w.end, fractionAnd);
  if (and < 0) return null;
  const x = readDenominator(text, skipWhite(text, and));
  if (!x?.integer) return null;
  const of = spacedFormEnd(text, x.end, fractionOf);
  if (of < 0) return null;
  const y = readNumerator(text, skipWhite(text, of));
  if (!y) return null;
  return mixedRun(w, x, y);
}

/** An integer of one to three Arabic digits, with its sign: a side of a/b. */
function smallArabic(text: string, n: Num): boolean {
  if (!n.integer || n.vague || n.approx !== null || n.float !== null) return false;
  const from = n.neg ? n.start + 1 : n.start;
  if (n.end - from < 1 || n.end - from > 3) return false;
  for (let k = from; k < n.end; k++) if (!isArabicDigit(codeAt(text, k))) return false;
  return true;
}

/** Whether a/b standing at [start, end) may be a date: a month and a day with a date word or a year around. */
function dateLike(text: string, start: number, end: number, a: number, b: number): boolean {
  if (a < 1 || a > 12 || b < 1 || b > 31) return false;
  let p = start;
  while (p > 0 && isWhite(codeAt(text, p - 1))) p--;
  if (slashDateBefore.some((w) => text.endsWith(w, p))) return true;
  let q = p;
  while (q > 0 && q > p - 5 && isArabicDigit(codeAt(text, q - 1))) q--;
  if (p - q === 4) return true; // 2024 3/5
  let r = end;
  while (r < text.length && r < end + MAX_GAP && isWhite(codeAt(text, r))) r++;
  return slashDateAfter.some((w) => text.startsWith(w, r));
}

/**
 * a/b with small integer sides, as a ratio: 3/5 = 60%, -3/2, 16/5. Not in a chain (2024/3/5, 1/2/3), not after a
 * decimal point, not a date (3/5号, 截至3/5, 2024 3/5; see slash in numerals.yaml).
 */
function readSlash(text: string, a: Num): Run | null {
  if (!smallArabic(text, a) || !slashChars.has(codeAt(text, a.end))) return null;
  const before = codeAt(text, a.start - 1);
  if (slashChars.has(before) || isArabicDigit(before) || isArabicPoint(before)) return null;
  let j = a.end + 1;
  let digits = "";
  while (digits.length <= 3 && isArabicDigit(codeAt(text, j))) digits += asciiDigit(codeAt(text, j++));
  const next = codeAt(text, j);
  if (digits === "" || digits.length > 3 || slashChars.has(next) || isLatin(next)) return null;
  if (isArabicPoint(next) && isArabicDigit(codeAt(text, j + 1))) return null; // 1/2.5
  const b = fromDigits(digits);
  const av = signed(a).lo;
  if (b.m === 0n || dateLike(text, a.start, j, Math.abs(toNumber(av)), toNumber(b))) return null;
  // 23/24赛季: a season named by the two years it spans, not a ratio
  if (toNumber(b) === (toNumber(av) + 1) % 100 && slashSeasonAfter.some((w) => text.startsWith(w, j))) return null;
  // 血压140/90: a reading high/low, two figures, no ratio
  if (toNumber(av) > toNumber(b) && toNumber(b) >= 40) {
    const near = text.slice(Math.max(0, a.start - PAIR_REACH - 2), a.start);
    if (slashPairAfter.some((w) => near.includes(w))) return null;
  }
  const v = percentOf(av, b);
  return { start: a.start, end: j, lo: v, hi: v, approx: null, percent: true, fraction: true };
}

/** W a/b: a whole number, one space and a fraction: 1 3/5 = 1.6, 4 6/3 = 6. */
function readSlashMixed(text: string, w: Num): Run | null {
  if (!smallArabic(text, w) || !isWhite(codeAt(text, w.end))) return null;
  const before = codeAt(text, w.start - 1);
  if (slashChars.has(before) || isArabicDigit(before) || isArabicPoint(before)) return null;
  const x = readNumber(text, w.end + 1);
  if (!x || x.neg) return null;
  const f = readSlash(text, x);
  if (!f) return null;
  const whole = toNumber(signed(w).lo);
  const v = w.neg ? whole - f.lo / 100 : whole + f.lo / 100;
  return { start: w.start, end: f.end, lo: v, hi: v, approx: null, percent: false, fraction: false };
}

/**
 * Two plain digits before 折 (see digitPairBefore): 三八折 = 38, 五五折 = 55, 九 九 折 = 99. Not two that count up:
 * 七八折 is the range 7–8 (70–80%), as 七八个 is.
 */
function readDigitPair(text: string, i: number): Run | null {
  const a = codeAt(text, i);
  if (!isPlainDigit(a)) return null;
  const j = isWhite(codeAt(text, i + 1)) ? i + 2 : i + 1;
  const b = codeAt(text, j);
  if (!isPlainDigit(b)) return null;
  const k = isWhite(codeAt(text, j + 1)) ? j + 2 : j + 1;
  if (!digitPairBefore.has(codeAt(text, k))) return null;
  if (goesOn(codeAt(text, i - 1))) return null; // 二三八折: a longer digit string
  const first = digitOf.get(a)?.value ?? 0;
  const second = digitOf.get(b)?.value ?? 0;
  if (second === first + 1 && j === i + 1) return null;
  const v = first * 10 + second;
  return { start: i, end: j + 1, lo: v, hi: v, approx: null, percent: false, fraction: false };
}

function readWord(text: string, i: number): Run | null {
  for (const w of fixedWords) {
    if (text.startsWith(w.form, i)) {
      const end = i + w.form.length;
      return { start: i, end, lo: w.value, hi: w.value, approx: null, percent: w.percent, fraction: false };
    }
  }
  return null;
}

/** A lone 半 before a duration or counter character: 半年, 半小时 (never 半导体). */
function readHalf(text: string, i: number): Run | null {
  if (!halfChars.has(codeAt(text, i)) || !halfBefore.has(codeAt(text, i + 1))) return null;
  return { start: i, end: i + 1, lo: 0.5, hi: 0.5, approx: null, percent: false, fraction: false };
}

/** Whether the 负 at i ends a word of `notNegatives` (正负, 胜负, 欺负): no minus sign. */
function endsNotNegative(text: string, i: number): boolean {
  for (const w of notNegatives) {
    const from = i + 1 - w.length;
    if (from >= 0 && text.startsWith(w, from)) return true;
  }
  return false;
}

/**
 * 负百分之三 = -3, 负的百分之五 = -5: a spoken minus before a percent sign, with a `negativeLinks` word between or
 * none; not the 负 that ends a word of `notNegatives` (正负百分之三 is a tolerance, 胜负). 负债 holds no percent sign.
 */
function readNegativePercent(text: string, i: number): Run | null {
  if (!negativeChars.has(codeAt(text, i)) || endsNotNegative(text, i)) return null;
  let j = i + 1;
  const link = negativeLinks.find((w) => text.startsWith(w, j));
  if (link) j += link.length;
  const bare = readBareDenominator(text, j);
  const run = bare && readFraction(text, bare, true);
  return run ? { ...run, start: i, lo: -run.hi, hi: -run.lo } : null;
}

// ---------------------------------------------------------------------------------------------------------
// Scientific notation: a number times a power of ten (numerals.yaml powers)

const powers = data.powers;
const timesFirst = new Set(powers.times.map(code));
/** Superscript digits (10²³, 10⁻⁷) by code, to their value. */
const superscripts = new Map<number, number>([
  [0x2070, 0],
  [0xb9, 1],
  [0xb2, 2],
  [0xb3, 3],
  ...[4, 5, 6, 7, 8, 9].map((d): [number, number] => [0x2070 + d, d]),
]);
const SUPERSCRIPT_MINUS = 0x207b;
/** Beyond this a power of ten is no double (and no figure anyone states). */
const MAX_EXPONENT = 300;

/**
 * A power of ten at i: the base (10, 十) and its exponent, written (^8, ^-9, ²³, ⁻⁷) or said (的23次方, 的负九次方).
 * The end and the exponent, or null: 10的倍数 and 10的话 hold no exponent.
 */
function powerOfTenAt(text: string, i: number): { end: number; exp: number } | null {
  const ten = formAt(text, i, powers.tens);
  if (!ten) return null;
  let j = i + ten.length;
  const c = codeAt(text, j);
  if (c === 0x5e || c === SUPERSCRIPT_MINUS || superscripts.has(c)) {
    const caret = c === 0x5e; // ^
    if (caret) j++;
    let sign = 1;
    if (caret ? isMinus(codeAt(text, j)) : codeAt(text, j) === SUPERSCRIPT_MINUS) {
      sign = -1;
      j++;
    } else if (caret && isPlus(codeAt(text, j))) j++;
    let digits = "";
    for (;;) {
      const d = caret ? arabicValue(codeAt(text, j)) : (superscripts.get(codeAt(text, j)) ?? -1);
      if (d < 0) break;
      digits += d;
      j++;
    }
    if (digits === "" || digits.length > 3 || isLatin(codeAt(text, j))) return null;
    const exp = sign * Number(digits);
    return Math.abs(exp) > MAX_EXPONENT ? null : { end: j, exp };
  }
  return spokenExponentAt(text, j);
}

/** A spoken exponent at j (的23次方, 的负九次方): its end and value, or null (的倍数, 的话, 的几次方). */
function spokenExponentAt(text: string, at: number): { end: number; exp: number } | null {
  const of = formAt(text, at, powers.of);
  if (!of) return null;
  const j = at + of.length;
  const minus = isMinus(codeAt(text, j));
  const n = readNumber(text, minus ? j + 1 : j); // 负九 carries its own sign
  if (!n?.integer || n.vague || n.approx !== null || !same(n.value.lo, n.value.hi)) return null;
  const word = formAt(text, n.end, powers.exponents);
  const exp = toNumber(n.value.lo);
  if (!word || exp > MAX_EXPONENT) return null;
  return { end: n.end + word.length, exp: minus !== n.neg ? -exp : exp };
}

/**
 * A number in scientific notation starting with x: x times a power of ten (6.02乘以10的23次方, 3×10^8), or x the base
 * of a power of ten alone (10的23次方, 十的负九次方). One exact figure, or null: 3乘10 and 10的倍数 are none.
 */
function readPower(text: string, x: Num): Run | null {
  if (x.vague || x.approx !== null || x.placeholder || !same(x.value.lo, x.value.hi)) return null;
  const alone = x.neg || x.float !== null ? null : powerOfTenAt(text, x.start);
  if (alone && alone.end > x.end) {
    const v = toNumber({ m: 1n, e: alone.exp });
    return { start: x.start, end: alone.end, lo: v, hi: v, approx: null, percent: false, fraction: false };
  }
  // 2的10次方, 2的32次方个地址: a power of another whole base, said, is a figure too (written, 2^10 is read above)
  const spoken = x.neg || !x.integer || x.float !== null ? null : spokenExponentAt(text, x.end);
  if (spoken) {
    const base = toNumber(x.value.lo);
    const v =
      spoken.exp >= 0
        ? toNumber({ m: x.value.lo.m ** BigInt(spoken.exp), e: x.value.lo.e * spoken.exp })
        : base ** spoken.exp;
    if (base < 2 || !Number.isFinite(v)) return null;
    return { start: x.start, end: spoken.end, lo: v, hi: v, approx: null, percent: false, fraction: false };
  }
  if (x.float !== null) return null;
  let j = skipWhite(text, x.end);
  const times = formAt(text, j, powers.times);
  if (!times) return null;
  j = skipWhite(text, j + times.length);
  const p = powerOfTenAt(text, j);
  if (!p) return null;
  const v = toNumber(shift(signed(x).lo, p.exp));
  return { start: x.start, end: p.end, lo: v, hi: v, approx: null, percent: false, fraction: false };
}

/** The run starting at i, or null. */
function readRun(text: string, i: number): Run | null {
  const word = readWord(text, i);
  if (word) return word;
  const half = readHalf(text, i);
  if (half) return half;
  const pair = readDigitPair(text, i);
  if (pair) return pair;
  const bare = readBareDenominator(text, i);
  if (bare) return readFraction(text, bare, true); // 百分之七十; a bare 百 before anything else is no numeral
  const minus = readNegativePercent(text, i);
  if (minus) return minus;
  const x = readNumber(text, i);
  if (!x) return null;
  const power = readPower(text, x);
  if (power) return power;
  return readFraction(text, x) ?? readMixed(text, x) ?? readSlashMixed(text, x) ?? readSlash(text, x) ?? plainRun(x);
}

function toMatch(text: string, run: Run): NumeralMatch | null {
  if (!Number.isFinite(run.lo) || !Number.isFinite(run.hi)) return null;
  const s = text.slice(run.start, run.end);
  const isRange = run.lo !== run.hi || run.approx === "vague";
  let hasArabic = false;
  let hasChinese = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isArabicDigit(c)) hasArabic = true;
    else if (isCjk(c)) hasChinese = true;
  }
  return {
    start: run.start,
    end: run.end,
    text: s,
    value: isRange ? null : run.lo,
    min: isRange ? run.lo : null,
    max: isRange ? run.hi : null,
    approx: run.approx,
    percent: run.percent,
    fraction: run.fraction,
    script: hasArabic && hasChinese ? "mixed" : hasArabic ? "arabic" : "chinese",
    single: s.length === 1 && hasChinese,
  };
}

// V8 gives a field the representation of the first values stored in it: a run's bounds and a match's value, min and
// max hold small integers (and null) until a fraction or a large amount, perhaps far into a long text, where V8 must
// change the field and throw away every compiled function that relied on the old one. A range and a value of
// fractions read at load give those fields their general form from the start.
toMatch("0.5", { start: 0, end: 3, lo: 0.5, hi: 1.5, approx: null, percent: false, fraction: false });
toMatch("0.5", { start: 0, end: 3, lo: 0.5, hi: 0.5, approx: null, percent: false, fraction: false });

/**
 * The end of a reduplicated digit at i (两两, 一一, 九九, 三三两两), or -1: these are adverbs and names, never
 * figures. Three plain digits (九九六) are still read as a digit string.
 */
function reduplicationEnd(text: string, i: number): number {
  const c = codeAt(text, i);
  if (!digitOf.has(c) || codeAt(text, i + 1) !== c) return -1;
  if (isPlainDigit(c) && isPlainDigit(codeAt(text, i + 2))) return -1;
  return i + 2;
}

// ---------------------------------------------------------------------------------------------------------
// API

/** Every maximal numeral run in `text`, left to right, non-overlapping. Offsets are UTF-16 indices. */
export function findNumerals(text: string): NumeralMatch[] {
  const out: NumeralMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (startChars[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    // a digit pair before 折 (五五折) is read even where it looks like a reduplication
    const skip = readDigitPair(text, i) ? -1 : Math.max(nonNumeralEnd(text, i), reduplicationEnd(text, i));
    if (skip > i) {
      i = skip;
      continue;
    }
    const lone = loneDigit(text, i);
    if (lone) {
      if (!notAlone.has(codeAt(text, i))) out.push(lone);
      i++;
      continue;
    }
    const run = readRun(text, i);
    if (!run || run.end <= i) {
      i++;
      continue;
    }
    const m = toMatch(text, run);
    if (m && !(m.text.length === 1 && notAlone.has(m.text.charCodeAt(0)))) out.push(m);
    i = run.end;
  }
  return out;
}

/** The full reader's numeral at position i (what findNumerals reads there when no word or repetition is skipped). */
export function numeralAt(text: string, i: number): NumeralMatch | null {
  const run = readRun(text, i);
  return run && run.end > i ? toMatch(text, run) : null;
}

/**
 * The whole string read as one numeral, or null when it is not exactly one numeral run. Forms that need the
 * following character are null on their own: a lone 半 (0.5 only before 年, 天, 小时 …).
 */
export function parseNumeral(s: string): NumeralMatch | null {
  if (nonNumeralEnd(s, 0) >= 0 || reduplicationEnd(s, 0) >= 0) return null;
  const run = readRun(s, 0);
  if (run?.start !== 0 || run.end !== s.length) return null;
  const m = toMatch(s, run);
  return m && !(m.text.length === 1 && notAlone.has(m.text.charCodeAt(0))) ? m : null;
}
