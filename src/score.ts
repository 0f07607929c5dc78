// The project's scorer: compares extracted claims with a hand-annotated gold file, following the matching rules of
// fixtures/gold/CONTRACT.md (greedy one-to-one matching on line and value, required items first, a figure of the
// same kind preferred). It prints the same lines as the evaluation's reference scorer on the same input.
import { z } from "zod";

const GoldQuantity = z.object({
  line: z.int(),
  text: z.string().optional(),
  kind: z.string(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  vague: z.number().optional(),
  alt: z.array(z.number()).optional(),
  unit: z.string().optional(),
  approx: z.union([z.string(), z.null(), z.array(z.string().nullable())]).optional(),
  type: z.array(z.string()).optional(),
  speaker: z.array(z.string()).optional(),
  optional: z.boolean().optional(),
});
const GoldPrediction = z.object({
  line: z.int(),
  text: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  type: z.array(z.string()).optional(),
  speaker: z.array(z.string()).optional(),
  optional: z.boolean().optional(),
});
export const Gold = z.object({
  source: z.string(),
  anchorDate: z.string().optional(),
  window: z.tuple([z.number(), z.number()]).optional(),
  quantities: z.array(GoldQuantity),
  predictions: z.array(GoldPrediction),
  traps: z.array(z.object({ line: z.int(), text: z.string().optional() })).optional(),
});
export type Gold = z.infer<typeof Gold>;

export interface Score {
  lines: string[];
  quantityF1: number;
  predictionF1: number;
  traps: number;
  /** raw counts, for summing a micro average over several files */
  counts: { qTP: number; qFP: number; qFN: number; pTP: number; pFP: number; pFN: number };
}

// biome-ignore lint/suspicious/noExplicitAny: predictions are arbitrary JSON read leniently, like the reference scorer
type Loose = any;

const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : null);
const same = (a: number | null, b: number | null | undefined) =>
  a !== null && b !== null && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
const norm = (s: unknown) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/\s+/g, "");
const days = (iso: unknown) => {
  const t = Date.parse(String(iso ?? "").slice(0, 10));
  return Number.isNaN(t) ? null : t / 86400000;
};
const near = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) <= 31;

export const f1 = (tp: number, fp: number, fn: number) => {
  if (tp + fp + fn === 0) return { p: Number.NaN, r: Number.NaN, f: Number.NaN };
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
export const fixed = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));

/** Scores predicted output (a document, an array of documents, or { documents }) against a gold file. */
export function score(gold: Gold, pred: Loose, verbose = false): Score {
  const docs: Loose[] = Array.isArray(pred) ? pred : (pred?.documents ?? [pred]);
  const doc =
    docs.find((d) => String(d?.source?.path ?? d?.source ?? "").endsWith(gold.source)) ?? docs[0] ?? ({} as Loose);
  const claims: Loose[] = Array.isArray(doc.claims) ? doc.claims : [];
  const [first, last] = gold.window ?? [1, Number.POSITIVE_INFINITY];
  const inWindow = (line: number | null) => line === null || (line >= first && line <= last);
  const speakerMatches = (got: unknown, wanted: string[]) => {
    const g = norm(got);
    return g !== "" && wanted.some((w) => g.includes(norm(w)) || norm(w).includes(g));
  };

  const predQ = claims.flatMap((c) =>
    (Array.isArray(c?.quantities) ? c.quantities : [])
      .map((q: Loose) => ({ q, claim: c, line: num(q?.line) ?? num(q?.span?.line), used: false }))
      .filter((p: { line: number | null }) => inWindow(p.line)),
  ) as { q: Loose; claim: Loose; line: number | null; used: boolean }[];
  const valueMatches = (g: z.infer<typeof GoldQuantity>, q: Loose) => {
    const v = num(q.value);
    const lo = num(q.min);
    const hi = num(q.max);
    if (g.vague !== undefined) {
      const x = v ?? lo ?? hi;
      return x !== null && x >= g.vague && x < g.vague * 10;
    }
    if (g.value !== undefined) {
      return [g.value, ...(g.alt ?? [])].some((x) => same(v, x) || (v === null && same(lo, x) && same(hi, x)));
    }
    return same(lo, g.min) && same(hi, g.max);
  };
  const tally = () => ({ ok: 0, all: 0, misses: [] as string[] });
  const attr = { kind: tally(), unit: tally(), approx: tally(), type: tally(), speaker: tally() };
  const check = (name: keyof typeof attr, ok: boolean, what: string) => {
    attr[name].all++;
    if (ok) attr[name].ok++;
    else attr[name].misses.push(what);
  };
  const byNeed = <T extends { optional?: boolean }>(items: T[]) => [
    ...items.filter((g) => !g.optional),
    ...items.filter((g) => g.optional),
  ];

  let qTP = 0;
  let qFN = 0;
  const missed: string[] = [];
  for (const g of byNeed(gold.quantities)) {
    const fits = (p: (typeof predQ)[number]) => !p.used && p.line === g.line && valueMatches(g, p.q);
    const hit = predQ.find((p) => fits(p) && p.q.kind === g.kind) ?? predQ.find(fits);
    const where = `L${g.line} ${g.text}`;
    if (!hit) {
      if (!g.optional) {
        qFN++;
        missed.push(where);
      }
      continue;
    }
    hit.used = true;
    if (g.optional) continue;
    qTP++;
    check("kind", hit.q.kind === g.kind, `${where}: kind ${hit.q.kind} (want ${g.kind})`);
    if (g.unit !== undefined && ["money", "duration", "percent"].includes(g.kind)) {
      const u = norm(hit.q.unit);
      const ok = g.kind === "percent" ? u === "%" || u === "percent" : u === norm(g.unit);
      check("unit", ok, `${where}: unit ${hit.q.unit} (want ${g.unit})`);
    }
    if ("approx" in g) {
      const ok = [g.approx].flat().includes(hit.q.approx ?? null);
      check("approx", ok, `${where}: approx ${hit.q.approx ?? null} (want ${g.approx})`);
    }
    if (g.type)
      check("type", g.type.includes(hit.claim?.type), `${where}: type ${hit.claim?.type} (want ${g.type.join("|")})`);
    if (g.speaker)
      check(
        "speaker",
        speakerMatches(hit.claim?.speaker, g.speaker),
        `${where}: speaker ${hit.claim?.speaker ?? null} (want ${g.speaker[0]})`,
      );
  }
  const extra = predQ.filter((p) => !p.used);

  const predP = claims
    .filter((c) => (c?.type === "prediction" || c?.type === "plan") && c?.time)
    .map((c) => ({ c, line: num(c.time.line) ?? num(c.time?.span?.line), used: false }))
    .filter((p) => inWindow(p.line));
  let pTP = 0;
  let pFN = 0;
  const pMissed: string[] = [];
  const time = tally();
  for (const g of byNeed(gold.predictions)) {
    const hit = predP.find((p) => !p.used && p.line === g.line);
    const where = `L${g.line} ${g.text}`;
    if (!hit) {
      if (!g.optional) {
        pFN++;
        pMissed.push(where);
      }
      continue;
    }
    hit.used = true;
    if (g.optional) continue;
    pTP++;
    if (g.start) {
      time.all++;
      const ok = near(days(hit.c.time.start), days(g.start)) && near(days(hit.c.time.end), days(g.end));
      if (ok) time.ok++;
      else time.misses.push(`${where}: ${hit.c.time.start}..${hit.c.time.end} (want ${g.start}..${g.end})`);
    }
    if (g.type) check("type", g.type.includes(hit.c.type), `${where}: type ${hit.c.type} (want ${g.type.join("|")})`);
    if (g.speaker)
      check(
        "speaker",
        speakerMatches(hit.c.speaker, g.speaker),
        `${where}: speaker ${hit.c.speaker ?? null} (want ${g.speaker[0]})`,
      );
  }
  const pExtra = predP.filter((p) => !p.used);

  const Q = f1(qTP, extra.length, qFN);
  const P = f1(pTP, pExtra.length, pFN);
  const trapLines = new Set((gold.traps ?? []).map((t) => t.line));
  const trapHits = extra.filter((p) => p.line !== null && trapLines.has(p.line));
  const ratio = (t: { ok: number; all: number }) => `${t.ok}/${t.all}`;
  const lines = [
    `source: ${gold.source}`,
    `quantities: TP ${qTP} FP ${extra.length} FN ${qFN}  P ${fixed(Q.p)} R ${fixed(Q.r)} F1 ${fixed(Q.f)}`,
    `dated predictions: TP ${pTP} FP ${pExtra.length} FN ${pFN}  P ${fixed(P.p)} R ${fixed(P.r)} F1 ${fixed(P.f)}`,
    `attributes right: kind ${ratio(attr.kind)} unit ${ratio(attr.unit)} approx ${ratio(attr.approx)} type ${ratio(attr.type)} speaker ${ratio(attr.speaker)} time ${ratio(time)}`,
    `traps hit: ${trapHits.length}`,
  ];
  if (verbose) {
    const show = (title: string, list: string[]) => {
      if (list.length) lines.push(`${title}:\n  ${list.join("\n  ")}`);
    };
    show("missed quantities", missed);
    show(
      "extra quantities",
      extra.map((p) => `L${p.line} ${p.q?.text ?? JSON.stringify(p.q)}`),
    );
    show("missed predictions", pMissed);
    show(
      "extra predictions",
      pExtra.map((p) => `L${p.line} ${p.c.time?.text ?? ""}`),
    );
    for (const [name, t] of Object.entries({ ...attr, time })) show(`wrong ${name}`, t.misses);
  }
  lines.push(`score: quantity F1 ${fixed(Q.f)} · prediction F1 ${fixed(P.f)} · traps ${trapHits.length}`);
  return {
    lines,
    quantityF1: Q.f,
    predictionF1: P.f,
    traps: trapHits.length,
    counts: { qTP, qFP: extra.length, qFN, pTP, pFP: pExtra.length, pFN },
  };
}
