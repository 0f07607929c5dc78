#!/usr/bin/env node
// npm run eval: extracts every text of the development corpus (fixtures/corpus) with its gold file's anchorDate as
// the date, scores it against fixtures/gold, and prints each file's score lines and the micro total.
// The files go in reverse name order, so the sample transcript's score line is the last `score:` line.
// Usage: npm run eval [-- --verbose] [-- NAME]   (NAME: only the gold files whose name contains it)
import { readdirSync, readFileSync } from "node:fs";
import { extractBytes, score } from "../dist/index.js";
import { f1, fixed, Gold } from "../dist/score.js";

const root = new URL("../fixtures/", import.meta.url);
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.filter((a) => !a.startsWith("--"));
const total = { qTP: 0, qFP: 0, qFN: 0, pTP: 0, pFP: 0, pFN: 0, traps: 0 };
for (const name of readdirSync(new URL("gold/", root))
  .filter((n) => n.endsWith(".json"))
  .sort()
  .reverse()) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const gold = Gold.parse(JSON.parse(readFileSync(new URL(`gold/${name}`, root), "utf8")));
  const bytes = readFileSync(new URL(`corpus/${gold.source}`, root));
  const { document } = extractBytes(bytes, { path: `fixtures/corpus/${gold.source}`, date: gold.anchorDate ?? null });
  // score the JSON as a user's file would be scored: through a round trip
  const result = score(gold, JSON.parse(JSON.stringify(document)), verbose);
  console.log(result.lines.join("\n"));
  console.log("");
  for (const k of Object.keys(result.counts)) total[k] += result.counts[k];
  total.traps += result.traps;
}
const Q = f1(total.qTP, total.qFP, total.qFN);
const P = f1(total.pTP, total.pFP, total.pFN);
console.log(
  `micro total: quantities TP ${total.qTP} FP ${total.qFP} FN ${total.qFN} F1 ${fixed(Q.f)} · dated predictions TP ${total.pTP} FP ${total.pFP} FN ${total.pFN} F1 ${fixed(P.f)} · traps ${total.traps}`,
);
