// The command starts from one bundle of its modules (dist/cli.bundle.cjs; `npm run build` makes it), compiled through
// V8's code cache: `npm run build` runs the bundle once on the sample transcript and saves the bytecode of every
// function that ran (scripts/code-cache.mjs), so a start loads that instead of parsing and compiling 600 KB of
// JavaScript. A missing or stale cache, or one V8 refuses (another Node version), only makes the start slower.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { tuneEngine } from "./engine.js";

/** The line the build appends to a bundle: the cache made for it starts with the same id. */
export const buildMark = "//# interview-claims-build ";

/** The bundle's file and the cache's. */
export function bundlePaths(name: string): { file: string; cache: string } {
  const file = fileURLToPath(new URL(`./${name}.bundle.cjs`, import.meta.url));
  return { file, cache: file.replace(/\.cjs$/, ".cache") };
}

/** The cache's bytecode when it was made for this very bundle (its first line is the bundle's build id), else undefined. */
export function cacheFor(source: string, cache: string): Buffer | undefined {
  const at = source.lastIndexOf(buildMark);
  if (at < 0) return undefined;
  const id = source.slice(at + buildMark.length).trim();
  let data: Buffer;
  try {
    data = readFileSync(cache);
  } catch {
    return undefined;
  }
  const header = `${id}\n`;
  return data.subarray(0, header.length).toString("latin1") === header ? data.subarray(header.length) : undefined;
}

/**
 * Runs dist/NAME.bundle.cjs as a CommonJS module and returns its exports, and the compiled script (from which the
 * build makes the cache). `useCache: false` compiles from the source alone.
 */
export function loadBundle(name: string, useCache = true): { exports: Record<string, unknown>; script: Script } {
  const { file, cache } = bundlePaths(name);
  const source = readFileSync(file, "utf8");
  const cachedData = useCache ? cacheFor(source, cache) : undefined;
  // V8 takes a cache only under the engine flags it was made with: the command's setting first (main sets it again)
  tuneEngine();
  // the wrapper Node gives a CommonJS module; the cache is made and used with exactly this text
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as Record<string, unknown> };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
