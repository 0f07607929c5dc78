// A small matcher for vocabulary read from data/: which listed word stands right after (or right before) a position.
// Words are bucketed by their first (or last) character code and tried longest first, so a lookup costs a few string
// comparisons whatever the size of the list: linear in the input overall. Character codes, not one-character
// strings: text[i] of a Chinese character allocates a new string in V8, a code does not.

import { charIds, codeAt, idOf, idsGiven, isLatinCode } from "../chars.js";

export interface Entry<T> {
  word: string;
  info: T;
}

interface Word<T> extends Entry<T> {
  /** the word starts (ends) with a Latin letter: it must not continue (run on into) another letter */
  latinStart: boolean;
  latinEnd: boolean;
  /** the code of the word's second character, -1 for a word of one: most candidates fail there, with no string call */
  second: number;
}

/** Whether word `e` stands at `pos`: there, and not running on into a Latin letter when it ends in one. */
function standsAt<T>(e: Word<T>, text: string, pos: number): boolean {
  return text.startsWith(e.word, pos) && !(e.latinEnd && isLatinCode(codeAt(text, pos + e.word.length)));
}

const none: never[] = [];
const none16 = new Uint16Array(1);

/** The words that start with one character, longest first; when they are many, also by their second character. */
interface Bucket<T> {
  words: Word<T>[];
  /** a long bucket's words of two characters or more by their second character code (one array read instead of a
   * comparison per word: 一 starts over a hundred idioms), each list longest first; null for a short bucket */
  bySecond: Map<number, Word<T>[]> | null;
  /** a long bucket's words of one character */
  single: Word<T>[];
}

// a bucket of more words than this is also indexed by the second character
const longBucket = 8;

/** The first word of a longest-first list that stands at `pos`. */
function firstStanding<T>(list: readonly Word<T>[] | undefined, text: string, pos: number): Word<T> | null {
  if (!list) return null;
  const next = codeAt(text, pos + 1);
  for (const e of list) {
    if (e.second >= 0 && e.second !== next) continue;
    // the bucket matched the first character and this test the second: a word of two or fewer is there
    if (e.word.length > 2 && !text.startsWith(e.word, pos)) continue;
    if (e.latinEnd && isLatinCode(codeAt(text, pos + e.word.length))) continue;
    return e;
  }
  return null;
}

export class Lexicon<T> {
  /** the words as given, until the first lookup builds the tables (then null) */
  private entries: Entry<T>[] | null;
  /** the words that start with one character; one bucket per character */
  private readonly byFirst: Bucket<T>[] = [];
  /** the words that end with one character, longest first; one list per character */
  private readonly byLast: Word<T>[][] = [];
  /**
   * firsts[charIds[c]] is 1 + the index in byFirst of the words that start with the character code c, or 0 (no word
   * does): two array reads reject most characters and find the bucket of the rest (all first characters are BMP). The
   * table is indexed by the characters' dense ids (chars.ts), as long as the ids given when it was built: an id past
   * its end starts no word of it. 16 bits in every lexicon: tables of two kinds made V8 throw away the compiled
   * lookups when it met the second. Null until the first lookup: a run uses the lexicons its text calls for, and a
   * start builds few of the 200.
   */
  private firsts: Uint16Array | null = null;
  /** the same for the last characters, into byLast */
  private lasts: Uint16Array = none16;
  private longestWord = 0;

  constructor(entries: Iterable<Entry<T>>) {
    this.entries = [...entries];
  }

  /** The length of the longest word. */
  get longest(): number {
    this.table();
    return this.longestWord;
  }

  /** The codes of the characters that start a word. */
  get firstCodes(): number[] {
    this.table();
    return this.byFirst.map((b) => (b.words[0] as Word<T>).word.charCodeAt(0));
  }

  /** The first-character table, built from the entries at the first lookup. */
  private table(): Uint16Array {
    return this.firsts ?? this.build();
  }

  private build(): Uint16Array {
    const byFirst = new Map<number, Word<T>[]>();
    const byLast = new Map<number, Word<T>[]>();
    for (const e of this.entries ?? none) {
      const first = e.word.charCodeAt(0);
      const last = e.word.charCodeAt(e.word.length - 1);
      // one object literal for every word of every lexicon: one shape, which V8's compiled code can rely on
      const w: Word<T> = {
        word: e.word,
        info: e.info,
        latinStart: isLatinCode(first),
        latinEnd: isLatinCode(last),
        second: e.word.length > 1 ? e.word.charCodeAt(1) : -1,
      };
      push(byFirst, first, w);
      this.longestWord = Math.max(this.longestWord, e.word.length);
      push(byLast, last, w);
      idOf(first);
      idOf(last);
    }
    this.entries = null;
    const firsts = new Uint16Array(idsGiven());
    const lasts = new Uint16Array(idsGiven());
    const longestFirst = (a: Word<T>, b: Word<T>) => b.word.length - a.word.length;
    for (const [code, words] of byFirst)
      firsts[charIds[code] as number] = this.byFirst.push(bucket(words.sort(longestFirst)));
    for (const [code, words] of byLast) lasts[charIds[code] as number] = this.byLast.push(words.sort(longestFirst));
    this.lasts = lasts;
    this.firsts = firsts;
    return firsts;
  }

  /** The bucket of the words that start with the character at pos, which lies in the text; null if none does. */
  private bucketAt(text: string, pos: number): Bucket<T> | null {
    const k = at(this.table(), text.charCodeAt(pos));
    return k === 0 ? null : (this.byFirst[k - 1] as Bucket<T>);
  }

  /** Whether a word starts with the character code `c`: one array read, for the loops that try every character. */
  starts(c: number): boolean {
    return at(this.table(), c) !== 0;
  }

  /** The longest word starting at `pos`; a word ending in a Latin letter must not run on into another letter. */
  after(text: string, pos: number): Entry<T> | null {
    if (pos < 0 || pos >= text.length) return null;
    const b = this.bucketAt(text, pos);
    if (b === null) return null;
    if (b.bySecond === null) return firstStanding(b.words, text, pos);
    return firstStanding(b.bySecond.get(codeAt(text, pos + 1)), text, pos) ?? firstStanding(b.single, text, pos);
  }

  /** Every word starting at `pos`, longest first (with the same Latin-letter guard as `after`). */
  allAfter(text: string, pos: number): Entry<T>[] {
    if (pos < 0 || pos >= text.length) return none;
    return this.bucketAt(text, pos)?.words.filter((e) => standsAt(e, text, pos)) ?? none;
  }

  /** The longest word ending at `pos`; a word starting with a Latin letter must not continue a longer word. */
  before(text: string, pos: number): Entry<T> | null {
    if (pos <= 0 || pos > text.length) return null;
    this.table();
    const k = at(this.lasts, text.charCodeAt(pos - 1));
    for (const e of k === 0 ? none : (this.byLast[k - 1] as Word<T>[])) {
      const from = pos - e.word.length;
      if (from < 0 || !text.startsWith(e.word, from)) continue;
      if (e.latinStart && isLatinCode(codeAt(text, from - 1))) continue;
      return e;
    }
    return null;
  }

  /**
   * Every occurrence in `text`, left to right, longest at each position, non-overlapping; with `accept`, only the
   * words it accepts (the scan goes on right after a refused one).
   */
  scan(
    text: string,
    accept?: (entry: Entry<T>, pos: number) => boolean,
  ): { start: number; end: number; entry: Entry<T> }[] {
    const out: { start: number; end: number; entry: Entry<T> }[] = [];
    const firsts = this.table();
    for (let i = 0; i < text.length; i++) {
      if (at(firsts, text.charCodeAt(i)) === 0) continue;
      const e = this.after(text, i);
      if (!e || (accept && !accept(e, i))) continue;
      out.push({ start: i, end: i + e.word.length, entry: e });
      i += e.word.length - 1;
    }
    return out;
  }

  /** Whether any word occurs in `text`. */
  occursIn(text: string): boolean {
    const firsts = this.table();
    for (let i = 0; i < text.length; i++) if (at(firsts, text.charCodeAt(i)) !== 0 && this.after(text, i)) return true;
    return false;
  }
}

/** table[id of the character code c], or 0 when its id is past the table's end (given after the table was built). */
function at(table: Uint16Array, c: number): number {
  const id = charIds[c] as number;
  return id < table.length ? (table[id] as number) : 0;
}

/** A bucket of words with one first character, longest first; a long one is also indexed by the second character. */
function bucket<T>(words: Word<T>[]): Bucket<T> {
  if (words.length <= longBucket) return { words, bySecond: null, single: none };
  const bySecond = new Map<number, Word<T>[]>();
  for (const w of words) if (w.word.length > 1) push(bySecond, w.word.charCodeAt(1), w);
  return { words, bySecond, single: words.filter((w) => w.word.length === 1) };
}

function push<T>(map: Map<number, T[]>, key: number, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds a lexicon from groups of words that share their info: [{ words: [...], ...info }]. */
export function lexicon<G extends { words: string[] }, T>(groups: G[], info: (g: G) => T): Lexicon<T> {
  return new Lexicon(groups.flatMap((g) => g.words.map((word) => ({ word, info: info(g) }))));
}

/** A lexicon of plain words, whose only information is that they stand there. */
export function wordLexicon(words: readonly string[]): Lexicon<true> {
  return new Lexicon(words.map((word) => ({ word, info: true as const })));
}
