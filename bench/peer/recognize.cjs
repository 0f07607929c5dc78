// The peer of the benchmark: Microsoft Recognizers-Text's JavaScript recognizers for Chinese (number, percentage,
// currency, dimension, datetime), run over the same text as `extract`, line by line as captions come.
// Usage: node bench/peer/recognize.cjs FILE [SECONDS]
// Prints one JSON line: bytes read, lines, entities found, and `ms`, the time of the recognition alone (the models are
// built before the clock starts, which favours the peer). With SECONDS, it stops after that long and reports the
// share it read, so that a slow peer can be measured on a large input in bounded time.
"use strict";
const { readFileSync } = require("node:fs");
const { Culture, NumberRecognizer } = require("@microsoft/recognizers-text-number");
const { NumberWithUnitRecognizer } = require("@microsoft/recognizers-text-number-with-unit");
const { DateTimeRecognizer } = require("@microsoft/recognizers-text-date-time");

const [file, seconds] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node bench/peer/recognize.cjs FILE [SECONDS]\n");
  process.exit(2);
}
const culture = Culture.Chinese;
const numbers = new NumberRecognizer(culture);
const units = new NumberWithUnitRecognizer(culture);
const dates = new DateTimeRecognizer(culture);
const models = [
  numbers.getNumberModel(),
  numbers.getPercentageModel(),
  units.getCurrencyModel(),
  units.getDimensionModel(),
  dates.getDateTimeModel(),
];

const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
const lines = text.split(/\r?\n/);
const reference = new Date(Date.UTC(2025, 11, 18));
// warm-up on a line that every model reads, so that lazy set-up is not counted
for (const m of models) m.parse("预计2026年收入将达到300亿美元，增长38.8%，跑了5公里", reference);

const limitMs = seconds ? Number(seconds) * 1000 : Number.POSITIVE_INFINITY;
const start = performance.now();
let entities = 0;
let bytes = 0;
let done = 0;
for (const line of lines) {
  if (line.trim() !== "") for (const m of models) entities += m.parse(line, reference).length;
  bytes += Buffer.byteLength(line) + 1;
  done++;
  if (performance.now() - start > limitMs) break;
}
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ bytes: Math.min(bytes, Buffer.byteLength(text)), lines: done, entities, ms: Math.round(ms) })}\n`,
);
