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

/** The same, of 16 bits per code (the lexicons' first characters, the time tables). */
export function wordTable(): Uint16Array {
  const { buffer, at } = carve(131072);
  return new Uint16Array(buffer, at, 65536);
}

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
/** Closing quotes and brackets, which may follow the mark that ends a sentence or a question. */
export const closingChars = "”」』）)\"'’";
/** Chinese quotation marks, opening and closing: a quote's words are the one named around it (“…”王传福说). */
export const quoteOpens = charTable("“「『");
export const quoteCloses = charTable("”」』");
