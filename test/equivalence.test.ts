// The same transcript must give the same claims whatever its container: SRT cues, other encodings, Traditional
// characters. Only where things stand (lines, cue timestamps) and how they are spelled may differ.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractBytes } from "../src/extract.js";
import type { Claim, Document } from "../src/schema.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const extractFile = (path: string) => extractBytes(fixture(path), { path, date: "2025-12-18" }).document;

/** What a claim says, without where it stands or how its words are spelled. */
const meaning = (c: Claim) => ({
  type: c.type,
  negated: c.negated,
  quantities: c.quantities.map((q) => [q.kind, q.value, q.min, q.max, q.unit, q.approx]),
  time: c.time && [c.time.start, c.time.end, c.time.grain],
});
/** ...and, for the same spelling, who said it and what it measures. */
const spelled = (c: Claim) => ({ ...meaning(c), speaker: c.speaker, subject: c.subject, text: c.text });

describe("the sample cut into SRT cues", () => {
  const plain = extractFile("corpus/altman-big-technology-2025-12.txt");
  const srt = extractFile("formats/altman-full.srt");

  it("gives the same claims as the plain sample", () => {
    expect(srt.source.format).toBe("srt");
    expect(srt.claims.map(spelled)).toEqual(plain.claims.map(spelled));
  });

  it("gives each claim its cue timestamps, and each figure the line of its caption", () => {
    for (const [k, c] of srt.claims.entries()) {
      expect(c.cue?.start).toMatch(/^\d\d:\d\d:\d\d,\d{3}$/);
      const original = plain.claims[k] as Claim;
      // caption n stands on line 4n-1 of the SRT (index, timestamp, text, blank)
      for (const [i, q] of c.quantities.entries()) expect(q.line).toBe(4 * (original.quantities[i]?.line ?? 0) - 1);
    }
  });

  it("never reads a cue index or a timestamp as a figure", () => {
    const quantityLines = srt.claims.flatMap((c) => c.quantities.map((q) => q.line));
    expect(quantityLines.every((line) => line % 4 === 3)).toBe(true);
  });
});

describe("encodings", () => {
  const utf8 = extractFile("encodings/sample-utf8.txt");
  it.each([
    "encodings/sample-utf8-bom.txt",
    "encodings/sample-utf16le.txt",
    "encodings/sample-utf16be.txt",
    "encodings/sample-gb18030.txt",
    "encodings/sample-crlf.txt",
  ])("%s gives the same claims as UTF-8", (path) => {
    const doc: Document = extractFile(path);
    expect(doc.claims.map(spelled)).toEqual(utf8.claims.map(spelled));
    expect(doc.claims.flatMap((c) => c.quantities.map((q) => q.line))).toEqual(
      utf8.claims.flatMap((c) => c.quantities.map((q) => q.line)),
    );
  });
  it("the UTF-8 sample has claims to compare", () => expect(utf8.claims.length).toBeGreaterThan(2));
});

describe("Traditional Chinese reads like simplified", () => {
  it("the whole sample in Traditional characters gives the same claims on the same lines", () => {
    const simplified = extractFile("corpus/altman-big-technology-2025-12.txt");
    const traditional = extractFile("encodings/altman-traditional.txt");
    expect(traditional.claims.map(meaning)).toEqual(simplified.claims.map(meaning));
    const lines = (d: Document) => d.claims.flatMap((c) => c.quantities.map((q) => q.line));
    expect(lines(traditional)).toEqual(lines(simplified));
    // names in Latin letters are spelled alike in both scripts; a role (主持人/主持人) at least is there in both
    const who = (c: Claim) => (c.speaker === null ? null : /^[\x20-\x7e]+$/.test(c.speaker) ? c.speaker : "role");
    expect(traditional.claims.map(who)).toEqual(simplified.claims.map(who));
  });
});
