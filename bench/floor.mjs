// The floor of the throughput benchmark: a bare Node script that only reads a file, decodes it and splits it into
// lines, the physical limit of one pass over the text. Usage: node bench/floor.mjs FILE
// Prints one JSON line: bytes, lines, and `ms`, the time of the read, decode and split alone.
import { readFileSync } from "node:fs";

const start = performance.now();
const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(process.argv[2]));
const lines = text.split(/\r?\n/);
let chars = 0;
for (const line of lines) chars += line.length;
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ bytes: Buffer.byteLength(text), lines: lines.length, chars, ms })}\n`);
