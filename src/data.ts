// Vocabulary lives in data/zh/*.yaml; this module loads a file once and validates it with zod,
// so a broken data file fails with one line naming the file, the path and what was expected.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { z } from "zod";
import { yaml } from "./yaml.js";

const dataDir = new URL("../data/zh/", import.meta.url);
// the built command reads the JSON that `npm run build` made of the YAML (scripts/build-data.mjs): faster to start
const builtDir = import.meta.url.includes("/dist/") ? new URL("./data/zh/", import.meta.url) : null;

/** A data file that does not match its schema: a configuration error, reported without a stack. */
export class DataError extends Error {
  override name = "DataError";
}

/**
 * Every data file is validated each time it is loaded, without zod's JIT: zod compiles an object schema into a
 * function on its first parse, which costs more at start-up than the one interpreted pass each file needs here.
 */
const once = { jitless: true } as const;

/**
 * The built JSON was validated when it was built: `npm run build` ends by loading every file with this variable set
 * (scripts/build-data.mjs), and fails on a broken one. Validating it again at each start would cost the command some
 * 40 ms, an eighth of its start-up.
 */
const checkBuilt = process.env.INTERVIEW_CLAIMS_CHECK_DATA === "1";

/** zod, as a function of the modules' schemas receives it (`schemas(z: Zod)`). */
export type Zod = typeof z;

/**
 * zod, loaded only to validate: the built command, whose data was validated when it was built, starts without it
 * (loading zod and making the schemas took some 35 ms of a start's 330, and more in garbage collection). Synchronous,
 * as the modules load their vocabulary at their top level.
 */
const zod = (): Zod => (createRequire(import.meta.url)("zod") as { z: Zod }).z;

/**
 * Reads data/zh/<name>.yaml and validates it with the schema that `schema` makes; the result is cached by the caller
 * (module scope).
 */
export function loadData<T extends z.ZodType>(name: string, schema: (z: Zod) => T): z.infer<T> {
  let raw: unknown;
  try {
    raw = builtDir
      ? JSON.parse(readFileSync(new URL(`${name}.json`, builtDir), "utf8"))
      : yaml().parse(readFileSync(new URL(`${name}.yaml`, dataDir), "utf8"));
  } catch (e) {
    throw new DataError(`data/zh/${name}.yaml: cannot be read as YAML (${(e as Error).message.split("\n")[0]})`);
  }
  if (builtDir && !checkBuilt) return raw as z.infer<T>;
  const result = schema(zod()).safeParse(raw, once);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top)";
    throw new DataError(`data/zh/${name}.yaml: at ${where}: ${issue?.message ?? "invalid"}`);
  }
  const stray = strayKey(raw, result.data);
  if (stray !== null)
    throw new DataError(`data/zh/${name}.yaml: at ${stray}: a key the schema does not know (a typo?)`);
  return result.data;
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The path of a key of the file that validation dropped, or null. zod's plain objects strip keys they do not know, so
 * a misspelt or misplaced key (notBfore, or a comment line that lost its #) would otherwise be ignored in silence.
 * Compares the file with what validation kept, through the objects and arrays they share; a part that a schema turns
 * into something else (a Map, a different length) is not compared.
 */
export function strayKey(raw: unknown, kept: unknown, path: readonly (string | number)[] = []): string | null {
  if (Array.isArray(raw) && Array.isArray(kept) && raw.length === kept.length) {
    for (let i = 0; i < raw.length; i++) {
      const found = strayKey(raw[i], kept[i], [...path, i]);
      if (found !== null) return found;
    }
  } else if (isPlain(raw) && isPlain(kept)) {
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(kept, key)) return [...path, key].map((k) => (k === "" ? '""' : k)).join(".");
      const found = strayKey(raw[key], kept[key], [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
