#!/usr/bin/env node
// Part of `npm run build`: parses data/zh/*.yaml once into dist/data/zh/*.json, so the built command starts without
// the YAML parser, then loads the built library once with INTERVIEW_CLAIMS_CHECK_DATA=1, so that src/data.ts validates
// every file with its zod schema: a broken data file fails the build, and the built command need not check again. Tests run from src/ and read
// the YAML itself, so this cache can never hide an edit from them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const from = new URL("../data/zh/", import.meta.url);
const to = new URL("../dist/data/zh/", import.meta.url);
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((n) => n.endsWith(".yaml"))) {
  const value = parse(readFileSync(new URL(name, from), "utf8"));
  writeFileSync(new URL(name.replace(/\.yaml$/, ".json"), to), JSON.stringify(value));
}

process.env.INTERVIEW_CLAIMS_CHECK_DATA = "1";
try {
  await import(new URL("../dist/extract.js", import.meta.url).href);
} catch (e) {
  process.stderr.write(`build: ${e.message}\n`);
  process.exit(1);
}
