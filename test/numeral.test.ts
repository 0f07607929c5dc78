import { readFileSync } from "node:fs";
import fc from "fast-check";
import nzh from "nzh";
import { describe, expect, it } from "vitest";
import {
  aboutSuffixAt,
  endsInSpokenScale,
  findNumerals,
  isPlacelessChinese,
  type NumeralMatch,
  numeralAt,
  parseNumeral,
  scaleBeforeApprox,
} from "../src/recognize/numeral.js";
import { cpuMs } from "./cpu.js";

type Expected = Partial<NumeralMatch>;
type Table = [input: string, runs: Expected[]][];

/** Runs the table: the runs found must match the expected ones, in order, field by field. */
function check(table: Table): void {
  it.each(table)("%s", (input, runs) => {
    const found = findNumerals(input);
    expect(found).toHaveLength(runs.length);
    expect(found).toMatchObject(runs);
  });
}

const one = (text: string, value: number, more: Expected = {}): Expected => ({
  text,
  value,
  min: null,
  max: null,
  ...more,
});
const range = (text: string, min: number, max: number, more: Expected = {}): Expected => ({
  text,
  value: null,
  min,
  max,
  approx: null,
  ...more,
});
const vague = (text: string, min: number, max: number, more: Expected = {}): Expected =>
  range(text, min, max, { approx: "vague", ...more });

describe("the scale a numeral ends in, before a 多, 余 or 来 after it (9亿多 is scaled as 9亿 is)", () => {
  it.each([
    ["9亿多", "亿"],
    ["9亿", "亿"],
    ["3万余", "万"],
    ["两百多亿", "亿"],
    // near-misses: no scale before the marker, or none at all
    ["300多", ""],
    ["二十多", ""],
    ["3.5", ""],
  ])("%s → %s", (numeral, scale) => {
    expect(scaleBeforeApprox(numeral)).toBe(scale);
  });
});

describe("a scale and one digit after it is the spoken next place (一万五 = 15000)", () => {
  it.each([
    ["一万五", true],
    ["三亿二", true],
    // in digits, as captions write it, and with the next place named after its digit
    ["1万2", true],
    ["3亿5", true],
    ["一万五千", true],
    ["1万5千", true],
    // near-misses: a unit below 万, no digit, a zero, a zero between, a place with no scale before its digit
    ["两千一", false],
    ["一万", false],
    ["十五", false],
    ["一万零", false],
    ["1万0", false],
    ["一万零五百", false],
    ["两千五百", false],
    ["2千5", false],
  ])("%s → %s", (numeral, spoken) => {
    expect(endsInSpokenScale(numeral)).toBe(spoken);
  });
});

describe("Chinese integers", () => {
  check([
    ["ChatGPT的周活跃用户现在已经涨到了三百五", [one("三百五", 350)]],
    ["两千四百五", [one("两千四百五", 2450)]],
    ["估值大概三万五", [one("三万五", 35000)]],
    ["一万零三", [one("一万零三", 10003)]],
    ["十", [one("十", 10, { single: true })]],
    ["十五个人", [one("十五", 15)]],
    ["二十年", [one("二十", 20)]],
    ["一亿二千万", [one("一亿二千万", 120000000)]],
    ["气温负三度", [one("负三", -3)]],
    ["负三十二", [one("负三十二", -32)]],
    // a spoken minus before a percent sign, 的 between or not; not 正负 (a tolerance), 胜负, nor 负债 (debt)
    ["增速是负百分之二", [one("负百分之二", -2)]],
    ["利润率是负的百分之五", [one("负的百分之五", -5)]],
    ["负千分之五", [one("负千分之五", -0.5)]],
    ["正负百分之三", [one("百分之三", 3)]],
    ["胜负的百分之五十", [one("百分之五十", 50)]],
    ["负债百分之三十", [one("百分之三十", 30)]],
    // 的 between a spoken minus and digits too (负的2.7%); not after a word ending in 负, nor before 一 (负的一面)
    ["PPI同比是负的2.7%", [one("负的2.7", -2.7)]],
    ["胜负的3场", [one("3", 3)]],
    // 零下 is a minus sign before a number; before anything else 零 is a digit
    ["气温零下二十度", [one("零下二十", -20)]],
    ["零下20度", [one("零下20", -20)]],
    ["零下5.5摄氏度", [one("零下5.5", -5.5)]],
    ["零下的天气", [one("零", 0)]],
    // a caption may put one space after 零下
    ["能 扛 到 零下 四十 度", [one("零下 四十", -40)]],
    ["零下 5 度", [one("零下 5", -5)]],
    ["一千零一", [one("一千零一", 1001)]],
    ["七十八万五佰零六", [one("七十八万五佰零六", 780506)]],
    ["四亿五千六百四十二万零一十五", [one("四亿五千六百四十二万零一十五", 456420015)]],
    ["一万五千亿", [one("一万五千亿", 1500000000000)]],
    ["四万万同胞", [one("四万万", 400000000)]],
    ["二十一万亿", [one("二十一万亿", 21000000000000)]],
    ["九百九", [one("九百九", 990)]],
    // the shorthand next digit is 二: a 两 after a place with nothing after it is the tael (白银三千万两, 五十两银子);
    // (the lone 两 left is no figure of a claim); 两 before a place stays a digit (一万两千)
    ["赔了白银三千万两", [one("三千万", 30000000), one("两", 2, { single: true })]],
    ["赏了五十两银子", [one("五十", 50), one("两", 2, { single: true })]],
    ["两亿两白银", [one("两亿", 200000000), one("两", 2, { single: true })]],
    ["一万两千", [one("一万两千", 12000)]],
    ["一万二", [one("一万二", 12000)]],
    ["一百零十万", [one("一百零十万", 1100000)]],
    ["第零十刃", [one("零十", 10)]],
    ["零", [one("零", 0, { single: true })]],
    ["一千万", [one("一千万", 10000000)]],
    ["四千五百六十九万八千三百一十一亿", [one("四千五百六十九万八千三百一十一亿", 4569831100000000)]],
  ]);
});

describe("traditional and financial forms, 俩 and 仨", () => {
  check([
    ["肆佰陸拾", [one("肆佰陸拾", 460)]],
    ["壹佰伍拾", [one("壹佰伍拾", 150)]],
    ["兩千四百五", [one("兩千四百五", 2450)]],
    ["負三十二", [one("負三十二", -32)]],
    ["十萬柒仟捌佰伍拾肆", [one("十萬柒仟捌佰伍拾肆", 107854)]],
    ["壹佰貳拾參萬", [one("壹佰貳拾參萬", 1230000)]],
    ["四億", [one("四億", 400000000)]],
    ["他们俩", [one("俩", 2, { single: true })]],
    ["哥仨", [one("仨", 3, { single: true })]],
    ["三的另一种写法是叁", [one("三", 3), one("一", 1), one("叁", 3)]],
  ]);
});

describe("Chinese decimals", () => {
  check([
    ["三点五", [one("三点五", 3.5)]],
    ["零点五", [one("零点五", 0.5)]],
    ["负六点六", [one("负六点六", -6.6)]],
    ["两千万点五五四四", [one("两千万点五五四四", 20000000.5544)]],
    ["四百亿点零五零", [one("四百亿点零五零", 40000000000.05)]],
    ["两千三点一", [one("两千三点一", 2300.1)]],
    ["三点五亿用户", [one("三点五亿", 350000000)]],
    ["一点五个亿", [one("一点五个亿", 150000000)]],
    ["一百五十四點零", [one("一百五十四點零", 154)]],
    // a whole part past 24 is no clock hour: a score, a time in seconds
    ["满意度是九十二点六分", [one("九十二点六", 92.6)]],
    ["跑了三十点五秒", [one("三十点五", 30.5)]],
    // a duration word after the digit: seconds or minutes, not a clock (a clock names seconds only after minutes)
    ["实测是三点九秒", [one("三点九", 3.9)]],
    ["用了三点五分钟", [one("三点五", 3.5)]],
    // not decimals: a clock time, 两 after the point, nothing after the point
    ["下午三点五十开会", [one("三", 3), one("五十", 50)]],
    ["三点五分", [one("三", 3), one("五", 5)]],
    ["二十四点五分", [one("二十四", 24), one("五", 5)]],
    ["十二点零五秒", [one("十二", 12), one("零", 0), one("五", 5)]],
    ["一点两小时的会议", [one("一", 1), one("两", 2)]],
    ["两百点两", [one("两百", 200), one("两", 2)]],
    ["下午3点30", [one("3", 3), one("30", 30)]],
  ]);
});

describe("bare 百 千 万 亿 are not numerals", () => {
  check([
    ["万一失败了", []],
    ["千万不要这样做", []],
    ["万", []],
    ["万万没想到", []],
    ["成百上千", [vague("上千", 1000, 9000)]],
    ["百度", []],
    ["百分点", []],
    ["千千万万", []],
    ["你千万别这么做", []],
  ]);
});

describe("a bare 百 千 万 right before a larger scale stands for 一百, 一千, 一万 (百亿 = 一百亿)", () => {
  check([
    ["票房破百亿", [one("百亿", 1e10)]],
    ["千亿市值", [one("千亿", 1e11)]],
    ["万亿级市场", [one("万亿", 1e12)]],
    ["销量突破百万台", [one("百万", 1e6)]],
    ["近百億", [one("百億", 1e10)]],
    // not 千万 (by all means), nor the base of a rate, nor a word
    ["千万要记住", []],
    ["每百万token", []],
    ["$25/百万token", [one("25", 25)]],
    ["成为百万富翁", []],
    ["百亿补贴频道", []],
  ]);
});

describe("a bare scale right after 过 or 破, before a unit or no Han character, stands for 一万, 一亿 (过万)", () => {
  check([
    ["跑得多的能过万", [one("万", 1e4)]],
    ["月收入能过万元", [one("万", 1e4)]],
    ["票房破亿了", [one("亿", 1e8)]],
    ["粉丝破千万", [one("千万", 1e7)]],
    ["销量过万大关", [one("万", 1e4)]],
    ["粉丝數過萬人", [one("萬", 1e4)]],
    ["播放量破亿只用了三天", [one("亿", 1e8), one("三", 3)]],
    ["票房破亿后排片涨了", [one("亿", 1e8)]],
    // an aspect mark between (numerals.yaml impliedOneAfter aspects)
    ["播放量一夜之间破了千万", [one("一", 1), one("千万", 1e7)]],
    ["销量过了万", [one("万", 1e4)]],
    ["他走过了万里长城", []],
    ["我们用过了百度", []],
    // not after another word, not before a word (用过百度, 去过万达, 过万重山), not 超过百分之三十's 百, not 千万不要
    ["万元", []],
    ["收入上了万元", []],
    ["我用过百度", []],
    ["我去过万达广场", []],
    ["轻舟已过万重山", []],
    ["我买过万用表", []],
    ["超过百分之三十", [one("百分之三十", 30)]],
  ]);
});

describe("把 of about after a round number, or a bare 百 千 万, right before a unit (万把块, 五千把块)", () => {
  check([
    ["月薪万把块", [one("万把", 1e4, { approx: "about" })]],
    ["月薪五千把块", [one("五千把", 5000, { approx: "about" })]],
    ["千把块", [one("千把", 1000, { approx: "about" })]],
    ["来了百把个人", [one("百把", 100, { approx: "about" })]],
    ["万把人", [one("万把", 1e4, { approx: "about" })]],
    // 把 the counter (两百把椅子), 把 the preposition (一万把钱存起来), a lone 一 (一把椅子), 万 alone (万一)
    ["两百把椅子", [one("两百", 200, { approx: null })]],
    ["赚的一万把钱存起来", [one("一万", 1e4, { approx: null })]],
    ["一把椅子", [one("一", 1, { approx: null })]],
    ["万一把钱丢了", []],
  ]);
});

describe("a bare 百 千 万 with one digit after it is a shorthand (千三 = 一千三)", () => {
  check([
    ["百三", [one("百三", 130)]],
    // a lone digit after a unit keeps its place before a scale (三百五万 = 350万); 三百零五万 says its 零
    ["三百五万", [one("三百五万", 3500000)]],
    ["三百零五万", [one("三百零五万", 3050000)]],
    ["三十五万", [one("三十五万", 350000)]],
    ["千三", [one("千三", 1300)]],
    ["月薪万五", [one("万五", 15000)]],
    ["仟五", [one("仟五", 1500)]],
    // not when more numerals follow, the digit is 零, or the pair is a word (万一)
    ["千三百", [one("三百", 300)]],
    ["百零五", [one("零", 0), one("五", 5)]],
    ["万一出事", []],
  ]);
});

describe("兆 is 10^12 only before 亿 in the same numeral, or before a currency", () => {
  check([
    ["市值突破30兆台币", [one("30兆", 3e13)]],
    ["营收2.9兆元", [one("2.9兆", 2.9e12)]],
    ["日本GDP约六百兆日元", [one("六百兆", 6e14)]],
    ["五兆六十二亿四万五千二", [one("五兆六十二亿四万五千二", 5006200045200)]],
    ["四十九兆九千五百九十二億元", [one("四十九兆九千五百九十二億", 49959200000000)]],
    // 兆 alone may be 10^6 (兆瓦, 兆字节) or 10^12: not read
    ["100兆瓦", [one("100", 100)]],
    ["五十兆字节", [one("五十", 50)]],
    ["三兆", [one("三", 3)]],
    ["这个文件2.9兆", [one("2.9", 2.9)]],
    // or after a word naming a sum of money shortly before it in its clause (no unit going on from 兆)
    ["市值突破三十兆", [one("三十兆", 3e13)]],
    ["那市值呢，最近突破三十兆了", [one("三十兆", 3e13)]],
    ["市值很高。这个文件两兆", [one("两", 2)]],
    ["營收大概兩兆九千億", [one("兩兆九千億", 2.9e12)]],
    ["市值的事不谈，装机一百兆瓦", [one("一百", 100)]],
    ["营收三兆赫兹", [one("三", 3)]],
    ["三兆赫兹", [one("三", 3)]],
  ]);
});

describe("Arabic numbers", () => {
  check([
    ["1200", [one("1200", 1200, { script: "arabic" })]],
    ["1,200", [one("1,200", 1200)]],
    ["1，200", [one("1，200", 1200)]],
    ["1,050,000,000", [one("1,050,000,000", 1050000000)]],
    ["10,000.233", [one("10,000.233", 10000.233)]],
    ["分别是144、147、151", [one("144", 144), one("147", 147), one("151", 151)]],
    ["1, 2", [one("1", 1), one("2", 2)]],
    ["1502222, 二百五", [one("1502222", 1502222), one("二百五", 250)]],
    ["１２３", [one("１２３", 123)]],
    ["９．６", [one("９．６", 9.6)]],
    ["38.8%的任务", [one("38.8", 38.8)]],
    ["0.3", [one("0.3", 0.3)]],
    ["-10000", [one("-10000", -10000)]],
    [".5", [one(".5", 0.5)]],
    ["-.5", [one("-.5", -0.5)]],
    ["...9", [one("9", 9)]],
    ["－－9", [one("9", 9)]],
    // a hyphen after a digit, a letter or a Chinese character is a dash, not a minus
    ["未来3-5年", [one("3", 3), one("5", 5)]],
    ["有70%-74%的概率", [one("70", 70), one("74", 74)]],
    ["GPT-5.2", [one("5.2", 5.2)]],
    ["2222.2222.22222.222", [one("2222", 2222), one("2222", 2222), one("22222", 22222), one("222", 222)]],
    ["2e5", [one("2e5", 200000)]],
    ["12.32e+14", [one("12.32e+14", 1232000000000000)]],
    ["２.７８９０e－１", [one("２.７８９０e－１", 0.2789)]],
    ["2^5", [one("2^5", 32)]],
    ["2.5^-1", [one("2.5^-1", 0.4)]],
  ]);
});

describe("mixed Arabic and Chinese scales", () => {
  check([
    ["ChatGPT的周活跃用户现在已经涨到了8亿", [one("8亿", 800000000, { script: "mixed" })]],
    ["1.4万亿美元的基础设施投入承诺", [one("1.4万亿", 1400000000000, { script: "mixed" })]],
    ["16.4亿", [one("16.4亿", 1640000000)]],
    ["1,100万", [one("1,100万", 11000000)]],
    ["1,100.9亿", [one("1,100.9亿", 110090000000)]],
    ["100000万", [one("100000万", 1000000000)]],
    ["3百", [one("3百", 300)]],
    ["4千", [one("4千", 4000)]],
    ["10万万", [one("10万万", 1000000000)]],
    ["4.78萬億", [one("4.78萬億", 4780000000000)]],
    ["5亿1万4千6百", [one("5亿1万4千6百", 500014600)]],
    ["3万4000", [one("3万4000", 34000)]],
    ["2千零30万", [one("2千零30万", 20300000)]],
    ["１１.92亿", [one("１１.92亿", 1192000000)]],
    ["整了差不多将近七个亿", [one("七个亿", 700000000)]],
    ["不到一个亿美金", [one("一个亿", 100000000)]],
    ["7个亿", [one("7个亿", 700000000)]],
    ["两个多亿", [one("两个多亿", 200000000, { approx: "over" })]],
    // 万卡集群 (a class of GPU cluster) and 万科 (a developer) take no spoken 个: 一个 is the article; 十万卡集群 and
    // 一个万元 keep their numerals
    ["我们有一个万卡集群", [one("一", 1)]],
    ["一个万科的项目", [one("一", 1)]],
    ["我们建了一个十万卡集群", [one("一", 1), one("十万", 100000)]],
    ["一个万元的红包", [one("一个万", 10000)]],
    ["两百多亿", [one("两百多亿", 20000000000, { approx: "over" })]],
    ["6．13亿", [one("6．13亿", 613000000)]],
  ]);
});

describe("Latin scales", () => {
  check([
    ["800M", [one("800M", 800000000)]],
    ["1.2B参数", [one("1.2B", 1200000000)]],
    ["5k", [one("5k", 5000)]],
    ["5K", [one("5K", 5000)]],
    ["40k", [one("40k", 40000)]],
    ["1.4T", [one("1.4T", 1400000000000)]],
    ["投入1.4 trillion美元", [one("1.4 trillion", 1400000000000)]],
    ["2 billion", [one("2 billion", 2000000000)]],
    ["3 million users", [one("3 million", 3000000)]],
    // not scales: part of a longer word, or a single letter after a space
    ["5Mbps", [one("5", 5)]],
    ["3 Months", [one("3", 3)]],
    ["5TB", [one("5", 5)]],
    ["-2.5 M", [one("-2.5", -2.5)]],
    ["5G网络", [one("5", 5)]],
    // code-switched speech: a scale word after 个 or a Chinese numeral, and K after a Chinese numeral
    ["估值大概5个billion", [one("5个billion", 5000000000)]],
    ["DAU破了一个million", [one("一个million", 1000000)]],
    ["burn rate大概两百K", [one("两百K", 200000)]],
    ["两百 million", [one("两百 million", 200000000)]],
    // NEGATIVES: after 个 a scale letter is a unit (三十个G is gigabytes), after a Chinese numeral M is bandwidth
    ["三十个G的流量", [one("三十", 30)]],
    ["一百M的宽带", [one("一百", 100)]],
    ["五个Kg", [one("五", 5)]],
  ]);
});

describe("fractions and percent", () => {
  check([
    ["三分之一的人", [one("三分之一", 100 / 3, { percent: true })]],
    ["3分之1", [one("3分之1", 33.333333333333336, { percent: true, script: "mixed" })]],
    ["百分之七十", [one("百分之七十", 70, { percent: true })]],
    ["百分之三十五点五", [one("百分之三十五点五", 35.5, { percent: true })]],
    ["千分之五", [one("千分之五", 0.5, { percent: true })]],
    ["一半的用户", [one("一半", 50, { percent: true })]],
    ["百分之百确定", [one("百分之百", 100, { percent: true })]],
    ["三又三分之一", [one("三又三分之一", 3.3333333333333335, { percent: false })]],
    ["几分之一", [vague("几分之一", 10, 50, { percent: true })]],
    ["它的成本就只会是美国的几分之1", [vague("几分之1", 10, 50, { percent: true })]],
    ["五分之一", [one("五分之一", 20, { percent: true })]],
    ["一百万分之五", [one("一百万分之五", 0.0005, { percent: true })]],
    ["百分之二十多", [one("百分之二十多", 20, { percent: true, approx: "over" })]],
    ["负一又二分之一", [one("负一又二分之一", -1.5)]],
    ["3又一千分之23", [one("3又一千分之23", 3.023)]],
    ["负３分之负一百五十七", [one("负３分之负一百五十七", 15700 / 3, { percent: true })]],
    // 分之 with nothing after it, 百分点, 十分 (very): no fraction
    ["还有二分之。", [one("二", 2)]],
    ["三个百分点", [one("三", 3)]],
    ["十分重要", [one("十", 10)]],
  ]);
});

describe("半", () => {
  check([
    ["一个半小时", [one("一个半", 1.5)]],
    ["两个半月", [one("两个半", 2.5)]],
    ["三年半", [one("三", 3)]],
    ["半年", [one("半", 0.5, { single: true })]],
    ["半小时", [one("半", 0.5)]],
    ["年过半百", [one("半百", 50)]],
    ["半导体", []],
    ["多半是这样", []],
    ["三点半", [one("三", 3)]],
    // a caption's 半 alone between spaces goes with 个; 半 that begins a word (半天, 半小时) does not
    ["两个 半 小时", [one("两个 半", 2.5)]],
    ["6个 半 小时", [one("6个 半", 6.5)]],
    ["三个 半天", [one("三", 3), one("半", 0.5)]],
  ]);
});

describe("ranges of adjacent numerals", () => {
  check([
    ["两三个", [range("两三", 2, 3)]],
    ["六七", [range("六七", 6, 7)]],
    ["三四十", [range("三四十", 30, 40)]],
    ["三四百万", [range("三四百万", 3000000, 4000000)]],
    ["一两个月", [range("一两", 1, 2)]],
    ["十几", [range("十几", 11, 19)]],
    ["二十几", [range("二十几", 21, 29)]],
    ["十好几天", [range("十好几", 11, 19)]],
    ["十七八岁", [range("十七八", 17, 18)]],
    ["4点几", [range("4点几", 4.1, 4.9)]],
    ["4点几万亿", [range("4点几万亿", 4.1e12, 4.9e12)]],
    ["就是57点几亿", [range("57点几亿", 5710000000, 5790000000)]],
    ["9．6几亿美金", [range("9．6几亿", 961000000, 969000000)]],
    ["十几亿美", [range("十几亿", 1100000000, 1900000000)]],
    ["二十几万", [range("二十几万", 210000, 290000)]],
    ["一百零几", [range("一百零几", 101, 109)]],
    // a placeholder after 百 or 千 keeps its shorthand place before a scale, as 三百几 is 310–390
    ["七百幾萬港元", [range("七百幾萬", 7100000, 7900000)]],
    ["两千几万", [range("两千几万", 21000000, 29000000)]],
    // negatives: 零 names the units digit, and a placeholder after a scale stays where it was
    ["三百零几万", [range("三百零几万", 3010000, 3090000)]],
    ["两万几千", [range("两万几千", 21000, 29000)]],
    // not ranges: digits that do not count up, reduplications
    ["三五", [one("三", 3), one("五", 5)]],
    ["三两", [one("三", 3), one("两", 2)]],
    ["两两组合", []],
    ["三三两两", []],
    ["陽光九九是食物品牌", []],
  ]);
});

describe("a loose pair (三五) before a unit, a scale or a counter is a range, elsewhere two numbers", () => {
  check([
    ["价格会涨三五百元", [range("三五百", 300, 500)]],
    ["每个月多花三五千块钱", [range("三五千", 3000, 5000)]],
    ["三五十个", [range("三五十", 30, 50)]],
    ["三五万", [range("三五万", 30000, 50000)]],
    // before a unit of time said without a counter
    ["焯水大概三五分钟", [range("三五", 3, 5)]],
    ["三五天就好", [range("三五", 3, 5)]],
    // before a counter (read alone, the pair left 五个 = 5, a figure the text does not say)
    ["三五个", [range("三五", 3, 5)]],
    // not inside a number (十三五 is a plan's name), nor another pair
    ["三五规划", [one("三", 3), one("五", 5)]],
    ["十三五规划", [one("十三", 13), one("五", 5)]],
    ["二四百", [one("二", 2), one("四百", 400)]],
    ["十五百", [one("十五", 15)]],
  ]);
});

describe("digit strings", () => {
  check([
    ["二〇二五年", [one("二〇二五", 2025)]],
    ["一九九一年", [one("一九九一", 1991)]],
    ["九九六工作制", [one("九九六", 996)]],
    ["七七八八", []],
    ["一五一十地说", []],
  ]);
});

describe("vague orders of magnitude", () => {
  check([
    ["几天前", [vague("几", 2, 9, { single: true })]],
    ["几个小时", [vague("几", 2, 9)]],
    ["几十年", [vague("几十", 20, 90)]],
    ["几百", [vague("几百", 200, 900)]],
    ["几千", [vague("几千", 2000, 9000)]],
    ["几万", [vague("几万", 20000, 90000)]],
    ["可能要用几十亿", [vague("几十亿", 2e9, 9e9)]],
    ["几百亿几千亿美金", [vague("几百亿", 2e10, 9e10), vague("几千亿", 2e11, 9e11)]],
    ["数万亿token", [vague("数万亿", 2e12, 9e12)]],
    ["数十", [vague("数十", 20, 90)]],
    ["数百万", [vague("数百万", 2e6, 9e6)]],
    ["上百", [vague("上百", 100, 900)]],
    ["上千", [vague("上千", 1000, 9000)]],
    ["上万", [vague("上万", 10000, 90000)]],
    ["上亿", [vague("上亿", 1e8, 9e8)]],
    ["好几十", [vague("好几十", 20, 90)]],
    ["几乎所有人", []],
    ["几何级数", []],
    ["成功的几率", []],
    ["茶几上", []],
    // 幾多 (Cantonese "how much") asks, it counts nothing; 十几 before 多 is no such word
    ["按揭利率而家係幾多", []],
    ["上個月博彩收入几多", []],
    ["二十几个", [range("二十几", 21, 29)]],
    ["数据中心", []],
    ["数字经济", []],
    ["数学家", []],
    ["数量", []],
    ["马上就到", []],
    ["上百度搜一下", [one("一", 1)]],
  ]);
});

describe("多 余 来", () => {
  check([
    ["二十多", [one("二十多", 20, { approx: "over" })]],
    ["两百余", [one("两百余", 200, { approx: "over" })]],
    ["他在七天多一点的时间里", [one("七", 7, { approx: null }), one("一", 1)]],
    ["十来个", [one("十来", 10, { approx: "about" })]],
    ["他在第一周里面只有二十多亿", [one("一", 1), one("二十多亿", 2000000000, { approx: "over" })]],
    ["100多万", [one("100多万", 1000000, { approx: "over" })]],
    ["500余万", [one("500余万", 5000000, { approx: "over" })]],
    ["十多万", [one("十多万", 100000, { approx: "over" })]],
    ["一千多万", [one("一千多万", 10000000, { approx: "over" })]],
    ["三多", [one("三", 3, { approx: null })]],
    ["100多", [one("100", 100, { approx: null })]],
    ["六十多70亿", [one("六十多", 60, { approx: "over" }), one("70亿", 7000000000)]],
  ]);
});

describe("spaces", () => {
  check([
    ["超过 1 万亿", [one("1 万亿", 1000000000000)]],
    ["1000  万", [one("1000  万", 10000000)]],
    ["7 万5 千4 百", [one("7 万5 千4 百", 75400)]],
    ["二十 億", [one("二十 億", 2000000000)]],
    // Chinese numeral characters are joined across spaces (spaced or spoken text): nobody writes two Chinese
    // figures apart with only a space (一百 五 十 二 was four runs before; 三千 九百 two)
    ["一百 五 十 二", [one("一百 五 十 二", 152)]],
    ["三千 九百", [one("三千 九百", 3900)]],
    ["两千 四 百 五", [one("两千 四 百 五", 2450)]],
    ["三千 八百 九十六 万 四千 九百 六十五", [one("三千 八百 九十六 万 四千 九百 六十五", 38964965)]],
    ["八千 三百 八十五 万 二千 三百 二十六 点三三", [one("八千 三百 八十五 万 二千 三百 二十六 点三三", 83852326.33)]],
    ["四百 点 五", [one("四百 点 五", 400.5)]],
    ["陆 点 五 折", [one("陆 点 五", 6.5)]],
    ["十 余 万", [one("十 余 万", 100000, { approx: "over" })]],
    ["五百 余万", [one("五百 余万", 5000000, { approx: "over" })]],
    // Arabic digits after a Chinese scale, when a unit or scale follows them
    ["7万 5千 4百", [one("7万 5千 4百", 75400)]],
    // but Arabic digits are never joined across a space, nor two digits, and what follows a space is read whole
    ["2024 2025", [one("2024", 2024), one("2025", 2025)]],
    ["144 147", [one("144", 144), one("147", 147)]],
    ["一 二 三", [one("一", 1), one("二", 2), one("三", 3)]],
    ["三十 四十 五十", [one("三十", 30), one("四十", 40), one("五十", 50)]],
    ["一百 二百", [one("一百", 100), one("二百", 200)]],
    ["三万 5", [one("三万", 30000), one("5", 5)]],
    ["三百 300", [one("三百", 300), one("300", 300)]],
    // a lone digit glued to the word after a space starts a figure of its own (两万 一个月 is not 两万一 = 21000)
    ["两万 一个月", [one("两万", 20000), one("一", 1)]],
    ["三百 一张", [one("三百", 300), one("一", 1)]],
    ["两万 一千", [one("两万 一千", 21000)]],
    ["两万一个月", [one("两万一", 21000)]],
    // so does a lone 十 after a numeral with a place of its own (两百八 十年前: 280, then a date ten years ago); after a
    // lone digit it is a caption's split tens (三 十个人 = 30), and two characters after the space are read whole
    ["兩百八 十年前", [one("兩百八", 280), one("十", 10)]],
    ["三 十个人", [one("三 十", 30)]],
    ["两百 二十个", [one("两百 二十", 220)]],
    ["三百 五又三分之一", [one("三百 五又三分之一", 350 + 1 / 3)]],
    ["五个 六个", [one("五", 5), one("六", 6)]],
    ["一百   五", [one("一百", 100), one("五", 5)]],
    ["一 来", [one("一", 1)]],
  ]);
});

describe("a space after 点 goes on with the decimals, but not after a lone 一 (一点 is 'a little')", () => {
  check([
    ["居民医保低一点 六成左右", [one("一", 1), one("六", 6)]],
    ["比去年高一点 三成左右", [one("一", 1), one("三", 3)]],
    // negatives: spaced speech around 点 after any other numeral, and 一点五 with no space, stay one decimal
    ["四点 五个百分点", [one("四点 五", 4.5)]],
    ["一百二十点 五", [one("一百二十点 五", 120.5)]],
    ["四百 点 五", [one("四百 点 五", 400.5)]],
    ["一点五个百分点", [one("一点五", 1.5)]],
  ]);
});

describe("fractions written with spaces", () => {
  check([
    ["五 分之 一", [one("五 分之 一", 20, { percent: true, fraction: true })]],
    ["二分 之一", [one("二分 之一", 50, { percent: true })]],
    ["三分  之一", [one("三分  之一", 100 / 3, { percent: true })]],
    ["百 分 之2.4", [one("百 分 之2.4", 2.4, { percent: true, fraction: false })]],
    ["百  分 之 669", [one("百  分 之 669", 669, { percent: true })]],
    ["百分之五 十", [one("百分之五 十", 50, { percent: true })]],
    ["三 百 五 又 三 分之 一", [one("三 百 五 又 三 分之 一", 350 + 1 / 3)]],
    ["三百五十 又 3分  之1", [one("三百五十 又 3分  之1", 350 + 1 / 3)]],
    // 分 then 之 that is not 分之Y
    ["考了三分 之后", [one("三", 3)]],
    // a percent's spoken range across one caption space, as unspaced (百分之八九 = 8–9, 百分之八九十 = 80–90)
    ["利润 就 百分之 八 九", [range("百分之 八 九", 8, 9, { percent: true })]],
    ["百分之 七 八 的 样子", [range("百分之 七 八", 7, 8, { percent: true })]],
    ["百分之二 三", [range("百分之二 三", 2, 3, { percent: true })]],
    ["百分之 八 九十个人", [range("百分之 八 九十", 80, 90, { percent: true })]],
    ["百分之八九十个人", [range("百分之八九十", 80, 90, { percent: true })]],
    // negatives: not counting up, a word between, a row of digits, two spaces, no percent, a ratio
    ["百分之 八 七", [one("百分之 八", 8), one("七", 7)]],
    ["百分之 八 然后 九", [one("百分之 八", 8), one("九", 9)]],
    ["百分之 二 三 四", [one("百分之 二", 2), one("三", 3), one("四", 4)]],
    ["百分之 八  九", [one("百分之 八", 8), one("九", 9)]],
    ["八 九", [one("八", 8), one("九", 9)]],
    ["三分之 一 二", [one("三分之 一", 100 / 3), one("二", 2)]],
  ]);
});

describe("fractions a/b", () => {
  check([
    ["３／５", [one("３／５", 60, { percent: true, fraction: true })]],
    ["-3/2", [one("-3/2", -150, { percent: true })]],
    ["１６/5", [one("１６/5", 320, { percent: true })]],
    ["超过1/2的人都来了", [one("1/2", 50, { percent: true })]],
    // a whole number, one space and a fraction
    ["1 ３/5", [one("1 ３/5", 1.6, { percent: false, fraction: false })]],
    ["1 4/3的美梦,1/2的努力", [one("1 4/3", 2.3333333333333335), one("1/2", 50)]],
    // dates and chains are not fractions
    ["3/5号发布", [one("3", 3), one("5", 5)]],
    ["截至3/5", [one("3", 3), one("5", 5)]],
    ["2024/3/5", [one("2024", 2024), one("3", 3), one("5", 5)]],
    ["2024 3/5", [one("2024", 2024), one("3", 3), one("5", 5)]],
    ["3/5晚上", [one("3", 3), one("5", 5)]],
    ["1/2/3", [one("1", 1), one("2", 2), one("3", 3)]],
    ["1000/5", [one("1000", 1000), one("5", 5)]],
    ["1/0", [one("1", 1), one("0", 0)]],
    ["1/2.5", [one("1", 1), one("2.5", 2.5)]],
    ["24/7在线", []],
    ["50/50的机会", []],
  ]);
});

describe("two digits before 折", () => {
  check([
    ["三八折", [one("三八", 38)]],
    ["五五折", [one("五五", 55)]],
    ["九 九 折", [one("九 九", 99)]],
    // the pair needs 折 after it: 三八 is two numbers, 五五 a reduplication
    ["三八", [one("三", 3), one("八", 8)]],
    ["五五开", []],
    ["二三八折", [one("二三八", 238)]],
    // two digits counting up stay a range, as 七八个 is
    ["七八折", [range("七八", 7, 8)]],
  ]);
});

describe("ratios and percentages", () => {
  check([
    ["三分之一", [one("三分之一", 100 / 3, { percent: true, fraction: true })]],
    ["一百分之二", [one("一百分之二", 2, { percent: true, fraction: true })]],
    ["百分之七十", [one("百分之七十", 70, { percent: true, fraction: false })]],
    ["千分之五", [one("千分之五", 0.5, { percent: true, fraction: false })]],
    ["百万万分之七", [one("百万万分之七", 7e-8, { percent: true, fraction: false })]],
    ["三百五", [one("三百五", 350, { percent: false, fraction: false })]],
  ]);
});

describe("words that are not numerals", () => {
  check([
    ["我家在四川", []],
    ["陆地上有许多动物", []],
    ["这个岛屿远离大陆", []],
    ["入伍時分總令人感傷", []],
    ["请问伍仁怎么卖", []],
    ["小明每天收拾房间", []],
    ["这个人很放肆", []],
    ["參加會議", []],
    ["零售业务", []],
    ["陆陆续续", []],
    // idioms stay runs: the quantity layer filters them
    ["他一直在", [one("一", 1, { single: true })]],
    // words in which the character holds no number at all are skipped (一切 was a run 一 before)
    ["一切", []],
    ["我一看你就笑", []],
    ["美味十足", []],
    ["半成品", []],
    ["二十来自北京的人", [one("二十", 20, { approx: null })]],
  ]);
});

describe("match fields", () => {
  it("gives UTF-16 offsets into the input and the exact text", () => {
    const text = "😀大约是4亿，接近9亿";
    const runs = findNumerals(text);
    expect(runs.map((r) => [r.start, r.end, r.text])).toEqual([
      [5, 7, "4亿"],
      [10, 12, "9亿"],
    ]);
    for (const r of runs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it("tells the script apart", () => {
    expect(findNumerals("三百 300 3百").map((r) => r.script)).toEqual(["chinese", "arabic", "mixed"]);
  });

  it("marks lone Chinese characters as single", () => {
    // (Chinese numerals join across spaces: 一 十 is 十, so a comma parts them)
    expect(findNumerals("一，十 1 十一 半年").map((r) => r.single)).toEqual([true, true, false, false, true]);
  });

  it("keeps exact doubles: scaling shifts the decimal point", () => {
    expect(parseNumeral("16.4亿")?.value).toBe(1640000000);
    expect(parseNumeral("0.3")?.value).toBe(0.3);
    expect(parseNumeral("1.1万")?.value).toBe(11000);
    expect(parseNumeral("4.35万亿")?.value).toBe(4350000000000);
    expect(parseNumeral("0.07亿")?.value).toBe(7000000);
  });
});

describe("parseNumeral", () => {
  it.each([
    ["三百五", 350],
    ["1.4万亿", 1400000000000],
    ["负10000", -10000],
    ["百分之七十", 70],
    ["一个半", 1.5],
    ["２．２亿", 220000000],
    ["百三", 130],
    ["千三", 1300],
    ["五兆六十二亿", 5006200000000],
    ["一百 五 十 二", 152],
    ["3/5", 60],
  ])("%s = %d", (s, v) => {
    expect(parseNumeral(s)?.value).toBe(v);
  });

  it.each(["", "三百五个", "几乎", "数据", "万", "千万", "百度", "千三百", "abc", "8亿 ", "一百 ", "两两", "伍", "兆"])(
    "%j is not one numeral",
    (s) => {
      expect(parseNumeral(s)).toBeNull();
    },
  );
});

describe("speed", () => {
  const n = 100_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  it.each([
    ["digits", fill("1234567890")],
    ["Chinese numerals", fill("三百五十四万零六")],
    ["Chinese digits", fill("一二三四五六七八九")],
    ["1,1,1,…", fill("1,")],
    ["1,111,…", fill("1,111,")],
    ["一、二、…", fill("一、二、")],
    ["几几几", fill("几")],
    ["万万万", fill("万")],
    ["十十十", fill("十")],
    ["1.1.1.…", fill("1.")],
    ["负负负", fill("负")],
    ["零下零下", fill("零下")],
    ["零下1零下", fill("零下1")],
    ["一点一点", fill("一点")],
    ["上上上", fill("上")],
    ["一 一 一", fill("一 ")],
    ["十 十 十", fill("十 ")],
    ["一百 一百", fill("一百 ")],
    ["三十 四十 ", fill("三十 四十 ")],
    ["1/1/1/…", fill("1/")],
    ["1 1/1 1/", fill("1 1/")],
    ["兆兆兆", fill("兆")],
    ["五兆五兆", fill("五兆")],
    ["五五折", fill("五五折")],
    ["百 分 之 ", fill("百 分 之 ")],
  ])("%s: 100,000 characters well under a second", (_, text) => {
    // warm up on a fifth of it, so that the run measures the scan and not the JIT compiling it: a slowdown that grows
    // faster than the text would still show in the whole run
    findNumerals(text.slice(0, 20_000));
    // the scan's own CPU time (test/cpu.ts): not other processes', nor V8's compiler threads'
    expect(cpuMs(() => findNumerals(text))).toBeLessThan(500);
  });
});

describe("property: numbers written by nzh read back exactly", () => {
  // nzh writes every number in four forms. Two of its forms are not what people write: 10^16 comes out as
  // 一万万亿 (people write 一亿亿 or 一京), and a lone financial digit (伍, 陸, 肆, 參, 拾) is read by design
  // as the ordinary word it usually is (队伍, 陆地, 放肆, 參加, 收拾), so those lone characters must give null.
  const lone = new Set(["伍", "陆", "陸", "肆", "參", "拾"]);
  const writers: [string, (s: string) => string][] = [
    ["cn.encodeS", (s) => nzh.cn.encodeS(s)],
    ["cn.encodeB", (s) => nzh.cn.encodeB(s)],
    ["hk.encodeS", (s) => nzh.hk.encodeS(s)],
    ["hk.encodeB", (s) => nzh.hk.encodeB(s)],
  ];
  const uniform = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n });
  // mostly zeros (10000000020003), where 零 and 万万亿 are placed
  const sparse = fc
    .array(fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 2, 5, 9), { minLength: 1, maxLength: 17 })
    .map((d) => BigInt(d.join("")))
    .filter((b) => b <= 10n ** 16n);
  const integer = fc.oneof(uniform, sparse).map(String);
  const decimal = fc
    .tuple(
      fc.bigInt({ min: 0n, max: 10n ** 12n }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
    )
    .map(([i, f]) => `${i}.${f.join("")}`);
  const number = fc.oneof(integer, decimal);

  const readsBack = (s: string): void => {
    for (const [name, write] of writers) {
      const zh = write(s);
      const m = parseNumeral(zh);
      if (lone.has(zh)) {
        if (m !== null) throw new Error(`${name}(${s}) = ${zh} should not be read alone`);
        continue;
      }
      if (m?.value !== Number(s)) throw new Error(`${name}(${s}) = ${zh} read as ${m?.value}`);
    }
  };

  it("fixed seed 42, 10000 runs", () => {
    fc.assert(fc.property(number, readsBack), { seed: 42, numRuns: 10000 });
  });

  const seed = Math.floor(Math.random() * 2 ** 31);
  it(`random seed ${seed}, 10000 runs`, () => {
    fc.assert(fc.property(number, readsBack), { seed, numRuns: 10000 });
  });

  it("finds the number inside a sentence, seed 42", () => {
    const inSentence = (s: string): void => {
      const zh = nzh.cn.encodeS(s);
      const runs = findNumerals(`营收达到${zh}元，同比增长`);
      if (runs.length !== 1 || runs[0]?.text !== zh || runs[0]?.value !== Number(s)) {
        throw new Error(`${zh}: ${JSON.stringify(runs)}`);
      }
    };
    fc.assert(fc.property(number, inSentence), { seed: 42, numRuns: 3000 });
  });

  it("reads the forms nzh writes at the edges", () => {
    for (const s of ["0", "10", "100000", "10000000000000000", "100000000.5", "0.0000001", "1010101010101010"]) {
      readsBack(s);
    }
  });
});

describe("property: runs on any text", () => {
  const alphabet = [..."零〇一二两三四五六七八九十百千万亿负点几数上多余来个半分之又好1234567890,.，．- %年天的是"];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join(""));
  it("are ordered, non-overlapping, sliced from the input and finite (seed 42)", () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const r of findNumerals(t)) {
          if (r.start < last || r.end <= r.start || t.slice(r.start, r.end) !== r.text) return false;
          const values = r.value === null ? [r.min, r.max] : [r.value];
          if (!values.every((v) => v !== null && Number.isFinite(v))) return false;
          if (r.value === null && (r.min ?? 0) > (r.max ?? 0)) return false;
          last = r.end;
        }
        return true;
      }),
      { seed: 42, numRuns: 10000 },
    );
  });
});

describe("a lone digit before a word (一个, 三种) is read without the full reader, and as it reads", () => {
  const corpus = ["altman-big-technology-2025-12.txt", "bestpartners-gemini-3-flash.md", "pie-podcast-excerpt.srt"]
    .map((f) => readFileSync(new URL(`../fixtures/corpus/${f}`, import.meta.url), "utf8"))
    .join("");
  const ideographs = [...new Set(corpus.match(/[\u4e00-\u9fff]/gu))];
  const digits = [..."零〇一壹二贰貳两兩俩倆三叁參仨四肆五伍六陆陸七柒八捌九玖"];
  it("gives the full reader's numeral before every ideograph of the corpus", () => {
    let checked = 0;
    for (const d of digits) {
      for (const c of ideographs) {
        for (const text of [`${d}${c}`, `${d}个${c}`, `${d}個${c}`]) {
          const found = findNumerals(text).filter((m) => m.start === 0);
          if (found.length === 0) continue; // a word that holds no numeral (零件), or a lone 伍 (队伍)
          expect(found, text).toEqual([numeralAt(text, 0)]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60000);
  });
});

describe("a 来 of about after a number (400来人), not in another word (来自, 来说)", () => {
  it.each([
    ["400来人", 3, 1],
    ["30來块钱", 2, 1],
    // near-misses: 来自, 来说, 来讲, no 来 at all
    ["20来自北京", 2, 0],
    ["100来说", 3, 0],
    ["100来讲", 3, 0],
    ["400多人", 3, 0],
  ] as [string, number, number][])("%s at %i → %i", (text, i, length) => {
    expect(aboutSuffixAt(text, i)).toBe(length);
  });
});

describe("tens right after 万 with no 零 start a new number (两百万三十年 is 两百万 and 三十年)", () => {
  check([
    ["比如贷两百万三十年", [one("两百万", 2000000), one("三十", 30)]],
    ["一百万十年", [one("一百万", 1000000), one("十", 10, { single: true })]],
    // near-misses: 零 says the gap, a shorthand digit or 千 after 万, tens of 万 after 亿 stay one number
    ["两百万零三十", [one("两百万零三十", 2000030)]],
    ["一万三", [one("一万三", 13000)]],
    ["三万五千", [one("三万五千", 35000)]],
    ["五亿四十万", [one("五亿四十万", 500400000)]],
    ["二十万", [one("二十万", 200000)]],
  ]);
});

describe("isPlacelessChinese: Chinese digits alone, no place or scale", () => {
  it.each([
    ["一两", true],
    ["两三", true],
    ["五", true],
    ["五十", false],
    ["三百", false],
    ["两万", false],
    ["5", false],
    ["", false],
  ] as [string, boolean][])("%s → %s", (s, want) => expect(isPlacelessChinese(s)).toBe(want));
});

describe("four Arabic digits after a scale, then 年, are a year, not the lower places (营收3亿2027年要到10亿)", () => {
  it.each([
    ["营收3亿2027年要到10亿", ["3亿", "2027", "10亿"]],
    ["去年营收三个亿2027年要到十个亿", ["三个亿", "2027", "十个亿"]],
    // near-misses: the lower places of one number, with a scale after them or none
    ["3亿5000万", ["3亿5000万"]],
    ["1万2", ["1万2"]],
  ])("%s", (text, want) => {
    expect(findNumerals(text).map((n) => n.text)).toEqual(want);
  });
});

describe("audit capts2: a scale right after 个半 scales the whole (两个半亿 = 2.5亿)", () => {
  check([
    ["利润争取做到两个半亿", [one("两个半亿", 250000000)]],
    ["营收是一个半亿美元", [one("一个半亿", 150000000)]],
    ["两个半万", [one("两个半万", 25000)]],
    // near-misses: a unit after the half as before, a scale already read, and 万一 as a word of its own
    ["开了两个半小时", [one("两个半", 2.5)]],
    ["三万个半", [one("三万个半", 30000.5)]],
    ["两个半万一出事", [one("两个半", 2.5)]],
  ]);
});

describe("audit points: 点 before a caption space and a count of days is no decimal point (恒指跌了五百点 三天)", () => {
  check([
    ["恒指跌了五百点 三天累计跌了一千二", [one("五百", 500), one("三", 3), one("一千二", 1200)]],
    ["收在三千点 五个交易日", [one("三千", 3000), one("五", 5)]],
    // near-misses: a percentage word or nothing after the digit, a space before 点 too, no space at all
    ["四点 五个百分点", [one("四点 五", 4.5)]],
    ["一百二十点 五", [one("一百二十点 五", 120.5)]],
    ["四百 点 五天", [one("四百 点 五", 400.5)]],
    ["三点五天", [one("三点五", 3.5)]],
  ]);
});

describe("prices audit: bare digits after a place's shorthand digit read its lower places (一千二九九 = 1299)", () => {
  check([
    ["原价一千二九九", [one("一千二九九", 1299)]],
    ["三千五九九", [one("三千五九九", 3599)]],
    ["两百九九", [one("两百九九", 299)]],
    ["一千二三九", [one("一千二三九", 1239)]],
    ["三万五九九九", [one("三万五九九九", 35999)]],
    ["两百九九块", [one("两百九九", 299)]],
    // digits that fill no places exactly are no figure at all, never a part of one (no 1200, no 3500)
    ["一千二九九九", []],
    ["三千五九 今天", []],
    ["小米十五卖三千九九", [one("十五", 15)]],
    // near-misses: a place, a scale or a point after the digits, an adjacent pair, a last 一 before a word, a digit
    // string
    ["一百八九十", [range("一百八九十", 180, 190)]],
    ["两千五六百", [range("两千五六百", 2500, 2600)]],
    ["一千二三", [range("一千二三", 1200, 1300)]],
    ["一百二一百三", [one("一百二", 120), one("一百三", 130)]],
    ["工资一万五一个月", [one("一万五", 15000), one("一", 1, { single: true })]],
    ["门票两百五一张", [one("两百五", 250), one("一", 1, { single: true })]],
    ["二零二五年", [one("二零二五", 2025)]],
    ["三百五", [one("三百五", 350)]],
  ]);
});
