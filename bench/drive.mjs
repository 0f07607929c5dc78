// `extract` on one file through the built library, timed without Node's and the modules' start-up: read, decode,
// extract, and format as ndjson (the work the command does per input, with the command's engine setting, src/engine.ts).
// Usage: node bench/drive.mjs FILE [DATE]
// Prints one JSON line: bytes, claims, and `ms`, the time of that work alone.
// BENCH_DIST names the build to measure (bench/run.mjs passes its copy); default: this checkout's dist/.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const dist = process.env.BENCH_DIST
  ? pathToFileURL(`${process.env.BENCH_DIST}/`)
  : new URL("../dist/", import.meta.url);
// the engine setting the command makes before it reads any input (src/engine.ts)
const { tuneEngine } = await import(new URL("engine.js", dist).href);
tuneEngine();
const { extractBytes } = await import(new URL("extract.js", dist).href);
const { formatters } = await import(new URL("format/index.js", dist).href);

const [file, date] = process.argv.slice(2);
const start = performance.now();
const bytes = readFileSync(file);
const { document } = extractBytes(bytes, { path: file, date: date ?? null, explain: false });
const out = formatters.ndjson([document]);
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ bytes: bytes.length, claims: document.claims.length, out: out.length, ms })}\n`,
);
