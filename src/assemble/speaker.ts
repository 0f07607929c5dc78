// assemble: who said it. A label on the line (主持人：) names the speaker; a reporting verb names the one before it
// (Sam Altman透露, 主持人提到, 他强调: 他 is the last named person); a source (有报道称) speaks for its own sentence;
// the narrator's framing (根据数据, 聊完…) takes the word back. The attribution carries forward until then.
import { charTable, closingChars, isHan, pauseChars, pauses, quoteCloses, quoteOpens, tableAt } from "../chars.js";
import {
  dottedNames,
  endsInTitle,
  isShortName,
  isSurname,
  namesPerson,
  namesSomeone,
  requestWords,
  surnameOf,
  titledName,
  titledNames,
  titleOf,
  withoutAffiliation,
} from "../input/source.js";
import { type CueHit, clauseAsks, cueData } from "../recognize/cues.js";
import { Lexicon, wordLexicon } from "../recognize/lexicon.js";
import type { Sentence } from "../segment/sentences.js";

const roles = new Set(cueData.roles);
const notRoles = cueData.notRoles;
const postRoles = new Set(cueData.postRoles);

/**
 * The role a clause before a reporting verb names, as written from the role on: 站长说 → 站长, with a name right after it
 * 司机小李说 → 司机小李; null when none does, or the role is inside a longer word (公司机构: cues.yaml notRoles).
 */
function roleIn(clause: string): string | null {
  for (const r of roles) {
    const at = clause.indexOf(r);
    if (at < 0 || notRoles.some((w) => w.includes(r) && clause.includes(w))) continue;
    const rest = clause.slice(at + r.length).trim();
    // a role before a name in Latin letters is that person's title (产品负责人 Tulsee Doshi 指出): the name speaks
    if (latinName.test(rest)) return null;
    return rest !== "" && namesPerson(rest) ? clause.slice(at) : r;
  }
  return null;
}
const narratorLabels = new Set(cueData.narratorLabels);
const ownViews = wordLexicon(cueData.ownViews);
const asksNarrator = wordLexicon(cueData.asksNarrator);
const askVerbs = new Set(cueData.askVerbs);
// what ends the question a verb of asking puts: the first of these after it (its question mark included)
const questionEnds = charTable("。！!？?；;…");
const colons = charTable("：:");
/** A label that names a role, not a person (主持人, 分析师（中信）, 第一财经记者): 他 does not point back to it. */
const isRole = (label: string) => {
  const base = withoutAffiliation(label);
  return cueData.roles.some((r) => base.endsWith(r));
};
const namedBy = new Set(cueData.namedBy);
const openers = wordLexicon(cueData.subjectOpeners);
const notSpeakers = wordLexicon(cueData.notSpeakers);
/** Two to six Chinese ideographs: a subject short enough to be a name (王一鸣, 腾讯, 知情人士, 国家统计局). */
const chineseSubject = /^[\u4e00-\u9fff]{2,6}$/u;

/** "据知情人士" → "知情人士": the clause before a reporting verb as a Chinese name, or null when it is not one. */
function chineseName(clause: string): string | null {
  let t = clause;
  for (let o = openers.after(t, 0); o; o = openers.after(t, 0)) t = t.slice(o.word.length);
  return chineseSubject.test(t) && !notSpeakers.after(t, 0) ? t : null;
}
const connectives = new Lexicon([
  ...cueData.connectives.always.map((word) => ({ word, info: false })),
  ...cueData.connectives.beforePause.map((word) => ({ word, info: true })),
]);

/**
 * "然后 台积电" → "台积电", "那 雷军" → "雷军": a clause without the connectives that open it (cues.yaml connectives), a
 * filler only with a caption pause after it (那家公司 stays), and without the pauses after them.
 */
function withoutConnectives(clause: string): string {
  let t = clause;
  for (let c = connectives.after(t, 0); c; c = connectives.after(t, 0)) {
    if (c.info && tableAt(pauses, t, c.word.length) !== 1) break;
    t = t.slice(c.word.length).trimStart();
  }
  return t;
}
const reportVerbs = wordLexicon(cueData.reportedBy.verbs);
const reportOpens = wordLexicon([...cueData.reportedBy.opens, ...cueData.subjectOpeners]);
const reportTails = wordLexicon(cueData.reportedBy.tails);
const notSources = wordLexicon(cueData.reportedBy.notSources);
const relayed = new Set(cueData.reportedBy.relayed);
const reportNotBefore = charTable(cueData.reportedBy.notBefore);
const latinSource = /^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}$/u;

/**
 * 据路透社报道, 有媒体报道说, 据Bloomberg消息: a source named between an opener and a verb of reporting (cues.yaml
 * reportedBy), as a source cue standing for it; its 称 or 说 is the report's own.
 */
function reportsIn(text: string): CueHit[] {
  const out: CueHit[] = [];
  for (const v of reportVerbs.scan(text)) {
    // 统计 in 国家统计局 names the body, no report of its count
    if (tableAt(reportNotBefore, text, v.end) === 1) continue;
    let from = v.start;
    while (from > 0 && separators[text.charCodeAt(from - 1)] !== 1) from--;
    let name = withoutConnectives(text.slice(from, v.start).trim());
    const opened = reportOpens.after(name, 0) !== null;
    for (let o = reportOpens.after(name, 0); o; o = reportOpens.after(name, 0)) name = name.slice(o.word.length).trim();
    if (!opened || notSources.after(name, 0)) continue;
    if (!latinSource.test(name) && !(chineseSubject.test(name) && !notSpeakers.after(name, 0))) continue;
    const tail = reportTails.after(text, v.end);
    const end = v.end + (tail?.word.length ?? 0);
    out.push({ group: "sources", word: text.slice(v.start, end), start: v.start, end, speaker: name });
  }
  return out;
}
const adverbs = wordLexicon(cueData.adverbs);
const voices = new Lexicon([
  ...cueData.voices.drop.map((word) => ({ word, info: "drop" as const })),
  ...cueData.voices.keep.map((word) => ({ word, info: "keep" as const })),
]);
const voiceNotAfter = new Set(cueData.voices.notAfter);

/**
 * "谷歌官方" → "谷歌", "腾讯发言人" → "腾讯发言人": an organisation's voice before any reporting verb, 说 included; null
 * when the clause does not end in one (or ends in 一方面, 这方面).
 */
function voiceName(clause: string): string | null {
  const v = voices.before(clause, clause.length);
  if (!v) return null;
  const org = clause.slice(0, -v.word.length).trimEnd();
  if (voiceNotAfter.has(org.slice(-1))) return null;
  // the organisation is the short subject, its spokesperson as written after it (人社部新闻发言人)
  const name = chineseName(org);
  return name !== null && v.info === "keep" ? name + v.word : name;
}

/** "OpenAI 还" → "OpenAI": the adverbs and spaces between a name and its reporting verb. */
function stripAdverbs(clause: string): string {
  let t = clause.trimEnd();
  for (let a = adverbs.before(t, t.length); a; a = adverbs.before(t, t.length))
    t = t.slice(0, -a.word.length).trimEnd();
  return t;
}
const saidBy = new Set(cueData.saidBy.verbs);
const saidFrames = wordLexicon(cueData.saidBy.frames.flat());

/**
 * "台积电" → "台积电", "雷军" → "雷军": the whole clause before 说 (cues.yaml saidBy) as a short Chinese subject, or null
 * when it frames what is said (可以, 老实, 当时: saidBy frames), holds a function word (总的来), ends as no name does
 * (网上, 很多人) or in a title with no name before it (老师说, 公司董事长说), or is a word of two characters that is no
 * name of a known surname (高手说, 华为说: a common noun as often as a body).
 */
function saidSubject(clause: string): string | null {
  const name = chineseName(clause);
  if (name === null || saidFrames.before(name, name.length) || endsInTitle(name) || !namesSomeone(name)) return null;
  return name.length > 2 || isShortName(name) ? name : null;
}
const placeOpens = wordLexicon(cueData.placeFrames.opens);
const placeCloses = wordLexicon(cueData.placeFrames.closes);

/**
 * "黄仁勋在发布会上" → "黄仁勋", "在会上大家" → "大家": a clause without the frame of where or when (cues.yaml
 * placeFrames) that ends or opens it.
 */
function withoutPlace(clause: string): string {
  const open = placeOpens.after(clause, 0);
  if (open)
    for (let k = open.word.length; k < clause.length; k++) {
      const close = placeCloses.after(clause, k);
      if (close) return clause.slice(k + close.word.length).trimStart();
    }
  if (!placeCloses.before(clause, clause.length)) return clause;
  for (let i = 2; i < clause.length - 1; i++) if (placeOpens.after(clause, i)) return clause.slice(0, i).trimEnd();
  return clause;
}
const pronouns = cueData.pronouns;
// "Sam Altman", "Tulsee Doshi", "Paul Klein IV", "OpenAI", "Google": capitalised Latin words, one to three of them
const latinName = /(?<name>[A-Z][A-Za-z]+(?:[ ·][A-Z][A-Za-z]+){0,2})\s*$/u;
const capital = /[A-Z]/;
const fullName = /[A-Z][a-z]+ [A-Z][a-z]+/g;
const separators = charTable("，,。；;：:！!？?\n、");
/** Where the words before a reporting verb at text[end] begin: after a separator or a closing quote (“…”王传福说). */
function clauseStart(text: string, end: number): number {
  let from = end;
  while (from > 0 && separators[text.charCodeAt(from - 1)] !== 1 && quoteCloses[text.charCodeAt(from - 1)] !== 1)
    from--;
  return from;
}
const crowds = wordLexicon(cueData.crowds);
/**
 * Where the word of a crowd (观众, 很多网友: cues.yaml crowds) that a reporting verb ending at `end` gives ends: at the
 * end of its caption line when words follow the verb on that line (观众说画质不够 其实是平台压缩), else -1 (网友说⏎…).
 */
function crowdLineEnd(text: string, end: number, who: string): number {
  if (!crowds.before(who, who.length)) return -1;
  const nl = text.indexOf("\n", end);
  const lineEnd = nl < 0 ? text.length : nl;
  return text.slice(end, lineEnd).trim() === "" ? -1 : lineEnd;
}
/** Whether a sentence ends with a closing quote, before its final mark or after it (“…。” and “…”。). */
function endsQuoted(text: string): boolean {
  let end = text.trimEnd().length;
  if (end > 0 && separators[text.charCodeAt(end - 1)] === 1) end--;
  return end > 0 && quoteCloses[text.charCodeAt(end - 1)] === 1;
}
const intro = cueData.selfIntroductions;
const greetings = wordLexicon(intro.greetings);
const introOpeners = wordLexicon(intro.openers);
const notIntroduced = wordLexicon(intro.notAfterOpener);
const titleEnds = new Set(intro.titleEnds);
const greetingStops = charTable(`，,！!${pauseChars}`);

/**
 * The name a self-introduction at the start of a sentence gives (我是集团首席财务官周敏，… → 周敏; 大家好，我叫王建华。), or
 * null: its clause ends with a name of a known surname, alone or after a title (not 我是说…, 我是很高兴, 我是去年来的).
 */
function introduced(text: string): string | null {
  let i = greetings.after(text, 0)?.word.length ?? 0;
  if (i > 0) while (i < text.length && greetingStops[text.charCodeAt(i)] === 1) i++;
  const o = introOpeners.after(text, i);
  if (!o) return null;
  const from = i + o.word.length;
  if (notIntroduced.after(text, from)) return null;
  let end = from;
  while (end < text.length && end - from <= intro.maxLength && isHan(text.charCodeAt(end))) end++;
  if (end - from > intro.maxLength || (end < text.length && separators[text.charCodeAt(end)] !== 1)) return null;
  for (const n of [3, 2]) {
    const start = end - n;
    if (start < from || surnameOf(text.slice(start, end)) === null) continue;
    if (start === from || titleEnds.has(text.charAt(start - 1))) return text.slice(start, end);
  }
  return null;
}
/**
 * "人口学家梁建章" → "梁建章", "首席经济学家王伟" → "王伟": a clause that ends with a name of a known surname after a title
 * (cues.yaml selfIntroductions titleEnds and proseTitleEnds), before any reporting verb, 说 included. Not a
 * title itself (公司董事长: a name does not end in a title's character), nor a bare word (高手说: no title before) or a
 * pronoun of people (任何人说: a title is two characters at least, and 人 ends no name here).
 */
function titledPerson(clause: string): string | null {
  for (const n of [3, 2]) {
    const start = clause.length - n;
    const last = clause.charAt(clause.length - 1);
    if (start < 2 || surnameOf(clause.slice(start)) === null || personTitleEnds.has(last) || notProseEnds.has(last))
      continue;
    if (personTitleEnds.has(clause.charAt(start - 1))) return clause.slice(start);
  }
  return null;
}
const notProseEnds = new Set(intro.notProseTitleEnds);
const personTitleEnds = new Set(
  [...intro.titleEnds, ...intro.proseTitleEnds].filter((c) => !intro.notProseTitleEnds.includes(c)),
);
const toWhom = new Set(requestWords.toWhom);
/** "我跟记者" → "我", "跟大家" → "": the clause before a reporting verb up to the one spoken to (speakers.yaml toWhom). */
function beforeAddressee(clause: string): string {
  for (let k = 0; k < clause.length - 1; k++)
    if (toWhom.has(clause.charAt(k)) && !(k === 0 && isSurname(clause.charAt(0)))) return clause.slice(0, k);
  return clause;
}
const commas = charTable("，,");
const requests = wordLexicon(requestWords.requests);
const addressWords = new Set(requestWords.address);
const afterNameWords = new Set(requestWords.afterName);
const requestNotAfter = new Set(requestWords.notAfter);
const selves = new Set(requestWords.selves);
const nameReach = 12;

/**
 * The requests to another to speak in `text` (主持人 王总 先说说门店有多少家, 请您说一下): each with the words before
 * its address (主持人 王总), which may name the one addressed. A request the speaker makes of themself (我先说一下) or
 * that tells (我跟你说说) is none.
 */
function requestsIn(text: string): { start: number; end: number; before: string }[] {
  const out: { start: number; end: number; before: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!requests.starts(text.charCodeAt(i))) continue; // most characters start no request
    const w = requests.after(text, i);
    if (!w) continue;
    const start = i;
    let p = i;
    let addressed = false;
    let marks = 0;
    for (;;) {
      while (p > 0 && pauses[text.charCodeAt(p - 1)] === 1) p--;
      const ch = text[p - 1] ?? "";
      if (!addressWords.has(ch) && !afterNameWords.has(ch)) break;
      if (addressWords.has(ch)) addressed = true;
      marks++;
      p--;
    }
    const end = start + w.word.length;
    i = end - 1;
    if (marks === 0 || requestNotAfter.has(text[p - 1] ?? "")) continue;
    // the clause before, its last few characters at most (a name is short): linear however many requests there are
    let from = p;
    let to = p;
    while (from > 0 && p - from < nameReach && separators[text.charCodeAt(from - 1)] !== 1) from--;
    // 王总，您先说说: the name is the clause before the comma
    if (text.slice(from, p).trim() === "" && commas[text.charCodeAt(from - 1)] === 1)
      for (to = --from; from > 0 && to - from < nameReach && separators[text.charCodeAt(from - 1)] !== 1; ) from--;
    const before = text.slice(from, to);
    let self = false;
    for (const ch of before) if (selves.has(ch)) self = true;
    if (!addressed && (self || addressee(before) === "")) continue;
    out.push({ start, end, before });
  }
  return out;
}

/** "主持人 王总" → "王总": the last word before a request's address with no role in it, or "" when it is no name. */
function addressee(before: string): string {
  let t = before.trim();
  const space = Math.max(t.lastIndexOf(" "), t.lastIndexOf("\u3000"));
  t = t.slice(space + 1);
  for (const r of roles) if (t.startsWith(r)) t = t.slice(r.length);
  return titledName(t) !== null || (surnameOf(t) !== null && t.length <= 4) ? t : "";
}

// what may close a question after its mark or particle: pauses, closing quotes and brackets
const askTails = charTable(pauseChars + closingChars);

/** Whether a sentence ends asking: a question mark, or a question cue (吗) with nothing after it but closers. */
function endsAsking(text: string, questions: CueHit[]): boolean {
  let end = text.length;
  while (end > 0 && askTails[text.charCodeAt(end - 1)] === 1) end--;
  const last = text.charAt(end - 1);
  if (last === "？" || last === "?") return true;
  const q = questions[questions.length - 1];
  return q !== undefined && onlyTails(text, q.end, end);
}

/** Whether nothing but a colon, stops, pauses and closers follows text[from] (有网友问⏎, 观众问：⏎). */
const endsAt = (text: string, from: number): boolean => {
  for (let k = from; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (questionEnds[ch] !== 1 && askTails[ch] !== 1 && colons[ch] !== 1) return false;
  }
  return true;
};

const onlyTails = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (questionEnds[text.charCodeAt(k)] !== 1) return false;
  return true;
};

export class SpeakerTracker {
  private current: string | null = null;
  private lastPerson: string | null = null;
  private readonly people: string[] = [];
  /** the last word of each of `people` (Altman of Sam Altman), in the same order */
  private readonly lastNames: string[] = [];
  /** people who have been named as the speaker of something */
  private readonly speakers: string[] = [];
  /** Chinese and dotted names introduced as labels so far (刘振宇：, 马克·罗西：), in order */
  private readonly named: string[] = [];
  /** dotted names in the prose so far (主教练马克·罗西): each start of the last part (罗西, 罗西表…) → the full names
   * it begins, the first two (two are enough to know a label is ambiguous) */
  private readonly dotted = new Map<string, string[]>();
  /** Chinese names a title introduced in the prose so far (市人社局王建华局长 → 王建华, 局长), in order */
  private readonly titled: { name: string; title: string }[] = [];
  /** who had the word before a source took it (有报道说), while the source has it; undefined else */
  private quoting: string | null | undefined = undefined;
  /** the last line of a sentence in which a role (记者, 主持人) had the word and ended it asking, or -1 */
  private askedLine = -1;
  /** the speaker a label (黄仁勋：) gave the word to, while that turn lasts; null else */
  private labelled: string | null = null;
  /** the sentence before was a heading */
  private afterHeading = false;
  /** who had the word when a sentence began in which a 问 handed it to the asker (有网友问⏎老师大盘会不会跌破三千点):
   * the asker keeps it for `askedFor` sentences, the question read out, and then it goes back; undefined else */
  private askedBack: string | null | undefined = undefined;
  private askedFor = 0;
  /** the sentence before ended with a closing quote */
  private afterQuote = false;
  /**
   * who the sentence just read names, at its start, as the speaker of a quote the sentences before it ended (“…。”⏎
   * 王传福说。): the quote's claims are theirs; null else
   */
  quotedBy: string | null = null;

  constructor(known: string[]) {
    for (const name of known) this.remember(name);
  }

  /**
   * Reads sentence `s`, updating what carries forward, and returns who has the word at each position of it: the
   * speaker before the sentence until a cue in it hands the word to someone else (…甚至有报道称接近9亿).
   */
  next(s: Sentence, cues: CueHit[]): (pos: number) => string | null {
    // a heading opens a new section (## 附：公众防护要点): the last speaker's turn ends there
    // …and what the heading itself attributes (# 黄仁勋称Blackwell需求惊人) is the headline's, not the section's word
    if (s.heading || this.afterHeading) this.current = null;
    this.afterHeading = s.heading;
    if (s.heading || s.label) this.quoting = this.askedBack = undefined;
    // the speaker's own view opening a sentence after a quoted source (有报道说…⏎我觉得明年…) takes the word back
    else if (this.quoting !== undefined && ownViews.after(s.text.trimStart(), 0)) {
      this.current = this.quoting;
      this.quoting = undefined;
    }
    // a label naming the narrator (旁白：) gives the narrator's own word: no speaker
    if (s.label && narratorLabels.has(s.label)) this.current = null;
    else if (s.label) {
      this.current = isRole(s.label) ? s.label : this.labelName(s.label);
      if (!isRole(s.label)) this.lastPerson = this.current;
    }
    if (s.label || s.heading) this.labelled = s.label && !narratorLabels.has(s.label) ? this.current : null;
    // a role's question answered on the lines after it, unlabelled (记者：请问明年的预期怎么样？⏎我们预计…): the answer
    // is not the asker's, and whoever gives it is not named
    if (
      !s.label &&
      this.askedLine >= 0 &&
      s.firstLine > this.askedLine &&
      this.current !== null &&
      isRole(this.current)
    )
      this.current = null;
    this.askedLine = -1;
    // an unlabelled sentence that opens with a self-introduction gives the word to the one introduced, and so does a
    // labelled one whose label is the family name and a title of the one introduced (陈总：大家好我是星途资本的陈志强)
    const self = introduced(s.text);
    const me = s.label && (self === null || titledName(s.label) !== surnameOf(self)) ? null : self;
    if (me && s.label) this.name(me);
    if (me) {
      this.current = this.lastPerson = me;
      if (!this.speakers.includes(me)) this.speakers.push(me);
    }
    // a sentence that opens with someone who has spoken before gives them the word again (Sam Altman的回应很明确)
    const opener = this.speakers.find((p) => s.text.startsWith(p));
    if (opener) this.current = this.lastPerson = opener;
    this.quotedBy = null;
    const changes: { at: number; speaker: string | null }[] = [{ at: 0, speaker: this.current }];
    const before = this.current;
    let quoted = false; // the last hand-over was an organisation's voice (谷歌官方说): it speaks for this sentence only
    let sourceEnd = -1;
    let crowdBack: string | null | undefined; // who had the word before a crowd's line took it, while it lasts
    // a verb of asking with a question cue (？, 是不是, 会不会) after it, up to the first 。 or ？, or with a word that
    // asks (多少, 什么) in the clause after it, puts a question: the end the last scan found serves every later 问
    // before it, and the question cues are passed once, left to right
    const questions = cues.filter((c) => c.group === "question");
    let askEnd = -1;
    let q = 0;
    const putsQuestion = (c: CueHit): boolean => {
      // 主持人问：明年营收多少？ reads as a label: the asker keeps the word, as after 主持人：
      if (!askVerbs.has(c.word) || colons[s.text.charCodeAt(c.end)] === 1) return false;
      if (c.end > askEnd) {
        askEnd = c.end;
        while (askEnd < s.text.length && questionEnds[s.text.charCodeAt(askEnd)] !== 1) askEnd++;
      }
      while (q < questions.length && (questions[q] as CueHit).start < c.end) q++;
      // …or a word that asks in the clause after it, with no ？ (主持人问明年营收多少，我们预计…)
      return (q < questions.length && (questions[q] as CueHit).start <= askEnd) || clauseAsks(s.text, c.end);
    };
    // a request to another to speak (主持人 王总 先说说…) hands them the floor: its 说 reports nothing of the asker's
    const asks = requestsIn(s.text);
    let r = 0;
    const handOver = (upTo: number) => {
      for (; r < asks.length && (asks[r] as (typeof asks)[0]).start <= upTo; r++) {
        const a = asks[r] as (typeof asks)[0];
        this.current = this.addressed(a.before);
        if (this.current !== null) this.lastPerson = this.current;
        quoted = false;
        changes.push({ at: a.start, speaker: this.current });
      }
    };
    const reports = reportsIn(s.text);
    // the asker and the start of the last question put (主持人问我 …): a reporting verb in its clause that names the
    // asker again is a word of the question (主持人问我 你们预测能拿多少: no forecast of the host's)
    let asker: string | null = null;
    let askedAt = -1;
    for (const c of reports.length === 0 ? cues : [...cues, ...reports].sort((a, b) => a.start - b.start)) {
      handOver(c.start);
      if (r > 0 && c.group === "attribution" && c.start < (asks[r - 1] as (typeof asks)[0]).end) continue;
      // who a verb of asking names, looked up once for the cue: the hand-over below needs it again (王建华问明年营收
      // 多少？). who() learns the name it finds, so a second look gave the same name and left the same state
      let asked: string | null | undefined;
      if (c.group === "attribution" && askVerbs.has(c.word) && colons[s.text.charCodeAt(c.end)] !== 1) {
        asker = asked = this.who(s.text, c.start, c.word);
        askedAt = c.start;
      } else if (
        c.group === "attribution" &&
        asker !== null &&
        clauseStart(s.text, c.start) <= askedAt &&
        this.who(s.text, c.start, c.word) === asker
      )
        continue;
      let who: string | null | undefined;
      // the narrator takes back a carried word, never the line's own label (孙海涛：大家好，今年…12万) or introduction
      // …nor one a label gave (黄仁勋：…⏎接下来是Rubin: a labelled speaker's own framing; the narrator has a label too)
      if (c.group === "narrator" && c.start <= 2)
        who = s.label || me || (before !== null && before === this.labelled) ? undefined : null;
      // a source (有报道称, 很多人都在讲) keeps the word until someone else takes it
      else if (c.group === "sources") {
        who = c.speaker ?? null;
        sourceEnd = c.end;
      }
      // a question after a quoted source (有报道说…少了8%⏎那GDP呢) ends the source's word: the answer is not the report's
      else if (c.group === "question" && this.quoting !== undefined && c.start >= sourceEnd) who = this.quoting;
      // the 称 of 有报道称 is the source's own; a question put to the narrator (主持人问我) or announced (主持人最后问一下，
      // …多少？) hands over nothing, and the one who had the word gives it up by asking: the answer is not theirs
      else if (c.group === "attribution" && c.start >= sourceEnd && putsQuestion(c)) {
        // putsQuestion holds only for a verb of asking, which the lookup above has named
        const named = asked === undefined ? this.who(s.text, c.start, c.word) : asked;
        if (this.current !== null && named === this.current) who = null;
        // a 问 that opens its clause with a question cue after it (网友说⏎他亏了三十万⏎问能不能回本, 问会不会回本) is
        // asked by who has the word, who keeps it no longer than for a question read out (below)
        else if (named === null && this.current !== null) this.askBack(s.text, c, this.current, before);
      } else if (
        c.group === "attribution" &&
        c.start >= sourceEnd &&
        !asksNarrator.after(s.text, c.start) &&
        !(relayed.has(c.word) && reportOpens.after(s.text, clauseStart(s.text, c.start)) !== null)
      ) {
        const voice = this.voiceBefore(s.text, c.start);
        who = voice ?? (asked === undefined ? this.who(s.text, c.start, c.word) : asked) ?? undefined;
        if (who !== undefined) quoted = voice !== null;
        // a quote the one named after it said (“我们今年的营收会突破一千亿，”王传福说): from its opening mark, in this
        // sentence, or in the sentences before when this one opens with the name (“…。”⏎王传福说。)
        const from = clauseStart(s.text, c.start);
        if (typeof who === "string" && tableAt(quoteCloses, s.text, from - 1) === 1) {
          let open = from - 2;
          while (open >= 0 && quoteOpens[s.text.charCodeAt(open)] !== 1) open--;
          if (open >= 0) changes.push({ at: open, speaker: who });
          else if (this.afterQuote) this.quotedBy = who;
        } else if (typeof who === "string" && this.afterQuote && s.text.slice(0, from).trim() === "")
          this.quotedBy = who;
        // a question read out (有网友问⏎老师大盘会不会跌破三千点, 网友说他亏了三十万问能不能回本) is the asker's, not
        // the answer after it: the asker has the word to the end of the question, its sentence or the next one
        // (a 问 that opens its clause is asked by who has the word: 网友说⏎他亏了三十万⏎问能不能回本)
        this.askBack(s.text, c, who ?? this.current, before);
      }
      if (who === undefined) continue;
      if (c.group !== "attribution") quoted = false;
      // who had the word before the first source of a run of them; anyone else's word ends the run
      if (c.group !== "sources") this.quoting = undefined;
      else if (this.quoting === undefined) this.quoting = this.current;
      crowdBack = undefined;
      // a crowd's word on its own caption line (观众说画质不够 其实是平台压缩⏎…) ends with the line: cues.yaml crowds
      const lineEnd = typeof who === "string" && !askVerbs.has(c.word) ? crowdLineEnd(s.text, c.end, who) : -1;
      if (lineEnd >= 0) crowdBack = this.current;
      this.current = who;
      changes.push({ at: c.start, speaker: who });
      if (lineEnd >= 0 && lineEnd < s.text.length) changes.push({ at: lineEnd, speaker: crowdBack ?? null });
    }
    handOver(s.text.length);
    if (crowdBack !== undefined) this.current = crowdBack;
    this.afterQuote = endsQuoted(s.text);
    // the narrator quoting a company (…谷歌官方说它的推理速度快了三倍) keeps the word after the quote
    if (quoted) this.current = before;
    // the question a 问 at the end of the sentence before announced has been read out: the word goes back
    if (this.askedBack !== undefined && --this.askedFor === 0) {
      this.current = this.askedBack;
      this.askedBack = undefined;
    }
    if (this.current !== null && isRole(this.current) && endsAsking(s.text, questions)) this.askedLine = s.lastLine;

    return (pos) => changes.filter((c) => c.at <= pos).pop()?.speaker ?? null;
  }

  /** An organisation's voice right before the reporting verb at text[end] (谷歌官方说 → 谷歌), or null. */
  private voiceBefore(text: string, end: number): string | null {
    return voiceName(withoutConnectives(text.slice(clauseStart(text, end), end).trim()));
  }

  /**
   * After a verb of asking `c` whose asker is `asker`: the asker has the word to the end of the question read out (its
   * sentence, or the next one when the verb ends its own), and then it goes back to `before`, who had it.
   */
  private askBack(text: string, c: CueHit, asker: string | null, before: string | null): void {
    const open = endsAt(text, c.end);
    const role = asker && isRole(asker) && colons[text.charCodeAt(c.end)] !== 1;
    if (asker && askVerbs.has(c.word) && (open || role) && this.askedBack === undefined) {
      this.askedBack = before;
      this.askedFor = open ? 2 : 1;
    }
  }

  /** The speaker named right before the reporting verb `verb` at text[end], or null when none is. */
  private who(text: string, end: number, verb: string): string | null {
    const from = clauseStart(text, end);
    const clause = beforeAddressee(withoutPlace(stripAdverbs(withoutConnectives(text.slice(from, end).trim()))));
    if (clause === "") return null;
    for (const p of pronouns) if (clause.startsWith(p) || clause.endsWith(p)) return this.lastPerson;
    const role = roleIn(clause);
    if (role !== null) return (postRoles.has(role) ? chineseName(stripAdverbs(clause)) : null) ?? role;
    const latin = latinName.exec(stripAdverbs(clause))?.groups?.name;
    const described = clause.slice(clause.lastIndexOf("的") + 1);
    // someone known, or named the way a label would name them (王总说, 张建华说): 说 too names them
    let named =
      latin ??
      this.people.find((p, k) => clause.includes(this.lastNames[k] as string) || clause.includes(p)) ??
      // a name a title introduced, here (英伟达创始人黄仁勋说, 小米CEO雷军表示) or before (雷军说): two characters too
      this.titled.find((t) => clause.endsWith(t.name))?.name ??
      (namesPerson(clause) ? (this.known(clause) ?? clause) : undefined) ??
      // a person a narrator describes first (在上海开了二十年餐馆的老陈说, 王建国的儿子王磊说): the name after the last 的
      (namesPerson(described) ? (this.known(described) ?? described) : undefined);
    // a Chinese subject as written (王一鸣表示, 据知情人士透露). It may be a company or 企业 as well as a person, so it
    // does not become who 他 means next
    if (!named) {
      const bare = stripAdverbs(clause);
      const titled = titledPerson(bare);
      if (titled) this.lastPerson = titled;
      const subject = namedBy.has(verb) ? chineseName(bare) : saidBy.has(verb) ? saidSubject(bare) : null;
      // a name of two characters (雷军说, 杨杰表示) is a person's: 他 means them next
      if (subject === null || !isShortName(subject)) return subject ?? titled;
      named = subject;
    }
    const full = this.fullName(named);
    this.remember(full);
    if (!this.speakers.includes(full)) this.speakers.push(full);
    this.lastPerson = full;
    return full;
  }

  /** "Altman" → "Sam Altman" once the full name has been seen. */
  private fullName(name: string): string {
    return this.people.find((p) => p !== name && p.endsWith(` ${name}`)) ?? name;
  }

  /**
   * A label as the full name of someone introduced before (the contract: the name as first introduced): 罗西 → 马克·罗西
   * (the last part of a dotted name), 振宇 → 刘振宇 (the given name), 刘总 → 刘振宇 and 罗西先生 → 马克·罗西 (a family
   * name and a title: speakers.yaml titles) when exactly one person named so far fits; else the label as written.
   */
  private labelName(label: string): string {
    const full = this.known(label) ?? label;
    // a person's own name as a label (刘振宇：, 马克·罗西：) introduces them for the labels after it
    if (full === label && titledName(label) === null && (surnameOf(label) !== null || /[·・]/.test(label)))
      this.name(label);
    return full;
  }

  /** The one person introduced before whom a label names (see labelName), or null when none or two fit. */
  private known(label: string): string | null {
    const latin = this.fullName(label);
    if (latin !== label) return latin;
    const family = titledName(label);
    const fits = (p: string): boolean => {
      if (family !== null) return surnameOf(p) === family || p.endsWith(`·${family}`) || p.endsWith(` ${family}`);
      const surname = surnameOf(p);
      return p.endsWith(`·${label}`) || (surname !== null && label.length >= 2 && p === surname + label);
    };
    const last = family ?? label;
    const inProse = (this.dotted.get(last) ?? []).map((first) => `${first}·${last}`);
    const all = [...this.people, ...this.named].filter((p) => p !== label && fits(p));
    // a name a title introduced (王建华局长 for 王局长, 董事长王建华 for 王总); of two of the family name, the one
    // introduced with the label's own title (王局长 of 王建华局长 and 董事长王明)
    const titled = family === null ? [] : this.titled.filter((t) => surnameOf(t.name) === family);
    let matches = [...new Set([...all, ...inProse, ...titled.map((t) => t.name)])];
    if (matches.length > 1) {
      const title = titleOf(label);
      const same = new Set(titled.filter((t) => t.title === title).map((t) => t.name));
      if (same.size === 1) matches = [...same];
    }
    return matches.length === 1 ? (matches[0] as string) : null;
  }

  /** The one a request addresses (王总 → 王志远, introduced before), or null when nobody known is named. */
  private addressed(before: string): string | null {
    const name = addressee(before);
    if (name === "") return null;
    const known = this.known(name);
    if (known !== null) return known;
    const seen = [...this.people, ...this.named, ...this.titled.map((t) => t.name)];
    return seen.includes(name) ? name : null;
  }

  private name(full: string) {
    if (!this.named.includes(full)) this.named.push(full);
  }

  private remember(name: string) {
    if (this.people.includes(name)) return;
    this.people.push(name);
    this.lastNames.push(name.split(" ").pop() ?? name);
  }

  /** Learns the full names a text mentions (Sam Altman), so a later "Altman" resolves to them. */
  learn(text: string) {
    for (const t of titledNames(text))
      if (!this.titled.some((u) => u.name === t.name && u.title === t.title)) this.titled.push(t);
    // 主教练马克·罗西: the last part cut at the end of the text's Han run is all a later label can refer to
    for (const d of dottedNames(text))
      for (let n = 2; n <= d.last.length; n++) {
        const firsts = this.dotted.get(d.last.slice(0, n)) ?? [];
        if (firsts.length < 2 && !firsts.includes(d.first)) firsts.push(d.first);
        this.dotted.set(d.last.slice(0, n), firsts);
      }
    if (!capital.test(text)) return; // most sentences name nobody in Latin letters: one quick look
    // exec on the one global regex: matchAll would copy it for every sentence
    fullName.lastIndex = 0;
    for (let m = fullName.exec(text); m !== null; m = fullName.exec(text)) this.remember(m[0]);
  }
}
