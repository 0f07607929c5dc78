// Recognises what kind of transcript a decoded text is (plain captions, SRT, WebVTT, Markdown) and finds the lines
// that carry transcript text, each as a range [start, end) into the exact text, with its speaker label, subtitle cue
// or heading flag. Nothing is rewritten: every offset cites the input. Index and timestamp lines, VTT headers and
// NOTE blocks, front matter, fences and rules are left out; markup at a line's start (###, >, -, 1.) is stepped
// over, inline markup (**bold**, links) stays inside the range for a later stage to skip.
// Everything is one pass (or a fixed number of passes) over the text: a 50 MB single line is fine.
import { charTable, pauses } from "../chars.js";
import { loadData, type Zod } from "../data.js";
import { Lexicon, wordLexicon } from "../recognize/lexicon.js";
import { yaml } from "../yaml.js";

export type Format = "text" | "srt" | "vtt" | "markdown";

export interface Line {
  /** 1-based line number in the decoded text (CRLF, CR and LF each end a line) */
  no: number;
  /** offset of the first character of the readable content of this line in `text` */
  start: number;
  /** offset just past it (line terminator excluded) */
  end: number;
  /** a speaker label at the start of the line (主持人：…, Q：…, 【黄仁勋】…, Sam Altman: …), removed from [start,end) */
  speaker: string | null;
  /** SRT/VTT: the cue this text line belongs to, times as "HH:MM:SS,mmm" */
  cue: { index: number; from: string; to: string } | null;
  /** Markdown heading line (### …): readable, but a heading, not prose */
  heading: boolean;
}

export interface FrontMatter {
  date: string | null;
  title: string | null;
  speakers: string[];
}

export interface ParsedSource {
  text: string;
  format: Format;
  frontMatter: FrontMatter | null;
  /** offset of the start of every line (index 0 → line 1), for citing any offset */
  lineStarts: number[];
  /** only the lines that carry transcript text, in order */
  lines: Line[];
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary: speaker label words (data/zh/speakers.yaml)

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const Forms = z.object({
    forms: z.array(z.string().min(1)).min(1),
    example: z.string().optional(),
    // false: a common noun as often a line's topic, a label alone only before a colon (司机 七八千 is no label)
    spaced: z.boolean().optional(),
  });
  const SpeakerWords = z.object({
    roles: z.array(Forms).describe("role words that are a label on their own: 主持人, 記者, Q, A"),
    titles: z.array(Forms).describe("a name followed by one of these is a label: 李老师, 王总"),
    // rows of short flow lists, so that each row fits the formatter's width
    compoundSurnames: z.array(z.array(z.string().length(2))),
    surnames: z.array(z.array(z.string().length(1))),
    familiar: z.array(z.string().length(1)).describe("a surname after one of these is a label: 老王, 小李, 阿陈"),
    clauseChars: z.array(z.array(z.string().length(1))).describe("function words that never occur in a name"),
    speechVerbs: z.array(z.array(z.string().min(1))).describe("他说：… introduces reported speech, not a label"),
    notNamesBeforeVerb: z
      .array(z.array(z.string().min(1)))
      .describe("how words before 说 end when they name no one: 严格来说"),
    notLabels: z
      .array(z.array(z.string().min(1)).min(1))
      .describe("words before a colon that are never a speaker: 时间, 注意, 【重磅】"),
    positions: z.array(z.array(z.string().min(1))).describe("words before a dotted name: 主教练马克·罗西"),
    nameStops: z.array(z.array(z.string().length(1))).describe("characters that end a dotted name's first part"),
    requests: z.array(z.array(z.string().min(2))).describe("a request to another to speak: 说说, 说一下, 讲讲"),
    requestAddress: z.array(z.string().length(1)).describe("words right before a request that address another: 您, 请"),
    requestAfterName: z.array(z.string().length(1)).describe("the same, after a name in their clause: 王总 先说说"),
    requestNotAfter: z.array(z.string().length(1)).describe("words before 您, 你 that make the speaker tell: 跟你说说"),
    requestSelves: z.array(z.string().length(1)).describe("in the clause before a bare 先, the speaker: 我先说一下"),
    toWhom: z.array(z.string().length(1)).describe("the one spoken to follows these: 我跟记者说"),
    fromOrg: z.array(z.string().min(1)).describe("a label naming where a role comes from: 来自X的分析师"),
    captionRoles: z
      .array(z.array(z.string().min(1)))
      .describe("how a documentary's name caption ends: 张伟 某车企CEO, ——李芳 北京大学教授"),
  });
  return { SpeakerWords };
}
const words = loadData("speakers", (z) => schemas(z).SpeakerWords);
const key = (s: string): string => s.toLowerCase();
const roleWords = new Set(words.roles.flatMap((r) => r.forms.map(key)));
const colonRoles = new Set(words.roles.flatMap((r) => (r.spaced === false ? r.forms.map(key) : [])));
const rolePrefixes = words.roles.flatMap((r) => r.forms).filter((f) => f.length >= 2 && !isLatin(f));
// longest first: 李副局长 is 李 and 副局长, not 李副 and 局长
const titleWords = words.titles.flatMap((t) => t.forms).sort((a, b) => b.length - a.length);
const compoundSurnames = new Set(words.compoundSurnames.flat());
const surnames = new Set(words.surnames.flat());
const familiar = new Set(words.familiar);
/** Whether a character is a one-character surname (speakers.yaml): 张 of 张国庆. */
export const isSurname = (c: string): boolean => surnames.has(c);
const clauseChars = new Set(words.clauseChars.flat());
const speechVerbs = words.speechVerbs.flat();
const notNamesBeforeVerb = wordLexicon(words.notNamesBeforeVerb.flat());
const notLabels = new Set(words.notLabels.flat().map(key));
const positions = words.positions.flat();
const nameStops = new Set(words.nameStops.flat());
const captionRoles = wordLexicon([...words.captionRoles.flat(), ...words.positions.flat(), ...titleWords]);
// "——李芳 北京大学光华管理学院教授", "王磊 义乌市场经营户 王建国之子": a name, a space, who they are
const nameCaption =
  /^(?:——|—|--)?[ \t]*(?<name>\p{Script=Han}{2,4}(?:[·・]\p{Script=Han}{1,6})?)[ \t]+(?<who>[\p{L} ]{2,30})$/u;

/**
 * A documentary's name caption (lower third): a line that is only a person's name and, after a space, who they are,
 * ending in a role (张伟 某新能源车企CEO, ——李芳 北京大学教授). It names the speaker of the lines after it and
 * holds no claim itself; null for any other line.
 */
function captionName(line: string): string | null {
  const m = nameCaption.exec(line.trim());
  const name = m?.groups?.name as string | undefined;
  const who = (m?.groups?.who ?? "").trimEnd();
  if (!name || !(isHanPersonName(name) || surnameOf(name) !== null) || !captionRoles.before(who, who.length))
    return null;
  return name;
}
/** A request to another to speak (王总 先说说, 请您说一下): the words, and the words around it (speakers.yaml). */
export const requestWords = {
  requests: words.requests.flat(),
  address: words.requestAddress,
  afterName: words.requestAfterName,
  notAfter: words.requestNotAfter,
  selves: words.requestSelves,
  toWhom: words.toWhom,
};

// ---------------------------------------------------------------------------------------------------------------
// Characters and lines

/** Zero-width characters: kept inside a line's range, but a line made of them and whitespace is blank. */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** JavaScript's \s: ASCII spaces, NBSP, U+2000–U+200A, U+3000 ideographic space, … */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isBlankChar = (c: number): boolean => isSpace(c) || isInvisible(c);

function skipBlankForward(text: string, p: number, end: number): number {
  while (p < end && isBlankChar(text.charCodeAt(p))) p++;
  return p;
}

function skipBlankBackward(text: string, start: number, e: number): number {
  while (e > start && isBlankChar(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Where every line starts and where its content ends (before CRLF, CR or LF). No line after a final terminator. */
function splitLines(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    ends.push(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (i + 1 < text.length) starts.push(i + 1);
  }
  if (ends.length < starts.length) ends.push(text.length);
  return { starts, ends };
}

interface Lines {
  text: string;
  starts: number[];
  ends: number[];
}

/** The trimmed range of line i (0-based): whitespace and zero-width characters off both ends; empty when blank. */
function trimmed(src: Lines, i: number): [number, number] {
  const s = skipBlankForward(src.text, src.starts[i] ?? 0, src.ends[i] ?? 0);
  return [s, skipBlankBackward(src.text, s, src.ends[i] ?? 0)];
}

/** Longest line looked at as a whole (timestamps, indexes, fences, rules): anything longer is text. */
const maxShortLine = 300;

const zeroWidth = charTable("\u200b\u200c\u200d\u2060\ufeff");
const zeroWidthAll = /[\u200b-\u200d\u2060\ufeff]/g;

/** The trimmed line without zero-width characters when it is short, else null (then it is not a control line). */
function shortKey(src: Lines, i: number): string | null {
  const [s, e] = trimmed(src, i);
  if (e - s > maxShortLine) return null;
  // "\u200b820" → "820": zero-width characters anywhere in a short line
  const key = src.text.slice(s, e);
  for (let k = 0; k < key.length; k++) if (zeroWidth[key.charCodeAt(k)] === 1) return key.replace(zeroWidthAll, "");
  return key;
}

// ---------------------------------------------------------------------------------------------------------------
// Format detection

const srtIndex = /^\d{1,10}$/; // "820"
// "00:37:43,720 --> 00:37:44,847", "00:01.000 --> 00:04.000 align:start", "1:02:03.5-->1:02:04"
// ("->" too: a hand-edited file's one-dash arrow)
const timestampLine =
  /^(?<from>(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?)[ \t]*--?>[ \t]*(?<to>(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?)(?:[ \t][\s\S]*)?$/;
// a line meant as a timestamp that cannot be read as one ("00:00:40,000 --> 00:00:40,1000", "@@ --> ??"): the
// structure of a cue, not its text
const brokenTimestamp = /-->|\d:\d{1,2}(?:[,.]\d+)?[ \t]*--?>/;
// "WEBVTT", "WEBVTT - Kind: captions"
const vttHeader = /^WEBVTT(?:[ \t][\s\S]*)?$/;
// "### 战略定位", "# Title"
const atxHeading = /^#{1,6}(?:[ \t]|$)/;

function extensionFormat(path: string): Format {
  // "talk.SRT" → "srt"
  const ext = /\.(?<ext>[A-Za-z0-9]+)$/.exec(path)?.groups?.ext?.toLowerCase() ?? "";
  if (ext === "srt") return "srt";
  if (ext === "vtt" || ext === "webvtt") return "vtt";
  if (["md", "markdown", "mdown", "mkd", "mdx"].includes(ext)) return "markdown";
  return "text";
}

/** Lines looked at to recognise the format: the first few hundred, within the first 64 KB. */
const sniffLines = 400;
const sniffChars = 1 << 16;

/**
 * Recognises the format by content first (an index line then a timestamp line → SRT; a WEBVTT header → VTT;
 * front matter or Markdown headings → Markdown), the extension breaking ties (lone timestamps, plain text). A file
 * named .srt or .vtt without any timestamp line in its first lines is text: parsed as cues, it would yield nothing.
 */
export function detectFormat(path: string, text: string): Format {
  const head = text.slice(0, sniffChars);
  const src: Lines = { text: head, ...splitLines(head) };
  const n = Math.min(src.starts.length, sniffLines);
  const keys: (string | null)[] = [];
  for (let i = 0; i < n; i++) keys.push(shortKey(src, i));
  const byExtension = extensionFormat(path);

  const first = keys.find((k) => k !== "");
  if (first != null && vttHeader.test(first)) return "vtt";
  let loneTimestamps = false;
  for (let i = 0; i < n; i++) {
    if (!timestampLine.test(keys[i] ?? "")) continue;
    const prev = keys[i - 1];
    if (prev != null && srtIndex.test(prev)) return byExtension === "vtt" ? "vtt" : "srt";
    loneTimestamps = true;
  }
  if (frontMatterClose(src, n) !== null) return "markdown";
  if (keys.some((k) => k != null && atxHeading.test(k) && k.replace(/^#+/, "").trim() !== "")) return "markdown";
  if (loneTimestamps) return byExtension === "vtt" ? "vtt" : "srt";
  // ".srt"/".vtt" without a single timestamp line: read as text rather than find no cue and lose every line
  return byExtension === "srt" || byExtension === "vtt" ? "text" : byExtension;
}

// ---------------------------------------------------------------------------------------------------------------
// Front matter

// "date: '2025-12-18'", "people:": a YAML key, which tells front matter from a rule followed by prose
const yamlKey = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/;

/**
 * 0-based index of the closing "---" (or "...") of front matter opened by "---" on line 1, or null. Between the
 * fences there must be at least one "key:" line: a rule, prose and another rule are not front matter.
 */
function frontMatterClose(src: Lines, limit = src.starts.length): number | null {
  if (shortKey(src, 0) !== "---") return null;
  let sawKey = false;
  for (let i = 1; i < limit; i++) {
    const k = shortKey(src, i);
    if (k === "---" || k === "...") return sawKey ? i : null;
    if (!sawKey && k !== null && yamlKey.test(k)) sawKey = true;
  }
  return null;
}

// "2025-12-18", "2025/12/18", "2025.12.18", "2025-12-18T10:00:00Z", "2025年12月18日"
const dateText = /^(?<y>\d{4})(?:[-/.]|年)(?<m>\d{1,2})(?:[-/.]|月)(?<d>\d{1,2})(?:日|$|[T \t])/;
const compactDate = /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/; // 20251218

/** A YAML date or a string holding one → "YYYY-MM-DD"; null when it is not a real calendar date. */
function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string" && typeof value !== "number") return null;
  const s = String(value).trim();
  const g = (dateText.exec(s) ?? compactDate.exec(s))?.groups;
  if (!g) return null;
  const [y, m, d] = [Number(g.y), Number(g.m), Number(g.d)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A name list: "A", ["A", "B"], or [{ name: "A" }, …]; anything else contributes nothing. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === "string" ? item : isRecord(item) && typeof item.name === "string" ? item.name : null;
    if (name?.trim()) out.push(name.trim());
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Parses the YAML between the fences; malformed or not a mapping → null (treated as absent). */
function parseFrontMatter(yamlText: string): FrontMatter | null {
  let data: unknown;
  try {
    const doc = yaml().parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) return null;
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  const title = typeof data.title === "string" || typeof data.title === "number" ? String(data.title).trim() : "";
  const speakers = [...new Set([...names(data.speakers), ...names(data.people)])];
  return { date: normaliseDate(data.date), title: title || null, speakers };
}

// ---------------------------------------------------------------------------------------------------------------
// Raw lines: the content range of each transcript line, before speaker labels are looked for

interface RawLine {
  no: number;
  start: number;
  end: number;
  cue: Line["cue"];
  heading: boolean;
  /** speaker from a VTT voice tag <v Name> */
  voice: string | null;
  /** may carry a speaker label (not headings) */
  labelled: boolean;
}

function rawLine(no: number, start: number, end: number, extra: Partial<RawLine> = {}): RawLine {
  return { no, start, end, cue: null, heading: false, voice: null, labelled: true, ...extra };
}

function textLines(src: Lines): RawLine[] {
  const out: RawLine[] = [];
  for (let i = 0; i < src.starts.length; i++) {
    const [s, e] = trimmed(src, i);
    if (s < e) out.push(rawLine(i + 1, s, e));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// SRT and WebVTT

/** "1:02:03.5" → "01:02:03,500"; hours default to 0, a short fraction is a fraction (".5" is 500 ms). */
function normaliseTime(t: string): string {
  if (t.length === 12 && t[2] === ":" && t[5] === ":" && t[8] === ",") return t; // already 00:37:43,720
  const [clock, frac = ""] = t.split(/[,.]/);
  const parts = (clock ?? "").split(":");
  while (parts.length < 3) parts.unshift("0");
  const [h, m, s] = parts.map((p) => p.padStart(2, "0"));
  return `${h}:${m}:${s},${frac.padEnd(3, "0")}`;
}

// "<v Sam Altman>", "<v.loud Esme>": a WebVTT voice tag naming the speaker
const voiceTag = /^<v(?:\.[^\s>]*)?[ \t]+(?<name>[^>]{1,100})>/;
// "<i>", "<c.yellow>", "<font color=red>", "</v>", "{\an8}": formatting tags at either end of a caption
const leadingTag = /^(?:<\/?[A-Za-z][^<>]{0,100}>|\{\\[^{}]{0,50}\})/;
const closingTagAtEnd = /<\/[A-Za-z][^<>]{0,20}>$/;

/** Steps over formatting tags at both ends of a caption; a voice tag's name becomes the speaker. */
function captionRange(text: string, s: number, e: number): { s: number; e: number; voice: string | null } {
  let voice: string | null = null;
  for (let m = leadingTag.exec(text.slice(s, s + 160)); m && s < e; m = leadingTag.exec(text.slice(s, s + 160))) {
    const v = voiceTag.exec(m[0])?.groups?.name?.trim();
    if (v) voice = v;
    s = skipBlankForward(text, s + m[0].length, e);
  }
  for (let m = closingTagAtEnd.exec(text.slice(Math.max(s, e - 30), e)); m && e > s; ) {
    e = skipBlankBackward(text, s, e - m[0].length);
    m = closingTagAtEnd.exec(text.slice(Math.max(s, e - 30), e));
  }
  return { s, e, voice };
}

/**
 * Cue text lines of an SRT or WebVTT file. A cue is an optional index/identifier line, a timestamp line and the
 * text lines up to the next blank line. Forgiving: a cue without an index gets the previous index + 1 (a WebVTT
 * identifier that is not a number, too); a missing blank line before "index, timestamp" still starts a new cue.
 * Nothing is lost: the text of a block whose timestamp is missing or unreadable is kept with no cue (cited by its
 * line, with no time); only its index and its broken timestamp line are left out, as structure.
 */
function cueLines(src: Lines, vtt: boolean): RawLine[] {
  const n = src.starts.length;
  const keyOf = (i: number): string | null => (i < n ? shortKey(src, i) : null);
  const isTimestamp = (i: number): boolean => timestampLine.test(keyOf(i) ?? "");

  const out: RawLine[] = [];
  let i = 0;
  if (vtt) i = skipVttHeader(src, keyOf);
  let cue: Line["cue"] = null;
  let lastIndex = 0;
  let pendingIndex: number | null = null;
  let atBlockStart = true;
  let skipBlock = false;
  for (; i < n; i++) {
    const k = keyOf(i);
    const [s, e] = trimmed(src, i);
    if (s === e) {
      cue = null;
      atBlockStart = true;
      skipBlock = false;
      pendingIndex = null;
      continue;
    }
    const wasBlockStart = atBlockStart;
    atBlockStart = false;
    if (skipBlock) continue;
    const ts = k === null ? null : timestampLine.exec(k)?.groups;
    if (ts) {
      const index: number = pendingIndex ?? lastIndex + 1;
      cue = { index, from: normaliseTime(ts.from ?? ""), to: normaliseTime(ts.to ?? "") };
      lastIndex = index;
      pendingIndex = null;
      continue;
    }
    if (k !== null && brokenTimestamp.test(k)) {
      cue = null; // the text after it is not the previous cue's
      continue;
    }
    const digits = k !== null && srtIndex.test(k);
    if ((wasBlockStart || digits) && isTimestamp(i + 1)) {
      pendingIndex = digits ? Number(k) : null;
      continue;
    }
    // the index of a cue whose timestamp line is missing (a block's first line) or broken (the next line)
    if (digits && (wasBlockStart || brokenTimestamp.test(keyOf(i + 1) ?? ""))) continue;
    // "NOTE …", "STYLE", "REGION": WebVTT blocks that are not cues
    if (vtt && wasBlockStart && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(k ?? "")) {
      skipBlock = true;
      continue;
    }
    const r = captionRange(src.text, s, e);
    if (r.s < r.e) out.push(rawLine(i + 1, r.s, r.e, { cue, voice: r.voice }));
  }
  return out;
}

/** Index of the first line after the WEBVTT header block (which ends at a blank line or at a timestamp line). */
function skipVttHeader(src: Lines, keyOf: (i: number) => string | null): number {
  let i = 0;
  while (i < src.starts.length && keyOf(i) === "") i++;
  if (!vttHeader.test(keyOf(i) ?? "")) return i;
  for (i++; i < src.starts.length; i++) {
    const k = keyOf(i);
    if (k === "" || timestampLine.test(k ?? "")) return i;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

// "```", "~~~python": a code fence (up to 3 spaces of indent are already trimmed)
const fenceLine = /^(?<mark>`{3,}|~{3,})(?<info>[\s\S]*)$/;
// "---", "***", "_ _ _": a thematic break
const ruleLine = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
// "===", "---": a setext heading underline, when it follows a paragraph line
const setextUnderline = /^(?:=+|-+)$/;
/** A longer paragraph line followed by "---" is prose and a rule (authors forget the blank line), not a heading. */
const maxSetextHeading = 60;
// "|---|:---:|", "--- | ---": a table's header separator row
const tableRule = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
// "<!-- comment -->" on one line
const htmlComment = /^<!--[\s\S]*-->$/;

interface Fence {
  line: number;
  mark: string;
  info: boolean;
}

/**
 * Lines inside fenced code blocks (fences included), in one pass: a fence that is never closed excludes only its
 * own line, so a stray ``` cannot swallow the rest of a transcript.
 */
function codeLines(src: Lines, from: number): Set<number> {
  const fences: Fence[] = [];
  for (let i = from; i < src.starts.length; i++) {
    const g = fenceLine.exec(shortKey(src, i) ?? "")?.groups;
    if (g?.mark && !(g.mark[0] === "`" && g.info?.includes("`"))) {
      fences.push({ line: i, mark: g.mark, info: (g.info ?? "").trim() !== "" });
    }
  }
  // longest info-less fence of each kind at or after position j: does an opening fence have a closer?
  const longestAfter: Record<string, number>[] = new Array(fences.length + 1);
  longestAfter[fences.length] = { "`": 0, "~": 0 };
  for (let j = fences.length - 1; j >= 0; j--) {
    const f = fences[j] as Fence;
    const next = { ...(longestAfter[j + 1] as Record<string, number>) };
    const ch = f.mark[0] as string;
    if (!f.info) next[ch] = Math.max(next[ch] ?? 0, f.mark.length);
    longestAfter[j] = next;
  }
  const out = new Set<number>();
  for (let j = 0; j < fences.length; j++) {
    const open = fences[j] as Fence;
    const ch = open.mark[0] as string;
    out.add(open.line);
    if ((longestAfter[j + 1]?.[ch] ?? 0) < open.mark.length) continue;
    let k = j + 1;
    for (; k < fences.length; k++) {
      const f = fences[k] as Fence;
      if (f.mark[0] === ch && !f.info && f.mark.length >= open.mark.length) break;
    }
    const close = fences[k] as Fence;
    for (let i = open.line; i <= close.line; i++) out.add(i);
    j = k;
  }
  return out;
}

/** Steps over block markers at a line's start: quote ">", bullets "- ", "* ", "+ ", "1. ", "1) ", task boxes. */
function skipBlockMarkers(text: string, s: number, e: number): { s: number; heading: boolean } {
  let p = s;
  for (;;) {
    const c = text[p];
    const next = text[p + 1];
    if (c === ">") {
      p = skipBlankForward(text, p + 1, e);
      continue;
    }
    if ((c === "-" || c === "*" || c === "+") && (next === " " || next === "\t")) {
      p = skipBlankForward(text, p + 2, e);
      // "- [ ] ", "- [x] ": a task box
      const box = /^\[[ xX]\][ \t]/.exec(text.slice(p, p + 4));
      if (box) p = skipBlankForward(text, p + box[0].length, e);
      continue;
    }
    // "1. ", "12) ": an ordered list marker (up to 3 digits, so "2025. " is not one)
    const ordered = /^\d{1,3}[.)][ \t]/.exec(text.slice(p, p + 5));
    if (ordered) {
      p = skipBlankForward(text, p + ordered[0].length, e);
      continue;
    }
    break;
  }
  // "### 标题 ###": an ATX heading; the closing #s are not content
  const hashes = /^#{1,6}(?:[ \t]|$)/.exec(text.slice(p, p + 7));
  if (!hashes) return { s: p, heading: false };
  return { s: skipBlankForward(text, p + hashes[0].length, e), heading: true };
}

/** End of a heading's content before an optional closing sequence of #s ("## 标题 ##" → "## 标题"). */
function headingEnd(text: string, s: number, e: number): number {
  let q = e;
  while (q > s && text[q - 1] === "#") q--;
  if (q === e || q === s || (text[q - 1] !== " " && text[q - 1] !== "\t")) return q === s ? s : e;
  return skipBlankBackward(text, s, q);
}

function markdownLines(src: Lines, from: number): RawLine[] {
  const code = codeLines(src, from);
  const out: RawLine[] = [];
  let paragraph: RawLine | null = null; // the previous line, when it was prose (for setext underlines)
  for (let i = from; i < src.starts.length; i++) {
    const [s, e] = trimmed(src, i);
    const prev = paragraph;
    paragraph = null;
    if (s === e || code.has(i)) continue;
    const k = shortKey(src, i);
    if (k !== null && prev && prev.no === i && prev.end - prev.start <= maxSetextHeading && setextUnderline.test(k)) {
      prev.heading = true;
      prev.labelled = false;
      continue;
    }
    if (k !== null && (ruleLine.test(k) || tableRule.test(k) || htmlComment.test(k))) continue;
    const m = skipBlockMarkers(src.text, s, e);
    const end = m.heading ? headingEnd(src.text, m.s, e) : e;
    if (m.s >= end) continue;
    const line = rawLine(i + 1, m.s, end, { heading: m.heading, labelled: !m.heading });
    out.push(line);
    if (!m.heading) paragraph = line;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Speaker labels

/** Longest label, in UTF-16 code units, before its colon or inside its brackets. */
const maxLabel = 20;

interface Candidate {
  label: string;
  /** offset of the content after the label, its colon and any spaces */
  content: number;
  /** a label set off by a space, no colon (主持人 那明年呢): caption files written without punctuation */
  spaced?: boolean;
}

/** The longest label, in Han characters, that a space alone sets off: 主持人, 张总, 欧阳娜娜, 第一财经记者 */
const maxSpacedLabel = 6;

// The shape of a label: letters (Han, Latin, …), combining marks, spaces, middle dots, "." "'" "-"; no digit.
const labelShape = /^[\p{L}\p{M}·・.'’\- ]+$/u;
// "Sam Altman", "Logan Kilpatrick", "Q": capitalised Latin words, at most four
const latinName = /^[A-Z][\p{Script=Latin}.'’-]*(?: [\p{Script=Latin}][\p{Script=Latin}.'’-]*){0,3}$/u;
// "黄仁勋", "萨姆·奥特曼": Han characters, optionally joined by a middle dot
const hanName = /^\p{Script=Han}+(?:[·・]\p{Script=Han}+)*$/u;

/** "Sam Altman", "Host", "O'Brien": only Latin letters, spaces, "." "'" "-". */
function isLatin(s: string): boolean {
  return /^[\p{Script=Latin} .'’-]+$/u.test(s);
}

/**
 * The label-like prefix of a line and where its content starts, by shape only: "主持人：…", "Sam Altman: …",
 * "【黄仁勋】…", "[Sam Altman] …", "**主持人**：…", "**Q：**…". Content must follow. Whether the prefix is
 * a speaker is decided by `isSpeaker`.
 */
function labelCandidate(text: string, s: number, e: number): Candidate | null {
  let p = s;
  const bold = text.startsWith("**", p) ? "**" : text.startsWith("__", p) ? "__" : "";
  p += bold.length;
  const open = text[p];
  if (open === "【" || open === "[") {
    // look for the closing bracket only within a label's length: a lone "【" must not scan the rest of the text
    const inside = text.slice(p + 1, Math.min(e, p + 2 + maxLabel)).indexOf(open === "【" ? "】" : "]");
    if (inside < 0) return null;
    const close = p + 1 + inside;
    if (text[close + 1] === "(") return null; // "[text](url)": a Markdown link, not a label
    let q = close + 1;
    if (bold && text.startsWith(bold, q)) q += bold.length;
    q = skipBlankForward(text, q, e);
    if (text[q] === "：" || text[q] === ":") q++;
    return finish(text.slice(p + 1, close), text, q, e);
  }
  let colon = -1;
  for (let q = p; q < e && q <= p + maxLabel + bold.length; q++) {
    if (text[q] === "：" || text[q] === ":") {
      colon = q;
      break;
    }
  }
  if (colon <= p) return bold ? null : spacedCandidate(text, p, e);
  let label = text.slice(p, colon);
  let q = colon + 1;
  if (bold) {
    if (label.endsWith(bold))
      label = label.slice(0, -bold.length); // "**主持人**："
    else if (text.startsWith(bold, q))
      q += bold.length; // "**主持人：**"
    else return null;
  }
  if (text[colon] === ":" && text.startsWith("//", colon + 1)) return null; // "https://…"
  return finish(label, text, q, e);
}

/** "主持人 那明年呢", "张总 明年我们…": two to six Han characters at the line's start, then a space and content. */
function spacedCandidate(text: string, p: number, e: number): Candidate | null {
  let q = p;
  while (q < e && q - p < maxSpacedLabel && isHanCode(text.charCodeAt(q))) q++;
  if (q - p < 2 || (text[q] !== " " && text[q] !== "\u3000")) return null;
  const c = finish(text.slice(p, q), text, q, e);
  return c && { ...c, spaced: true };
}

function finish(label: string, text: string, q: number, e: number): Candidate | null {
  const trimmedLabel = label.trim();
  const base = withoutAffiliation(trimmedLabel);
  if (base === "" || trimmedLabel.length > maxLabel || !(labelShape.test(base) || isAffiliatedRole(base))) return null;
  const content = skipBlankForward(text, q, e);
  return content < e ? { label: trimmedLabel, content } : null;
}

interface LabelContext {
  /** front matter speakers and labels used on two or more lines (lower-cased) */
  known: Set<string>;
  /** the same, where labels set off by a space alone count too */
  spacedKnown: Set<string>;
  /** the last part of a dotted name (罗西 of 马克·罗西) → offset of its first use in the text */
  dotted: Map<string, number>;
  /** offset of the line being looked at */
  at: number;
  /** the whole text, for a name introduced after a position word (健身教练赵磊) */
  text: string;
  /** whether the text introduces a two-character name so, by label: introducedName */
  introduced: Map<string, boolean>;
}

// an affiliation in brackets after a label: 分析师（中信）, 分析师(中金), Lisa Su (AMD)
const affiliation = /\s*[（(][\p{L}\p{M}·・.'’\- ]{1,12}[）)]$/u;

/** "分析师（中信）" → "分析师": the label without an affiliation in brackets after it. */
export function withoutAffiliation(label: string): string {
  const m = affiliation.exec(label);
  return m ? label.slice(0, m.index) : label;
}

/**
 * Does the label-shaped prefix name a speaker? Roles, names, titled names, each also with an affiliation in
 * brackets after it (分析师（中信）) or, for a role, before it (第一财经记者); never a generic word or a clause.
 */
function isSpeaker(label: string, ctx: LabelContext): boolean {
  const base = withoutAffiliation(label);
  if (base !== label) return isSpeaker(base, ctx);
  const k = key(label);
  if (notLabels.has(k)) return false;
  if (roleWords.has(k)) return true;
  if (isLatin(label)) {
    // "Sam Altman", "Q"; a single word ("Google：", "API：") only when it is known
    if (!latinName.test(label)) return false;
    return label.includes(" ") || label.length === 1 || ctx.known.has(k);
  }
  if (isFromRole(label)) return true;
  if ([...label].slice(1).some((c) => clauseChars.has(c))) return false;
  // 分析师提问, 记者提问, 嘉宾回答: a role, then a role naming what it does; that 问 is no reported speech (他问：)
  if (isRoleAfterRole(label)) return true;
  if (speechVerbs.some((v) => label.length > v.length && label.endsWith(v))) return false;
  if (ctx.known.has(k)) return true;
  // "罗西：" after 马克·罗西 was named: the last part of a name introduced before the line
  if ((ctx.dotted.get(label) ?? ctx.at) < ctx.at) return true;
  return isRoleWithName(label) || isAffiliatedRole(label) || isTitledName(label) || isHanPersonName(label);
}

/** "分析师提问", "观众提问": a role word, then a role of two or more characters. */
function isRoleAfterRole(label: string): boolean {
  return rolePrefixes.some(
    (role) => label.length > role.length && label.endsWith(role) && roleWords.has(key(label.slice(0, -role.length))),
  );
}

/**
 * "第一财经记者", "中信证券分析师", "外交部发言人": an organisation in Chinese, then a role word; the organisation may
 * hold digits, Latin letters and a title's brackets (21世纪经济报道记者, 36氪记者, CNBC记者, 《财经》杂志记者).
 */
function isAffiliatedRole(label: string): boolean {
  return rolePrefixes.some(
    (role) =>
      label.length > role.length &&
      label.endsWith(role) &&
      hanOnly.test(role) &&
      organisation.test(label.slice(0, -role.length)),
  );
}
const hanOnly = /^\p{Script=Han}+$/u;
// an organisation's name before a role: Han characters, Latin letters and digits, 《》 around a title, with a Han
// character or a Latin letter in it ("21世纪经济报道", "CNBC", "《财经》杂志"; not "2025")
const organisation = /^(?=.*[\p{Script=Han}\p{Script=Latin}])[\p{Script=Han}\p{Script=Latin}\p{Nd}《》]+$/u;

/** "来自摩根士丹利的分析师", "来自中金的分析师": 来自, an organisation in Chinese, 的, then a role word. */
function isFromRole(label: string): boolean {
  const from = words.fromOrg.find((w) => label.startsWith(w));
  if (from === undefined) return false;
  return rolePrefixes.some(
    (role) =>
      label.length > role.length + from.length + 1 &&
      label.endsWith(`的${role}`) &&
      hanOnly.test(label) &&
      !label.slice(from.length, -role.length - 1).includes("的"),
  );
}

/** "主持人 张三", "嘉宾A", "记者 Lisa Su": a role word followed by a name. */
function isRoleWithName(label: string): boolean {
  for (const role of rolePrefixes) {
    if (!label.startsWith(role)) continue;
    const rest = label.slice(role.length).trim();
    if (rest === "") continue;
    if (/^[A-Z]$/.test(rest) || latinName.test(rest)) return true;
    if (hanName.test(rest) && rest.length >= 2 && rest.length <= 4) return true;
  }
  return false;
}

/** "李老师", "奥特曼先生", "王总": a name followed by a title. */
function isTitledName(label: string): boolean {
  return titledName(label) !== null;
}

/** "刘总" → "刘", "奥特曼先生" → "奥特曼": the name before a title (speakers.yaml titles), or null. */
export function titledName(label: string): string | null {
  for (const t of titleWords) {
    if (!label.endsWith(t)) continue;
    const name = label.slice(0, -t.length).trim();
    if (name !== "" && ((hanName.test(name) && name.length <= 6) || latinName.test(name))) return name;
  }
  return null;
}

/** "李副局长" → "副局长": the title a titled label ends with (speakers.yaml titles), or null. */
export function titleOf(label: string): string | null {
  const name = titledName(label);
  return name === null ? null : label.slice(label.lastIndexOf(name) + name.length).trim();
}

/**
 * Titles of two or more Chinese characters or capitals (CEO), and position words: the longest at a position (副局长,
 * not 局长).
 */
const proseTitles = new Lexicon(
  [...new Set([...titleWords, ...positions])]
    .filter((t) => t.length >= 2 && (hanOnly.test(t) || /^[A-Z]+$/.test(t)))
    .map((word) => ({ word, info: true })),
);
/** Words a name right after a title stops before: 副局长李芳介绍 → 李芳 */
const afterName = wordLexicon([...speechVerbs, ...titleWords]);

/**
 * The Chinese names a title introduces in `text`, each with the title: 市人社局王建华局长 → 王建华 (局长), 副局长李芳和
 * → 李芳 (副局长). Before a title, the two or three characters before it that begin with a surname (both when both
 * do: a later label's family name tells them apart); after one, a surname and one or two characters, cut before a
 * function word, a stop character, a speech verb or a title; never a word no label is either (马上, 周末: notLabels).
 * One pass, a bounded look around each title.
 */
export function titledNames(text: string): { name: string; title: string }[] {
  const out: { name: string; title: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!proseTitles.starts(text.charCodeAt(i))) continue; // most characters start no title
    const title = proseTitles.after(text, i)?.word;
    if (!title) continue;
    for (const n of [3, 2]) {
      const name = text.slice(Math.max(0, i - n), i);
      if (name.length === n && surnameOf(name) !== null && givenOk(name)) out.push({ name, title });
    }
    let j = i + title.length;
    if (text.charCodeAt(j) === 0x20 && isHanCode(text.charCodeAt(j + 1))) j++; // 创始人 王志远: a caption space
    const family = compoundSurnames.has(text.slice(j, j + 2)) ? 2 : surnames.has(text[j] ?? "") ? 1 : 0;
    // where a name after the title visibly ends: a stop, a speech verb or a title, anything but a Chinese character
    const endsAt = (p: number) =>
      p >= text.length ||
      !isHanCode(text.charCodeAt(p)) ||
      stopsName(text[p] as string) ||
      afterName.after(text, p) !== null;
    let k = j + family;
    while (family > 0 && k < j + family + 2 && !endsAt(k)) k++;
    // only there: in 局长李芳今天 the cut is a guess (李芳? 李芳今?)
    if (k > j + family && endsAt(k) && surnameOf(text.slice(j, k)) !== null && !notLabels.has(text.slice(j, k)))
      out.push({ name: text.slice(j, k), title });
    i = j - 1;
  }
  return out;
}
/** A name's characters may all be a name's (no stop, no function word), and it is no word (马上, 周末: notLabels). */
const givenOk = (name: string): boolean =>
  [...name].every((c) => isHanCode(c.charCodeAt(0)) && !stopsName(c)) && !notLabels.has(name);

/** "刘振宇" → "刘", "欧阳娜娜" → "欧阳": the surname of a Chinese name of a surname and one or two characters. */
export function surnameOf(name: string): string | null {
  if (!hanOnly.test(name)) return null;
  if (compoundSurnames.has(name.slice(0, 2))) return name.length === 3 || name.length === 4 ? name.slice(0, 2) : null;
  return (name.length === 2 || name.length === 3) && surnames.has(name[0] as string) ? (name[0] as string) : null;
}

const stopsName = (c: string): boolean => nameStops.has(c) || clauseChars.has(c);
const isDot = (c: number): boolean => c === 0xb7 || c === 0x30fb; // · ・
const isHanCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
/** Longest part of a dotted name on either side of the dot. */
const maxDottedPart = 6;
const maxFirstPart = 4;

/**
 * The dotted names in `text` (主教练马克·罗西 → 马克·罗西 at its offset): the first part cut after a position word
 * (speakers.yaml positions) and before a stop character, at most 4 characters; the last part as written up to 6,
 * for a caller to cut at the word it knows (罗西 of 罗西表示). One pass, a bounded look around each dot.
 */
export function dottedNames(text: string): { first: string; last: string; at: number }[] {
  const out: { first: string; last: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDot(text.charCodeAt(i))) continue;
    let a = i;
    while (a > 0 && i - a < maxDottedPart + 2 && isHanCode(text.charCodeAt(a - 1)) && !stopsName(text[a - 1] ?? ""))
      a--;
    let run = text.slice(a, i);
    // the end of the last position word before the dot: 主教练马克 → 马克
    let cut = 0;
    for (let k = 1; k < run.length; k++)
      if (positions.some((p) => k >= p.length && run.startsWith(p, k - p.length))) cut = k;
    run = run.slice(cut);
    run = run.slice(Math.max(0, run.length - maxFirstPart));
    let b = i + 1;
    while (b < text.length && b - i <= maxDottedPart && isHanCode(text.charCodeAt(b))) b++;
    if (run !== "" && b > i + 1) out.push({ first: run, last: text.slice(i + 1, b), at: a });
  }
  return out;
}

/** "黄仁勋" (common surname + 2), "欧阳娜娜" (compound surname + 1–2), "萨姆·奥特曼" (middle dot), "老王" (familiar). */
function isHanPersonName(label: string): boolean {
  if (!hanName.test(label)) return false;
  if (/[·・]/.test(label)) return true;
  // how guests are named on podcasts and in street interviews: 老王：…, 小李：…
  if (label.length === 2 && familiar.has(label[0] as string)) return surnames.has(label[1] as string);
  if (compoundSurnames.has(label.slice(0, 2))) return label.length === 3 || label.length === 4;
  return label.length === 3 && surnames.has(label[0] as string);
}

/**
 * Whether words before a reporting verb in the prose name a person the way a label would (张建华说, 老王说, 欧阳娜娜说,
 * 王总说, 李老师说): no function word of a clause in them (speakers.yaml clauseChars), not one of `notNamesBeforeVerb`'s
 * words at their end (严格来说, 简单来说: 严 and 简 are surnames), and a titled name's own name a family name.
 */
export function namesPerson(words: string): boolean {
  if (!namesSomeone(words)) return false;
  const family = titledName(words);
  if (family !== null) return isSurname(family) || surnameOf(family) !== null;
  return isHanPersonName(words);
}

/**
 * Whether words before a reporting verb may name someone, a person or a body: no function word of a clause in them
 * (speakers.yaml clauseChars), and not one of `notNamesBeforeVerb`'s words at their end (一般来, 网上, 很多人, 向大家).
 */
export const namesSomeone = (words: string): boolean =>
  ![...words].some((c) => clauseChars.has(c)) && !notNamesBeforeVerb.before(words, words.length);

/**
 * Whether words before a reporting verb are a name of two characters, a known surname and one more (雷军, 杨杰): no
 * function word or stop in it (华为: 为), not one of `notNamesBeforeVerb`'s words, and no word a label is not either
 * (马上, 方面: notLabels). The caller decides where such a short name may stand.
 */
export function isShortName(words: string): boolean {
  return (
    words.length === 2 &&
    surnames.has(words.charAt(0)) &&
    isHanCode(words.charCodeAt(1)) &&
    !stopsName(words.charAt(1)) &&
    !notNamesBeforeVerb.before(words, 2) &&
    !notLabels.has(words)
  );
}

const titleLexicon = wordLexicon(titleWords);
/** Whether words end in a title (老师, 公司董事长: speakers.yaml titles); with no name before it, they name no one. */
export const endsInTitle = (words: string): boolean => titleLexicon.before(words, words.length) !== null;

/** Lines carry a label when the prefix names a speaker; labels used on several lines count as names. */
function applyLabels(raw: RawLine[], text: string, frontMatter: FrontMatter | null, format: Format): Line[] {
  // a label set off by a space alone is a caption's: in a Markdown article 记者 张伟 | 2025年2月27日 is a byline, and a
  // speaker's label there takes a colon or bold
  // a transcript's clock stamp at a line's start (00:12:03 女主播：…, [12:03] 宝宝们…) marks when, and states nothing
  const starts = raw.map((r) => (format === "markdown" ? r.start : afterStamp(text, r.start, r.end)));
  const candidates = raw.map((r, i) => {
    const c = r.labelled && r.voice === null ? labelCandidate(text, starts[i] as number, r.end) : null;
    return c?.spaced && format === "markdown" ? null : c;
  });
  const seen = new Map<string, number>();
  // labels set off by a space count with the colon ones towards a name's two lines, but never make a colon label known
  // (然后 我们… twice, then 然后：…)
  const seenSpaced = new Map<string, number>();
  for (const c of candidates) {
    if (!c) continue;
    const k = key(c.label);
    seenSpaced.set(k, (seenSpaced.get(k) ?? 0) + 1);
    if (!c.spaced) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const known = new Set((frontMatter?.speakers ?? []).map(key));
  for (const [label, count] of seen) if (count >= 2 && (!hanName.test(label) || label.length <= 6)) known.add(label);
  const spacedKnown = new Set(known);
  for (const [label, count] of seenSpaced) if (count >= 2) spacedKnown.add(label);
  const dotted = new Map<string, number>();
  for (const d of dottedNames(text))
    for (let n = 2; n <= d.last.length; n++) if (!dotted.has(d.last.slice(0, n))) dotted.set(d.last.slice(0, n), d.at);
  const ctx: LabelContext = { known, spacedKnown, dotted, at: 0, text, introduced: new Map() };
  const out: Line[] = [];
  // the name a documentary's name caption gave, for the next line with text
  let caption: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawLine;
    const c = candidates[i];
    ctx.at = r.start;
    const labelled = c && (c.spaced ? isSpacedSpeaker(c.label, ctx) : isSpeaker(c.label, ctx)) ? c : null;
    const named = caption;
    if (r.start < r.end) caption = null;
    const captioned = format === "markdown" || labelled || r.voice ? null : captionName(text.slice(r.start, r.end));
    if (captioned) {
      caption = captioned;
      continue;
    }
    const line: Line = {
      no: r.no,
      start: labelled ? labelled.content : (starts[i] as number),
      end: r.end,
      speaker: r.voice ?? labelled?.label ?? named,
      cue: r.cue,
      heading: r.heading,
    };
    if (r.labelled) splitAtLabels(text, line, ctx, out, format !== "markdown");
    else out.push(line);
  }
  return out;
}

// a clock stamp opening a transcript line, bracketed or not, before a space or Han text: 00:12:03, [12:03], (1:02:03.5)
const lineStamp = /^[[(（【]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])）】]?(?=[ \t\u3000]|\p{Script=Han})/u;

/** Where a line's content starts after a clock stamp and the blanks after it (00:12:03 女主播：…), else `s`. */
function afterStamp(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  const opens = c === 0x5b || c === 0x28 || c === 0xff08 || c === 0x3010;
  if (!(opens || (c >= 0x30 && c <= 0x39))) return s; // most lines: no stamp
  const m = lineStamp.exec(text.slice(s, Math.min(e, s + 16)));
  if (!m) return s;
  const q = skipBlankForward(text, s + m[0].length, e);
  return q < e ? q : s;
}

/**
 * Does a label set off by a space alone (主持人 那明年呢) name a speaker? Captions put a space at every pause, so the
 * first word of a line is often before one (然后 我们, 所以 这个): only a role word (主持人, 记者), or a name or titled
 * name (张总, 林一鸣) that starts two lines or more, or that the front matter lists.
 */
function isSpacedSpeaker(label: string, ctx: LabelContext): boolean {
  const k = key(label);
  if (notLabels.has(k)) return false;
  if (roleWords.has(k)) return !colonRoles.has(k) || ctx.spacedKnown.has(k);
  if (!ctx.spacedKnown.has(k)) return false;
  return (
    isRoleWithName(label) ||
    isAffiliatedRole(label) ||
    isTitledName(label) ||
    isHanPersonName(label) ||
    introducedName(label, ctx)
  );
}

/**
 * 赵磊, 孙倩: a family name and one character is as often a word (马上, 周末, 于是), so it names a speaker only where the
 * text introduces it right after a position word (请来了健身教练赵磊 还有跑者孙倩). Once per label: a long file opens many
 * lines with the same word, and each look reads the whole text.
 */
function introducedName(label: string, ctx: LabelContext): boolean {
  if (label.length !== 2 || !surnames.has(label[0] as string)) return false;
  let found = ctx.introduced.get(label);
  if (found === undefined) {
    found = false;
    for (let i = ctx.text.indexOf(label); i >= 0 && !found; i = ctx.text.indexOf(label, i + 1))
      found = proseTitles.before(ctx.text, i) !== null;
    ctx.introduced.set(label, found);
  }
  return found;
}

/** Sentence ends after which a label may start a new turn inside a line: 。？！?! */
const turnEnds = charTable("。？！?!");

/**
 * A line cut where a label starts after a sentence end and spaces ("主持人：有多少人？ 林一鸣：一共380人。" → two
 * Lines, the second with speaker 林一鸣): the label passes the same guards as at a line's start; only the colon form
 * (【掌声】, [笑] mid-line are asides, not turns). Each piece keeps its own range, so citations stay right. One pass;
 * a bounded look after each sentence end. The pieces are pushed onto `out`.
 * In captions (not Markdown), a caption space after a character ends a piece as a sentence end does: 恒指跌了五百点
 * 主持人：那明天呢 gives 主持人 the turn. A label of one Latin letter (选项 A：降息) takes no turn there, and a colon
 * between digits (12:30, 3:2) is no label's.
 */
function splitAtLabels(text: string, line: Line, ctx: LabelContext, out: Line[], captions: boolean): void {
  let cur = line;
  for (let i = line.start; i < line.end; i++) {
    const piece = captions && pauses[text.charCodeAt(i)] === 1 && pauses[text.charCodeAt(i - 1)] !== 1;
    if (turnEnds[text.charCodeAt(i)] !== 1 && !piece) continue;
    const p = skipBlankForward(text, i + 1, line.end);
    const open = text[p];
    if (p >= line.end || open === "【" || open === "[") continue;
    const c = labelCandidate(text, p, line.end);
    ctx.at = p;
    // only the colon form: a role set off by a space alone after a sentence end is the next sentence's topic
    if (!c || c.spaced || !isSpeaker(c.label, ctx)) continue;
    if (piece && (c.label.length < 2 || (!isLatin(c.label) && /\s/u.test(c.label)))) continue;
    out.push({ ...cur, end: piece ? i : i + 1 });
    cur = { ...line, start: c.content, speaker: c.label };
    i = c.content - 1;
  }
  out.push(cur);
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points

/** Recognises the format and finds the transcript lines of a decoded text. Never throws on malformed input. */
export function parseSource(path: string, text: string): ParsedSource {
  const format = detectFormat(path, text);
  const { starts, ends } = splitLines(text);
  const src: Lines = { text, starts, ends };
  let frontMatter: FrontMatter | null = null;
  let raw: RawLine[];
  if (format === "srt" || format === "vtt") {
    raw = cueLines(src, format === "vtt");
  } else if (format === "markdown") {
    const close = frontMatterClose(src);
    let from = 0;
    if (close !== null) {
      frontMatter = parseFrontMatter(text.slice(starts[1] ?? text.length, starts[close] ?? text.length));
      from = close + 1;
    }
    raw = markdownLines(src, from);
  } else {
    raw = textLines(src);
  }
  return { text, format, frontMatter, lineStarts: starts, lines: applyLabels(raw, text, frontMatter, format) };
}

/** 1-based line and column (in UTF-16 code units) of an offset, by binary search over `lineStarts`. */
export function lineOf(lineStarts: number[], offset: number): { line: number; column: number } {
  if (!Number.isFinite(offset) || offset < 0) throw new RangeError(`offset ${offset} is not in the text`);
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}
