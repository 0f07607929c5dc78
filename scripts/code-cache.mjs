#!/usr/bin/env node
// Part of `npm run build`: marks each bundle (dist/cli.bundle.cjs, dist/worker.bundle.cjs) with a build id, runs it
// once on the development corpus, and saves V8's code cache of what ran as dist/NAME.bundle.cache, headed by the same
// id (src/bundle.ts reads it at each start). A cache holds compiled bytecode only, no input or result: the command
// runs the same with or without it.
import { createHash } from "node:crypto";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildMark, bundlePaths, loadBundle } from "../dist/bundle.js";

const corpus = ["altman-big-technology-2025-12.txt", "bestpartners-gemini-3-flash.md", "pie-podcast-excerpt.srt"].map(
  (name) => new URL(`../fixtures/corpus/${name}`, import.meta.url).pathname,
);
const date = "2025-12-18";

/** Runs the command on the corpus in every format. */
async function cli(exports) {
  const out = mkdtempSync(join(tmpdir(), "interview-claims-cache-"));
  try {
    for (const format of ["ndjson", "json", "md", "yaml", "csv", "html", "summary"]) {
      const to = join(out, format);
      await exports.main([
        "node",
        "interview-claims",
        "extract",
        ...corpus,
        "--date",
        date,
        "--format",
        format,
        "-o",
        to,
      ]);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return !process.exitCode;
}

/** Runs the worker's task on each text of the corpus (the build's thread has no parent port: nothing else runs). */
function worker(exports) {
  return corpus.every(
    (path, id) => "extracted" in exports.run({ id, path, date, explain: false, bytes: readFileSync(path) }),
  );
}

for (const [name, warm] of [
  ["cli", cli],
  ["worker", worker],
]) {
  const { file, cache } = bundlePaths(name);
  const id = createHash("sha1").update(readFileSync(file)).digest("hex");
  appendFileSync(file, `\n${buildMark}${id}\n`);
  const { exports, script } = loadBundle(name, false);
  if (!(await warm(exports))) {
    process.stderr.write(`build: ${name}.bundle.cjs failed on the corpus; no code cache written\n`);
    process.exit(1);
  }
  writeFileSync(cache, Buffer.concat([Buffer.from(`${id}\n`, "latin1"), script.createCachedData()]));
}
