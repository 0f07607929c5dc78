// Vocabulary lives in data/zh/*.yaml; this module loads a file once and validates it with zod,
// so a broken data file fails with one line naming the file, the path and what was expected.
import { readFileSync } from "node:fs";
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

/** Reads data/zh/<name>.yaml and validates it; the result is cached by the caller (module scope). */
export function loadData<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = builtDir
      ? JSON.parse(readFileSync(new URL(`${name}.json`, builtDir), "utf8"))
      : yaml().parse(readFileSync(new URL(`${name}.yaml`, dataDir), "utf8"));
  } catch (e) {
    throw new DataError(`data/zh/${name}.yaml: cannot be read as YAML (${(e as Error).message.split("\n")[0]})`);
  }
  if (builtDir && !checkBuilt) return raw as z.infer<T>;
  const result = schema.safeParse(raw, once);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top)";
    throw new DataError(`data/zh/${name}.yaml: at ${where}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}
