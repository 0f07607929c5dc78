// A small matcher for vocabulary read from data/: which listed word stands right after (or right before) a position.
// Words are bucketed by their first (or last) character code and tried longest first, so a lookup costs a few string
// comparisons whatever the size of the list: linear in the input overall. Character codes, not one-character
// strings: text[i] of a Chinese character allocates a new string in V8, a code does not.

import { codeAt } from "../chars.js";

export interface Entry<T> {
  word: string;
  info: T;
}

interface Word<T> extends Entry<T> {
  /** the word starts (ends) with a Latin letter: it must not continue (run on into) another letter */
  latinStart: boolean;
  latinEnd: boolean;
}

const isLatinCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether word `e` stands at `pos`: there, and not running on into a Latin letter when it ends in one. */
function standsAt<T>(e: Word<T>, text: string, pos: number): boolean {
  return text.startsWith(e.word, pos) && !(e.latinEnd && isLatinCode(codeAt(text, pos + e.word.length)));
}

const none: never[] = [];

/**
 * Every character that starts a word of some word list gets a small number, shared by all lists: a list keeps its
 * words that start with the character under that number, so finding them is two array reads, and a list costs an
 * array as long as the numbers given so far, not a table of every character (time.ts's tables use it too).
 */
const firstIds = new Uint16Array(65536);
let firstCount = 0;

/** The number of the character code c, given on first use. */
export function firstIdOf(c: number): number {
  if (firstIds[c] === 0) firstIds[c] = ++firstCount;
  return firstIds[c] as number;
}

/** The number of the character code c, or 0 when no word starts with it. */
export const firstId = (c: number): number => firstIds[c] as number;

/** Lists by number: slot firstIdOf(c) of the result holds what `byCode` keeps for the character code c. */
export function byFirstId<L>(byCode: Map<number, L>): (L | undefined)[] {
  const out: (L | undefined)[] = [];
  for (const code of byCode.keys()) firstIdOf(code);
  for (let id = 0; id <= firstCount; id++) out.push(undefined);
  for (const [code, list] of byCode) out[firstIds[code] as number] = list;
  return out;
}

export class Lexicon<T> {
  /** the words that start with a character, longest first, under its number (firstIdOf) */
  private readonly byFirst: (Word<T>[] | undefined)[];
  /** the words that end with the character code, longest first */
  private readonly byLast = new Map<number, Word<T>[]>();

  constructor(entries: Iterable<Entry<T>>) {
    const byFirst = new Map<number, Word<T>[]>();
    for (const e of entries) {
      const first = e.word.charCodeAt(0);
      const last = e.word.charCodeAt(e.word.length - 1);
      // one object literal for every word of every lexicon: one shape, which V8's compiled code can rely on
      const w: Word<T> = { word: e.word, info: e.info, latinStart: isLatinCode(first), latinEnd: isLatinCode(last) };
      push(byFirst, first, w);
      push(this.byLast, last, w);
    }
    for (const list of [...byFirst.values(), ...this.byLast.values()])
      list.sort((a, b) => b.word.length - a.word.length);
    this.byFirst = byFirstId(byFirst);
  }

  /** The words that start with the character code c (none: undefined). */
  private startingWith(c: number): Word<T>[] | undefined {
    // a list made before later lists numbered more characters is shorter (a read past its end is slow in V8)
    const id = firstIds[c] as number;
    return id < this.byFirst.length ? this.byFirst[id] : undefined;
  }

  /** The longest word starting at `pos`; a word ending in a Latin letter must not run on into another letter. */
  after(text: string, pos: number): Entry<T> | null {
    if (pos < 0 || pos >= text.length) return null;
    for (const e of this.startingWith(text.charCodeAt(pos)) ?? none) if (standsAt(e, text, pos)) return e;
    return null;
  }

  /** Every word starting at `pos`, longest first (with the same Latin-letter guard as `after`). */
  allAfter(text: string, pos: number): Entry<T>[] {
    const list = pos >= 0 && pos < text.length ? this.startingWith(text.charCodeAt(pos)) : undefined;
    return list === undefined ? none : list.filter((e) => standsAt(e, text, pos));
  }

  /** The longest word ending at `pos`; a word starting with a Latin letter must not continue a longer word. */
  before(text: string, pos: number): Entry<T> | null {
    if (pos <= 0 || pos > text.length) return null;
    for (const e of this.byLast.get(text.charCodeAt(pos - 1)) ?? none) {
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
    for (let i = 0; i < text.length; i++) {
      if (this.startingWith(text.charCodeAt(i)) === undefined) continue;
      const e = this.after(text, i);
      if (!e || (accept && !accept(e, i))) continue;
      out.push({ start: i, end: i + e.word.length, entry: e });
      i += e.word.length - 1;
    }
    return out;
  }

  /** Whether any word occurs in `text`. */
  occursIn(text: string): boolean {
    for (let i = 0; i < text.length; i++)
      if (this.startingWith(text.charCodeAt(i)) !== undefined && this.after(text, i)) return true;
    return false;
  }
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
