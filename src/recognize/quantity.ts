// recognize: every numeric mention of a sentence, read with the words around it (units, currencies, 倍, %, bounds)
// and tagged: `figure` mentions become quantities of claims; the others say why they are not figures (a model
// name, an ordinal, a date part, an idiom, a bare number, a discourse count), so a reviewer can see what was skipped.
import { z } from "zod";
import { loadData } from "../data.js";
import type { Approx, QuantityKind } from "../schema.js";
import { type Entry, Lexicon, lexicon } from "./lexicon.js";
import { findNumerals, type NumeralMatch, parseNumeral } from "./numeral.js";

const Words = z.array(z.string().min(1));
const Unit = z.object({ unit: z.string(), words: Words, example: z.string(), tenths: z.boolean().optional() });
const Units = z.object({
  currencies: z.array(Unit),
  currencySymbols: z.array(Unit),
  percent: z.array(Unit),
  multiples: z.array(z.object({ words: Words, example: z.string() })),
  multipleWords: z.array(z.object({ factor: z.number(), words: Words, example: z.string() })),
  growthVerbs: Words,
  durations: z.array(Unit),
  counters: z.array(z.object({ words: Words, example: z.string() })),
  measures: z.array(Unit),
  measureContexts: Words,
  moneyContexts: Words,
});
const ApproxData = z.object({
  fillers: Words,
  notBounds: Words,
  before: z.object({ about: Words, over: Words, under: Words, nearly: Words }),
  emphasis: Words,
  after: z.object({ about: Words, over: Words, under: Words }),
});
const FalseFigures = z.object({
  idioms: Words,
  ordinalPrefixes: Words,
  latinBeforeOk: Words,
  latinAfterOk: Words,
});

const units = loadData("units", Units);
const approxData = loadData("approx", ApproxData);
const falseFigures = loadData("false-figures", FalseFigures);

interface UnitInfo {
  kind: QuantityKind;
  unit: string | null;
  tenths?: boolean;
}
const suffixes = new Lexicon<UnitInfo>([
  ...units.currencies.flatMap((u) => u.words.map((word) => ({ word, info: { kind: "money" as const, unit: u.unit } }))),
  ...units.percent.flatMap((u) =>
    u.words.map((word) => ({ word, info: { kind: "percent" as const, unit: u.unit, tenths: u.tenths } })),
  ),
  ...units.multiples.flatMap((u) => u.words.map((word) => ({ word, info: { kind: "multiple" as const, unit: null } }))),
  ...units.durations.flatMap((u) => u.words.map((word) => ({ word, info: { kind: "duration" as const, unit: u.unit } }))),
  ...units.counters.flatMap((u) => u.words.map((word) => ({ word, info: { kind: "count" as const, unit: word } }))),
  ...units.measures.flatMap((u) => u.words.map((word) => ({ word, info: { kind: "measure" as const, unit: u.unit } }))),
]);
const symbols = lexicon(units.currencySymbols, (u) => u.unit);
const multipleWords = lexicon(units.multipleWords, (u) => u.factor);
const growthVerbs = new Lexicon(units.growthVerbs.map((word) => ({ word, info: true })));
const measureContexts = new Lexicon(units.measureContexts.map((word) => ({ word, info: true })));
const moneyContexts = new Lexicon(units.moneyContexts.map((word) => ({ word, info: true })));
const approxBefore = new Lexicon<Approx | null>([
  ...(["about", "over", "under", "nearly"] as const).flatMap((a) =>
    approxData.before[a].map((word) => ({ word, info: a as Approx | null })),
  ),
  ...approxData.emphasis.map((word) => ({ word, info: null })),
]);
const approxAfter = new Lexicon<Approx>(
  (["about", "over", "under"] as const).flatMap((a) => approxData.after[a].map((word) => ({ word, info: a }))),
);
const fillers = new Set(approxData.fillers);
const notBounds = new Lexicon(approxData.notBounds.map((word) => ({ word, info: true })));
const idioms = new Lexicon(falseFigures.idioms.map((word) => ({ word, info: true })));
const ordinalPrefixes = new Lexicon(falseFigures.ordinalPrefixes.map((word) => ({ word, info: true })));
const latinBeforeOk = new Set(falseFigures.latinBeforeOk);
const latinAfterOk = new Set(falseFigures.latinAfterOk);

export type Tag = "figure" | "name" | "ordinal" | "date" | "idiom" | "bare" | "discourse";

/** A numeric mention, in the coordinates of the sentence text it was found in. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  tag: Tag;
  /** why a mention that is not a figure was skipped, for --explain */
  reason: string | null;
  kind: QuantityKind;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  approx: Approx | null;
  ambiguous?: number[];
  display: string;
  /** the bound word read around the figure (超过, 左右), if any */
  bound: string | null;
  /** the numeral's own text, without unit or symbol */
  numeral: string;
  single: boolean;
}

export interface Context {
  /** spans of time expressions in the same text: a numeral inside one is a date part (2026年) */
  times: { start: number; end: number }[];
  /** versions of names seen so far in the document (5.2 of GPT-5.2): the bare 5.2 later is a name too */
  versions: Set<string>;
  /** the talk is about money (票房, 收入 in this sentence or the few before): an unlabelled 50亿 is money */
  moneyTopic?: boolean;
}

/** Whether a text speaks of money without naming a currency (票房, 收入, 成本). */
export const mentionsMoney = (text: string) => moneyContexts.scan(text).next().done === false;

const latinLetter = /[A-Za-z]/;
const isLatin = (c: string | undefined) => c !== undefined && latinLetter.test(c);
const isDigitLike = (c: string | undefined) => c !== undefined && /[0-9０-９.．]/.test(c);

/** The Latin word that ends at `pos` (letters only), or "" */
function latinWordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && isLatin(text[i - 1])) i--;
  return text.slice(i, pos);
}
function latinWordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && isLatin(text[i])) i++;
  return text.slice(pos, i);
}

/** A numeral that is part of a name or version: GPT-5.2, Gemini 3, H100, V3, 5G, GPT-4o, Python 3.12, iPhone 16. */
function nameReason(text: string, n: NumeralMatch, ctx: Context): string | null {
  const prev = text[n.start - 1];
  // H100, V3, Win11, V三: letters glued to the numeral
  if (isLatin(prev)) {
    const word = latinWordBefore(text, n.start);
    if (!latinBeforeOk.has(word)) return `model or product name (${word}${n.text})`;
  }
  // GPT-5.2, Qwen-2.5, gpt_4: a letter, then - or _ or .
  if ((prev === "-" || prev === "_" || prev === "." || prev === "‑") && isLatin(text[n.start - 2])) {
    return `model or product name (${latinWordBefore(text, n.start - 1)}${prev}${n.text})`;
  }
  // Gemini 3, Python 3.12, GPT Image 1.5, Opus 4.5, Claude 3.5 Sonnet: a Latin word and one space
  // (not when a unit follows: 每百万输入 Token 0.50 美元)
  if (prev === " " && isLatin(text[n.start - 2])) {
    const word = latinWordBefore(text, n.start - 1);
    const unit = suffixes.after(text, text[n.end] === " " ? n.end + 1 : n.end);
    if (!latinBeforeOk.has(word) && !unit) return `model or product name (${word} ${n.text})`;
  }
  // 5G, GPT-4o, 3D, 3.12.1: letters or another dotted part glued after the numeral
  const after = latinWordAfter(text, n.end);
  if (after !== "" && !latinAfterOk.has(after) && n.script !== "chinese") return `name or version (${n.text}${after})`;
  if ((text[n.end] === "." || text[n.end] === "．") && isDigitLike(text[n.end + 1])) return `version (${n.text}.…)`;
  if (ctx.versions.has(n.text) && n.script === "arabic" && n.text.includes(".")) return `version of a name (${n.text})`;
  return null;
}

/** Reads a bound or emphasis word in front of position `pos`, skipping spaces and up to two fillers (大约是4亿). */
function boundBefore(text: string, pos: number): { approx: Approx | null; found: boolean; word?: string } {
  let p = pos;
  while (p > 0 && text[p - 1] === " ") p--;
  for (let skipped = 0; skipped <= 2; skipped++) {
    const hit = notBounds.before(text, p) ? null : approxBefore.before(text, p);
    if (hit) return { approx: hit.info, found: true, word: hit.word };
    if (!fillers.has(text[p - 1] ?? "")) break;
    p--;
  }
  return { approx: null, found: false };
}

const compactScales: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];
const currencySigns: Record<string, string> = { USD: "$", CNY: "¥", EUR: "€", GBP: "£", JPY: "JP¥", HKD: "HK$" };
const approxSigns: Record<Approx, string> = { about: "~", over: ">", under: "<", nearly: "≈", vague: "~" };

/** 800000000 → 800M, 1400000000000 → 1.4T, 12.5 → 12.5 */
export function compact(n: number): string {
  const abs = Math.abs(n);
  for (const [scale, letter] of compactScales) {
    if (abs >= scale && (scale > 1e3 || abs >= 1e4)) return `${Number((n / scale).toPrecision(12))}${letter}`;
  }
  return String(Number(n.toPrecision(12)));
}

/** The compact international form of a quantity: 800M, $1.4T, 3×, 6–8 weeks, ~70.9%. */
export function display(q: Pick<Mention, "kind" | "value" | "min" | "max" | "unit" | "approx">): string {
  const num = (n: number) => (q.kind === "percent" || q.kind === "multiple" ? String(Number(n.toPrecision(12))) : compact(n));
  const figure = q.value !== null ? num(q.value) : `${num(q.min ?? 0)}–${num(q.max ?? 0)}`;
  const sign = q.approx ? approxSigns[q.approx] : "";
  switch (q.kind) {
    case "percent":
      return q.unit === "pp" ? `${sign}${figure} pp` : `${sign}${figure}%`;
    case "money": {
      const c = q.unit ? currencySigns[q.unit] : undefined;
      return c ? `${sign}${c}${figure}` : `${sign}${figure}${q.unit ? ` ${q.unit}` : ""}`;
    }
    case "multiple":
      return `${sign}${figure}×`;
    case "duration": {
      const plural = q.value === 1 ? "" : "s";
      return `${sign}${figure} ${q.unit}${plural}`;
    }
    default:
      return `${sign}${figure}${q.unit && q.kind === "measure" ? ` ${q.unit}` : ""}`;
  }
}

const rangeJoiners = new Set(["到", "至", "-", "~", "～", "—", "–", "－", "到了"]);
const listJoiners = new Set(["、", "和", "或", "及", "/"]);
const scaleTail = /[万萬亿億]+$/u; // the scale a range's upper end lends its lower end: 1.4到1.6万亿

/** Every numeric mention of `text` with its reading and tag. */
export function recognizeQuantities(text: string, ctx: Context): Mention[] {
  const out: Mention[] = [];
  // 翻番, 翻一番, 翻两番: multiples written as words
  const wordSpans: { start: number; end: number }[] = [];
  for (const hit of multipleWords.scan(text)) {
    wordSpans.push(hit);
    const m = base(hit.start, hit.end, text.slice(hit.start, hit.end));
    Object.assign(m, { kind: "multiple", value: hit.entry.info });
    out.push(m);
  }
  const inside = (spans: { start: number; end: number }[], n: { start: number; end: number }) =>
    spans.some((s) => n.start >= s.start && n.end <= s.end);
  const overlaps = (spans: { start: number; end: number }[], n: { start: number; end: number }) =>
    spans.some((s) => n.start < s.end && n.end > s.start);
  const idiomSpans = [...idioms.scan(text)];
  for (const n of findNumerals(text)) {
    if (inside(wordSpans, n)) continue;
    const m = base(n.start, n.end, n.text);
    Object.assign(m, { value: n.value, min: n.min, max: n.max, approx: n.approx, single: n.single });
    out.push(m);
    if (overlaps(ctx.times, n)) {
      skip(m, "date", "part of a date or time");
      continue;
    }
    if (ordinalPrefixes.before(text, n.start)) {
      skip(m, "ordinal", "ordinal or date (第, 初)");
      continue;
    }
    if (inside(idiomSpans, n)) {
      skip(m, "idiom", "part of an idiom");
      continue;
    }
    const name = nameReason(text, n, ctx);
    if (name) {
      if (n.script !== "chinese") ctx.versions.add(n.text);
      skip(m, "name", name);
      continue;
    }
    readUnit(m, n);
  }
  out.sort((a, b) => a.start - b.start);
  const joined = joinRangesAndLists(text, out);
  classifyBare(text, joined, ctx.moneyTopic === true);
  classifyWeak(joined);
  for (const m of joined) if (m.tag === "figure" || m.tag === "discourse") m.display = display(m);
  return joined;

  function base(start: number, end: number, numeral: string): Mention {
    return {
      start,
      end,
      text: numeral,
      tag: "figure",
      reason: null,
      kind: "count",
      value: null,
      min: null,
      max: null,
      unit: null,
      approx: null,
      numeral,
      single: false,
      display: "",
      bound: null,
    };
  }

  function skip(m: Mention, tag: Tag, reason: string) {
    m.tag = tag;
    m.reason = reason;
  }

  /** Reads the symbol before, and the unit and bound after, a numeral. */
  function readUnit(m: Mention, n: NumeralMatch) {
    let kind: QuantityKind | null = n.percent ? "percent" : null;
    let unit: string | null = n.percent ? "%" : null;
    const symbol = symbols.before(text, n.start);
    if (symbol) {
      kind = "money";
      unit = symbol.info;
      m.start -= symbol.word.length;
    }
    let end = n.end;
    const spaced = text[end] === " " ? end + 1 : end;
    const suffix: Entry<UnitInfo> | null = kind === "percent" ? null : suffixes.after(text, spaced);
    if (suffix && !(kind === "money" && suffix.info.kind !== "count")) {
      if (kind !== "money" || suffix.info.kind === "money") {
        kind = suffix.info.kind;
        unit = suffix.info.unit;
      }
      end = spaced + suffix.word.length;
      if (suffix.info.tenths) scale(m, 10);
    }
    m.end = end;
    m.kind = kind ?? "count";
    m.unit = unit;
    m.text = text.slice(m.start, m.end);
    if (!kind) m.tag = "bare"; // decided in classifyBare, once lists and ranges are joined
    // 翻了三倍, 增长约 8 倍: the strict reading adds one
    if (m.kind === "multiple" && m.value !== null) {
      let p = n.start;
      while (p > 0 && text[p - 1] === " ") p--;
      if (growthVerbs.before(text, p) || growthVerbs.before(text, p - 1)) m.ambiguous = [m.value + 1];
    }
    const after = approxAfter.after(text, text[m.end] === " " ? m.end + 1 : m.end);
    const before = boundBefore(text, m.start);
    if (before.approx) {
      m.approx = before.approx;
      m.bound = before.word ?? null;
    } else if (after) {
      m.approx = after.info;
      m.bound = after.word;
    }
    if (n.approx && !m.approx) m.approx = n.approx;
    if (n.approx === "vague") m.approx = "vague";
  }
}

function scale(m: Mention, factor: number) {
  const times = (x: number | null) => (x === null ? null : Number((x * factor).toPrecision(15)));
  m.value = times(m.value);
  m.min = times(m.min);
  m.max = times(m.max);
}

/** 六到八周 and 70%-74% are one range; 10倍、100倍 and 3、4、5个 are lists sharing the last unit. */
function joinRangesAndLists(text: string, ms: Mention[]): Mention[] {
  const between = (a: Mention, b: Mention) => (b.start >= a.end && b.start - a.end <= 2 ? text.slice(a.end, b.start) : null);
  const open = (m: Mention) => m.tag === "figure" || m.tag === "bare";
  const merged = new Set<Mention>();
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as Mention;
    const b = ms[i + 1] as Mention;
    const gap = between(a, b);
    if (gap === null || !open(a) || !open(b) || a.value === null || b.value === null) continue;
    if (rangeJoiners.has(gap) && (a.unit === null || a.unit === b.unit) && (b.tag !== "bare" || a.tag === "bare")) {
      const lower = lowerEnd(a, b);
      if (lower === null || lower >= b.value) continue;
      b.min = lower;
      b.max = b.value;
      b.value = null;
      b.start = a.start;
      b.text = text.slice(b.start, b.end);
      b.approx = b.approx ?? a.approx;
      b.single = false;
      merged.add(a);
    } else if (gap === "" && a.approx === "over" && a.unit === null && scaleTail.test(b.numeral) && !scaleTail.test(a.numeral)) {
      // 六十多70亿, 七十多80亿: a spoken estimate corrected upwards, one range in the upper end's scale
      const lower = lowerEnd(a, b);
      if (lower === null || lower >= b.value) continue;
      Object.assign(b, { min: lower, max: b.value, value: null, start: a.start, approx: "about", single: false });
      b.text = text.slice(b.start, b.end);
      merged.add(a);
    } else if (listJoiners.has(gap) && a.tag === "bare" && b.tag === "figure") {
      a.kind = b.kind;
      a.unit = b.unit;
      a.tag = "figure";
    }
  }
  return ms.filter((m) => !merged.has(m));
}

/** The lower end of a range, lent the upper end's scale when it has none (1.4到1.6万亿 → 1.4万亿). */
function lowerEnd(a: Mention, b: Mention): number | null {
  const tail = scaleTail.exec(b.numeral)?.[0];
  if (!tail || scaleTail.test(a.numeral) || a.kind !== "count" || a.unit !== null) return a.value;
  return parseNumeral(a.numeral + tail)?.value ?? null;
}

/**
 * What a number without a unit is. Scaled (8亿, 1 万亿) it is a count, or money where the sentence talks of money
 * (票房突破了50亿). A list of bare numbers (144、147、151) or one after a score word (IQ, 得分) is a measure.
 * Otherwise a bare number (哪吒2, 停在5.2, 熊出没5．9) is not a figure.
 */
function classifyBare(text: string, ms: Mention[], moneyTopic: boolean) {
  const money = moneyTopic || mentionsMoney(text);
  const measured = [...measureContexts.scan(text)].length > 0;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Mention;
    if (m.tag !== "bare") continue;
    const listed = [ms[i - 1], ms[i + 1]].some(
      (o) => o && (o.tag === "bare" || o.tag === "figure") && text.slice(Math.min(o.end, m.end), Math.max(o.start, m.start)) === "、",
    );
    if (scaleTail.test(m.numeral) || /[KMBTkmbt]$|illion$/.test(m.numeral)) {
      m.tag = "figure";
      m.kind = money ? "money" : "count";
    } else if (listed || measured) {
      m.tag = "figure";
      m.kind = "measure";
    } else {
      m.reason = "a number with no unit (a title, a version or a label)";
    }
  }
}

/**
 * A lone 一/两/三 or 几 counting things (两个核心原因, 两人, 几部片子, 差不多一个水平) is discourse, not a figure, unless
 * it is a range or a bounded count above one. Percentages, money and multiples always count; so do durations but 一
 * (有一天, 一天的目标 are idioms).
 */
function classifyWeak(ms: Mention[]) {
  for (const m of ms) {
    const few = m.numeral === "几" || m.numeral === "数";
    if (m.tag !== "figure" || !(m.single || few) || (m.value === null && !few)) continue;
    if (m.kind === "percent" || m.kind === "money" || m.kind === "multiple") continue;
    if (m.kind === "duration" ? m.value !== 1 : m.approx !== null && m.value !== null && m.value > 1) continue;
    m.tag = "discourse";
    m.reason = "a small count in words (两个原因, 一天): discourse, not a figure";
  }
}
