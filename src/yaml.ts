// The YAML library, loaded the first time it is needed: for a Markdown file's front matter, `--format yaml`, or the
// data files read as YAML (tests, src/). Most runs never need it, so the command's bundle leaves it out: its 230 KB
// would cost every start the time to compile it.
import { createRequire } from "node:module";

type Yaml = typeof import("yaml");

let loaded: Yaml | null = null;

export function yaml(): Yaml {
  loaded ??= createRequire(import.meta.url)("yaml") as Yaml;
  return loaded;
}
