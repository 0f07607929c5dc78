// The command's bundles run through V8's code cache (src/bundle.ts, made by scripts/code-cache.mjs in `npm run
// build`, which `npm test` runs first): the built cache is taken, a cache made for another build is not, and the
// command prints the same document with the cache and without it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type BundleModule = typeof import("../src/bundle.js");
const dist = new URL("../dist/", import.meta.url);
const { buildMark, cacheFor, loadBundle } = (await import(new URL("bundle.js", dist).href)) as BundleModule;

describe("the built bundles take their code cache", () => {
  it.each(["cli", "worker"])("%s.bundle.cjs", (name) => {
    // cachedDataRejected is undefined when no cache was given, false when V8 took it
    expect(loadBundle(name).script.cachedDataRejected).toBe(false);
  });
});

describe("a cache is used only for the build it was made for", () => {
  const dir = mkdtempSync(join(tmpdir(), "interview-claims-bundle-"));
  const cache = join(dir, "x.cache");
  writeFileSync(cache, Buffer.from("abc123\nBYTECODE", "latin1"));
  it.each([
    ["the same build id", `code\n${buildMark}abc123\n`, "BYTECODE"],
    ["another build id", `code\n${buildMark}abc124\n`, undefined],
    ["an id that only starts alike", `code\n${buildMark}abc12\n`, undefined],
    ["no build id (a bundle rebuilt without its cache)", "code\n", undefined],
  ])("%s", (_, source, expected) => {
    expect(cacheFor(source, cache)?.toString("latin1")).toBe(expected);
  });
  it("no cache file", () => {
    expect(cacheFor(`code\n${buildMark}abc123\n`, join(dir, "missing.cache"))).toBeUndefined();
  });
});

describe("the command prints the same with and without the cache", () => {
  const sample = new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url).pathname;
  const run = (useCache: boolean) => {
    const code = `import(${JSON.stringify(new URL("bundle.js", dist).href)}).then((m) => m.loadBundle("cli", ${useCache}).exports.main(process.argv))`;
    const r = spawnSync(
      process.execPath,
      ["-e", code, "-", "extract", sample, "--date", "2025-12-18", "--format", "ndjson"],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(r.status).toBe(0);
    return r.stdout;
  };
  it("the sample transcript as ndjson", () => {
    const cached = run(true);
    expect(cached.split("\n").length).toBeGreaterThan(20);
    expect(run(false)).toBe(cached);
  });
});
