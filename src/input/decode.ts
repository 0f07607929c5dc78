// Bytes to text. A transcript arrives as UTF-8 (with or without a BOM), UTF-16 with a BOM (Windows tools), or
// GB18030/GBK (older Chinese tools and sites). Anything else (Big5 included) is refused with one actionable line: a wrong guess
// would silently turn figures into mojibake, and a fact-checker must never read a figure that is not in the file.
// The decoded text is returned exactly: line ends (CRLF, CR) are not rewritten, so offsets stay faithful.

/** A user-facing problem with one input: the message is one line and says what to do. */
export class InputError extends Error {
  override name = "InputError";
}

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";
}

/** Share of control characters (other than tab, LF, VT, FF, CR, ESC) above which decoded "text" is binary. */
const maxControlShare = 0.01;
/**
 * A lossy UTF-8 reading with at most this share of U+FFFD (or at most a few, for a short file) is text with some bad
 * bytes, reported as an encoding problem; more is binary. Random bytes give about one U+FFFD in two characters.
 */
const maxReplacementShareForText = 0.02;
const fewReplacements = { count: 3, share: 0.1 };
/** How much of the text the control/PUA check reads: enough to tell text from binary, cheap on 50 MB. */
const sniffChars = 1 << 16;

/** File signatures of binary formats people mistake for transcripts, to name them in the error. */
const signatures: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "a GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: "a PDF document (extract its text first)" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "a ZIP archive (a .docx? save it as plain text first)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: "an old Office document (save it as plain text first)" },
  { bytes: [0x1f, 0x8b], name: "a gzip archive" },
  { bytes: [0x49, 0x44, 0x33], name: "an MP3 audio file (transcribe it first)" },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: "a RIFF media file (WAV/AVI)" },
  { bytes: [0x4f, 0x67, 0x67, 0x53], name: "an Ogg media file" },
  { bytes: [0x66, 0x4c, 0x61, 0x43], name: "a FLAC audio file" },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], name: "a Matroska/WebM video" },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** "a PNG image" etc. when the bytes start with a known signature (MP4/MOV carry theirs at offset 4). */
function sniffBinary(bytes: Uint8Array): string | null {
  for (const s of signatures) if (startsWith(bytes, s.bytes)) return s.name;
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return "an MP4/MOV media file (transcribe it first)";
  return null;
}

function binaryError(bytes: Uint8Array, why: string): InputError {
  const kind = sniffBinary(bytes);
  const what = kind ? `looks like ${kind}` : why;
  return new InputError(`binary file: ${what}; expected a text transcript (.txt, .srt, .vtt, .md) in UTF-8`);
}

/** Decodes strictly; null when the bytes are not valid in `encoding`. The BOM, if any, was cut off by the caller. */
function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Is this code unit a control character that plain text does not contain? Tab, LF, VT, FF, CR and ESC are allowed. */
function isStrayControl(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b;
  return c === 0x7f || (c >= 0x80 && c <= 0x9f);
}

/** Private Use Area: GB18030 maps its user-defined areas there, so random bytes read as GB18030 land in it. */
function isPrivateUse(c: number): boolean {
  return c >= 0xe000 && c <= 0xf8ff;
}

/** Looks at the start of decoded text and says why it is not text, or null. */
function notText(text: string, countPrivateUse: boolean): string | null {
  const n = Math.min(text.length, sniffChars);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return "contains NUL characters";
    if (isStrayControl(c) || (countPrivateUse && isPrivateUse(c))) odd++;
  }
  if (n > 0 && odd / n > maxControlShare) return "contains control characters, not text";
  // Beyond the sniffed prefix only NUL is checked: one indexOf, linear and fast.
  if (text.length > n && text.indexOf("\0", n) >= 0) return "contains NUL characters";
  return null;
}

/** 1-based line of the first U+FFFD in a lossy reading, and its byte offset, for the invalid-UTF-8 message. */
function firstBadByte(bytes: Uint8Array, lossy: string): { offset: number; line: number } {
  const at = lossy.indexOf("\uFFFD");
  const prefix = at < 0 ? lossy : lossy.slice(0, at);
  let line = 1;
  for (let i = prefix.indexOf("\n"); i >= 0; i = prefix.indexOf("\n", i + 1)) line++;
  const offset = Math.min(new TextEncoder().encode(prefix).length, bytes.length - 1);
  return { offset, line };
}

/** NUL bytes mostly at even (or mostly at odd) positions: UTF-16 text that lost its BOM. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, sniffChars) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (even > half * 0.2 && odd < half * 0.02) || (odd > half * 0.2 && even < half * 0.02);
}

/**
 * Big5 (traditional Chinese from Taiwan and Hong Kong) is also valid GB18030 byte for byte, and would read as
 * mojibake without any error. Its second bytes are often 0x40–0x7E, which GB2312-range text almost never uses:
 * more than this share of such pairs, in bytes that are valid Big5, is refused rather than guessed.
 */
const big5LowTrailShare = 0.25;

function looksLikeBig5(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, sniffChars);
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < n - 1; i++) {
    if ((bytes[i] ?? 0) < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3; // a four-byte GB18030 sequence: not Big5
      continue;
    }
    pairs++;
    if (trail >= 0x40 && trail <= 0x7e) low++;
    i++;
  }
  return pairs >= 10 && low / pairs > big5LowTrailShare && strict("big5", bytes) !== null;
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    throw new InputError(
      `${encoding.toUpperCase()} file has an odd number of bytes: it is truncated; re-save it as UTF-8`,
    );
  }
  const text = strict(encoding, body);
  if (text === null) {
    throw new InputError(`invalid ${encoding.toUpperCase()} (an unpaired surrogate): re-save the file as UTF-8`);
  }
  const why = notText(text, false);
  if (why) throw binaryError(bytes, why);
  return { text, encoding };
}

/**
 * Decodes a transcript file: UTF-8 with a BOM (stripped), UTF-16 LE/BE with a BOM, else valid UTF-8, else GB18030.
 * Throws InputError("binary file: …") for NUL bytes outside UTF-16 or bytes that are not text in any of these
 * encodings, and InputError for invalid UTF-8 that is not GB18030 either. Line ends are left as they are.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: "", encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new InputError("UTF-32 is not supported: re-save the file as UTF-8");
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, "utf-16be");

  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    if (!bom && looksLikeUtf16WithoutBom(bytes)) {
      throw new InputError(
        "looks like UTF-16 without a byte-order mark: re-save the file as UTF-8 (or UTF-16 with BOM)",
      );
    }
    throw binaryError(bytes, `contains NUL bytes (first at byte ${nul + (bom ? 3 : 0)})`);
  }

  const utf8 = strict("utf-8", body);
  if (utf8 !== null) {
    const why = notText(utf8, false);
    if (why) throw binaryError(bytes, why);
    return { text: utf8, encoding: bom ? "utf-8-bom" : "utf-8" };
  }
  if (!bom) {
    const gb = strict("gb18030", body);
    if (gb !== null && looksLikeBig5(body)) {
      throw new InputError("looks like Big5 (traditional Chinese), which is not supported: re-save the file as UTF-8");
    }
    if (gb !== null && notText(gb, true) === null) return { text: gb, encoding: "gb18030" };
  }

  // Neither encoding reads it: a text file with a few bad bytes gets their place, anything else is binary.
  const lossy = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  const sample = lossy.slice(0, sniffChars);
  let bad = 0;
  for (let i = sample.indexOf("\uFFFD"); i >= 0; i = sample.indexOf("\uFFFD", i + 1)) bad++;
  const share = sample.length > 0 ? bad / sample.length : 1;
  const fewBad =
    share <= maxReplacementShareForText || (bad <= fewReplacements.count && share <= fewReplacements.share);
  if (fewBad && notText(sample, false) === null) {
    const at = firstBadByte(body, lossy);
    const byte = (body[at.offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    const offset = at.offset + (bom ? 3 : 0);
    throw new InputError(
      `not valid UTF-8 (byte 0x${byte} at offset ${offset}, line ${at.line}) nor GB18030: re-save the file as UTF-8`,
    );
  }
  throw binaryError(bytes, "not text in UTF-8, UTF-16 or GB18030");
}
