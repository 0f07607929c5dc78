// Character sets for the hot loops: a table indexed by UTF-16 code, so a lookup is one array read and reading a
// character allocates nothing (text[i] of a Chinese character makes a new string in V8; charCodeAt does not).

/**
 * Tables are cut from blocks of 1 MB. The system gives a block that large as pages mapped on first touch, and a table
 * is only ever touched in the few pages where its characters lie; a start makes some 80 tables, and allocating each
 * 64 KB on its own cost some 10 ms of zero-filling.
 */
const blockSize = 1 << 20;
let block = new ArrayBuffer(0);
let used = 0;

/** The next `bytes` of a block: a new block when this one is full. */
function carve(bytes: number): { buffer: ArrayBuffer; at: number } {
  if (used + bytes > block.byteLength) {
    block = new ArrayBuffer(blockSize);
    used = 0;
  }
  used += bytes;
  return { buffer: block, at: used - bytes };
}

/** A zeroed table of one byte per UTF-16 code (charTable). */
export function byteTable(): Uint8Array {
  const { buffer, at } = carve(65536);
  return new Uint8Array(buffer, at, 65536);
}

/** The same, of 16 bits per code (the lexicons' character ids, the time tables). */
export function wordTable(): Uint16Array {
  const { buffer, at } = carve(131072);
  return new Uint16Array(buffer, at, 65536);
}

/**
 * Dense ids of the characters that start or end a word of some lexicon (recognize/lexicon.ts), by UTF-16 code; 0 for
 * every other character (some 1,700 are given on the sample). A lexicon's own tables are indexed by these ids: a few
 * kilobytes each instead of 128 KB by code, for the two hundred lexicons a sentence is scanned with one after another
 * (under cachegrind, 1.6% fewer instructions and 3.4% fewer first-level data misses on 300 KB of the sample).
 */
export const charIds = wordTable();
let idCount = 1;

/** The id of a character code, given one on first use. */
export function idOf(code: number): number {
  if (charIds[code] === 0) charIds[code] = idCount++;
  return charIds[code] as number;
}

/** One more than the highest id given so far: the size of a table indexed by id. */
export const idsGiven = (): number => idCount;

/**
 * A set of characters of the Basic Multilingual Plane: table[text.charCodeAt(i)] is 1 for a member. Only single
 * UTF-16 units are members: a longer string in `chars` (a word in a vocabulary list) never matches one character.
 */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = byteTable();
  for (const c of chars) if (c.length === 1) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * The UTF-16 code at i, or -1 outside the text. The scanners look one character past either end of a word all the
 * time; charCodeAt answers NaN there, and V8 throws away the compiled code of a function the first time it reads out
 * of bounds (and again for each function it was inlined into), so every thread would compile the scanners twice.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** table[code at i], or 0 outside the text (a table read out of bounds deoptimises like charCodeAt). */
export const tableAt = (table: Uint8Array, text: string, i: number): number =>
  i >= 0 && i < text.length ? (table[text.charCodeAt(i)] ?? 0) : 0;

/** A CJK unified ideograph of the basic block (U+4E00–U+9FFF), by code; false for -1 (outside the text). */
export const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Whether a code is an ASCII Latin letter (A–Z, a–z). */
export const isLatinCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Spaces, which subtitles write for punctuation between two Chinese characters: a caption's pauses. */
export const pauseChars = " \t\u3000";
export const pauses = charTable(pauseChars);
/** The first position at or after `pos` that is no caption space (the text's length at most). */
export function skipPauses(text: string, pos: number): number {
  let k = pos;
  while (tableAt(pauses, text, k) === 1) k++;
  return k;
}
/** Closing quotes and brackets, which may follow the mark that ends a sentence or a question. */
export const closingChars = "”」』）)\"'’";
/** Chinese quotation marks, opening and closing: a quote's words are the one named around it (“…”王传福说). */
export const quoteOpens = charTable("“「『");
export const quoteCloses = charTable("”」』");
