// segment: the readable lines of a source become sentences. Caption files put one short caption per line with
// almost no punctuation, so a sentence may run across lines ("明年第一季度 / 会发布一款…新模型"); a sentence ends at
// 。！？ (also mid-line), before a line that opens a new thought (但是, 而且, 他…, from data/zh/discourse.yaml), or
// when it grows past a few lines. Each sentence keeps, for every character it reads, the offset of that character in
// the source, so every span found later cites the input exactly. Zero-width characters and Markdown emphasis markers
// are skipped for reading without shifting citations.
import { charTable, closingChars, isHan, tableAt } from "../chars.js";
import { loadData, type Zod } from "../data.js";
import type { Line, ParsedSource } from "../input/source.js";
import { wordLexicon } from "../recognize/lexicon.js";
import { isArabicDigit, isNumeralChar } from "../recognize/numeral.js";

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const Discourse = z.object({
    fillers: z.array(z.string().min(1)).describe("words skipped, with a pause after them, before an opener"),
    topicMarkers: z.array(z.string().min(1)).describe("words that end a topic opening a caption line, before a pause"),
    topicMaxChars: z.int().min(1).describe("how long the topic before a marker may be"),
    looseTopicMarkers: z
      .array(z.string().min(1))
      .describe("topic markers that after a condition's line end no sentence: 的话 may close its consequent"),
    notTopics: z
      .array(z.string().min(1))
      .describe("words opening a topic that point back to the line before: 这样的话"),
    hangers: z.array(z.string().min(1)).describe("words that, ending a caption line, leave its sentence open"),
    amountOpeners: z.array(z.string().min(1)).describe("words before a number that open an amount: 百分之"),
    amountHangers: z
      .array(z.string().min(1))
      .describe("verbs of change that, ending a caption line, leave its sentence open before a number"),
    sayings: z.array(z.string().min(1)).describe("verbs of saying that, ending a caption line, open a sentence"),
    notSayings: z.array(z.string().min(1)).describe("line ends in a verb of saying that report no one (以后再说)"),
    openers: z.array(z.string().min(1)).describe("words that open a new sentence at the start of a caption line"),
    subjectOpeners: z
      .array(z.string().min(1))
      .describe("words that open a new sentence at the start of a caption line holding no numeral: 说到"),
    notSubjects: z.array(z.string().min(1)).describe("idioms starting with a subject opener that open none: 说到底"),
    conditionOpeners: z
      .array(z.string().min(1))
      .describe("words that open a condition: a caption line of one with no pause leaves its sentence open"),
    maxLines: z.int().min(1).describe("a sentence joined from captions spans at most this many lines"),
    maxChars: z.int().min(1).describe("stop joining captions once a sentence is this long"),
    maxSentence: z.int().min(50).describe("a sentence without 。 is cut at a clause break once it is this long"),
  });
  return { Discourse };
}
const discourse = loadData("discourse", (z) => schemas(z).Discourse);
const openers = wordLexicon(discourse.openers);
const subjectOpeners = wordLexicon(discourse.subjectOpeners);
const notSubjects = wordLexicon(discourse.notSubjects);
const fillers = wordLexicon(discourse.fillers);
const topicMarkers = wordLexicon(discourse.topicMarkers);
const looseTopicMarkers = wordLexicon(discourse.looseTopicMarkers);
const notTopics = wordLexicon(discourse.notTopics);
const hangers = wordLexicon(discourse.hangers);
const amountHangers = wordLexicon(discourse.amountHangers);
const amountOpeners = wordLexicon(discourse.amountOpeners);
const sayings = wordLexicon(discourse.sayings);
const conditionOpeners = wordLexicon(discourse.conditionOpeners);
const notSayings = wordLexicon(discourse.notSayings);
// a line that ends in a figure in digits right after a Han character (提高了25, 每秒3.6) or that is one (2.5): not a
// name or a version (命名为GPT-6, 欢迎来到GTC 2025)
const endsInDigit = (text: string) => {
  let i = text.trimEnd().length - 1;
  if (!isArabicDigit(text.charCodeAt(i))) return false;
  while (i > 0 && (isArabicDigit(text.charCodeAt(i - 1)) || text[i - 1] === ".")) i--;
  return i === 0 || isHan(text.charCodeAt(i - 1));
};
/**
 * Whether a caption line is a condition still open: it opens with a condition word and holds no pause, so its
 * consequent is not on it (如果明年市场好 / 我们打算再开十家店; not 如果价格涨两成 我们就亏了).
 */
const opensCondition = (text: string) => {
  const t = text.trim();
  if (conditionOpeners.after(t, 0) === null) return false;
  for (let i = 0; i < t.length; i++) if (pauses[t.charCodeAt(i)] === 1) return false;
  return true;
};
/** Whether a caption line ends with one of `words` (trailing spaces aside). */
const endsWith = (text: string, words: typeof hangers) => words.before(text, text.trimEnd().length) !== null;
/** Whether a caption line ends with a verb of saying that reports (有报道说; not 以后再说). */
const endsSaying = (text: string) => endsWith(text, sayings) && !endsWith(text, notSayings);
/** Whether a caption line ends with a verb of change and the next opens with a number: its amount (再降 / 百分之十). */
const endsChanging = (text: string, next: string) => {
  const first = next.trimStart();
  return endsWith(text, amountHangers) && (isNumeralChar(first.charAt(0)) || amountOpeners.after(first, 0) !== null);
};

export interface Piece {
  at: number;
  source: number;
}

/** The source offset of text[i] of a sentence; for i = text.length, the offset just past its last character. */
export function offsetOf(s: Sentence, i: number): number {
  if (i >= s.text.length) return s.text.length === 0 ? 0 : offsetOf(s, s.text.length - 1) + 1;
  let lo = 0;
  let hi = s.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s.pieces[mid] as Piece).at <= i) lo = mid;
    else hi = mid - 1;
  }
  const p = s.pieces[lo] as Piece;
  return p.source + (i - p.at);
}

export interface Sentence {
  /** the text as read: captions joined with "\n" between lines, skipped characters removed */
  text: string;
  /**
   * Where the text stands in the source, as the runs of it that run on in the source: text[i] is at source offset
   * p.source + (i - p.at) for the last piece p with p.at <= i (offsetOf). A caption break ("\n") runs on from the
   * line before it: its offset is just past that line's last character.
   */
  pieces: Piece[];
  firstLine: number;
  lastLine: number;
  /** a speaker label on the sentence's first line (主持人：…), if any */
  label: string | null;
  cue: { from: string; to: string } | null;
  heading: boolean;
  /** true for the first sentence of a paragraph or a labelled turn */
  turnStart: boolean;
}

// U+200B ZERO WIDTH SPACE, U+200C ZWNJ, U+200D ZWJ, U+2060 WORD JOINER, U+FEFF BOM
const invisible = charTable("\u200b\u200c\u200d\u2060\ufeff");
const markdownMarks = charTable("*`");
const terminal = charTable("。！？!?；;…");
const clauseBreaks = charTable("，,、；;：: \t");
const closers = charTable(closingChars);

/**
 * Reads one line's content: the characters kept for reading, with their source offsets, or null for the offsets
 * when nothing was skipped (offset = line.start + index: most lines).
 */
function readLine(src: ParsedSource, line: Line): { text: string; offsets: number[] | null } {
  const links = src.format === "markdown" ? linkSyntax(src.text, line.start, line.end) : null;
  const skipped = (k: number) => {
    const c = src.text.charCodeAt(k);
    return invisible[c] === 1 || (src.format === "markdown" && markdownMarks[c] === 1) || links?.[k - line.start] === 1;
  };
  let i = line.start;
  while (i < line.end && !skipped(i)) i++;
  if (i === line.end) return { text: src.text.slice(line.start, line.end), offsets: null };
  let text = "";
  let from = line.start;
  const offsets: number[] = [];
  for (let k = line.start; k < line.end; k++) {
    if (!skipped(k)) {
      offsets.push(k);
      continue;
    }
    text += src.text.slice(from, k);
    from = k + 1;
  }
  return { text: text + src.text.slice(from, line.end), offsets };
}

/**
 * The syntax of Markdown links in text[start, end) (据[路透社](https://…)报道 reads 据路透社报道): 1 at the "[", and at
 * "](", the address and ")"; the link's words are read. Null when the line has none. One pass: after "](" the scan
 * goes on past its ")".
 */
function linkSyntax(text: string, start: number, end: number): Uint8Array | null {
  // within the line only: a search on to the text's end would make a long file's lines cost its length each
  let found = false;
  for (let k = start; k + 1 < end && !found; k++)
    found = text.charCodeAt(k) === 0x5d && text.charCodeAt(k + 1) === 0x28;
  if (!found) return null;
  const mask = new Uint8Array(end - start);
  let open = -1;
  for (let k = start; k < end; k++) {
    const c = text[k];
    if (c === "[") open = k;
    else if (c === "]" && text[k + 1] === "(" && open >= 0) {
      let close = k + 2;
      while (close < end && text[close] !== ")" && text[close] !== " ") close++;
      if (close >= end || text[close] !== ")") {
        open = -1;
        continue;
      }
      mask[open - start] = 1;
      mask.fill(1, k - start, close + 1 - start);
      open = -1;
      k = close;
    }
  }
  return mask;
}

const pauses = charTable(" \t\u3000，,、");

/**
 * Whether a caption line opens a new thought: an opener at its start (where `byOpener`), or a topic (供应链方面,
 * 保交楼这块) and a pause, after any fillers and their pauses (好 接下来, 嗯 供应链方面).
 */
function opensThought(text: string, byOpener: boolean): boolean {
  let at = 0;
  for (;;) {
    if ((byOpener && openers.starts(text.charCodeAt(at)) && openers.after(text, at)) || opensTopic(text, at, byOpener))
      return true;
    if (byOpener && opensSubject(text, at)) return true;
    const filler = fillers.starts(text.charCodeAt(at)) ? fillers.after(text, at) : null;
    if (!filler || pauses[text.charCodeAt(at + filler.word.length)] !== 1) return false;
    at += filler.word.length;
    while (pauses[text.charCodeAt(at)] === 1) at++;
  }
}

/**
 * Whether a new subject is named at `at` (说到 这个 行业): a subject opener, not an idiom (说到底), on a caption line
 * that holds no numeral (说到七点二 picks up a figure just said).
 */
function opensSubject(text: string, at: number): boolean {
  if (!subjectOpeners.starts(text.charCodeAt(at)) || !subjectOpeners.after(text, at) || notSubjects.after(text, at))
    return false;
  for (let i = 0; i < text.length; i++) if (isNumeralChar(text.charAt(i))) return false;
  return true;
}

/**
 * Whether a topic and a pause stand at `at`: a few characters with no pause, a marker, then a pause; a loose marker
 * (用户侧的话) only where `loose` (not after a condition's line: 如果价格稳定 / 明年的话 我们能卖100万台 goes on).
 */
function opensTopic(text: string, at: number, loose: boolean): boolean {
  // a topic that points back (这样的话 我们明年能卖100万台) goes on with the line before
  if (notTopics.starts(text.charCodeAt(at)) && notTopics.after(text, at)) return false;
  for (let k = at + 1; k <= at + discourse.topicMaxChars && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (pauses[c] === 1) return false;
    const m =
      (topicMarkers.starts(c) ? topicMarkers.after(text, k) : null) ??
      (loose && looseTopicMarkers.starts(c) ? looseTopicMarkers.after(text, k) : null);
    if (m && tableAt(pauses, text, k + m.word.length) === 1) return true;
  }
  return false;
}

/** Whether a sentence already `length` long is cut after text[i]: see maxSentence. */
function cuts(text: string, i: number, length: number): boolean {
  if (length >= 4 * discourse.maxSentence) return true;
  const inFigure = isNumeralChar(text[i - 1] ?? "") || isNumeralChar(text[i + 1] ?? "") || isNumeralChar(text[i] ?? "");
  return !inFigure && (clauseBreaks[text.charCodeAt(i)] === 1 || length >= 2 * discourse.maxSentence);
}

export function segment(src: ParsedSource): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence | null = null;
  let curLines = 0;
  let prevLine: Line | null = null;
  let prevText = "";
  const close = () => {
    if (cur && cur.text.trim() !== "") out.push(cur);
    cur = null;
    curLines = 0;
  };
  for (const line of src.lines) {
    const { text, offsets } = readLine(src, line);
    if (text.trim() === "") continue;
    // a gap (blank line, new SRT cue after a pause is not a gap), a label, a heading or an opener ends the sentence
    const gap = prevLine !== null && line.no > prevLine.no + 1 && line.cue === null;
    // a subtitle cue that names the speaker of the cue before it (WebVTT puts <v 张敏> on every cue) goes on with that
    // speaker's sentence, as an unlabelled caption does: 我们明年的目标是ARR做到两个亿 ⏎ <v 张敏>也就是说要增长66%
    const sameVoice = line.cue !== null && prevLine?.cue != null && !gap && prevLine.speaker === line.speaker;
    const newTurn = (line.speaker !== null && !sameVoice) || line.heading || (prevLine?.heading ?? false);
    // a Markdown table row (| 2025财年第一季度 | 260亿美元 | 262% |) is a sentence of its own: rows are not wrapped prose
    const isRow = (t: string) => src.format === "markdown" && t.trimStart().startsWith("|");
    const row = isRow(text) || isRow(prevText);
    // the line before ends with 是, 到, 预计… or a verb of saying: this line goes on with its sentence
    const hangs =
      prevText !== "" && (endsWith(prevText, hangers) || endsSaying(prevText) || endsChanging(prevText, text));
    // …and after a condition's line with its consequent still to come, a word that opens a thought does not end it,
    // a topic does (如果价格稳定 / 明年我们能卖100万台; 如果线上占比能做到一半 / 嗯 供应链方面 我们有12个大仓)
    const conditioned = prevText !== "" && opensCondition(prevText);
    // …and past maxLines only, when it ends in digits: a caption cut inside a figure (提高了2.5 / 倍) goes on with its
    // unit, but an opener (几分之1 / 所以…) still starts a new sentence
    const cutFigure = prevText !== "" && endsInDigit(prevText);
    if (
      cur &&
      (gap ||
        newTurn ||
        row ||
        (cur as Sentence).text.length >= discourse.maxChars ||
        (!hangs &&
          ((curLines >= discourse.maxLines && !cutFigure) || opensThought(text, !conditioned) || endsSaying(text))))
    ) {
      close();
    }
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // a line of endless text without 。 is cut at a clause break past maxSentence, or anywhere but inside a
      // figure past twice that, or anywhere past four times that (nothing but numerals), so that every later stage
      // works on bounded sentences: linear on any input
      const length = i - from;
      if (length >= discourse.maxSentence && cuts(text, i, length)) {
        append(text, offsets, from, i + 1, line);
        close();
        from = i + 1;
        continue;
      }
      // a sentence ends after terminal punctuation and any closing quotes that follow it
      if (terminal[c] !== 1) continue;
      let j = i + 1;
      while (j < text.length && (terminal[text.charCodeAt(j)] === 1 || closers[text.charCodeAt(j)] === 1)) j++;
      append(text, offsets, from, j, line);
      close();
      from = j;
      i = j - 1;
    }
    if (from < text.length) append(text, offsets, from, text.length, line);
    prevLine = line;
    prevText = text;
  }
  close();
  return out;

  /** Appends text[from, to) of a line, whose offsets are `offsets` (null: line.start + index). */
  function append(lineText: string, offsets: number[] | null, from: number, to: number, line: Line) {
    const text = lineText.slice(from, to);
    if (text.trim() === "" && !cur) return;
    if (!cur) {
      cur = {
        text: "",
        pieces: [],
        firstLine: line.no,
        lastLine: line.no,
        label: line.speaker,
        cue: line.cue ? { from: line.cue.from, to: line.cue.to } : null,
        heading: line.heading,
        turnStart: line.speaker !== null || prevLine === null || line.no > (prevLine?.no ?? 0) + 1,
      };
    } else if (cur.lastLine !== line.no) {
      // a line break inside a sentence reads as "\n": it keeps numerals on two captions apart (2 / 3 is not 23)
      cur.text += "\n";
    }
    if (cur.lastLine !== line.no) curLines++;
    if (curLines === 0) curLines = 1;
    for (let k = from; k < to; k++) {
      const source = offsets ? (offsets[k] as number) : line.start + k;
      const at = cur.text.length + k - from;
      const last = cur.pieces[cur.pieces.length - 1];
      if (!last || last.source + (at - last.at) !== source) cur.pieces.push({ at, source });
      if (!offsets) break; // the rest of a line without skipped characters runs on from here
    }
    cur.text += text;
    cur.lastLine = line.no;
    // the cues the sentence spans; a line whose cue lost its timestamp (a broken SRT) has none to add
    if (line.cue && cur.cue) cur.cue.to = line.cue.to;
    else if (line.cue) cur.cue = { from: line.cue.from, to: line.cue.to };
  }
}

/** The sentence's text for people: caption breaks read as nothing between Chinese characters, a space otherwise. */
export function readable(text: string): string {
  let out = "";
  let from = 0;
  // the character after a break is that break's: the next break does not look back at it (A\n中\nB reads "A中 B")
  let taken = -1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    const before = i - 1 !== taken && !lineEnds.has(text[i - 1] ?? "\n") ? (text[i - 1] as string) : "";
    const after = !lineEnds.has(text[i + 1] ?? "\n") ? (text[i + 1] as string) : "";
    out += text.slice(from, i) + (isCjk(before) || isCjk(after) ? "" : " ");
    from = i + 1;
    taken = after === "" ? -1 : i + 1;
  }
  return (out + text.slice(from)).trim();
}
const lineEnds = new Set(["\n", "\r", "\u2028", "\u2029"]);
const isCjk = (c: string) => c !== "" && /[\u3000-\u9fff\uff00-\uffef]/u.test(c);
