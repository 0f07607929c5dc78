// The script and region of a whole transcript (data/zh/locale.yaml): whether it is written in Traditional Chinese,
// and which currency plain 元 stands for in it. Readings that depend on where a text was written (民國 years said
// bare, 億元 in Taiwan) ask this once per document rather than guessing sentence by sentence.
import { loadData, type Zod } from "../data.js";
import { saysRepublicYear } from "./time.js";

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const Words = z.array(z.string().min(1)).min(1);
  const LocaleSchema = z.strictObject({
    script: z
      .strictObject({ traditional: z.string().min(1), simplified: z.string().min(1), example: z.string().min(1) })
      .refine((s) => [...s.traditional].length === [...s.simplified].length, {
        message: "traditional and simplified must list the same number of characters, pair by pair",
      }),
    yuan: z.array(
      z.strictObject({
        unit: z.string().regex(/^[A-Z]{3}$/),
        traditional: z.boolean(),
        markers: Words,
        // a bare year of the Republic (113年, time.yaml years.republic) is a marker too
        republicYears: z.boolean().optional(),
        notWith: Words.optional(),
        example: z.string().min(1),
      }),
    ),
  });
  return { LocaleSchema };
}

const data = loadData("locale", (z) => schemas(z).LocaleSchema);

/**
 * +1 for a Traditional-only character, -1 for its Simplified form, 0 for any other, by UTF-16 code unit (all are in
 * the BMP): one array read a character, as the pass goes over every document's whole text.
 */
const scriptWeight = new Int8Array(65536);
for (const c of data.script.traditional) scriptWeight[c.charCodeAt(0)] = 1;
for (const c of data.script.simplified) scriptWeight[c.charCodeAt(0)] = -1;

export interface Locale {
  /** the text is written in Traditional Chinese (more of its Traditional-only characters than Simplified ones) */
  traditional: boolean;
  /** the currency plain 元 stands for, where the document says which (TWD in a text from Taiwan); null: the default */
  yuan: string | null;
}

/** The locale of a document's whole text: one pass over it, and a search for each region's few markers. */
export function documentLocale(text: string): Locale {
  let balance = 0;
  for (let i = 0; i < text.length; i++) balance += scriptWeight[text.charCodeAt(i)] as number;
  const traditional = balance > 0;
  const region = data.yuan.find(
    (r) =>
      (!r.traditional || traditional) &&
      (r.markers.some((w) => text.includes(w)) ||
        (r.republicYears === true && traditional && saysRepublicYear(text))) &&
      !r.notWith?.some((w) => text.includes(w)),
  );
  return { traditional, yuan: region?.unit ?? null };
}
