// assemble: sentences with their mentions become claims. Refiners run in order: drop questions, read each figure's
// type from the cues of its own clause (a condition reaches the clauses after it), its time from its clause or the
// sentence, its speaker (a source such as 有报道称 speaks for the figures after it), then group neighbouring figures
// of the same reading into one claim, name the subject (inherited by an elliptical figure) and cite every piece.
import {
  charTable,
  closingChars,
  codeAt,
  isHan,
  isLatinCode,
  pauseChars,
  pauses,
  quoteCloses,
  quoteOpens,
  skipPauses,
  tableAt,
} from "../chars.js";
import type { ParsedSource } from "../input/source.js";
import {
  aimOpens,
  askedFigureOf,
  askedInPhrase,
  askingFigure,
  askingNoun,
  askingNumeral,
  askingPhrase,
  askingTime,
  askingTopic,
  type CueHit,
  cueData,
  doneMarks,
  findCues,
  spacedHan,
} from "../recognize/cues.js";
import { Lexicon, wordLexicon } from "../recognize/lexicon.js";
import { documentLocale, type Locale } from "../recognize/locale.js";
import { isNumeralChar } from "../recognize/numeral.js";
import {
  display,
  idiomTopicsOf,
  type Mention,
  mentionsCount,
  mentionsMoney,
  mentionsPercentRate,
  mentionsSalary,
  recognizeQuantities,
  topicIdiomWindow,
} from "../recognize/quantity.js";
import { findTimes, type TimeMatch } from "../recognize/time.js";
import type { Claim, ClaimType, Quantity, Span, TimeRef } from "../schema.js";
import { offsetOf, readable, type Sentence } from "../segment/sentences.js";
import { SpeakerTracker } from "./speaker.js";
import { subjectOf } from "./subject.js";

/** A mention that did not become part of a claim, with the reason: what `--explain` shows. */
export interface Skipped {
  text: string;
  line: number;
  reason: string;
}

export interface Assembled {
  claims: Claim[];
  skipped: Skipped[];
}

// clause boundaries inside a sentence: commas, semicolons, colons and caption breaks
const clauseBreaks = charTable("，,；;：:\n");
const lineBreaks = charTable("\n");
// what may stand between the figures of a list that runs on over a caption break (几十亿⏎几百亿几千亿美金)
const listGaps = charTable(`\n、${pauseChars}`);
// forecast verbs whose object runs over the later clauses that name a period not over (预计…，全年在1.8%左右)
const frames = new Set(cueData.frames);
// hedges that estimate (估计): a forecast of a figure after them in their clause about a period not over
const estimates = new Set(cueData.estimates);
// words that make a later clause a statement of what is, out of such a verb's reach (…，国内产量是2065万吨)
const frameStops = wordLexicon(cueData.frameStops);
const conditionEnds = wordLexicon(cueData.conditionEnds);
// words of a condition's consequent (假如饲料再涨两成 那就没得赚了): on the condition's line they close it there
const consequentMarks = wordLexicon(cueData.consequentMarks);
// the speaker's own modal opening a later clause of a condition's line (如果跌破三千点 我会加仓): its consequent, unless a
// 的话 after it closes the condition there (如果明年 我们会扩张的话⏎…)
const consequentSubjects = wordLexicon(cueData.consequentSubjects);
// words that leave a consequent unsaid at its caption line's end (我们可能会⏎再降百分之十): it runs on to the next line
const consequentRunsOn = wordLexicon(cueData.consequentRunsOn);
// words of illustration opening a caption line after a condition's (比如说再加到百分之六十): the line is the condition's
const conditionExamples = wordLexicon(cueData.conditionExamples);
// words that open a caption line as a consequent (如果…的话⏎那 小米是更好的选择): the condition reaches no line after it
const consequentOpens = wordLexicon(cueData.consequentOpens);
// words that open a caption line adding to what came before (而, 另外): no condition's consequent
const addedOpens = wordLexicon(cueData.addedOpens);
// the words (是) between a plan word and the comma or colon that hands the plan on (我们的计划是，明年再投资90亿元)
const planLeads = wordLexicon(cueData.planLeads);
const leadBreaks = charTable("，,：:");
// words of what is due right after a time (明年要交付)
const dueWords = wordLexicon(cueData.dueWords);
// the forecast words (会) that a habit (通常会) or a population's share (三分之一左右的患者会出现) takes back
const habitualVerbs = new Set(cueData.habitualVerbs);
// words of how often (每天, 每周): in a figure's clause before 会, a routine, as a word of habit
const habitualFrequencies = wordLexicon(cueData.habitualFrequencies);
// words that open a clause turning from what came before (但, 不过): a condition or a hedge stops there
const contrasts = wordLexicon(cueData.contrasts);
// words of what the speaker saw happen (我见过): a condition's later clause with one and 了 tells what happened
const witnessed = wordLexicon(cueData.witnessed);
const tagQuestions = wordLexicon(cueData.tagQuestions);
const hearsay = wordLexicon(cueData.hearsay);
const tagAnswers = wordLexicon(cueData.tagAnswers);
// what may stand around a tag question that is a sentence of its own: spaces and end marks (是真的吗？)
const tagMarks = charTable(`？?！!。.${pauseChars}`);
// words of what is (现在, 实际上): after a turn, they take a clause out of a condition's reach
const actual = wordLexicon(cueData.actual);
const nowWords = wordLexicon(cueData.nowWords);
// 从现在的 before a figure: where a change starts today (see fromNow in cues.yaml)
const fromNowLeads = wordLexicon(cueData.fromNow.leads);
const fromNowLinks = wordLexicon(cueData.fromNow.links);
const nowUntil = wordLexicon(cueData.nowUntil);
// words of what already is or was (已经, 现在): a figure after one takes no time to come from an earlier clause; 而已
// holds 已 and is none
const already = new Lexicon([
  ...cueData.already.map((word) => ({ word, info: true })),
  ...cueData.notAlready.map((word) => ({ word, info: false })),
]);
// words of earlier (之前, 以前) that say what was when they open a clause, alone or after its subject (cues.yaml
// earlierOpeners)
const earlierWords = wordLexicon(cueData.earlierOpeners.words);
const earlierSubjects = wordLexicon(cueData.earlierOpeners.subjects);
const earlierDue = wordLexicon(cueData.earlierOpeners.dueAfter);
// the cue groups that give a clause a mode of its own: a plan or forecast word on the caption line before does not run on
// into it (一般会降价60%左右)
const ownMode = new Set(["prediction", "plan", "habitual", "hypothetical", "hedge", "question"]);
// the cue groups that stop a plan or forecast word before a later clause of its caption line: a mode of their own,
// or a negation (我们预计 不会 增长 20%); a hedge does not (我们预计 全年 可能 增长 20%)
const carryStops = new Set(["prediction", "plan", "habitual", "hypothetical", "question", "negation"]);
const commas = charTable("，,");
// punctuation inside a sentence and at its end; no caption break, which a joined sentence runs on over
const marks = charTable("，,；;：:。.！!？?");
// question words that lead to what they ask (会不会): their question runs on over caption spaces
const askLeads = new Set(cueData.askLeads);
// the yes or no of each ask word (会不会 → 会, 不会), and as no echo the longer words that open with one (会员, 能源:
// notEchoes): the longest word at the line's start is taken
const askEchoes = new Map(
  Object.entries(cueData.askEchoes).map(
    ([w, e]) =>
      [
        w,
        new Lexicon([
          ...e.map((word) => ({ word, info: true })),
          ...cueData.notEchoes.map((word) => ({ word, info: false })),
        ]),
      ] as const,
  ),
);
// words that take a plan or forecast word after them as a noun (超出预计, 兑现承诺): it carries on into no later clause
const cueAsNoun = wordLexicon(cueData.cueAsNoun);
// plan words that close a sentence after its figures and name them the plan (…，这是我们的目标)
const closingPlans = new Set(cueData.closingPlans);
const sentenceEnds = charTable(`。.！!；;…${pauseChars}${closingChars}`);
// words that open a clause or a sentence saying again what the one before said (就是说), or a sentence going on from
// the forecast before it (之后): its plain figures take that forecast's type (and a restatement its time)
const restates = wordLexicon(cueData.restates);
const nowBases = wordLexicon(cueData.nowBases);
const continues = wordLexicon(cueData.continues);
// a place named by a demonstrative and 的 opening a caption line, and a word of what is (那边的工资是…): what the
// place is like now
const placeTopics = wordLexicon(cueData.placeTopics);
const placeStates = wordLexicon(cueData.placeStates);
const placeLinks = charTable(cueData.placeLinks);
// particles that close a judgment (是有可能的): the cue is of what came before it
const judgmentClosers = charTable(cueData.judgmentClosers);
// …and what may stand before one that opens the caption phrase after the figure's (涨2% 还是有可能的)
const judgmentLeads = wordLexicon(cueData.judgmentLeads);
const doneReaching = new Set(cueData.doneOnLine.reaching);
const doneAnywhere = new Set(cueData.doneOnLine.marksAfter);
// words that open a caption line turning to describe something as it is (你 看 我们 这个 工厂): see movedOn
const topicHeads = wordLexicon(cueData.topicOpeners.heads);
const topicLeads = wordLexicon(cueData.topicOpeners.leads);
const topicAfterLeads = wordLexicon([...cueData.topicOpeners.heads, ...cueData.topicOpeners.afterLeads]);
// marks of a deed done in a figure's clause (卖了, 报价过): true before the figure, "after" after it too; false for the
// words that hold one and mark nothing (为了, 超过)
const doneOnLineWords = new Lexicon<boolean | "after">([
  ...cueData.doneOnLine.notWords.map((word) => ({ word, info: false })),
  ...cueData.doneOnLine.marks.map((word) => ({
    word,
    info: cueData.doneOnLine.marksAfter.includes(word) ? ("after" as const) : true,
  })),
]);
// a money word (票房, 收入) keeps the talk on money for this many sentences, and so does a figure the talk made money
// (票房…⏎…冲到了50亿…⏎…就是57点几亿: the amounts go on)
const moneyWindow = 8;

/** The mode of a figure's reading that a restatement or a continuation takes on. */
type Mode = Pick<Reading, "type" | "time" | "hedge" | "negated">;

/** The figure a question asked for, of a time to come, with where that time stands in the source (in its sentence). */
interface Asked {
  type: "plan" | "prediction";
  time: TimeMatch;
  ref: TimeRef;
}

/** One figure's reading in its sentence, before figures are grouped into claims. */
interface Reading {
  figure: Mention;
  type: ClaimType;
  time: TimeMatch | null;
  speaker: string | null;
  hedge: string | null;
  negated: boolean;
}

/** The claims of a source's sentences; with `explain`, also every mention that did not become one, and why. */
export function assemble(src: ParsedSource, sentences: Sentence[], anchor: string | null, explain = true): Assembled {
  const run: Run = {
    src,
    sentences,
    anchor,
    explain,
    claims: [],
    skipped: [],
    versions: new Set<string>(),
    speakers: new SpeakerTracker(src.frontMatter?.speakers ?? []),
    lastSubject: null,
    moneyUntil: -1,
    salaryUntil: -1,
    topicUntil: [],
    countedBefore: false,
    carry: { year: null },
    lastMode: null,
    asked: null,
    rateTopic: false,
    quoteFrom: -1,
    inQuote: false,
    locale: documentLocale(src.text),
  };
  // one call a sentence: V8 compiles a function of one sentence's work, where a loop over them all it would have to
  // compile whole, and replace while it runs
  for (let i = 0; i < sentences.length; i++) sentenceClaims(run, i);
  const { claims, skipped } = run;
  // ids are unique within a document: a second claim at the same place gets a suffix
  const seen = new Map<string, number>();
  for (const c of claims) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n + 1}`;
  }
  return { claims, skipped };
}

/** What a run over a source's sentences carries from one sentence to the next. */
interface Run {
  src: ParsedSource;
  sentences: Sentence[];
  anchor: string | null;
  explain: boolean;
  claims: Claim[];
  skipped: Skipped[];
  versions: Set<string>;
  speakers: SpeakerTracker;
  lastSubject: string | null;
  /** the last sentence a money word keeps the talk on money for */
  moneyUntil: number;
  /** the same for pay: 月薪, 工资 keep the talk on pay as a money word keeps it on money */
  salaryUntil: number;
  /** for each topic idiom's group (三元 of batteries), the last sentence a topic word (电池) keeps the talk on it */
  topicUntil: number[];
  /**
   * the sentence before counted something it named, and spoke of no money (现在每天是20亿个token): the next bare
   * figure (去年才两三亿) counts it too, whatever money word came sentences before
   */
  countedBefore: boolean;
  /** the year of the last stated year's part (明年上半年) for a part alone (下半年) in the next sentence */
  carry: { year: number | null };
  /** the forecast or plan the last sentence ended on, for a sentence that goes on from it (之后每年减少5%到8%) */
  lastMode: Mode | null;
  /** the figure the last sentence asked for, of a time to come (主持人：明年的目标呢), for its answer's plain figures */
  asked: Asked | null;
  /** the talk is on a rate said in percent: a sentence named one (退保率), and those since gave percents (去年是百分之一点二) */
  rateTopic: boolean;
  /** the first claim of a quote that opened a sentence (“我们今年…), while it lasts and for the sentence after it; -1 */
  quoteFrom: number;
  /** a quote opened and is not closed yet */
  inQuote: boolean;
  /** the document's script and region (Traditional, 元 of Taiwan), read once over its whole text */
  locale: Locale;
}

/** The claims of sentence i, added to the run's. */
function sentenceClaims(run: Run, i: number): void {
  const { src, sentences, anchor, explain, claims, skipped, versions, speakers, carry } = run;

  const s = sentences[i] as Sentence;
  const span = (from: number, to: number): Span => {
    const start = offsetOf(s, from);
    const end = to > from ? offsetOf(s, to - 1) + 1 : start;
    // the line: from the sentence's first line on (lineOf's search over the whole text gives the same)
    let at = s.firstLine - 1;
    while (at + 1 < src.lineStarts.length && (src.lineStarts[at + 1] as number) <= start) at++;
    return { line: at + 1, column: start - (src.lineStarts[at] as number) + 1, start, end };
  };
  // a part of the year alone (下半年) takes the year of a stated year's part in the sentence before, of the same
  // label and paragraph
  const before = i > 0 ? sentences[i - 1] : undefined;
  const newParagraph = !before || s.heading || s.label !== before.label || s.firstLine > before.lastLine + 1;
  if (newParagraph) carry.year = null;
  const priorMode = newParagraph ? null : run.lastMode;
  run.lastMode = null;
  // the figure the sentence before asked for frames this one's plain figures, whoever speaks (a new turn answers it)
  const answered = run.asked;
  run.asked = null;
  const times = s.heading ? [] : findTimes(s.text, anchor, carry, run.locale);
  const money = mentionsMoney(s.text);
  if (money) run.moneyUntil = i + moneyWindow;
  const moneyTopic = money || (i <= run.moneyUntil && !run.countedBefore);
  if (money && mentionsSalary(s.text)) run.salaryUntil = i + moneyWindow;
  const salaryTopic = moneyTopic && i <= run.salaryUntil;
  // a topic word (电池) keeps the talk on its topic for a few sentences, as a money word keeps it on money: 三元 there
  // is the battery chemistry
  for (const k of idiomTopicsOf(s.text)) run.topicUntil[k] = i + topicIdiomWindow;
  const idiomTopics = new Set<number>();
  run.topicUntil.forEach((until, k) => {
    if (i <= until) idiomTopics.add(k);
  });
  const rateTopic = run.rateTopic && !newParagraph;
  const mentions = recognizeQuantities(s.text, {
    times,
    versions,
    moneyTopic,
    salaryTopic,
    idiomTopics,
    yuan: run.locale.yuan,
    rateTopic,
  });
  // a rate named keeps the talk on it while the sentences after it give percents (我们的退保率⏎去年是百分之一点二⏎今年…)
  run.rateTopic =
    mentionsPercentRate(s.text) || (rateTopic && mentions.some((m) => m.tag === "figure" && m.kind === "percent"));
  if (moneyTopic && mentions.some((m) => m.tag === "figure" && m.kind === "money")) run.moneyUntil = i + moneyWindow;
  run.countedBefore =
    !money &&
    i < run.moneyUntil &&
    // points of a benchmark are a measure, counted all the same (安兔兔跑分实测286万分。那台跑了260万左右)
    mentions.some((m) => m.tag === "figure" && (m.kind === "count" || m.kind === "measure")) &&
    mentionsCount(s.text);
  speakers.learn(s.text);
  // the times a commitment may be set for (我们下个季度就会提交): not a comparison's baseline (比去年)
  const cueTimes = times.filter((t) => !t.baseline);
  const cues = outsideNumerals(findCues(s.text, cueTimes), mentions);
  const speaker = speakers.next(s, cues);
  // a quote's claims are the one's its next sentence names (“…今年的营收会突破一千亿。”⏎王传福说。)
  if (speakers.quotedBy !== null && run.quoteFrom >= 0)
    for (let k = run.quoteFrom; k < claims.length; k++) (claims[k] as Claim).speaker = speakers.quotedBy;
  const wasInQuote = run.inQuote;
  run.inQuote = quoteOpenAfter(s.text, wasInQuote);
  if (!wasInQuote) run.quoteFrom = tableAt(quoteOpens, s.text.trimStart(), 0) === 1 ? claims.length : -1;
  // a heading claims nothing, nor does a sentence with no numeral and no time (most of them)
  if (s.heading || (mentions.length === 0 && times.length === 0)) return;
  // hearsay asked by a tag question that is the whole next sentence (听说涨到三十块。是真的吗？) claims nothing, as
  // the same tag in its sentence does; unless the sentence after the tag answers yes (是真的。) and so states it
  // (read within bounds: a read past the last sentence made V8 throw the compiled function away)
  const following = i + 1 < sentences.length ? sentences[i + 1] : undefined;
  if (hearsayAsked(s, following, i + 2 < sentences.length ? sentences[i + 2] : undefined)) {
    for (const m of explain ? mentions : [])
      if (m.tag === "figure")
        skipped.push({ text: m.text, line: span(m.start, m.end).line, reason: "inside a question" });
    return;
  }
  for (const m of explain ? mentions : []) {
    if (m.tag !== "figure") skipped.push({ text: m.text, line: span(m.start, m.end).line, reason: m.reason ?? m.tag });
  }
  // nor does one whose numerals are no figures (一个, 一直), and which has no time: the most of the rest
  if (times.length === 0 && !mentions.some((m) => m.tag === "figure")) return;
  // a question asks, it does not claim: figures in a clause with a question cue (会不会, 吗？) are skipped. Joined
  // captions run a question into its answer (AGI还要多久 我觉得五到十年): the question reaches no further than its line
  const questions = cues.filter((c) => c.group === "question");
  // a question word that leads to what it asks (会不会, 是否) asks over caption spaces up to the first figure after it,
  // with three caption words between at most (会不会 再 涨 到 20%; not 会不会 涨 我 觉得 明年 能 涨 20%), and from there
  // to the next pause as any other. A caption break counts as a space (你们会不会⏎推出十万以下的车型) unless the line
  // after it opens an answer (会不会涨⏎我觉得能涨20%)
  const askedUpTo = (q: CueHit) => {
    if (!askLeads.has(q.word)) return q.end;
    const next = mentions.find((m) => m.tag === "figure" && m.start >= q.end);
    return next && leadApart(s.text, q.end, next.start, q.word) <= 4 ? next.end : q.end;
  };
  const questionEnds = questions.map((q) => questionEnd(s.text, askedUpTo(q)));
  // only figures and a second time ask for their clause: most sentences have neither
  const clauseOf =
    mentions.length > 0 || times.length > 1 ? clauses(s.text, true, times) : (): [number, number] => [0, s.text.length];
  // a question reaches back over a pause (今年营收100亿 会不会太乐观), not over punctuation; one asked by a particle
  // alone (吗 with no ？) not over a pause either
  const questionClauseOf = questions.length > 0 ? clauses(s.text, false) : clauseOf;
  // a tag question (…，是真的吗？) asks the whole statement before it in its sentence
  const tagged = (q: CueHit) => {
    let from = questionClauseOf(q.start)[0];
    from = skipPauses(s.text, from);
    const t = tagQuestions.after(s.text, from);
    return t !== null && from + t.word.length >= q.start;
  };
  // 几 asking how many in a caption phrase answered after it by a new subject with a figure of its kind (几年能回本
  // 我们测算大概三年) is the question's unknown, no figure
  const howMany = (m: Mention) => {
    const answer = askingNumeral(s.text, m.start);
    return answer >= 0 && mentions.some((a) => a.tag === "figure" && a.kind === m.kind && a.start >= answer);
  };
  // a question asked by a particle alone reaches back over one pause to the clause right before it when that clause is
  // a condition with the figure after its word: the condition is what is asked (那关税要是加到百分之五十 你们还扛得住吗);
  // a statement before the pause stays one (有消息说有球队愿意出5000万欧元 俱乐部会卖吗)
  const conditionAsked = (q: CueHit, pos: number) => {
    const [qFrom] = clauseOf(q.start);
    if (qFrom === 0) return false;
    const [from, to] = clauseOf(qFrom - 1);
    return pos >= from && pos < to && cues.some((c) => c.group === "hypothetical" && c.start >= from && c.end <= pos);
  };
  // a figure asked about by a word of its phrase with no ？ (这个案子会判几年, 两勺是多大的勺)
  const asked = (m: { start: number }) =>
    ("tag" in m && (howMany(m as Mention) || askedInPhrase(s.text, m.start, (m as Mention).end))) ||
    questions.some((q, k) => {
      if (m.start < q.start && tagged(q)) return true;
      const [from, to] = (q.pauseBound ? clauseOf : questionClauseOf)(m.start);
      if (askLeads.has(q.word) && m.start >= q.end && m.start < (questionEnds[k] as number)) return true;
      if (q.pauseBound && conditionAsked(q, m.start)) return true;
      return q.start >= from && q.start <= to && m.start < (questionEnds[k] as number);
    });
  // a time asked about by a word of its phrase, with no ？ (明年有什么计划), dates no forecast: unless a forecast or
  // plan word before that phrase makes it what is forecast (Sam Altman预测⏎2050年我们每天做什么⏎肯定和今天完全不同)
  const asker = s.label !== null && askerRoles.has(s.label);
  const askedByWord = (t: { start: number; end: number }) => {
    let from = askingPhrase(s.text, t.start, asker);
    // …or by a 呢 right after the time that ends the sentence (主持人：今后三年呢)
    if (from < 0) from = askingTime(s.text, t.start, t.end);
    // …or by the figure after it in its phrase that is asked about (您明年有几款新车), though a small count
    if (from < 0) from = askingFigure(s.text, t.start, t.end, mentions);
    // …or by a noun of a plan that ends the line of a role that asks, or a phrase with an opener (主持人：那你们明年的扩张计划)
    if (from < 0 && mentions.length === 0) from = askingNoun(s.text, t.start, asker);
    // …or a host's line that is only an opener, the time and a noun phrase with no cue in it (主持人：那明年的产能)
    // (a numeral inside the time, 2026年, is no figure of the phrase)
    if (from < 0 && mentions.every((m) => m.start >= t.start && m.end <= t.end)) {
      const topic = askingTopic(s.text, t.start, t.end, asker);
      if (topic >= 0 && !cues.some((c) => c.start >= t.end)) from = topic;
    }
    return from >= 0 && !cues.some((c) => (c.group === "prediction" || c.group === "plan") && c.end <= from);
  };
  const figures = mentions.filter((m) => m.tag === "figure" && !asked(m));
  for (const m of explain ? mentions : []) {
    if (m.tag === "figure" && asked(m))
      skipped.push({ text: m.text, line: span(m.start, m.end).line, reason: "inside a question" });
  }
  // a question of no figure about one time to come that asks for a figure of it (明年的销量目标是多少, 那明年呢): its
  // answer's plain figures are that figure (cues.yaml answerFrames)
  const askedTimes = times.filter((t) => notOver(t) && !t.baseline && (asked(t) || askedByWord(t)));
  if (figures.length === 0 && askedTimes.length === 1) {
    const t = askedTimes[0] as TimeMatch;
    const type = askedFigureOf(s.text, t.start, t.end);
    if (type !== null) run.asked = { type, time: t, ref: timeRef(src, t, span) };
  }
  if (figures.length === 0 && times.length === 0) return; // no figure, no date: nothing to claim
  // a condition closed by 的话 alone, with no condition word before it (杠杆开到十倍的话 基本上一波就爆仓了), is one as
  // after 如果: a cue of its own from the clause of its figure, so that the figure and its consequent are hypothetical
  if (figures.length > 0) for (const c of bareConditions(s.text, cues, figures, times, clauseOf)) insertCue(cues, c);
  const sentenceTime = pickTime(times);
  // a negation inside a figure's bound words denies nothing: 不会超过25万元 says at most 25万元, as 不超过 does
  const claimCues = cues.filter((c) => c.group !== "negation" || !figures.some((f) => insideBound(c, f)));
  // the caption lines a sentence of raw captions or subtitles was joined from (none in punctuated prose)
  const lineAt = captionLines(s.text);
  // the clauses that turn from what came before (，但…): a hedge stops before them, and so does a condition before a
  // clause with a plan, a time or a word of what is of its own: what is, not what would be (…，但内部我们按130亿做预算)
  const turns = cues.some((c) => c.group === "hypothetical" || c.group === "hedge") ? turnsOf(s.text) : [];
  const facts = turns.length > 0 ? actual.scan(s.text) : [];
  const standsApart = (pos: number) => {
    const [from, to] = clauseOf(pos);
    const inside = (x: { start: number }) => x.start >= from && x.start < to;
    return (
      cues.some((c) => c.group === "plan" && inside(c)) ||
      times.some((t) => t.direction !== "future" && inside(t)) ||
      facts.some(inside)
    );
  };
  // whether the figures from `first` on follow each other with only spaces, breaks or list marks between up to pos
  const listRunsOn = (first: Mention, pos: number) => {
    let prev = first;
    for (const f of figures) {
      if (f.start <= first.start) continue;
      for (let k = prev.end; k < f.start; k++) if (listGaps[s.text.charCodeAt(k)] !== 1) return false;
      if (f.start >= pos) return true;
      prev = f;
    }
    return false;
  };
  // a condition or a hedge reaches the clauses after it (明年一定会盈利，收入超过100亿元); a negation does not. Across
  // caption lines it reaches the first later line with a figure, its consequent, and stops there
  const reaches = (c: CueHit, pos: number) => {
    const turned = countBefore(turns, pos + 1) > countBefore(turns, c.start + 1);
    if (turned && (c.group === "hedge" || standsApart(pos))) return false;
    // a hedge whose own clause holds a figure after it is that figure's, not a later clause's that states a mode of its
    // own: 人均ARR大概是四十六万，我们希望三年内能到一百万 (a plan, not hedged); 收入可能超过100亿元，利润只有10亿元 and
    // 明年一定会盈利，收入超过100亿元 still reach
    if (c.group === "hedge") {
      const [, to] = clauseOf(c.start);
      const [pf, pt] = clauseOf(pos);
      if (
        pos >= to &&
        figures.some((f) => f.start >= c.end && f.start < to) &&
        cues.some((h) => h.group !== "negation" && ownMode.has(h.group) && h.start >= pf && h.start < pt)
      )
        return false;
    }
    const line = lineAt(pos);
    // a later line said by another speaker is out of reach (如果对方不履行 至少追回一百万⏎李律师说 时效是一年)
    if (line > lineAt(c.start) && speaker(pos) !== speaker(c.start)) return false;
    // a hedge with a figure after it on its own caption line is that figure's: the lines after it are out of its reach
    // (学费大概一年两万八⏎孩子今年十二岁: no 大概 on the age), but for a list of figures that runs on over the break
    // (可能要用几十亿⏎几百亿几千亿美金); 我觉得大概⏎能卖三十万台 still reaches its next line
    if (c.group === "hedge" && line > lineAt(c.start)) {
      let own: Mention | undefined;
      for (const f of figures) if (f.start >= c.end && lineAt(f.start) === lineAt(c.start)) own = f;
      if (own && !listRunsOn(own, pos)) return false;
    }
    // a condition closed by 的话 or 就 with its consequent on its own line reaches no later line (如果 预算 多 两千块
    // 的话 直接 上 iPhone⏎嗯 听说 新款 明年 三月 就 要 发布了; 假如饲料再涨两成 那就没得赚了⏎…养殖户有二十来家);
    // 如果明年的话⏎我们可能会增长20% still does
    if (line > lineAt(c.start) && c.group === "hypothetical" && consequentOnLine(s.text, c.end)) return false;
    // the lines of an example that open with 比如说 after the condition's line are the condition's too
    const last = c.group === "hypothetical" && line > lineAt(c.start) ? exampleLinesEnd(s.text, c.end, lineAt) : -1;
    // …nor one after a later line that opens as its consequent, with or without a figure (如果你预算只有五千块的话⏎那 小米
    // 是更好的选择⏎据说明年三月会有Ultra⏎预计售价会在6499元左右: the forecast is not the condition's); the line right
    // after that one may still end the consequent (那我们对美国的出口⏎可能要掉一半以上)
    if (c.group === "hypothetical" && consequentLineBetween(lineAt(c.start), line)) return false;
    let head = Math.max(lineAt(c.start), last);
    if (c.group === "hypothetical" && line === head + 2 && conditionRunsOn(head)) head++;
    return (
      lineAt(c.start) >= line ||
      !figures.some((f) => {
        const at = lineAt(f.start);
        // on the condition's own line, a figure after 的话 is its consequent (如果是韧带撕裂的话 那可能要缺席六到八周)
        return (at > head && at < line) || (at === lineAt(c.start) && closedBefore(s.text, c.end, f.start));
      })
    );
  };
  // a plan or forecast word whose clause a caption break cuts before any figure (目标是融⏎五千万美元, 预计能省下⏎
  // 三到四成的成本) speaks for the next line's clause, unless its own clause asks (学费会不会涨⏎我们的学费是每年5000元
  // answers), or the next clause states its own mode: a time, a word of what already is, a cue of its own
  // (今年营收是100亿元, 现在年产能是20万辆, 一般会降价60%左右)
  // where the words of what already is stand (已经, 现在), found once per sentence and only when asked for
  let alreadyAt: number[] | null = null;
  /** The start of the last such word before pos, or -1. */
  // whether a done mark (了) or a word of what already is (已经) stands in text[from, to)
  const estimateDone = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (doneMarks.after(s.text, k)) return true;
    return alreadyBefore(to) >= from;
  };
  // whether a word of earlier at `at` opens its clause, alone or after the clause's subject (之前卖了, 我们此前融了;
  // not 2030年之前, 上市之前: a deadline), with no word of what is due after it in its clause (之前要先融资: before
  // then, still to come)
  const earlierOpens = (at: number, end: number): boolean => {
    const to = clauseOf(at)[1];
    for (let k = end; k < to; k++) if (earlierDue.after(s.text, k)) return false;
    const subject = earlierSubjects.before(s.text, at);
    const head = at - (subject?.word.length ?? 0);
    let open = clauseOf(head)[0];
    while (open < head && pauses[s.text.charCodeAt(open)] === 1) open++;
    return open === head || open === at;
  };
  const alreadyBefore = (pos: number): number => {
    alreadyAt ??= [
      ...already.scan(s.text).flatMap((w) => (w.entry.info ? [w.start] : [])),
      ...earlierWords.scan(s.text).flatMap((w) => (earlierOpens(w.start, w.end) ? [w.start] : [])),
    ].sort((a, b) => a - b);
    const k = countBefore(alreadyAt, pos);
    return k > 0 ? (alreadyAt[k - 1] as number) : -1;
  };
  const runsOn = (c: CueHit, from: number, to: number, pos: number) => {
    if ((c.group !== "plan" && c.group !== "prediction") || lineAt(pos) !== lineAt(c.start) + 1) return false;
    let [cf, ct] = clauseOf(c.start);
    // a plan word in raw captions: pauses alone part it from its line's end (我 打算 干到 明年 年底⏎攒 个 十万块)
    if (c.group === "plan") while (pauses[s.text.charCodeAt(ct)] === 1) ct = clauseOf(ct + 1)[1];
    if (s.text.charCodeAt(ct) !== 10 || figures.some((f) => f.start >= cf && f.start < ct)) return false;
    if (questions.some((q) => q.start >= cf && q.start < ct)) return false;
    // the figure's line up to its clause's end states no mode of its own: a time, a cue of its own (before the
    // figure's clause, a hedge is none: 投资 大概 五百万), a word of what already is or a 了 (…⏎通车 后 预计 日均
    // 车流量 是 5万辆次, …⏎现在 已经 有 五百家, …⏎攒 了 十万块)
    const line = Math.min(from, ct + 1);
    if (times.some((t) => t.start < to && t.end > line)) return false;
    const own = (h: CueHit) => (h.start >= from ? ownMode.has(h.group) : carryStops.has(h.group));
    if (cues.some((h) => h.start >= line && h.start < to && own(h))) return false;
    for (let k = line; k < to; k++) if (doneMarks.after(s.text, k)) return false;
    return alreadyBefore(to) < line;
  };
  // a plan word with nothing after it in its clause but 是 and a comma or colon (我们的计划是，明年再投资90亿元) speaks
  // for the clause after it, on through clauses that hold only a time (目标是，到2027年底前，…达到98.5%), unless its
  // own clause asks or the clause states what already is (目标是，去年已经完成了80%)
  // a plan or forecast word taken as a noun (超出预计, 兑现承诺, 我们的预计) hands itself on to no later clause; one
  // that 是 ends or follows is the subject of what it states (我们的目标是三年后航线做到1000条，覆盖30个城市)
  const asNoun = (c: CueHit) => {
    let head = c.start;
    while (head > 0 && pauses[s.text.charCodeAt(head - 1)] === 1) head--;
    if (planLeads.before(s.text, c.end) || planLeads.after(s.text, c.end)) return false;
    return cueAsNoun.before(s.text, head) !== null;
  };
  const leads = (c: CueHit, from: number, to: number) => {
    if (c.group !== "plan") return false;
    const text = s.text;
    const lead = planLeads.after(text, c.end);
    let p = c.end + (lead?.word.length ?? 0);
    while (pauses[text.charCodeAt(p)] === 1) p++;
    // with no 是 after the word or in it (目标是), only a colon hands the plan on (我们的计划：明年开200家门店; not
    // 兑现承诺，分红率提高到了45%)
    if (!lead && !planLeads.before(text, c.end) && commas[text.charCodeAt(p)] === 1) return false;
    if (questions.some((q) => q.start >= c.start && q.start < p)) return false;
    while (leadBreaks[text.charCodeAt(p)] === 1 && p < from - 1) {
      // the clause after the break opens with a time and holds no figure and no mode of its own (到2027年底前)
      let q = p + 1;
      while (pauses[text.charCodeAt(q)] === 1) q++;
      p = clauseOf(q)[1];
      const inside = (x: { start: number }) => x.start >= q && x.start < p;
      if (!times.some((x) => x.start === q) || figures.some(inside)) return false;
      if (cues.some((h) => ownMode.has(h.group) && inside(h))) return false;
    }
    return leadBreaks[text.charCodeAt(p)] === 1 && p === from - 1 && alreadyBefore(to) < from;
  };
  // a plan or forecast word cut from a later clause of its caption line by pauses alone (我们预计 全年 营收 增长 20%,
  // 分红 我们承诺 未来三年 分红率 不低于45%), or ending its clause right before a comma (我们承诺，未来三年分红率不低于
  // 45%), speaks for that clause, unless a figure, a question, a time past, a word of what already is, a condition
  // closed by 的话 (企业计划… 顺利的话 二〇二六年底能够获批) or a cue of a mode of its own stands between them
  let punctuation: number[] | null = null;
  const carriesOn = (c: CueHit, from: number, to: number, pos: number) => {
    // a word of one character (会, 将) is too often part of another word (门将) to carry that far, unless caption
    // spaces part it as a word of its own (客流 会 增长 两成)
    if (c.group !== "plan" && c.group !== "prediction") return false;
    if (c.end - c.start < 2 && !spacedWord(s.text, c.start, c.end)) return false;
    // …and one that opens its sentence alone answers a question (主持人：会不会上流媒体？ 会 版权我们卖了一点二亿):
    // it is the yes, as 会， is, no modal of what comes after
    if (c.end - c.start < 2 && onlyPauses(s.text, 0, c.start)) return false;
    // a judgment closed by 的 (是有可能的) is of what came before it, not of the clauses after it
    if (judgmentClosers[s.text.charCodeAt(c.end - 1)] === 1) return false;
    if (lineAt(pos) !== lineAt(c.start) || closedBefore(s.text, c.end, from) || asNoun(c)) return false;
    const [cf, ct] = clauseOf(c.start);
    punctuation ??= positionsOf(s.text, clauseBreaks);
    const marks = countBefore(punctuation, from) - countBefore(punctuation, ct);
    const comma = commas[s.text.charCodeAt(ct)] === 1 && from === ct + 1 && onlyPauses(s.text, c.end, ct);
    if (marks > (comma ? 1 : 0)) return false;
    if (figures.some((f) => f.start >= cf && f.start < from)) return false;
    if (questions.some((q) => q.start >= cf && q.start < to)) return false;
    if (times.some((t) => t.direction === "past" && t.start >= c.end && t.start < to)) return false;
    // a stop after the word, or around it (the 不会 of 会)
    if (cues.some((h) => h !== c && h.end > c.start && h.start < to && carryStops.has(h.group))) return false;
    return alreadyBefore(to) < c.end;
  };
  // a plan word (计划, 争取) or a forecast verb of frames (预计) speaks for the later comma clauses of its caption line
  // and speaker that say more of the plan or the forecast (我们计划2027年投产，产能4万吨; 今年预计营收100亿元，同比增长
  // 两成; 预计降雨量在100毫米左右，局部地区可能超过200毫米), up to a clause that states its own mode: a time not to
  // come, a word of what already is, 了, a turn (但), a condition, a question, another plan or forecast word or a
  // negation (我们计划明年开200家店，去年开了50家; 预计明年增长20%，去年是10%), and after a forecast verb, a word
  // of what is (是: 今年进口量预计在1亿吨左右，国内产量是2065万吨)
  const planOn = (c: CueHit, from: number, to: number, pos: number) => {
    const framed = c.group === "prediction" && frames.has(c.word);
    if ((c.group !== "plan" && !framed) || c.end - c.start < 2 || asNoun(c)) return false;
    if (lineAt(pos) !== lineAt(c.start) || speaker(pos) !== speaker(c.start)) return false;
    const text = s.text;
    const [cf, ct] = clauseOf(c.start);
    punctuation ??= positionsOf(text, clauseBreaks);
    for (let k = countBefore(punctuation, ct); k < punctuation.length; k++) {
      const at = punctuation[k] as number;
      if (at >= from) break;
      if (commas[text.charCodeAt(at)] !== 1) return false;
    }
    for (let k = ct; k < pos; k++) {
      if (doneMarks.after(text, k) || contrasts.after(text, k) || (framed && frameStops.after(text, k))) return false;
    }
    if (closedBefore(text, c.end, from) || questions.some((q) => q.start >= cf && q.start < to)) return false;
    // the baseline of a comparison (比今年多100家) is no time of the clause's own
    // …and a target a report sets out (报告提出，今年…) reaches a period not over too
    const later = (t: TimeMatch) => t.direction === "future" || (c.target === true && notOver(t));
    if (times.some((t) => !later(t) && !t.baseline && t.start >= ct && t.start < to)) return false;
    if (cues.some((h) => h !== c && h.start >= c.end && h.start < to && carryStops.has(h.group))) return false;
    return alreadyBefore(to) < c.end;
  };
  // a later clause of a condition's sentence with times past only, 了 after the first, and no word of a consequent
  // (就, 那么), tells what happened, out of the condition's reach (这行一旦压货，一个卖家去年亏了200万元; not 一旦压货，几十万就压在
  // 那里, nor 如果当时买了，去年就赚了200万元)
  // A clause with no time but a word of what the speaker saw happen (见过) before its 了 tells what happened too
  // (一旦压货，…，我见过一个卖家最后亏了上百万)
  const pastFact = (from: number, to: number) => {
    const text = s.text;
    const own = times.filter((x) => !x.baseline && x.start >= from && x.start < to);
    const t = own[0];
    if (own.some((x) => x.direction !== "past")) return false;
    let since = t ? t.end : -1;
    let done = false;
    for (let k = from; k < to; k++) {
      if (consequentMarks.after(text, k)) return false;
      // …or a word of the time of speaking, then 了: a holding told as it stands (如果跌到五万 三成矿机要关机⏎我们现在还囤
      // 了一千五百个比特币); not as a base (比现在高了三成) nor as a span's end (到现在亏了三成)
      const now =
        nowBases.before(text, k) === null && nowUntil.before(text, k) === null ? nowWords.after(text, k) : null;
      const seen = since < 0 ? (witnessed.after(text, k) ?? now) : null;
      if (seen) since = k + seen.word.length;
      if (since >= 0 && k >= since && doneMarks.after(text, k)) done = true;
    }
    return done;
  };
  // a plan word that closes the sentence after its figures (每年开工4到6台，这是我们的目标) names them the plan: it
  // speaks for the clauses before it that tell nothing done (not 去年开了3台，这是我们的目标) and no time past
  const closesOn = (c: CueHit, from: number, to: number) => {
    if (c.group !== "plan" || !closingPlans.has(c.word) || c.start < to) return false;
    for (let k = c.end; k < s.text.length; k++) if (sentenceEnds[s.text.charCodeAt(k)] !== 1) return false;
    if (times.some((t) => t.direction === "past" && t.start >= from && t.start < c.start)) return false;
    for (let k = from; k < c.start; k++) if (doneMarks.after(s.text, k)) return false;
    return true;
  };
  // a judgment closed by 的 that opens the caption phrase right after the figure's clause, alone or after a lead
  // (养老金每年涨2% 还是有可能的): a caption pause parts no clause of its own, so it judges that figure
  const judgedAfter = (c: CueHit, to: number) => {
    if (c.group !== "prediction" || judgmentClosers[s.text.charCodeAt(c.end - 1)] !== 1) return false;
    if (tableAt(pauses, s.text, to) !== 1) return false;
    const p = skipPauses(s.text, to);
    const lead = judgmentLeads.after(s.text, p);
    return c.start === p || (lead !== null && c.start === p + lead.word.length);
  };
  // whether cue c speaks for the clause [from, to) of position pos: it stands there, or it is a condition or a
  // hedge before it that reaches it (not a past fact), or a plan or forecast word that runs on into it or hands
  // itself on to it
  const speaksFor = (c: CueHit, from: number, to: number, pos: number) =>
    (c.start >= from && c.start < to) ||
    ((c.group === "hypothetical" || c.group === "hedge") &&
      c.start < from &&
      reaches(c, pos) &&
      !(c.group === "hypothetical" && pastFact(from, to))) ||
    (c.start < from &&
      (runsOn(c, from, to, pos) || leads(c, from, to) || carriesOn(c, from, to, pos) || planOn(c, from, to, pos))) ||
    closesOn(c, from, to) ||
    judgedAfter(c, to);
  // 会 states a habit, not a forecast, after a word of habit in its clause (通常会持续六到八周), or after a population
  // the figure before it is a share of (三分之一左右的患者会出现; not 患者会增加到100万人, where 会 forecasts the figure)
  const habit = (c: CueHit, from: number, figure: Mention) =>
    c.group === "prediction" &&
    habitualVerbs.has(c.word) &&
    // (a frequency inside a time names that period, no routine: 这一周会涨5%, 下一周会发布)
    (habitualFrequencies
      .scan(s.text.slice(from, c.start))
      .some((h) => !times.some((t) => t.start <= from + h.start && from + h.end <= t.end)) ||
      cues.some(
        (h) =>
          h.start >= from &&
          h.end <= c.start &&
          (h.group === "habitual" || (h.group === "population" && figure.end <= h.start)),
      ));
  // whether a figure's clause, with the clause before it when a caption break alone parts them, says what already
  // is (已经, 现在) in a clause after the time's (not 到明年我们已经⏎覆盖两百个城市), with no figure and no forecast
  // or plan word after that word
  const isAlready = (figure: Mention, t: TimeMatch) => {
    const [from, to] = clauseOf(figure.start);
    const start = from > 0 && lineBreaks[s.text.charCodeAt(from - 1)] === 1 ? clauseOf(from - 1)[0] : from;
    const word = alreadyBefore(figure.start);
    return (
      word >= start &&
      t.end <= clauseOf(word)[0] &&
      // a figure between in an earlier clause has the word; one in the figure's own clause goes with it (之前是五年八十亿)
      !figures.some((f) => f.start > word && f.start < from) &&
      !cues.some((c) => (c.group === "prediction" || c.group === "plan") && c.start > word && c.start < to)
    );
  };
  // a figure whose clause has no time, no mode and no word of what already is, then a caption space and a clause
  // that opens with a time not over, a word of what is due (要) or a forecast or plan word, and no figure (还有十几个
  // 项目 明年要交付): the figure is what is due, and takes that time (not 现在有200家 明年要开到500家)
  const dueAfter = (from: number, to: number): TimeMatch | null => {
    const text = s.text;
    if (tableAt(pauses, text, to) !== 1 || alreadyBefore(to) >= from) return null;
    if (cues.some((c) => ownMode.has(c.group) && c.start >= from && c.start < to)) return null;
    const t = times.find((x) => x.start === to + 1);
    if (!t || !notOver(t) || t.baseline || t.term) return null;
    const end = clauseOf(t.start)[1];
    const inside = (x: { start: number }) => x.start >= t.start && x.start < end;
    if (figures.some(inside) || questions.some(inside)) return null;
    const due = dueWords.after(text, t.end) !== null;
    return due || cues.some((c) => (c.group === "prediction" || c.group === "plan") && inside(c)) ? t : null;
  };
  // a deed done in a figure's clause (卖了一个多亿, 报价过六千万, 十几个球员受过伤: cues.yaml doneOnLine) with no
  // forecast or plan word in it
  const doneInClause = (figure: Mention, clauseFrom: number, to: number) => {
    // the clause on the figure's caption line: one that runs on over a caption break holds the time's line too
    const from = Math.max(clauseFrom, s.text.lastIndexOf("\n", figure.start) + 1);
    if (cues.some((c) => (c.group === "prediction" || c.group === "plan") && c.start >= from && c.start < to))
      return false;
    for (const w of doneOnLineWords.scan(s.text.slice(from, to))) {
      const at = from + w.start;
      if (w.entry.info === false) continue;
      if (doneReaching.has(w.entry.word) && isNumeralChar(s.text.charAt(from + w.end))) continue;
      if (at < figure.start || (w.entry.info === "after" && at >= figure.end)) return true;
    }
    return false;
  };
  // a word of how things usually go (通常, 一般) in the clause of a figure, before it
  const habitual = (from: number, pos: number) =>
    cues.some((c) => c.group === "habitual" && c.start >= from && c.end <= pos);
  // a time that a forecast or plan word before it in its clause governs, caption lines before a figure's line that
  // has no forecast or plan word, with a line of no figure between them (the talk has moved on: 我们希望三年后提高到
  // 一半⏎还有一个是急诊⏎急诊每天接诊七八百人; not 我们的目标是到2030年⏎月产能翻一番⏎达到20万片), where the word does not
  // speak for the figure's clause
  const governs = (t: TimeMatch, figure: Mention, from: number, to: number) => {
    const forecast = (c: CueHit) => c.group === "prediction" || c.group === "plan";
    const line = lineAt(figure.start);
    if (claimCues.some((c) => forecast(c) && lineAt(c.start) === line)) return false;
    let between = false;
    for (let l = lineAt(t.start) + 1; l < line && !between; l++) between = !figures.some((f) => lineAt(f.start) === l);
    return (
      between &&
      claimCues.some(
        (c) =>
          forecast(c) &&
          c.end <= t.start &&
          clauseOf(c.start)[0] === clauseOf(t.start)[0] &&
          !speaksFor(c, from, to, figure.start) &&
          !(frames.has(c.word) && reaches(c, figure.start)),
      )
    );
  };
  // a word of what is now (现在, 目前) in a figure's clause before it: a time of an earlier caption line is not the
  // figure's (…这个厂是2008年开的⏎现在厂里工人300个左右). Caption spaces part no clause here: the word opens the
  // caption words after it (五年前 人均 收入 才 8000 元⏎现在 人均 收入 3万多)
  let nowAt: number[] | null = null;
  let unspaced: ((pos: number) => [number, number]) | null = null;
  const nowBefore = (pos: number) => {
    nowAt ??= actual.scan(s.text).map((w) => w.start);
    const k = countBefore(nowAt, pos);
    if (k === 0) return false;
    unspaced ??= clauses(s.text, false);
    return (nowAt[k - 1] as number) >= unspaced(pos)[0];
  };
  // …and on one line: a word of the time of speaking (现在, 目前: cues.yaml nowWords) between the figure and the start of
  // its clause up to punctuation, with the time in an earlier clause (前年我们刚起步，现在估值大概二十亿: today's
  // valuation, not 前年's), or after a caption pause after the time (前年我们刚起步 现在估值大概二十亿). Not the end of
  // a span the time opens (去年开始，到目前为止累计投入了20亿), nor a time not over, which holds the time of speaking
  // (我们预计四季度会企稳，目前息差是1.75%: said in the fourth quarter)
  const nowInClause = (pos: number, t: TimeMatch) => {
    unspaced ??= clauses(s.text, false);
    let [from] = unspaced(pos);
    if (notOver(t)) return false;
    // a time in the figure's clause up to punctuation: the now word must come after a caption pause after it (公司成立于
    // 2015年 现在有员工八千多人)
    if (t.end > from) {
      from = t.end;
      while (from < pos && pauses[s.text.charCodeAt(from)] !== 1) from++;
    }
    for (let k = from; k < pos; k++) {
      const w = nowWords.after(s.text, k);
      if (w && k + w.word.length <= pos) return nowUntil.before(s.text, k) === null;
    }
    return false;
  };
  // a figure whose caption line, or the line of no figure before it, opens with a place named by a demonstrative and
  // 的, with a word of what is between that and the figure (明年打算去越南开个分厂⏎…⏎那边的工资是我们这里的三分之一;
  // 那边的租金⏎一个月就要三四十万港币): it tells what the place is like, out of reach of the lines before
  let lineBreaksAt: number[] | null = null;
  // the caption lines that open as a condition's consequent and say it there (that 的话, 那 …), read once when asked for
  let consequentLines: number[] | null = null;
  function consequentLineBetween(from: number, to: number): boolean {
    if (to <= from + 1) return false;
    lineBreaksAt ??= positionsOf(s.text, lineBreaks);
    consequentLines ??= lineBreaksAt.flatMap((b, k) => {
      const p = skipPauses(s.text, b + 1);
      const w = consequentOpens.after(s.text, p);
      return w && saidOnLine(s.text, p + w.word.length) ? [k + 1] : [];
    });
    return consequentLines.some((l) => l > from && l < to - 1);
  }
  // a condition's caption line with no figure whose next line states the figure with no cue of its own, and the line
  // after that a forecast or hedge with a figure and no time of its own (如果关税⏎再加百分之二十⏎利润可能会少一半): the
  // figure's line is the condition's, the line after it its consequent. A line opening with a turn (而, 但) is none
  // (假设今天一家公司⏎每天输出10万亿token⏎而未来…)
  const conditionRunsOn = (l: number) => {
    lineBreaksAt ??= positionsOf(s.text, lineBreaks);
    if (l + 1 >= lineBreaksAt.length) return false;
    const on = (x: { start: number }, k: number) => lineAt(x.start) === k;
    if (figures.some((f) => on(f, l)) || !figures.some((f) => on(f, l + 1)) || !figures.some((f) => on(f, l + 2)))
      return false;
    if (cues.some((c) => on(c, l + 1)) || times.some((t) => on(t, l + 2))) return false;
    const p = skipPauses(s.text, (lineBreaksAt[l + 1] as number) + 1);
    if (contrasts.after(s.text, p) || addedOpens.after(s.text, p)) return false;
    return cues.some((c) => on(c, l + 2) && (c.group === "prediction" || c.group === "hedge"));
  };
  // whether a deed done (做过: a mark of doneOnLine that tells one wherever it stands; not 了, as often of a step still
  // to come: 等 工厂 建 好 了 以后) or a word of what already is or was (已经, 之前) stands in text[from, to), with no
  // figure after it there
  const pastIn = (from: number, to: number) => {
    for (const w of doneOnLineWords.scan(s.text.slice(from, to))) {
      // (one that opens the line is a verb of its own: 过 了 年 以后)
      if (w.entry.info === false || !doneAnywhere.has(w.entry.word) || w.start === 0) continue;
      // (nor one of reaching before a numeral, caption spaces between: 再 过 两年)
      let at = from + w.end;
      at = skipPauses(s.text, at);
      if (doneReaching.has(w.entry.word) && isNumeralChar(s.text.charAt(at))) continue;
      return !figures.some((f) => f.start >= at && f.start < to);
    }
    // (a figure after the word is the one it dates: 从现在的200家⏎扩到500家)
    const word = alreadyBefore(to);
    return word >= from && !figures.some((f) => f.start > word && f.start < to);
  };
  // the caption lines that go on with a forecast, read once when asked for: one with a forecast or plan word, and the
  // line right after one that ends in such a word, with at most 是 after it (明年 我们 预计⏎: it hands itself on)
  let forecastLines: Set<number> | null = null;
  const goesOnAt = (l: number) => {
    forecastLines ??= new Set(
      claimCues.flatMap((c) => {
        if (c.group !== "prediction" && c.group !== "plan") return [];
        const lead = skipPauses(s.text, c.end);
        const p = skipPauses(s.text, lead + (planLeads.after(s.text, lead)?.word.length ?? 0));
        const line = lineAt(c.start);
        return s.text.charCodeAt(p) === 10 ? [line, line + 1] : [line];
      }),
    );
    return forecastLines.has(l);
  };
  // whether caption words at p open a new description: a head (我们 这个), or a lead and a head or a demonstrative (你 看
  // 这个; not 你 看 啊)
  const opensTopic = (p: number) => {
    if (spacedWordEnd(topicHeads, s.text, p) >= 0) return true;
    let q = spacedWordEnd(topicLeads, s.text, p);
    if (q >= 0) q = skipPauses(s.text, q);
    return q >= 0 && spacedWordEnd(topicAfterLeads, s.text, q) >= 0;
  };
  // whether the talk has moved on by the end of caption line l (up to `end`) given whether it had before it: a line
  // opening going on from the forecast (到时候) comes back to it; one that goes on with it keeps the state; else one
  // that opens a new description or tells of the past moves on
  const moveAt = (l: number, moved: boolean, end: number) => {
    const p = skipPauses(s.text, l > 0 ? (lineBreaksAt?.[l - 1] as number) + 1 : 0);
    if (moved && spacedWordEnd(continues, s.text, p) >= 0) return false;
    if (goesOnAt(l)) return moved;
    return moved || opensTopic(p) || pastIn(p, end);
  };
  // whether the talk has moved on from a time's caption line by the figure: a later line up to the figure's, with no
  // forecast or plan word, opens a new description (你 看 我们 这个 工厂) or tells of the past (之前 我们 做 过 一个
  // 调查), and no line after it opens going on from the forecast. A line that goes on with the forecast keeps the time
  // (明年 我们 要⏎把 这个 事情 做好⏎营收 做到 一百亿). The state after each whole line is kept per time's line, so each
  // line is read once for the figures of a sentence
  const movedFrom = new Map<number, boolean[]>();
  const movedOn = (t: TimeMatch, figure: Mention) => {
    const first = lineAt(t.start) + 1;
    const last = lineAt(figure.start);
    if (last < first) return false;
    lineBreaksAt ??= positionsOf(s.text, lineBreaks);
    const states = movedFrom.get(first) ?? [];
    movedFrom.set(first, states);
    while (states.length < last - first) {
      const l = first + states.length;
      states.push(moveAt(l, states[states.length - 1] ?? false, lineBreaksAt[l] ?? s.text.length));
    }
    return moveAt(last, states[last - first - 1] ?? false, figure.start);
  };
  const placeFact = (figure: Mention) => {
    const line = lineAt(figure.start);
    if (line === 0) return false;
    lineBreaksAt ??= positionsOf(s.text, lineBreaks);
    const startOf = (l: number) => (l > 0 ? (lineBreaksAt?.[l - 1] as number) + 1 : 0);
    const opens = (l: number) => {
      const p = skipPauses(s.text, startOf(l));
      const w = placeTopics.after(s.text, p);
      return w !== null && tableAt(placeLinks, s.text, p + w.word.length) === 1;
    };
    const from = opens(line)
      ? startOf(line)
      : line > 1 && opens(line - 1) && !figures.some((f) => lineAt(f.start) === line - 1)
        ? startOf(line - 1)
        : -1;
    if (from < 0) return false;
    for (let k = from; k < figure.start; k++) if (placeStates.after(s.text, k)) return true;
    return false;
  };
  // whether 从, a word of now and a link (从现在的) stand right before `pos`
  const fromNowAt = (pos: number) => {
    const link = fromNowLinks.before(s.text, pos);
    const now = link ? nowWords.before(s.text, pos - link.word.length) : null;
    return (
      link !== null && now !== null && fromNowLeads.before(s.text, pos - link.word.length - now.word.length) !== null
    );
  };
  // the time of the clause after a comma at `to` when that clause is only a start time, one not over (从下个月开始,
  // 从明年起, 下周开始实施: cues.yaml startClauses), else null
  const startTimeAfter = (to: number): TimeMatch | null => {
    if (commas[s.text.charCodeAt(to)] !== 1) return null;
    const [nf, nt] = clauseOf(to + 1);
    const t = times.find((x) => x.start >= nf && x.end <= nt);
    if (!t || !notOver(t)) return null;
    let end = nt;
    while (end > t.end && (pauses[s.text.charCodeAt(end - 1)] === 1 || sentenceEnds[s.text.charCodeAt(end - 1)] === 1))
      end--;
    let open = nf;
    while (open < t.start && pauses[s.text.charCodeAt(open)] === 1) open++;
    const lead = s.text.slice(open, t.start);
    const tail = s.text.slice(t.end, end);
    return (lead === "" || startLeads.has(lead)) && (tail === "" || startTails.has(tail)) ? t : null;
  };
  const readingOf = (figure: Mention): Reading => {
    const [from, to] = clauseOf(figure.start);
    const reachesIt = (c: CueHit) => reaches(c, figure.start);
    const place = placeFact(figure);
    // a time inside a condition the figure is out of reach of (假设今天…) is the condition's
    const conditional = (t: TimeMatch) =>
      cues.some(
        (c) => c.group === "hypothetical" && c.start <= t.start && clauseOf(c.start)[1] >= t.end && !reachesIt(c),
      );
    // the time of its clause, else one before it: a later clause's time is that clause's (现在年产能是20万辆，明年二季度
    // 能到35万辆; …预算1000万欧元⏎这是三年前定下来的)
    const clauseTime = pickTime(times.filter((t) => t.start < to && t.end > from)) ?? dueAfter(from, to);
    // (a clause that runs on over a caption break: its time to come on an earlier line dates no deed done on the
    // figure's line, 明年我们计划做到二十个亿⏎我们卖了一个多亿, and no earlier time does either)
    const doneSince =
      clauseTime !== null &&
      clauseTime.direction === "future" &&
      lineAt(clauseTime.start) < lineAt(figure.start) &&
      doneInClause(figure, from, to);
    const ownTime = doneSince ? null : clauseTime;
    // across caption lines, the nearest line with a time before it (今年前11个月…⏎12月份单月⏎我们预计会超过4万辆)
    const before = times.filter((t) => t.start < figure.start && !conditional(t));
    const nearest = before.length > 1 ? lineAt((before[before.length - 1] as TimeMatch).start) : -1;
    const picked =
      clauseTime !== null ? null : (pickTime(before.filter((t) => lineAt(t.start) === nearest)) ?? pickTime(before));
    // a time another speaker said before this one took the word dates none of this one's figures
    const inherited = picked && speaker(picked.start) === speaker(figure.start) ? picked : null;
    // …but not a time to come when the figure's clause states what already is (城市NOA已经覆盖了⏎两百多个城市) or, on
    // a later caption line, how things usually go (明年…⏎抽水蓄能的效率一般是75%左右) or a deed done (明年…⏎618的时候
    // 我们卖了一个多亿), nor one a forecast or plan word of an earlier caption line governs (governs)
    const time =
      ownTime ??
      (inherited &&
      ((lineAt(inherited.start) < lineAt(figure.start) && (nowBefore(figure.start) || place)) ||
        (lineAt(inherited.start) === lineAt(figure.start) && nowInClause(figure.start, inherited)))
        ? null
        : inherited &&
            inherited.direction === "future" &&
            (isAlready(figure, inherited) ||
              governs(inherited, figure, from, to) ||
              movedOn(inherited, figure) ||
              (lineAt(inherited.start) < lineAt(figure.start) &&
                (habitual(from, figure.start) || doneInClause(figure, from, to))))
          ? null
          : inherited);
    const own = claimCues.filter(
      (c) =>
        (c.start >= from || !place) &&
        // a cue before another speaker takes the word speaks for none of that speaker's figures
        (c.start >= from || speaker(c.start) === speaker(figure.start)) &&
        (speaksFor(c, from, to, figure.start) ||
          (c.group === "prediction" && frames.has(c.word) && c.start < from && reachesIt(c) && notOver(ownTime))) &&
        !habit(c, from, figure),
    );
    // a duration after a word of time still to come (还需要一到两年) is how long until something happens: a forecast
    const ahead =
      figure.kind === "duration" &&
      cues.some((c) => c.group === "remaining" && c.start >= from && c.start < figure.start);
    // 我估计全年…在0到2%之间: an estimate before the figure in its clause, about a period not over and with nothing done
    // (no 了, no 已经 between) is a forecast; 我估计他去年赚了两百万 stays a hedged report
    const estimated =
      notOver(time) &&
      own.some(
        (c) =>
          c.group === "hedge" &&
          estimates.has(c.word) &&
          c.start >= from &&
          c.end <= figure.start &&
          !estimateDone(c.end, to),
      );
    // 从现在的八百人 (扩到一千二百人): the figure of now a change starts from is a fact, whatever the clause aims at
    if (fromNowAt(figure.start)) return reading(figure, "metric", null, speaker(figure.start), manner([]));
    // an aim opening a clause with no time of its own (要 and a verb of reaching: 净利润要做到九十个亿左右), dated by a time
    // not over on an earlier line (我们今年的目标是营收突破四百亿元⏎…), forecasts the level as it does with the time in
    // its own clause (今年净利润要做到九十个亿); not a time past (去年…⏎利润要做到…: what was aimed at then is a report)
    const aimed =
      ownTime === null &&
      time !== null &&
      notOver(time) &&
      !own.some((c) => ownMode.has(c.group) && c.group !== "hedge") &&
      aimOpens(s.text, from);
    const type = typeOf(own, time, ahead || estimated || aimed);
    // a plan or forecast with no time of its own, and a clause after it that is only a start time (…每天减产一百万桶，
    // 从下个月开始): that time dates the figure
    const started = time === null && (type === "plan" || type === "prediction") ? startTimeAfter(to) : null;
    return reading(figure, type, time ?? started, speaker(figure.start), manner(own));
  };
  // pushed one by one: map() makes an empty array of another elements kind, and the loops over the readings below
  // were compiled for one kind (V8 threw their code away, twice a run)
  const readings: Reading[] = [];
  for (let k = 0; k < figures.length; k++) readings.push(readingOf(figures[k] as Mention));
  // a plain figure (a metric with no time, no mode word and no 了 of its own) in a clause that says again what the
  // clause before said (，就是说比现在翻一番还多) takes the type and time of that clause's forecast or plan; the plain
  // figures that open a sentence going on from the forecast the sentence before ended on (之后每年减少5%到8%) or
  // saying it again (也就是说…) take its type (not its time: one of another sentence)
  const text = s.text;
  const openerAt = (from: number) => {
    let p = from;
    while (pauses[text.charCodeAt(p)] === 1) p++;
    return p;
  };
  // whether a 了 stands in text[from, to): the chain from the sentence's start scans each character once
  let scanned = 0;
  let doneInChain = false;
  const doneIn = (from: number, to: number) => {
    if (from > 0) {
      for (let k = from; k < to; k++) if (doneMarks.after(text, k)) return true;
      return false;
    }
    for (; scanned < to && !doneInChain; scanned++) doneInChain = doneMarks.after(text, scanned) !== null;
    return doneInChain;
  };
  // a word of now before the figure in its clause, not the base of a comparison (比现在): what is today
  const nowOfFigure = (pos: number) => {
    for (let k = clauseOf(pos)[0]; k < pos; k++)
      if (nowWords.after(text, k) && nowBases.before(text, k) === null && nowUntil.before(text, k) === null)
        return true;
    return false;
  };
  const plain = (r: Reading, from: number, to: number) =>
    r.type === "metric" &&
    r.time === null &&
    !nowOfFigure(r.figure.start) &&
    !cues.some((c) => c.group !== "hedge" && ownMode.has(c.group) && c.start >= from && c.start < to) &&
    !doneIn(from, to);
  const opening = openerAt(0);
  const goesOn = priorMode ? (restates.after(text, opening) ?? continues.after(text, opening)) : null;
  const answer: Mode | null = answered && { type: answered.type, time: answered.time, hedge: null, negated: false };
  let chained = goesOn !== null;
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k] as Reading;
    const [from, to] = clauseOf(r.figure.start);
    const prev = readings[k - 1];
    // the clause's opener, or that of a clause of no figure right before it (，也就是说，比现在…)
    let q = openerAt(from);
    if (!restates.after(text, q) && from > 0) {
      const [pf] = clauseOf(from - 1);
      const p = openerAt(pf);
      if (restates.after(text, p) && !figures.some((f) => f.start >= pf && f.start < from)) q = p;
    }
    const said = prev && prev.figure.start < q && restates.after(text, q) !== null;
    const mode: Mode | null =
      said && (prev.type === "plan" || prev.type === "prediction")
        ? prev
        : chained && priorMode
          ? { ...priorMode, time: null }
          : answer;
    chained &&= !said && plain(r, 0, to);
    if (!mode || !plain(r, said ? q : 0, to)) continue;
    readings[k] = reading(r.figure, mode.type, mode.time, r.speaker, {
      hedge: mode.hedge ?? r.hedge,
      negated: mode.negated,
    });
  }
  const groups = groupReadings(readings);
  if (groups.length === 0) {
    // a dated forecast without a figure: 明年第一季度会发布一款新模型. Its time stands after every question: the
    // answer to a question on an earlier caption line (你们什么时候盈利⏎我们预计2026年底实现全年盈利; 请问下半年…吗⏎
    // 我们预计下半年会有所放缓) is no question
    const time =
      questions.length > 0 ? pickTime(times.filter((t) => questionEnds.every((end) => end <= t.start))) : sentenceTime;
    // a condition of its own clause before the time's (如果顺利的话，明年下半年会递表) makes no figure hypothetical:
    // the forecast is still one, dated, and carries the condition word as its hedge
    // A condition in a clause after the time's (明年我们会上市，要是不行，再说) is the fallback if the forecast fails:
    // the forecast stands, with the cues of the time's clause up to punctuation or a caption break
    const conditions = cues.filter((c) => c.group === "hypothetical");
    const clauseAt = conditions.length > 0 && time !== null ? clauses(s.text, true, times) : clauseOf;
    const [tf, tt] = time ? clauseAt(time.start) : [0, 0];
    const first = conditions.find((c) => clauseAt(c.start)[1] <= tf) ?? null;
    const later = conditions.find((c) => clauseAt(c.start)[0] >= tt) ?? null;
    const apart = time !== null && conditions.every((c) => clauseAt(c.start)[1] <= tf || clauseAt(c.start)[0] >= tt);
    const cut = later && time ? clauses(s.text, false)(time.start)[1] : s.text.length;
    const own = apart ? cues.filter((c) => c.group !== "hypothetical" && c.start < cut) : cues;
    const type = typeOf(own, time);
    // due in the future, or this year or month: a forecast "due today" is a turn of phrase (模型今天发现…)
    const due = time && (time.direction === "future" || (time.direction === "present" && time.grain !== "day"));
    // …and not asked with no ？ by a word that asks in the phrase of its time (明年有什么计划, 明年打算怎么做)
    const talk = time !== null && talkOnly(s.text, clauseOf(time.start), time);
    if (time && due && (type === "prediction" || type === "plan") && !askedByWord(time) && !talk) {
      // a negation before punctuation that comes before the time denies another clause (我们没有放弃，明年会推出新产品)
      let stop = time.start;
      while (stop > 0 && marks[s.text.charCodeAt(stop - 1)] !== 1) stop--;
      const { hedge, negated } = manner(own.filter((c) => c.group !== "negation" || c.start >= stop));
      const condition = apart ? (first?.word ?? null) : null;
      groups.push(group([], type, time, speaker(s.text.length), { hedge: condition ?? hedge, negated }));
    }
  }
  // a time no figure took dates a forecast of its own clause: 明年营收目标是4亿元，力争2026年下半年实现盈亏平衡;
  // 我们卖了100万台，明年会推出新款
  if (times.length > 0 && !(figures.length === 0 && questions.length > 0)) {
    const taken = groups.flatMap((g) => (g.time ? [g.time] : []));
    const askedTime = (t: TimeMatch) => asked(t) || askedByWord(t) || talkOnly(s.text, clauseOf(t.start), t);
    const later = laterForecasts(times, taken, figures, cues, clauseOf, askedTime, speaksFor);
    for (const g of later) {
      g.speaker = speaker(g.at ?? 0);
      groups.push(g);
    }
    if (later.length > 0) groups.sort((a, b) => placeOf(a) - placeOf(b));
  }
  // a time dates one forecast of a sentence, the first that claims it (and a period stated twice on a line, once);
  // a period restated on a later caption line dates that line's forecast too (明年我们打算开10家店⏎2026年我们预计开50家)
  const tail = groups[groups.length - 1];
  run.lastMode = tail && (tail.type === "prediction" || tail.type === "plan") ? tail : null;
  const datedPeriods = new Set<string>();
  const periodOnLine = (t: TimeMatch) => `${periodOf(t)}@${lineAt(t.start)}`;
  for (const g of groups) {
    const first = g.readings[0]?.figure ?? null;
    const counted = first !== null && (first.kind === "multiple" || (first.kind === "count" && first.unit !== null));
    const subject = subjectOf(
      s.text,
      first && { start: first.start, end: first.end, counted },
      run.lastSubject,
      times,
      figures,
    );
    if (subject) run.lastSubject = subject;
    const forecast = g.type === "prediction" || g.type === "plan";
    const dated = g.time && forecast ? !datedPeriods.has(periodOnLine(g.time)) : true;
    if (g.time && dated && forecast) datedPeriods.add(periodOnLine(g.time));
    const at = first ? span(first.start, first.end) : g.at !== undefined ? span(g.at, g.at) : span(0, s.text.length);
    claims.push({
      id: `c${at.line}-${at.column}`,
      type: g.type,
      text: readable(s.text),
      subject,
      speaker: g.speaker,
      hedge: g.hedge,
      negated: g.negated,
      quantities: g.readings.map((r) => quantity(src, r.figure, span)),
      time: g.time && dated ? (g.time === answered?.time ? answered.ref : timeRef(src, g.time, span)) : null,
      span: span(0, s.text.length),
      cue: s.cue ? { start: s.cue.from, end: s.cue.to } : null,
    });
  }
}

/** Whether a quote is open at the end of `text`, given whether one was at its start. */
function quoteOpenAfter(text: string, open: boolean): boolean {
  let state = open;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoteOpens[c] === 1) state = true;
    else if (quoteCloses[c] === 1) state = false;
  }
  return state;
}

/** A figure as the output carries it, cited by `span` (sentence positions to the source's). */
function quantity(src: ParsedSource, m: Mention, span: (from: number, to: number) => Span): Quantity {
  const sp = span(m.start, m.end);
  return {
    text: src.text.slice(sp.start, sp.end),
    kind: m.kind,
    value: m.value,
    min: m.min,
    max: m.max,
    unit: m.unit,
    approx: m.approx,
    display: display(m),
    ...(m.ambiguous ? { ambiguous: m.ambiguous } : {}),
    line: sp.line,
    span: sp,
  };
}

/** A time as the output carries it. */
function timeRef(src: ParsedSource, t: TimeMatch, span: (from: number, to: number) => Span): TimeRef {
  const sp = span(t.start, t.end);
  const text = src.text.slice(sp.start, sp.end);
  return { text, line: sp.line, start: t.from, end: t.to, grain: t.grain, relative: t.relative, span: sp };
}

/**
 * The clauses of a text: for any position, [from, to) between the clause breaks around it (binary search). Without
 * `pauses`, a space between two ideographs does not break one.
 */
function clauses(
  text: string,
  pauses = true,
  times: readonly { start: number }[] = [],
): (pos: number) => [number, number] {
  const breaks = pauses ? clauseBreaksOf(text, times) : positionsOf(text, clauseBreaks);
  return (pos) => {
    const k = countBefore(breaks, pos); // the first break at or after pos is breaks[k]
    return [k > 0 ? (breaks[k - 1] as number) + 1 : 0, breaks[k] ?? text.length];
  };
}

/**
 * Where the clauses of a text break: punctuation and caption breaks, and a space between two ideographs, which stands
 * for a comma in subtitles (每月的费用可能在一万到两万元之间 如果能进医保); so does one after a unit written in Latin
 * letters or % before an ideograph (今年出货量是8GWh 明年目标翻一番: two clauses, each with its own time), and one
 * before one of `times` written in digits (去年营收三个亿 2027年要到十个亿).
 */
function clauseBreaksOf(text: string, times: readonly { start: number }[] = []): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const before = codeAt(text, i - 1);
    const latinOrPercent = isLatinCode(before) || before === 37; // %
    const opensClause = (k: number) => isHan(codeAt(text, k)) || times.some((t) => t.start === k);
    if (
      clauseBreaks[c] === 1 ||
      ((c === 32 || c === 0x3000) && (isHan(before) || latinOrPercent) && opensClause(i + 1))
    )
      out.push(i);
  }
  return out;
}

/** Whether text[from, to) holds nothing but pauses (spaces). */
function onlyPauses(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (pauses[text.charCodeAt(k)] !== 1) return false;
  return true;
}

/** The positions in `text` of the characters of `table`, in order. */
function positionsOf(text: string, table: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) out.push(i);
  return out;
}

/** How many of the sorted `positions` lie before pos (binary search). */
function countBefore(positions: number[], pos: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the clauses opened by a turn (但, 不过) start: the first character after the break and its spaces. */
function turnsOf(text: string): number[] {
  const out: number[] = [];
  for (const b of clauseBreaksOf(text)) {
    let p = b + 1;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000) p++;
    if (contrasts.after(text, p)) out.push(p);
  }
  return out;
}

/**
 * Whether sentence `s` reports hearsay (听说, 据说) and the sentence after it, in the same paragraph, is only a tag
 * question (是真的吗？) that the sentence after it does not answer yes (是真的。).
 */
function hearsayAsked(s: Sentence, next: Sentence | undefined, answer: Sentence | undefined): boolean {
  if (!next || next.heading || next.firstLine > s.lastLine + 1 || tagOnly(next.text) < 0) return false;
  if (!hearsay.occursIn(s.text)) return false;
  if (!answer || answer.firstLine > next.lastLine + 1) return true;
  let p = 0;
  while (p < answer.text.length && tagMarks[answer.text.charCodeAt(p)] === 1) p++;
  return tagAnswers.after(answer.text, p) === null;
}

/** Where the tag question that is all of `text` but spaces and end marks starts (是真的吗？), else -1. */
function tagOnly(text: string): number {
  let p = 0;
  while (p < text.length && tagMarks[text.charCodeAt(p)] === 1) p++;
  const t = tagQuestions.after(text, p);
  if (!t) return -1;
  for (let k = p + t.word.length; k < text.length; k++) if (tagMarks[text.charCodeAt(k)] !== 1) return -1;
  return p;
}

/**
 * Where a question whose cue ends at `from` stops: at the end of its caption line, or at a space between two Chinese
 * characters, which subtitles write for a pause (你们什么时候盈利 我们预计2026年底…); else at the end of the text.
 */
function questionEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (lineBreaks[c] === 1) return i;
    if (pauses[c] !== 1 || !isHan(codeAt(text, i - 1))) continue;
    let j = i + 1;
    while (tableAt(pauses, text, j) === 1) j++;
    if (isHan(codeAt(text, j))) return i;
    i = j - 1;
  }
  return text.length;
}

const answerOpeners = wordLexicon(cueData.answerSubjects);
const answerTurns = wordLexicon(cueData.answerTurns);
const answerSays = wordLexicon(cueData.answerSays);
const ownViews = wordLexicon(cueData.ownViews);
/** Whether an answer's subject opens text at p, after a turn and its spaces if any (但是 我们打算…). */
function opensAnswer(text: string, p: number): boolean {
  const turn = answerTurns.after(text, p);
  let q = turn ? p + turn.word.length : p;
  while (turn && tableAt(pauses, text, q) === 1) q++;
  return answerOpeners.after(text, q) !== null;
}
/**
 * How many runs of caption spaces stand in text[from, to), a caption break counted as one, or 99 across punctuation,
 * a caption break before a line that opens with an answer's subject (会不会涨⏎我觉得…, 会不会IPO⏎但是 我们打算…), or a
 * space before the speaker's own view, which answers (会不会影响出口 我觉得影响不大⏎渗透率会到百分之八十), or before
 * an answer's subject after a verb of saying (会不会融资⏎李明说 我们…再烧三到五年), or a caption break before the yes
 * or no that echoes the ask word (有没有出现死亡⏎有两例).
 */
function leadApart(text: string, from: number, to: number, ask: string): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (lineBreaks[c] === 1) {
      if (opensAnswer(text, k + 1) || askEchoes.get(ask)?.after(text, k + 1)?.info) return 99;
      n++;
    } else if (clauseBreaks[c] === 1) return 99;
    else if (pauses[c] === 1 && pauses[text.charCodeAt(k + 1)] !== 1) {
      if (ownViews.after(text, k + 1)) return 99;
      if (answerSays.before(text, k) && answerOpeners.after(text, k + 1)) return 99;
      n++;
    }
  }
  return n;
}

/** Whether text[from, to) is a caption word of its own: a space after it, and a space or its text's start before it. */
const spacedWord = (text: string, from: number, to: number): boolean =>
  (from === 0 || pauses[text.charCodeAt(from - 1)] === 1) && pauses[text.charCodeAt(to)] === 1;

// the roles whose line asks (主持人): a line of theirs ending in a plan noun asks about the plan
const askerRoles = new Set(cueData.askerRoles);
const bareLead = cueData.bareCondition.lead;
const bareNotAfter = charTable(cueData.bareCondition.notAfter);
const bareWords = wordLexicon(cueData.bareCondition.words);
const bareNegations = wordLexicon(cueData.bareCondition.negations.words);
const bareNegationReach = cueData.bareCondition.negations.reach;
const bareNegationNotAfter = charTable(cueData.bareCondition.negations.notAfter);
const bareNegationNotWords = new Set(cueData.bareCondition.negations.notWords);

/**
 * Where a negated verb of at most bareCondition.negations.reach Han characters right before `end` begins (不转型|的话,
 * 没订单|的话), or -1: the negation word and then only Han characters that are no numerals (不到一年的话 states a
 * figure), no word of speaking before the negation (说句不客气的话), and no hedge (没记错: cues.yaml notWords).
 */
function negatedVerbStart(text: string, from: number, end: number): number {
  for (let n = 1; n <= bareNegationReach && end - n > from; n++) {
    const c = text.charCodeAt(end - n);
    if (!isHan(c) || isNumeralChar(text.charAt(end - n))) return -1;
    const neg = bareNegations.before(text, end - n);
    if (!neg || end - n - neg.word.length < from) continue;
    const start = end - n - neg.word.length;
    // 我要没记错的话: a hedge on what is asserted, no condition
    if (bareNegationNotWords.has(text.slice(start, end))) return -1;
    return bareNegationNotAfter[text.charCodeAt(start - 1)] === 1 ? -1 : start;
  }
  return -1;
}

/**
 * The conditions closed by 的话 with no condition word (如果, 要是) before it in its clause (up to punctuation or a
 * caption break), as cues of the hypothetical group: one for the last figure before the 的话 in its clause between
 * caption spaces, or right before it across them (not 月供八千多 公积金组合贷的话: another phrase's), with at
 * least bareCondition.lead Chinese characters before it there, outside times (杠杆开到十倍的话, 明年利率降到3%的话: a
 * verb and what it acts on), and no demonstrative right before it. The cue starts at the figure's own clause (a caption
 * space parts clauses) and ends where the 的话 starts, so that the 的话 closes it as after 如果 (its consequent is on its
 * line). Not a topic: 全年的话, 这样的话, 说实在的话 (no figure), 一个月的话, 前三个月的话 (too little before the figure),
 * 这100万的话 (a demonstrative). A condition word right before the 的话 (顺利的话, 政策允许的话: cues.yaml
 * bareCondition.words) makes one with no figure in it. A time right before the 的话 (两千台左右明年的话) is a topic.
 */
function bareConditions(
  text: string,
  cues: CueHit[],
  figures: Mention[],
  times: TimeMatch[],
  clauseOf: (pos: number) => [number, number],
): CueHit[] {
  const out: CueHit[] = [];
  let unspaced: ((pos: number) => [number, number]) | null = null;
  for (const { start: k, entry: closer } of conditionEnds.scan(text)) {
    unspaced ??= clauses(text, false);
    const [from] = unspaced(k);
    if (cues.some((c) => c.group === "hypothetical" && c.start >= from && c.start < k)) continue;
    // a word of how things go right before the 的话 (顺利的话, 天气好的话): a condition with no figure in it, from the
    // clause of that word (a caption space parts clauses) to the 的话
    let w = k;
    while (w > from && pauses[text.charCodeAt(w - 1)] === 1) w--;
    const word = bareWords.before(text, w);
    if (word) {
      out.push({ group: "hypothetical", word: word.word, start: clauseOf(w - word.word.length)[0], end: k });
      continue;
    }
    // a negated verb right before the 的话 (不转型的话): "if not", a condition with no figure in it
    const negated = negatedVerbStart(text, from, w);
    if (negated >= 0) {
      out.push({ group: "hypothetical", word: closer.word, start: clauseOf(negated)[0], end: k });
      continue;
    }
    // a time right before the 的话 is a topic (今年卖两千台左右明年的话可能翻两三倍: "as for next year"), no condition
    if (times.some((t) => t.end === w)) continue;
    const inTime = (p: number) => times.some((t) => p >= t.start && p < t.end);
    // the figure stands in the 的话's own phrase (after the last pause), or right before it across caption spaces
    // (十倍 的话)
    let own = k;
    while (own > from && pauses[text.charCodeAt(own - 1)] !== 1) own--;
    const states = (f: Mention) => {
      if (f.start < from || f.end > k || (f.start < own && !onlyPauses(text, f.end, k))) return false;
      let p = f.start - 1;
      while (p >= from && pauses[text.charCodeAt(p)] === 1) p--;
      if (p >= from && bareNotAfter[text.charCodeAt(p)] === 1) return false;
      let lead = 0;
      for (let q = from; q < f.start; q++) if (isHan(text.charCodeAt(q)) && !inTime(q)) lead++;
      return lead >= bareLead;
    };
    let figure: Mention | null = null;
    for (const f of figures) if (states(f)) figure = f;
    if (figure) out.push({ group: "hypothetical", word: closer.word, start: clauseOf(figure.start)[0], end: k });
  }
  return out;
}

/** Puts a cue among the others, in order of where they start. */
function insertCue(cues: CueHit[], c: CueHit): void {
  let k = cues.length;
  while (k > 0 && (cues[k - 1] as CueHit).start > c.start) k--;
  cues.splice(k, 0, c);
}

const startLeads = new Set(cueData.startClauses.leads);
const startTails = new Set(cueData.startClauses.tails);
const topicVerbs = wordLexicon(cueData.notForecasts.topicVerbs);
const farewells = wordLexicon(cueData.notForecasts.farewells);
const blessings = wordLexicon(cueData.notForecasts.blessings);
const blessingNotAfter = new Set(cueData.notForecasts.blessingNotAfter);

/**
 * Whether the clause [from, to) of time t only names it as a topic (a verb of talking about before it: 先聊聊明年的情况吧)
 * or says goodbye until then (a farewell word after it that ends the clause: 咱们明天见, 我们下周同一时间再见), or
 * wishes something for then (祝大家明年身体健康): it dates no forecast (cues.yaml notForecasts).
 */
function talkOnly(text: string, [from, to]: [number, number], t: TimeMatch): boolean {
  for (let k = from; k < t.start; k++) if (topicVerbs.after(text, k)) return true;
  // a wish for then (祝大家明年身体健康) forecasts nothing; 庆祝 is a feast, no wish
  for (let k = from; k < t.start; k++)
    if (blessings.after(text, k) && !blessingNotAfter.has(text.charAt(k - 1))) return true;
  let end = to;
  while (end > t.end && tagMarks[text.charCodeAt(end - 1)] === 1) end--;
  for (let k = t.end; k < end; k++) if (k + (farewells.after(text, k)?.word.length ?? -1) === end) return true;
  // a time that ends its caption line says goodbye with the next line's clause (我们下周一⏎同一时间再见)
  if (end !== t.end || lineBreaks[text.charCodeAt(to)] !== 1) return false;
  end = to + 1;
  while (end < text.length && clauseBreaks[text.charCodeAt(end)] !== 1) end++;
  while (end > to + 1 && tagMarks[text.charCodeAt(end - 1)] === 1) end--;
  for (let k = to + 1; k < end; k++) if (k + (farewells.after(text, k)?.word.length ?? -1) === end) return true;
  return false;
}

/** Whether a word that closes a condition (的话) stands in text[from, to). */
function closedBefore(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (conditionEnds.after(text, k)) return true;
  return false;
}

/**
 * Whether a condition whose cue ends at `from` has its consequent on its caption line: a word that closes it (的话)
 * with Chinese after it, or a word of a consequent (就, 那么) in a clause after the condition's, a pause or a comma
 * after it (假如饲料再涨两成 那就没得赚了; not 如果明天就涨价, where 就 is the condition's).
 */
function consequentOnLine(text: string, from: number): boolean {
  let k = from;
  let broken = false;
  let subject = -1; // where the first speaker's modal after a break ends (如果跌破三千点 我会加仓), unless 的话 follows
  while (k < text.length && text.charCodeAt(k) !== 10 && !conditionEnds.after(text, k)) {
    const c = text.charCodeAt(k);
    // (a pause after a figure's Latin unit or % before a Han word breaks too: 如果再降十个BP 那就到一点三了)
    broken ||= commas[c] === 1 || (pauses[c] === 1 && (isHan(codeAt(text, k - 1)) || isHan(codeAt(text, k + 1))));
    const mark = broken ? consequentMarks.after(text, k) : null;
    if (mark) return saidOnLine(text, k + mark.word.length);
    // the subject and its modal may be parted by caption spaces (要是 明年 经济 好 我们 可能 开 到 一千五百家)
    if (broken && subject < 0 && pauses[c] !== 1) subject = spacedWordEnd(consequentSubjects, text, k);
    k++;
  }
  const closer = conditionEnds.after(text, k);
  if (closer === null) return subject >= 0 && saidOnLine(text, subject);
  return saidOnLine(text, k + closer.word.length);
}

/**
 * Where a word of `words` that starts at `pos` ends when the caption spaces between its characters are passed over
 * (我们 会, 我们 可能), or -1: none stands there.
 */
function spacedWordEnd(words: Lexicon<unknown>, text: string, pos: number): number {
  const { joined, ends } = spacedHan(text, pos, words.longest);
  const w = words.after(joined, 0);
  return w ? (ends[w.word.length - 1] as number) : -1;
}

/**
 * Whether a Chinese character stands at or after `from` on its caption line, and the line does not end in a word that
 * leaves what it governs unsaid (我们可能会⏎再降百分之十: the consequent runs on).
 */
function saidOnLine(text: string, from: number): boolean {
  let han = false;
  let k = from;
  for (; k < text.length && text.charCodeAt(k) !== 10; k++) han ||= isHan(text.charCodeAt(k));
  if (!han) return false;
  while (k > from && pauses[text.charCodeAt(k - 1)] === 1) k--;
  return consequentRunsOn.before(text, k) === null;
}

/**
 * The last caption line of a condition whose cue ends at `from`: each line right after it that opens with a word of
 * illustration (cues.yaml conditionExamples) gives an example of the condition (如果美国的关税再加⏎比如说再加到百分之六十⏎
 * 那我们的出口可能要掉一半以上); -1 when there is none. Reads only the condition's lines.
 */
function exampleLinesEnd(text: string, from: number, lineAt: (pos: number) => number): number {
  let last = -1;
  for (let k = text.indexOf("\n", from); k >= 0; k = text.indexOf("\n", k + 1)) {
    let p = k + 1;
    while (p < text.length && pauses[text.charCodeAt(p)] === 1) p++;
    if (conditionExamples.after(text, p) === null) break;
    last = lineAt(p);
  }
  return last;
}

/** The caption line (0, 1, …) of each position of a sentence joined from caption lines (\n between them). */
function captionLines(text: string): (pos: number) => number {
  const breaks = positionsOf(text, lineBreaks);
  return (pos) => countBefore(breaks, pos);
}

/**
 * The cues that are no part of a number: the 万一 ("if by chance") of 一万一千, 十万一千 is the number's 万 and 一. An
 * idiom's numeral (the 一 of 一定) is no number: its cue stays.
 */
function outsideNumerals(cues: CueHit[], mentions: Mention[]): CueHit[] {
  if (cues.length === 0 || mentions.length === 0) return cues;
  // both run left to right and mentions do not overlap: one pass over each
  let k = 0;
  return cues.filter((c) => {
    while (k < mentions.length && (mentions[k] as Mention).end <= c.start) k++;
    const m = mentions[k];
    return !(m && m.start < c.end && m.tag !== "idiom");
  });
}

/** Whether a cue stands inside the words that bound a figure (不会 in 不会超过25万元). */
function insideBound(c: CueHit, f: Mention): boolean {
  const v = f.interval;
  return v !== undefined && v.source === "bound" && c.start >= v.start && c.end <= v.end;
}

/**
 * The forecasts a sentence dates besides those of its figures: 力争2026年下半年实现盈亏平衡 after 明年营收目标是4亿元,
 * 2027年初投产 after 首期投资1000万美元, 研发团队 有 两千多人⏎X9 Pro 下周二 正式发货. A time becomes one when it is due
 * (in the future, or this year or month), stands in a clause with no figure, no question and no time already taken,
 * its period is not taken, and its clause reads as a forecast or a plan (not 如果…): as a sentence with no figure
 * dates one, with or without a forecast word.
 */
function laterForecasts(
  times: TimeMatch[],
  taken: TimeMatch[],
  figures: Mention[],
  cues: CueHit[],
  clauseOf: (pos: number) => [number, number],
  asked: (t: TimeMatch) => boolean,
  speaksFor: (c: CueHit, from: number, to: number, pos: number) => boolean,
): Group[] {
  const out: Group[] = [];
  const used = [...taken];
  for (const t of times) {
    const due = t.direction === "future" || (t.direction === "present" && t.grain !== "day");
    if (!due || t.grain === "open" || t.baseline || t.term || used.includes(t) || asked(t)) continue;
    const [from, to] = clauseOf(t.start);
    const inside = (x: { start: number }) => x.start >= from && x.start < to;
    if (figures.some(inside) || used.some(inside) || used.some((u) => periodOf(u) === periodOf(t))) continue;
    const own = cues.filter((c) => speaksFor(c, from, to, t.start));
    const type = typeOf(own, t);
    if (type !== "prediction" && type !== "plan") continue;
    used.push(t);
    out.push(group([], type, t, null, manner(own), t.start));
  }
  return out;
}

/** A time to come, or a period (this year, this quarter) not over yet: not the past, a day or an open span (目前). */
const notOver = (t: TimeMatch | null): boolean =>
  t !== null && (t.direction === "future" || (t.direction === "present" && t.grain !== "day" && t.grain !== "open"));

/** The days a time stands for (its words when unresolved): two times of one period date one forecast. */
const periodOf = (t: TimeMatch): string => (t.from === null && t.to === null ? t.text : `${t.from}..${t.to}`);

/** Where a claim stands in its sentence: its first figure, else its time. */
const placeOf = (g: Group): number => g.readings[0]?.figure.start ?? g.at ?? g.time?.start ?? 0;

/** The hedge (可能, 一定) and negation (不会, 无法) of a clause's cues. */
type Manner = Pick<Reading, "hedge" | "negated">;
function manner(cues: CueHit[]): Manner {
  return {
    hedge: cues.find((c) => c.group === "hedge")?.word ?? null,
    negated: cues.some((c) => c.group === "negation"),
  };
}

/**
 * A claim before it is written: its figures' readings; `at`, where it stands when it has no figure (its time); its
 * speaker null until known.
 */
type Group = Omit<Reading, "figure"> & { readings: Reading[]; at: number | undefined };

// Readings and groups are made by these two functions only: objects of one shape, which the compiled code that reads
// them keeps to (a spread makes objects of other shapes, and the code that met them is thrown away and compiled again)
function reading(figure: Mention, type: ClaimType, time: TimeMatch | null, speaker: string | null, m: Manner): Reading {
  return { figure, type, time, speaker, hedge: m.hedge, negated: m.negated };
}
function group(
  readings: Reading[],
  type: ClaimType,
  time: TimeMatch | null,
  speaker: string | null,
  m: Manner,
  at?: number,
): Group {
  return { readings, type, time, speaker, hedge: m.hedge, negated: m.negated, at };
}

/** Neighbouring figures read alike (type, time, speaker, hedge, negation) make one claim. */
function groupReadings(readings: Reading[]): Group[] {
  const groups: Group[] = [];
  for (const r of readings) {
    const last = groups[groups.length - 1];
    const alike =
      last &&
      last.type === r.type &&
      last.time === r.time &&
      last.speaker === r.speaker &&
      last.hedge === r.hedge &&
      last.negated === r.negated;
    if (alike) last.readings.push(r);
    else groups.push(group([r], r.type, r.time, r.speaker, r));
  }
  return groups;
}

/**
 * The time a claim is about: a future time first (it makes the claim a dated prediction), else the first one.
 * Open-ended phrases (长期来看, 未来几年) date nothing a reader could check, so they are not a claim's time (a span
 * since a stated start up to now is one: 今年以来); nor is
 * the baseline of a comparison (比去年同期翻了一番: the claim's time is the sentence's other one, or none), nor the term
 * a state already reaches (订单排到了明年第一季度).
 */
function pickTime(times: TimeMatch[]): TimeMatch | null {
  const dated = times.filter((t) => (t.grain !== "open" || t.since) && !t.baseline && !t.term);
  return dated.find((t) => t.direction === "future") ?? dated.find((t) => !t.duration) ?? dated[0] ?? null;
}

/**
 * hypothetical > plan > prediction > metric; a time in the past makes a forecast cue a report (今年早些时候…会).
 * `ahead`: the figure is how long is still to come (还需要一到两年), a forecast without a forecast word.
 */
export function typeOf(cues: CueHit[], time: TimeMatch | null, ahead = false): ClaimType {
  const has = (g: CueHit["group"]) => cues.some((c) => c.group === g);
  if (has("hypothetical")) return "hypothetical";
  if (time?.direction === "past") return "metric";
  if (has("plan")) return "plan";
  if (has("prediction") || ahead || time?.direction === "future") return "prediction";
  return "metric";
}
