#!/usr/bin/env node
// npm run examples: regenerates the committed fact sheets under examples/ from the sample transcript, with the
// built library. test/format.test.ts renders the same files from src/ in memory and fails when a committed copy
// differs, so a change to the extraction or the layout shows up as a stale example until this script is run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const root = new URL("../", import.meta.url);

/** The sample, cited by its path relative to the repository so that the files do not depend on the checkout. */
export const sample = { path: "fixtures/corpus/altman-big-technology-2025-12.txt", date: "2025-12-18" };

/** The example files, name → content, rendered with a library module (dist/index.js or src/index.ts). */
export function render({ extractBytes, formatters }) {
  const bytes = readFileSync(new URL(sample.path, root));
  const { document } = extractBytes(bytes, { path: sample.path, date: sample.date });
  return { "sample.md": formatters.md([document]), "sample.html": formatters.html([document]) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lib = await import("../dist/index.js");
  const dir = new URL("examples/", root);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(render(lib))) {
    writeFileSync(new URL(name, dir), text);
    console.log(`wrote examples/${name} (${text.length} characters)`);
  }
}
