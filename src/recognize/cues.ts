// recognize: cue words (data/zh/cues.yaml) that decide a claim's type, hedge, negation and attribution.
import { charTable, isHan, pauses, skipPauses, tableAt } from "../chars.js";
import { loadData, type Zod } from "../data.js";
import { type Entry, Lexicon, wordLexicon } from "./lexicon.js";
import { isNumeralChar } from "./numeral.js";

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const Cue = z.object({ word: z.string().min(1), example: z.string().min(1) });
  /** A not-cue word that is one only where the character before it does not join the cue instead (明年会, not 年会). */
  const GuardedNotCue = z.object({
    words: z.array(z.string().min(1)).min(1),
    notAfter: z.array(z.string().length(1)).min(1),
    example: z.string().min(1),
  });
  const Cues = z.object({
    prediction: z.array(Cue),
    plan: z.array(Cue),
    hypothetical: z.array(Cue),
    hedge: z.array(Cue),
    negation: z.array(Cue),
    question: z.array(Cue),
    attribution: z.array(Cue),
    sources: z.array(Cue.extend({ speaker: z.string().min(1) })),
    narrator: z.array(Cue),
    remaining: z.array(Cue),
    habitual: z.array(Cue),
    population: z.array(Cue),
    habitualVerbs: z.array(z.string().min(1)),
    habitualFrequencies: z.array(z.string().min(1)),
    contrasts: z.array(z.string().min(1)),
    doneMarks: z.array(z.string().min(1)),
    doneOnLine: z.object({
      marks: z.array(z.string().min(1)),
      marksAfter: z.array(z.string().min(1)),
      reaching: z.array(z.string().min(1)),
      notWords: z.array(z.string().min(1)),
    }),
    actual: z.array(z.string().min(1)),
    nowWords: z.array(z.string().min(1)),
    nowUntil: z.array(z.string().min(1)),
    already: z.array(z.string().min(1)),
    notAlready: z.array(z.string().min(1)),
    earlierOpeners: z.object({
      words: z.array(z.string().min(1)).min(1),
      subjects: z.array(z.string().min(1)),
      dueAfter: z.array(z.string().min(1)),
      example: z.string(),
    }),
    frames: z.array(z.string().min(1)),
    estimates: z.array(z.string().min(1)),
    conditionEnds: z.array(z.string().min(1)),
    bareCondition: z.object({
      lead: z.number().int().positive(),
      notAfter: z.array(z.string().length(1)),
      words: z.array(z.string().min(1)).min(1),
      negations: z.object({
        words: z.array(z.string().min(1)).min(1),
        reach: z.number().int().positive(),
        notAfter: z.array(z.string().length(1)),
        notWords: z.array(z.string().min(1)),
      }),
    }),
    disposal: z.object({
      words: z.array(z.string().min(1)).min(1),
      reach: z.number().int().positive(),
      verbs: z.array(z.string().min(1)).min(1),
      links: z.array(z.string().min(1)),
      done: z.array(z.string().min(1)).min(1),
    }),
    planLeads: z.array(z.string().min(1)),
    dueWords: z.array(z.string().min(1)),
    cueAsNoun: z.array(z.string().min(1)),
    planHad: z.object({
      verbs: z.array(z.string().min(1)).min(1),
      reach: z.number().int().positive(),
      announce: z.array(z.string().length(1)),
      denials: z.array(z.string().min(1)),
    }),
    roles: z.array(z.string().min(1)),
    crowds: z.array(z.string().min(1)),
    postRoles: z.array(z.string().min(1)),
    notRoles: z.array(z.string().min(1)),
    narratorLabels: z.array(z.string().min(1)),
    ownViews: z.array(z.string().min(1)),
    asksNarrator: z.array(z.string().min(1)),
    askVerbs: z.array(z.string().min(1)),
    pronouns: z.array(z.string().min(1)),
    voices: z.object({
      drop: z.array(z.string().min(1)),
      keep: z.array(z.string().min(1)),
      notAfter: z.array(z.string().length(1)),
    }),
    namedBy: z.array(z.string().min(1)),
    saidBy: z.object({ verbs: z.array(z.string().min(1)), frames: z.array(z.array(z.string().min(1))) }),
    placeFrames: z.object({
      opens: z.array(z.string().min(1)),
      closes: z.array(z.string().min(1)),
      example: z.string(),
    }),
    reportedBy: z.object({
      opens: z.array(z.string().min(1)),
      verbs: z.array(z.string().min(1)),
      tails: z.array(z.string().min(1)),
      notSources: z.array(z.string().min(1)),
      relayed: z.array(z.string().min(1)),
      notBefore: z.array(z.string().length(1)),
      example: z.string(),
    }),
    subjectOpeners: z.array(z.string().min(1)),
    connectives: z.object({ always: z.array(z.string().min(1)), beforePause: z.array(z.string().min(1)) }),
    notSpeakers: z.array(z.string().min(1)),
    adverbs: z.array(z.string().min(1)),
    reachHedges: z.array(z.string().min(1)),
    reachAids: z.array(z.string().min(1)),
    reachVerbs: z.array(z.string().min(1)),
    reachDone: z.array(z.string().length(1)),
    reachNow: z.array(z.string().min(1)),
    reachAidedVerbs: z.array(z.string().min(1)),
    reachFigureVerbs: z.array(z.string().min(1)),
    notCues: z.array(z.union([z.string().min(1), GuardedNotCue])),
    askParticles: z.array(z.string().length(1)),
    askIfAsked: z.array(z.string().length(1)),
    askConditionals: z.array(z.string().min(1)),
    askWords: z.array(z.string().min(1)),
    askTails: z.array(z.string().length(1)),
    fewBefore: z.array(z.string().min(1)),
    fewAdverbs: z.array(z.string().min(1)),
    askAddressees: z.array(z.string().min(1)),
    guessTails: z.array(z.string().length(1)),
    overAsks: z.array(z.string().min(1)),
    askEmbedders: z.array(z.string().min(1)),
    askOpeners: z.array(z.string().min(1)),
    askNouns: z.array(z.string().min(1)),
    answerFrames: z.object({
      plans: z.array(z.string().min(1)),
      figures: z.array(z.string().min(1)),
      what: z.array(z.string().min(1)),
    }),
    askerRoles: z.array(z.string().min(1)),
    askTopicLinks: z.array(z.string().length(1)),
    wishes: z.object({
      words: z.array(z.string().min(1)),
      verbs: z.array(z.string().min(1)),
      wants: z.array(z.string().min(1)),
    }),
    fromToPlans: z.object({
      leads: z.array(z.string().min(1)),
      verbs: z.array(z.string().min(1)),
      reach: z.number().int().positive(),
    }),
    fromNow: z.object({ leads: z.array(z.string().min(1)), links: z.array(z.string().min(1)) }),
    askTopicMaxChars: z.number().int().positive(),
    askTailPauses: z.number().int().nonnegative(),
    notForecasts: z.object({
      topicVerbs: z.array(z.string().min(2)),
      farewells: z.array(z.string().min(1)),
      blessings: z.array(z.string().min(1)),
      blessingNotAfter: z.array(z.string().length(1)),
    }),
    askLeads: z.array(z.string().min(1)),
    askEchoes: z.record(z.string(), z.array(z.string().min(1))),
    notEchoes: z.array(z.string().min(2)),
    notAsk: z.array(z.string().min(1)),
    rhetorical: z.array(z.string().min(1)),
    frameStops: z.array(z.string().min(1)),
    consequentMarks: z.array(z.string().min(1)),
    consequentRunsOn: z.array(z.string().min(1)),
    conditionExamples: z.array(z.string().min(1)),
    consequentOpens: z.array(z.string().min(1)),
    addedOpens: z.array(z.string().min(1)),
    consequentSubjects: z.array(z.string().min(1)),
    reachTimes: z.array(z.string().min(1)),
    closingPlans: z.array(z.string().min(1)),
    restates: z.array(z.string().min(1)),
    nowBases: z.array(z.string().min(1)),
    continues: z.array(z.string().min(1)),
    topicOpeners: z.object({
      heads: z.array(z.string().min(1)),
      leads: z.array(z.string().min(1)),
      afterLeads: z.array(z.string().min(1)),
    }),
    placeTopics: z.array(z.string().min(1)),
    placeStates: z.array(z.string().min(1)),
    placeLinks: z.array(z.string().length(1)).min(1),
    judgmentClosers: z.array(z.string().length(1)).min(1),
    judgmentLeads: z.array(z.string().min(1)),
    afterEvents: z.array(z.string().min(1)),
    afterEventReach: z.number().int().positive(),
    duties: z.object({
      ends: z.array(z.string().min(1)).min(1),
      adverbs: z.array(z.string().min(1)),
      verbs: z.array(z.string().min(1)).min(1),
      notVerbs: z.array(z.string().min(1)),
    }),
    commitments: z.object({
      subjects: z.array(z.string().min(1)).min(1),
      bareSubjects: z.array(z.string().min(1)),
      modals: z.array(z.string().min(1)).min(1),
      startModals: z.array(z.string().min(1)),
      adverbs: z.array(z.string().min(1)),
      dayParts: z.array(z.string().min(1)),
      at: z.array(z.string().min(1)),
      reach: z.number().int().positive(),
      verbs: z.array(z.string().min(1)).min(1),
      notVerbs: z.array(z.string().min(1)),
      attributes: z.array(z.string().min(1)),
      hosts: z.object({
        verbs: z.array(z.string().min(1)).min(1),
        events: z.array(z.string().min(1)).min(1),
        reach: z.number().int().positive(),
      }),
      proposals: z.object({
        words: z.array(z.string().min(1)).min(1),
        verbs: z.array(z.string().min(1)),
      }),
    }),
    timeAids: z.object({
      links: z.array(z.string().min(1)),
      notVerbs: z.array(z.string().length(1)),
      pastNegations: z.array(z.string().length(1)),
      asks: z.array(z.string().length(1)),
      aims: z.object({
        words: z.array(z.string().min(1)).min(1),
        notAfter: z.array(z.string().length(1)),
        verbs: z.array(z.string().min(1)).min(1),
        reach: z.int().min(0).max(8),
      }),
    }),
    decisions: z.object({
      words: z.array(z.string().min(1)).min(1),
      actors: z.array(z.string().min(1)).min(1),
      actorSuffixes: z.array(z.string().min(1)).min(1),
      notActors: z.array(z.string().min(2)),
      adverbs: z.array(z.string().min(1)),
      notAfter: z.array(z.string().min(1)),
      notBefore: z.array(z.string().min(1)),
    }),
    startClauses: z.object({ leads: z.array(z.string().min(1)), tails: z.array(z.string().min(1)) }),
    targets: z.object({
      sources: z.array(z.string().min(1)).min(1),
      adverbs: z.array(z.string().min(1)),
      verbs: z.array(z.string().min(1)).min(1),
      notAfter: z.array(z.string().min(1)),
    }),
    afterEventNotAids: z.array(z.string().min(2)),
    witnessed: z.array(z.string().min(1)),
    selfIntroductions: z.object({
      greetings: z.array(z.string().min(1)),
      openers: z.array(z.string().min(1)),
      notAfterOpener: z.array(z.string().min(1)),
      titleEnds: z.array(z.string().length(1)),
      proseTitleEnds: z.array(z.string().length(1)),
      notProseTitleEnds: z.array(z.string().length(1)),
      maxLength: z.number().int().positive(),
    }),
    tagQuestions: z.array(z.string().min(2)),
    hearsay: z.array(z.string().min(2)),
    tagAnswers: z.array(z.string().min(1)),
    answerSubjects: z.array(z.string().min(1)),
    answerTurns: z.array(z.string().min(1)),
    answerSays: z.array(z.string().min(1)),
  });
  return { Cues };
}
export const cueData = loadData("cues", (z) => schemas(z).Cues);

export const cueGroups = [
  "prediction",
  "plan",
  "hypothetical",
  "hedge",
  "negation",
  "question",
  "attribution",
  "sources",
  "narrator",
  "remaining",
  "habitual",
  "population",
] as const;
export type CueGroup = (typeof cueGroups)[number];

export interface CueHit {
  group: CueGroup;
  word: string;
  start: number;
  /** a target a report or a plan sets out (报告提出): it runs on into clauses about a period not over too */
  target?: boolean;
  end: number;
  /** for `sources`: the speaker the source stands for (报道) */
  speaker?: string;
  /**
   * a question asked by a particle alone, with no ？ (俱乐部会卖吗): it reaches back no further than a pause, which in
   * captions often ends another speaker's statement (有消息说有球队愿意出5000万欧元 俱乐部会卖吗)
   */
  pauseBound?: boolean;
}

const cues = new Lexicon<{ group: CueGroup; order: number; speaker?: string }>(
  cueGroups.flatMap((group, order) =>
    cueData[group].map((c) => ({
      word: c.word,
      info: { group, order, speaker: "speaker" in c ? (c.speaker as string) : undefined },
    })),
  ),
);
const notCues = new Lexicon<ReadonlySet<string> | null>(
  cueData.notCues.flatMap((n) =>
    typeof n === "string"
      ? [{ word: n, info: null }]
      : n.words.map((word) => ({ word, info: new Set(n.notAfter) as ReadonlySet<string> | null })),
  ),
);

/**
 * Every cue in `text`, left to right. A word may carry several groups (预测 is a forecast and a reporting verb), so
 * each position gives every group's longest word there; cues inside a notCues word (机会) are dropped.
 */
export function findCues(text: string, times: readonly TimeSpan[] = []): CueHit[] {
  let blocked: Span[] | null = null;
  const out: CueHit[] = [];
  for (let i = 0; i < text.length; i++) {
    // most characters start no word: one array read each before any lookup
    const c = text.charCodeAt(i);
    if (starters[c] !== 1) continue;
    // a hedge before a verb of reaching a level (可能降到) forecasts it: a cue of its own
    const reach = reachHedges.starts(c) ? reachAt(text, i) : null;
    if (reach) out.push(reach);
    // an event still to come and an aid after it (投产以后月产能能到15亿颗) forecast the figure after the aid
    const after = afterEvents.starts(c) ? afterEventAt(text, i) : null;
    if (after) out.push(after);
    // a time not over and an aid after it (年底能上线): once for the aid, from the time's longest word (今年年底)
    const timed = reachTimes.starts(c) ? timeAidAt(text, i) : null;
    if (timed && !out.some((h) => h.start === timed.start && h.group === "prediction")) out.push(timed);
    // the speaker's side and 会 or 将 before a verb of its own doing (我们会在三个月内把价格降到…) commit: a plan
    const commit = commitSubjects.starts(c) ? commitmentAt(text, i, times) : null;
    if (commit) out.push(commit);
    // the speaker's side or an organisation and 决定 before a verb or a time (公司决定明年再开五家店): a decision, a plan
    const decision = decisionWords.starts(c) ? decisionAt(text, i) : null;
    if (decision) out.push(decision);
    // a report, a plan or a government and 提出 or 要求 (政府工作报告提出，今年…): the target it sets out, a plan
    const target = targetVerbs.starts(c) ? targetAt(text, i) : null;
    if (target) out.push(target);
    // a clause-initial 希望 after a time not over, a verb of reaching after it (今年希望做到15个亿): the speaker's aim
    const wish = wishWords.starts(c) || wantWords.starts(c) ? wishAt(text, i, times) : null;
    if (wish) out.push(wish);
    // 要从X扩到Y: an aim to take a figure of the actor's to a target (团队也要从现在的八百人扩到一千二百人)
    const fromTo = fromToLeads.starts(c) ? fromToPlanAt(text, i) : null;
    if (fromTo) out.push(fromTo);
    // a particle at the end of a clause asks with no ？ (你们明年营收能到100亿吗)
    if ((askParticles[c] === 1 || askIfAsked[c] === 1) && endsClause(text, i + 1) && asksAt(text, i)) {
      out.push({ group: "question", word: text.charAt(i), start: i, end: i + 1, pauseBound: true });
      continue;
    }
    // a plan word whose words raw captions part with spaces (今年 我们 要 卖到…, 明年 出货 目标 一亿台), read as in prose
    const spaced = planWords.starts(c) ? spacedPlanAt(text, i, times) : null;
    if (spaced) out.push(spaced);
    // most characters that start a cue word start none here: one look before the list of every word that does
    if (!cues.starts(c) || cues.after(text, i) === null) continue;
    const words = cues.allAfter(text, i);
    // a word a time begins inside is no word (王总说明年要开店: 说 + 明年, not 说明)
    blocked ??= notCueSpans(text).filter((b) => !times.some((t) => t.start > b.start && t.start < b.end));
    // every group's longest word here (the words come longest first), in the groups' order
    const from = out.length;
    let taken = 0;
    for (const w of words) {
      const bit = 1 << w.info.order;
      if (taken & bit) continue;
      taken |= bit;
      // a longer plan word over caption spaces is the plan here (我们 要: not a shorter word in prose at its start)
      if (w.info.group === "plan" && spaced) continue;
      // 目标翻一番: a plan word that closes with the figure's own verb stops before it, so the figure stays outside
      const word = w.info.group === "plan" ? beforeFigureVerb(w.word) : w.word;
      const end = i + word.length;
      if (w.info.group === "plan" && !planHolds(text, i, end, w.word, times)) continue;
      // a plan word inside a notCues word that caption spaces part (准备 了 1200张 床位, 比 原定 计划)
      if (w.info.group === "plan" && besidePause(text, i, end) && spacedNotCue(text, i, end)) continue;
      if (w.info.group === "prediction" && disposalWords.has(w.word) && disposedAt(text, end)) continue;
      // a question listed with a caption pause inside (会 不会) is the question itself (会不会), as later rules know it
      const named = w.info.group === "question" && word.includes(" ") ? word.replaceAll(" ", "") : word;
      if (!insideOther(blocked, i, end) && !(end - i === 1 && spacedNoun(text, i, times)))
        out.push({ group: w.info.group, word: named, start: i, end, speaker: w.info.speaker });
    }
    if (out.length - from > 1) out.splice(from, out.length - from, ...out.slice(from).sort(byGroup));
  }
  return out;
}

/**
 * Whether the plan word text[start, end) (`word` as listed) plans: not after a verb of having that ends its clause
 * (都有招生计划), not the verb said again with 了 (准备这场比赛准备了两个多月), not a first-person 要 of paying (dutyAt).
 */
function planHolds(text: string, start: number, end: number, word: string, times: readonly TimeSpan[]): boolean {
  if (endsClause(text, end) && hadBefore(text, start)) return false;
  return !doneAgain(text, end, word) && !dutyAt(text, start, end, word, times);
}

/** Whether a caption space stands right before or right after text[start, end). */
const besidePause = (text: string, start: number, end: number): boolean =>
  tableAt(pauses, text, start - 1) === 1 || tableAt(pauses, text, end) === 1;

const planWords = wordLexicon(cueData.plan.map((c) => c.word));
// how many characters a notCues word may reach before or after a plan word read over spaces (比原定计划, 我们要看到)
const notCueReach = notCues.longest;

/**
 * A plan word at `pos` whose own words raw captions part with caption spaces (我们 要, 出货 目标, 目标 是): the
 * characters of one clause from `pos`, past the pauses between them, make a plan word that spans a pause and is longer
 * than any plan word standing at `pos` as written. The hit's `word` is the word as listed, its span the text's, with
 * the spaces; it is none inside a notCues word read over the spaces too (我们 要 看到, 比 原定 计划), and it passes the
 * checks a plan word in prose passes (planHolds).
 */
function spacedPlanAt(text: string, pos: number, times: readonly TimeSpan[]): CueHit | null {
  const longest = planWords.longest;
  // most places have no pause within a plan word's reach: nothing to join (one look, no string made)
  let gap = pos + 1;
  while (gap < pos + longest && gap < text.length && pauses[text.charCodeAt(gap)] !== 1) gap++;
  if (gap >= pos + longest || gap >= text.length) return null;
  const { joined, ends } = spacedHan(text, pos, longest);
  const hit = planWords.after(joined, 0);
  if (!hit || (ends[hit.word.length - 1] as number) === pos + hit.word.length) return null;
  if ((planWords.after(text, pos)?.word.length ?? 0) >= hit.word.length) return null;
  const word = beforeFigureVerb(hit.word);
  const end = ends[word.length - 1] as number;
  if (spacedNotCue(text, pos, end) || !planHolds(text, pos, end, hit.word, times)) return null;
  return { group: "plan", word, start: pos, end };
}

/**
 * The Chinese characters from `pos` on, past the caption spaces between them, up to `count` of them (我们 要 → 我们要),
 * and where each of them ends in the text: a word parted by spaces is looked up in `joined`, and placed by `ends`.
 */
export function spacedHan(text: string, pos: number, count: number): { joined: string; ends: number[] } {
  let joined = "";
  const ends: number[] = [];
  for (let k = pos; k < text.length && joined.length < count; k++) {
    const c = text.charCodeAt(k);
    if (pauses[c] === 1) continue;
    if (!isHan(c)) break;
    joined += text.charAt(k);
    ends.push(k + 1);
  }
  return { joined, ends };
}

/**
 * Whether text[start, end), read without its caption spaces, lies inside a notCues word read so too, within its clause
 * (我们 要 看到: 我们要看到; 比 原定 计划).
 */
function spacedNotCue(text: string, start: number, end: number): boolean {
  let before = "";
  for (let k = start - 1; k >= 0 && before.length < notCueReach && askClauseStarts[text.charCodeAt(k)] !== 1; k--)
    if (pauses[text.charCodeAt(k)] !== 1) before = text.charAt(k) + before;
  let inner = "";
  for (let k = start; k < end; k++) if (pauses[text.charCodeAt(k)] !== 1) inner += text.charAt(k);
  const after = joinedAt(text, end, notCueReach);
  return insideOther(notCueSpans(before + inner + after), before.length, before.length + inner.length);
}

const dutyEnds = cueData.duties.ends;
const dutyAdverbs = wordLexicon(cueData.duties.adverbs);
const dutyVerbs = wordLexicon(cueData.duties.verbs);
const dutyNotVerbs = wordLexicon(cueData.duties.notVerbs);
const dutyLongest = Math.max(dutyVerbs.longest, dutyNotVerbs.longest);

/** Up to `count` characters of the clause from `pos`, past the caption spaces between them (还 房贷 → 还房贷). */
function joinedAt(text: string, pos: number, count: number): string {
  let out = "";
  for (let k = pos; k < text.length && out.length < count && askClauseStarts[text.charCodeAt(k)] !== 1; k++)
    if (pauses[text.charCodeAt(k)] !== 1) out += text.charAt(k);
  return out;
}

/**
 * Whether the first-person 要 of the plan word text[start, end) (我们要) is "has to" before a verb of paying or giving
 * up (cues.yaml duties: 每个月我们要交两万的房租, 一单下来我们要让出去百分之三十多): a present obligation, no intention.
 * A time to come before it in its sentence (明年我们要交…) leaves the plan.
 */
function dutyAt(text: string, start: number, end: number, word: string, times: readonly TimeSpan[]): boolean {
  if (!dutyEnds.some((e) => word.endsWith(e))) return false;
  // over caption spaces too (我们 要 交 两万 的 房租)
  let at = skipPauses(text, end);
  // a verb of paying that begins with an adverb's character (还贷: repay, not 还 "still") is the verb; its own
  // characters may be parted by caption spaces too (要 还 房贷)
  let verb = joinedAt(text, at, dutyLongest);
  for (let w = dutyAdverbs.after(text, at); w && !dutyVerbs.after(verb, 0); w = dutyAdverbs.after(text, at)) {
    at = skipPauses(text, at + w.word.length);
    verb = joinedAt(text, at, dutyLongest);
  }
  if (dutyNotVerbs.after(verb, 0) || !dutyVerbs.after(verb, 0)) return false;
  if (times.some((t) => t.direction === "future" && t.start < start)) return false;
  for (let k = start; k > 0 && reachEnds[text.charCodeAt(k - 1)] !== 1; k--)
    if (reachTimes.before(text, k)) return false;
  return true;
}

const disposalWords = new Set(cueData.disposal.words);
const disposalVerbs = wordLexicon(cueData.disposal.verbs);
const disposalLinks = wordLexicon(cueData.disposal.links);
const disposalDone = wordLexicon(cueData.disposal.done);

/**
 * Whether the 将 that ends at `pos` is 把: an object of at least one character in its clause, then a verb of change,
 * maybe a link (到, 在), and 了 (将得分提高到了百分之九十): what was done, so no forecast (cues.yaml disposal).
 */
function disposedAt(text: string, pos: number): boolean {
  if (pos >= text.length || reachEnds[text.charCodeAt(pos)] === 1) return false; // no object: 将，
  const stop = Math.min(text.length, pos + 1 + cueData.disposal.reach);
  for (let k = pos + 1; k < stop && reachEnds[text.charCodeAt(k)] !== 1; k++) {
    const verb = disposalVerbs.after(text, k);
    if (!verb) continue;
    let at = k + verb.word.length;
    at += disposalLinks.after(text, at)?.word.length ?? 0;
    if (disposalDone.after(text, at)) return true;
  }
  return false;
}

/**
 * The plan verb said again with 了 later in its clause (我们准备这场比赛准备了两个多月): a verb copy telling how long
 * the thing was done, no intention.
 */
function doneAgain(text: string, end: number, word: string): boolean {
  const again = text.indexOf(`${word}了`, end);
  if (again < 0) return false;
  for (let k = end; k < again; k++) if (reachEnds[text.charCodeAt(k)] === 1) return false;
  return true;
}

const planHadVerbs = wordLexicon(cueData.planHad.verbs);
const planAnnounce = charTable(cueData.planHad.announce);
const planDenials = wordLexicon(cueData.planHad.denials);

/**
 * Whether a verb of having (有) stands in the clause before `pos`, within reach and not right before it (都有招生计划),
 * not in a denial (没有调价计划), and no classifier right before `pos` announces the plan (有一个计划).
 */
function hadBefore(text: string, pos: number): boolean {
  if (planAnnounce[text.charCodeAt(pos - 1)] === 1) return false;
  const stop = Math.max(0, pos - cueData.planHad.reach);
  for (let k = pos - 1; k >= stop && askClauseStarts[text.charCodeAt(k)] !== 1; k--) {
    const v = planHadVerbs.after(text, k);
    if (v && k + v.word.length < pos) return !planDenials.after(text, k - 1);
  }
  return false;
}

const reachHedges = wordLexicon(cueData.reachHedges);
const reachAids = wordLexicon(cueData.reachAids);
const reachVerbs = wordLexicon(cueData.reachVerbs);
const reachDone = charTable(cueData.reachDone);
const reachNow = wordLexicon(cueData.reachNow);
const reachAidedVerbs = wordLexicon(cueData.reachAidedVerbs);
const reachFigureVerbs = new Set(cueData.reachFigureVerbs);

/** A cue word less a figure verb it ends in (目标翻 → 目标), or the word itself. */
export function beforeFigureVerb(word: string): string {
  for (const verb of reachFigureVerbs)
    if (word.length > verb.length && word.endsWith(verb)) return word.slice(0, -verb.length);
  return word;
}
const reachTimes = wordLexicon(cueData.reachTimes);
// where the clause of a reaching verb ends, for its 了: punctuation, caption breaks and spaces
// how far a clause of caption words parted by spaces reaches from a hedge (a caption line's length)
const spacedReach = 40;
const reachEnds = charTable("，,。；;：:！!？?\n \t\u3000");

/**
 * A forecast at `pos`: a hedge right before a verb of reaching a level (可能降到, 应该能做到, 应该能到100亿, 估计今年能卖100万台:
 * a time not over may stand before the aid), with no 了 or 过 after
 * the verb in its clause (not 去年可能降到了1.2%), and no word of the present (目前, 已经) before the hedge in it. The
 * hedge itself is found as a hedge too.
 */
function reachAt(text: string, pos: number): CueHit | null {
  const hedge = reachHedges.after(text, pos);
  if (!hedge) return null;
  let at = skipPauses(text, pos + hedge.word.length);
  // in raw captions spaces part the words (可能 达到 13级): the clause then reaches over them
  let spaced = at > pos + hedge.word.length;
  // a time not over between the hedge and an aid (我估计今年能卖100万台)
  const time = reachTimes.after(text, at);
  if (time && reachAids.after(text, at + time.word.length)) at += time.word.length;
  const aid = reachAids.after(text, at);
  if (aid) {
    const next = skipPauses(text, at + aid.word.length);
    spaced ||= next > at + aid.word.length;
    at = next;
  }
  // 应该能到100亿元: a bare 到 or 过 after an aid, right before a figure (not 能到场)
  const aided = aid ? reachAidedVerbs.after(text, at) : null;
  const verb =
    reachVerbs.after(text, at) ?? (aided && isNumeralChar(text.charAt(at + aided.word.length) || " ") ? aided : null);
  if (!verb) return null;
  const end = at + verb.word.length;
  // over spaces, the clause up to punctuation or a caption break, within a caption line's reach
  const ends = spaced ? askClauseStarts : reachEnds;
  const last = spaced ? Math.min(text.length, end + spacedReach) : text.length;
  for (let k = end; k < last && ends[text.charCodeAt(k)] !== 1; k++)
    if (reachDone[text.charCodeAt(k)] === 1) return null;
  // a guess at what is now (目前用户大概达到3000万): a word of the present before the hedge in its clause
  const first = spaced ? pos - spacedReach : 0;
  for (let k = pos; k > 0 && k > first && ends[text.charCodeAt(k - 1)] !== 1; k--)
    if (reachNow.before(text, k)) return null;
  // 应该能翻倍: the verb is the figure's own text, so the cue stops before it and the figure stays outside the cue
  const cueEnd = reachFigureVerbs.has(verb.word) ? at : end;
  return { group: "prediction", word: text.slice(pos, cueEnd), start: pos, end: cueEnd };
}

const commitData = cueData.commitments;
const commitSubjects = wordLexicon(commitData.subjects);
const commitBare = new Set(commitData.bareSubjects);
const commitModals = wordLexicon(commitData.modals);
const commitAdverbs = wordLexicon(commitData.adverbs);
const commitPlaces = wordLexicon(commitData.at);
const commitDayParts = wordLexicon(commitData.dayParts);
const commitVerbs = wordLexicon(commitData.verbs);
const hostVerbs = wordLexicon(commitData.hosts.verbs);
const hostEvents = wordLexicon(commitData.hosts.events);
const proposalWords = wordLexicon(commitData.proposals.words);
const proposalVerbs = wordLexicon(commitData.proposals.verbs);

/**
 * A verb of having (有) at `pos` before an event the side holds, within reach in its clause (我们下周三下午会有一个义诊,
 * 会有一场招聘会): holding it is the side's own act. 会有 before no event (我们明年会有三成的增长) is an outcome.
 */
function hostedAt(text: string, pos: number): { word: string } | null {
  const verb = hostVerbs.after(text, pos);
  if (!verb) return null;
  const from = pos + verb.word.length;
  return firstInClause(text, from, from + commitData.hosts.reach, (k) => hostEvents.after(text, k)) >= 0 ? verb : null;
}

/**
 * The first position in [from, last) where `found` holds, before the clause ends (a reach end: punctuation, a pause),
 * or -1: how far the commitment, host and target rules look for their verb or noun.
 */
function firstInClause(text: string, from: number, last: number, found: (k: number) => unknown): number {
  const end = Math.min(text.length, last);
  for (let k = from; k < end && reachEnds[text.charCodeAt(k)] !== 1; k++) if (found(k)) return k;
  return -1;
}
const commitNotVerbs = wordLexicon(commitData.notVerbs);
const commitAttributes = wordLexicon(commitData.attributes);
const startModals = new Set(commitData.startModals);

/**
 * Past adverbs (还, 一定, 就), times not over (明年) and any time the sentence's times start at `pos` (下个季度,
 * 下周三下午: an act set for a date) from `pos`, and the caption pauses between them: raw captions part the words of
 * one clause with spaces (明年 我们 会 推出 三款 新机 commits as 明年我们会推出三款新机 does).
 */
function skipAdverbs(text: string, pos: number, times: readonly Span[] = []): number {
  let at = pos;
  for (;;) {
    at = skipPauses(text, at);
    const w = commitAdverbs.after(text, at) ?? reachTimes.after(text, at) ?? commitDayParts.after(text, at);
    // a time read longer than the word (明年暑期 over 明年) is passed whole
    const time = times.find((t) => t.start === at && t.end > at + (w?.word.length ?? 0));
    if (time) at = time.end;
    else if (w) at += w.word.length;
    else return at;
  }
}

/** A verb of the side's own doing at `pos` (推出, 把), not one inside a word that names no act (开发者). */
function commitVerbAt(text: string, pos: number): { word: string } | null {
  return commitNotVerbs.after(text, pos) ? null : commitVerbs.after(text, pos);
}

/**
 * A commitment at `pos`: a subject of the speaker's side, adverbs or a time not over, a modal (会, 将), then a verb
 * of something the side does itself, right after or after a place or deadline opened by 在 within reach
 * (我们将在上海开五家门店). What 会 says the side will do is its plan; what it says will happen to it (我们会看到…,
 * 我们明年会增长两成) has no such verb first and stays a forecast. The cue is the modal.
 */
function commitmentAt(text: string, pos: number, times: readonly TimeSpan[]): CueHit | null {
  const subject = commitSubjects.after(text, pos);
  if (!subject) return null;
  if (commitBare.has(subject.word) && pos > 0 && isHan(text.charCodeAt(pos - 1))) return null;
  const modalAt = skipAdverbs(text, pos + subject.word.length, times);
  const modal = commitModals.after(text, modalAt);
  // 我们建议把比例提高到…: a proposal of the side's own, 建议 right before 把 or a verb of its doing, is what it means
  // to bring about (not 我建议大家…, advice to others, nor 我们建议的比例, a noun)
  const proposal = modal ? null : proposalWords.after(text, modalAt);
  if (proposal) {
    const after = modalAt + proposal.word.length;
    return commitVerbAt(text, after) || proposalVerbs.after(text, after)
      ? { group: "plan", word: proposal.word, start: modalAt, end: after }
      : null;
  }
  if (!modal) return scheduledAt(text, pos + subject.word.length, modalAt, times, pos);
  let at = skipAdverbs(text, modalAt + modal.word.length, times);
  let verb = commitVerbAt(text, at) ?? hostedAt(text, at);
  const place = verb ? null : commitPlaces.after(text, at);
  if (place) {
    // the first verb of doing after at least one character of the place or deadline, within its clause
    const k = firstInClause(text, at + place.word.length + 1, at + place.word.length + commitData.reach, (p) =>
      commitVerbAt(text, p),
    );
    if (k >= 0) {
      verb = commitVerbAt(text, k);
      at = k;
    }
  }
  if (!verb) return null;
  // over caption spaces only a time to come set for the act makes the side's modal a commitment (明年 我们 会 推出
  // 五款 新机, 我们 明年 会 推出…): 我们 会 开 10家 店 stays the forecast a spaced modal carries
  if (pausedWithin(text, pos, at) && !setAhead(text, pos, at, times)) return null;
  // 开始 commits only to a time to come set before it (公司下个季度开始调薪), with nothing done after the verb in its
  // clause (公司开始裁员了, 我们去年开始扩产: what began)
  if (startModals.has(modal.word)) {
    const set = pos + subject.word.length;
    const ahead = times.some((t) => t.start >= set && t.end <= modalAt && t.direction === "future");
    if (!ahead || firstInClause(text, at, text.length, (k) => doneMarks.after(text, k)) >= 0) return null;
  }
  // the modal alone: a cue over the place or deadline would cover its figure (三个月内), and is dropped with it
  if (place) return { group: "plan", word: modal.word, start: modalAt, end: modalAt + modal.word.length };
  // else the modal through the verb (会提交, 就要提交): a cue of two characters or more speaks, as a plan word does,
  // for the later comma clauses that say more of the act (我们下个季度就会提交上市申请，拟募资十个亿)
  const end = at + verb.word.length;
  return { group: "plan", word: text.slice(modalAt, end), start: modalAt, end };
}

/** Whether a caption pause stands in text[from, to). */
function pausedWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (pauses[text.charCodeAt(k)] === 1) return true;
  return false;
}

/**
 * Whether a time to come or not over (明年, 下个月; 今年, 年底: reachTimes) stands between the side at `side` and `at`,
 * or ends right before the side, past pauses.
 */
function setAhead(text: string, side: number, at: number, times: readonly TimeSpan[]): boolean {
  let before = side;
  while (before > 0 && pauses[text.charCodeAt(before - 1)] === 1) before--;
  return times.some(
    (t) =>
      (t.direction === "future" || reachTimes.after(text, t.start) !== null) &&
      ((t.start >= side && t.end <= at) || t.end === before),
  );
}

/**
 * A commitment with no modal: a time to come between the side and a verb of its doing right after (我们明年暑期上线,
 * 公司下个月开两家店), or right before the side (明年我们再开五家门店): the side's schedule, said in the present as
 * Chinese says it, is its plan. Nothing done after the verb in its clause (我们明年上线了: no plan), and the time must
 * lie ahead (我们去年上线, 我们今年推出 stay as they are). The cue is the verb.
 */
function scheduledAt(text: string, set: number, at: number, times: readonly TimeSpan[], side = set): CueHit | null {
  let before = side;
  while (before > 0 && pauses[text.charCodeAt(before - 1)] === 1) before--;
  const ahead = (t: TimeSpan) => (t.start >= set && t.end <= at) || t.end === before;
  if (!times.some((t) => ahead(t) && t.direction === "future")) return null;
  const verb = commitVerbAt(text, at);
  if (!verb || commitAttributes.after(text, at + verb.word.length)) return null; // 我们明年上线的游戏: an attribute
  if (firstInClause(text, at, text.length, (k) => doneMarks.after(text, k)) >= 0) return null;
  return { group: "plan", word: verb.word, start: at, end: at + verb.word.length };
}

const decisionWords = wordLexicon(cueData.decisions.words);
const decisionActors = wordLexicon(cueData.decisions.actors);
const decisionAdverbs = wordLexicon(cueData.decisions.adverbs);
const decisionSuffixes = wordLexicon(cueData.decisions.actorSuffixes);
const decisionNotActors = wordLexicon(cueData.decisions.notActors);
const decisionNotAfter = wordLexicon(cueData.decisions.notAfter);
const decisionNotBefore = wordLexicon(cueData.decisions.notBefore);

/**
 * A decision at `pos` (决定) with an actor of its own right before it, past adverbs (我们最终决定, 公司已经决定,
 * 欧佩克+决定), and Chinese after it, a verb or a time (…决定下半年投产, …决定每天减产): what the actor has decided to
 * do is its plan. With no actor before it 决定 is a cause or a noun (这决定了…, 取决于, 由市场决定), and after 由 or 被 the
 * actor decides nothing of its own (由我们决定); 决定性, 决定权 and 决定的 are nouns or attributes.
 */
/** Where a run of the lexicon's words ending at `pos` starts (公司已经决定: 已经 before 决定), `pos` if none ends there. */
function backOver(words: Lexicon<unknown>, text: string, pos: number): number {
  let at = pos;
  for (let w = words.before(text, at); w; w = words.before(text, at)) at -= w.word.length;
  return at;
}

function decisionAt(text: string, pos: number): CueHit | null {
  const word = decisionWords.after(text, pos);
  if (!word) return null;
  const end = pos + word.word.length;
  if (!isHan(text.charCodeAt(end)) || decisionNotAfter.after(text, end)) return null;
  const at = backOver(decisionAdverbs, text, pos);
  const actor = decisionActors.before(text, at);
  if (actor)
    return decisionNotBefore.before(text, at - actor.word.length)
      ? null
      : { group: "plan", word: word.word, start: pos, end };
  return namedActorBefore(text, at, end) ? { group: "plan", word: word.word, start: pos, end } : null;
}

/**
 * An organisation named before a decision's `at`: a word ending in an actor suffix (局, 银行, 组织) with a Han
 * character of its name before it (市场监管局, 工商银行), not one of notActors (社会, 格局, 不会), with no 了 right
 * after the decision word at `end` (格局决定了…: a cause) and no notBefore word (由, 被) in its clause before it
 * (由工商银行决定).
 */
function namedActorBefore(text: string, at: number, end: number): boolean {
  const suffix = decisionSuffixes.before(text, at);
  if (!suffix || text.charAt(end) === "了" || decisionNotActors.before(text, at)) return false;
  const name = at - suffix.word.length;
  if (!isHan(text.charCodeAt(name - 1))) return false;
  for (let k = name; k > 0 && reachEnds[text.charCodeAt(k - 1)] !== 1; k--)
    if (decisionNotBefore.before(text, k)) return false;
  return true;
}

const targetSources = wordLexicon(cueData.targets.sources);
const targetAdverbs = wordLexicon(cueData.targets.adverbs);
const targetVerbs = wordLexicon(cueData.targets.verbs);
const targetNotAfter = wordLexicon(cueData.targets.notAfter);

/**
 * A target at `pos` (提出, 要求, 明确) with a report, a plan or a government right before it, past adverbs
 * (政府工作报告提出, 规划进一步要求): what the source sets out to reach, a plan, for the clauses after it. With no such
 * source the verb is discourse (他提出了三个问题); 了 after it tells what the source did.
 */
function targetAt(text: string, pos: number): CueHit | null {
  const verb = targetVerbs.after(text, pos);
  if (!verb) return null;
  const end = pos + verb.word.length;
  if (targetNotAfter.after(text, end)) return null;
  const at = backOver(targetAdverbs, text, pos);
  if (at !== pos && targetVerbs.after(text, at) && targetSources.before(text, at)) return null; // 报告明确提出: once
  return targetSources.before(text, at) ? { group: "plan", word: verb.word, start: pos, end, target: true } : null;
}

const wishWords = wordLexicon(cueData.wishes.words);
const wishVerbs = wordLexicon(cueData.wishes.verbs);
const wantWords = wordLexicon(cueData.wishes.wants);

/**
 * A wish of the speaker's own at `pos` (希望) that opens its clause after a time not over, with no subject between or
 * only the speaker's side and adverbs (今年希望做到15个亿, 明年我们也希望能开到两百家店), and a verb of reaching right
 * after it, past adverbs (做到, 能, 把): what the speaker means to reach, a plan. Not after a past time (去年希望…:
 * what was meant), nor after another's subject (投资者希望…), nor before no such verb (今年希望不大: a noun).
 */
function wishAt(text: string, pos: number, times: readonly TimeSpan[]): CueHit | null {
  // 希望 before a verb of reaching, or 想 (want to) before a verb of the side's doing (今年想再开两家)
  const hope = wishWords.after(text, pos);
  const wish = hope ?? wantWords.after(text, pos);
  if (!wish) return null;
  const after = skipAdverbs(text, pos + wish.word.length);
  if (!(hope ? wishVerbs.after(text, after) : commitVerbAt(text, after))) return null;
  let from = pos;
  while (from > 0 && reachEnds[text.charCodeAt(from - 1)] !== 1) from--;
  // the clause before 希望: times not over (a word of reachTimes, or a time read ahead of the anchor), then at most
  // the speaker's side and adverbs
  let at = from;
  let timed = false;
  for (;;) {
    // the whole time read first: 明年春天 is one time, whose 明年 alone would leave 春天 before the wish
    const time = times.find((t) => t.start === at && t.end > at && t.direction === "future");
    const word = time ? null : reachTimes.after(text, at);
    if (!word && !time) break;
    at = time ? time.end : at + (word as { word: string }).word.length;
    timed = true;
  }
  if (!timed) return null;
  // the speaker's side, and adverbs with or without it (明年还想新增三条产线)
  const subject = commitSubjects.after(text, at);
  at = skipAdverbs(text, subject ? at + subject.word.length : at);
  if (at !== pos) return null;
  return { group: "plan", word: wish.word, start: pos, end: pos + wish.word.length };
}

const fromToLeads = wordLexicon(cueData.fromToPlans.leads);
const fromToVerbs = wordLexicon(cueData.fromToPlans.verbs);

/**
 * A plan at `pos`: 要从 (fromToPlans.leads) with a verb of the actor's growing or raising something to a level within
 * reach in its clause (团队也要从现在的八百人扩到一千二百人, 毛利率要从18%提高到25%): whoever says it, 要 here sets a
 * target, as 我们要 does. The cue is 要 alone, so that it covers no figure.
 */
function fromToPlanAt(text: string, pos: number): CueHit | null {
  const lead = fromToLeads.after(text, pos);
  if (!lead) return null;
  const from = pos + lead.word.length;
  return firstInClause(text, from, from + cueData.fromToPlans.reach, (k) => fromToVerbs.after(text, k)) >= 0
    ? { group: "plan", word: text.charAt(pos), start: pos, end: pos + 1 }
    : null;
}

const afterEvents = wordLexicon(cueData.afterEvents);
// words of what is done (了): shared with src/assemble/claims.ts
export const doneMarks = wordLexicon(cueData.doneMarks);
const afterEventNotAids = wordLexicon(cueData.afterEventNotAids);
// where the search for an event's aid stops: a sentence's end or a caption break
const afterEventEnds = charTable("。！!？?；;\n");

/**
 * A forecast after an event still to come (投产以后, 建成后): the first aid (能, 可以) within reach after it in its
 * sentence, not 不能 nor 能不能, with a numeral after the aid in the aid's clause and no 了 from the event to that
 * clause's end (not 投产以后销量增长了20%). The cue is the aid, so that it stands in the figure's clause
 * (投产以后，月产能能到15亿颗).
 */
function afterEventAt(text: string, pos: number): CueHit | null {
  const event = afterEvents.after(text, pos);
  if (!event) return null;
  const last = Math.min(text.length, pos + event.word.length + cueData.afterEventReach);
  let aid: { start: number; end: number } | null = null;
  let numeral = false;
  for (let k = pos + event.word.length; k < last; k++) {
    const c = text.charCodeAt(k);
    if (afterEventEnds[c] === 1 || (aid && reachEnds[c] === 1 && c !== 32 && c !== 0x3000)) break;
    if (doneMarks.after(text, k)) return null;
    if (aid) numeral ||= isNumeralChar(text.charAt(k));
    else {
      // a noun or a hedge holding an aid (产能, 能力, 可能) is passed over whole
      const noun = afterEventNotAids.after(text, k);
      const w = noun ? null : reachAids.after(text, k);
      if (noun) k += noun.word.length - 1;
      else if (w && text.charAt(k - 1) !== "不" && text.charAt(k + w.word.length) !== "不") {
        aid = { start: k, end: k + w.word.length };
        k = aid.end - 1;
      }
    }
  }
  return aid && numeral
    ? { group: "prediction", word: text.slice(aid.start, aid.end), start: aid.start, end: aid.end }
    : null;
}

const timeAidLinks = wordLexicon(cueData.timeAids.links);
const timeAidNotVerbs = charTable(cueData.timeAids.notVerbs);
const timeAidPast = charTable(cueData.timeAids.pastNegations);
const timeAidAsks = charTable(cueData.timeAids.asks);

/**
 * A forecast by a time not over and an aid right after it (年底能上线, 年内可以完成, 今年就能卖到100万台: cues.yaml
 * timeAids), or the 要 of an aim a few characters on (今年营收要突破十亿): the cue is the aid. None where 没 denies it (没能), a 不 after it asks (能不能), it is part of a noun, or its
 * clause tells what is done (了) or what there is (今年能有这样的成绩) with no numeral.
 */
function timeAidAt(text: string, pos: number): CueHit | null {
  const time = reachTimes.after(text, pos);
  if (!time) return null;
  let at = skipPauses(text, pos + time.word.length);
  at += timeAidLinks.after(text, at)?.word.length ?? 0;
  const helper = afterEventNotAids.after(text, at) ? null : reachAids.after(text, at);
  const aid = helper ? { word: helper.word, start: at } : aimAt(text, at);
  if (!aid) return null;
  at = aid.start;
  const end = at + aid.word.length;
  if (timeAidPast[text.charCodeAt(at - 1)] === 1 || timeAidAsks[text.charCodeAt(end)] === 1) return null;
  let numeral = false;
  for (let k = end; k < text.length && reachEnds[text.charCodeAt(k)] !== 1; k++) {
    if (doneMarks.after(text, k)) return null;
    numeral ||= isNumeralChar(text.charAt(k));
  }
  if (!numeral && timeAidNotVerbs[text.charCodeAt(end)] === 1) return null;
  return { group: "prediction", word: aid.word, start: at, end };
}

const aims = {
  words: wordLexicon(cueData.timeAids.aims.words),
  notAfter: charTable(cueData.timeAids.aims.notAfter),
  verbs: wordLexicon([...cueData.reachVerbs, ...cueData.reachAidedVerbs, ...cueData.timeAids.aims.verbs]),
};

/**
 * The 要 of an aim at `pos` or a few characters on in its clause (今年要做到一百亿, 今年营收要突破十亿): right before a verb
 * of reaching a level, not in another word (不要, 需要, 只要), with no numeral before it. Its start is where the aid is.
 */
function aimAt(text: string, pos: number): { word: string; start: number } | null {
  // in raw captions spaces part the words of one clause (今年年底 我们 用户 要 突破 一个亿): the reach counts no pause
  let left = cueData.timeAids.aims.reach + 1;
  for (let k = pos; k < text.length && left > 0 && !isNumeralChar(text.charAt(k)); k++) {
    if (pauses[text.charCodeAt(k)] === 1) continue;
    if (reachEnds[text.charCodeAt(k)] === 1) return null;
    left--;
    const aim = aims.words.after(text, k);
    if (!aim) continue;
    const verb = skipPauses(text, k + aim.word.length);
    if (aims.notAfter[text.charCodeAt(k - 1)] === 1 || !aims.verbs.after(text, verb)) return null;
    return { word: aim.word, start: k };
  }
  return null;
}

/**
 * Whether the clause starting at `from` opens, past its pauses and subject, with the 要 of an aim (净利润要做到九十个亿
 * 左右): on a caption line after one that set a time not over (我们今年的目标是营收突破四百亿元⏎…), it forecasts the level
 * as 今年净利润要做到九十个亿 does (see timeAidAt).
 */
export function aimOpens(text: string, from: number): boolean {
  return aimAt(text, skipPauses(text, from)) !== null;
}

const askParticles = charTable(cueData.askParticles);
const askNouns = cueData.askNouns;
const askIfAsked = charTable(cueData.askIfAsked);
// the characters where any of findCues's lookups can start: one array read passes over all the others
const starters = charTable([...cueData.askParticles, ...cueData.askIfAsked]);
for (const c of [
  ...commitSubjects.firstCodes,
  ...wishWords.firstCodes,
  ...fromToLeads.firstCodes,
  ...decisionWords.firstCodes,
  ...targetVerbs.firstCodes,
  ...reachHedges.firstCodes,
  ...afterEvents.firstCodes,
  ...reachTimes.firstCodes,
  ...cues.firstCodes,
])
  starters[c] = 1;
type Ask = "ask" | "if" | "opener" | "not" | "rhetorical";
const askWords = new Lexicon<Ask>([
  ...cueData.askConditionals.map((word) => ({ word, info: "if" as Ask })),
  ...cueData.askWords.map((word) => ({ word, info: "ask" as Ask })),
  ...cueData.askOpeners.map((word) => ({ word, info: "opener" as Ask })),
  ...cueData.notAsk.map((word) => ({ word, info: "not" as Ask })),
  ...cueData.rhetorical.map((word) => ({ word, info: "rhetorical" as Ask })),
]);
// what may follow a particle that ends its clause: punctuation but ？ (吗？ is a cue of its own), breaks and pauses,
// closing quotes and brackets
const particleEnds = charTable("，,。；;：:！!\n \t\u3000…”’」』）)");
// what a clause before a particle starts after: punctuation and caption breaks (not a pause: 如果 明年呢)
const askClauseStarts = charTable("，,。；;：:！!？?\n");

/** Whether the character at `pos` ends a clause: the end of the text, punctuation (not ？), a break or a pause. */
const endsClause = (text: string, pos: number): boolean =>
  pos >= text.length || particleEnds[text.charCodeAt(pos)] === 1;

/**
 * Whether the particle at `pos`, at the end of its clause, asks: 吗 always, unless a rhetorical word (难道) stands
 * before it in its clause; 呢 only after a word that asks (如果, 多少, not 几乎 or 十几) or an opener at the start of the
 * clause or after a pause (那明年呢), or right after a noun of askNouns (明年的目标呢).
 */
function asksAt(text: string, pos: number): boolean {
  let from = pos;
  while (from > 0 && askClauseStarts[text.charCodeAt(from - 1)] !== 1) from--;
  let asks = askIfAsked[text.charCodeAt(pos)] !== 1;
  // 明年的目标呢: 呢 right after a plan or forecast noun asks about it (a statement ends in a figure or a verb)
  if (askNouns.some((w) => text.endsWith(w, pos))) asks = true;
  for (const [j, e] of askWordsIn(text, from, pos)) {
    if (e.info === "rhetorical") return false;
    if (e.info === "if" || (e.info === "ask" && !(e.word.length === 1 && nextToNumeral(text, j)))) asks = true;
    if (e.info === "opener" && (j === from || pauses[text.charCodeAt(j - 1)] === 1)) asks = true;
  }
  return asks;
}

/** The words of askWords in text[from, to), left to right, each the longest at its place, with where they start. */
function* askWordsIn(text: string, from: number, to: number): Generator<[number, Entry<Ask>]> {
  for (let j = from; j < to; j++) {
    const e = askWords.starts(text.charCodeAt(j)) ? askWords.after(text, j) : null;
    if (!e) continue;
    yield [j, e];
    j += e.word.length - 1;
  }
}

/**
 * Whether the clause that starts at `from` (up to the next punctuation or caption break) holds a word that asks (多少,
 * 什么, 如果; not 几乎, nor the 几 of 十几): 主持人问明年营收多少，… puts a question with no ？.
 */
export function clauseAsks(text: string, from: number): boolean {
  let to = from;
  while (to < text.length && askClauseStarts[text.charCodeAt(to)] !== 1) to++;
  for (const [j, e] of askWordsIn(text, from, to))
    if (e.info === "if" || (e.info === "ask" && !(e.word.length === 1 && nextToNumeral(text, j)))) return true;
  return false;
}

// where a phrase asked by a word of its own starts and ends: punctuation, caption breaks and pauses
const askPhraseEnds = charTable("，,。；;：:！!？?\n \t\u3000");

/**
 * Where the phrase around `pos` starts (between punctuation, caption breaks and pauses) when it ends its text (a
 * sentence) and asks by a word of two characters or more, not a conditional: 明年有什么计划, 你们明年有哪些计划, 明年打算怎么做;
 * else -1: 明年春节档主要看几部喜剧, the answer after a pause in 你们什么时候盈利 我们预计2026年底实现盈利, and a question that is the
 * subject of what follows (2050年我们每天做什么⏎肯定和今天完全不同). With `overCaptions` (the line of a role that asks),
 * caption breaks do not end the phrase: 主持人：五年以后⏎你们想做到什么样 asks about the time.
 */
export function askingPhrase(text: string, pos: number, overCaptions = false): number {
  let from = Math.min(pos, text.length);
  while (from > 0 && askPhraseEnds[text.charCodeAt(from - 1)] !== 1) from--;
  let to = pos;
  // a role that asks runs its phrase on over caption breaks (主持人：五年以后⏎你们想做到什么样)
  while (to < text.length && (askPhraseEnds[text.charCodeAt(to)] !== 1 || (overCaptions && text[to] === "\n"))) to++;
  let end = text.length;
  while (end > to && askPhraseEnds[text.charCodeAt(end - 1)] === 1) end--;
  if (end > to) return askedOverPauses(text, from, to, end, overCaptions);
  for (const [, e] of askWordsIn(text, from, to)) if (e.info === "ask" && e.word.length > 1) return from;
  return -1;
}

/**
 * A question spoken in caption pauses (主持人：明年 目标 是 多少, 你们 明年 要 卖 多少台, 明年 大概 什么 时候 上市): the
 * phrase text[from, to) runs on over caption spaces to `end`, the end of its text but end marks, when only pauses (and
 * with `overCaptions` caption breaks) stand between its words, a word that asks (two characters or more) stands in it,
 * at most askTailPauses pauses follow that word, no answer's subject opens a word after it (明年 目标 是 多少 我们 定
 * 的 是 一百亿) and no verb of not knowing stands in it, over its spaces too (明年 会 怎样 不知道, 什么 时候 还 没 定):
 * where the phrase starts, else -1.
 */
function askedOverPauses(text: string, from: number, to: number, end: number, overCaptions: boolean): number {
  for (let k = to; k < end; k++) {
    const c = text.charCodeAt(k);
    if (askPhraseEnds[c] === 1 && pauses[c] !== 1 && !(overCaptions && c === 10)) return -1;
  }
  let asks = -1;
  for (const [j, e] of askWordsIn(text, from, end))
    if (e.info === "ask" && e.word.length > 1) {
      asks = j + e.word.length;
      break;
    }
  if (asks < 0) return -1;
  // a verb of not knowing may be parted by a pause too (还 没 定): read the phrase without its spaces
  let joined = "";
  for (let k = from; k < end; k++) if (askPhraseEnds[text.charCodeAt(k)] !== 1) joined += text.charAt(k);
  if (askEmbedders.occursIn(joined)) return -1;
  let tail = 0;
  for (let k = asks; k < end; k++) {
    if (askPhraseEnds[text.charCodeAt(k - 1)] !== 1 || askPhraseEnds[text.charCodeAt(k)] === 1) continue;
    if (++tail > cueData.askTailPauses || answerSubjects.after(text, k)) return -1;
  }
  return from;
}

/**
 * Where the phrase of the time text[start, end) starts when it is that time alone and a 呢 (askIfAsked) that ends the
 * sentence: 主持人：今后三年呢, 明年呢 asks about the time; else -1 (今后三年呢 我们会继续扩张 goes on after it: a topic).
 */
export function askingTime(text: string, start: number, end: number): number {
  let from = start;
  while (from > 0 && askPhraseEnds[text.charCodeAt(from - 1)] !== 1) from--;
  const opener = askWords.after(text, from);
  const lead = opener?.info === "opener" ? opener.word.length : 0; // 那明年呢
  // a caption pause may stand before the 呢 (主持人：明年 呢)
  const particle = skipPauses(text, end);
  if (from + lead !== start || askIfAsked[text.charCodeAt(particle)] !== 1) return -1;
  for (let k = particle + 1; k < text.length; k++) if (askPhraseEnds[text.charCodeAt(k)] !== 1) return -1;
  return from;
}

const framePlans = wordLexicon(cueData.answerFrames.plans);
const frameFigures = wordLexicon(cueData.answerFrames.figures);
const frameWhat = wordLexicon(cueData.answerFrames.what);

/**
 * What a question about the time text[start, end) asks for when it asks for a figure of that time (cues.yaml
 * answerFrames): a plan it names after the time, asked how many (明年的销量目标是多少) or ending the question (明年的目标呢);
 * a forecast asked how many or how much (明年能卖多少) or the time alone with 呢 (那明年呢); else null (明年有什么计划
 * asks what, for no figure).
 */
export function askedFigureOf(text: string, start: number, end: number): "plan" | "prediction" | null {
  const rest = text.slice(end);
  const figure = frameFigures.occursIn(rest);
  let to = text.length;
  while (to > end && (askPhraseEnds[text.charCodeAt(to - 1)] === 1 || askTails[text.charCodeAt(to - 1)] === 1)) to--;
  const named = framePlans.occursIn(rest);
  if (named && (figure || (framePlans.before(text, to) && !frameWhat.occursIn(rest)))) return "plan";
  return figure || askingTime(text, start, end) >= 0 ? "prediction" : null;
}

const askIs = wordLexicon(cueData.planLeads);

/**
 * Where the phrase around `pos` starts when it ends its text (a sentence) in a noun of askNouns with nothing after it
 * but end marks, holds no 是 (那是我们明年的计划 states), and opens with an opener (那明年的目标) or is the line of a role
 * that asks (`asker`: 主持人：你们明年的扩张计划): a question with no ？ or 呢 about the plan; else -1.
 */
export function askingNoun(text: string, pos: number, asker: boolean): number {
  let to = text.length;
  while (to > 0 && askPhraseEnds[text.charCodeAt(to - 1)] === 1) to--;
  if (to <= pos || !askNouns.some((w) => text.endsWith(w, to))) return -1;
  let from = Math.min(pos, text.length);
  while (from > 0 && askPhraseEnds[text.charCodeAt(from - 1)] !== 1) from--;
  for (let k = from; k < to; k++) if (askPhraseEnds[text.charCodeAt(k)] === 1) return -1;
  for (let k = from; k < to; k++) if (askIs.after(text, k)) return -1;
  // the longest ask word at the start: an opener, not a notAsk word holding one (那个, 那时)
  const opens = askWords.after(text, from)?.info === "opener";
  return opens || (asker && from === 0) ? from : -1;
}

const topicLinks = charTable(cueData.askTopicLinks);

/**
 * Where the phrase of the time text[start, end) starts when the line is that of a role that asks (`asker`) and the
 * phrase is only an opener, the time, a link (的) and a short noun phrase up to the end of the text (主持人：那明年的产能,
 * 记者：那么2026年的出货量): it asks about the noun, as 那明年的目标 does; else -1. The caller checks that no cue (会, 要:
 * a verb) stands in the noun phrase: 主持人：那明年的产能会翻倍 states.
 */
export function askingTopic(text: string, start: number, end: number, asker: boolean): number {
  if (!asker || topicLinks[text.charCodeAt(end)] !== 1) return -1;
  let from = start;
  while (from > 0 && askPhraseEnds[text.charCodeAt(from - 1)] !== 1) from--;
  const opener = askWords.after(text, from);
  if (opener?.info !== "opener" || from + opener.word.length !== start) return -1;
  let to = text.length;
  while (to > 0 && askPhraseEnds[text.charCodeAt(to - 1)] === 1) to--;
  // a noun phrase: Han characters only, and short (a clause with more words says something about it)
  if (to <= end + 1 || to - end - 1 > cueData.askTopicMaxChars) return -1;
  for (let k = end + 1; k < to; k++) if (!isHan(text.charCodeAt(k))) return -1;
  for (let k = end + 1; k < to; k++) if (askIs.after(text, k)) return -1;
  return from;
}

const answerSubjects = wordLexicon(cueData.answerSubjects);

/**
 * Where the answer starts when the 几 at `pos` asks how many in a caption phrase of its own that a caption space and a
 * new subject answer (几年能回本 我们测算大概三年: 我们…), else -1. Not a 几 by a numeral (几十), in a notAsk word
 * (好几), nor in a phrase with 了 (来了几个人 我们…: a few came), nor with no space and subject after it.
 */
export function askingNumeral(text: string, pos: number): number {
  if (!askWords.starts(text.charCodeAt(pos))) return -1; // most figures start with no ask word
  let from = pos;
  while (from > 0 && askPhraseEnds[text.charCodeAt(from - 1)] !== 1) from--;
  let to = pos;
  while (to < text.length && askPhraseEnds[text.charCodeAt(to)] !== 1) to++;
  if (pauses[text.charCodeAt(to)] !== 1 || nextToNumeral(text, pos)) return -1;
  let asks = false;
  for (const [j, e] of askWordsIn(text, from, to))
    if (j === pos && e.info === "ask" && e.word.length === 1) asks = true;
  if (!asks) return -1;
  for (let k = from; k < to; k++) if (doneMarks.after(text, k)) return -1;
  let next = to;
  while (pauses[text.charCodeAt(next)] === 1) next++;
  return answerSubjects.after(text, next) ? next : -1;
}

const askTails = charTable(cueData.askTails);
// what makes a phrase a guess, no question (你大概喝几杯吧)
const guessTails = charTable(cueData.guessTails);
const fewBefore = wordLexicon(cueData.fewBefore);
const fewAdverbs = wordLexicon(cueData.fewAdverbs);
const overAsks = new Set(cueData.overAsks);
const askEmbedders = wordLexicon(cueData.askEmbedders);
const askAddressees = wordLexicon(cueData.askAddressees);

/** Whether text[from, …) holds nothing but pauses, punctuation and askTails particles (了, 啊) up to its end. */
function endsAsking(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (askPhraseEnds[c] !== 1 && askTails[c] !== 1) return false;
  }
  return true;
}

/**
 * Whether the figure text[pos, end) is asked about with no ？ or 吗, in the phrase that ends its sentence (nothing after
 * it but punctuation, pauses and a particle of askTails):
 * - a 几 that opens the figure asks how many when the figure ends the sentence (这个案子会判几年, 你今年几岁了), or
 *   when a word of the one asked (你, 您: askAddressees) stands before it in its phrase (您每天喝几杯咖啡); not a
 *   几 by a numeral (几百万) or in a notAsk word (好几年), nor after a 了 in its phrase (干了几年), nor right after a
 *   word of fewBefore (过几年, 也就几个人) or an adverb of fewAdverbs and a verb (再等几年), nor before more words
 *   with no one asked (过几年再说) or 吧 (判个几年吧);
 * - a word of two characters or more that asks (多大, 多少, 什么) after the figure in its phrase asks about it
 *   (两勺是多大的勺, 一公斤多少钱); not one of notAsk (差不了多少, 怎么也得), nor one before the figure, nor one of
 *   overAsks right after it (两倍多大家都没想到: 多 is the figure's "over").
 * Not in a phrase with a verb of not knowing (去年亏了30亿不知道怎么办: an embedded question). An answer after the
 * question stands in a phrase of its own (增长了多少 我觉得有百分之二十) and is not asked.
 */
export function askedInPhrase(text: string, pos: number, end: number): boolean {
  let to = end;
  while (to < text.length && askPhraseEnds[text.charCodeAt(to)] !== 1) to++;
  if (!endsAsking(text, to)) return false;
  let from = pos;
  while (from > 0 && askPhraseEnds[text.charCodeAt(from - 1)] !== 1) from--;
  // an embedded question (不知道怎么办) states
  for (let k = from; k < to; k++) if (askEmbedders.after(text, k)) return false;
  const word = askWords.starts(text.charCodeAt(pos)) ? askWords.after(text, pos) : null;
  if (
    word?.info === "ask" &&
    word.word.length === 1 &&
    !nextToNumeral(text, pos) &&
    (endsAsking(text, end) || addressed(text, from, pos))
  ) {
    let done = false;
    for (let k = from; k < pos && !done; k++) done = doneMarks.after(text, k) !== null;
    const few = fewBefore.before(text, pos) ?? (pos - 1 > from ? fewAdverbs.before(text, pos - 1) : null);
    if (!done && !few) return true;
  }
  for (const [j, e] of askWordsIn(text, end, to))
    if (e.info === "ask" && e.word.length > 1 && !(j === end && overAsks.has(e.word))) return true;
  return false;
}

/**
 * Where the phrase of the time text[start, end) starts when the first figure after the time in that phrase is asked
 * about (您明年有几款新车, 你们明年有几家店要开: askedInPhrase); else -1 (我们明年有几款新车要发 states).
 */
export function askingFigure(text: string, start: number, end: number, figures: readonly Span[]): number {
  const f = figures.find((m) => m.start >= end);
  if (!f) return -1;
  // caption pauses may stand between them (后年 会 涨 到 几成), not punctuation or a caption break, nor a pause before
  // the one asked, which turns to a question after a statement (明年 我们 会 涨价 你 觉得 能 涨 几成)
  for (let k = end; k < f.start; k++) {
    const c = text.charCodeAt(k);
    if (askPhraseEnds[c] === 1 && (pauses[c] !== 1 || askAddressees.after(text, skipPauses(text, k)))) return -1;
  }
  if (!askedInPhrase(text, f.start, f.end)) return -1;
  let from = start;
  while (from > 0 && askPhraseEnds[text.charCodeAt(from - 1)] !== 1) from--;
  return from;
}

/** Whether a word of the one asked (你, 您) stands in text[from, to) and the phrase is no guess (吧 ends it). */
function addressed(text: string, from: number, to: number): boolean {
  let end = to;
  while (end < text.length && askPhraseEnds[text.charCodeAt(end)] !== 1) end++;
  if (guessTails[text.charCodeAt(end - 1)] === 1) return false;
  for (let k = from; k < to; k++) if (askAddressees.after(text, k)) return true;
  return false;
}

/** Whether a numeral character stands right before or after `pos` (十几, 几百: 几 is a numeral there). */
const nextToNumeral = (text: string, pos: number): boolean =>
  isNumeralChar(text.charAt(pos - 1) || " ") || isNumeralChar(text.charAt(pos + 1) || " ");

const byGroup = (a: CueHit, b: CueHit) => cueGroups.indexOf(a.group) - cueGroups.indexOf(b.group);

interface Span {
  start: number;
  end: number;
}
/** A time of the sentence (src/recognize/time.ts): where it stands, and whether it is to come. */
export interface TimeSpan extends Span {
  direction?: string | null;
}

/**
 * The notCues words of a text, left to right, longest at each position, not overlapping. A guarded word is none
 * after a character that joins the cue instead (明年会: 明年 + 会), and the scan goes on inside it (明年会议: 会议).
 */
function notCueSpans(text: string): Span[] {
  return notCues.scan(text, (e, i) => !e.info?.has(text.charAt(i - 1)));
}

/**
 * Whether the one-character cue at `pos`, with a caption space on either side of it, joins the characters around it
 * across the spaces into a notCues word (开 会 3个 小时: 开会; 社 会): up to three characters each side, within its clause.
 * Not into a time that begins after the space (王总说 明年单价还要降: 说 + 明年, not 说明), as without a space.
 */
function spacedNoun(text: string, pos: number, times: readonly TimeSpan[]): boolean {
  if (tableAt(pauses, text, pos - 1) !== 1 && tableAt(pauses, text, pos + 1) !== 1) return false;
  let next = pos + 1;
  while (pauses[text.charCodeAt(next)] === 1) next++;
  if (next > pos + 1 && times.some((t) => t.start === next)) return false;
  let before = "";
  for (let k = pos - 1; k >= 0 && before.length < 3; k--) {
    const c = text.charCodeAt(k);
    if (askClauseStarts[c] === 1) break;
    if (pauses[c] !== 1) before = text.charAt(k) + before;
  }
  let after = "";
  for (let k = pos + 1; k < text.length && after.length < 3; k++) {
    const c = text.charCodeAt(k);
    if (askClauseStarts[c] === 1) break;
    if (pauses[c] !== 1) after += text.charAt(k);
  }
  const near = before + text.charAt(pos) + after;
  return insideOther(notCueSpans(near), before.length, before.length + 1);
}

/** Whether [start, end) lies inside one of the notCues words, and is not that very word (机会 holds 会). */
function insideOther(blocked: Span[], start: number, end: number): boolean {
  for (const b of blocked) if (start >= b.start && end <= b.end && !(b.start === start && b.end === end)) return true;
  return false;
}
