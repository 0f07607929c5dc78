// recognize: every numeric mention of a sentence, read with the words around it (units, currencies, 倍, %, bounds)
// and tagged: `figure` mentions become quantities of claims; the others say why they are not figures (a model
// name, an ordinal, a date part, an idiom, a bare number, a discourse count), so a reviewer can see what was skipped.
// Bound words also give each figure the interval they state (Mention.interval): 大于20 → (20,), and two bounds side
// by side make one (大于二十的同时小于等于三十五 → (20,35]).
import { charTable, codeAt, isHan, tableAt } from "../chars.js";
import { loadData, type Zod } from "../data.js";
import type { Approx, QuantityKind } from "../schema.js";
import { type Entry, Lexicon, lexicon, wordLexicon } from "./lexicon.js";
import {
  aboutSuffixAt,
  endsInLatinScale,
  endsInPower,
  endsInShorthandOne,
  endsInSpokenScale,
  findNumerals,
  hasDecimalPoint,
  isArabicDigit,
  isBareScale,
  isNumeralChar,
  isPlacelessChinese,
  latinBodyBefore,
  type NumeralMatch,
  numeralAt,
  opensWithPlace,
  parseNumeral,
  placesAfterScale,
  roundInWords,
  scaleBeforeApprox,
  scaleSuffix,
  wordsEndingInPlace,
} from "./numeral.js";
import { titleSpans } from "./time.js";

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const Words = z.array(z.string().min(1));
  const Unit = z.object({ unit: z.string(), words: Words, example: z.string() });
  /**
   * When a unit word is not the unit: a word after it that makes another word or names what it counts (平均, 球队,
   * 块屏幕), unless it is one of `exceptBefore` (年期 is a term, 年期间 a duration); a character right before the
   * figure (2比2平 is a draw) or a word (`notAfterWord`: 3号楼、12栋 lists buildings by name), or that ends a clock
   * hour there after a numeral (3点15分: minutes, not points), or
   * ends a clock minute after one (`clockMinute`: 17点55分23秒 holds no 23 seconds), or
   * before a figure under 10 (这一块 is "this area"), or right after the word before a figure under 10 (`notBeforeFew`:
   * 两度住院 is "twice"); a figure under `minValue` (三点原因 are no index points) or not under `belowValue`; after
   * the lone numeral 一, a word other than one of `oneOnlyBefore` or a clause end (一块更大的电池, 一块去); a sentence
   * with none of the words that say what it measures (度 is °C by 气温), or with one that says it is another unit
   * (华氏温度98.6度 is °F) and none of `unlessContexts` (一块屏幕的成本就要800块 is money); a word ending right before the
   * figure or its bound word (`notAfterWords`: 切成八块 cuts pieces, no yuan).
   */
  const Guards = {
    notBefore: Words.optional(),
    exceptBefore: Words.optional(),
    notAfter: Words.optional(),
    notAfterWord: Words.optional(),
    notAfterHour: Words.optional(),
    clockMinute: Words.optional(),
    notAfterFew: Words.optional(),
    fewPrices: z.object({ after: Words, before: Words }).optional(),
    notBeforeFew: Words.optional(),
    minValue: z.number().optional(),
    fractionsUnderMin: z.boolean().optional(),
    belowValue: z.number().optional(),
    oneOnlyBefore: Words.optional(),
    oneLineEndAfter: Words.optional(),
    onlyBefore: Words.optional(),
    // words one of which must end right before the figure (沪指涨了15点: an index's move; 十点多的时候 is a clock)
    onlyAfter: Words.optional(),
    contexts: Words.optional(),
    orAfter: Words.optional(),
    notContexts: Words.optional(),
    unlessContexts: Words.optional(),
    notBeforeModel: z.boolean().optional(),
    notAfterWords: Words.optional(),
    // where onlyBefore does not hold, a word of `words` before the figure, one of `links` maybe between (内存有20G,
    // 拘留十日, 一共三十三层)
    orAfterLinked: z.object({ words: Words, links: Words }).optional(),
  };
  const Units = z.object({
    currencies: z.array(Unit.extend({ ...Guards, factor: z.number().positive().optional() })),
    genericYuan: z.object({ unit: z.string(), words: Words }),
    subunits: z.array(
      z.object({
        unit: z.string(),
        factor: z.number().positive(),
        words: Words,
        notBefore: Words.optional(),
        example: z.string(),
      }),
    ),
    currencySymbols: z.array(Unit),
    spokenSubunits: z.array(
      z.object({
        unit: z.string(),
        factor: z.number().positive(),
        after: Words,
        secondDigit: z.boolean().optional(),
        example: z.string(),
      }),
    ),
    percent: z.array(
      z.object({
        unit: z.string(),
        words: Words,
        example: z.string(),
        factor: z.number().positive().optional(),
        digitAfter: z.boolean().optional(),
        discount: z.boolean().optional(),
        beatVerbs: z.object({ words: Words, reach: z.int().min(1) }).optional(),
        comparisons: z.object({ words: Words, marks: Words, notMarks: Words, reach: z.int().min(1) }).optional(),
        orShorter: z.boolean().optional(),
        ...Guards,
      }),
    ),
    digitCountPercents: z.object({
      words: z.array(z.object({ min: z.int().min(0), max: z.int().min(1), words: Words, example: z.string() })),
      rates: Words,
      reachAfter: z.int().min(0),
      reachBefore: z.int().min(0),
    }),
    splits: z.object({
      pairs: z.array(z.string().length(2)),
      words: Words,
      notBefore: Words,
      contexts: Words,
      example: z.string(),
    }),
    percentWords: z.array(
      z.object({
        value: z.number(),
        words: Words,
        after: Words.optional(),
        notAfter: Words.optional(),
        notBefore: Words.optional(),
        nounBefore: Words.optional(),
        openFillers: Words.optional(),
        openLinks: Words.optional(),
        // the word carries its own bound (过半: over half)
        approx: z.enum(["about", "over", "under", "nearly", "vague"]).optional(),
        // the word is a figure only where it ends its clause: no Han character after it but one of these (过半了)
        endsClause: Words.optional(),
        example: z.string(),
      }),
    ),
    multiples: z.array(z.object({ words: Words, example: z.string(), notBefore: Words.optional() })),
    multipleWords: z.array(z.object({ factor: z.number(), words: Words, example: z.string() })),
    notMultipleWords: Words,
    growthVerbs: Words,
    durationLinks: Words,
    oneDurationBefore: z.object({ words: Words, done: Words }),
    oneDurationAfter: z.array(z.object({ word: z.string(), info: z.boolean() })),
    oneDurationTerms: z.object({ words: Words, links: Words, example: z.string() }),
    oneDurationVerbs: z.object({
      modals: Words,
      notVerbs: Words,
      nouns: Words,
      adverbs: Words,
      times: Words,
      timesReach: z.int().min(1),
      shareLinks: Words,
      example: z.string(),
    }),
    tallies: z.object({ words: Words, reach: z.int().min(0).max(8) }),
    records: z.array(Words),
    rates: z.object({ words: Words, reach: z.int().min(0).max(8) }),
    periodVerbs: z.object({ verbs: Words, adverbs: Words, notAfter: Words, example: z.string() }),
    /** 一次两片: a dose word right before a small count makes it how much at a time */
    doseRates: Words,
    exerciseCounts: z.object({ verbs: Words, counters: Words, aspects: Words }),
    /** 两次之间: a small count right before one of these names the two things between, no count */
    betweenWords: Words,
    changedBy: Words,
    percentChanges: Words,
    countChanges: Words,
    levelUnits: Words,
    perMarkers: Words,
    nearlyBefore: z.object({
      words: Words,
      notAfter: Words,
      notInClause: Words,
      round: z.object({ words: Words, notAfter: Words }),
    }),
    fewAfterDemonstratives: Words,
    durations: z.array(
      Unit.extend({
        ...Guards,
        fractionAfter: z.boolean().optional(),
        /** how many of `unit` one of the word is (一刻钟 = 15 minutes) */
        factor: z.number().positive().optional(),
        parts: z
          .object({
            unit: z.string(),
            count: z.number().int().positive(),
            linked: z.boolean().optional(),
            shortWords: Words.optional(),
            shortNotAfter: Words.optional(),
            /** verbs of giving a score right before the figure: 打八分半 is 8.5 points, no minute and a half */
            shortHalfNotAfter: Words.optional(),
          })
          .optional(),
      }),
    ),
    counters: z.array(z.object({ words: Words, example: z.string(), ...Guards })),
    measures: z.array(
      Unit.extend({
        ...Guards,
        orShorter: z.boolean().optional(),
      }),
    ),
    splitCounters: Words,
    notUnitsAfterSpace: Words,
    halfAfterUnit: z.object({ words: Words, notBefore: Words, example: z.string() }),
    terms: z.object({ words: Words, example: z.string() }),
    scores: z.object({ words: Words, wholeWords: Words, endWords: Words, links: Words, carry: Words }),
    percentRates: z.object({ words: Words, notWords: Words.default([]), links: Words, example: z.string() }),
    prices: z.object({
      words: Words,
      links: Words,
      carry: Words,
      changes: Words,
      now: z.object({
        words: Words,
        links: Words,
        before: z.object({ words: Words, adverbs: Words }),
        ratio: z.number().min(1),
        example: z.string(),
      }),
      examples: z.object({ words: Words, digits: z.int().min(1), example: z.string() }),
      sellContrast: z.object({ verbs: Words, before: Words, adverbs: Words, notWith: Words, example: z.string() }),
      perArea: Words,
      homeArea: z.object({ words: Words, scales: Words, example: z.string() }),
      perPiece: z.object({
        bases: Words,
        counters: Words,
        verbs: Words,
        reach: z.int().min(0),
        dear: Words,
        servings: Words,
        demonstratives: z.object({ bases: Words, counters: Words, sellers: Words, sellerVerbs: Words }),
        extras: z.object({ verbs: Words, counters: Words, links: Words, notNouns: Words, reach: z.int().min(1) }),
        heads: Words,
        sold: z.object({ verbs: Words, scales: Words, example: z.string() }),
        named: z.object({ verbs: Words, example: z.string() }),
      }),
      reaches: z.object({ links: Words, ratio: z.number().min(1), example: z.string() }),
    }),
    offers: z.object({ unit: z.string(), opens: Words, takes: Words, example: z.string() }),
    shapedPrices: z.object({ before: Words, ending: z.int().min(1), example: z.string() }),
    paidBy: Words,
    paidWith: Words,
    takenFor: Words,
    faceValues: z.object({ after: Words, kinds: Words, link: Words, example: z.string() }),
    rateBases: z.object({
      before: Words,
      rates: Words,
      window: z.int().min(1),
      notThrough: Words,
      ratedWindow: z.int().min(1),
      example: z.string(),
    }),
    perOneBases: z.object({
      notAfter: Words,
      moneyNotBetween: Words,
      yields: Words,
      yieldBases: Words,
      servingBases: Words,
      example: z.string(),
    }),
    measureContexts: Words,
    rateContexts: Words,
    rateParallelReach: z.number().int().min(0),
    rateLinks: Words,
    measureNameEnds: Words,
    measureTopicMarks: Words,
    currencyLinks: Words,
    levelContexts: Words,
    indexLevels: z.object({ unit: z.string(), max: z.number(), contexts: Words, verbs: Words }),
    clockHours: z.object({ words: Words, max: z.number(), example: z.string() }),
    rangeJoiners: Words,
    pointWords: Words,
    listJoiners: Words,
    moneyContexts: Words,
    notMoneyContexts: Words,
    countContexts: Words,
    salaries: z.object({
      words: Words,
      not: Words,
      least: z.number().positive(),
      hourly: z.object({ words: Words, least: z.number().positive() }),
      notThrough: Words,
      carriedEnds: Words,
      example: z.string(),
    }),
    packageTens: z.object({
      words: Words,
      units: Words,
      scale: z.number().positive(),
      reach: z.int().min(1),
      notThrough: Words,
      ends: Words,
      example: z.string(),
    }),
    fees: z.object({ ends: Words, notAfter: Words, bases: Words, example: z.string() }),
    countedNouns: z.object({ ends: Words, follow: Words, notBefore: Words, example: z.string() }),
    stocks: z.object({ nouns: Words, links: Words, reach: z.int().min(1), example: z.string() }),
    audiences: z.object({ nouns: Words, links: Words, reach: z.int().min(1), example: z.string() }),
    sizedCounters: z.object({
      sizes: z.array(z.object({ size: z.string().length(1), verbs: Words })).min(1),
      example: z.string(),
    }),
    labelNumbers: z.object({
      before: Words,
      links: Words,
      after: Words,
      shapes: Words,
      services: z.object({ numbers: z.array(z.int().positive()), verbs: Words }),
    }),
    turnovers: z.object({ before: Words, after: Words }),
    /** words of newness that may stand between a counted noun and its count (两个新的办公室, 三家新店) */
    nounCountsNew: Words,
    nounCounts: z.array(
      z.object({
        counters: Words,
        nouns: Words,
        verbs: Words.optional(),
        /** verbs too short to stand alone (上) that count only right after a time (明年上两条产线; 晚上两台 is none) */
        timeVerbs: Words.optional(),
        /** the last characters of a time a `timeVerbs` word makes a time of day with (今晚上 is 今天晚上) */
        timeVerbsNotAfter: Words.optional(),
        notNouns: Words.optional(),
        example: z.string(),
      }),
    ),
    craftCounts: z.object({ counters: Words, example: z.string() }),
    casualtyCounts: z.object({
      counters: Words,
      oneCounters: Words,
      notBetween: Words,
      words: Words,
      reach: z.int().min(0).max(8),
      example: z.string(),
    }),
    flightCounts: z.object({ verbs: Words, aspects: Words, counters: Words, example: z.string() }),
    tolerances: z.object({ words: Words, example: z.string() }),
    wordCounters: z.array(z.object({ words: Words, contexts: Words, example: z.string() })),
    ratioWords: z.object({
      words: Words,
      joiners: Words,
      links: Words,
      perHundred: Words,
      reach: z.int().min(0).max(8),
      example: z.string(),
    }),
    shares: z.object({
      wholes: Words,
      links: Words,
      every: Words,
      sample: z.int().min(2),
      reach: z.int().min(0).max(8),
      example: z.string(),
    }),
    speeds: z.object({
      distances: Words,
      times: z.array(z.object({ unit: z.string(), words: Words })),
      named: z.array(z.object({ unit: z.string(), words: Words })),
      /** what may stand between a distance and a speed noun after it (四百五十三公里的时速) */
      namedLinks: Words,
      bare: z.object({ unit: z.string(), words: Words }),
      reach: z.int().min(0).max(8),
      example: z.string(),
    }),
    perUnits: z.array(
      z.object({
        units: Words,
        per: z.array(z.object({ unit: z.string(), words: Words })),
        /** what the base is of, said between it and the figure (每公斤体重10毫克) */
        of: Words.optional(),
        example: z.string(),
      }),
    ),
    priceCuts: z.object({
      verbs: Words,
      perOne: Words,
      reach: z.int().min(0).max(4),
      haggles: Words,
      example: z.string(),
    }),
    changesInto: Words,
    countsGoOn: z.object({
      down: z.number().min(1),
      up: z.number().min(1),
      links: Words,
      within: Words,
      notBetween: Words,
      example: z.string(),
    }),
    staffCounts: z.object({
      places: Words,
      teams: Words,
      links: Words,
      between: Words,
      counted: Words,
      saidAgain: Words,
      remains: z.object({ links: Words, finals: Words }),
      example: z.string(),
    }),
    capacities: z.object({
      counted: Words,
      bases: Words,
      notBases: Words,
      reach: z.int().min(0).max(8),
      example: z.string(),
    }),
    titledMoney: Words,
    durationChanges: z.object({ from: Words, verbs: Words, reach: z.int().min(0).max(8), example: z.string() }),
  });
  const Sides = z.object({ open: Words, closed: Words });
  const ApproxData = z.object({
    fillers: Words,
    notBounds: Words,
    stillBounds: Words,
    elapsed: Words,
    before: z.object({ about: Words, over: Sides, under: Sides, nearly: Words, equal: Words }),
    turned: z.object({ words: Words, modals: Words, alone: Words, not: Words }),
    emphasis: Words,
    reach: z.object({
      maxGap: z.int().min(1).max(16),
      about: Words,
      over: Words,
      under: Words,
      stops: Words,
      notWords: Words,
      notBefore: Words,
    }),
    scaleBound: Words,
    possessive: z.object({
      maxReach: z.int().min(1).max(16),
      marks: Words,
      stops: Words,
      owners: Words,
      copulas: Words,
      compared: z.object({ reach: z.int().min(1).max(40), sentenceEnds: Words }),
    }),
    after: z.object({ about: Words, over: Sides, under: Sides }),
    afterNotWords: Words,
    priceFrom: Words,
    comparison: z.object({ before: Words, over: Words, under: Words }),
    deniedComparison: z.object({ before: Words, after: Words }),
    between: z.object({ before: Words, joiners: Words, after: Words }),
    intervalJoiners: z.array(z.string()),
    afterLeads: z.object({ adverbs: Words, words: Words }),
    nounBounds: z.object({ words: Words, reach: z.int().min(1).max(6), particles: Words }),
    rateBases: Words,
  });
  const FalseFigures = z.object({
    idioms: Words,
    notIdioms: Words,
    hyperbole: z.object({ numbers: Words, after: Words }),
    customerSides: z.object({ numbers: Words, after: Words, partners: Words }),
    modelYears: Words,
    seasonYears: Words,
    ratioJoiners: Words,
    processNodes: z.object({ units: Words, after: Words, contexts: Words, notAfter: Words, links: Words }),
    topicIdioms: z.object({
      window: z.number().int().min(0),
      groups: z.array(
        z.object({ words: Words, topics: Words, priceBefore: Words, priceAfter: Words, example: z.string() }),
      ),
    }),
    cutoffs: z.object({ before: Words, after: Words, notAfter: Words }),
    weekdayLists: z.object({ weekWords: Words, days: Words }),
    planNames: z.object({ numbers: Words, after: Words }),
    spanPlanNames: z.object({
      numbers: Words,
      after: Words,
      /** 规划, 计划: a plan word that may also be a verb, so a name only with `before` or `nounAfter` around it */
      planWords: Words,
      before: Words,
      nounAfter: Words,
    }),
    urlPrefixes: Words,
    versionWords: Words,
    years: z.object({ min: z.int(), max: z.int() }),
    ordinalPrefixes: Words,
    brands: Words,
    numberNames: z.object({ minDigits: z.int().min(1), words: Words, spelledWords: Words }),
    countedNames: z.object({ minDigits: z.int().min(1), counters: Words }),
    rankNames: Words,
    exponents: Words,
    termNames: z.object({ counters: Words, after: Words }),
    scheduleNames: Words,
    storeNames: Words,
    pointedNames: z.object({ pointers: Words, words: Words }),
    tierNames: Words,
    planeNames: Words,
    retirementPlanNames: Words,
    showNames: z.object({ greetings: Words, reach: z.int().min(1).max(12) }),
    resolutions: z.object({ letters: Words, contexts: Words }),
    companyNames: z.object({ letters: Words, after: Words }),
    displacements: z.object({ letters: Words, contexts: Words }),
    raceNames: z.object({ letters: Words, after: Words }),
    parameterSizes: Words,
    parameterNouns: Words,
    latinBeforeOk: Words,
    latinAfterOk: Words,
    corrections: z.object({
      words: Words,
      denials: Words,
      links: Words,
      fillers: Words,
      nounReach: z.number().int().min(0),
    }),
    labels: z.array(
      z.object({
        words: Words,
        figureBefore: Words.optional(),
        figureAtEnd: z.boolean().optional(),
        groupAfterSpace: Words.optional(),
        onlyBare: z.boolean().optional(),
        example: z.string(),
      }),
    ),
  });
  return { Units, ApproxData, FalseFigures, Guards };
}

const units = loadData("units", (z) => schemas(z).Units);
const approxData = loadData("approx", (z) => schemas(z).ApproxData);
const falseFigures = loadData("false-figures", (z) => schemas(z).FalseFigures);

interface UnitInfo {
  kind: QuantityKind;
  unit: string | null;
  /** multiplies the figure into the unit: 三成 = 30%, 5‰ = 0.5% */
  factor?: number;
  /** one more digit may follow: 七成六 = 76% */
  digitAfter?: boolean;
  /** Arabic digits right after the word are the fraction of the figure: 47秒62 = 47.62 s */
  fractionAfter?: boolean;
  /** 折: a digit is tenths, two digits are percent (八折 = 80%, 七五折 = 75%) */
  discount?: boolean;
  /** words one of which must end right before the figure or its bound word (个点 after 高了: 高了八个点) */
  onlyAfter?: Lexicon<true>;
  /** or verbs of beating or trailing, what is beaten between them and the figure (跑赢了基准五个点) */
  beatVerbs?: { words: Lexicon<true>; reach: number };
  /** or a comparative after 比 and what is compared (比基准高三个点) */
  comparisons?: { words: Lexicon<true>; marks: Lexicon<true>; notMarks: string[]; reach: number };
  /** words one of which ending right before the figure or its bound word refuses the unit (切成八块: no yuan) */
  notAfterWords?: Lexicon<true>;
  /** where every reading refuses, the shorter word it begins with is read instead (三个点要讲: 个) */
  orShorter?: boolean;
  /** words after the word that make it another word (成功, 折叠) or name what it counts (块屏幕) */
  notBefore?: Lexicon<true>;
  /** words beginning with a notBefore word that do not refuse the unit (期间 after 年: 三年期间) */
  exceptBefore?: Lexicon<true>;
  /** characters right before the figure that make the word another one's (2比2平) */
  notAfter?: Set<string>;
  /** words right before the figure that make it a name in a list of names (3号楼、12栋: building 12) */
  notAfterWord?: Lexicon<true>;
  /** clock hour words right before the figure, after a numeral (3点15分, 两点四十分, 16时40分 are times of day) */
  notAfterHour?: Set<string>;
  /** clock minute words right before the figure, after a numeral and a clock hour (17点55分23秒 is a time of day) */
  clockMinute?: Set<string>;
  /** characters right before a figure under 10 that make it another word (这一块, 那两块) */
  notAfterFew?: Set<string>;
  /** after one of `after` of notAfterFew, a price said on right after the word keeps it (去年的七块多, 现在的九块三) */
  fewPrices?: { after: Set<string>; before: Lexicon<true> } | undefined;
  /** words right after the unit word that make a figure under 10 a count of times (两度住院 "twice": no °C) */
  notBeforeFew?: Lexicon<true>;
  /** the least figure the unit takes (一点 is "a little", 三点原因 three points of talk: no index points) */
  minValue?: number;
  /** a figure with a fraction passes under minValue: 2.6G频段 is GHz, while 5G频段 stays a network generation */
  fractionsUnderMin?: boolean;
  /** the figures the unit takes are below this (大盘涨了两个点 is 2%; 30个点 are the index's points) */
  belowValue?: number;
  /** after the lone numeral 一, the unit only before one of these words or at a clause end (一块五, 一块。) */
  oneOnlyBefore?: Lexicon<true>;
  /** words before the lone 一 after which a caption line's end ends its clause too (涨了一块⏎司机…: yuan) */
  oneLineEndAfter?: Lexicon<true>;
  /** words one of which must stand right after the unit word (日 counts days only in 五日内: 5日 is a date) */
  onlyBefore?: Lexicon<true>;
  /** or a word of `words` right before the figure, one of `links` maybe between (内存有20G, 手机存储256G: GB; 拘留十日) */
  orAfterLinked?: { words: Lexicon<true>; links: string[] } | undefined;
  /** words one of which the sentence must hold (度 is °C only next to 气温, 体温, 零下) */
  contexts?: Lexicon<true>;
  /** words right before the figure that stand for `contexts` (冲到过3674点: a verb of an index's reach) */
  orAfter?: Lexicon<true>;
  /** words none of which it may hold (华氏: 度 is °F) */
  notContexts?: Lexicon<true>;
  /** words that keep the unit where a notContexts word stands too (成本: 屏幕 does not make 800块 a count) */
  unlessContexts?: Lexicon<true>;
  /** not before a model code, capital letters and a digit (两万块H100 counts cards: 块 is no yuan) */
  notBeforeModel?: boolean;
  /** the next reading of the same word, tried when this one's guards refuse it (块: yuan, else the counter) */
  next?: UnitInfo;
}

type GuardWords = {
  [K in Exclude<
    keyof ReturnType<typeof schemas>["Guards"],
    "minValue" | "fractionsUnderMin" | "belowValue" | "notBeforeModel" | "fewPrices" | "orAfterLinked"
  >]?: string[] | undefined;
} & {
  minValue?: number | undefined;
  fractionsUnderMin?: boolean | undefined;
  belowValue?: number | undefined;
  notBeforeModel?: boolean | undefined;
  fewPrices?: { after: string[]; before: string[] } | undefined;
  orAfterLinked?: { words: string[]; links: string[] } | undefined;
};
/** A model code at the start: capital letters, then a digit (H100, MI300X; a caption space may stand before it). */
const modelCode = /^ ?[A-Z]{1,3}\d/;
/** Plain words as a lexicon (each costs a 64 KB table; a lookup allocates nothing, unlike a Set of slices); a guard's too. */
const contextLexicon = (words?: string[]) => (words ? wordLexicon(words) : undefined);
/** The guards of a unit, as UnitInfo holds them. */
const guards = (u: GuardWords) => ({
  notBefore: contextLexicon(u.notBefore),
  exceptBefore: contextLexicon(u.exceptBefore),
  notAfter: u.notAfter ? new Set(u.notAfter) : undefined,
  notAfterWord: contextLexicon(u.notAfterWord),
  notAfterHour: u.notAfterHour ? new Set(u.notAfterHour) : undefined,
  clockMinute: u.clockMinute ? new Set(u.clockMinute) : undefined,
  notAfterFew: u.notAfterFew ? new Set(u.notAfterFew) : undefined,
  fewPrices: u.fewPrices && { after: new Set(u.fewPrices.after), before: wordLexicon(u.fewPrices.before) },
  notBeforeFew: contextLexicon(u.notBeforeFew),
  minValue: u.minValue,
  fractionsUnderMin: u.fractionsUnderMin,
  belowValue: u.belowValue,
  notBeforeModel: u.notBeforeModel,
  oneOnlyBefore: contextLexicon(u.oneOnlyBefore),
  oneLineEndAfter: contextLexicon(u.oneLineEndAfter),
  onlyBefore: contextLexicon(u.onlyBefore),
  onlyAfter: contextLexicon(u.onlyAfter),
  contexts: contextLexicon(u.contexts),
  orAfter: contextLexicon(u.orAfter),
  notContexts: contextLexicon(u.notContexts),
  unlessContexts: contextLexicon(u.unlessContexts),
  notAfterWords: contextLexicon(u.notAfterWords),
  orAfterLinked: u.orAfterLinked && { words: wordLexicon(u.orAfterLinked.words), links: u.orAfterLinked.links },
});
const suffixEntries: Entry<UnitInfo>[] = [
  ...units.currencies.flatMap((u) => {
    const g = guards(u);
    return u.words.map((word) => ({ word, info: { kind: "money" as const, unit: u.unit, factor: u.factor, ...g } }));
  }),
  ...units.percent.flatMap((u) =>
    u.words.map((word) => ({
      word,
      info: {
        kind: "percent" as const,
        unit: u.unit,
        factor: u.factor,
        digitAfter: u.digitAfter,
        discount: u.discount,
        beatVerbs: u.beatVerbs && { words: wordLexicon(u.beatVerbs.words), reach: u.beatVerbs.reach },
        comparisons: u.comparisons && {
          words: wordLexicon(u.comparisons.words),
          marks: wordLexicon(u.comparisons.marks),
          notMarks: u.comparisons.notMarks,
          reach: u.comparisons.reach,
        },
        orShorter: u.orShorter,
        ...guards(u),
      },
    })),
  ),
  ...units.multiples.flatMap((u) => {
    const g = guards(u);
    return u.words.map((word) => ({ word, info: { kind: "multiple" as const, unit: null, ...g } }));
  }),
  ...units.durations.flatMap((u) => {
    const g = guards(u);
    const fractionAfter = u.fractionAfter;
    const info = { kind: "duration" as const, unit: u.unit, fractionAfter, factor: u.factor, ...g };
    return u.words.map((word) => ({ word, info }));
  }),
  ...units.counters.flatMap((u) => {
    const g = guards(u);
    return u.words.map((word) => ({ word, info: { kind: "count" as const, unit: word, ...g } }));
  }),
  ...units.measures.flatMap((u) => {
    const g = guards(u);
    const orShorter = u.orShorter;
    return u.words.map((word) => ({ word, info: { kind: "measure" as const, unit: u.unit, orShorter, ...g } }));
  }),
];
// a word listed twice (块: a currency, then a counter) is one lexicon entry; its readings are tried in list order
const firstReading = new Map<string, Entry<UnitInfo>>();
for (const e of suffixEntries) {
  const first = firstReading.get(e.word);
  if (!first) {
    firstReading.set(e.word, e);
    continue;
  }
  let last = first.info;
  while (last.next) last = last.next;
  last.next = e.info;
}
const suffixes = new Lexicon<UnitInfo>(firstReading.values());
/** The unit words without those that give way to a shorter one when refused (个点 → 个). */
const shorterSuffixes = new Lexicon<UnitInfo>([...firstReading.values()].filter((e) => !e.info.orShorter));
const notUnitsAfterSpace = wordLexicon(units.notUnitsAfterSpace);
const currencyNames = lexicon(units.currencies, (u) => u.unit);
const genericYuan = units.genericYuan;
const subunits = lexicon(units.subunits, (u) => ({
  unit: u.unit,
  factor: u.factor,
  notBefore: new Set(u.notBefore ?? []),
}));
const symbols = lexicon(units.currencySymbols, (u) => u.unit);
const spokenSubunits = new Map(
  units.spokenSubunits.flatMap((u) =>
    u.after.map((word) => [word, { unit: u.unit, factor: u.factor, secondDigit: u.secondDigit === true }] as const),
  ),
);
// with the words that hold a multiple word's start and are none (推翻 in 推翻一番说辞), which the scan takes first
const multipleWords = new Lexicon<number | null>([
  ...units.multipleWords.flatMap((u) => u.words.map((word) => ({ word, info: u.factor }))),
  ...units.notMultipleWords.map((word) => ({ word, info: null })),
]);
const digitCounts = lexicon(units.digitCountPercents.words, (u) => ({ min: u.min, max: u.max }));
const digitRateWords = wordLexicon(units.digitCountPercents.rates);
/** A character a clause runs on through between a rate word and a digit count: Han, or a figure's (增速从20%掉到个位数). */
const inClause = (c: number) => isHan(c) || (c >= 48 && c <= 57) || c === 0x25 || c === 0xff05 || c === 0x2e;
/**
 * Whether a digit count (两位数 at start..end) qualifies a growth or a rate: a rate word after it within reachAfter
 * characters (两位数增长, 两位数的增长), or ending before it in its clause within reachBefore (增速掉到个位数).
 */
function qualifiesRate(text: string, start: number, end: number): boolean {
  const { reachAfter, reachBefore } = units.digitCountPercents;
  for (let p = end; p <= end + reachAfter && p < text.length && inClause(codeAt(text, p)); p++)
    if (digitRateWords.after(text, p)) return true;
  for (let p = start; p > 0 && p >= start - reachBefore && inClause(codeAt(text, p - 1)); p--)
    if (digitRateWords.before(text, p)) return true;
  return false;
}
// 三七分, 五五开: a split's two shares (units.yaml splits), each word with the digits' tenths
const splitWords = new Lexicon(
  units.splits.pairs.flatMap((pair) =>
    units.splits.words.map((w) => ({ word: pair + w, info: [...pair].map((d) => (parseNumeral(d)?.value ?? 0) * 10) })),
  ),
);
const splitNotBefore = wordLexicon(units.splits.notBefore);
const splitContexts = wordLexicon(units.splits.contexts);
type PercentWordInfo = ReturnType<typeof percentWordInfo>;
const percentWordInfo = (u: (typeof units.percentWords)[number]) => ({
  value: u.value,
  after: u.after ?? null,
  notAfter: u.notAfter ?? null,
  notBefore: u.notBefore ?? null,
  nounBefore: u.nounBefore ?? null,
  openFillers: u.openFillers ?? null,
  openLinks: u.openLinks ?? null,
  approx: u.approx ?? null,
  endsClause: u.endsClause ? wordLexicon(u.endsClause) : null,
});
const percentWords = lexicon(units.percentWords, percentWordInfo);
const growthVerbs = wordLexicon(units.growthVerbs);
const measureContexts = wordLexicon(units.measureContexts);
const rateContexts = wordLexicon(units.rateContexts);
const rateLinks = wordLexicon(units.rateLinks);
/** what follows a name's number (哪吒2的): units.yaml measureNameEnds */
const measureNameEnds = new Set(units.measureNameEnds);
/** particles that make a context word the topic of the next clause (汇率呢，现在7.2左右): units.yaml measureTopicMarks */
const measureTopicMarks = wordLexicon(units.measureTopicMarks);
/** measure contexts of a level the later clauses of a sentence go on speaking of (汇率, 指数): units.yaml levelContexts */
const levelContexts = wordLexicon(units.levelContexts);
const indexContexts = wordLexicon(units.indexLevels.contexts);
const indexVerbs = wordLexicon(units.indexLevels.verbs);
/** the words after a whole number that make it a clock hour outside talk of an index (八点半): units.yaml clockHours */
const clockHourWords = wordLexicon(units.clockHours.words);
/** Whether a number with no unit is an index's level: an index verb right before it or its bound word (跌破三千二). */
function indexLevel(text: string, m: Mention, indexed: boolean): boolean {
  if (!indexed || (m.value ?? m.max ?? Number.POSITIVE_INFINITY) > units.indexLevels.max) return false;
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  return indexVerbs.before(text, p) !== null || indexVerbs.before(text, boundBefore(text, p)?.start ?? p) !== null;
}
/** money words (true) and the longer words that hold one without speaking of money (false: 流水线) */
const moneyContexts = new Lexicon<boolean>([
  ...units.moneyContexts.map((word) => ({ word, info: true })),
  ...units.notMoneyContexts.map((word) => ({ word, info: false })),
]);
const countContexts = new Lexicon<boolean>(units.countContexts.map((word) => ({ word, info: true })));
/** pay and income words (true) and the longer words that hold one without speaking of pay (false: 挣扎, 到手价) */
const salaryWords = new Lexicon<boolean>([
  ...units.salaries.words.map((word) => ({ word, info: true })),
  ...[...units.notMoneyContexts, ...units.salaries.not].map((word) => ({ word, info: false })),
]);
const hourlyPayWords = new Lexicon<boolean>(units.salaries.hourly.words.map((word) => ({ word, info: true })));
/** The smallest bare number a pay word makes money in `text`: less where hourly pay is spoken of (时薪二十五). */
const payLeast = (text: string) =>
  holdsWord(hourlyPayWords, text) ? units.salaries.hourly.least : units.salaries.least;
/** The endings of fee words (学费, 油钱) and the characters before one that make no fee (消费, 免费): units.yaml `fees`. */
const feeEnds = charTable(units.fees.ends);
const feeNotAfter = charTable(units.fees.notAfter);
/** The per-period bases between a fee word and its amount (饭钱一天五十): units.yaml `fees`. */
const feeBases = wordLexicon(units.fees.bases);
/** Whether a fee word ends at `end` (学费, 过路费, 油钱; not 消费, 免费, nor a lone 费 or 钱). */
const feeEndsAt = (text: string, end: number) => {
  const before = codeAt(text, end - 2);
  return feeEnds[codeAt(text, end - 1)] === 1 && isHan(before) && feeNotAfter[before] !== 1;
};
/** Whether a fee word stands in a text (学费, 油钱). */
function holdsFee(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (feeEndsAt(text, i + 1)) return true;
  return false;
}
/** Where the fee words of a text end, in order. */
function feeEndings(text: string): number[] {
  const ends: number[] = [];
  for (let i = 1; i < text.length; i++) if (feeEndsAt(text, i + 1)) ends.push(i + 1);
  return ends;
}
/**
 * 翻 before a small count of times and 台 after it, or as its counter: a restaurant's table turnover (一天能翻五次台,
 * 一天翻四台)
 */
const turnoverBefore = wordLexicon(units.turnovers.before);
const turnoverAfter = wordLexicon(units.turnovers.after);
const turnoverUnits = new Set(units.turnovers.after);
const turnover = (text: string, m: Mention) =>
  turnoverBefore.before(text, m.start) !== null &&
  (turnoverAfter.after(text, m.end) !== null || (m.unit !== null && turnoverUnits.has(m.unit)));
const tolerances = units.tolerances.words;
/**
 * 正负5毫米, 误差正负3%: a tolerance word that ends in the minus sign the numeral took (负) states the figure itself, 5 mm
 * and 3%, never -5; the mention takes the whole word. 零下15度 and 负3% keep their sign.
 */
const readTolerance = (text: string, m: Mention) => {
  const word = tolerances.find((w) => text.endsWith(w, m.start + 1) && text.startsWith(w.slice(-1), m.start));
  if (!word || !((m.value ?? m.min ?? 0) < 0)) return;
  const { min, max } = m;
  Object.assign(m, { start: m.start + 1 - word.length, value: m.value === null ? null : -m.value });
  Object.assign(m, { min: max === null ? null : -max, max: min === null ? null : -min });
  m.text = text.slice(m.start, m.end);
};
const halfWords = new Set(units.halfAfterUnit.words);
const halfNotBefore = new Set(units.halfAfterUnit.notBefore);
const termWords = wordLexicon(units.terms.words);

/** What a bound word says: the approx it gives the figure and, if it compares, which end of an interval it is. */
interface BoundInfo {
  approx: Approx | null;
  side: "lower" | "upper" | "equal" | null;
  open: boolean;
}
const bounds = (words: string[], approx: Approx | null, side: BoundInfo["side"], open = false) =>
  words.map((word) => ({ word, info: { approx, side, open } }));
/** The about, over and under words of one side of a figure (左右 after it, 超过 before it). */
const aboutOverUnder = (g: typeof approxData.after) => [
  ...bounds(g.about, "about", null),
  ...bounds(g.over.open, "over", "lower", true),
  ...bounds(g.over.closed, "over", "lower"),
  ...bounds(g.under.open, "under", "upper", true),
  ...bounds(g.under.closed, "under", "upper"),
];
const approxBefore = new Lexicon<BoundInfo>([
  ...aboutOverUnder(approxData.before),
  ...bounds(approxData.before.nearly, "nearly", null),
  ...bounds(approxData.before.equal, null, "equal"),
  ...bounds(approxData.emphasis, null, null),
]);
const approxAfter = new Lexicon<BoundInfo>(aboutOverUnder(approxData.after));
/** "from" after an amount of money with its currency (22.98万元起): a closed lower bound */
const priceFrom = new Lexicon<BoundInfo>(bounds(approxData.priceFrom, "over", "lower"));
/** words that begin with a bound word after a figure without being one (上下班) */
const approxAfterNot = wordLexicon(approxData.afterNotWords);
/** an adverb between a figure and its bound word after it (千分之三都不到), and the bound words it may lead */
const afterLeadAdverbs = wordLexicon(approxData.afterLeads.adverbs);
const afterLeadWords = new Set(approxData.afterLeads.words);
const nounBoundWords = new Set(approxData.nounBounds.words);
const nounBoundParticles = wordLexicon(approxData.nounBounds.particles);
/** a rate base between a bound word and its figure (超过每秒25米) */
const boundRateBases = wordLexicon(approxData.rateBases);
/** Score words (豆瓣, 生育率), the links between one and its decimal (是, 现在), and the verbs that carry it on (掉到了). */
const scoreWords = wordLexicon(units.scores.words);
const scoreWholeWords = new Set(units.scores.wholeWords);
const scoreEndWords = new Set(units.scores.endWords);
const scoreLinks = wordLexicon(units.scores.links);
const scoreCarry = wordLexicon(units.scores.carry);
const percentRateWords = wordLexicon(units.percentRates.words);
const percentRateLinks = wordLexicon(units.percentRates.links);
const percentRateNotWords = wordLexicon(units.percentRates.notWords);
/** Price words (原价, 到手价), the links between one and its bare number (是, 只要), and the words that carry it on. */
const priceWords = wordLexicon(units.prices.words);
const priceLinks = wordLexicon(units.prices.links);
const priceCarry = wordLexicon(units.prices.carry);
const priceChanges = new Set(units.prices.changes);
const priceNowWords = wordLexicon(units.prices.now.words);
const priceNowLinks = wordLexicon(units.prices.now.links);
const percentChanges = new Set(units.percentChanges);
const countChanges = new Set(units.countChanges);
const levelUnits = new Set(units.levelUnits);
const perAreaWords = wordLexicon(units.prices.perArea);
const homeAreaWords = units.prices.homeArea.words;
const homeAreaScales = units.prices.homeArea.scales;
const pieceBases = charTable(units.prices.perPiece.bases);
const pieceCounters = charTable(units.prices.perPiece.counters);
const pieceVerbs = wordLexicon(units.prices.perPiece.verbs);
const pieceDear = wordLexicon(units.prices.perPiece.dear);
const pieceServings = charTable(units.prices.perPiece.servings);
const { demonstratives: pointed, extras } = units.prices.perPiece;
const demonstrativeBases = charTable(pointed.bases);
const demonstrativeCounters = charTable(pointed.counters);
const demonstrativeSellers = wordLexicon(pointed.sellers);
const demonstrativeSellerVerbs = wordLexicon(pointed.sellerVerbs);
const extraVerbs = wordLexicon(extras.verbs);
const extraCounters = charTable(extras.counters);
const extraLinks = wordLexicon(extras.links);
const extraNotNouns = wordLexicon(extras.notNouns);
const priceThenWords = wordLexicon(units.prices.now.before.words);
const priceThenAdverbs = wordLexicon(units.prices.now.before.adverbs);
const exampleWords = wordLexicon(units.prices.examples.words);
const pieceHeads = wordLexicon(units.prices.perPiece.heads);
const soldVerbs = wordLexicon(units.prices.perPiece.sold.verbs);
const soldScales = charTable(units.prices.perPiece.sold.scales);
const reachLinks = wordLexicon(units.prices.reaches.links);
const namedVerbs = wordLexicon(units.prices.perPiece.named.verbs);
const sellContrastVerbs = wordLexicon(units.prices.sellContrast.verbs);
const sellContrastThen = wordLexicon(units.prices.sellContrast.before);
const sellContrastAdverbs = wordLexicon(units.prices.sellContrast.adverbs);
const sellContrastNotWith = wordLexicon(units.prices.sellContrast.notWith);
/** The last characters of nouns of people and accounts (代理人, 快递员, 客户数), and what may stand around one. */
const nounEnds = charTable(units.countedNouns.ends);
const nounFollow = charTable(units.countedNouns.follow);
const nounNotBefore = charTable(units.countedNouns.notBefore);
const shapedBefore = wordLexicon(units.shapedPrices.before);
const paidBy = wordLexicon(units.paidBy);
const paidWith = wordLexicon(units.paidWith);
/** The units of a discount (八折, 七五折): units.yaml percent with `discount`. */
const discountWords = units.percent.filter((u) => u.discount).flatMap((u) => u.words);
const takenFor = wordLexicon(units.takenFor);
const faceValueNouns = wordLexicon(units.faceValues.after);
const faceValueKinds = wordLexicon(units.faceValues.kinds);
const faceValueLinks = wordLexicon(units.faceValues.link);

/**
 * Whether a bare number is a face value or a kind's price (units.yaml `faceValues`): before 的 and a coupon's noun
 * (再领一个二十的券), or right between a kind of goods and 的 (一款九十九的四件套).
 */
function faceValue(text: string, m: Mention): boolean {
  if (faceValueNouns.after(text, m.end)) return true;
  return faceValueKinds.before(text, m.start) !== null && faceValueLinks.after(text, m.end) !== null;
}
const stockNouns = wordLexicon(units.stocks.nouns);
const stockLinks = wordLexicon(units.stocks.links);
const audienceNouns = wordLexicon(units.audiences.nouns);
const audienceLinks = wordLexicon(units.audiences.links);
// 十二小袋, 八小块: a size word between a number and its counter, and the verbs that must end right before the number
const sizedVerbs = new Map(units.sizedCounters.sizes.map((s) => [s.size, wordLexicon(s.verbs)]));
const offerOpens = wordLexicon(units.offers.opens);
const offerTakes = wordLexicon(units.offers.takes);
const rateBaseBefore = wordLexicon(units.rateBases.before);
const rateWords = new Set(units.rateBases.rates);
const rateNotThrough = new Set(units.rateBases.notThrough);
const perOneNotAfter = wordLexicon(units.perOneBases.notAfter);
const perOneMoneyNotBetween = units.perOneBases.moneyNotBetween;
const perOneYields = units.perOneBases.yields;
const yieldBases = new Set(units.perOneBases.yieldBases);
const servingBases = new Set(units.perOneBases.servingBases);
/** Price cuts with no price word (一台降了3万): the verbs, the 一 or 每 and counter before one, and haggling words. */
const cutVerbs = wordLexicon(units.priceCuts.verbs);
const cutPerOne = wordLexicon(units.priceCuts.perOne);
const haggles = wordLexicon(units.priceCuts.haggles);
/** The words of a change into a new amount (降到, 增加到, 达到). */
const changesInto = wordLexicon(units.changesInto);
const countGoOnLinks = wordLexicon(units.countsGoOn.links);
const countGoOnNotBetween = wordLexicon(units.countsGoOn.notBetween);
const countGoOnWithin = wordLexicon(units.countsGoOn.within);
/** Words that make a title in 《》 box office talk (上映). */
const titledMoney = wordLexicon(units.titledMoney);
/**
 * The comparing words a negation in front turns round (不会超过 → under), and those negations (info: the modal), and
 * the words that end in one without being one (info null: 淹没).
 */
const turnedWords = new Set(approxData.turned.words);
const turningNegations = new Lexicon<string | null>([
  ...approxData.turned.modals.map((modal) => ({ word: `不${modal}`, info: modal })),
  ...approxData.turned.alone.map((word) => ({ word, info: "" })),
  ...approxData.turned.not.map((word) => ({ word, info: null })),
]);
const turningModals = wordLexicon(approxData.turned.modals);
/** What stands before a negation in the words that end in one without being one: 有 (有没有), 淹 (淹没). */
const notNegationHeads = new Lexicon<true>(
  approxData.turned.not.flatMap((word) => {
    const negation = approxData.turned.alone.filter((n) => word.endsWith(n) && n.length < word.length);
    const longest = negation.sort((a, b) => b.length - a.length)[0];
    return longest ? [{ word: word.slice(0, word.length - longest.length), info: true as const }] : [];
  }),
);
/** Adverbs that bound a figure a short verb phrase away (大概下降了两成): see approx.yaml `reach`. */
const reachAdverbs = new Lexicon<Approx>([
  ...approxData.reach.about.map((word) => ({ word, info: "about" as const })),
  ...approxData.reach.over.map((word) => ({ word, info: "over" as const })),
  ...approxData.reach.under.map((word) => ({ word, info: "under" as const })),
]);
const reachStops = wordLexicon(approxData.reach.stops);
const reachNotWords = wordLexicon(approxData.reach.notWords);
/** What ends an adverb's reach: clause and caption breaks, quotes and brackets (spaces are checked apart). */
const reachBreaks = charTable("，,、；;：:。！？!?…\n“”‘’「」『』（）()《》【】[]\"'");
const scaleBoundWords = wordLexicon(approxData.scaleBound);
const possessiveMarks = new Set(approxData.possessive.marks);
const possessiveStops = wordLexicon(approxData.possessive.stops);
const possessiveOwners = new Set(approxData.possessive.owners);
const possessiveCopulas = new Set(approxData.possessive.copulas);
const reachNotBefore = wordLexicon(approxData.reach.notBefore);
const splitCounters = charTable(units.splitCounters);
const deniedBefore = wordLexicon(approxData.deniedComparison.before);
const deniedAfter = new Lexicon<BoundInfo>(bounds(approxData.deniedComparison.after, "under", "upper", true));
const comparisonBefore = wordLexicon(approxData.comparison.before);
const comparisonAfter = new Lexicon<BoundInfo>([
  ...bounds(approxData.comparison.over, "over", "lower", true),
  ...bounds(approxData.comparison.under, "under", "upper", true),
]);
const betweenBefore = wordLexicon(approxData.between.before);
const betweenJoiners = new Set(approxData.between.joiners);
const betweenAfter = wordLexicon(approxData.between.after);
const intervalJoiners = new Set(approxData.intervalJoiners);
const fillers = new Set(approxData.fillers);
const elapsed = new Set(approxData.elapsed);
/** words that end in a bound word without being one (true: 最近, 通过了) and longer words that are one (false: 已经过了) */
const notBounds = new Lexicon<boolean>([
  ...approxData.notBounds.map((word) => ({ word, info: true })),
  ...approxData.stillBounds.map((word) => ({ word, info: false })),
]);
const { planNames, spanPlanNames, hyperbole, customerSides, cutoffs } = falseFigures;
/** idioms (true) and the longer words that begin with one without being one (false: 十分钟) */
const idioms = new Lexicon<boolean>([
  ...[
    ...falseFigures.idioms,
    ...planNames.numbers.flatMap((n) => planNames.after.flatMap((w) => [n + w, `${n} ${w}`])), // 十四五 期间
    ...spanPlanNames.numbers.flatMap((n) => spanPlanNames.after.map((w) => n + w)), // 五年行动计划
    // 第十四个五年规划, 这个五年计划, 五年规划期间: 规划/计划 is a noun here, a plan's name (花了五年规划这个园区 is a verb)
    ...spanPlanNames.numbers.flatMap((n) =>
      spanPlanNames.planWords.flatMap((w) => [
        ...spanPlanNames.before.map((b) => b + n + w),
        ...spanPlanNames.nounAfter.map((a) => n + w + a),
      ]),
    ),
    ...hyperbole.numbers.flatMap((n) => hyperbole.after.map((w) => n + w)),
    ...customerSides.numbers.flatMap((n) => customerSides.after.map((w) => n + w)), // 2B端, 2C产品
  ].map((word) => ({ word, info: true })),
  ...falseFigures.notIdioms.map((word) => ({ word, info: false })),
]);
const ratioJoiners = wordLexicon(falseFigures.ratioJoiners);
const customerNumbers = new Set(customerSides.numbers);
const customerPartners = wordLexicon(customerSides.partners);
const modelYears = wordLexicon(falseFigures.modelYears);
const seasonYears = wordLexicon(falseFigures.seasonYears);
/** A four-digit year, and maybe the next one's last two or four digits after a dash or slash (2024-25, 2024/2025). */
const seasonSpan = /^([0-9]{4})(?:[-–—/／]([0-9]{4}|[0-9]{2}))?/;
const nodeUnits = wordLexicon(falseFigures.processNodes.units);
const nodeAfter = wordLexicon(falseFigures.processNodes.after);
const nodeContexts = wordLexicon(falseFigures.processNodes.contexts);
/** words that are idioms only while the talk is on a topic (三元 of batteries: false-figures.yaml topicIdioms) */
const topicIdiomGroups = falseFigures.topicIdioms.groups.map((g) => ({
  words: wordLexicon(g.words),
  topics: wordLexicon(g.topics),
  priceBefore: wordLexicon(g.priceBefore),
  priceAfter: wordLexicon(g.priceAfter),
}));
/** how many sentences after a topic word its topic idioms stay idioms */
export const topicIdiomWindow = falseFigures.topicIdioms.window;
/** The indexes of the topic idioms' groups whose topic words the text holds (电池 for 三元). */
export function idiomTopicsOf(text: string): number[] {
  const out: number[] = [];
  topicIdiomGroups.forEach((g, k) => {
    if (g.topics.occursIn(text)) out.push(k);
  });
  return out;
}
const nodeNotAfter = wordLexicon(falseFigures.processNodes.notAfter);
const nodeLinks = wordLexicon(falseFigures.processNodes.links);
const cutoffBefore = new Set(cutoffs.before);
const cutoffAfter = wordLexicon(cutoffs.after);
const cutoffNotAfter = new Set(cutoffs.notAfter);
const weekWords = wordLexicon(falseFigures.weekdayLists.weekWords);
const weekDays = new Set(falseFigures.weekdayLists.days);
const ordinalPrefixes = wordLexicon(falseFigures.ordinalPrefixes);
const versionWords = wordLexicon(falseFigures.versionWords);
const brands = wordLexicon(falseFigures.brands);
const numberNames = wordLexicon(falseFigures.numberNames.words);
const spelledNames = wordLexicon(falseFigures.numberNames.spelledWords);
const countedNameCounters = new Set(falseFigures.countedNames.counters);
const rankNames = wordLexicon(falseFigures.rankNames);
const exponents = wordLexicon(falseFigures.exponents);
const termNames = wordLexicon(
  falseFigures.termNames.counters.flatMap((c) => falseFigures.termNames.after.map((w) => c + w)), // 届三中全会
);
// numbers that alone, with no unit after them, name a work schedule (996), a store chain (711), a university tier (985),
// a plane's type (737) or an American retirement plan (401k)
const pointedNames = wordLexicon(
  falseFigures.pointedNames.pointers.flatMap((p) => falseFigures.pointedNames.words.map((w) => p + w)),
);
const aloneNames = new Map([
  ...falseFigures.scheduleNames.map((w) => [w, "work schedule"] as const),
  ...falseFigures.storeNames.map((w) => [w, "store name"] as const),
  ...falseFigures.tierNames.map((w) => [w, "university tier"] as const),
  ...falseFigures.planeNames.map((w) => [w, "aircraft type"] as const),
  ...falseFigures.retirementPlanNames.map((w) => [w, "retirement plan"] as const),
]);
const showGreetings = wordLexicon(falseFigures.showNames.greetings);
const resolutionLetters = new Set(falseFigures.resolutions.letters);
const companyLetters = new Set(falseFigures.companyNames.letters);
const companyWords = wordLexicon(falseFigures.companyNames.after);
const resolutionContexts = new Lexicon(
  falseFigures.resolutions.contexts.map((word) => ({ word, info: true as const })),
);
const displacementLetters = new Set(falseFigures.displacements.letters);
const displacementContexts = new Lexicon(
  falseFigures.displacements.contexts.map((word) => ({ word, info: true as const })),
);
const raceLetters = new Set(falseFigures.raceNames.letters);
const raceWords = wordLexicon(falseFigures.raceNames.after);
/** Grade, level and age words (级, 岁): a bounded bare number before one names a group (see false-figures.yaml). */
interface LabelInfo {
  figureBefore: Lexicon<true>;
  atEnd: boolean;
  /** words after a caption space that keep the clause going, so the space is no clause end (六十岁 以上 人口) */
  groupAfterSpace: Lexicon<true>;
  /** it names a group only after a bare number: as a unit (风力10到12级) it is a figure's */
  onlyBare: boolean;
}
const labels = new Lexicon<LabelInfo>(
  falseFigures.labels.flatMap((l) =>
    l.words.map((word) => ({
      word,
      info: {
        figureBefore: wordLexicon(l.figureBefore ?? []),
        atEnd: l.figureAtEnd === true,
        groupAfterSpace: wordLexicon(l.groupAfterSpace ?? []),
        onlyBare: l.onlyBare === true,
      },
    })),
  ),
);
const latinBeforeOk = new Set(falseFigures.latinBeforeOk);
const parameterSizes = new Set(falseFigures.parameterSizes);
const parameterNouns = wordLexicon(falseFigures.parameterNouns);
/** 一个7B的小模型, 70B参数: a number in a parameter-size letter before a model word counts parameters, not money. */
const parameterCount = (text: string, m: Mention) =>
  parameterSizes.has(m.numeral.slice(-1)) && parameterNouns.after(text, m.end) !== null;
const latinAfterOk = new Set(falseFigures.latinAfterOk);
/** Whether a figure is under a unit's least (三点原因), where a fraction may pass (2.6G频段: GHz; 5G频段 a name). */
const underMin = (info: UnitInfo, value: number) =>
  info.minValue !== undefined && value < info.minValue && !(info.fractionsUnderMin && !Number.isInteger(value));

export type Tag = "figure" | "name" | "ordinal" | "date" | "idiom" | "bare" | "discourse";

/**
 * The interval a figure states, read from its bound words: 大于20 → (20,), 不超过5 → (,5], 至少是3 → [3,),
 * 大于二十的同时小于等于三十五 → (20,35], 等于1535 → [1535,1535]; from a spoken range (20到30, 20和30之间: both ends
 * given, whether they are included not said); from 多/余 in the numeral (五百多 → (500,)).
 */
export interface Interval {
  /** the bound words and the figures they bound, units between them included: 至少有10, 20万次以上 */
  start: number;
  end: number;
  text: string;
  min: number | null;
  max: number | null;
  /** whether an end is excluded; null where the text does not say (a spoken range) or there is no such end */
  minOpen: boolean | null;
  maxOpen: boolean | null;
  /** what stated it: a bound word (大于, 以上, 比…大, 等于), a range of two figures, or 多/余 inside the numeral */
  source: "bound" | "range" | "numeral";
}

/** A numeric mention, in the coordinates of the sentence text it was found in. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  tag: Tag;
  /** why a mention that is not a figure was skipped, for --explain */
  reason: string | null;
  kind: QuantityKind;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  approx: Approx | null;
  ambiguous?: number[];
  /** the bound word read around the figure (超过, 左右), if any */
  bound: string | null;
  /** the numeral's own text, without unit or symbol */
  numeral: string;
  single: boolean;
  /** a ratio read as a percent (三分之一, 3/5), not a percentage (百分之七十, 30%) */
  fraction: boolean;
  /** the interval the figure's bound words or range state, if any */
  interval?: Interval;
  /** where the numeral ends, before its unit (至少有10个 → 至少有10); -1 until the unit is read: then `end` */
  numeralEnd: number;
  /** the factor a percent word scaled the figure by (三成: 10, 八折: 10, 5‰: 0.1): a range's bare lower end takes it */
  factor: number;
  /** a range written with a dash or a tilde (3-5, 12-18): without a unit it may be a date or a score, never promoted */
  symbolRange: boolean;
  /** a size word stands between the number and its counter (切成八小块): a count after a verb of holding or dividing */
  sized: boolean;
}

export interface Context {
  /** spans of time expressions in the same text: a numeral inside one is a date part (2026年) */
  times: { start: number; end: number }[];
  /** versions of names seen so far in the document (5.2 of GPT-5.2): the bare 5.2 later is a name too */
  versions: Set<string>;
  /** the talk is about money (票房, 收入 in this sentence or the few before): an unlabelled 50亿 is money */
  moneyTopic?: boolean;
  /** the talk is about pay (月薪, 工资 in this sentence or the few before): a bare 八千多 is money too */
  salaryTopic?: boolean;
  /** the topic idioms' groups (false-figures.yaml topicIdioms) whose topic the talk is on: 三元 of batteries */
  idiomTopics?: ReadonlySet<number>;
  /** the currency plain 元 stands for in this document (TWD in a Traditional text from Taiwan: locale.ts); default CNY */
  yuan?: string | null;
  /**
   * the talk is on a rate said in percent (退保率 in the sentence before, and its percents since): a bare number that
   * links alone lead to from the sentence's start goes on stating it (今年上半年降到了零点九)
   */
  rateTopic?: boolean;
}

/** Whether a text holds one of a lexicon's words (true), a longer word that holds one (false: 流水线) passed over. */
function holdsWord(words: Lexicon<boolean>, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!words.starts(text.charCodeAt(i))) continue;
    const e = words.after(text, i);
    if (e?.info) return true;
    if (e) i += e.word.length - 1; // 流水线: passed over whole
  }
  return false;
}
/** Whether a text speaks of money without naming a currency (票房, 收入, 成本, a fee word: 学费; not 流水线). */
export const mentionsMoney = (text: string) => holdsWord(moneyContexts, text) || holdsFee(text);
const labelBefore = wordLexicon(units.labelNumbers.before);
const labelLinks = wordLexicon(units.labelNumbers.links);
const labelAfterWords = wordLexicon(units.labelNumbers.after);
/** the shapes of a dashed phone number (3-3-4: 400-820-6688): units.yaml labelNumbers `shapes` */
const labelShapes = new Set(units.labelNumbers.shapes);
const serviceNumbers = new Set(units.labelNumbers.services.numbers.map(String));
const callVerbs = wordLexicon(units.labelNumbers.services.verbs);

/**
 * Whether a bare number is a label (units.yaml `labelNumbers`): after a phone word, at most one link and spaces
 * between, the dashed parts of a number too (电话是400-820-1234, 拨打119), a service number after a verb of calling
 * (打999), or glued to an address or room word (星湖街328号, 302教室).
 */
function labelNumber(text: string, m: Mention): boolean {
  if (labelAfterWords.after(text, m.end)) return true;
  let p = m.start;
  // back over the earlier parts of a dashed number (400-820-1234), a phone number's length at most
  while (p > 1 && m.start - p < 16 && text[p - 1] === "-" && isDigitLike(text.charAt(p - 2))) {
    p--;
    while (p > 0 && isDigitLike(text.charAt(p - 1))) p--;
  }
  if ((p < m.start || text[m.end] === "-") && labelShapes.has(dashedShape(text, p))) return true; // 客服热线是400-820-6688
  // a service number after a verb of calling (有紧急情况打999, 赶紧打 110)
  if (serviceNumbers.has(m.text)) {
    let q = m.start;
    while (spaceAt(text, q - 1)) q--;
    if (callVerbs.before(text, q)) return true;
  }
  // a subtitle cue may end after the phone word and put the number alone in the next (售楼处电话是 ⏎ 13812345678)
  p = captionBreakBefore(text, p);
  while (spaceAt(text, p - 1)) p--;
  const link = labelLinks.before(text, p);
  if (link) p -= link.word.length;
  while (spaceAt(text, p - 1)) p--;
  return labelBefore.before(text, p) !== null;
}

/** The lengths of the digit groups of a dashed number from `start` (400-820-6688 → "3-3-4"), a phone number's length at most. */
function dashedShape(text: string, start: number): string {
  const digit = (i: number) => {
    const c = text.charCodeAt(i); // NaN past the end
    return c >= 0x30 && c <= 0x39;
  };
  const groups: number[] = [];
  let p = start;
  while (p - start <= 16) {
    const from = p;
    while (digit(p)) p++;
    if (p === from) return "";
    groups.push(p - from);
    if (text[p] !== "-" || !digit(p + 1)) break;
    p++;
  }
  return digit(p) ? "" : groups.join("-");
}

/** Whether a text speaks of pay or income (月薪, 工资, 月入, 挣: units.yaml `salaries`; not 挣扎), or of a fee (物业费). */
export const mentionsSalary = (text: string) => holdsWord(salaryWords, text) || holdsFee(text);
/** Whether a text names something counted (数量, 用户, 人数): then the talk about money does not make 1万亿 money. */
export const mentionsCount = (text: string) => countContexts.occursIn(text);

const latinLetter = /[A-Za-z]/;
const isLatin = (c: string | undefined) => c !== undefined && latinLetter.test(c);
const isDigitLike = (c: string | undefined) => c !== undefined && /[0-9０-９.．]/.test(c);
/** A + with a numeral right after it adds two numbers (3+2, 1+1): no bound, unlike the + of 10万+ ("and more") */
const sumPlus = (bound: { entry: { word: string }; end: number }, text: string) =>
  (bound.entry.word === "+" || bound.entry.word === "＋") &&
  isNumeralChar(text.charAt(skipSpaces(text, bound.end)) || " ");
/**
 * Whether a numeral at `start` follows a + glued to a digit: the last term of a sum (7+2年). A + after a scale or a
 * space is "and more" (10万+ 两年, 100+ 三年), and the next figure stands alone.
 */
function sumTermBefore(text: string, start: number): boolean {
  const plus = text.charAt(start - 1);
  return (plus === "+" || plus === "＋") && isArabicDigit(codeAt(text, start - 2));
}

/** The Latin word that ends at `pos` (letters only), or "" */
function latinWordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && isLatin(text[i - 1])) i--;
  return text.slice(i, pos);
}
/**
 * Whether a name's version ends at `pos`: digits and dots glued to a Latin word (Qwen2.5) or one space after one
 * (Llama 3.1). A number alone before it (A100 2-3B, 显卡 5090) is none.
 */
function versionedNameBefore(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && /[0-9.]/.test(text[i - 1] ?? "")) i--;
  if (i === pos || text[pos - 1] === ".") return false;
  // the letters glued before the version must not be a number's scale (5k-20B is a range)
  if (isLatin(text[i - 1])) return !isDigitLike(text[i - 1 - latinWordBefore(text, i).length]);
  return text[i - 1] === " " && latinWordBefore(text, i - 1).length >= 2;
}
function latinWordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && isLatin(text[i])) i++;
  return text.slice(pos, i);
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0;
const isSpace = (c: string | undefined) => c !== undefined && isSpaceCode(c.charCodeAt(0));
/** Whether text[i] is a space (false outside the text), read by code: see codeAt. */
const spaceAt = (text: string, i: number) => isSpaceCode(codeAt(text, i));
/** Characters a space inside a word may stand between: not letters or digits (个 百 分点, 小于 或 等于, < =). */
const spaceable = (c: string | undefined) => c !== undefined && !isSpace(c) && !/[A-Za-z0-9０-９]/.test(c);
/** Whitespace allowed between a figure and its unit ("一百五十    个百分点") and inside a word ("个百分 点"). */
const MAX_LEAD = 4;
const MAX_GAP = 2;
/** The longest word a spaced lookup reads (个百分点, 大于或者等于), with room to spare. */
const WINDOW = 12;
/** The index after the whitespace at i. */
function skipSpaces(text: string, i: number): number {
  let p = i;
  while (spaceAt(text, p)) p++;
  return p;
}
/** Whether whitespace stands in text[from, to). */
function spacesWithin(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < text.length; i++) if (spaceAt(text, i)) return true;
  return false;
}

/**
 * The longest word of `lex` after pos, with at most `lead` whitespace characters before it and at most MAX_GAP
 * between two of its characters that are not letters or digits: 六   个 百 分点. Looks at WINDOW characters at most.
 */
function wordAfter<T>(
  lex: Lexicon<T>,
  text: string,
  pos: number,
  lead = MAX_LEAD,
): { entry: Entry<T>; end: number } | null {
  if (!spacesWithin(text, pos, pos + WINDOW)) {
    const entry = lex.after(text, pos); // no space near: the lexicon reads the text itself
    return entry ? { entry, end: pos + entry.word.length } : null;
  }
  let p = pos;
  while (p - pos < lead && spaceAt(text, p)) p++;
  // a listed word of Latin words with its own space (percentage points) is read as written: the compact reading below
  // drops spaces only between Han characters and stops at a space between letters
  const spaced = lex.after(text, p);
  if (spaced?.word.includes(" ")) return { entry: spaced, end: p + spaced.word.length };
  let compact = "";
  const ends: number[] = [];
  while (p < text.length && compact.length < WINDOW) {
    if (spaceAt(text, p)) {
      let q = p;
      while (q - p < MAX_GAP && spaceAt(text, q)) q++;
      if (compact === "" || !spaceable(text[p - 1]) || !spaceable(text[q])) break;
      p = q;
      continue;
    }
    compact += text[p];
    ends.push(++p);
  }
  const entry = lex.after(compact, 0);
  return entry ? { entry, end: ends[entry.word.length - 1] ?? pos } : null;
}

/** The longest word of `lex` ending at pos, with at most MAX_GAP whitespace between its characters (小于 或 等于). */
function wordBefore<T>(lex: Lexicon<T>, text: string, pos: number): { entry: Entry<T>; start: number } | null {
  if (!spacesWithin(text, pos - WINDOW, pos)) {
    const entry = lex.before(text, pos);
    return entry ? { entry, start: pos - entry.word.length } : null;
  }
  let p = pos;
  let compact = "";
  const starts: number[] = [];
  while (p > 0 && compact.length < WINDOW) {
    if (spaceAt(text, p - 1)) {
      let q = p;
      while (p - q < MAX_GAP && spaceAt(text, q - 1)) q--;
      if (compact === "" || !spaceable(text[p]) || !spaceable(text[q - 1])) break;
      p = q;
      continue;
    }
    compact = (text[p - 1] as string) + compact;
    starts.unshift(--p);
  }
  const entry = lex.before(compact, compact.length);
  return entry ? { entry, start: starts[compact.length - entry.word.length] ?? pos } : null;
}

/** Whether a text is ASCII digits only: 12306, not 1.5 or 30万. */
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return s.length > 0;
}

/**
 * A numeral that is part of a name or version: GPT-5.2, Gemini 3, H100, V3, 5G, GPT-4o, Python 3.12, iPhone 16,
 * 骁龙8, 小米15 (a brand right before it), 2K屏 (a resolution; `holds` tells whether the text holds a word of a lexicon).
 */
function nameReason(
  text: string,
  n: NumeralMatch,
  ctx: Context,
  holds: (lex: Lexicon<true>) => boolean,
): string | null {
  const prev = text[n.start - 1];
  // 2C的产品跟2B很不一样: a 2B where the sentence speaks of 2C too is the market side, no two billion
  if (customerNumbers.has(n.text) && holds(customerPartners)) return `market side (${n.text})`;
  // 骁龙8至尊版, 天玑 9400, 小米15: a brand right before a number with no scale, percent sign or unit after it
  const brand = brands.before(text, prev === " " ? n.start - 1 : n.start);
  if (brand && !n.percent && !scaleSuffix(n.text) && !suffixes.after(text, spaceAt(text, n.end) ? n.end + 1 : n.end))
    return `product name (${brand.word}${n.text})`;
  // 12306网站, 12345热线: digits alone right before a site's or a line's word name it; so do Chinese digits said one
  // by one (四二一家庭), which no one uses to count
  const arabic = n.script === "arabic";
  const named = numberNames.after(text, n.end) ?? (arabic ? null : spelledNames.after(text, n.end));
  const digitsOnly = arabic ? allDigits(n.text) : isPlacelessChinese(n.text);
  if (named && digitsOnly && n.text.length >= falseFigures.numberNames.minDigits)
    return `name (${n.text}${named.word})`;
  // 我们不搞996, 九九六工作制, 711那边单子最多: a schedule's or a store chain's number alone, no unit after it, is no
  // figure even in talk of pay or prices
  const alone = aloneNames.get(n.text);
  if (alone && !n.percent && !suffixes.after(text, spaceAt(text, n.end) ? n.end + 1 : n.end))
    return `${alone} (${n.text})`;
  // 鲜榨100%这种品牌: a figure before a pointer and a word of a name is part of the name (九块九这个价格 stays)
  const signEnd = text[n.end] === "%" || text[n.end] === "％" ? n.end + 1 : n.end;
  const pointed = pointedNames.after(text, spaceAt(text, signEnd) ? signEnd + 1 : signEnd);
  if (pointed) return `part of a name (${n.text}${pointed.word})`;
  // 欢迎收听健康一百分: a number in the clause that a greeting opens is part of the show's name it introduces
  if (wordWithin(showGreetings, falseFigures.showNames.reach, text, n.start)) return "name of a show after a greeting";
  // 世界500强, 中国百强, 进了八强: a number right before a rank word names a ranked list or a round, no figure
  const rank = n.percent ? null : rankNames.after(text, n.end);
  if (rank) return `name of a ranked list (${n.text}${rank.word})`;
  // 10的23次方, 十的负九次方: a number right before 次方 is a power's exponent, not a count of times (次)
  const exponent = n.percent ? null : exponents.after(text, n.end);
  if (exponent) return `exponent of a power (${n.text}${exponent.word})`;
  // 二十届三中全会, 十四届全国人大: a number before 届 and a congress word numbers its term, an ordinal without 第
  const term = n.percent ? null : termNames.after(text, n.end);
  if (term) return `term of a congress (${n.text}${term.word})`;
  // 两张4090, 一台 5090: a count and its counter before digits with no unit count what the digits name
  const counted = countedName(text, n);
  if (counted) return `model or product name (${counted}${n.text})`;
  // 3M公司: a number glued to a scale letter right before a word of a firm names the firm
  if (companyLetters.has(n.text.slice(-1)) && companyWords.after(text, n.end)) return `company name (${n.text})`;
  // 2K直屏, 4K视频, 1.5K的屏幕: one digit (or d.d, the 1.5K and 2.5K classes) and K about screens or video
  if (
    resolutionLetters.has(n.text.slice(-1)) &&
    /^[1-9](\.[0-9])?$/.test(n.text.slice(0, -1)) &&
    holds(resolutionContexts)
  )
    return `resolution (${n.text})`;
  // 5K跑, 10K比赛, 21K组: one or two digits and K right before a race word name the race, not thousands
  if (raceLetters.has(n.text.slice(-1)) && /^[1-9][0-9]?$/.test(n.text.slice(0, -1)) && raceWords.after(text, n.end))
    return `race name (${n.text})`;
  // 2.0T的发动机, 排量1.5T: d.d and T about engines grade a turbo engine (27.4T, two digits, stays trillions)
  if (
    /^[0-9]\.[0-9]$/.test(n.text.slice(0, -1)) &&
    displacementLetters.has(n.text.slice(-1)) &&
    holds(displacementContexts)
  )
    return `engine displacement (${n.text})`;
  // H100, V3, Win11, V三: letters glued to the numeral
  if (isLatin(prev)) {
    const word = latinWordBefore(text, n.start);
    // NBA五千万美元, CBA三年内, NBA5000万: a league's figure, in Chinese numerals or with a unit, no letter after it
    const league =
      latinBodyBefore(text, n.start) &&
      !isLatin(text[n.end]) &&
      (n.script !== "arabic" || suffixes.after(text, n.end) !== null);
    if (!latinBeforeOk.has(word) && !league) return `model or product name (${word}${n.text})`;
  }
  // GPT-5.2, Qwen-2.5, gpt_4: a letter, then - or _ or . (not the scale of a number before: 5k-20k)
  const word = isLatin(text[n.start - 2]) ? latinWordBefore(text, n.start - 1) : "";
  const scaled = latinAfterOk.has(word) && isDigitLike(text[n.start - 1 - word.length - 1]);
  if ((prev === "-" || prev === "_" || prev === "." || prev === "‑") && word !== "" && !scaled) {
    return `model or product name (${latinWordBefore(text, n.start - 1)}${prev}${n.text})`;
  }
  // Gemini 3, Python 3.12, GPT Image 1.5, Opus 4.5, Claude 3.5 Sonnet: a Latin word and one space
  // (not when a unit follows: 每百万输入 Token 0.50 美元, nor before a scale word: 估值是post money 150 million, where a
  // version never takes one; a scale letter may still be a size: Llama 7B)
  if (prev === " " && isLatin(text[n.start - 2])) {
    const word = latinWordBefore(text, n.start - 1);
    // …whose first character opens a word that is no unit (Mate 70只要五千, iPhone 16只卖四千: 只 is "only")
    const at = text[n.end] === " " ? n.end + 1 : n.end;
    const unit = suffixes.after(text, at) && !notUnitsAfterSpace.after(text, at);
    const scaleWord = endsInLatinScale(n.text) && isLatin(n.text[n.text.length - 2]);
    if (!latinBeforeOk.has(word) && !unit && !scaleWord) return `model or product name (${word} ${n.text})`;
  }
  // Qwen2.5-72B, Llama 3.1 405B: a parameter size after a name's version is part of the name (a 7B model alone is
  // a size the speaker states)
  if ((prev === "-" || prev === " ") && parameterSizes.has(n.text.slice(-1)) && versionedNameBefore(text, n.start - 1))
    return `model or product name (${n.text} after a versioned name)`;
  // 5G, GPT-4o, 3D, 3.12.1: letters or another dotted part glued after the numeral
  const after = latinWordAfter(text, n.end);
  // a unit word longer than the letters, that they open, is a unit (5m/s: m/s, 72km/h), no name
  // or the letters are a unit word whose needed next word follows (12G内存: G is GB there; 5G手机 stays a name)
  // (any reading of the word: G is GB before 内存 and before 流量, 20G流量), or a reading whose sentence words hold
  // and whose least figure this is (带宽100G: Gbps; 5G stays a generation, under the reading's minValue)
  const unitAfter = after === "" ? null : suffixes.after(text, n.end);
  let takesNext = false;
  for (let info = unitAfter?.info; info !== undefined && !takesNext; info = info.next)
    takesNext =
      info.onlyBefore?.after(text, n.end + after.length) != null ||
      (info.contexts !== undefined &&
        info.minValue !== undefined &&
        !underMin(info, Number(n.text)) &&
        holds(info.contexts));
  const spelled =
    unitAfter !== null &&
    (unitAfter.word.length > after.length ||
      (unitAfter.word === after && (takesNext || linkedAfter(text, unitAfter.info, n.start))));
  if (after !== "" && !latinAfterOk.has(after) && n.script !== "chinese" && !spelled)
    return `name or version (${n.text}${after})`;
  if ((text[n.end] === "." || text[n.end] === "．") && isDigitLike(text[n.end + 1])) return `version (${n.text}.…)`;
  if (ctx.versions.has(n.text) && n.script === "arabic" && n.text.includes(".")) return `version of a name (${n.text})`;
  return null;
}

/**
 * Whether a word of the unit's `orAfterLinked` ends right before `start`, or before one of its links there (内存有20G,
 * 显存只有8G, 手机存储256G): a storage word names what the letter measures, as a memory word after it does (12G内存).
 */
function linkedAfter(text: string, info: UnitInfo, start: number): boolean {
  const l = info.orAfterLinked;
  if (!l) return false;
  if (l.words.before(text, start)) return true;
  // every link, as one may end another (只有, 有)
  return l.links.some((w) => text.startsWith(w, start - w.length) && l.words.before(text, start - w.length) !== null);
}

/**
 * The numeral and counter (false-figures.yaml countedNames) right before digits with no unit after them, one space
 * between (两张4090: "两张"), or null.
 */
function countedName(text: string, n: NumeralMatch): string | null {
  if (n.script !== "arabic" || n.text.length < falseFigures.countedNames.minDigits || !allDigits(n.text)) return null;
  const p = spaceAt(text, n.start - 1) ? n.start - 1 : n.start;
  if (p < 2 || !countedNameCounters.has(text.charAt(p - 1)) || !isNumeralChar(text.charAt(p - 2))) return null;
  return suffixes.after(text, spaceAt(text, n.end) ? n.end + 1 : n.end) ? null : text.slice(p - 2, p);
}

/**
 * Reads a bound or emphasis word in front of position `pos`, skipping spaces and up to two fillers (大约是4亿,
 * 至少有10, 大约 是 20亿元); a bound word may hold spaces (小于 或 等于100). Of the words found, the one that starts first wins:
 * 超过了80 is 超过 and a filler, not 过了. One caption break may stand between the bound word or a filler and the
 * figure, as captions break lines anywhere: 营收超过⏎30亿元, 每天大概是⏎20亿个. (Not after the figure: a caption
 * that opens with 以上 is "the above".)
 */
function boundBefore(text: string, pos: number): { info: BoundInfo; word: string; start: number } | null {
  let p = pos;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  p = perPhraseStart(text, p);
  let broken = false;
  let best: { info: BoundInfo; word: string; start: number } | null = null;
  for (let skipped = 0; skipped <= 2; skipped++) {
    const q: number = broken ? p : captionBreakBefore(text, p);
    broken ||= q !== p;
    p = q;
    const hit = notBounds.before(text, p)?.info ? null : wordBefore(approxBefore, text, p);
    if (hit && (best === null || hit.start < best.start))
      best = { info: hit.entry.info, word: hit.entry.word, start: hit.start };
    if (!fillers.has(text[p - 1] ?? "")) break;
    p--;
    for (let gap = 0; gap < MAX_GAP && spaceAt(text, p - 1); gap++) p--; // 大约 是 20亿元: a caption space
  }
  return best && turnedWords.has(best.word) ? turned(text, best) : best;
}

/**
 * Where a per phrase, a per marker and a measure, counter or time word (units.yaml perMarkers: 每吨, 每盎司, 每桶),
 * ending at `pos` starts, or `pos`: a bound word before it is the figure's after it (突破每吨一万美元 → over).
 */
function perPhraseStart(text: string, pos: number): number {
  const unit = suffixes.before(text, pos);
  if (!unit || !perUnitKinds.has(unit.info.kind)) return pos;
  const per = perMarkers.before(text, pos - unit.word.length);
  return per ? pos - unit.word.length - per.word.length : pos;
}

/**
 * A bound word before a short possessive noun phrase before pos (approx.yaml `possessive`): 不低于营收的30%,
 * 差不多是对照组的两倍. The phrase is walked back from its mark at most maxReach Han characters, stopping at a
 * numeral, another mark or a stop word; the first bound word found ends the walk. Bounded: maxReach steps.
 */
function possessiveBound(text: string, pos: number): ReturnType<typeof boundBefore> {
  let p = pos;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  if (!possessiveMarks.has(text[p - 1] ?? "")) return null;
  const mark = p - 1;
  for (let q = mark; q > 0 && mark - q < approxData.possessive.maxReach; q--) {
    const c = text[q - 1] as string;
    if (!isHan(codeAt(text, q - 1)) || possessiveMarks.has(c) || isNumeralChar(c)) return null;
    const stop = possessiveStops.before(text, q);
    // 差不多是我们的七倍: a pronoun right after the copula owns the figure compared with; it speaks no opinion
    const owner =
      stop !== null && possessiveOwners.has(stop.word) && possessiveCopulas.has(text[q - stop.word.length - 1] ?? "");
    if (stop !== null && !owner) return null;
    const hit = boundBefore(text, q - 1);
    if (hit) {
      const ok = hit.info.approx !== null && hit.word.length > 1 && reachNotWords.after(text, hit.start) === null;
      return ok && !comparedBefore(text, hit.start, pos) ? hit : null;
    }
  }
  return null;
}

/**
 * Whether a figure of the same unit stands before `start` (a bound word) in its sentence, at most `reach`
 * characters away (approx.yaml possessive.compared): that figure is what the bound word compares, and the one at
 * `pos` after the possessive phrase is the level it is compared with, stated exactly (今年完成了改造200公里，超过了
 * 年初计划的180公里; 充足率是210%，远高于监管要求的100%). The unit is told by the character after each numeral.
 */
function comparedBefore(text: string, start: number, pos: number): boolean {
  const { reach } = approxData.possessive.compared;
  let e = pos;
  while (e < text.length && isNumeralChar(text.charAt(e))) e++;
  const unit = text.charAt(e);
  if (e === pos || unit === "" || isNumeralChar(unit)) return false;
  for (let q = start; q > 0 && start - q < reach; q--) {
    const c = text.charAt(q - 1);
    if (comparedEnds.has(c)) return false;
    // q - 1 ends a numeral (not the 一 of a word: 一直, 统一)
    if (text.charAt(q) !== unit || !isNumeralChar(c) || (c === "一" && !isNumeralChar(text.charAt(q - 2)))) continue;
    // …stated as it is: not a level itself, after a possessive phrase or a bound word (不能超过总成本的40%，主演不超过
    // 总片酬的70%: two caps side by side)
    let b = q - 1;
    while (b > 0 && isNumeralChar(text.charAt(b - 1))) b--;
    return !possessiveMarks.has(text.charAt(b - 1)) && boundBefore(text, b) === null;
  }
  return false;
}
const comparedEnds = new Set(approxData.possessive.compared.sentenceEnds);

/** Where a caption break ("\n" between caption lines, spaces around it) that ends at pos starts; pos if none. */
function captionBreakBefore(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  if (codeAt(text, p - 1) !== 0x0a) return pos;
  p--;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  return p;
}

/**
 * A comparing word with a negation in front is the other bound, the figure included: 不会超过25 → (,25], 不能低于3
 * → [3,), 未超过5% → (,5%]. Not in a question: 会不会超过 (the modal stands before 不 as well). A caption space may
 * stand between the negation and the comparing word: 没有 超过 1000万吨 → (,1000万吨].
 */
function turned(text: string, b: { info: BoundInfo; word: string; start: number }): typeof b {
  let p = b.start;
  for (let gap = 0; gap < MAX_GAP && spaceAt(text, p - 1); gap++) p--;
  const direct = turningNegations.before(text, p);
  const negation = direct ? { ...direct, start: p - direct.word.length } : spacedModalNegation(text, p);
  if (!negation || negation.info === null) return b;
  const start = negation.start;
  let q = start;
  for (let gap = 0; gap < MAX_GAP && spaceAt(text, q - 1); gap++) q--;
  if (negation.info !== "" && codeAt(text, q - 1) === negation.info.charCodeAt(0)) return b;
  if (q < start && notNegationHeads.before(text, q)) return b; // 有 没有 超过 asks, as 有没有超过 does
  const upper = b.info.side === "lower";
  const info: BoundInfo = { approx: upper ? "under" : "over", side: upper ? "upper" : "lower", open: false };
  return { info, word: negation.word + b.word, start };
}

/**
 * 不 and a modal with a caption space between, before `p`: 不 会 超过 reads as 不会超过. The word is 不 and the modal,
 * `start` where 不 stands; null where anything else stands there (不是 会 超过, 不 ，会超过).
 */
function spacedModalNegation(text: string, p: number): { word: string; info: string; start: number } | null {
  const modal = turningModals.before(text, p);
  if (!modal) return null;
  let q = p - modal.word.length;
  let gap = 0;
  for (; gap < MAX_GAP && spaceAt(text, q - 1); gap++) q--;
  if (gap === 0 || codeAt(text, q - 1) !== 0x4e0d) return null; // 不
  return { word: `不${modal.word}`, info: modal.word, start: q - 1 };
}

interface Span {
  start: number;
  end: number;
}

interface Cursor {
  inside: (n: Span) => boolean;
  overlaps: (n: Span) => boolean;
}
const noSpans: Cursor = { inside: () => false, overlaps: () => false };

/**
 * Whether a span lies inside, or overlaps, one of a set of spans, asked for spans taken left to right (by start):
 * the spans are merged and sorted once and passed over once, so a sentence full of idioms costs linear time.
 */
function cursor(spans: readonly Span[]): Cursor {
  if (spans.length === 0) return noSpans; // most sentences: nothing to build
  const list: Span[] = [];
  for (const s of spans.length === 1 ? spans : [...spans].sort((a, b) => a.start - b.start)) {
    const last = list[list.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else list.push({ start: s.start, end: s.end });
  }
  let p = 0;
  const first = (n: Span) => {
    while (p < list.length && (list[p] as Span).end <= n.start) p++;
    return list[p];
  };
  return {
    inside: (n) => {
      const s = first(n);
      return s !== undefined && s.start <= n.start && n.end <= s.end;
    },
    overlaps: (n) => {
      const s = first(n);
      return s !== undefined && s.start < n.end;
    },
  };
}

/** The spans of web addresses (http://…, www.…) up to the next space or CJK character: their digits are no figures. */
function urlSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const prefix of falseFigures.urlPrefixes) {
    let from = text.indexOf(prefix);
    while (from >= 0) {
      let end = from + prefix.length;
      // a character of a web address: not whitespace, CJK punctuation, ideographs or fullwidth forms
      while (end < text.length && !/[\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text[end] as string)) end++;
      spans.push({ start: from, end });
      from = text.indexOf(prefix, end);
    }
  }
  return spans;
}

const compactScales: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];
const currencySigns: Record<string, string> = { USD: "$", CNY: "¥", EUR: "€", GBP: "£", JPY: "JP¥", HKD: "HK$" };
const approxSigns: Record<Approx, string> = { about: "~", over: ">", under: "<", nearly: "≈", vague: "~" };

/** 800000000 → 800M, 1400000000000 → 1.4T, 12.5 → 12.5, 6.02e23 → 6.02e23 */
export function compact(n: number): string {
  const abs = Math.abs(n);
  // a figure said in scientific notation (6.02乘以10的23次方) is beyond any scale letter: keep it a power of ten
  if (abs >= 1e18) return Number(n.toPrecision(12)).toExponential().replace("e+", "e");
  for (const [scale, letter] of compactScales) {
    if (abs >= scale && (scale > 1e3 || abs >= 1e4)) return `${Number((n / scale).toPrecision(12))}${letter}`;
  }
  return String(Number(n.toPrecision(12)));
}

/** The compact international form of a quantity: 800M, $1.4T, 3×, 6–8 weeks, ~70.9%. */
export function display(q: Pick<Mention, "kind" | "value" | "min" | "max" | "unit" | "approx">): string {
  const num = (n: number) =>
    q.kind === "percent" || q.kind === "multiple" ? String(Number(n.toPrecision(12))) : compact(n);
  const figure = q.value !== null ? num(q.value) : `${num(q.min ?? 0)}–${num(q.max ?? 0)}`;
  const sign = q.approx ? approxSigns[q.approx] : "";
  switch (q.kind) {
    case "percent":
      return q.unit === "pp" ? `${sign}${figure} pp` : `${sign}${figure}%`;
    case "money": {
      const c = q.unit ? currencySigns[q.unit] : undefined;
      return c ? `${sign}${c}${figure}` : `${sign}${figure}${q.unit ? ` ${q.unit}` : ""}`;
    }
    case "multiple":
      return `${sign}${figure}×`;
    case "duration": {
      const plural = q.value === 1 ? "" : "s";
      return `${sign}${figure} ${q.unit}${plural}`;
    }
    default:
      // a ratio as X:1, or 1:X below one, three digits enough (二点五比一 → 2.5:1, 一比四 → 1:4, 2比3 → 1:1.5)
      if (q.kind === "measure" && q.unit === "ratio" && q.value) {
        const r = (n: number) => Number(n.toPrecision(3));
        return q.value < 1 ? `${sign}1:${r(1 / q.value)}` : `${sign}${r(q.value)}:1`;
      }
      return `${sign}${figure}${q.unit && q.kind === "measure" ? ` ${q.unit}` : ""}`;
  }
}

const rangeJoiners = new Set(units.rangeJoiners);
const listJoiners = new Set(units.listJoiners);
/** hour → its minutes: the smaller unit of a compound duration (1小时30分钟), how many make one, and its words */
const durationParts = new Map(units.durations.flatMap((u) => (u.parts ? [[u.unit, u.parts] as const] : [])));
/** 分 of 3分20秒: the larger unit a short word names right before a part of it, and what it may not follow (17点) */
const shortDurationWords = new Map(
  units.durations.flatMap((u) =>
    (u.parts?.shortWords ?? []).map(
      (w) =>
        [
          w,
          {
            unit: u.unit,
            notAfter: new Set(u.parts?.shortNotAfter),
            halfNotAfter: wordLexicon(u.parts?.shortHalfNotAfter ?? []),
          },
        ] as const,
    ),
  ),
);
const durationLinks = new Set(units.durationLinks);
const oneDurationAfter = new Lexicon(units.oneDurationAfter);
const termNouns = wordLexicon(units.oneDurationTerms.words);
const termLinks = wordLexicon(units.oneDurationTerms.links);
/** A noun of a term (时效, 试用期), maybe a link (是) and spaces between, right before `pos`: 时效是一年 states its length. */
function termBefore(text: string, pos: number): boolean {
  let p = pos;
  while (spaceAt(text, p - 1)) p--;
  if (termNouns.before(text, p)) return true;
  const link = termLinks.before(text, p);
  if (!link) return false;
  p -= link.word.length;
  while (spaceAt(text, p - 1)) p--;
  return termNouns.before(text, p) !== null;
}
const oneDurationBefore = wordLexicon(units.oneDurationBefore.words);
const doneWords = units.oneDurationBefore.done;
/** 一 + a duration right before 就 with a deed done later in its clause (一分钟就破了): the span it took. */
function doneWithin(text: string, m: Mention): boolean {
  const lead = oneDurationBefore.after(text, m.end);
  if (!lead) return false;
  const from = m.end + lead.word.length;
  let end = from;
  while (end < text.length && tableAt(clauseBreaks, text, end) !== 1) end++;
  const rest = text.slice(from, end);
  return doneWords.some((w) => rest.includes(w));
}
const changeFrom = wordLexicon(units.durationChanges.from);
const durationChangeVerbs = wordLexicon(units.durationChanges.verbs);
/**
 * Whether a duration is what a change starts from (units.yaml `durationChanges`): 从 at most `reach` characters before
 * it in its clause and a verb of shortening or lengthening right after it (从一个星期缩短到了两天, 从以前的一个月压缩到).
 */
function changedDurationFrom(text: string, m: Mention): boolean {
  let q = m.end;
  while (spaceAt(text, q)) q++;
  if (!durationChangeVerbs.after(text, q)) return false;
  for (let p = m.start, left = units.durationChanges.reach; left >= 0 && p > 0; p--, left--) {
    if (changeFrom.before(text, p)) return true;
    if (tableAt(clauseBreaks, text, p - 1) === 1) return false;
  }
  return false;
}
const durationModals = new Set(units.oneDurationVerbs.modals);
const notDurationVerbs = new Set(units.oneDurationVerbs.notVerbs);
const modalNouns = new Set(units.oneDurationVerbs.nouns);
const modalAdverbs = new Set(units.oneDurationVerbs.adverbs);
const rateTimes = new Set(units.oneDurationVerbs.times);
/** A count of times just after `m`, a verb or a space between (会员一周来两三次): `m` is a rate's base, no duration. */
function timesAfter(text: string, ms: Mention[], m: Mention): boolean {
  const t = ms.find((x) => x.start >= m.end);
  if (!t || t.start - m.end > units.oneDurationVerbs.timesReach || t.kind !== "count") return false;
  for (let p = m.end; p < t.start; p++) if (!isHan(codeAt(text, p)) && !spaceAt(text, p)) return false;
  return t.unit !== null && rateTimes.has(t.unit);
}
/**
 * A share (a percent) right after the duration, or after its 的: the duration is the whole it is a share of (下了一年
 * 三分之一的雨量, 干了一天的一半), no span of its own.
 */
const durationShareLinks = wordLexicon(units.oneDurationVerbs.shareLinks);
function wholeOfShare(text: string, ms: Mention[], m: Mention): boolean {
  const t = ms.find((x) => x.start >= m.end);
  const at = m.end + (durationShareLinks.after(text, m.end)?.word.length ?? 0);
  return t !== undefined && t.start === at && t.kind === "percent";
}
/**
 * A modal and a one-character verb right before `pos`: 一盘棋要下一个小时, 得等一个小时 (not 要有一天); an adverb of
 * more or again may stand between them (我们会多发一个月, 还要再等一个月).
 */
const modalVerbBefore = (text: string, pos: number) => {
  if (pos < 2 || !isHan(codeAt(text, pos - 1)) || notDurationVerbs.has(text.charAt(pos - 1))) return false;
  const m = modalAdverbs.has(text.charAt(pos - 2)) ? pos - 3 : pos - 2;
  return m >= 0 && durationModals.has(text.charAt(m)) && !modalNouns.has(text.slice(m, m + 2));
};
const tallies = wordLexicon(units.tallies.words);
/** every record word, the unit of a record's count (十五胜: 胜) */
const recordUnits = new Set(units.records.flat());
/** the words of a game's record (units.yaml records), each with its group: 投 and 中, 胜 and 负 */
const recordWords = new Lexicon(units.records.flatMap((g, k) => g.map((word) => ({ word, info: k }))));

/**
 * 十二投七中, 十五胜四负: the bare numbers of a record from ms[i] on, each with the end of its record word, when two or
 * more stand right after one another, each before a different word of one group (units.yaml records); else null.
 */
function recordRun(text: string, ms: Mention[], i: number): { m: Mention; end: number }[] | null {
  const first = ms[i] as Mention;
  const w = recordWords.after(text, first.end);
  if (!w) return null;
  const run = [{ m: first, end: first.end + w.word.length }];
  const words = new Set([w.word]);
  for (let j = i + 1; j < ms.length; j++) {
    const n = ms[j] as Mention;
    const v =
      n.tag === "bare" && n.start === (run[run.length - 1] as { end: number }).end
        ? recordWords.after(text, n.end)
        : null;
    if (!v || v.info !== w.info || words.has(v.word)) break;
    words.add(v.word);
    run.push({ m: n, end: n.end + v.word.length });
  }
  return run.length >= 2 ? run : null;
}

/**
 * Whether the word ending at `end` is a record word (平, also m²) that a count and another word of its group follow
 * (三平两负): the record's first count, not a unit of its own.
 */
function opensRecord(text: string, end: number): boolean {
  const w = recordWords.before(text, end);
  const next = w && numeralAt(text, end);
  const v = next && recordWords.after(text, next.end);
  return !!v && v.info === w.info && v.word !== w.word;
}

/**
 * A tally word (一共, 总共) before a small count in its clause, at most `reach` characters between: 一共有五家门店. A
 * lone 一 after another figure tells how that one is grouped, not what the tally totals: in 一共有六个人一组 the people
 * are totalled and 一组 stays a word (一共3个人5台 keeps both).
 */
function talliedAt(text: string, ms: Mention[], m: Mention): boolean {
  for (let p = m.start; p >= 0 && m.start - p <= units.tallies.reach; p--) {
    if (tallies.before(text, p))
      return m.value !== 1 || !ms.some((o) => o !== m && o.tag === "figure" && o.start >= p && o.end <= m.start);
    if (p > 0 && tableAt(clauseBreaks, text, p - 1) === 1) return false;
  }
  return false;
}
const rates = wordLexicon(units.rates.words);
const doseRates = wordLexicon(units.doseRates);
const exerciseVerbs = wordLexicon(units.exerciseCounts.verbs);
const exerciseCounters = new Set(units.exerciseCounts.counters);
const exerciseAspects = wordLexicon(units.exerciseCounts.aspects);
/** 做四组, 跑了三圈: a small count of sets or laps right after a verb of training (and 了) is how much was trained */
function exerciseCount(text: string, m: Mention): boolean {
  if (m.value === null || m.value <= 1 || m.unit === null || !exerciseCounters.has(m.unit)) return false;
  return exerciseVerbs.before(text, m.start - (exerciseAspects.before(text, m.start)?.word.length ?? 0)) !== null;
}
const betweenWords = wordLexicon(units.betweenWords);
const capacityCounted = new Set(units.capacities.counted);
const capacityBases = wordLexicon(units.capacities.bases);
const capacityNotBases = wordLexicon(units.capacities.notBases);
/**
 * Whether a period word (每周, 每天) before a small count in its clause makes it a rate: 每周练四次, 每天一个小时. Not
 * where a figure stands between, the rate's own count (每周两班 一班船装一万个标箱: 一班 is the base of what one carries).
 */
function ratedAt(text: string, ms: Mention[], m: Mention): boolean {
  for (let p = m.start; p >= 0 && m.start - p <= units.rates.reach; p--) {
    if (rates.before(text, p))
      return !ms.some((o) => o !== m && o.tag === "figure" && o.start >= p && o.end <= m.start);
    if (p > 0 && tableAt(clauseBreaks, text, p - 1) === 1) return false;
  }
  return false;
}
function wordWithin(words: typeof tallies, reach: number, text: string, pos: number): boolean {
  for (let p = pos; p >= 0 && pos - p <= reach; p--) {
    if (words.before(text, p)) return true;
    if (p > 0 && tableAt(clauseBreaks, text, p - 1) === 1) return false;
  }
  return false;
}
const changedBy = wordLexicon(units.changedBy);
// the verbs a count grows or shrinks into (增加到, 扩到, 降到): a small count right after one is the level reached
const changedTo = wordLexicon(units.countChanges);
const perMarkers = wordLexicon(units.perMarkers);
const demonstratives = new Set(units.fewAfterDemonstratives);
// each counter with the contexts of its own group: rounds are counted in talk of funding, courses in talk of exams
const wordCounterContexts = new Map(
  units.wordCounters.flatMap((group) => {
    const contexts = wordLexicon(group.contexts);
    return group.words.map((word) => [word, contexts] as const);
  }),
);
const ratioWords = wordLexicon(units.ratioWords.words);
const perHundredWords = wordLexicon(units.ratioWords.perHundred);
const ratioTermJoiners = wordLexicon(units.ratioWords.joiners);
const ratioLinks = wordLexicon(units.ratioWords.links);
const speedDistances = new Set(units.speeds.distances);
const speedTimes = new Lexicon(units.speeds.times.flatMap((t) => t.words.map((word) => ({ word, info: t.unit }))));
const bareSpeedNouns = wordLexicon(units.speeds.bare.words);
const speedNouns = new Lexicon(units.speeds.named.flatMap((t) => t.words.map((word) => ({ word, info: t.unit }))));
const speedNounLinks = wordLexicon(units.speeds.namedLinks);

/**
 * 男女比例大概是二点五比一, 配比是1比3, 比例是1:2: two bare terms joined by 比 or a colon after a ratio word (units.yaml
 * ratioWords) are one figure, a measure in unit `ratio` worth the first over the second. Scores (比分是三比一) and
 * 一比一还原 have no ratio word before them and stay bare, so later rules leave them no figure.
 */
function joinRatios(text: string, ms: Mention[]): Mention[] {
  return joinPairs(ms, (a, b, out) => {
    if (a.tag !== "bare" || b.tag !== "bare" || a.value === null || b.value === null || b.value === 0) return false;
    // the ratio word, or a ratio a few Han characters before in its clause (比例从1比3提高到1比2: the second too)
    const prev = out[out.length - 2];
    const chained =
      prev?.unit === "ratio" && a.start - prev.end <= units.ratioWords.reach && hanBetween(prev.end, a.start);
    // …or right after the pair, a link (units.yaml ratioWords.links: 的) between (三比七的比例; not 按一比一的比例复刻, a
    // life-size copy)
    const link = ratioLinks.after(text, b.end);
    const after =
      a.value !== b.value &&
      (ratioWords.after(text, b.end) ?? (link ? ratioWords.after(text, b.end + link.word.length) : null));
    if (!(chained || after || ratioWordAt(text, a.start)) || ratioTerm(text, a)) return false; // 1比2比3: a has a term before it
    const p = skipSpaces(text, a.end);
    const joiner = ratioTermJoiners.after(text, p);
    if (!joiner || skipSpaces(text, p + joiner.word.length) !== b.start) return false;
    a.tag = "figure";
    a.kind = "measure";
    a.unit = "ratio";
    a.reason = null;
    a.value = a.value / b.value;
    a.approx ??= b.approx; // 1:2左右: the bound after the second term is the ratio's
    a.bound ??= b.bound;
    a.end = b.end;
    a.text = text.slice(a.start, a.end);
    return true; // the second term is part of the ratio
  });

  function hanBetween(from: number, to: number): boolean {
    for (let p = from; p < to; p++) if (!isHan(codeAt(text, p))) return false;
    return true;
  }
}

/**
 * The mentions, each pair in a row that `join` joins (it widens the first to take in the second, and says so) as one:
 * `out` holds the mentions so far, the first of the pair last.
 */
function joinPairs(ms: Mention[], join: (a: Mention, b: Mention, out: Mention[]) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i] as Mention;
    const b = ms[i + 1];
    out.push(a);
    if (b && join(a, b, out)) i++;
  }
  return out;
}

const shareWholes = wordLexicon(units.shares.wholes);
const shareLinks = wordLexicon(units.shares.links);
const shareEvery = wordLexicon(units.shares.every);

/**
 * 十个人里有八个, 每一千个用户中大概有五个, 每三个人里面就有一个: a counted whole, its noun, a whole word (里, 当中) and
 * a counted part (units.yaml shares) are one figure, a percent worth the part over the whole. The whole is ten or
 * follows 每: 我们三个人里面有一个会留下 (one of the three) stays discourse, 一百个工程师里面有八十个 two counts.
 */
function joinShares(text: string, ms: Mention[]): Mention[] {
  return joinPairs(ms, (a, b) => {
    if (a.kind !== "count" || a.unit === null || a.value === null || a.approx !== null) return false;
    if (b.kind !== "count" || (b.tag !== "figure" && b.tag !== "bare") || (b.value ?? b.max ?? Infinity) > a.value)
      return false;
    if (!(a.value === units.shares.sample || shareEvery.before(text, a.start)) || !partAt(a.end, b.start)) return false;
    const whole = a.value;
    a.tag = "figure";
    a.kind = "percent";
    a.unit = "%";
    a.reason = null;
    a.fraction = true;
    a.value = b.value === null ? null : (100 * b.value) / whole;
    a.min = b.min === null ? null : (100 * b.min) / whole;
    a.max = b.max === null ? null : (100 * b.max) / whole;
    a.approx = b.approx;
    a.bound = b.bound;
    a.end = b.end;
    a.text = text.slice(a.start, a.end);
    return true; // the part is the share's
  });

  /** Whether a noun of at most `reach` Han characters, a whole word and links lead from `from` to the part at `to`. */
  function partAt(from: number, to: number): boolean {
    for (let p = from; p <= from + units.shares.reach && p < to; p++) {
      if (p > from && !isHan(codeAt(text, p - 1))) return false;
      const w = shareWholes.after(text, p);
      if (!w) continue;
      let q = p + w.word.length;
      for (let link = shareLinks.after(text, q); link && q < to; link = shareLinks.after(text, q))
        q += link.word.length;
      if (q === to) return true;
    }
    return false;
  }
}

/**
 * A per marker and a word of `bases` right after figure m (120公里每小时, 33米/秒, 300Wh/kg) join the mention, its
 * unit the quotient (km/h, Wh/kg); not a word running on into a longer Latin one (km/hour, kW/kgf). Whether they did.
 */
function joinBaseAfter(text: string, m: Mention, bases: Lexicon<string>): boolean {
  const per = perMarkers.after(text, m.end);
  const base = per ? bases.after(text, m.end + per.word.length) : null;
  if (!per || !base) return false;
  const end = m.end + per.word.length + base.word.length;
  if (isLatin(base.word.charAt(base.word.length - 1)) && isLatin(text.charAt(end))) return false;
  m.unit = `${m.unit}/${base.info}`;
  m.end = end;
  m.text = text.slice(m.start, m.end);
  return true;
}

/** 每 and a word of `bases` ending at `p` (每秒, 每公斤): where they start and the base's unit, or null. */
function baseBefore(text: string, p: number, bases: Lexicon<string>): { start: number; unit: string } | null {
  const base = bases.before(text, p);
  const every = base ? rateBaseBefore.before(text, p - base.word.length) : null;
  return base && every ? { start: p - base.word.length - every.word.length, unit: base.info } : null;
}

/** The start of the spaces right before `p`. */
function spacesFrom(text: string, p: number): number {
  let at = p;
  while (at > 0 && spaceAt(text, at - 1)) at--;
  return at;
}

/**
 * 风速达到每秒三十三米, 120公里每小时, 72 km/h, 时速350公里: a distance per a time is a speed (units.yaml speeds), its
 * unit the distance's over the time's (m/s, km/h). A per phrase right after or right before the figure joins the
 * mention; a speed noun (时速) or a 每 phrase a few characters before it in its clause gives the unit alone.
 */
function readSpeeds(text: string, ms: Mention[]) {
  const { reach } = units.speeds;
  for (const m of ms) {
    if (m.tag !== "figure" || m.kind !== "measure" || m.unit === null || !speedDistances.has(m.unit)) continue;
    if (joinBaseAfter(text, m, speedTimes)) continue;
    // after: 四百五十三公里的时速, 三百公里时速的列车 (the speed noun names what the distance is, outside the mention);
    // not when a figure follows the noun, which is then that noun's (三百公里时速两百五)
    const link = speedNounLinks.after(text, m.end);
    const after = speedNouns.after(text, link ? m.end + link.word.length : m.end);
    if (after) {
      const q = skipSpaces(text, m.end + (link ? link.word.length : 0) + after.word.length);
      const c = text.charAt(q);
      if (!isNumeralChar(c)) {
        m.unit = `${m.unit}/${after.info}`;
        continue;
      }
    }
    // before: 每秒三十三米 (joined), 每小时能跑80公里, 时速达到了400公里 (a few Han characters between, no figure)
    let p = spacesFrom(text, m.start);
    for (let gap = 0; gap <= reach && p > 0; gap++) {
      const time = baseBefore(text, p, speedTimes);
      if (time) {
        m.unit = `${m.unit}/${time.unit}`;
        if (gap === 0) {
          m.start = time.start;
          m.text = text.slice(m.start, m.end);
        }
        break;
      }
      const noun = speedNouns.before(text, p);
      if (noun) {
        m.unit = `${m.unit}/${noun.info}`;
        break;
      }
      const c = text.charAt(p - 1);
      if (!isHan(codeAt(text, p - 1)) || isNumeralChar(c)) break;
      p--;
    }
  }
  // 时速从一百六提到两百五, 时速从160公里提速到250: a bare number a speed changes into is a speed in its unit
  for (let i = 1; i < ms.length; i++) {
    const prev = ms[i - 1] as Mention;
    const m = ms[i] as Mention;
    // a scaled number with no unit is a count by its size alone (恒指从两万点涨到两万一, 从3000点跌到2800多)
    const unitless = m.tag === "bare" || (m.tag === "figure" && m.kind === "count" && m.unit === null);
    if (unitless && changedSpeed(text, prev, m))
      Object.assign(m, { tag: "figure", kind: "measure", unit: prev.unit, reason: null });
  }
}
// each unit of units.yaml perUnits with the words of what it may be per (Wh: kg, 公斤)
const perUnits = new Map(
  units.perUnits.flatMap((g) => {
    const per = new Lexicon(g.per.flatMap((d) => d.words.map((word) => ({ word, info: d.unit }))));
    return g.units.map((u) => [u, per] as const);
  }),
);
// each unit of units.yaml perUnits with the words that may stand between its base and the figure (体重)
const perUnitsOf = new Map(units.perUnits.flatMap((g) => g.units.map((u) => [u, wordLexicon(g.of ?? [])] as const)));

/**
 * 电芯能做到300Wh/kg, 三百瓦时每公斤, 每公斤300瓦时, 每公斤体重10毫克: a figure in one of units.yaml perUnits with a per marker and what
 * it is per right after it, or 每 and that right before it, is a figure in their quotient (Wh/kg), the mention taking
 * them in.
 */
function readPerUnits(text: string, ms: Mention[]) {
  for (const m of ms) {
    const per = m.tag === "figure" && m.unit !== null ? perUnits.get(m.unit) : undefined;
    if (!per || joinBaseAfter(text, m, per)) continue;
    // before it, 每 and the base with nothing but spaces between (每公斤300瓦时), or what the base is of (每公斤体重10毫克)
    let p = spacesFrom(text, m.start);
    p -= perUnitsOf.get(m.unit as string)?.before(text, p)?.word.length ?? 0;
    const before = baseBefore(text, p, per);
    if (!before) continue;
    m.unit = `${m.unit}/${before.unit}`;
    m.start = before.start;
    m.text = text.slice(m.start, m.end);
  }
}

// each counter with the nouns it counts as a figure (家: 店, 门店; 所: 学校; 个: offer, 员工) and the verbs before it
// that say what it counts (家: 开, 关了); a counter in two groups takes the words of both
// (家: 开, 关了; 台: 推出, 买了), and the nouns after a verb's count that keep it discourse (推出了两个观点)
const nounCounterWords = new Map<
  string,
  { nouns: string[]; verbs: string[]; timeVerbs: string[]; timeVerbsNotAfter: string[]; notNouns: string[] }
>();
for (const g of units.nounCounts)
  for (const c of g.counters) {
    const w = nounCounterWords.get(c) ?? { nouns: [], verbs: [], timeVerbs: [], timeVerbsNotAfter: [], notNouns: [] };
    w.nouns.push(...g.nouns);
    w.verbs.push(...(g.verbs ?? []));
    w.timeVerbs.push(...(g.timeVerbs ?? []));
    w.timeVerbsNotAfter.push(...(g.timeVerbsNotAfter ?? []));
    w.notNouns.push(...(g.notNouns ?? []));
    nounCounterWords.set(c, w);
  }
const nounCounters = new Map([...nounCounterWords].map(([c, w]) => [c, wordLexicon(w.nouns)] as const));
const nounCountsNew = wordLexicon(units.nounCountsNew);
const nounCounterVerbs = new Map([...nounCounterWords].map(([c, w]) => [c, wordLexicon(w.verbs)] as const));
const nounCounterTimeVerbs = new Map([...nounCounterWords].map(([c, w]) => [c, wordLexicon(w.timeVerbs)] as const));
const nounCounterTimeVerbsNotAfter = new Map(
  [...nounCounterWords].map(([c, w]) => [c, wordLexicon(w.timeVerbsNotAfter)] as const),
);
const nounCounterNotNouns = new Map([...nounCounterWords].map(([c, w]) => [c, wordLexicon(w.notNouns)] as const));
/** How far after a verb's count a `notNouns` word may start (推出了两个新观点, 建了两个微信群). */
const notNounReach = 3;
/** Counters of aircraft and ships (架, 艘): a small count of them is a fleet's, a figure (明年再接收八架). */
const craftCounters = new Set(units.craftCounts.counters);
const flightVerbs = wordLexicon(units.flightCounts.verbs);
const flightAspects = new Set(units.flightCounts.aspects);
const flightCounters = new Set(units.flightCounts.counters);
const casualtyCounters = new Set(units.casualtyCounts.counters);
const casualtyWords = wordLexicon(units.casualtyCounts.words);
const casualtyOneCounters = new Set(units.casualtyCounts.oneCounters);
const casualtyNotBetween = new Set(units.casualtyCounts.notBetween);
/**
 * Whether a count of people tells a disaster's dead, missing, injured or rescued (units.yaml `casualtyCounts`): a
 * casualty word right before it (死亡七人) or after it, a short noun at most between (七人死亡, 三名游客被困), no 的
 * (两人的死亡). Not after a demonstrative (这两个人受伤 points back); 一 only with a counter of `oneCounters`.
 */
function casualty(text: string, m: Mention): boolean {
  if (m.value === null || m.value < 1 || m.unit === null || !casualtyCounters.has(m.unit)) return false;
  if (m.value === 1 && !casualtyOneCounters.has(m.unit)) return false; // 一个人受伤的时候: anyone
  if (demonstratives.has(text[m.start - 1] ?? "")) return false;
  if (casualtyWords.before(text, spaceAt(text, m.start - 1) ? m.start - 1 : m.start)) return true;
  const from = skipSpaces(text, m.end);
  for (let p = from; p <= from + units.casualtyCounts.reach && p < text.length; p++) {
    if (casualtyWords.after(text, p)) return true;
    const c = text.charAt(p);
    if (!isHan(codeAt(text, p)) || isNumeralChar(c) || casualtyNotBetween.has(c)) return false; // 两人的死亡: a possessor
  }
  return false;
}

/** Whether a count of times follows a verb of launching, flying or reusing (复用十次, 发射了五次): how often it was done. */
function flownCount(text: string, m: Mention): boolean {
  if (m.value === null || m.value <= 1 || m.unit === null || !flightCounters.has(m.unit)) return false;
  const at = flightAspects.has(text.charAt(m.start - 1)) ? m.start - 1 : m.start;
  return flightVerbs.before(text, at) !== null;
}

const corrections = wordLexicon(falseFigures.corrections.words);
const denials = wordLexicon(falseFigures.corrections.denials);
const correctionLinks = wordLexicon(falseFigures.corrections.links);
const correctionFillers = wordLexicon(falseFigures.corrections.fillers);

/** The end of clause breaks, spaces and up to two fillers (嗯, 那个) from `pos` on: 3万人，嗯，不对. */
function skipFillers(text: string, pos: number): number {
  let p = skipBreaks(text, pos);
  for (let n = 0; n < 2; n++) {
    const filler = correctionFillers.after(text, p);
    if (!filler) break;
    p = skipBreaks(text, p + filler.word.length);
  }
  return p;
}

/** The end of clause breaks and spaces from `pos` on. */
function skipBreaks(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && (spaceAt(text, p) || tableAt(clauseBreaks, text, p) === 1)) p++;
  return p;
}

/**
 * A figure the speaker takes back for the next one of the same kind and unit is no figure: 一箱三十斤，不对，是三斤
 * (false-figures.yaml `corrections`: a correction word and a link between them), 不是三十斤，是三斤 (a denial right
 * before the first, a link between). 三十斤，对，是三十斤 and 不对称 are no correction.
 */
function classifyCorrected(text: string, ms: Mention[]) {
  let a: Mention | undefined;
  for (const b of ms) {
    if (b.tag !== "figure") continue;
    if (a && a.kind === b.kind && a.unit === b.unit) {
      let p = skipFillers(text, nounEnd(text, a.end));
      const word = corrections.after(text, p);
      const denied = !word && denials.before(text, a.start) !== null;
      if (!word) p = skipBreaks(text, a.end); // fillers go with a correction word only
      if (word) p = skipFillers(text, p + word.word.length);
      const link = (word || denied) && p > a.end ? correctionLinks.after(text, p) : null;
      if (link) p += link.word.length;
      if ((word || (denied && link)) && skipBreaks(text, p) === b.start) {
        a.tag = "discourse";
        a.reason = `corrected by the speaker (${text.slice(a.end, b.start)})`;
      }
    }
    a = b;
  }
}

/**
 * The end of a short noun after a figure's unit that a correction word follows (三十斤苹果，不对): at most
 * `nounReach` Chinese characters, no numeral among them; else pos.
 */
function nounEnd(text: string, pos: number): number {
  for (let q = pos; q - pos <= falseFigures.corrections.nounReach; q++) {
    if (q > pos && corrections.after(text, skipFillers(text, q))) return q;
    if (!isHan(codeAt(text, q)) || isNumeralChar(text.charAt(q))) return pos;
  }
  return pos;
}

/**
 * Whether `pos` opens a clause: only spaces between it and the text's start or a clause break, or a filler that
 * itself opens the clause with a pause after it (对 减半这个事情: a transcript's pause after 对, not a subject).
 */
function opensClause(
  text: string,
  pos: number,
  openFillers: readonly string[] | null = null,
  pauseOpens = false,
): boolean {
  let p = pos;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  // a pause opens it too where the talk is on the word's topic (影响很大 减半以后 in a talk of mining)
  if (p === 0 || tableAt(clauseBreaks, text, p - 1) === 1 || (pauseOpens && p < pos)) return true;
  if (p === pos) return false;
  const filler = openFillers?.find((w) => text.endsWith(w, p));
  return filler !== undefined && opensClause(text, p - filler.length);
}

/**
 * Whether a count of a `wordCounters` unit (三轮) stands in a sentence with one of its contexts (融资, 面试, 演唱会). A
 * demonstrative right before the count points at what was named (那三场加起来票房四个多亿), and a `nounCounts` word
 * of no figure after it says the counter counts something else (演唱会那天下了两场雨): no figure.
 */
const roundsCounted = (text: string, m: Mention) =>
  m.unit !== null &&
  !demonstratives.has(text[m.start - 1] ?? "") &&
  (wordCounterContexts.get(m.unit)?.occursIn(text) ?? false) &&
  !notNounAfter(text, m);

/**
 * Whether a count of a `nounCounts` counter stands right before a noun of its group (三家店, 八所学校, 五个offer, 八个员工),
 * a word of newness at most between (再开两个新的办公室, 三家新店: `nounCountsNew`), or right after one of its verbs
 * (再开两家, 关了三家): the shops a business has, the schools applied to, the offers received, the staff employed. A
 * demonstrative right before the count points at them (这两家店, 那两个直播间): no figure.
 */
// raw captions part a verb, its count and the noun counted with spaces (推出 三款 新品, 发了 五款 新机): read over them
const nounsCounted = (text: string, m: Mention, times: readonly { start: number; end: number }[]) =>
  m.unit !== null &&
  !demonstratives.has(text[m.start - 1] ?? "") &&
  (nounAfter(text, m.end, nounCounters.get(m.unit)) ||
    ((nounCounterVerbs.get(m.unit)?.before(text, spacesFrom(text, m.start)) != null || timeVerbAt(text, m, times)) &&
      !notNounAfter(text, m)));

/** Whether one of `nouns` follows a count ending at `end`, past spaces and a word of newness (三家新店, 五款 新机). */
function nounAfter(text: string, end: number, nouns: Lexicon<unknown> | undefined): boolean {
  if (!nouns) return false;
  const p = skipSpaces(text, end);
  return (
    nouns.after(text, p) != null || nouns.after(text, p + (nounCountsNew.after(text, p)?.word.length ?? 0)) != null
  );
}

/**
 * Whether one of its counter's `timeVerbs` (上) stands right before a count with a time ending right before the verb
 * (明年上两条产线, 下半年上三套设备): the time makes the word a verb of putting into service. A time that holds the word
 * (晚上, 上半年) ends after it, so 昨天晚上两台车 and 去年上半年两台 stay discourse; so does one read short of it
 * (今晚上两台车: 今晚 and 上 make 今天晚上, `timeVerbsNotAfter`).
 */
function timeVerbAt(text: string, m: Mention, times: readonly { start: number; end: number }[]): boolean {
  const verb = m.unit === null ? null : (nounCounterTimeVerbs.get(m.unit)?.before(text, m.start) ?? null);
  if (verb === null || nounCounterTimeVerbsNotAfter.get(m.unit as string)?.before(text, m.start - verb.word.length))
    return false;
  return times.some((t) => t.end === m.start - verb.word.length);
}

/**
 * Whether one of its counter's `notNouns` starts within `notNounReach` characters after a count, in its clause: what
 * was put out is words, a view or a post (推出了两个观点, 发布了三条微博), not a thing made.
 */
function notNounAfter(text: string, m: Mention): boolean {
  const notNouns = m.unit === null ? undefined : nounCounterNotNouns.get(m.unit);
  if (!notNouns) return false;
  for (let p = m.end; p < text.length && p - m.end <= notNounReach; p++) {
    if (notNouns.after(text, p)) return true;
    if (tableAt(clauseBreaks, text, p) === 1 || isNumeralChar(text.charAt(p))) return false;
  }
  return false;
}

/** Whether a ratio word (比例, 系数: units.yaml `ratioWords`) ends a few characters before `pos` in its clause. */
function ratioWordAt(text: string, pos: number, words: Lexicon<true> = ratioWords): boolean {
  for (let p = pos; p >= 0 && pos - p <= units.ratioWords.reach; p--) {
    if (words.before(text, p)) return true;
    if (p > 0 && tableAt(clauseBreaks, text, p - 1) === 1) return false;
  }
  return false;
}
const nearly = { words: wordLexicon(units.nearlyBefore.words), notAfter: new Set(units.nearlyBefore.notAfter) };
const roundNearly = {
  words: wordLexicon(units.nearlyBefore.round.words),
  notAfter: new Set(units.nearlyBefore.round.notAfter),
};
const nearlyNotInClause = wordLexicon(units.nearlyBefore.notInClause);

/**
 * The word of "nearly" (快, 快要; 小 before a round figure: `round`) right before a figure at `start` (跑了快三年了,
 * 快一百人了, 花了小一万), or null: not in another word (很快, 加快; 缩小), nor in a clause that compares (比高铁快两个小时
 * is "faster by").
 */
function nearlyAt(text: string, start: number, words = nearly): string | null {
  const hit = words.words.before(text, start);
  if (!hit || words.notAfter.has(text[start - hit.word.length - 1] ?? "")) return null;
  for (let p = start - hit.word.length; p > 0 && tableAt(clauseBreaks, text, p - 1) !== 1; p--)
    if (nearlyNotInClause.before(text, p)) return null;
  return hit.word;
}
/** Where a mention's numeral ends (before its unit): the end of an interval's text (至少有10个 → 至少有10). */
const numeralEnd = (m: Mention) => (m.numeralEnd >= 0 ? m.numeralEnd : m.end);
const dashes = /^[-~～—–－]$/u; // one dash or tilde: "-" in 20 - 100
/** A dash with a digit on its far side: 2025-12-18 is a chain, not a range. */
const chained = (text: string, dash: number, digit: number) =>
  dashes.test(text[dash] ?? "") && /[0-9０-９]/.test(text[digit] ?? "");

/** A new mention of a figure at [start, end), its numeral `numeral`: every mention is made here, in one shape. */
function base(start: number, end: number, numeral: string): Mention {
  return {
    start,
    end,
    text: numeral,
    tag: "figure",
    reason: null,
    kind: "count",
    value: null,
    min: null,
    max: null,
    unit: null,
    approx: null,
    numeral,
    single: false,
    fraction: false,
    bound: null,
    // declared up front, so that every mention has one shape (V8 compiles one fast path for it)
    ambiguous: undefined,
    interval: undefined,
    numeralEnd: -1,
    factor: 1,
    symbolRange: false,
    sized: false,
  };
}
// V8 gives a field the representation of the first values stored in it: factor holds small integers until a unit with
// a fraction (分: 0.01), perhaps far into a long text, where V8 must change the field and throw away every compiled
// function that relied on the old one. A fraction stored at load gives the field its general form from the start.
base(0, 0, "").factor = 0.5;

/** Every numeric mention of `text` with its reading and tag. */
export function recognizeQuantities(text: string, ctx: Context): Mention[] {
  const out: Mention[] = [];
  // 翻番, 翻一番, 翻两番: multiples written as words; 打对折, 半折: percentages written as words
  const wordSpans: { start: number; end: number }[] = [];
  for (const hit of scanAcrossSpace(multipleWords, text)) {
    if (hit.entry.info === null) continue;
    wordSpans.push(hit);
    const m = base(hit.start, hit.end, text.slice(hit.start, hit.end));
    m.kind = "multiple";
    m.value = hit.entry.info;
    // 翻了一番多, 翻了一番还多: a bound after the word, as after 一倍 (增长了一倍还多)
    // (not across a space: 翻了一番 多数人 is a new clause)
    const after = spaceAt(text, hit.end) ? null : approxAfter.after(text, hit.end);
    if (after?.info.approx && !approxAfterNot.after(text, hit.end)) {
      m.approx = after.info.approx;
      m.bound = after.word;
    }
    out.push(m);
  }
  // a word refused where it stands leaves its characters to a shorter word inside it (超过半数: not 过半数, but 半数)
  const percentWordAt = ({ word, info }: Entry<PercentWordInfo>, start: number) => {
    const end = start + word.length;
    if (info.after && !info.after.some((w) => text.endsWith(w, start))) return false;
    // 比特币减半 (the halving event), 减半征收 (a tax rule): no figure
    if (info.notAfter?.some((w) => text.endsWith(w, start))) return false;
    if (info.notBefore?.some((w) => text.startsWith(w, end))) return false;
    // 过半 ending its clause (会过半, 过半了), not before a word it goes into (做过半导体, 再过半个月)
    return !info.endsClause || !isHan(codeAt(text, end)) || info.endsClause.after(text, end) !== null;
  };
  for (const hit of percentWords.scan(text, percentWordAt)) {
    const { value, nounBefore, openFillers, openLinks, approx } = hit.entry.info;
    // 减半嘛, 减半之后 opening a clause: the event named, no subject halved
    // (明年四月减半嘛, 2028年减半之后: a time right before it, itself opening the clause, dates the event)
    if (nounBefore?.some((w) => text.startsWith(w, hit.end))) {
      let start = ctx.times.find((t) => t.end === hit.start)?.start ?? hit.start;
      start -= openLinks?.find((w) => text.endsWith(w, start))?.length ?? 0;
      const onTopic = [...(ctx.idiomTopics ?? [])].some((k) => topicIdiomGroups[k]?.words.after(text, hit.start));
      if (opensClause(text, start, openFillers, onTopic)) continue;
    }
    wordSpans.push(hit);
    const m = base(hit.start, hit.end, text.slice(hit.start, hit.end));
    m.kind = "percent";
    m.unit = "%";
    m.value = value;
    // 超过半数, 半数以上, 不到半数: a bound word bounds the half, as it bounds 一半; 过半 holds its own
    const bound = (spaceAt(text, hit.end) ? null : approxAfter.after(text, hit.end)) ?? boundBefore(text, hit.start);
    if (approx) m.approx = approx;
    else if (bound?.info.approx) {
      m.approx = bound.info.approx;
      m.bound = bound.word;
    }
    out.push(m);
  }
  // 三七分 = 30% and 70%, 五五开 = 50%: the shares of a split, where money is shared (the word is no score either way)
  for (const hit of splitWords.scan(text)) {
    if (isNumeralChar(text.charAt(hit.start - 1))) continue;
    wordSpans.push(hit);
    if (splitNotBefore.after(text, hit.end) || !splitContexts.occursIn(text)) continue;
    const [a = 0, b = 0] = hit.entry.info;
    const shares = [
      base(hit.start, hit.start + 1, text.charAt(hit.start)),
      base(hit.start + 1, hit.start + 2, text.charAt(hit.start + 1)),
    ];
    if (a === b) shares.splice(0, 2, base(hit.start, hit.end, text.slice(hit.start, hit.end))); // 五五开: one share
    shares.forEach((m, i) => {
      m.kind = "percent";
      m.unit = "%";
      m.value = i === 0 ? a : b;
      out.push(m);
    });
  }
  // 两位数增长, 增速掉到个位数: a percent known by its number of digits, where it qualifies a growth or a rate
  for (const hit of digitCounts.scan(text)) {
    if (!qualifiesRate(text, hit.start, hit.end)) continue;
    wordSpans.push(hit);
    const m = base(hit.start, hit.end, text.slice(hit.start, hit.end));
    m.kind = "percent";
    m.unit = "%";
    m.min = hit.entry.info.min;
    m.max = hit.entry.info.max;
    m.approx = "vague";
    out.push(m);
  }
  const numerals = splitAtTime(text, splitPerOne(text, findNumerals(text)), ctx.times);
  if (numerals.length === 0 && out.length === 0) return out;
  const words = cursor(wordSpans);
  const times = cursor(ctx.times);
  const urls = cursor(urlSpans(text));
  const titles = cursor(titleSpans(text));
  // an idiom split by a caption space is one too (说 一千道 一万, 一年 比 一年)
  const idiomSpans = cursor(scanAcrossSpace(idioms, text, (e) => e.info));
  // the end of the text the last figure took: 七成六 takes the 六, 五元三毛 the 三
  let taken = 0;
  // the numeral that states the price of a lone 一 and unit before it (一吨也就8万: 8万)
  let perOnePrice = -1;
  // which context lexicons (of units such as 度) the text holds, read on first need
  let contextsHeld: Map<Lexicon<true>, boolean> | undefined;
  for (let k = 0; k < numerals.length; k++) {
    const n = markedArabic(numerals[k] as NumeralMatch);
    if (words.inside(n) || n.start < taken) continue;
    const m = base(n.start, n.end, n.text);
    m.value = n.value;
    m.min = n.min;
    m.max = n.max;
    m.approx = n.approx;
    m.single = n.single;
    m.fraction = n.fraction;
    readTolerance(text, m);
    out.push(m);
    if (times.overlaps(n)) {
      skip(m, "date", "part of a date or time");
      continue;
    }
    if (urls.overlaps(n)) {
      skip(m, "name", "part of a web address");
      continue;
    }
    // 《长安三万里》, 《十年》, 《2002年的第一场雪》: a title is a name, whatever numbers it holds
    if (titles.inside(n)) {
      skip(m, "name", "part of a title in 《》");
      continue;
    }
    if (ordinalPrefixes.before(text, n.start)) {
      skip(m, "ordinal", "ordinal or date (第, 初)");
      continue;
    }
    // the last term of a sum (基金存续期是7+2年: seven years and two more): the unit is the whole sum's, so 2年 alone
    // is no figure; 10万+ 阅读 has no numeral before its +, and a + after a unit (10万+ 2年) ends no sum
    if (sumTermBefore(text, n.start)) {
      skip(m, "name", "a term of a sum (7+2年)");
      continue;
    }
    // a vague prefix before an idiom's numeral belongs to the word before it (高速上百公里电耗: 高速上, 百公里电耗)
    if (idiomSpans.inside(n) || (n.approx === "vague" && idiomSpans.inside({ start: n.start + 1, end: n.end }))) {
      skip(m, "idiom", "part of an idiom");
      continue;
    }
    if (topicIdiom(n)) {
      skip(m, "idiom", "part of a word of the talk's topic (三元 of batteries)");
      continue;
    }
    if (modelYear(n)) {
      skip(m, "name", `model year (${n.text}款)`);
      continue;
    }
    if (seasonYear(n)) {
      skip(m, "date", "a season or a class named by its years (2024赛季, 2025届)");
      continue;
    }
    if (cutoff(n)) {
      skip(m, "ordinal", `a cutoff rank (前${n.text}名)`);
      continue;
    }
    if (listedWeekday(n)) {
      skip(m, "date", `a weekday in a list (周${n.text}周…)`);
      continue;
    }
    const node = processNode(n);
    if (node) {
      skip(m, "name", `chip process node (${n.text}${node})`);
      continue;
    }
    const name = nameReason(text, n, ctx, holds);
    if (name) {
      if (n.script !== "chinese") ctx.versions.add(n.text);
      skip(m, "name", name);
      continue;
    }
    readUnit(m, n, k);
    taken = perUnitEnd(m, k);
    if (rateBase(m, n)) skip(m, "name", `the base of a rate (${m.text})`);
    else if (k === perOnePrice && m.tag === "bare") {
      m.tag = "figure"; // 一吨也就8万: the price of the unit before it, its currency unsaid
      m.kind = "money";
    } else {
      const price = perOnePriceAt(m, n, k);
      if (price >= 0) {
        perOnePrice = price;
        skip(m, "name", `the unit a price or a yield is per (${m.text})`);
      }
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start); // a sort copies its array, even of one
  const joined = joinShares(
    text,
    joinRatios(text, joinIntervals(text, joinRangesAndLists(text, joinDurations(text, out)))),
  );
  classifyBare(text, joined, ctx);
  classifyPackages(text, joined);
  lendCurrency(text, joined);
  classifyLabelled(text, joined);
  classifyWeak(text, joined, ctx.times);
  classifyCorrected(text, joined);
  readSpeeds(text, joined);
  readPerUnits(text, joined);
  reachFigures(joined);
  return joined;

  /**
   * 大概下降了两成, 至少开窗通风3次: an adverb a short verb phrase before a figure with no bound of its own gives it
   * that bound (approx.yaml `reach`). No adverb reaches past another mention or a time, but for the number of a name
   * glued to its letters (大概是H100的六成: H100 names a chip).
   */
  function reachFigures(ms: Mention[]) {
    if (!ms.some((m) => m.tag === "figure" && m.approx === null)) return;
    const spans = [...ctx.times].sort((a, b) => a.start - b.start);
    let t = 0;
    let limit = 0; // the end of the last mention or time before the figure
    for (const m of ms) {
      while (t < spans.length && (spans[t] as Span).start < m.start) limit = Math.max(limit, (spans[t++] as Span).end);
      if (m.tag === "figure" && m.approx === null) {
        const hit = reachingAdverb(m.start, limit);
        if (hit) {
          m.approx = hit.info;
          m.bound = hit.word;
        }
      }
      if (m.tag !== "name" || !isLatin(text[m.start - 1])) limit = Math.max(limit, m.end);
    }
  }

  /** The reach adverb before pos, at most maxGap characters away and after `limit`, with nothing between that stops it. */
  function reachingAdverb(pos: number, limit: number): Entry<Approx> | null {
    let p = pos;
    while (p > limit && spaceAt(text, p - 1)) p--; // 大概处理了 20亿个
    for (let gap = 0; gap <= approxData.reach.maxGap && p > limit; gap++) {
      const adverb = reachAdverbs.before(text, p);
      if (adverb && p - adverb.word.length >= limit) {
        const start = p - adverb.word.length;
        return reachNotBefore.after(text, p) || reachNotWords.after(text, start) ? null : adverb;
      }
      const c = codeAt(text, p - 1);
      if (reachBreaks[c] === 1 || isSpaceCode(c) || reachStops.before(text, p)) return null;
      p--;
    }
    return null;
  }

  /** 2026款: a four-digit year right before a model-year word (false-figures.yaml modelYears). */
  function modelYear(n: NumeralMatch): boolean {
    const { min, max } = falseFigures.years;
    if (n.script !== "arabic" || n.value === null || !/^[0-9]{4}$/.test(n.text)) return false;
    return n.value >= min && n.value <= max && modelYears.after(text, n.end) !== null;
  }

  /** 2024赛季, 2024-25赛季, 2024/2025赛季, 2025届: a season or a class named by its years (false-figures.yaml seasonYears). */
  function seasonYear(n: NumeralMatch): boolean {
    const { min, max } = falseFigures.years;
    if (n.script !== "arabic") return false;
    const span = seasonSpan.exec(text.slice(n.start, n.start + 9));
    const first = Number(span?.[1]);
    if (!span || first < min || first > max) return false;
    const next = span[2];
    if (next && Number(next) % 100 !== (first + 1) % 100) return false;
    return seasonYears.after(text, n.start + span[0].length) !== null;
  }

  /** 前100名: a cutoff rank (false-figures.yaml cutoffs); not 目前100名. */
  function cutoff(n: NumeralMatch): boolean {
    if (!cutoffBefore.has(text[n.start - 1] ?? "") || cutoffNotAfter.has(text[n.start - 2] ?? "")) return false;
    return cutoffAfter.after(text, n.end) !== null;
  }

  /** 每周五周六: a day right after a week word and before another week word and day (false-figures.yaml weekdayLists). */
  function listedWeekday(n: NumeralMatch): boolean {
    if (!weekDays.has(n.text) || !weekWords.before(text, n.start)) return false;
    const next = weekWords.after(text, skipSpaces(text, n.end));
    return next !== null && weekDays.has(text.charAt(skipSpaces(text, n.end) + next.word.length));
  }

  /**
   * 三元 in a talk of batteries: a word of a topic idiom's group the talk is on that begins at the numeral and goes on
   * past it, no price word right after it (三元一斤) nor earlier in its clause (每公斤涨了三元).
   */
  function topicIdiom(n: NumeralMatch): boolean {
    if (!ctx.idiomTopics || ctx.idiomTopics.size === 0) return false;
    for (const k of ctx.idiomTopics) {
      const g = topicIdiomGroups[k];
      const w = g?.words.after(text, n.start);
      if (!g || !w || n.start + w.word.length <= n.end) continue;
      if (g.priceAfter.after(text, skipSpaces(text, n.start + w.word.length))) continue;
      let priced = false;
      for (let p = n.start; p > 0 && tableAt(clauseBreaks, text, p - 1) !== 1 && !priced; p--)
        priced = g.priceBefore.before(text, p) !== null;
      if (!priced) return true;
    }
    return false;
  }

  /**
   * 7纳米的良率, 3nm的话: a process node, the unit word when the number names one (false-figures.yaml processNodes).
   * A vague or teen number names nodes too, asked or unnamed (麒麟9000S用的是几纳米的工艺, 十几纳米的产线): no length
   * is told.
   */
  function processNode(n: NumeralMatch): string | null {
    const whole = n.value === null ? Number.isInteger(n.min) && Number.isInteger(n.max) : Number.isInteger(n.value);
    if (!whole) return null;
    const unit = wordAfter(nodeUnits, text, n.end, 1);
    if (!unit || afterWord(nodeNotAfter, n.start) || afterLinkedLength(n.start)) return null;
    return nodeAfter.after(text, unit.end) || holds(nodeContexts) ? unit.entry.word : null;
  }

  function skip(m: Mention, tag: Tag, reason: string) {
    m.tag = tag;
    m.reason = reason;
  }

  /** Whether the text holds a word of `lex`, read once per text and lexicon. */
  function holds(lex: Lexicon<true>): boolean {
    contextsHeld ??= new Map();
    let held = contextsHeld.get(lex);
    if (held === undefined) {
      held = lex.occursIn(text);
      contextsHeld.set(lex, held);
    }
    return held;
  }

  /**
   * 20多家, 200余名, 20多年: 多 or 余 between an Arabic number and its unit belongs to the numeral, as it does in
   * 二十多家 (the numeral reader leaves it to the words after the number: 100多 alone is 100 and the bound 多); so
   * does 来 after a round one (400来人, 30来块钱: about 400, as 四百来人).
   */
  function markedArabic(n: NumeralMatch): NumeralMatch {
    if (n.script !== "arabic" || n.approx !== null || n.value === null) return n;
    const about = n.text.endsWith("0") ? aboutSuffixAt(text, n.end) : 0; // 400来人, 30来块钱: round numbers only
    if (about > 0 && suffixes.after(text, n.end + about))
      return { ...n, end: n.end + about, text: text.slice(n.start, n.end + about), approx: "about" };
    const mark = approxAfter.after(text, n.end);
    if (mark?.word.length !== 1 || mark.info.approx !== "over" || !suffixes.after(text, n.end + 1)) return n;
    return { ...n, end: n.end + 1, text: text.slice(n.start, n.end + 1), approx: "over" };
  }

  /** The numeral run that starts at pos, among the runs after the k-th. */
  function runAt(k: number, pos: number): NumeralMatch | null {
    for (let j = k + 1; j < numerals.length; j++) {
      const r = numerals[j] as NumeralMatch;
      if (r.start >= pos) return r.start === pos ? r : null;
    }
    return null;
  }

  /**
   * The unit after a numeral, up to four spaces away and possibly spaced itself (六   个 百 分点). A numeral that
   * ends in the first character of a measure word gives that character to the unit: 12千米 is 12 km, 2.3千克 2.3 kg.
   */
  function unitAfter(
    n: NumeralMatch,
    lex = suffixes,
  ): { info: UnitInfo; end: number; numeralEnd: number; value: number | null; over?: boolean; sized?: boolean } | null {
    const last = n.end - 1;
    if (n.value !== null && n.text.length > 1) {
      const w = lex.after(text, last);
      // so does a scale letter that is also a unit letter (500M宽带: Mbps, no 500 million; its guards still judge)
      const letter = w?.word.length === 1 && isLatin(w.word);
      const head =
        w && (w.word.length > 1 || letter) && w.info.kind === "measure" ? parseNumeral(n.text.slice(0, -1)) : null;
      if (w && head?.value != null)
        return { info: w.info, end: last + w.word.length, numeralEnd: last, value: head.value };
    }
    const split = splitByOver(n.end, lex);
    if (split) return { info: split.info, end: split.end, numeralEnd: n.end, value: n.value, over: true };
    // a caption cut between a figure in digits and its unit (提高了25⏎倍): the unit opens the next caption line, and
    // the figure's text stays the digits (in subtitles a cue's number and times stand between them in the source)
    const cut = codeAt(text, n.end) === 10 && isArabicDigit(text.charCodeAt(n.end - 1));
    const near = wordAfter(lex, text, n.end);
    const next = near || !cut ? null : wordAfter(lex, text, n.end + 1);
    if (next) return { info: next.entry.info, end: n.end, numeralEnd: n.end, value: n.value };
    const w = near;
    if (w && spaceAt(text, n.end) && notUnitsAfterSpace.after(text, skipSpaces(text, n.end))) return null; // 12345 家长
    // 20个GW, 十几个 GW: a split counter before a unit in Latin letters is the unit's (the counter says nothing)
    const latin = w && tableAt(splitCounters, text, w.end - 1) === 1 ? wordAfter(lex, text, w.end) : null;
    // (5个 percentage points: a percent word in Latin letters too, one that needs no context: 30个bps is basis points
    // only in talk of rates, and where it is none the counter must stay the figure's unit)
    const latinInfo = latin?.entry.info;
    if (
      latin &&
      (latinInfo?.kind === "measure" || (latinInfo?.kind === "percent" && !latinInfo.contexts)) &&
      isLatin(text.charAt(skipSpaces(text, w?.end ?? 0)))
    )
      return { info: latin.entry.info, end: latin.end, numeralEnd: n.end, value: n.value };
    if (w) return { info: w.entry.info, end: w.end, numeralEnd: n.end, value: n.value };
    const sized = sizedCounter(n, lex);
    if (sized) return { info: sized.info, end: sized.end, numeralEnd: n.end, value: n.value, sized: true };
    const half = splitByHalf(n, lex);
    return half ? { info: half.info, end: half.end, numeralEnd: n.end, value: n.value } : null;
  }

  /**
   * 一盒有十二小袋, 切成八小块, 分成五大块: a size word (units.yaml `sizedCounters`) between a number and a counter, after
   * a verb of holding or dividing that ends right before the number; the unit is the counter's count reading (块 as a
   * piece, never yuan). 大 takes only verbs of dividing: 有三大运营商, 四大天王 and 三大块业务 name groups, no count.
   */
  function sizedCounter(n: NumeralMatch, lex: Lexicon<UnitInfo>): { info: UnitInfo; end: number } | null {
    const verbs = sizedVerbs.get(text.charAt(n.end));
    if (!verbs) return null;
    let p = n.start;
    while (p > 0 && spaceAt(text, p - 1)) p--;
    if (!verbs.before(text, p)) return null;
    const w = lex.after(text, n.end + 1);
    let info: UnitInfo | undefined = w?.info;
    while (info && info.kind !== "count") info = info.next;
    return w && info ? { info, end: n.end + 1 + w.word.length } : null;
  }

  /**
   * 三个半月, 两个半礼拜: a numeral that ends in a split counter and 半 (units.yaml splitCounters, halfAfterUnit) took
   * the counter from a unit word that begins with it (个月); the unit is that word's. 两个半小时 needs no split. In
   * captions spaces may stand around the 半 (两个 半 月).
   */
  function splitByHalf(n: NumeralMatch, lex: Lexicon<UnitInfo>): { info: UnitInfo; end: number } | null {
    let pos = n.end - 2;
    while (pos > n.start && spaceAt(text, pos)) pos--;
    if (pos <= n.start || !halfWords.has(text.charAt(n.end - 1)) || tableAt(splitCounters, text, pos) !== 1)
      return null;
    const from = pos < n.end - 2 ? skipSpaces(text, n.end) : n.end;
    const word = lex.after(text.charAt(pos) + text.slice(from, from + WINDOW), 0);
    if (!word || word.word.length < 2) return null;
    return { info: word.info, end: from + word.word.length - 1 };
  }

  /**
   * 两个多百分点, 三个多月, 一个多小时: 多 or 余 after a split counter (个: units.yaml splitCounters) splits a unit word
   * that begins with it; the figure is that unit's, and more (over).
   */
  function splitByOver(pos: number, lex: Lexicon<UnitInfo>): { info: UnitInfo; end: number } | null {
    if (tableAt(splitCounters, text, pos) !== 1) return null;
    const over = approxAfter.after(text, pos + 1);
    if (over?.word.length !== 1 || over.info.approx !== "over") return null;
    const word = lex.after(text.charAt(pos) + text.slice(pos + 2, pos + 2 + WINDOW), 0);
    if (!word || word.word.length < 2) return null;
    return { info: word.info, end: pos + 1 + word.word.length };
  }

  /**
   * Whether a clause ends at pos (the text's end, a punctuation mark, a space as subtitles write a comma; a caption
   * break is skipped, as captions break lines anywhere) or one of `words` stands there.
   */
  function clauseEndOr(words: Lexicon<true>, pos: number): boolean {
    let p = pos;
    let broken = false;
    while (p < text.length && (spaceAt(text, p) || codeAt(text, p) === 0x0a)) broken ||= codeAt(text, p++) === 0x0a;
    if (p >= text.length || (p > pos && !broken)) return true;
    return reachBreaks[codeAt(text, p)] === 1 || words.after(text, p) !== null;
  }

  /** Whether a numeral with a place starts at pos, a figure of its own and no jiao: 一块一百度的电池包 (一块五 is ¥1.5). */
  function placedAfter(pos: number): boolean {
    const after = numeralAt(text, pos);
    return after !== null && !isPlacelessChinese(after.text);
  }

  /** Whether a clock hour (a numeral and one of `words`, maybe 零 after it) ends before pos: 3点15分, 三点零五分. */
  function afterHour(words: Set<string>, pos: number): boolean {
    const p = text[pos - 1] === "零" || text[pos - 1] === "〇" ? pos - 2 : pos - 1;
    return words.has(text[p] ?? "") && isNumeralChar(text[p - 1] ?? "");
  }

  /** Whether the figure at pos follows a clock minute (a numeral and one of `minutes`) after a clock hour: 17点55分23秒. */
  function afterClockMinute(minutes: Set<string>, hours: Set<string>, pos: number): boolean {
    if (!minutes.has(text[pos - 1] ?? "")) return false;
    // back over the minute's numeral, which stops at the hour word (点 reads as a decimal point too: 三点五)
    let p = pos - 1;
    while (p > 0 && isNumeralChar(text[p - 1] ?? "") && !hours.has(text[p - 1] ?? "")) p--;
    return p < pos - 1 && afterHour(hours, p);
  }

  /**
   * Whether a unit word takes the figure: 成 not in 成功, 折 not in 折叠 and only for a discount (八折, 七五折), 平
   * not in 平均 nor after 2比 (a draw), 度 only where the sentence speaks of temperature, 块 not before a thing it
   * counts (一块屏幕) nor in 这一块 (see Guards).
   */
  function takes(info: UnitInfo, end: number, m: Mention, n: NumeralMatch): boolean {
    const except = info.exceptBefore?.after(text, end);
    if (info.notBefore?.after(text, end) && !except) return false;
    if (info.notBeforeModel && modelCode.test(text.slice(end, end + 6))) return false;
    if (info.notAfter?.has(text[n.start - 1] ?? "")) return false;
    if (opensRecord(text, end)) return false;
    if (info.notAfterWord && afterWord(info.notAfterWord, n.start)) return false;
    if (info.notAfterHour && afterHour(info.notAfterHour, n.start)) return false;
    if (info.clockMinute && info.notAfterHour && afterClockMinute(info.clockMinute, info.notAfterHour, n.start))
      return false;
    // a caption space may stand between the demonstrative and the figure (这 一块 "this area")
    const few = spaceAt(text, n.start - 1) && !spaceAt(text, n.start - 2) ? n.start - 2 : n.start - 1;
    if (info.notAfterFew?.has(text[few] ?? "") && (m.value ?? m.max ?? 10) < 10 && !fewPrice(info, few, end))
      return false;
    if (info.notBeforeFew?.after(text, skipSpaces(text, end)) && (m.value ?? m.max ?? 10) < 10) return false;
    if (underMin(info, m.value ?? m.min ?? 0)) return false;
    if (info.belowValue !== undefined && (m.value ?? m.max ?? 0) >= info.belowValue) return false;
    if (
      info.oneOnlyBefore &&
      n.single &&
      m.value === 1 &&
      (placedAfter(end) || !clauseEndOr(info.oneOnlyBefore, end))
    ) {
      const changed = info.oneLineEndAfter && afterWord(info.oneLineEndAfter, n.start);
      if (!changed || codeAt(text, skipSpaces(text, end)) !== 0x0a) return false;
    }
    if (
      info.onlyAfter &&
      !afterWord(info.onlyAfter, n.start) &&
      !(info.beatVerbs && afterBeat(info.beatVerbs, n.start)) &&
      !(info.comparisons && afterComparison(info.comparisons, n.start))
    )
      return false;
    if (info.notAfterWords && afterWord(info.notAfterWords, n.start)) return false;
    if (info.onlyBefore && !info.onlyBefore.after(text, end) && !linkedAfter(text, info, n.start)) return false;
    if (info.contexts && !holds(info.contexts) && !(info.orAfter && afterWord(info.orAfter, n.start))) return false;
    if (info.notContexts && holds(info.notContexts) && !(info.unlessContexts && holds(info.unlessContexts)))
      return false;
    if (!info.discount) return true;
    const hi = m.value ?? m.max ?? 0;
    const lo = m.value ?? m.min ?? 0;
    if (lo > 0 && hi < 10) return true;
    return m.value !== null && m.value > 10 && m.value < 100 && m.value % 10 !== 0 && twoDigits(n.text);
  }

  /** Whether a price goes on right after the word at end, after a character of `fewPrices` (去年的七块多, 现在的九块三). */
  function fewPrice(info: UnitInfo, few: number, end: number): boolean {
    const f = info.fewPrices;
    return f?.after.has(text[few] ?? "") === true && f.before.after(text, end) !== null && !idioms.after(text, end);
  }

  /** Whether a word of `lex` ends right before pos, or before the bound word there (高了八个点, 高了大概两个点). */
  /**
   * Whether a word of a length (`processNodes.notAfter`) stands before pos with one or two links between, after any
   * bound word (芯片的线宽是5纳米, 分辨率能到8纳米, 套刻精度在1纳米以内, DUV的波长是193纳米): a length measured, no node.
   * A link alone names none (中芯国际能做到7纳米 is a node).
   */
  function afterLinkedLength(pos: number): boolean {
    let p = pos;
    while (p > 0 && spaceAt(text, p - 1)) p--;
    p = boundBefore(text, p)?.start ?? p;
    for (let links = 0; links < 2; links++) {
      const link = nodeLinks.before(text, p);
      if (!link) return false;
      p -= link.word.length;
      while (p > 0 && spaceAt(text, p - 1)) p--;
      if (nodeNotAfter.before(text, p)) return true;
    }
    return false;
  }

  function afterWord(lex: Lexicon<true>, pos: number): boolean {
    let p = pos;
    while (p > 0 && spaceAt(text, p - 1)) p--;
    return lex.before(text, p) !== null || lex.before(text, boundBefore(text, p)?.start ?? p) !== null;
  }

  /**
   * Whether a verb of beating or trailing (跑赢, 高出) ends before pos or its bound word with at most `reach` Han
   * characters between, what was beaten (跑赢了基准五个多点, 高出同行大概三个点): the gap is the figure's.
   */
  function afterBeat(beat: { words: Lexicon<true>; reach: number }, pos: number): boolean {
    let p = boundBefore(text, pos)?.start ?? pos;
    while (p > 0 && spaceAt(text, p - 1)) p--;
    for (let gap = 0; gap <= beat.reach && p > 0; gap++, p--) {
      if (beat.words.before(text, p)) return true;
      const c = text.charAt(p - 1);
      if (!isHan(codeAt(text, p - 1)) || isNumeralChar(c)) return false;
    }
    return false;
  }

  /**
   * Whether a comparative (高, 低) ends before pos or its bound word, and before it, with at most `reach` Han
   * characters of what is compared between, a mark of comparison (比) that opens no other word (比较, 比如).
   */
  function afterComparison(
    c: { words: Lexicon<true>; marks: Lexicon<true>; notMarks: string[]; reach: number },
    pos: number,
  ): boolean {
    let p = boundBefore(text, pos)?.start ?? pos;
    while (p > 0 && spaceAt(text, p - 1)) p--;
    const word = c.words.before(text, p);
    if (!word) return false;
    p -= word.word.length;
    for (let gap = 0; gap <= c.reach && p > 0; gap++, p--) {
      const mark = c.marks.before(text, p);
      if (mark && !c.notMarks.some((w) => text.startsWith(w, p - mark.word.length))) return gap > 0;
      if (!isHan(codeAt(text, p - 1)) || isNumeralChar(text.charAt(p - 1))) return false;
    }
    return false;
  }

  /** Reads the symbol before, and the unit and bound after, a numeral. */
  function readUnit(m: Mention, n: NumeralMatch, k: number) {
    let kind: QuantityKind | null = n.percent ? "percent" : null;
    let unit: string | null = n.percent ? "%" : null;
    let numEnd = n.end;
    const symbol = symbols.before(text, n.start);
    if (symbol) {
      kind = "money";
      unit = symbol.info;
      m.start -= symbol.word.length;
    }
    let end = n.end;
    let suffix = kind === "percent" ? null : unitAfter(n);
    // the first reading of the word whose guards take the figure (块: yuan, else the counter)
    let info = suffix?.info;
    while (suffix && info && !takes(info, suffix.end, m, n)) info = info.next;
    if (suffix && !info && suffix.info.orShorter) {
      // 三个点要讲: 个点 refused, 个 is the unit
      suffix = unitAfter(n, shorterSuffixes);
      info = suffix?.info;
      while (suffix && info && !takes(info, suffix.end, m, n)) info = info.next;
    }
    if (suffix && !info && suffix.numeralEnd < n.end) {
      // 三千卡的集群: 千卡 refused, the numeral keeps its 千 and the word after it is read (卡, the cards)
      const w = wordAfter(suffixes, text, n.end);
      suffix = w ? { info: w.entry.info, end: w.end, numeralEnd: n.end, value: n.value } : null;
      info = suffix?.info;
      while (suffix && info && !takes(info, suffix.end, m, n)) info = info.next;
    }
    // 多 inside the unit word (两个多百分点) bounds the figure as it does inside a numeral (五百多)
    let numeralApprox = n.approx;
    let numeralText = n.end;
    if (suffix && info && !(kind === "money" && info.kind !== "count")) {
      m.sized = suffix.sized === true;
      if (suffix.over) {
        numeralApprox = "over";
        numeralText = n.end + 2;
      }
      if (kind !== "money" || info.kind === "money") {
        kind = info.kind;
        unit = info.unit;
      }
      end = suffix.end;
      numEnd = suffix.numeralEnd;
      if (suffix.value !== n.value) m.value = suffix.value;
      if (kind !== "count") {
        const half = halfAfter(m, end); // 一吨半, 三年半, 三成半
        // 两分半, 三分半: a half after 分 is a minute and a half (发车间隔两分半); half a point is said 7.5分, or after a
        // verb of giving a score (打八分半: units.yaml shortHalfNotAfter)
        const minute = half > end ? shortDurationWords.get(text.slice(numEnd, end)) : undefined;
        if (minute && !afterWord(minute.halfNotAfter, n.start)) {
          kind = "duration";
          unit = minute.unit;
        }
        end = half;
      }
      let factor = info.factor ?? 1;
      if (info.discount && (m.value ?? m.max ?? 0) < 10) factor = 10;
      if (factor !== 1) {
        scale(m, factor);
        m.factor = factor;
      }
      if (info.digitAfter) end = digitAfter(m, end, k); // 七成六
      if (info.fractionAfter) end = fractionAfter(m, end, k); // 47秒62
    }
    m.end = end;
    m.kind = kind ?? "count";
    m.unit = unit;
    m.numeralEnd = numEnd;
    if (m.kind === "money" && m.unit !== null) {
      const [subEnd, subWord] = readSubunits(m, k);
      m.end = subEnd;
      m.end = spokenSubunit(m, subEnd === end ? numEnd : subWord, k); // 3块5, 一块一毛五
      m.start = currencyBefore(m);
    } else if (m.kind === "measure" && m.unit !== null) {
      const [subEnd] = readSubunits(m, k); // 三斤一两 = 3.1 jin
      // 一米七: a height said with its tenths after the unit, as 三块五 is
      m.end = subEnd === end ? spokenSubunit(m, numEnd, k) : subEnd;
    }
    m.text = text.slice(m.start, m.end);
    if (!kind) m.tag = "bare"; // decided in classifyBare, once lists and ranges are joined
    // a duration refused because a term word follows (五年期LPR, 10年期国债) names the term: no figure, so a bound
    // before it (利率不超过一年期LPR) cannot make it one in classifyBare
    const termed = !kind && suffix && !info && suffix.info.kind === "duration" ? suffix : null;
    if (termed && termWords.after(text, termed.end) && !termed.info.exceptBefore?.after(text, termed.end)) {
      m.tag = "name";
      m.reason = "a term (五年期LPR, 10年期国债)";
    }
    // 翻了三倍, 增长约 8 倍: the strict reading adds one
    if (m.kind === "multiple" && m.value !== null) {
      let p = n.start;
      while (p > 0 && text[p - 1] === " ") p--;
      if (growthVerbs.before(text, p) || growthVerbs.before(text, p - 1)) m.ambiguous = [m.value + 1];
    }
    const tail = perDenominatorEnd(m, perUnitEnd(m, k));
    // the bound may stand before a per-unit base (一块二左右一斤): it is the price's all the same
    const bound =
      wordAfter(approxAfter, text, tail, 1) ??
      ledBound(tail) ??
      (tail > m.end ? wordAfter(approxAfter, text, m.end, 1) : null) ??
      // a scaled amount with no unit is pay or a price "from" it too (月薪30k起, 年薪五十万起): a bare 套餐300起 is not
      ((m.kind === "money" && m.unit !== null) ||
      (m.tag === "bare" && (scaleSuffix(n.text) !== "" || endsInLatinScale(n.text)))
        ? wordAfter(priceFrom, text, tail, 1)
        : null) ??
      (m.kind === "count" && m.unit !== null ? nounBound(tail) : null);
    const after =
      bound &&
      !differenceAt(bound.end) &&
      !approxAfterNot.after(text, bound.end - bound.entry.word.length) &&
      !sumPlus(bound, text) &&
      !boundsNext(bound)
        ? bound
        : null;
    const found = boundBefore(text, m.start) ?? scaleBound(n) ?? possessiveBound(text, m.start) ?? rateBound(m.start);
    // 过了两年: before a duration, time that passed, not more than it (approx.yaml elapsed); an about word before a
    // figure with a bound after it is the claim's hedge, the bound the figure's (估计在5000万元以上 → over)
    const hedge = found?.info.approx === "about" && after?.entry.info.side;
    const before = found && ((m.kind === "duration" && elapsed.has(found.word)) || hedge) ? null : found;
    const comparison = comparisonAround(m);
    if (before?.info.approx) {
      m.approx = before.info.approx;
      m.bound = before.word;
    } else if (comparison) {
      m.approx = comparison.info.approx;
      m.bound = comparison.word;
    } else if (after) {
      m.approx = after.entry.info.approx;
      m.bound = after.entry.word;
    } else if ((m.kind === "duration" || m.kind === "count") && nearlyAt(text, m.start)) {
      m.approx = "nearly"; // 快三年了
    } else if (
      (m.kind === "money" || m.kind === "count") &&
      !numeralApprox &&
      roundInWords(n.text) &&
      nearlyAt(text, m.start, roundNearly)
    ) {
      m.approx = "nearly"; // 花了小一万
    }
    if (numeralApprox && !m.approx) m.approx = numeralApprox;
    if (numeralApprox === "vague") m.approx = "vague";
    // the interval the bound words state
    if (before?.info.side) m.interval = sided(m, before.info, before.start, numEnd);
    else if (comparison) m.interval = sided(m, comparison.info, comparison.start, comparison.end);
    else if (after?.entry.info.side) m.interval = sided(m, after.entry.info, m.start, after.end);
    else if (numeralApprox === "over" && m.value !== null) {
      m.interval = sided(m, { approx: "over", side: "lower", open: true }, n.start, numeralText, "numeral"); // 五百多
    }
  }

  /**
   * The end of a price's per-unit phrase, a lone 一 and a measure or counter right after it (80美元一桶, 800元一吨),
   * or else the price's own end: the phrase is the price's, no figure of its own, and a bound word after it is the
   * price's (800元一吨上下). A number with no unit before such a phrase, or before 一 and a duration, is a price too
   * (8万一吨左右, 30万一年). Caption spaces may stand before the 一 (房租 两万 一个月, 门票 三百 一张). A measure
   * per one of land is a yield (一千二百斤一亩): the same.
   */
  function perUnitEnd(m: Mention, k: number): number {
    // a bare number with a bound of its own is no price per unit: 6万亿多一点 ("a bit over"); its own 多 before a
    // unit is (七万多一吨, 两万多一个月)
    const bare = m.tag === "bare" && (m.approx === null || (m.approx === "over" && !text.startsWith("一点", m.end)));
    // a yield is per one of land as a price is per one (一千二百斤一亩, 亩产一千斤左右一亩)
    const yielded = m.kind === "measure" && m.unit !== null;
    if (m.kind !== "money" && !bare && !yielded) return m.end;
    let one = m.end;
    // a bound word of the price may stand before its base (一块二左右一斤, 800元上下一吨): the base is still no figure;
    // before a number with no unit, only an about word and a measure or a duration (一万四左右一吨, 两万左右一个月;
    // not 6万亿多一点, 学生三百左右一个年级)
    const around = wordAfter(approxAfter, text, one, 1);
    const bound = bare && around?.entry.info.approx !== "about" ? null : around;
    const bounded = bound !== null && !approxAfterNot.after(text, bound.end - bound.entry.word.length);
    if (bounded) one = bound.end;
    while (one - m.end < 2 && spaceAt(text, one)) one++;
    if (text[one] !== "一") return m.end;
    // a phone line names no price (客服热线95555一天接听二十万通电话): its 一天 opens the next phrase
    if (bare && labelNumber(text, m)) return m.end;
    // the lone 一 right after the price (the numeral after the price's own, or after its spoken jiao: 两块五一斤)
    const next = runAt(k, one);
    const w = suffixes.after(text, one + 1);
    // the numeral may end in the first character of the unit (一千五 一千瓦: 一 and 千瓦, the base of a price per kW)
    if (!next || (next.end !== one + 1 && !(w && one + 1 + w.word.length > next.end))) return m.end;
    const kind = w?.info.kind;
    if (!w || !(kind === "measure" || kind === "count" || (m.unit === null && kind === "duration"))) return m.end;
    if (bare && bounded && kind === "count") return m.end;
    if (yielded && (kind !== "measure" || !yieldBases.has(w.info.unit ?? ""))) return m.end;
    // the one priced right after (用的是4090 一张一万多, 4090 一张要一万多): that is the price, the number before names
    // what is priced
    if (pricedOneAfter(k, one + 1 + w.word.length)) return m.end;
    if (bare) {
      // 8万一吨, 工资是30万一年: a number with no unit of its own before a per-unit phrase is a price, its currency
      // unsaid; per a duration only where the talk is of money or the number is a piece's price (销量是10万一个月
      // counts; 一杯卖二十八 一天… is a price)
      m.tag = "figure";
      const counts = kind === "duration" && !ctx.moneyTopic && !mentionsMoney(text) && !perPiece(text, m);
      m.kind = counts ? "count" : "money";
    }
    return one + 1 + w.word.length;
  }

  /**
   * Whether a numeral after numerals[k] starts at `pos`, spaces, a verb of selling (要) and an about word (大概)
   * between; a lone 一 opens another per-unit phrase (8万一吨 一吨…), no price.
   */
  function pricedOneAfter(k: number, pos: number): boolean {
    const next = runAt(k, pastPriceLinks(text, pos));
    return next !== null && next.text !== "一";
  }

  /**
   * 75微克每立方米左右, 33米/秒左右, 5元每公斤上下: a per marker and a unit word after a measure or a price with its
   * unit is the rate's denominator; a bound word after it is the figure's (units.yaml perMarkers). The end of the
   * denominator, or `end` where there is none.
   */
  function perDenominatorEnd(m: Mention, end: number): number {
    if (m.unit === null || (m.kind !== "measure" && m.kind !== "money") || end !== m.end) return end;
    const per = perMarkers.after(text, end);
    if (!per) return end;
    // a time of a speed too, which may be no unit word of its own (72 km/h左右: units.yaml speeds), or a base of
    // units.yaml perUnits (0.5mg/L以下)
    const at = end + per.word.length;
    const w = suffixes.after(text, at) ?? speedTimes.after(text, at) ?? perUnits.get(m.unit)?.after(text, at);
    return w ? end + per.word.length + w.word.length : end;
  }

  /**
   * 一吨也就8万, 一吨碳酸锂的成本是5万元, 一平米一年大概是1.5万元: a lone 一 with a measure unit that a price or a
   * number with no unit follows in its clause, past more such units (一年), is what the price is per (units.yaml
   * perOneBases). The index of that price's numeral, or -1: also after 了 (买了一吨花了8000元) and where no price follows.
   */
  function perOnePriceAt(m: Mention, n: NumeralMatch, k: number): number {
    // 挖一个比特币的成本是4万美元: one of a currency priced in another is the base too, as 一吨 is
    const money = m.kind === "money";
    if ((m.kind !== "measure" && !money) || n.script !== "chinese" || n.value !== 1 || n.end - n.start !== 1) return -1; // 1TB
    if (m.value !== 1) return -1; // 一米七: its spoken tenths make it a height, no base
    if (perOneNotAfter.before(text, n.start)) return -1;
    let p = m.end;
    for (let j = k + 1; j < numerals.length; j++) {
      const next = numerals[j] as NumeralMatch;
      for (; p < next.start; p++) if (clauseBreaks[codeAt(text, p)] === 1) return -1;
      // a unit its guard refuses is none (两万出头: 出 counts plays, not before 头)
      const word = suffixes.after(text, next.end);
      const at = next.end + (word?.word.length ?? 0);
      const refused = word?.info.notBefore?.after(text, at) && !word.info.exceptBefore?.after(text, at);
      const unit = refused ? null : word;
      // a base in a currency needs a price in another (一个比特币换四万五千美元), not a bare number or the same
      // nor one listed with it (奖励是一个比特币和五千美元: two amounts)
      if (money) {
        const between = text.slice(m.end, next.start);
        if (perOneMoneyNotBetween.some((w) => between.includes(w))) return -1;
        return unit?.info.kind === "money" && unit.info.unit !== m.unit ? j : -1;
      }
      if (!unit || unit.info.kind === "money") return j;
      // 一亩能产一千二百斤, 一吨矿石能出零点五吨铁: a yield per one, in another measure or the same
      const between = text.slice(m.end, next.start);
      if (unit.info.kind === "measure" && perOneYields.some((w) => between.includes(w))) return j;
      // 一勺大概二十克蛋白: a serving, what a figure in another measure is per
      if (unit.info.kind === "measure" && servingBases.has(m.unit ?? "") && unit.info.unit !== m.unit) return j;
      if (next.value !== 1 || next.end - next.start !== 1 || !perUnitKinds.has(unit.info.kind)) return -1;
      p = next.end + unit.word.length; // 一平米一年: a second unit the price is per
    }
    return -1;
  }

  /**
   * 百万工时事故率, 每十万人口发病率: a round number right after 每 or with no digit, a few Han characters before a
   * rate word, is the rate's base (units.yaml rateBases).
   */
  function rateBase(m: Mention, n: NumeralMatch): boolean {
    const v = m.value;
    if (v === null || v < 10 || m.approx !== null || 10 ** Math.round(Math.log10(v)) !== v) return false;
    if (!rateBaseBefore.before(text, n.start) && isDigitLike(n.text[0])) return false;
    const last = Math.min(text.length, m.end + units.rateBases.window);
    // spaces too, as captions split words (全市 百万吨 死亡率 是 0.05)
    for (let p = m.end; p < last && !rateNotThrough.has(text.charAt(p)); p++) {
      if (rateWords.has(text.charAt(p))) return true;
      if (!isHan(codeAt(text, p)) && !spaceAt(text, p)) break;
    }
    if (rateBaseBefore.before(text, n.start) === null) return false;
    // 孕产妇死亡率下降到每十万十五点一, 每十万 有十五个: a base said with no unit, a caption space maybe after it
    return ratedAfter(m.unit !== null ? m.end : skipSpaces(text, m.end));
  }

  /** A number (not 一) within ratedWindow Han characters after a base (每10股派息5元): the figure said per it. */
  function ratedAfter(end: number): boolean {
    const last = Math.min(text.length, end + units.rateBases.ratedWindow + 1);
    for (let p = end; p < last && !rateNotThrough.has(text.charAt(p)); p++) {
      const c = text.charAt(p);
      if (c !== "一" && c !== "." && isNumeralChar(c)) return true;
      if (!isHan(codeAt(text, p))) return false;
    }
    return false;
  }

  /**
   * A bound word that may stand on either side of a figure (不到) and has a numeral right after it bounds that figure,
   * not the one before: in 客户投诉一年不到十起 and 一年都不到三千万, 不到 is 十起's and 三千万's, and 一年 is no
   * "under a year".
   */
  function boundsNext(bound: NonNullable<ReturnType<typeof wordAfter<BoundInfo>>>): boolean {
    const word = bound.entry.word;
    const start = bound.end - word.length;
    if (approxBefore.after(text, start)?.word !== word) return false;
    if (numeralAt(text, skipSpaces(text, bound.end)) !== null) return true;
    // 十万元 不到原来的三分之一: it opens a possessive phrase and bounds the figure after it (approx.yaml possessive)
    const last = Math.min(text.length, bound.end + approxData.possessive.maxReach + 1);
    for (let p = bound.end; p < last && isHan(codeAt(text, p)); p++) {
      if (!possessiveMarks.has(text.charAt(p))) continue;
      const q = skipSpaces(text, p + 1);
      return numeralAt(text, q) !== null && possessiveBound(text, q)?.start === start;
    }
    return false;
  }

  /** 千分之三都不到, 一年还不到: a bound word after a figure with an adverb between (approx.yaml afterLeads). */
  function ledBound(pos: number): ReturnType<typeof wordAfter<BoundInfo>> {
    const lead = afterLeadAdverbs.after(text, pos);
    const entry = lead ? approxAfter.after(text, pos + lead.word.length) : null;
    if (!entry || !afterLeadWords.has(entry.word)) return null;
    return { entry, end: pos + (lead?.word.length ?? 0) + entry.word.length };
  }

  /**
   * 四十家影院左右, 五十家店以上: a bound word after a counter's short noun, ending its clause (approx.yaml nounBounds);
   * 三家公司左右了市场 goes on, a verb.
   */
  function nounBound(pos: number): ReturnType<typeof wordAfter<BoundInfo>> {
    for (let q = pos + 1; q - pos <= approxData.nounBounds.reach; q++) {
      if (!isHan(codeAt(text, q - 1)) || isNumeralChar(text.charAt(q - 1))) return null;
      const entry = approxAfter.after(text, q);
      const end = q + (entry?.word.length ?? 0);
      if (entry && nounBoundWords.has(entry.word) && (!isHan(codeAt(text, end)) || nounBoundParticles.after(text, end)))
        return { entry, end };
    }
    return null;
  }

  /** 超过每秒25米: a bound word before a rate base right before the figure (approx.yaml rateBases). */
  function rateBound(pos: number): ReturnType<typeof boundBefore> {
    const p = spaceAt(text, pos - 1) ? pos - 1 : pos;
    const base = boundRateBases.before(text, p);
    return base ? boundBefore(text, p - base.word.length) : null;
  }

  /** 过 right before a figure that opens with a bare scale (月收入过万, 能过百亿): an open lower bound (approx.yaml). */
  function scaleBound(n: NumeralMatch): ReturnType<typeof boundBefore> {
    const word = isBareScale(n.text.charAt(0)) ? scaleBoundWords.before(text, n.start) : null;
    if (!word || notBounds.before(text, n.start)?.info) return null; // 经过百年, 度过千年
    return { info: { approx: "over", side: "lower", open: true }, word: word.word, start: n.start - word.word.length };
  }

  /** The interval of one bound word: 大于20 → (20,), 最多为5 → (,5], 等于1535 → [1535,1535]. */
  function sided(m: Mention, b: BoundInfo, start: number, end: number, source: Interval["source"] = "bound"): Interval {
    const lower = b.side !== "upper";
    const upper = b.side !== "lower";
    return {
      start,
      end,
      text: text.slice(start, end),
      min: lower ? (m.value ?? m.min) : null,
      max: upper ? (m.value ?? m.max) : null,
      minOpen: lower ? b.side === "lower" && b.open : null,
      maxOpen: upper ? b.side === "upper" && b.open : null,
      source,
    };
  }

  /** 比三十大, 比 170 低: 比 right before the figure and a comparing word right after it (and its unit). */
  function comparisonAround(m: Mention): { info: BoundInfo; word: string; start: number; end: number } | null {
    let p = m.start;
    if (spaceAt(text, p - 1)) p--;
    // 没有八千万那么多: a denied comparison, less than the figure
    const denied = deniedBefore.before(text, p);
    const pre = comparisonBefore.before(text, p) ?? denied;
    if (!pre) return null;
    const post = wordAfter(pre === denied ? deniedAfter : comparisonAfter, text, m.end, 1);
    if (!post || (pre !== denied && differenceAt(post.end))) return null;
    return { info: post.entry.info, word: `${pre.word}…${post.entry.word}`, start: p - pre.word.length, end: post.end };
  }

  /**
   * 了 and a figure right after a 多 or 少 (比二期多了一千多亿, 二期多了一千): the figure after is the difference, so
   * the word is a comparative ("more by"), no bound of the figure before it (一年多了 stays over).
   */
  function differenceAt(end: number): boolean {
    return text[end] === "了" && numerals.some((r) => r.start === end + 1);
  }

  /** 半 after a unit adds a half: 一吨半 = 1.5, 三年半 = 3.5 (not 半导体, 半天; see halfAfterUnit). */
  function halfAfter(m: Mention, end: number): number {
    if (m.value === null || !halfWords.has(text[end] ?? "") || halfNotBefore.has(text[end + 1] ?? "")) return end;
    m.value += 0.5;
    return end + 1;
  }

  /** One digit after 成 (and a space): 七成六 = 76%, 七成 六; 半 after it: 三成半 = 35%. Not 三成五个人, 一成一样. */
  function digitAfter(m: Mention, end: number, k: number): number {
    if (m.value === null) return end;
    const p = spaceAt(text, end) ? end + 1 : end;
    const ch = text[p] ?? "";
    if (halfWords.has(ch) && !halfNotBefore.has(text[p + 1] ?? "")) {
      m.value += 5;
      return p + 1;
    }
    // the next numeral run is that one digit alone (not 七成六十, 三成五个人, 一成一样)
    const d = runAt(k, p);
    // 一成几 is an unknown digit after it, as 十几 is: 11–19% (几乎 is no numeral run)
    if (d && d.value === null && d.approx === "vague" && d.min === 2 && d.max === 9 && d.start === p) {
      if (suffixes.after(text, d.end) || !Number.isInteger(m.value)) return end;
      [m.min, m.max, m.value] = [m.value + 1, m.value + 9, null];
      return d.end;
    }
    if (d?.value == null || d.end !== p + 1 || d.script !== "chinese" || d.value < 1 || d.value > 9) return end;
    if (!Number.isInteger(d.value) || suffixes.after(text, p + 1) || idioms.after(text, p)) return end;
    m.value += d.value;
    return p + 1;
  }

  /**
   * 47秒62 = 47.62 s, 9秒83 = 9.83 s (a race time): one or two Arabic digits right after the unit word are the
   * fraction of a whole figure, where nothing follows them that makes them a figure of their own (10秒3次, 30秒15分,
   * 5秒 62, 30秒1.5).
   */
  function fractionAfter(m: Mention, end: number, k: number): number {
    if (m.value === null || !Number.isInteger(m.value) || m.min !== null || m.max !== null) return end;
    const d = runAt(k, end);
    if (d?.value == null || d.script !== "arabic" || d.end - end > 2 || d.end - end !== d.text.length) return end;
    const next = text.charAt(d.end);
    if (isNumeralChar(next) || isDigitLike(next) || isLatin(next) || suffixes.after(text, d.end)) return end;
    // by value, not by text: full-width digits (9秒８３) do not parse as a number
    m.value = Number((m.value + d.value / 10 ** d.text.length).toPrecision(15));
    return d.end;
  }

  /**
   * 五元三毛 = 5.3, 50元6角三分 = 50.63, 两美元又三美分 = 2.03, 三斤一两 = 3.1: smaller units of the same unit after it. The end, and
   * where the last subunit word read starts (its spoken digit may follow: 一块一毛五 = 1.15).
   */
  function readSubunits(m: Mention, k: number): [number, number] {
    let end = m.end;
    let word = end;
    for (let parts = 0; parts < 3 && m.value !== null; parts++) {
      let p = text[end] === "又" || text[end] === "零" ? end + 1 : end;
      // 一斤 二两: one caption space or line break between two Han characters may split a figure from its subunit
      // (a subunit word must still follow: 一斤 二十块 stays apart)
      const white = spaceAt(text, end) || codeAt(text, end) === 0x0a;
      if (p === end && white && isHan(codeAt(text, end - 1)) && isHan(codeAt(text, end + 1))) p = end + 1;
      let run = runAt(k, p);
      // 三斤一两: the numerals read 一两 as "one or two"; its 两 is the subunit of the one before it
      const pairSub = run?.value === null && run.text.length === 2 ? subunits.after(text, run.end - 1) : null;
      if (run && pairSub && pairSub.word.length === 1)
        run = { ...run, value: parseNumeral(run.text[0] ?? "")?.value ?? null, end: run.end - 1 };
      if (!run || run.value === null) break;
      const sub = subunits.after(text, run.end);
      if (!sub || sub.info.unit !== m.unit || sub.info.notBefore.has(text[run.end + sub.word.length] ?? "")) break;
      m.value = Number((m.value + run.value * sub.info.factor).toPrecision(15));
      word = run.end;
      end = run.end + sub.word.length;
    }
    return [end, word];
  }

  /**
   * 3块5, 三块五 = 3.5, 一块一毛五 = 1.15: one digit right after a spoken currency word (from `word` to the mention's
   * end) is its subunit (units.yaml `spokenSubunits`), where nothing follows the digit that makes it a figure of its own
   * (3块5个, 3块50, 3块5万, 3块 5个 stay apart).
   */
  function spokenSubunit(m: Mention, word: number, k: number): number {
    const sub = spokenSubunits.get(text.slice(word, m.end));
    if (!sub || sub.unit !== m.unit || m.value === null) return m.end;
    // 两块 八 一斤: one caption space between Chinese characters may stand before the digit and after it
    const gap = spaceAt(text, m.end) && isHan(codeAt(text, m.end - 1)) && isHan(codeAt(text, m.end + 1)) ? 1 : 0;
    let d: { value: number | null; end: number; text?: string } | null = runAt(k, m.end + gap);
    // 一米七五, 1米75: two digits where the unit allows a second (units.yaml secondDigit), the first its tenths
    // (not where the second is the lone 一 of another height: 一米八一米九 is 1.8 m and 1.9 m)
    const nextBase = text.charAt(m.end + gap + 1) === "一" && perUnitBase(text, m.end + gap + 2);
    const pair =
      sub.secondDigit && d && !nextBase ? tenthsAndHundredths(text.slice(m.end + gap, m.end + gap + 2)) : null;
    // 一块零五, 1块05 = 1.05: 零 (or 0) holds the tenths' place, so the one digit after it is the hundredths
    // (the numerals read 零 apart from the digit after it; 05 as one run)
    const afterZero = !pair && d && (d.text === "零" || d.text === "〇") ? runAt(k, d.end) : null;
    if (afterZero) d = afterZero;
    const zeroed = afterZero !== null || (!pair && d?.text?.length === 2 && "0０".includes(d.text.charAt(0)));
    const width = zeroed ? 2 : 1;
    const factor = zeroed ? sub.factor / 10 : sub.factor;
    if (pair) d = { value: pair, end: m.end + gap + 2 };
    else if (
      d?.value == null ||
      d.end !== m.end + gap + width ||
      !Number.isInteger(d.value) ||
      d.value < 1 ||
      d.value > 9
    )
      return m.end;
    if (d?.value == null) return m.end;
    const after = gap === 1 && spaceAt(text, d.end) && isHan(codeAt(text, d.end + 1)) ? d.end + 1 : d.end;
    const next = text.charAt(after);
    // a lone 一 with a unit after it is the base of a price per unit (两块五一斤), not a numeral going on
    const one = runAt(k, after);
    const perOne = one?.end === after + 1 && one.value === 1 && perUnitBase(text, one.end);
    // a unit its guard refuses is none: 9块9包邮 is 9.9 (包 of 包邮 "free shipping" counts no packs), 3块5包 stays apart
    const unit = suffixes.after(text, after);
    const at = after + (unit?.word.length ?? 0);
    const refused = unit?.info.notBefore?.after(text, at) && !unit.info.exceptBefore?.after(text, at);
    // 三块五美金: 块 counts dollars too, so another currency named right after the digit is the figure's unit
    const other =
      m.kind === "money" &&
      unit &&
      !refused &&
      unit.info.kind === "money" &&
      !unit.info.factor &&
      unit.info.unit !== m.unit;
    const currency = other && unit.info.unit !== null ? unit.info.unit : null;
    if (!perOne && !currency && (isNumeralChar(next) || isDigitLike(next) || isLatin(next) || (unit && !refused)))
      return m.end;
    if (idioms.after(text, m.end + gap)) return m.end;
    m.value = Number((m.value + d.value * factor).toPrecision(15));
    if (!currency) return d.end;
    m.unit = currency;
    return at;
  }

  /** 七五 = 7.5, 75 = 7.5: two single digits, the first 1–9, read as tenths and hundredths; else null. */
  function tenthsAndHundredths(s: string): number | null {
    const a = parseNumeral(s.charAt(0))?.value;
    const b = parseNumeral(s.charAt(1))?.value;
    if (a == null || b == null || !Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a > 9 || b < 0 || b > 9)
      return null;
    return a + b / 10;
  }

  /**
   * 人民币 50元: the currency named before the figure too (up to two spaces before it) belongs to the mention. Before
   * a figure in plain 元 another currency's name gives the unit (新台幣185億元, 港幣5億元 are not yuan).
   */
  function currencyBefore(m: Mention): number {
    let p = m.start;
    while (p > m.start - MAX_GAP && spaceAt(text, p - 1)) p--;
    const name = currencyNames.before(text, p);
    // 人民币5美元 ends in 元 too, but in 美元: only a figure read as plain yuan takes the name's currency
    const plainYuan = m.unit === genericYuan.unit && genericYuan.words.some((w) => text.endsWith(w, m.end));
    if (!name || name.word.length < 2) {
      // no currency named: plain 元 is the document's (營收120億元 in a text from Taiwan is TWD, not CNY)
      if (plainYuan && ctx.yuan) m.unit = ctx.yuan;
      return m.start;
    }
    if (plainYuan && name.info !== m.unit) m.unit = name.info;
    return name.info === m.unit ? p - name.word.length : m.start;
  }
}

/** Two digits and nothing else, as 折 takes them: 75, 三八, 九 九. */
function twoDigits(numeral: string): boolean {
  const digits = [...numeral.replace(/\s/g, "")];
  return (
    digits.length === 2 &&
    digits.every((d) => {
      const v = parseNumeral(d)?.value;
      return v != null && Number.isInteger(v) && v >= 0 && v <= 9;
    })
  );
}

function scale(m: Mention, factor: number) {
  const times = (x: number | null) => (x === null ? null : Number((x * factor).toPrecision(15)));
  m.value = times(m.value);
  m.min = times(m.min);
  m.max = times(m.max);
}

/**
 * 1小时30分钟, 两小时零五分钟, 3分20秒, 2小时08分, 1年零3个月: a duration followed at once (or after 零, 又) by one in the next
 * smaller unit, less than one of the larger, is one duration (units.yaml `parts`): 1.5 hour, as 一个半小时 is; in the
 * smaller unit where the larger would need more than two decimals (一个小时二十分钟 = 80 minute).
 */
function joinDurations(text: string, ms: Mention[]): Mention[] {
  if (ms.length < 2) return ms; // most sentences: nothing to join
  const merged = new Set<Mention>();
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as Mention;
    if (a.tag !== "figure" || a.value === null) continue;
    // 3分20秒: 分 is points (考了90分) but for the seconds right after it
    const short = a.kind === "duration" ? undefined : shortDurationWords.get(text.slice(numeralEnd(a), a.end));
    const first = a.kind === "duration" ? a.unit : short?.notAfter.has(text.charAt(a.start - 1)) ? null : short?.unit;
    if (!first) continue;
    let unit = first;
    let total = a.value; // in `unit`
    let per = 1; // how many of `unit` make one of `first`
    let last = a;
    let j = i + 1;
    for (let parts = durationParts.get(unit); parts; parts = durationParts.get(unit)) {
      // 两小时零五分钟: the 零 between is a mention of its own
      const link = durationLinks.has(ms[j]?.text ?? "") && ms[j]?.start === last.end ? ms[j] : undefined;
      const b = ms[link ? j + 1 : j];
      if (b === undefined || b.value === null) break;
      // 一小时五十, 三小时四十, 配速五分三十: a number with no unit of its own right after hours or minutes is their
      // minutes or seconds, as a clock's are said; not after 每 nor where the sentence speaks of fees (停车费一小时五十
      // is fifty an hour), and after one minute only with a unit (心率一分钟五十 is a rate)
      const bare =
        parts.count === 60 &&
        b.unit === null &&
        numeralEnd(b) === b.end &&
        b.start === last.end &&
        Number.isInteger(b.value) &&
        text[a.start - 1] !== "每" &&
        !(unit === "minute" && last.value === 1) &&
        !holdsFee(text);
      if (b.tag !== "figure" && !(b.tag === "bare" && bare)) break;
      // 2小时08分: right after an hour, 分 is its minutes (the short word of the part's unit), as 分钟 is
      const short =
        bare ||
        (b.kind !== "duration" && shortDurationWords.get(text.slice(numeralEnd(b), b.end))?.unit === parts.unit);
      if (!short && (b.kind !== "duration" || b.unit !== parts.unit)) break;
      if (b.value >= parts.count || b.start < last.end || (last.approx ?? b.approx) !== (b.approx ?? last.approx))
        break;
      const gap = text.slice(last.end, b.start);
      const linked = durationLinks.has(gap) || (gap === "" && durationLinks.has(b.text.charAt(0))); // 零3个月
      // a link is needed only after one of the larger unit (一年6个月 may be six months of every year): 三年六个月 is one
      if (!(linked || (gap === "" && (!parts.linked || last.value !== 1)))) break;
      if (link) merged.add(link);
      merged.add(last);
      if (short) Object.assign(b, { kind: "duration", unit: parts.unit });
      if (bare) Object.assign(b, { tag: "figure", reason: null });
      b.approx = b.approx ?? last.approx;
      b.bound = b.bound ?? last.bound;
      total = total * parts.count + b.value;
      per *= parts.count;
      unit = parts.unit;
      last = b;
      j = link ? j + 2 : j + 1;
    }
    if (last === a) continue;
    const hundredths = Number(((total * 100) / per).toPrecision(12));
    const exact = Number.isInteger(hundredths);
    Object.assign(last, {
      value: exact ? hundredths / 100 : Number(total.toPrecision(15)),
      unit: exact ? first : unit,
      start: a.start,
      single: false,
      interval: undefined,
    });
    last.text = text.slice(last.start, last.end);
    i = j - 1; // the whole duration: 1小时30分钟20秒 joins no further
  }
  return merged.size === 0 ? ms : ms.filter((m) => !merged.has(m));
}

/**
 * 六到八周, 70%-74% and 20 - 100 are one range; 位于20和30之间 and 10000与20000间 too; 10倍、100倍 and 3、4、5个 are
 * lists sharing the last unit.
 */
function joinRangesAndLists(text: string, ms: Mention[]): Mention[] {
  if (ms.length < 2) return ms; // most sentences: nothing to join
  const between = (a: Mention, b: Mention) =>
    b.start >= a.end && b.start - a.end <= 4 ? text.slice(a.end, b.start) : null;
  const open = (m: Mention) => m.tag === "figure" || m.tag === "bare";
  const merged = new Set<Mention>();
  // the pairs of neighbours that may be items of a list: 、 or 和 between, or nothing but a space (几十亿 几百亿
  // 几千亿美金, as amounts are said one after another)
  const lists: [Mention, Mention, string][] = [];
  const listed = (gap: string) => listJoiners.has(gap) || gap.trim() === "";
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as Mention;
    const b = ms[i + 1] as Mention;
    const gap = between(a, b);
    if (gap !== null && a.tag === "ordinal" && open(b) && rangeJoiners.has(gap.trim())) {
      // 第3到5名, 第3-5名: the upper end of a range of ranks is a rank too
      b.tag = "ordinal";
      b.reason = "ordinal range (第3到5名)";
      continue;
    }
    if (gap === null || !open(a) || !open(b)) continue;
    if (vagueRange(text, a, b, gap)) {
      merged.add(a); // 几千到几万, 三千到几万, 几十到几百人: one vague range
      continue;
    }
    if (a.value === null || b.value === null) {
      if (listed(gap)) lists.push([a, b, gap]); // 几十亿、几百亿美元
      continue;
    }
    const joiner = gap.trim();
    if (rangeJoiners.has(joiner) || listJoiners.has(gap)) {
      lendPercentSign(a, b); // 百分之十到二十, 百分之十和二十
      lendPoints(text, a, b); // 二十个点到三十个点
    }
    const closing = betweenJoiners.has(joiner) ? wordAfter(betweenAfter, text, b.end, 1) : null;
    if (
      (rangeJoiners.has(joiner) || closing) &&
      (a.unit === null || a.unit === b.unit) &&
      // 翻一番 到八十万片, 涨了两倍到300亿: a multiple then 到 is the growth and where it ends, two figures
      (a.kind !== "multiple" || b.kind === "multiple") &&
      (b.tag !== "bare" || a.tag === "bare" || pricedPerOne(a))
    ) {
      const lower = rangeLower(a, b);
      if (lower === null) continue;
      if (dashes.test(joiner) && (chained(text, a.start - 1, a.start - 2) || chained(text, b.end, b.end + 1))) continue;
      if (dashes.test(joiner)) b.symbolRange = true;
      // 位于20和30之间: the word before the first figure and the one after the second belong to the interval
      const opening = closing ? betweenBefore.before(text, spaceAt(text, a.start - 1) ? a.start - 1 : a.start) : null;
      const from = opening ? text.lastIndexOf(opening.word, a.start) : a.start;
      const to = closing ? closing.end : numeralEnd(b);
      b.interval = {
        start: from,
        end: to,
        text: text.slice(from, to),
        min: lower,
        max: b.value,
        minOpen: null,
        maxOpen: null,
        source: "range",
      };
      b.min = lower;
      b.max = b.value;
      b.value = null;
      b.start = a.start;
      b.text = text.slice(b.start, b.end);
      b.approx = b.approx ?? a.approx;
      b.single = false;
      if (b.tag === "bare") Object.assign(b, { tag: a.tag, kind: a.kind }); // 一亩是六百到八百: both ends the price
      merged.add(a);
    } else if (
      gap === "" &&
      approxAfter.before(a.numeral, a.numeral.length)?.info.approx === "over" &&
      a.unit === null &&
      scaleSuffix(b.numeral) !== "" &&
      scaleSuffix(a.numeral) === ""
    ) {
      // 六十多70亿, 七十多80亿: a spoken estimate corrected upwards, one range in the upper end's scale
      const lower = lowerEnd(a, b);
      if (lower === null || lower >= b.value) continue;
      Object.assign(b, { min: lower, max: b.value, value: null, start: a.start, approx: "about", single: false });
      b.text = text.slice(b.start, b.end);
      b.interval = undefined;
      merged.add(a);
    } else if (listed(gap)) lists.push([a, b, gap]);
  }
  // each item takes the unit of the one after it, from the last on, so that the unit reaches the first item:
  // 三十、四十、五十公里; an amount with no unit of its own before one of money is money too (几十亿、几百亿美元), and
  // with a space alone between, a vague one (几十亿 几百亿美金; not 用户两千万 五十亿美元)
  for (let k = lists.length - 1; k >= 0; k--) {
    const [a, b, gap] = lists[k] as [Mention, Mention, string];
    if (b.tag !== "figure" || merged.has(b) || merged.has(a)) continue;
    const amount = b.kind === "money" && scaledAmount(a);
    const joined = listJoiners.has(gap);
    if (!(joined && (a.tag === "bare" || sharesCounter(text, a, b) || amount)) && !(amount && a.approx === "vague"))
      continue;
    a.kind = b.kind;
    a.unit = b.unit;
    a.tag = "figure";
  }
  return ms.filter((m) => !merged.has(m));
}

/** A figure in 万 or 亿 with no unit of its own, counted or money by the talk: 几十亿, 两个多亿. */
function scaledAmount(m: Mention): boolean {
  return (
    (m.tag === "figure" || m.tag === "bare") &&
    m.unit === null &&
    (m.kind === "count" || m.kind === "money") &&
    isBareScale(m.numeral.charAt(m.numeral.length - 1))
  );
}

/**
 * Whether a to b, joined by 到 or 至 with an end of only its order of magnitude known (几千到几万, 三千到几万,
 * 几十到几百人), is one vague range from a's least to b's most; b takes it. Not where a's ends reach b's (几万到三万).
 */
function vagueRange(text: string, a: Mention, b: Mention, gap: string): boolean {
  if (a.approx !== "vague" && b.approx !== "vague") return false;
  if (!rangeJoiners.has(gap.trim()) || (a.unit !== null && a.unit !== b.unit) || a.kind === "multiple") return false;
  if (b.tag === "bare" && a.tag !== "bare") return false;
  const low = a.value ?? a.min;
  const high = b.value ?? b.max;
  const aTop = a.value ?? a.max;
  const bBottom = b.value ?? b.min;
  if (low === null || high === null || aTop === null || bBottom === null || aTop >= bBottom) return false;
  Object.assign(b, { min: low, max: high, value: null, start: a.start, approx: "vague", single: false });
  b.text = text.slice(b.start, b.end);
  b.interval = undefined;
  if (b.tag === "bare") Object.assign(b, { tag: a.tag, kind: a.kind });
  return true;
}

/** A bare number already read as a price per a unit before it (地租一亩是六百到八百, 一吨也就8万): money, its currency unsaid. */
const pricedPerOne = (m: Mention) => m.tag === "figure" && m.kind === "money" && m.unit === null;

/**
 * 0.7个和0.5个百分点, 3个和5个月: a figure whose unit is only a counter (个) that the next figure's unit word begins
 * with shares that unit. Not 3个人和5个百分点 (个人 is a unit of its own).
 */
function sharesCounter(text: string, a: Mention, b: Mention): boolean {
  if (a.tag !== "figure" || a.kind !== "count" || a.unit === null) return false;
  const word = text.slice(numeralEnd(b), b.end).trimStart();
  return word.length > a.unit.length && word.startsWith(a.unit);
}

/**
 * A lower and an upper bound next to each other are one interval (either order): 大于二十的同时小于等于三十五 →
 * (20,35], 最多100最少20 → [20,100], 1000以上， 1500以下 → (1000,1500). Not when the lower bound is not below the
 * upper one (大于50小于12 are two conditions) or when other words stand between them (x大于10且y小于20).
 */
function joinIntervals(text: string, ms: Mention[]): Mention[] {
  if (ms.length < 2) return ms; // most sentences: nothing to join
  const open = (m: Mention) => m.tag === "figure" || m.tag === "bare";
  const lowerOnly = (v?: Interval) => v?.source === "bound" && v.min !== null && v.max === null;
  const upperOnly = (v?: Interval) => v?.source === "bound" && v.max !== null && v.min === null;
  const merged = new Set<Mention>();
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as Mention;
    const b = ms[i + 1] as Mention;
    const ia = a.interval;
    const ib = b.interval;
    if (!ia || !ib || merged.has(a) || !open(a) || !open(b) || ib.start < ia.end) continue;
    const [lower, upper] = lowerOnly(ia) && upperOnly(ib) ? [ia, ib] : upperOnly(ia) && lowerOnly(ib) ? [ib, ia] : [];
    if (!lower || !upper || lower.min === null || upper.max === null || lower.min >= upper.max) continue;
    if (!intervalJoiners.has(text.slice(ia.end, ib.start).trim())) continue;
    if (a.unit !== null && b.unit !== null && a.unit !== b.unit) continue;
    b.interval = {
      start: ia.start,
      end: ib.end,
      text: text.slice(ia.start, ib.end),
      min: lower.min,
      max: upper.max,
      minOpen: lower.minOpen,
      maxOpen: upper.maxOpen,
      source: "bound",
    };
    // one phrase with its bound words, as 六到八周 is one: 大于二十的同时小于等于三十五
    Object.assign(b, { value: null, min: lower.min, max: upper.max, approx: null, single: false });
    Object.assign(b, { start: Math.min(a.start, ia.start), end: Math.max(b.end, ib.end) });
    if (b.kind === "count" && b.unit === null) Object.assign(b, { kind: a.kind, unit: a.unit });
    if (a.tag === "figure") b.tag = "figure";
    b.bound = a.bound ?? b.bound;
    b.text = text.slice(b.start, b.end);
    merged.add(a);
  }
  return ms.filter((m) => !merged.has(m));
}

/**
 * The lower end of a range a to b below b's value, or null: with b's scale lent (三到五万, 两千到三千万), else, where that
 * passes b and a has places of its own, a as said (三千到一万, 八千到两万之间: no 3000万 to 1万).
 */
function rangeLower(a: Mention, b: Mention): number | null {
  const lower = lowerEnd(a, b);
  if (b.value === null || lower === null) return null;
  if (lower < b.value) return lower;
  return a.value !== null && a.value >= 10 && a.value < b.value ? a.value : null;
}

/**
 * The lower end of a range, lent the upper end's scale when it has none (1.4到1.6万亿 → 1.4万亿), or the factor of
 * its percent word (三到四成 → 30, 六到八折 → 60, 3到5‰ → 0.3).
 */
function lowerEnd(a: Mention, b: Mention): number | null {
  // a spoken shorthand holds its own scale (一万八到两万 is 18000 to 20000, not 一万八万)
  if (
    scaleSuffix(a.numeral) ||
    endsInSpokenScale(a.numeral) ||
    a.kind !== "count" ||
    a.unit !== null ||
    a.value === null
  )
    return a.value;
  if (b.factor !== 1) return Number((a.value * b.factor).toPrecision(15));
  // 三到五百家, 两到三千万, 三到五千五百元: a lone digit before an upper end that opens with one digit of hundreds or
  // thousands counts in that digit's place; one that would not stay below it keeps its value (五到三百 stays 5)
  if (a.numeral.length === 1 && b.value !== null && b.value > 0 && opensWithPlace(b.numeral)) {
    const placed = a.value * 10 ** Math.floor(Math.log10(b.value));
    if (placed < b.value) return placed;
  }
  // the scale a range's upper end lends its lower end: 1.4到1.6万亿
  const tail = scaleSuffix(b.numeral);
  if (!tail) return a.value;
  const whole = parseNumeral(a.numeral + tail)?.value;
  if (whole !== undefined && whole !== null) return whole;
  // a 兆 that its context read as 10^12 (營收一點五到兩兆) reads as no scale out of it: lend the factor it gave instead
  const own = parseNumeral(b.numeral.slice(0, -tail.length))?.value;
  return own && b.value !== null ? Number((a.value * (b.value / own)).toPrecision(15)) : null;
}

/**
 * 百分之十到二十, 千分之五至八: a bare upper end is read with the lower end's percent sign (百分之二十 = 20%). Not a
 * scaled number (百分之十到三十万) nor a ratio's (三分之一到二 is no range of ratios).
 */
function lendPercentSign(a: Mention, b: Mention): void {
  if (a.kind !== "percent" || a.fraction || b.tag !== "bare" || scaleSuffix(b.numeral)) return;
  const of = a.numeral.indexOf("分之");
  if (of < 0) return;
  const v = parseNumeral(a.numeral.slice(0, of + 2) + b.numeral)?.value;
  if (v == null) return;
  Object.assign(b, { tag: "figure", kind: "percent", unit: a.unit, value: v });
}

/**
 * A range's or a list's far end said in points as its near end, read as percent (佣金二十个点到三十个点, 三个点和五个点
 * of a margin): the near end's rule read 个点 as percent, the far end's the counter 个 alone (门店从三个点到五个点: both 个).
 */
function lendPoints(text: string, a: Mention, b: Mention): void {
  if (a.kind !== "percent" || b.kind !== "count") return;
  const near = pointWords.before(text, a.end);
  // b ends in the counter 个 (三十个): the word of points runs on past it
  const far = pointWords.after(text, b.end - 1);
  if (near === null || far === null) return;
  const end = b.end - 1 + far.word.length;
  Object.assign(b, { kind: "percent", unit: a.unit, end, text: text.slice(b.start, end) });
}
const pointWords = wordLexicon(units.pointWords);

/**
 * The words of `lex` in text, also those of three characters or more that one caption space between two Chinese
 * characters splits (翻了 一番, 翻 一番, 翻 两番); not a two-character word (推翻 番茄 holds no 翻番).
 */
function scanAcrossSpace<T>(
  lex: Lexicon<T>,
  text: string,
  accept?: (entry: Entry<T>) => boolean,
): { start: number; end: number; entry: Entry<T> }[] {
  const hits = lex.scan(text, accept);
  if (!splitsAWord(lex, text)) return hits; // most sentences, captions with spaces too
  let squeezed = "";
  const at: number[] = []; // where each character of `squeezed` stands in text
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20 && isHan(codeAt(text, i - 1)) && isHan(codeAt(text, i + 1))) continue;
    squeezed += text.charAt(i);
    at.push(i);
  }
  const out: { start: number; end: number; entry: Entry<T> }[] = [];
  for (const h of lex.scan(squeezed, accept)) {
    const start = at[h.start] as number;
    const end = (at[h.end - 1] as number) + 1;
    if (end - start === h.end - h.start || h.entry.word.length >= 3) out.push({ start, end, entry: h.entry });
  }
  return out;
}

/** Whether a space between two Chinese characters stands where a word of `lex` may have started before it. */
function splitsAWord<T>(lex: Lexicon<T>, text: string): boolean {
  for (let i = text.indexOf(" "); i > 0; i = text.indexOf(" ", i + 1)) {
    if (!isHan(codeAt(text, i - 1)) || !isHan(codeAt(text, i + 1))) continue;
    for (let k = i - 1; k >= 0 && k > i - lex.longest; k--) if (lex.starts(text.charCodeAt(k))) return true;
  }
  return false;
}

/**
 * 15万一吨, 30万一年, 2万一个月: a 一 after 百, 千 or a scale with a measure, counter or duration right after it is
 * "one" of that unit, the per-unit of a price, not the shorthand next place (三万一 = 31000, 两千一 = 2100): the run
 * is read as two, 15万 and 一. So is a 一 that opens a head or a night of one (units.yaml prices perPiece `heads`:
 * 四五百一晚, 两千一位). 三万一千, 十一吨 and a 三万一 with no unit after it stay one run.
 */
function splitPerOne(text: string, numerals: NumeralMatch[]): NumeralMatch[] {
  if (!numerals.some((n) => endsInShorthandOne(n.text))) return numerals;
  const out: NumeralMatch[] = [];
  for (const n of numerals) {
    const per = endsInShorthandOne(n.text) && (perUnitBase(text, n.end) || pieceHeads.after(text, n.end - 1) !== null);
    const head = per ? parseNumeral(n.text.slice(0, -1)) : null;
    const one = head ? parseNumeral(n.text.slice(-1)) : null;
    if (!head || !one) {
      out.push(n);
      continue;
    }
    out.push({ ...head, start: n.start, end: n.end - 1 }, { ...one, start: n.end - 1, end: n.end });
  }
  return out;
}

/**
 * 大年初一 十八亿, 周一 十万人: a run joined across a caption space whose head a time ends in (初一, 周一) is the time's
 * digit and then a figure: the run is read as two, the head (left to the time) and the figure after the space.
 * 一百 五 十 and 涨了一 十块, with no time, stay one run.
 */
function splitAtTime(
  text: string,
  numerals: NumeralMatch[],
  times: readonly { start: number; end: number }[],
): NumeralMatch[] {
  if (times.length === 0) return numerals;
  const out: NumeralMatch[] = [];
  for (const n of numerals) {
    const t = times.find((x) => x.start <= n.start && x.end > n.start && x.end < n.end && spaceAt(text, x.end));
    const from = t ? skipSpaces(text, t.end) : n.end;
    const head = t ? parseNumeral(text.slice(n.start, t.end)) : null;
    const tail = t && from < n.end ? parseNumeral(text.slice(from, n.end)) : null;
    if (!head || !tail) {
      out.push(n);
      continue;
    }
    out.push({ ...head, start: n.start, end: t?.end ?? n.end }, { ...tail, start: from, end: n.end });
  }
  return out;
}

const perUnitKinds = new Set<QuantityKind>(["measure", "count", "duration"]);

/** Whether a unit that makes a lone 一 before it a per-unit base (一斤, 一吨, 一个月) stands at `pos`. */
function perUnitBase(text: string, pos: number): boolean {
  const unit = suffixes.after(text, pos);
  return unit !== null && perUnitKinds.has(unit.info.kind);
}

/**
 * What a number without a unit is. Scaled (8亿, 1 万亿) it is a count, or money where the sentence talks of money
 * (票房突破了50亿). A list of bare numbers (144、147、151) or one a score word (IQ, 得分) states is a measure. One a
 * comparison bounds (超过300, 大于等于0并小于230.3964, 1000以上) or in a range (一千到一千五百) is a count.
 * Otherwise a bare number (哪吒2, 停在5.2, 熊出没5．9) is not a figure.
 */
function classifyBare(text: string, ms: Mention[], ctx: Context) {
  if (!ms.some((m) => m.tag === "bare")) return; // most sentences: no pass over the text for the contexts below
  const moneyTopic = ctx.moneyTopic === true;
  const salaryTopic = ctx.salaryTopic === true;
  const money = mentionsMoney(text) || titledMoneyTalk(text) || (moneyTopic && !mentionsCount(text));
  // pay is said in whole yuan without 元 (月薪是15000, 中位数其实只有八千多): a bare number from `least` up is money
  const paid = money && (salaryTopic || mentionsSalary(text));
  const salaried = paid ? salariedBy(text) : () => null;
  const measured = measuredBy(text);
  const rated = ratedBy(text, ctx.rateTopic === true ? ctx.times : null);
  // in a sentence about money, the clue nearest a figure in its own clause may still make it a count, unless a pay
  // word states the figure (主演 一个 月 一万 出头 普通 演员: 演员 names whose pay)
  const clue = money ? nearestClue(text, ms) : () => "count" as const;
  const least = payLeast(text);
  const kindOf = (m: Mention) =>
    (m.value ?? m.min ?? 0) >= least && salaried(m) === "clause" ? ("money" as const) : clue(m);
  const scores = new Set<number>(); // where the measures read so far end: 豆瓣开分8.3，现在掉到了7.9 goes on from one
  const priced = pricedBy(text, ms);
  const prices = new Set<Mention>(); // the bare numbers read as prices so far
  const offered = offeredBy(text, ms);
  const cut = cutBy(text);
  const indexed = indexContexts.occursIn(text);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Mention;
    if (m.tag !== "bare") continue;
    const from = countGoesOn(text, ms, i); // the count it may go on from, read in its turn below
    const record = recordRun(text, ms, i);
    if (record) {
      // 十五胜四负: a game's record, counts of games or shots with the record's words as their units
      for (const r of record) {
        r.m.tag = "figure";
        r.m.kind = "count";
        r.m.unit = text.slice(r.m.end, r.end);
        r.m.end = r.end;
        r.m.text = text.slice(r.m.start, r.end);
      }
      continue;
    }
    if (labelNumber(text, m)) {
      m.reason = "a label (a phone, house or room number)";
      continue;
    }
    if (exampleName(text, m)) {
      m.reason = "a model given as an example (比如说5090)";
      continue;
    }
    if (namesNext(text, m, ms[i + 1])) {
      m.reason = "a model number before its figure (4090大概一万五)";
      continue;
    }
    const listed = [ms[i - 1], ms[i + 1]].some(
      (o) =>
        o &&
        (o.tag === "bare" || o.tag === "figure") &&
        text.slice(Math.min(o.end, m.end), Math.max(o.start, m.start)) === "、",
    );
    // in raw captions a pause alone may part the items of a list of prices (票价分别是三百八 五百八 八百八); bare
    // numbers parted by a pause with no price before them stay no figures (五百八 八百八 may be anything)
    const pausedAfter = (o: Mention | undefined) =>
      o !== undefined && o.end < m.start && text.slice(o.end, m.start).trim() === "";
    if (changedCount(text, ms[i - 1], m)) {
      m.tag = "figure";
      m.kind = "count"; // 团队从二十个人扩到两百多: people, though the talk is of money
      m.unit = (ms[i - 1] as Mention).unit;
    } else if (indexLevel(text, m, indexed)) {
      m.tag = "figure";
      m.kind = "measure"; // 如果沪指跌破三千二: the index's points, though the talk is of money
      m.unit = units.indexLevels.unit;
    } else if (
      perArea(text, m) ||
      homePrice(text, ms[i - 1], m) ||
      cut(m) ||
      paidWith.after(text, skipSpaces(text, m.end)) ||
      faceValue(text, m) ||
      takenFor.after(text, skipSpaces(text, m.end)) ||
      perPiece(text, m) ||
      namedPiece(text, ms, i) ||
      reachedPrice(text, ms, i, prices)
    ) {
      m.tag = "figure";
      // 每平七万, 一台降了3万, 一个月七千五 包吃住, 一杯卖二十八: a price per area, a price cut, a wage with board or the
      // price of a piece, its currency unsaid
      m.kind = "money";
      prices.add(m);
    } else if (
      scaleBeforeApprox(m.numeral) ||
      endsInLatinScale(m.numeral) ||
      endsInSpokenScale(m.numeral) ||
      placesAfterScale(m.numeral) ||
      endsInPower(m.numeral) ||
      (money && spokenRangeOfPlaces(m) && kindOf(m) === "money")
    ) {
      m.tag = "figure";
      // a price word through its links states the scaled amount as it does a bare one (原价是十八万, 我买的时候是十八万):
      // money, whatever counted nouns the sentence holds; so does a price it changes into (从60万一吨跌到7万)
      if (priced(m)) {
        m.kind = "money";
        prices.add(m);
      } else if (changedPrice(text, ms[i - 1], m, prices)) {
        m.kind = "money";
        m.unit = (ms[i - 1] as Mention).unit; // 从60万元一吨跌到7万: yuan
        prices.add(m);
      } else m.kind = parameterCount(text, m) ? "count" : kindOf(m);
    } else if (
      priced(m) ||
      ((listed || pausedAfter(ms[i - 1])) && prices.has(ms[i - 1] as Mention)) // 三百八 五百八: the list goes on
    ) {
      m.tag = "figure";
      m.kind = "money";
      prices.add(m); // the list goes on: 原价599、699
    } else if (offered(m)) {
      m.tag = "figure";
      m.kind = "money";
      m.unit = units.offers.unit; // 满300减50
      prices.add(m);
    } else if (soldThen(text, ms, i)) {
      m.tag = "figure";
      m.kind = "money"; // 以前卖十五，现在卖十八: the price then (the price now is read by priceNow in its turn)
      prices.add(m);
    } else if (changedPrice(text, ms[i - 1], m, prices) || priceNow(text, ms[i - 1], m, prices)) {
      m.tag = "figure";
      m.kind = "money";
      m.unit = (ms[i - 1] as Mention).unit; // 从4999元降到3999: yuan
      prices.add(m);
    } else if (priceChangedFrom(text, m, ms[i + 1])) {
      m.tag = "figure";
      m.kind = "money";
      m.unit = (ms[i + 1] as Mention).unit; // 从四千八跌到两千刀: dollars, said on the price it fell to
      prices.add(m);
    } else if (changedPercent(text, ms[i - 1], m)) {
      m.tag = "figure";
      m.kind = "percent"; // 从百分之十充到八十: percent
      m.unit = (ms[i - 1] as Mention).unit;
    } else if (wordEndBefore(paidBy, text, m) && (money || ms.some((o) => o.tag === "figure" && o.kind === "money"))) {
      m.tag = "figure";
      m.kind = "money"; // 报销以后自己出六千左右: the amount paid
      prices.add(m);
    } else if (shapedPrice(text, m, prices) || repeatedPrice(m, prices)) {
      m.tag = "figure";
      m.kind = "money"; // 卖3999: its currency unsaid
      prices.add(m);
    } else if (bareSpeed(text, m)) {
      m.tag = "figure";
      m.kind = "measure"; // 最高时速两百五: a vehicle's speed, its km/h unsaid
      m.unit = units.speeds.bare.unit;
    } else if (rated(m)) {
      m.tag = "figure";
      m.kind = "percent"; // 利率从4.1降到了3.05: a rate in percent, its % unsaid
      m.unit = "%";
    } else if (listed || measured(m) || scored(text, m, scores) || measureGoesOn(text, ms[i - 1], m, scores)) {
      // 兑美元七点二 大家八点半看一下中间价: a clock hour, no level (沪指涨了3点 speaks of an index)
      if (clockHour(text, m, indexed)) {
        m.reason = "a clock time (八点半)";
        continue;
      }
      m.tag = "figure";
      m.kind = "measure";
      scores.add(m.end);
    } else if (
      m.value !== null &&
      ratioWordAt(text, m.start, perHundredWords) &&
      ratioJoiners.after(text, m.end) === null
    ) {
      // 总人口性别比为105.07: a ratio stated per hundred, 105.07 men to 100 women (1.05:1), no multiple of 105
      m.tag = "figure";
      m.kind = "measure";
      m.unit = "ratio";
      m.value /= 100;
    } else if (
      hasDecimalPoint(m.numeral) &&
      m.value !== null &&
      ratioWordAt(text, m.start) &&
      ratioJoiners.after(text, m.end) === null // 比例要达到1.5比1: a term of a ratio, no figure
    ) {
      m.tag = "figure";
      m.kind = "multiple"; // 不良的比例不到0.8: a ratio, not money
    } else if (from) {
      // 门店去年三十家，今年开到五十了: the count said again with its counter dropped, as a price said again (priceNow)
      // is that price; it takes the kind and the counter of the count it goes on from
      m.tag = "figure";
      m.kind = from.kind;
      m.unit = from.unit;
    } else if (bounded(text, m)) {
      const label = labelAfter(text, m);
      if (label) m.reason = `a grade, level or age that names a group (${label})`;
      else if (ratioTerm(text, m)) m.reason = "the second term of a ratio (医生护士比1比2以上)";
      else {
        m.tag = "figure";
        m.kind = kindOf(m);
      }
    } else if (held(text, m, audienceNouns, audienceLinks, units.audiences.reach)) {
      m.tag = "figure";
      m.kind = "count"; // 播放量只有三百多: views, also in talk of money
    } else if (held(text, m, stockNouns, stockLinks, units.stocks.reach)) {
      // 库存还剩三百多: what is left in stock, counted with no counter; money only where its own sentence speaks of
      // money (a live stream's prices before it leave the stock a count)
      m.tag = "figure";
      m.kind = mentionsMoney(text) ? kindOf(m) : "count";
    } else if (
      paid &&
      !ratioTerm(text, m) && // 租售比1比600，租金回报率百分之二: a ratio's term, though pay is talked of
      (m.value ?? m.min ?? 0) >= least &&
      spokenAlone(text, m, salaried(m) !== null) &&
      (salaried(m) !== null || opensClause(text, m.start) || endsCarriedPay(text, m.end)) &&
      kindOf(m) === "money"
    ) {
      m.tag = "figure";
      m.kind = "money";
    } else {
      m.reason = "a number with no unit (a title, a version or a label)";
    }
  }
}

const currencyLinks = wordLexicon(units.currencyLinks);
const currencyCode = /^[A-Z]{3}$/;

/**
 * An amount of money with its currency unsaid takes the currency of the nearest amount in one before it in its
 * sentence when a word that goes on from it (其中, 比, 和, 、: units.yaml currencyLinks) stands between them: 全年财政收入
 * 11.7万亿元，其中税收9.7万亿 → CNY. Its kind was decided by its own context (a count stays a count: 其中3亿用户).
 */
function lendCurrency(text: string, ms: Mention[]) {
  let lender: Mention | null = null;
  for (const m of ms) {
    if (m.tag !== "figure" || m.kind !== "money") continue;
    if (m.unit !== null && currencyCode.test(m.unit)) {
      lender = m;
      continue;
    }
    if (m.unit !== null || lender === null) continue;
    // a link between them, and no end of a sentence (营收50亿元。其中海外收入20亿 is another sentence's)
    let linked = false;
    let k = lender.end;
    for (; k < m.start && sentenceBreaks[text.charCodeAt(k)] !== 1; k++)
      linked ||= currencyLinks.after(text, k) !== null;
    if (linked && k === m.start) m.unit = lender.unit;
  }
}

/**
 * Two adjacent digits in words before a place of hundreds or more (三四千, 两三百, 七八百): a spoken range, which no
 * name or version is; in talk of money, where no count noun claims it, it is an amount though no unit follows
 * (人均消费在一万五左右，国内游三四千吧). Elsewhere (司机 七八千, 能卖两三百) what it counts is unsaid: left out.
 */
function spokenRangeOfPlaces(m: Mention): boolean {
  return (
    m.value === null &&
    m.approx === null &&
    m.min !== null &&
    m.max !== null &&
    m.min >= 100 &&
    wordsEndingInPlace(m.numeral)
  );
}

const clauseBreaks = charTable("，,；;：:。！？!?\n");
const sentenceBreaks = charTable("。！？!?；;\n");

// clause breaks with no caption break: a caption runs on over a line's end
const clauseBreaksInLine = charTable("，,；;：:。！？!?");

/** The breaks of `table` before each position of `text`: two positions share a clause (a sentence) when their counts are equal. */
function breakCounts(text: string, table: Uint8Array): Int32Array {
  const breaks = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) breaks[i + 1] = (breaks[i] as number) + (table[text.charCodeAt(i)] ?? 0);
  return breaks;
}

/**
 * Whether a bare number is what is left in stock (units.yaml `stocks`) or an audience (`audiences`): a link of
 * remaining or having (还剩, 还有, 只有) right before it, spaces and one about word between, and a noun of `nouns` (库存,
 * 播放量) ending within `reach` characters before the link in its clause (库存还剩三百多, 仓库里还有两千多, 播放量只有
 * 三百多). Without the noun a bare number left (他手里还剩三百多) stays none.
 */
function held(text: string, m: Mention, nouns: Lexicon<true>, links: Lexicon<true>, reach: number): boolean {
  const link = wordEndBefore(links, text, m);
  if (!link) return false;
  const last = Math.max(0, link.start - reach);
  for (let p = link.start; p > last && tableAt(clauseBreaks, text, p - 1) !== 1; p--)
    if (nouns.before(text, p)) return true;
  return false;
}

/** Where a word of `lex` starts that ends right before a bare number, spaces and one about word between (降了差不多3万). */
function wordEndBefore(lex: Lexicon<true>, text: string, m: Mention): { start: number } | null {
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  // the word itself first: 才 is both emphasis (an about word) and a verb of costing (一晚才三百八)
  const own = lex.before(text, p);
  if (own) return { start: p - own.word.length };
  const about = approxBefore.before(text, p);
  if (about) p -= about.word.length;
  const w = lex.before(text, p);
  return w ? { start: p - w.word.length } : null;
}

/**
 * Which bare numbers a price cut states with no price word (units.yaml `priceCuts`): one right after a cut verb where
 * 一 or 每 and the counter of a thing sold stand before the verb, a few Han characters of its noun between (一台降了3万,
 * 一套房子降了30万), or where a haggling word stands in its sentence (以前是一分不让，现在降个二三十万). 销量降了3万 and
 * 人数降了3万 stay counts.
 */
function cutBy(text: string): (m: Mention) => boolean {
  if (!cutVerbs.occursIn(text)) return () => false; // most sentences
  const haggled = haggles.scan(text);
  const sentences = haggled.length > 0 ? breakCounts(text, sentenceBreaks) : null;
  return (m) => {
    const verb = wordEndBefore(cutVerbs, text, m);
    if (!verb || suffixes.after(text, m.end)) return false; // 一台机器降了3度: a unit the number did not take
    const at = sentences?.[m.start];
    if (at !== undefined && haggled.some((h) => sentences?.[h.start] === at)) return true; // 一分不让，现在降个二三十万
    let p = verb.start;
    while (p > 0 && spaceAt(text, p - 1)) p--;
    for (let q = p, left = units.priceCuts.reach; ; q--, left--) {
      if (cutPerOne.before(text, q)) return true;
      if (left === 0 || !isHan(codeAt(text, q - 1))) return false;
    }
  };
}

/** Whether a title in 《》 and a word of a film's release stand in a text (《哪吒3》能在暑期上映): box office talk. */
function titledMoneyTalk(text: string): boolean {
  const open = text.indexOf("《");
  return open >= 0 && text.indexOf("》", open) > open && titledMoney.occursIn(text);
}

/**
 * Whether a bare number stands alone as an amount: not in a run of spaced digits (手机 139 0471 2235), no leading 0,
 * and no word after a caption space but a bound (阿菲金 3000 系统 is a name; 工资 是 六七千, 一万五 上下 stay), unless a pay
 * word stands right before it (工资 八千 加 提成).
 */
function spokenAlone(text: string, m: Mention, paid = false): boolean {
  let p = m.start;
  while (spaceAt(text, p - 1)) p--;
  if (isDigitLike(text.charAt(p - 1)) || m.numeral.charAt(0) === "0") return false;
  if (paid || !spaceAt(text, m.end) || salaryWords.before(text, p)?.info === true) return true; // 工资 八千 加 提成
  return endsAmount(text, m.end);
}

/** Whether an amount ends at `end`: the text's end, a pause or a bound after it, spaces skipped. */
function endsAmount(text: string, end: number): boolean {
  const q = skipSpaces(text, end);
  return q >= text.length || tableAt(clauseBreaks, text, q) === 1 || approxAfter.after(text, q) !== null;
}

const carriedPayEnds = wordLexicon(units.salaries.carriedEnds);
/**
 * Whether a bare number that only the talk of pay before its sentence makes money ends there as an amount: the text's
 * end, a pause, a bound or a particle after it (中位数其实只有八千多, 一万五上下, 八千吧); one that opens its clause is
 * the amount said again (月租四千五 ⏎ 四千五还行啊). Inside a clause, a word glued to it is what it names or counts
 * (月流水三四个亿 ⏎ 那个一百零八将的IP改编: the 108 generals of a story, no amount).
 */
function endsCarriedPay(text: string, end: number): boolean {
  return endsAmount(text, end) || carriedPayEnds.after(text, skipSpaces(text, end)) !== null;
}

const packageWords = wordLexicon(units.packageTens.words);
const packageUnits = new Set(units.packageTens.units);
const packageEnds = wordLexicon(units.packageTens.ends);
/** What may follow a package's 个 and leave it in 万: the text's end, a space, a pause, a bound or a particle (四十个左右). */
const packageEnd = (text: string, pos: number) =>
  pos >= text.length ||
  spaceAt(text, pos) ||
  tableAt(clauseBreaks, text, pos) === 1 ||
  packageEnds.after(text, pos) !== null;
/**
 * 年包四十个: in pay slang a count of 个 after a yearly package word is in 万 (units.yaml `packageTens`); with a noun
 * after it (四十个人) it stays a count.
 */
function classifyPackages(text: string, ms: Mention[]) {
  if (!ms.some((m) => m.kind === "count" && m.unit !== null && packageUnits.has(m.unit))) return;
  const words = packageWords.scan(text);
  if (words.length === 0) return;
  const { scale, reach } = units.packageTens;
  for (const m of ms) {
    if (m.tag !== "figure" || m.kind !== "count" || m.unit === null || !packageUnits.has(m.unit)) continue;
    if (!packageEnd(text, m.end)) continue;
    // the nearest package word before it, close enough and with no word of heads or things between
    const word = words.filter((w) => w.end <= m.start).at(-1);
    if (word === undefined || m.start - word.end > reach) continue;
    const between = text.slice(word.end, m.start);
    if (units.packageTens.notThrough.some((w) => between.includes(w))) continue;
    m.kind = "money";
    m.unit = null; // the currency is unsaid, as after 月薪 (月薪两万)
    if (m.value !== null) m.value *= scale;
    if (m.min !== null) m.min *= scale;
    if (m.max !== null) m.max *= scale;
  }
}
const salaryNotThrough = wordLexicon(units.salaries.notThrough);

/**
 * Which bare numbers a pay word before them states though other words stand between (units.yaml `salaries`): one in
 * the pay word's clause or in the next clause of its sentence, whatever fillers, role nouns, periods and other amounts
 * stand between (工资 嘛 司机 一个月 八千 左右, 演员 工资 嗯 主演 一个 月 一万 出头 普通 演员 五六千, 教练工资一个月七八千 旺季能过万),
 * unless a word of having or of a count (`notThrough`: 工资涨了，员工有3000; 人数) stands between. "clause" where the
 * pay word stands in the number's clause (a role noun between names whose pay: 普通 演员 五六千), "next" where it stands
 * in the clause before (a count noun nearer the number still makes it a count: 工资涨了，员工一万多), or null.
 */
function salariedBy(text: string): (m: Mention) => "clause" | "next" | null {
  const words = salaryWords.scan(text, (e) => e.info);
  if (words.length === 0) return () => null;
  const stops = salaryNotThrough.scan(text);
  const clauses = breakCounts(text, clauseBreaks);
  const sentences = breakCounts(text, sentenceBreaks);
  return (m) => {
    const w = words[firstFrom(words, (h) => h.end > m.start) - 1]; // the last pay word before the figure
    if (!w || sentences[w.end] !== sentences[m.start]) return null;
    const stop = stops[firstFrom(stops, (h) => h.start >= w.end)]; // the first word of having or count after it
    if (stop && stop.end <= m.start) return null;
    const apart = (clauses[m.start] as number) - (clauses[w.end] as number);
    return apart === 0 ? "clause" : apart === 1 ? "next" : null;
  };
}

/** The index of the first item of `list` (ordered so that `after` is false, then true) for which `after` holds. */
function firstFrom<T>(list: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  for (let hi = list.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (after(list[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether a speed word (units.yaml speeds `bare`: 时速, 车速) ends a few Han characters at most before a bare number in
 * its clause (最高时速两百五, 极速能到两百八), no numeral between: the number is that speed in km/h.
 */
function bareSpeed(text: string, m: Mention): boolean {
  let p = spacesFrom(text, m.start);
  for (let gap = 0; gap <= units.speeds.reach && p > 0; gap++) {
    if (bareSpeedNouns.before(text, p)) return true;
    const c = text.charAt(p - 1);
    if (!isHan(codeAt(text, p - 1)) || isNumeralChar(c)) return false;
    p--;
  }
  return false;
}

/**
 * Which bare numbers an interest rate word (units.yaml `rateContexts`) states: a decimal under 100 after one in its
 * clause (利率从4.1降到了3.05). An integer may count anything (利率调整了3次). A rate said in percent
 * (`percentRated`: 不良率一点二左右) counts too, and either may be gone on from in the next clause.
 */
function ratedBy(text: string, goneOn: readonly { start: number; end: number }[] | null): (m: Mention) => boolean {
  const hits = rateContexts.scan(text);
  if (hits.length === 0 && goneOn === null && !percentRateWords.occursIn(text)) return () => false;
  const breaks = breakCounts(text, clauseBreaksInLine);
  // the clauses a rate was read in so far (classifyBare asks in text order): the next one may go on in parallel
  const ratedClauses = new Set<number>();
  return (m) => {
    const clause = breaks[m.start] as number;
    if (percentRated(text, m, goneOn)) {
      ratedClauses.add(clause);
      return true;
    }
    // a range is rated as its single figure is (年化收益率二点五到三, 利率降到了2.5到3之间): both ends in percent, a
    // decimal point at either end (its numeral is the upper end's alone, its text the whole range)
    const low = m.value ?? m.min;
    const high = m.value ?? m.max;
    if (!hasDecimalPoint(m.value === null ? m.text : m.numeral)) return false;
    if (low === null || high === null || low <= 0 || high >= 100) return false;
    // a decimal that a link (units.yaml rateLinks: 的) and a rate word follow is that rate's level (原来四点九的利率,
    // 三点零五的利率): 三点五的增速 is none
    const link = rateLinks.after(text, m.end);
    if (link && rateContexts.after(text, m.end + link.word.length)) {
      ratedClauses.add(clause);
      return true;
    }
    const before = hits.filter((h) => h.end <= m.start);
    const last = before[before.length - 1];
    // a measure named between the rate word and the decimal states it (市场份额很高 豆瓣评分八点五: a rating, no 8.5%)
    if (last && measureContexts.occursIn(text.slice(last.end, m.start))) return false;
    // 首套利率三点零五，二套三点四五: a short label, then the decimal, in the clause after a rated one; a bound word
    // before the decimal is no part of the label (二套不超过三点四五, 不良率一点二左右，不会超过一点三)
    let from = m.start;
    while (from > 0 && breaks[from - 1] === clause && tableAt(clauseBreaksInLine, text, from - 1) !== 1) from--;
    const label = (boundBefore(text, m.start)?.start ?? m.start) - from;
    const parallel = ratedClauses.has(clause - 1) && label >= 0 && label <= units.rateParallelReach;
    if (!parallel && (last === undefined || breaks[last.end] !== clause)) return false;
    ratedClauses.add(clause);
    return true;
  };
}

/**
 * Which bare numbers a measure context word (智商, 评分, 指数: units.yaml `measureContexts`) states: those after one
 * in the same clause, a caption colon or a line break between (智商130, 得分是25, IQ测试结果在144、147、151之间,
 * 评分从7.2涨到了8.1, 指数回落到3000附近, 评分：8.4). Not a number glued into a name: one a context word follows
 * (沪深300指数, 中证500指数和沪深300指数), nor a version (评分9.1 原神4.0版本), nor an integer glued to the word before
 * it and followed by 的, unless that word is the context word, a score link (是, 在, units.yaml `scores`) or a bound
 * (评分比流浪地球1的高; 评分为8的电影 stays).
 */
function measuredBy(text: string): (m: Mention) => boolean {
  const hits = measureContexts.scan(text);
  if (hits.length === 0) return () => false;
  // clause breaks before each position, a line break not counted (a caption runs on over it)
  const breaks = breakCounts(text, clauseBreaksInLine);
  return (m) => {
    // a version in the clause of a score word is no score (评分9.1 原神4.0版本)
    if (versionWords.after(text, spaceAt(text, m.end) ? m.end + 1 : m.end)) return false;
    let k = 0; // the hits that end before the figure (binary search)
    for (let hi = hits.length; k < hi; ) {
      const mid = (k + hi) >> 1;
      if ((hits[mid] as { end: number }).end <= m.start) k = mid + 1;
      else hi = mid;
    }
    if (k === 0) return false;
    let p = (hits[k - 1] as { end: number }).end;
    while (spaceAt(text, p)) p++;
    const c = codeAt(text, p);
    if (c === 0xff1a || c === 0x3a)
      p++; // 评分：8.4
    else {
      // 人民币汇率呢，现在7.2左右: a topic particle and one clause break carry the word on to the next clause
      const topic = measureTopicMarks.after(text, p);
      if (topic && tableAt(clauseBreaksInLine, text, p + topic.word.length) === 1) p += topic.word.length + 1;
    }
    if (breaks[p] !== breaks[m.start]) return false;
    // a whole number right before a measure word names it (沪深300指数); a decimal names none (HR是0.65 P值小于0.001)
    const named = !hasDecimalPoint(m.numeral) && measureContexts.after(text, spaceAt(text, m.end) ? m.end + 1 : m.end);
    if (named) return false;
    const before = codeAt(text, m.start - 1);
    const glued = isHan(before) && p !== m.start && !hasDecimalPoint(m.numeral);
    if (!glued || !measureNameEnds.has(text.charAt(m.end)) || m.bound !== null) return true;
    return scoreLinks.before(text, m.start) !== null || scoreCarry.before(text, m.start) !== null;
  };
}

/**
 * A bare number under 100 that a rate word said in percent (units.yaml `percentRates`: 收视率, 失业率, 毛利率) states
 * through at most MAX_LINKS links or bound words (收视率是二点五, 毛利率大概三十左右, 转化率在三到五之间): that many
 * percent, its % unsaid. 收视率排第二 has no link, 汇率 and 市盈率 are no such words. With `goneOn` (the times of a
 * sentence that goes on with the rate of the sentences before: Context.rateTopic), links and those times alone from
 * the sentence's start do too (我们的退保率⏎去年是百分之一点二⏎今年上半年降到了零点九); a number opening it does not.
 */
function percentRated(
  text: string,
  m: Mention,
  goneOn: readonly { start: number; end: number }[] | null = null,
): boolean {
  const high = m.value ?? m.max;
  if (high === null || high >= 100 || (m.value ?? m.min ?? 0) <= 0) return false;
  let p = m.start;
  for (let links = 0; links <= MAX_LINKS; links++) {
    while (p > 0 && spaceAt(text, p - 1)) p--; // captions: 失业率 是 5.2
    // 飞机日利用率九点八 is hours a day: a longer word of another measure ends where the rate word ends
    if (percentRateWords.before(text, p)) return percentRateNotWords.before(text, p) === null;
    if (p === 0 && links > 0 && goneOn !== null) return true;
    const time = goneOn?.find((t) => t.end === p);
    const link = percentRateLinks.before(text, p) ?? approxBefore.before(text, p);
    if (time) p = time.start;
    else if (link) p -= link.word.length;
    else return false;
  }
  return p === 0 && goneOn !== null;
}

/** Whether a text names a rate said in percent (退保率, 毛利率: units.yaml `percentRates`; not 日利用率, in hours). */
export function mentionsPercentRate(text: string): boolean {
  for (const h of percentRateWords.scan(text)) if (percentRateNotWords.before(text, h.end) === null) return true;
  return false;
}

/** Whether no Han character but a bound word (左右) follows a score at `end`: 考了五百八; 考了5级 is a level passed. */
function endsScore(text: string, end: number): boolean {
  return !isHan(codeAt(text, end)) || approxAfter.after(text, end) !== null;
}

/** How many links and bound words may stand between a score word and its decimal: 生育率 现在 只有 约 1.0. */
const MAX_LINKS = 3;

/**
 * A bare decimal that a score word states (豆瓣8.6, 豆瓣开分8.3, 总和生育率现在只有1.0左右, 生育率低于2.1), or a whole
 * number that a ratio word of `wholeWords` states (夏普比率大概是2), through
 * at most MAX_LINKS links or bound words and one caption break; or that a carry verb (掉到了) opens after one already
 * read, with links and one clause break between (豆瓣开分8.3，现在掉到了7.9). Not a version (豆瓣也在5.2版本里改了).
 * `ends`: where the measures read so far end.
 */
function scored(text: string, m: Mention, ends: Set<number>): boolean {
  if (versionWords.after(text, spaceAt(text, m.end) ? m.end + 1 : m.end)) return false;
  const whole = !hasDecimalPoint(m.numeral);
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  const carried = whole ? undefined : scoreCarry.before(text, p);
  if (carried) p -= carried.word.length;
  let broken = false; // one caption break may stand in the chain (总和生育率⏎现在只有1.0左右)
  for (let links = carried ? 1 : 0; links <= MAX_LINKS; links++) {
    if (!broken) {
      const q = captionBreakBefore(text, p);
      broken = q !== p;
      p = q;
    }
    const word = scoreWords.before(text, p)?.word;
    if (word) return !whole || (scoreWholeWords.has(word) && (!scoreEndWords.has(word) || endsScore(text, m.end)));
    if (carried && (ends.has(p) || (tableAt(clauseBreaks, text, p - 1) === 1 && ends.has(p - 1)))) return true;
    const link = scoreLinks.before(text, p) ?? approxBefore.before(text, p);
    if (!link) return false;
    p -= link.word.length;
    while (p > 0 && spaceAt(text, p - 1)) p--; // captions: 死亡率 是 0.05
  }
  return false;
}

/** Whether a whole number is a clock hour (八点半, 八点公布) where the sentence speaks of no index: units.yaml clockHours. */
function clockHour(text: string, m: Mention, indexed: boolean): boolean {
  if (indexed || hasDecimalPoint(m.numeral) || (m.value ?? m.max ?? 0) > units.clockHours.max) return false;
  return clockHourWords.after(text, m.end) !== null;
}

/**
 * Whether a bare decimal goes on with the level read right before it in an earlier clause of its sentence (a rate or
 * an index: 人民币兑美元现在大概7.18，我觉得年底前在7.1到7.3之间波动): nothing between them on the same line, no word of
 * money or price, and of the same size (half to twice the level), so a figure of another matter (汇率7.2，增速是2.5)
 * stays apart.
 */
function measureGoesOn(text: string, prev: Mention | undefined, m: Mention, ends: Set<number>): boolean {
  if (prev?.tag !== "figure" || prev.kind !== "measure" || !ends.has(prev.end)) return false;
  const between = text.slice(prev.end, m.start);
  if (!hasDecimalPoint(m.numeral) || /[\n\r]/u.test(between)) return false;
  // the measure is a level (a rate, an index) said in prev's own clause: 豆瓣8.6，股价跌到了7.3 is a score and then
  // another matter
  const level = levelContexts.scan(text.slice(0, prev.start)).at(-1);
  if (!level) return false;
  for (let k = level.end; k < prev.start; k++) if (tableAt(clauseBreaksInLine, text, k) === 1) return false;
  // a word of price or money between names what the later figure is (汇率7.2，价格是7.5)
  if (priceWords.occursIn(between) || moneyContexts.occursIn(between)) return false;
  const before = prev.value ?? prev.max;
  const low = m.value ?? m.min;
  const high = m.value ?? m.max;
  if (before === null || low === null || high === null || before <= 0) return false;
  return low >= before / 2 && high <= before * 2;
}

/**
 * Whether a bare number is what a price right before it changes into (units.yaml prices `changes`): 价格从4999降到
 * 3999, 从4999元降到了3999. The price is a bare one read as a price, or a figure of money; its per-unit phrase may stand
 * before the change word (碳酸锂从60万一吨跌到7万).
 */
function changedPrice(text: string, prev: Mention | undefined, m: Mention, prices: Set<Mention>): boolean {
  if (!prev || !(prices.has(prev) || (prev.tag === "figure" && prev.kind === "money"))) return false;
  let p = skipSpaces(text, prev.end);
  if (text.charAt(p) === "一" && perUnitBase(text, p + 1)) p += 1 + (suffixes.after(text, p + 1)?.word.length ?? 0);
  return p <= m.start && priceChanges.has(text.slice(p, m.start).trim());
}

/**
 * Whether a bare number right after 从 is what a price right after it changes from (从四千八跌到两千刀, 从4999降到3999元):
 * the later figure's currency is the earlier one's, as changedPrice reads it the other way round.
 */
function priceChangedFrom(text: string, m: Mention, next: Mention | undefined): boolean {
  if (next?.tag !== "figure" || next.kind !== "money" || next.unit === null) return false;
  if (!changeFrom.before(text, m.start)) return false;
  return priceChanges.has(text.slice(m.end, next.start).trim());
}

// the marks that end the clause of a price before a clause of what it is now (原价两百，现在一百六)
const priceNowMarks = charTable("，,；;");

/**
 * Whether a bare number opens the clause right after a price and says what the price is now (units.yaml prices
 * `now`): 原价两百，现在一百六, 门票原来八十，现在涨到一百二. Only a clause mark, a word of now and at most one link (涨到,
 * 只卖) and an about word stand between; a count keeps its counter (现在来了一百六十个人: a verb between, no link).
 */
function priceNow(text: string, prev: Mention | undefined, m: Mention, prices: Set<Mention>): boolean {
  if (!prev || !(prices.has(prev) || (prev.tag === "figure" && prev.kind === "money"))) return false;
  if (saidAgainAt(text, prev.end) !== m.start) return false;
  // the same price then or now is of its size (四十二一斤，以前就3000 is of something else): within `ratio` times it
  const before = prev.value ?? prev.min;
  const now = m.value ?? m.min;
  if (before === null || now === null || before <= 0 || now <= 0) return true;
  return now <= before * units.prices.now.ratio && now >= before / units.prices.now.ratio;
}

/**
 * Where a bare number that says a price again would start, in the clause after a price or a bare number ending at
 * `end`, or -1 (priceNow). A per-unit of the price may end its clause (牛肉四十二一斤，现在五十). The clause opens with a
 * word of now (现在) and at most one link (涨到, 只卖), or with a time before (去年, 以前: units.yaml prices now `before`)
 * and an adverb of only or already (才, 就, 也就), which a past time alone may open a clause of another matter with
 * (去年卖了三十八吨); then an about word.
 */
function saidAgainAt(text: string, end: number): number {
  let p = skipSpaces(text, end);
  // the price's per-unit: 一 and a unit or counter (一斤, 一碗)
  if (text.charAt(p) === "一" && perUnitBase(text, p + 1))
    p = skipSpaces(text, p + 1 + (suffixes.after(text, p + 1)?.word.length ?? 0));
  // a clause mark, or a caption's pause between Chinese characters (原价两百 现在一百六)
  if (priceNowMarks[text.charCodeAt(p)] === 1) p = skipSpaces(text, p + 1);
  else if (!spaceAt(text, p - 1)) return -1;
  const now = priceNowWords.after(text, p);
  if (now) p += now.word.length;
  else {
    const then = priceThenWords.after(text, p);
    const adverb = then ? priceThenAdverbs.after(text, p + then.word.length) : null;
    if (!then || !adverb) return -1;
    p += then.word.length + adverb.word.length;
  }
  p += priceNowLinks.after(text, p)?.word.length ?? 0;
  p += approxBefore.after(text, p)?.word.length ?? 0;
  return skipSpaces(text, p);
}

/**
 * Whether a bare number is a price said in a clause of a time before with 卖 (units.yaml prices `sellContrast`), with
 * the next bare number 卖 in a clause of a time now right after it: 以前卖十五，现在卖十八, 我们以前只卖十二，现在卖十五. The
 * contrast of then and now of one thing sold says a price changed; a word of a period in the sentence (一天卖三百，周末
 * 卖五百, 以前一天卖三百) says how many were sold, and a counter keeps its count (卖三百碗).
 */
function soldThen(text: string, ms: Mention[], i: number): boolean {
  const m = ms[i] as Mention;
  const next = ms[i + 1];
  if (next?.tag !== "bare" || hasDecimalPoint(m.numeral)) return false;
  // 卖 right before it, an adverb before 卖 and the time before right before these
  const sell = wordEndBefore(sellContrastVerbs, text, m);
  if (!sell) return false;
  let p = sell.start;
  p -= sellContrastAdverbs.before(text, p)?.word.length ?? 0;
  if (!sellContrastThen.before(text, p)) return false;
  // the next one is 卖 in the clause right after, opened by a word of now
  if (saidAgainAt(text, m.end) !== next.start || !wordEndBefore(sellContrastVerbs, text, next)) return false;
  if (!priceNowWords.occursIn(text.slice(m.end, next.start))) return false;
  let end = next.end;
  while (end < text.length && sentenceBreaks[text.charCodeAt(end)] !== 1) end++;
  let start = m.start;
  while (start > 0 && sentenceBreaks[text.charCodeAt(start - 1)] !== 1) start--;
  return !sellContrastNotWith.occursIn(text.slice(start, end));
}

/**
 * Whether a bare number goes on from the count figure right before it in an earlier clause of its sentence (units.yaml
 * `countsGoOn`): 门店去年三十家，今年开到五十了, 一天卖两百单，周末能到三百, 今年又招了八十. The count has its counter and a
 * link of reaching or having (到, 有, 了) stands right before the number, so the speaker counts the same thing again
 * and drops the counter, as priceNow reads a price said again. Every count before it in the sentence counts with the
 * same counter (三十家店，五十个城市，今年开到八十 leaves which one unsaid); a rank, a version or money named between
 * says the number is of something else (排名升到了五十, 营收做到了五十); a decimal is no count (评分到了4.8), nor one
 * far from the count's size (一天卖两百单，干到了十二: a clock time).
 */
function countGoesOn(text: string, ms: Mention[], i: number): Mention | null {
  const m = ms[i] as Mention;
  // the count right before it, a date between passed over (门店去年三十家，到了2025年开到五十)
  let at = i - 1;
  while (at >= 0 && (ms[at] as Mention).tag === "date") at--;
  const prev = ms[at];
  if (prev?.tag !== "figure" || prev.kind !== "count" || prev.unit === null) return null;
  if (hasDecimalPoint(m.numeral)) return null;
  // of the count's size: from a tenth of it to fifty times it (二百单 → 干到了十二 is a clock time)
  const low = m.value ?? m.min;
  const high = m.value ?? m.max;
  const before = prev.value ?? prev.min;
  const beforeHigh = prev.value ?? prev.max;
  if (low === null || high === null || before === null || beforeHigh === null || low <= 0 || before <= 0) return null;
  if (low < before / units.countsGoOn.down || high > beforeHigh * units.countsGoOn.up) return null;
  if (isLatin(text.charAt(skipSpaces(text, m.end)))) return null; // 有5G: a name
  const link = wordEndBefore(countGoOnLinks, text, m);
  if (!link) return null;
  // a later clause of the same sentence, or its own clause after a word of within (units.yaml countsGoOn `within`)
  const clauses = clausesBetween(text, prev.end, link.start);
  if (clauses < 0) return null;
  const between = text.slice(prev.end, m.start);
  // in the count's own clause only a part of it (一百个工程师里面有八十): else the number is of another matter
  if (clauses === 0 && !countGoOnWithin.occursIn(text.slice(prev.end, link.start))) return null;
  if (countGoOnNotBetween.occursIn(between) || priceWords.occursIn(between) || moneyContexts.occursIn(between))
    return null;
  // the count it goes on from is the sentence's only kind of count
  let p = prev.start;
  for (let j = at - 1; j >= 0; j--) {
    const o = ms[j] as Mention;
    for (; p > o.end; p--) if (sentenceBreaks[text.charCodeAt(p - 1)] === 1) return prev;
    if (o.tag === "figure" && o.kind === "count" && o.unit !== prev.unit) return null;
  }
  return prev;
}

/**
 * Whether a bare number is what a percentage right before it changes into (units.yaml `percentChanges`): 电量从百分之十
 * 充到八十, 毛利率从10%提高到15. Only after a percentage said as one (百分之, %), not after 八成 or 三分之一, whose
 * bare end would be read in other units (从八成提升到九 is no 9%), and only up to a hundred.
 */
function changedPercent(text: string, prev: Mention | undefined, m: Mention): boolean {
  if (prev?.tag !== "figure" || prev.kind !== "percent" || prev.fraction || prev.value === null) return false;
  if (prev.factor !== 1) return false;
  if (m.value === null || m.value > 100) return false;
  return percentChanges.has(text.slice(prev.end, m.start).trim());
}

/**
 * Whether a bare number is what a speed or another rate (a measure in a unit per a base: km/h, m/s) or a level
 * (units.yaml `levelUnits`: an index's points) right before it changes into (units.yaml `percentChanges`: 时速从一百六提到
 * 两百五, 从33米/秒降到20, 沪指从三千点跌到两千八): it keeps that unit.
 */
function changedSpeed(text: string, prev: Mention | undefined, m: Mention): boolean {
  if (prev?.tag !== "figure" || prev.kind !== "measure" || !prev.unit || m.value === null) return false;
  if (!prev.unit.includes("/") && !levelUnits.has(prev.unit)) return false;
  return percentChanges.has(text.slice(prev.end, m.start).trim());
}

/**
 * Whether a bare number is what a count right before it grows or shrinks into (units.yaml `countChanges`): 团队从二十个人
 * 扩到两百多, 门店从30家增加到50. The count's counter carries over, as a percent's % does in changedPercent.
 */
function changedCount(text: string, prev: Mention | undefined, m: Mention): boolean {
  if (prev?.tag !== "figure" || prev.kind !== "count" || !prev.unit) return false;
  return countChanges.has(text.slice(prev.end, m.start).trim());
}

/**
 * Whether a bare number is a retail price by its shape (units.yaml `shapedPrices`): a whole number ending in 99, in
 * digits or in words, right after a word of selling or of a price's change (卖3999, 从4999, 卖两千九百九十九), or after a
 * price already read (直播间2999, 直播间一千九百九十九).
 */
function shapedPrice(text: string, m: Mention, prices: Set<Mention>): boolean {
  const { ending } = units.shapedPrices;
  if (m.value === null || !Number.isInteger(m.value) || m.value < ending || m.value % 100 !== ending) return false;
  for (const c of m.numeral) if (!isNumeralChar(c)) return false; // digits or words alone (2999, 两千九百九十九)
  const at = spaceAt(text, m.start - 1) ? m.start - 1 : m.start;
  return prices.size > 0 || shapedBefore.before(text, at) !== null;
}

/**
 * Whether a bare number says again a price already read in its sentence (只要159 对 159你没听错): a host repeats the
 * price for emphasis, so the same value is the same price, its currency unsaid. Another value stays a bare number.
 */
function repeatedPrice(m: Mention, prices: Set<Mention>): boolean {
  if (m.value === null) return false;
  for (const p of prices) if (p.value === m.value && p.end <= m.start) return true;
  return false;
}

/**
 * Which bare numbers a promotion 满X减Y states (units.yaml `offers`): X after an opening word with a taking word and a
 * number right after it (满300减50, 每满199减30, 满三千减三百), and every number after a taking word from the first such X on (满300减50
 * 叠加店铺券再减30). 满分100分 has a unit; 3减2 has no 满 before it.
 */
function offeredBy(text: string, ms: Mention[]): (m: Mention) => boolean {
  if (!offerOpens.occursIn(text)) return () => false; // most sentences
  const skip = (p: number) => (spaceAt(text, p) ? p + 1 : p);
  // the amount taken is in digits or a bare number in words (满三千减三百)
  const bareAt = new Set(ms.filter((m) => m.tag === "bare").map((m) => m.start));
  const takesAt = (p: number) => {
    const take = offerTakes.after(text, skip(p));
    if (take === null) return false;
    const at = skip(skip(p) + take.word.length);
    return isDigitLike(text.charAt(at)) || bareAt.has(at);
  };
  const back = (p: number) => (spaceAt(text, p - 1) ? p - 1 : p);
  const opens = (m: Mention) => offerOpens.before(text, back(m.start)) !== null && takesAt(m.end);
  const first = ms.find((m) => m.tag === "bare" && opens(m));
  if (!first) return () => false;
  return (m) => opens(m) || (m.start > first.start && offerTakes.before(text, back(m.start)) !== null);
}

/** Whether a bare number follows a per-area word, spaces between (每平七万, 每平米 8000: units.yaml prices `perArea`). */
function perArea(text: string, m: Mention): boolean {
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  return perAreaWords.before(text, p) !== null;
}

/**
 * Whether a bare amount with a scale word (units.yaml prices `homeArea`) follows a home's area right after it, one
 * caption space allowed (这套房子一百平三百万, 一百二十平 八十万): the home's price, as no count follows an area bare.
 * 一百平三百户 and 一百平三百万块砖 have units of their own and are no bare amounts.
 */
function homePrice(text: string, area: Mention | undefined, m: Mention): boolean {
  if (area?.tag !== "figure" || area.unit !== "m2" || !homeAreaWords.some((w) => area.text.endsWith(w))) return false;
  const gap = m.start - area.end;
  if (gap > 1 || (gap === 1 && !spaceAt(text, area.end))) return false;
  return homeAreaScales.some((w) => m.numeral.includes(w));
}

/**
 * Whether a bare number is the price of a piece of goods (a numeral or 每 and a counter: units.yaml prices
 * `perPiece`) before it, after a verb of selling with the piece a few characters before (一杯奶茶卖二十八, 二手的一台卖
 * 三千多, 两台卖五千). With no verb, only a price word before the piece makes it one (pricedBy): 一箱二十四 is 24 to a box.
 */
function perPiece(text: string, m: Mention): boolean {
  if (perHead(text, m)) return true;
  const verb = wordEndBefore(pieceVerbs, text, m);
  if (!verb) {
    // a piece of one sold for a scaled amount (这套房子去年卖了三百万): units.yaml prices perPiece `sold`
    const sold = wordEndBefore(soldVerbs, text, m);
    if (sold && [...m.numeral].some((c) => soldScales[c.charCodeAt(0)] === 1))
      return pieceOfOneBefore(text, sold.start);

    const piece = pieceEndBefore(text, m);
    return (piece >= 0 && (saidDear(text, m) || servingAt(text, piece))) || extraPrice(text, m);
  }
  if (pointedPiece(text, m, verb.start) || extraPrice(text, m)) return true;
  return pieceOfOneBefore(text, verb.start);
}

/**
 * Whether a piece (一杯, 每份, 这台) stands a few Han characters of what it is before `verbStart`, the start of a verb
 * of selling (一杯奶茶卖二十八, 这套房子去年卖了三百万); a numeral between says the piece is not the thing sold.
 */
function pieceOfOneBefore(text: string, verbStart: number): boolean {
  let p = verbStart;
  for (let k = 0; k <= units.prices.perPiece.reach && p >= 2; k++, p--) {
    // 这台机器卖三千: a piece pointed at is a piece of one (个 not among the counters: 这个月卖四十二 counts sales)
    if (
      pieceAt(text, p) > 0 ||
      (tableAt(pieceCounters, text, p - 1) === 1 && tableAt(demonstrativeBases, text, p - 2) === 1)
    )
      return true;
    // what the piece is: Chinese characters, no numeral (一台卖三千 两台卖五千: the second 两台 is no piece of one)
    if (!isHan(codeAt(text, p - 1)) || isNumeralChar(text.charAt(p - 1))) return false;
  }
  return false;
}

/**
 * Whether a bare number stands right after a head or a night of one (units.yaml prices perPiece `heads`: 一个人, 每人,
 * 一晚), a link (是, 要) and an about word between: the price per head or per night (一个人是六百八, 平时一晚两百).
 */
function perHead(text: string, m: Mention): boolean {
  // 一人一案, 一人一票: a one before a noun is a share of one thing per head, no price
  if (baseOfOne(text, m)) return false;
  // 一人一两 (a tael each), 一人两三: digits with no place (十, 百, 千) are no price said bare; 一个人五十 is
  if (isPlacelessChinese(m.numeral)) return false;
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  p -= approxBefore.before(text, p)?.word.length ?? 0;
  p -= extraLinks.before(text, p)?.word.length ?? 0;
  return pieceHeads.before(text, p) !== null;
}

/**
 * Whether a bare number is the price of a product named right before a verb that only a price follows (units.yaml
 * prices perPiece `named`: iPhone 16e卖四千四百九十九, 小米15 Pro卖五千二): the name is a number read as a model's, and
 * only Latin letters and spaces (16e, Pro Max) stand between it and the verb. A pack's size (a measure) right before
 * the verb names the piece too (面霜50g卖一千二).
 */
function namedPiece(text: string, ms: Mention[], i: number): boolean {
  const m = ms[i] as Mention;
  const verb = wordEndBefore(namedVerbs, text, m);
  if (!verb) return false;
  const name = ms[i - 1];
  const pack = name?.tag === "figure" && name.kind === "measure" && name.unit !== null;
  if ((name?.tag !== "name" && !pack) || name.end > verb.start) return false;
  return /^[A-Za-z +]*$/u.test(text.slice(name.end, verb.start));
}

/**
 * How many clause breaks stand between `from` and `to`; -1 when a sentence ends between. A caption's pause before a
 * Chinese character is one too (平时一晚两百 春节那几天能到三千多, 门店去年三十家 今年开到五十了), as raw captions write
 * their commas as spaces.
 */
function clausesBetween(text: string, from: number, to: number): number {
  let clauses = 0;
  for (let k = from; k < to; k++) {
    if (sentenceBreaks[text.charCodeAt(k)] === 1) return -1;
    clauses += clauseBreaks[text.charCodeAt(k)] ?? 0;
    if (spaceAt(text, k) && !spaceAt(text, k - 1) && isHan(codeAt(text, skipSpaces(text, k)))) clauses++;
  }
  return clauses;
}

/**
 * Whether a bare number says what a price in an earlier clause of its sentence reaches (units.yaml prices `reaches`:
 * 平时一晚两百，春节那几天能到三千多): a link of reaching right before it, no figure and no word of another matter (排名,
 * 人数: countsGoOn `notBetween`, count or money words) between, and of the price's size within `ratio` times.
 */
function reachedPrice(text: string, ms: Mention[], i: number, prices: Set<Mention>): boolean {
  const m = ms[i] as Mention;
  const link = wordEndBefore(reachLinks, text, m);
  if (!link || hasDecimalPoint(m.numeral)) return false;
  let prev: Mention | undefined;
  for (let j = i - 1; j >= 0 && !prev; j--) {
    const o = ms[j] as Mention;
    if (prices.has(o)) prev = o;
    // another figure between may be what the number is of; a period (那几天, 三天) only says when
    else if (o.tag === "figure" && o.kind !== "duration") return false;
  }
  if (!prev) return false;
  const clauses = clausesBetween(text, prev.end, link.start);
  const between = text.slice(prev.end, link.start);
  if (clauses <= 0 || countGoOnNotBetween.occursIn(between) || holdsWord(countContexts, between)) return false;
  if (sellContrastNotWith.occursIn(between)) return false; // 售价两百，一天能卖到一千: units sold in a day
  const before = prev.value ?? prev.min;
  const now = m.value ?? m.min;
  if (before === null || now === null || before <= 0 || now <= 0) return false;
  const { ratio } = units.prices.reaches;
  return now <= before * ratio && now >= before / ratio;
}

/**
 * Whether a piece pointed at (这个, 那款: units.yaml prices perPiece `demonstratives`) stands right before the verb of
 * selling that starts at `verbStart`, or with only a seller between before a verb that a price alone follows (这个我卖
 * 四十二, 这款咱们只要十九): a vendor names the price of the thing shown, as 一杯卖二十八 does.
 */
function pointedPiece(text: string, m: Mention, verbStart: number): boolean {
  let p = verbStart;
  const seller = demonstrativeSellers.before(text, p);
  if (seller) {
    if (!wordEndBefore(demonstrativeSellerVerbs, text, m)) return false;
    p -= seller.word.length;
  }
  const counted = tableAt(demonstrativeCounters, text, p - 1) === 1 || tableAt(pieceCounters, text, p - 1) === 1;
  return counted && tableAt(demonstrativeBases, text, p - 2) === 1;
}

/**
 * Whether a bare number is the price with an extra (units.yaml prices perPiece `extras`): a verb of adding, 一 or not, a
 * counter, the extra's noun of a few Han characters and a link right before it (加个蛋就是二十, 再加份肉要三十五, 加一个
 * 鸡腿就是二十八). An extra that is no goods (加个班, 加个人, 加个零: `notNouns`) leaves the number bare.
 */
function extraPrice(text: string, m: Mention): boolean {
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  p -= approxBefore.before(text, p)?.word.length ?? 0;
  const link = extraLinks.before(text, p);
  if (!link) return false;
  const nounEnd = p - link.word.length;
  // q: where the extra's noun starts, a counter right before it
  for (let q = nounEnd - 1; q >= 1 && q >= nounEnd - extras.reach; q--) {
    if (!isHan(codeAt(text, q)) || isNumeralChar(text.charAt(q))) return false;
    if (tableAt(extraCounters, text, q - 1) !== 1) continue;
    const before = text.charAt(q - 2) === "一" ? q - 2 : q - 1;
    if (!extraVerbs.before(text, before)) continue;
    return extraNotNouns.after(text, q) === null;
  }
  return false;
}

/**
 * Whether a bare number in digits stands right before an amount, spaces, a verb of costing (要) and an about word
 * between (现在显卡的价格 4090大概一万五, 5090 要两万多): it names what the amount is of, a model; no amount is said
 * twice in a row.
 */
function namesNext(text: string, m: Mention, next: Mention | undefined): boolean {
  // the figure after says an amount in words or with a currency (一万五, 两万多, 1.5万元), not a list of numbers in
  // digits (售价3999 4999 5999) nor a count (5999三个版本)
  const n = next?.numeral ?? "";
  const amount = scaleBeforeApprox(n) !== "" || endsInSpokenScale(n) || (next?.kind === "money" && next.unit !== null);
  if (!next || !amount || !/^[0-9]+$/.test(m.numeral)) return false;
  return skipSpaces(text, pastPriceLinks(text, m.end)) === next.start;
}

/**
 * Whether a bare number of four digits stands right after a word of giving an example (units.yaml prices `examples`:
 * 比如说5090, 像4090这种卡) in a sentence that names no price, money or pay: a model's name, not an amount, whatever
 * the talk before was about (a money topic would read it as pay).
 */
function exampleName(text: string, m: Mention): boolean {
  if (m.numeral.length !== units.prices.examples.digits || !/^[0-9]+$/u.test(m.numeral)) return false;
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  if (!exampleWords.before(text, p)) return false;
  return !mentionsMoney(text) && !priceWords.occursIn(text) && !mentionsSalary(text);
}

/** Where a price may start after `pos`: past spaces, a verb of costing (要) and an about word (大概). */
function pastPriceLinks(text: string, pos: number): number {
  let p = skipSpaces(text, pos);
  p += pieceVerbs.after(text, p)?.word.length ?? 0;
  return p + (approxBefore.after(text, p)?.word.length ?? 0);
}

/**
 * Where a piece (一盒, 每瓶) ends right before a bare amount, spaces, an about word and a few characters of its noun
 * between (一盒三百多, 一片大概三十, 一张票三百多), or -1. With no verb of selling, the amount is its price only where the
 * sentence speaks of being dear or cheap (units.yaml prices perPiece `dear`: 一箱二十四 alone is 24 to a box) or the
 * piece is a serving of one (`servings`: 牛肉面一碗十八, 一杯咖啡十五左右), which a number after it cannot count.
 */
function pieceEndBefore(text: string, m: Mention): number {
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  p -= approxBefore.before(text, p)?.word.length ?? 0;
  for (let k = 0; k <= units.prices.perPiece.reach && p >= 2; k++, p--) {
    if (pieceAt(text, p) > 0) return p;
    if (!isHan(codeAt(text, p - 1)) || isNumeralChar(text.charAt(p - 1))) return -1;
  }
  return -1;
}

/** Whether the piece ending at `p` is a serving of one (一碗, 每杯: units.yaml prices perPiece `servings`). */
const servingAt = (text: string, p: number) =>
  tableAt(pieceServings, text, p - 1) === 1 && (text.charAt(p - 2) === "一" || tableAt(pieceBases, text, p - 2) === 1);

/**
 * Whether a word of being dear or cheap (units.yaml prices perPiece `dear`) stands after a number in its clause or the
 * clause right after (一盒三百多，太贵了): further on, or before it, it may be of another thing (caption lines of a
 * price and then 一箱二十四 are one sentence).
 */
function saidDear(text: string, m: Mention): boolean {
  let end = m.end;
  for (let breaks = 0; end < text.length; end++) if (clauseBreaks[text.charCodeAt(end)] === 1 && ++breaks === 2) break;
  return pieceDear.occursIn(text.slice(m.end, end));
}

/** The length of a piece (一罐, 两台, 每份) ending at `p`, or 0. */
function pieceAt(text: string, p: number): number {
  if (tableAt(pieceCounters, text, p - 1) !== 1) return 0;
  const base = text.charAt(p - 2);
  return tableAt(pieceBases, text, p - 2) === 1 || isNumeralChar(base) || isDigitLike(base) ? 2 : 0;
}

/** Whether a bare 一 opens a piece or a period (一罐, 一学期), as a base of a price after it, never the price itself. */
const baseOfOne = (text: string, m: Mention) => m.numeral === "一" && isHan(codeAt(text, m.end));

/**
 * Which bare numbers a price word or a fee word (学费, 油钱: units.yaml `fees`) states (units.yaml `prices`): one after it through at most MAX_LINKS links or
 * bound words (原价599, 到手价只要399, 售价约1299), or one a carry word opens later in a sentence where a price word
 * stands before (原价599，今天直播间只要399). Not a version (定价v2), nor a number before a measure word (价格指数).
 */
function pricedBy(text: string, ms: Mention[]): (m: Mention) => boolean {
  const fees = feeEndings(text);
  // a discount (打个八折 也就 四百八) opens a carry word's price as a price word does: what is paid after it
  const discount = ms.find(
    (o) => o.tag === "figure" && o.kind === "percent" && discountWords.some((w) => o.text.endsWith(w)),
  );
  if (!priceWords.occursIn(text) && fees.length === 0 && !discount) return () => false; // most sentences
  // where the first price or fee word (or discount) ends
  const first = {
    end: Math.min(priceWords.scan(text)[0]?.end ?? text.length, fees[0] ?? text.length, discount?.end ?? text.length),
  };
  return (m) => {
    const after = spaceAt(text, m.end) ? m.end + 1 : m.end;
    if (m.start < first.end || versionWords.after(text, after) || measureContexts.after(text, after)) return false;
    // not the 一 of a piece, a period or a trip (价格 一罐三百多, 学费一学期2万8, 运费一趟两万)
    if (baseOfOne(text, m)) return false;
    let p = m.start;
    for (let links = 0; links <= MAX_LINKS; links++) {
      while (p > 0 && spaceAt(text, p - 1)) p--;
      if (priceWords.before(text, p)) return true; // 原价599
      if (feeEndsAt(text, p)) return true; // 过路费 三千 多
      const carry = priceCarry.before(text, p);
      if (carry && p - carry.word.length >= first.end) return true; // a price word stands before the carry word
      // a link parted by a caption space (价格 降 到 3999) is read whole
      const spaced = wordBefore(priceLinks, text, p);
      const link = spaced ? null : (approxBefore.before(text, p) ?? feeBases.before(text, p));
      // a piece between the price word and the number (奶粉的价格 一罐三百多) is a link too
      const piece = spaced ? p - spaced.start : link ? link.word.length : pieceAt(text, p);
      if (piece === 0) return false;
      p -= piece;
    }
    return false;
  };
}

/**
 * A bounded figure whose unit is a label word (岁 of 16到24岁, 60岁以上) names a group as a bare number before the
 * word does (labelAfter): 16到24岁的青年, 超过60岁的老人 are no figures; 年龄不到30岁。, 在18到25岁之间 stay ones. A
 * range written with a dash does too, its unit telling it from a date or a score (16—24岁劳动力失业率).
 */
function classifyLabelled(text: string, ms: Mention[]) {
  for (const m of ms) {
    if (m.tag !== "figure" || m.kind !== "measure" || !(bounded(text, m) || m.symbolRange)) continue;
    const label = labelAfter(text, m);
    if (label) {
      m.tag = "bare";
      m.reason = `a grade, level or age that names a group (${label})`;
    }
  }
}

/**
 * The grade, level or age word (级, 岁) right after a bounded bare number, or the unit of a bounded figure (岁),
 * that names a group with it: 一到两级, 16到24岁不含在校生的, 超过60岁的老人, 60岁以上的老人. Not where the number is
 * what the clause states: 年龄在18到25岁之间, 他30多岁。, 不到30岁。
 */
function labelAfter(text: string, m: Mention): string | null {
  let p = Math.max(m.end, m.interval?.end ?? 0);
  let q = p;
  let label: Entry<LabelInfo> | null;
  if (m.tag === "bare") {
    if (spaceAt(text, p)) p++;
    label = labels.after(text, p);
    q = p + (label?.word.length ?? 0);
  } else {
    // the unit word is the label: it starts where the numeral ends and ends inside the figure (三岁半)
    const at = spaceAt(text, numeralEnd(m)) ? numeralEnd(m) + 1 : numeralEnd(m);
    label = labels.after(text, at);
    if (label && (at + label.word.length > m.end || label.info.onlyBare)) label = null;
  }
  if (!label) return null;
  const { figureBefore, atEnd, groupAfterSpace } = label.info;
  // a caption space ends the clause (他 三十多岁 还没结婚) unless a word of the group follows it (六十岁 以上 人口)
  const spaced = spaceAt(text, q) && groupAfterSpace.after(text, skipSpaces(text, q)) === null;
  if (atEnd && (q >= text.length || tableAt(clauseBreaks, text, q) === 1 || spaced)) return null;
  return figureBefore.after(text, q) ? null : label.word;
}

/**
 * What the clue nearest a bare figure in its own clause makes it, in a sentence about money: a count after a count
 * noun (票房是505亿元，但观影人次只有11.8亿; 营收80亿元，日活用户是3亿), money after a money word or with no clue.
 */
function nearestClue(text: string, ms: Mention[]): (m: Mention) => "money" | "count" {
  // built with plain loops: spreading two scans, either of them empty, made V8 discard its compiled code
  const clues: { start: number; end: number; count: boolean }[] = [];
  for (const [lexicon, count] of [
    [countContexts, true],
    [moneyContexts, false],
  ] as const) {
    const hits = lexicon.scan(text, (e) => e.info);
    for (let i = 0; i < hits.length; i++) {
      const w = hits[i] as { start: number; end: number };
      clues.push({ start: w.start, end: w.end, count });
    }
  }
  for (const end of feeEndings(text)) clues.push({ start: end - 2, end, count: false }); // 授权费十五万
  // nouns of people known by their last character (代理人, 快递员, 客户数: units.yaml `countedNouns`)
  for (let i = 1; i < text.length; i++) {
    if (nounEnds[text.charCodeAt(i)] !== 1) continue;
    const before = codeAt(text, i - 1);
    const next = codeAt(text, i + 1);
    if (!isHan(before) || nounNotBefore[before] === 1 || (isHan(next) && nounFollow[next] !== 1)) continue;
    clues.push({ start: i, end: i + 1, count: true });
  }
  clues.sort((a, b) => a.start - b.start);
  // clause breaks before each position: two positions share a clause when the counts are equal
  const breaks = breakCounts(text, clauseBreaks);
  const apart = (a: number, b: number) => breaks[a] !== breaks[b];
  let sentences: Int32Array | undefined; // read on first need
  // a clue after a figure that stands nearer the next figure in its clause is that one's subject, not this one's
  // (用户数能够突破一百万 终端价格降到三千块钱: 价格 names the 3000, 一百万 keeps its 用户数)
  const nearerNext = (clue: { start: number; end: number }, from: number) =>
    ms.some((n) => n.start >= clue.end && !apart(clue.end, n.start) && n.start - clue.end < clue.start - from);
  return (m) => {
    let k = 0; // the first clue that starts after the figure (binary search)
    for (let hi = clues.length; k < hi; ) {
      const mid = (k + hi) >> 1;
      if ((clues[mid] as { start: number }).start < m.end) k = mid + 1;
      else hi = mid;
    }
    const after = clues[k];
    const before = clues[k - 1];
    const gapAfter =
      after && !apart(m.end, after.start) && !nearerNext(after, m.end) ? after.start - m.end : Number.POSITIVE_INFINITY;
    const gapBefore =
      before && before.end <= m.start && !apart(before.end, m.start) ? m.start - before.end : Number.POSITIVE_INFINITY;
    const nearest = gapAfter < gapBefore ? after : gapBefore < Number.POSITIVE_INFINITY ? before : undefined;
    if (nearest) return nearest.count ? "count" : "money";
    return changedFrom(m, k) ? "count" : "money";
  };

  /**
   * Whether a bare number with no clue in its clause is what a count changes into: a change word right before it
   * (降到, 增加到) and a count clue the nearest clue before it in its sentence (我们有200万代理人，明年会降到150万).
   */
  function changedFrom(m: Mention, k: number): boolean {
    if (!wordEndBefore(changesInto, text, m)) return false;
    sentences ??= breakCounts(text, sentenceBreaks);
    for (let j = k - 1; j >= 0; j--) {
      const c = clues[j] as { end: number; count: boolean };
      if (c.end <= m.start) return c.count && sentences[c.end] === sentences[m.start];
    }
    return false;
  }
}

/** Whether a bare number follows a ratio word after a numeral (1比2以上: false-figures.yaml ratioJoiners). */
function ratioTerm(text: string, m: Mention): boolean {
  let p = m.start;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  const joiner = ratioJoiners.before(text, p);
  if (!joiner) return false;
  p -= joiner.word.length;
  while (p > 0 && spaceAt(text, p - 1)) p--;
  return isNumeralChar(text[p - 1] ?? "");
}

/**
 * A bare number that a bound word or a spoken range makes a figure: 超过300, 一千到一千五百; not 支持3.0以上版本,
 * nor years (从2020到2025).
 */
function bounded(text: string, m: Mention): boolean {
  const v = m.interval;
  if (!v || v.source === "numeral" || m.symbolRange) return false;
  const { min, max } = falseFigures.years;
  const year = (x: number | null) => x === null || (Number.isInteger(x) && x >= min && x <= max);
  if (/^[0-9]{4}$/.test(m.numeral) && year(v.min) && year(v.max)) return false; // 从2020到2025, 2020以后
  return versionWords.after(text, spaceAt(text, v.end) ? v.end + 1 : v.end) === null;
}

/**
 * Whether a figure of more than one digit counts the same thing in the same sentence (后厨八个人 前厅十二个人, 去年开了
 * 三家 今年开了十五家): a small count beside it is a figure too, one of a pair or a list, no turn of phrase.
 */
function countedAlongside(ms: Mention[], m: Mention): boolean {
  return ms.some((o) => o !== m && o.tag === "figure" && !o.single && o.kind === m.kind && o.unit === m.unit);
}

const staffPlaces = wordLexicon([...units.staffCounts.places, ...units.staffCounts.teams]);
const staffLinks = wordLexicon(units.staffCounts.links);
const staffBetween = wordLexicon(units.staffCounts.between);
const staffCounted = new Set(units.staffCounts.counted);
const staffSaidAgain = new Set(units.staffCounts.saidAgain);
const staffRemains = wordLexicon(units.staffCounts.remains.links);
const staffFinals = wordLexicon(units.staffCounts.remains.finals);

/**
 * Whether a small count of `saidAgain` is what is left of a headcount said earlier in its sentence (线上原来二十多个人，
 * 现在只剩八个了): right after a remain link, ending its clause; it then counts people as the headcount does.
 */
function remainOfStaff(text: string, ms: Mention[], m: Mention): boolean {
  if (m.value === null || m.value <= 1 || m.unit === null || !staffSaidAgain.has(m.unit)) return false;
  if (!staffRemains.before(text, m.start)) return false;
  if (!endsClause(text, m.end + (staffFinals.after(text, m.end)?.word.length ?? 0))) return false;
  for (let i = ms.indexOf(m) - 1; i >= 0; i--) {
    const prev = ms[i];
    if (prev === undefined) break;
    for (let k = prev.end; k < m.start; k++) if (sentenceBreaks[text.charCodeAt(k)] === 1) return false;
    if (prev.tag !== "figure" || prev.kind !== "count" || prev.unit === null || !staffCounted.has(prev.unit)) continue;
    m.unit = prev.unit;
    return true;
  }
  return false;
}

/**
 * Whether a figure ends its clause (后厨五个人，), an about word (左右) after it passed over; a caption's space after
 * it is its pause (现在就三个人 明年可能扩到六七个).
 */
function endsClause(text: string, end: number): boolean {
  let p = skipSpaces(text, end);
  p = skipSpaces(text, p + (approxAfter.after(text, p)?.word.length ?? 0));
  return p >= text.length || spaceAt(text, p - 1) || clauseBreaks[text.charCodeAt(p)] === 1;
}

/**
 * Whether a small count of people is a place's headcount (units.yaml `staffCounts`): right after a place of work in a
 * shop or a plant, or a team (我们团队只有十个人), a link and an about word at most between, ending its clause (后厨五个人, 前厅就三个人); or a count of
 * `saidAgain` ending the clause right after such a headcount, the person dropped (后厨五个人，前面三个), which then
 * counts people too. A count going on in its clause (后厨两个人在聊天) is of people doing something.
 */
function staffed(text: string, ms: Mention[], m: Mention): boolean {
  if (m.value === null || m.value <= 1 || m.unit === null || !endsClause(text, m.end)) return false;
  if (staffCounted.has(m.unit)) {
    let p = m.start;
    p -= approxBefore.before(text, p)?.word.length ?? 0;
    p -= staffLinks.before(text, p)?.word.length ?? 0;
    // 团队的话 现在就三个人: a time and a topic mark, spaces around them, between the team and its link
    for (let k = 0; k < 2; k++) {
      while (p > 0 && spaceAt(text, p - 1)) p--;
      p -= staffBetween.before(text, p)?.word.length ?? 0;
    }
    while (p > 0 && spaceAt(text, p - 1)) p--;
    if (staffPlaces.before(text, p)) return true;
  }
  if (!staffSaidAgain.has(m.unit)) return false;
  // the headcount in the clause right before: one clause break between, and no other figure
  const i = ms.indexOf(m);
  const prev = ms[i - 1];
  if (prev?.tag !== "figure" || prev.kind !== "count" || prev.unit === null || !staffCounted.has(prev.unit))
    return false;
  let breaks = 0;
  for (let k = prev.end; k < m.start; k++) {
    if (sentenceBreaks[text.charCodeAt(k)] === 1) return false;
    breaks += clauseBreaks[text.charCodeAt(k)] ?? 0;
  }
  if (breaks !== 1 || !staffed(text, ms.slice(0, i), prev)) return false;
  m.unit = prev.unit; // 前面三个 counts people as 后厨五个人 does
  return true;
}

/**
 * Whether a small count of people is a capacity after a per-one base in its clause (units.yaml `capacities`): 一 or
 * 每 and a counter that counts no people, or a base word (一桌), then at most `reach` Han characters of a noun and a
 * verb (宿舍一间住八个人, 一辆车坐五个人, 一桌十个人, 每间住六个人): how many each one holds, a figure as 一个班四十五个学生
 * is. A base that is a person (他一个人带了两个人) or no counter (我们一起五个人) leaves the count discourse.
 */
function capacity(text: string, m: Mention): boolean {
  if (m.value === null || m.value <= 1 || m.unit === null || !capacityCounted.has(m.unit)) return false;
  const { reach } = units.capacities;
  // q: where the 一 or 每 of the base may stand; every character from it to the count is a Han non-numeral one
  for (let q = m.start - 2; q >= 0 && q >= m.start - reach - 2; q--) {
    const c = text.charAt(q + 1);
    // the 一 of an adverb passed over (一家店一般是五个人) is no numeral in the way
    if (!isHan(codeAt(text, q + 1)) || (isNumeralChar(c) && !capacityNotBases.after(text, q + 1))) return false;
    const one = text.charAt(q);
    if (one !== "一" && one !== "每") continue;
    if (isNumeralChar(text.charAt(q - 1))) return false; // 十一间: a count, no base of one
    if (capacityNotBases.after(text, q)) continue; // 我们一起五个人: together, no base (一家店一般是五个人: look on)
    if (capacityBases.after(text, q + 1)) return true;
    const w = suffixes.after(text, q + 1);
    if (w?.info.kind === "count" && !(w.info.unit !== null && capacityCounted.has(w.info.unit))) return true;
  }
  return false;
}

/**
 * One year, month or day right before another figure (no word between) is the period of a rate, not a span of time:
 * 大概一年一个亿, 一个月两三万, 一年两三次, also with a modal and a short verb between (估计一年能出五六十架). Not before a duration (一年三个月 is a span) nor a share (一年三分之一的雨量:
 * see wholeOfShare). Returns the rate's figure.
 */
function ratePeriod(text: string, ms: Mention[], m: Mention): Mention | null {
  if (m.kind !== "duration" || m.value !== 1 || !m.single) return null;
  const t = ms.find((x) => x.start >= m.end);
  const at = spaceAt(text, m.end) ? m.end + 1 : m.end;
  if (t?.tag !== "figure" || t.kind === "duration" || t.kind === "percent") return null;
  if (t.start === at || outputOf(text, ms, m) === t) return t;
  // a modal and a verb of one or two characters may stand between (一年能出五六十架, 一年要花两百多万): what can be
  // done in each period, still a rate. Only for an amount (not 一年会翻三倍, where the year is the span of the change,
  // nor a count of times: 一天能翻五次 is no table turnover without 台)
  if (t.kind !== "count" && t.kind !== "money" && t.kind !== "measure") return null;
  if (t.unit !== null && rateTimes.has(t.unit)) return null;
  if (!durationModals.has(text.charAt(at)) || modalNouns.has(text.slice(at, at + 2))) return null;
  const verb = t.start - at - 1;
  if (verb < 1 || verb > 2) return null;
  for (let p = at + 1; p < t.start; p++) if (!isHan(codeAt(text, p)) || isNumeralChar(text.charAt(p))) return null;
  return t;
}

const periodVerbs = wordLexicon(units.periodVerbs.verbs);
const periodAdverbs = wordLexicon(units.periodVerbs.adverbs);
const periodNotAfter = new Set(units.periodVerbs.notAfter);

/**
 * Whether a verb of output (units.yaml periodVerbs), adverbs before it, stands between a period of one (ending at
 * `from`) and a count (starting at `to`): 一周更三条, 一个月 也就更两条, 一年最多接十条.
 */
function outputPerPeriod(text: string, period: Mention, from: number, to: number): boolean {
  if (periodNotAfter.has(text.charAt(period.start - 1))) return false; // 有一天发了两条
  let p = skipSpaces(text, from);
  for (let k = 0; k < 2; k++) p += periodAdverbs.after(text, p)?.word.length ?? 0;
  const verb = periodVerbs.after(text, p);
  return verb !== null && p + verb.word.length === to;
}

/** The small count a period of one right before it makes a rate with a verb of output between (一周更三条 → 三条). */
function outputOf(text: string, ms: Mention[], m: Mention): Mention | null {
  if (m.kind !== "duration" || m.value !== 1 || !m.single) return null;
  const t = ms.find((x) => x.start >= m.end);
  return t?.tag === "figure" && t.kind === "count" && outputPerPeriod(text, m, m.end, t.start) ? t : null;
}

/**
 * A lone 一/两/三 or 几 counting things (两个核心原因, 两人, 几部片子, 差不多一个水平) is discourse, not a figure, unless
 * it is a range or a bounded count above one. Percentages, money, multiples and measures with a unit (一吨) always
 * count; so do durations but 一 (有一天, 一天的目标 are idioms) unless a bound word gives it (将近一年, 一个月左右) or
 * it follows a verb's 了 or a duration verb (延期了一个月, 为期一周; units.yaml `oneDurationAfter`) or a noun of a term
 * (时效是一年; `oneDurationTerms`), or a modal and a
 * verb (要下一个小时; `oneDurationVerbs`), or comes before 就 and a deed done (一分钟就破了; `oneDurationBefore`), or
 * is what a change starts from (从一个星期缩短到了两天). A count of times between 翻 and 台 is a restaurant's table
 * turnover, a figure (一天能翻五次台; units.yaml `turnovers`); so is a count of shops, schools or offers (三家店,
 * 八所学校, 五个offer; `nounCounts`; 明年上两条产线 with the times of `times`)
 * and of aircraft or ships (再接收八架; `craftCounts`). 几 and a duration after a
 * demonstrative (国庆那几天, 哪几天) points at a time: discourse too.
 */
function classifyWeak(text: string, ms: Mention[], times: readonly { start: number; end: number }[]) {
  for (const m of ms) {
    // 好几 is 几 said more strongly (好几期, 好几个): no more a figure than 几部片子
    const few = m.numeral === "几" || m.numeral === "数" || m.numeral === "好几" || m.numeral === "好幾";
    if (m.tag !== "figure" || !(m.single || few) || (m.value === null && !few)) continue;
    if (m.kind === "percent" || m.kind === "money" || m.kind === "multiple") continue;
    // 十五胜四负: a game's record states its counts, small as they are (classifyBare)
    if (m.kind === "count" && m.unit !== null && recordUnits.has(m.unit)) continue;
    // 三分钟一公里, 四分半一公里: one unit right after a duration is the base of a pace, no distance said
    const paced =
      m.kind === "measure" && m.value === 1
        ? ms.find((d) => d.tag === "figure" && d.kind === "duration" && d.end === m.start)
        : undefined;
    if (paced) {
      m.tag = "discourse";
      m.reason = "the base of a pace (三分钟一公里): not a figure";
      // a bound after the base bounds the pace (四分半一公里左右 is about 4.5 minutes): the duration takes it
      if (paced.approx === null && m.approx !== null && approxAfter.after(text, skipSpaces(text, m.end)))
        paced.approx = m.approx;
      continue;
    }
    if (m.kind === "measure" && m.unit !== null) continue;
    const deictic = few && m.kind === "duration" && demonstratives.has(text[m.start - 1] ?? ""); // 那几天
    const period = ratePeriod(text, ms, m); // 大概一年一个亿
    // 两次之间, 两餐之间: the two things something lies between, not a count of them (a duration stays: 两年之间)
    const between = m.kind !== "duration" && m.value !== null && betweenWords.after(text, m.end) !== null;
    if (
      !deictic &&
      !period &&
      !between &&
      (m.kind === "duration"
        ? m.value !== 1 ||
          m.approx !== null ||
          ratedAt(text, ms, m) || // 每天一个小时
          (!wholeOfShare(text, ms, m) &&
            (oneDurationAfter.before(text, m.start)?.info ||
              termBefore(text, m.start) || // 时效是一年
              ((modalVerbBefore(text, m.start) || doneWithin(text, m)) && !timesAfter(text, ms, m)) ||
              changedDurationFrom(text, m)))
        : (m.approx !== null && m.value !== null && m.value > 1) ||
          (m.value !== null && m.value > 1 && roundsCounted(text, m)) || // 三轮融资
          turnover(text, m) ||
          (m.value !== null && m.value > 1 && nounsCounted(text, m, times)) || // 三家店, 八所学校, 五个offer
          (m.value !== null && m.value > 1 && m.unit !== null && craftCounters.has(m.unit)) || // 接收八架
          flownCount(text, m) || // 复用十次
          casualty(text, m) || // 七人死亡, 两人失踪
          talliedAt(text, ms, m) ||
          ratedAt(text, ms, m) || // 每周练四次
          exerciseCount(text, m) || // 做四组, 跑了三圈
          // 一天三次: a count of times after the rate's period is how often (一天三轮 may be turns of phrase); 一次两片:
          // a count right after a dose word is how much at a time
          (m.value !== null &&
            m.value > 1 &&
            ((m.unit !== null && rateTimes.has(m.unit) && ms.some((o) => ratePeriod(text, ms, o) === m)) ||
              doseRates.before(text, m.start) !== null)) ||
          (m.value !== null && m.value > 1 && ms.some((o) => outputOf(text, ms, o) === m)) || // 一周更三条
          (m.value !== null && m.value > 1 && changedBy.before(text, m.start) !== null) || // 多了三个
          (m.value !== null && m.value > 1 && changedTo.before(text, m.start) !== null) || // 增加到十个
          (m.value !== null && m.value > 1 && m.sized === true) || // 切成八小块
          // 后厨八个人 前厅十二个人; a word of talk after it keeps it discourse all the same (发了两千多个offer
          // 有两个原因: the reasons are no offers)
          (m.value !== null && m.value > 1 && countedAlongside(ms, m) && !notNounAfter(text, m)) ||
          capacity(text, m) || // 宿舍一间住八个人
          staffed(text, ms, m) || // 后厨五个人，前面三个
          remainOfStaff(text, ms, m)) // 原来二十多个人，现在只剩八个了
    )
      continue;
    m.tag = "discourse";
    m.reason = deictic
      ? "几 and a duration after a demonstrative (那几天): a time pointed at, not a figure"
      : between
        ? "a small count before 之间 (两次之间): the two things between, not a figure"
        : period
          ? "the period of a rate (一年一个亿): not a figure"
          : "a small count in words (两个原因, 一天): discourse, not a figure";
    // the bound said before the period hedges the rate's figure (大概一年一个亿: about 100 million a year)
    if (period && period.approx === null && m.approx !== null && boundBefore(text, m.start) !== null) {
      period.approx = m.approx;
      period.bound = m.bound;
    }
  }
}
