// Our scorer prints the same figures as the evaluation's reference scorer (../shared/eval/score.mjs) on the same
// output. The reference is only beside a developer's checkout; a user's clone skips the comparison.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractBytes } from "../src/extract.js";
import { Gold, score } from "../src/score.js";

const reference = new URL("../../shared/eval/score.mjs", import.meta.url).pathname;
const goldDir = new URL("../fixtures/gold/", import.meta.url);
const golds = readdirSync(goldDir).filter((n) => n.endsWith(".json"));

describe.each(golds)("scoring %s", (name) => {
  const gold = Gold.parse(JSON.parse(readFileSync(new URL(name, goldDir), "utf8")));
  const bytes = readFileSync(new URL(`../fixtures/corpus/${gold.source}`, import.meta.url));
  const pred = JSON.stringify(extractBytes(bytes, { path: gold.source, date: gold.anchorDate ?? null }).document);

  it.skipIf(!existsSync(reference))("matches the reference scorer line for line, verbose included", () => {
    for (const verbose of [false, true]) {
      const args = [
        reference,
        "--gold",
        new URL(name, goldDir).pathname,
        "--pred",
        "-",
        ...(verbose ? ["--verbose"] : []),
      ];
      const ref = spawnSync(process.execPath, args, { input: pred, encoding: "utf8" });
      expect(score(gold, JSON.parse(pred), verbose).lines.join("\n")).toBe(ref.stdout.trimEnd());
    }
  });

  it("scores a perfect prediction built from the gold as F1 1 and a empty one as 0", () => {
    const quantities = gold.quantities
      .filter((q) => !q.optional)
      .map((q) => ({
        line: q.line,
        kind: q.kind,
        value: q.value ?? q.vague ?? null,
        min: q.min ?? null,
        max: q.max ?? null,
      }));
    const perfect = score(gold, { claims: [{ quantities }] });
    expect(perfect.counts).toMatchObject({ qFP: 0, qFN: 0 });
    const none = score(gold, { claims: [] });
    expect(none.counts.qTP).toBe(0);
  });
});
