// Claim types, hedges, negation, questions, speakers and times: a table of sentences, and the sample's own checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, extractText } from "../src/extract.js";
import { documentLocale } from "../src/recognize/locale.js";
import { findTimes } from "../src/recognize/time.js";
import type { Claim } from "../src/schema.js";

const claimsOf = (text: string, date: string | null = "2025-12-18") => extract(text, { date }).claims;
const only = (text: string): Claim => {
  const claims = claimsOf(text);
  expect(claims, JSON.stringify(claims.map((c) => c.text))).toHaveLength(1);
  return claims[0] as Claim;
};

describe("types", () => {
  it.each([
    ["ChatGPT的周活跃用户大约是4亿", "metric"],
    ["去年公司营收达到了300亿元", "metric"],
    ["明年第一季度会发布一款新模型", "prediction"],
    ["预计2026年收入将达到300亿美元", "prediction"],
    ["累计亏损可能会达到1200亿美元", "prediction"],
    ["明年计划再翻三倍", "plan"],
    ["公司打算明年推出三款新设备", "plan"],
    ["今年发展主要预期目标是增长5%左右", "plan"],
    // intentions: 希望 of the speaker's side, 还要 and a verb of building or hiring
    ["我们希望把团队扩到500人", "plan"],
    ["公司希望明年营收翻一番", "plan"],
    // near-misses: 我希望 before the one spoken to or others is a wish for them (cues.yaml notCues), no plan
    ["我希望大家明年多支持，销量能到十万台", "prediction"],
    ["我们希望你们明年能买到三千台", "prediction"],
    // a clause-initial 希望 after a time not over, a verb of reaching right after it: the speaker's own intention
    ["今年希望做到15个亿", "plan"],
    ["明年希望能开到两百家店", "plan"],
    ["下半年希望达到三万台的出货量", "plan"],
    ["年底希望能把会员数做到50万", "plan"],
    ["今年我们也希望做到15个亿", "plan"],
    // near-misses: a past time, another's wish (its subject before 希望), no verb of reaching after it
    ["去年希望做到15个亿", "metric"],
    ["投资者希望今年能做到15个亿", "prediction"],
    ["今年希望不大，只有10个亿", "metric"],
    ["明年希望大家多支持，价格还是50块", "prediction"],
    ["我们还要新建20到30个就业驿站", "plan"],
    ["我们还要招300个工程师", "plan"],
    // 远期 forecasts a designed level; 初步考虑 is what an operator means to do (infra audit)
    ["远期的话客流可能超过5万人次", "prediction"],
    ["初步考虑小车一次收个三四十块钱吧", "plan"],
    // near-misses: a forward rate or contract is today's price; 考虑到 is "considering"
    ["客流可能超过5万人次", "metric"],
    ["远期汇率是7.1", "metric"],
    ["远期合约规模是50亿元", "metric"],
    ["考虑到成本，票价定在3元", "metric"],
    // near-misses: someone else's wish, 还要 comparing, 还要 and time still to come
    ["市场希望利率降到3%", "metric"],
    // a status as of today (截至今天, 到今天为止) is a fact; a time later today with a forecast word is a forecast
    ["截至今天上午8点，过火面积约2000公顷", "metric"],
    ["到今天为止，累计转移群众5000人", "metric"],
    ["今天晚上会有8级大风", "prediction"],
    ["到本月底，累计转移群众会超过5000人", "prediction"],
    ["投资者希望回报率达到10%", "metric"],
    ["成本比去年还要高20%", "metric"],
    ["这个项目还要三年", "prediction"],
    ["如果现在能有2倍算力，收入也会翻倍", "hypothetical"],
    ["假设一家公司每天输出10万亿token", "hypothetical"],
    ["即便价格涨10倍他们也愿意付费", "hypothetical"],
    ["哪怕只有1%的概率，也值得一试", "hypothetical"],
    // spoken 就算 ("even if, say") as 即便; not 就算了 ("forget it")
    ["每个月就算花五千，那一共就要一百五十万", "hypothetical"],
    ["就算涨价一倍，用户也会买", "hypothetical"],
    ["那就算了，我们去年赚了3000万", "metric"],
    // conditions: 一旦, 倘若, 假使, 若是, 要不是 as 如果; not the idiom 毁于一旦, 只要 "only costs", 只要是 "any"
    ["一旦市场回调百分之十，账户就要亏两成", "hypothetical"],
    ["倘若利率上升1个百分点，利润会减少5亿元", "hypothetical"],
    ["假使销量下滑三成，工厂就得停产", "hypothetical"],
    ["若是需求翻倍，产能就不够了", "hypothetical"],
    ["要不是疫情，营收能多出30亿元", "hypothetical"],
    ["十年的心血毁于一旦，损失超过3亿元", "metric"],
    // a later clause with a time past and 了 tells what happened, out of the condition's reach; not with 就, a time
    // not past in it, or no 了
    ["这行一旦压货，一个卖家去年亏了200万元", "metric"],
    ["如果行情不好，很多卖家去年都亏了两成", "metric"],
    ["如果当时买了，去年就赚了200万元", "hypothetical"],
    ["要不是疫情，去年营收能多出30亿元", "hypothetical"],
    ["一旦压货，几十万就压在那里", "hypothetical"],
    // with no time, a word of what the speaker saw happen (见过) and 了 after it tell what happened too; not with 就,
    // no 了, or 了 before the word
    ["一旦压货，我见过一个卖家最后亏了上百万", "metric"],
    ["如果行情不好，我遇到过的卖家亏了两成", "metric"],
    ["一旦压货，就会亏上百万", "hypothetical"],
    ["一旦压货，我见过的卖家都会亏上百万", "hypothetical"],
    ["如果你见过这种事，就知道亏了上百万", "hypothetical"],
    ["一旦压货亏了，见过的卖家要赔上百万", "hypothetical"],
    ["这套课程只要5000元", "metric"],
    ["只要是会员都能打8折", "metric"],
    // a fair, a race meeting or a festival named with 会 forecasts nothing; the verb 会 after one still does
    ["这次展会吸引了30万人次", "metric"],
    ["现在的赛会纪录是2小时", "metric"],
    ["庙会期间接待游客20万人次", "metric"],
    ["展会明年会扩大到5万平方米", "prediction"],
    ["经济发展会放缓到5%", "prediction"],
  ])("%s → %s", (text, type) => expect(only(text).type).toBe(type));

  // 万一 ("if by chance") inside a numeral is the numeral's 万 and 一; a cue word inside a longer word is no cue
  it.each([
    ["管理的资产规模是一万一千多亿元", ["metric"]],
    ["全县人口十万一千人", ["metric"]],
    ["这个月工资三万一千块", ["metric"]],
    ["大型演唱会今年办了3000场", ["metric"]],
    ["今年一共开了12次董事会", ["metric"]],
    ["央行下调存款准备金率0.5个百分点", ["metric"]],
    ["他的转会费是5000万欧元", ["metric"]],
    // near-misses: the condition itself, and 万一 right after a figure
    ["万一需求下降一半，库存就多了", ["hypothetical"]],
    ["投了十万，万一亏了一半就麻烦了", ["metric", "hypothetical"]],
    ["明年会举办3000场演唱会", ["prediction"]],
    ["俱乐部明年会再花5000万欧元的转会费", ["prediction"]],
    // an earnings call or briefing named with 会 is no forecast; the verb 会 after one still is
    ["各位好，欢迎参加第三季度业绩电话会，本季度营收二百四十七亿元", ["metric"]],
    ["第三季度业绩说明会上公司表示营收二百四十七亿元", ["metric"]],
    ["业绩会之后公司明年会回购五十亿美元", ["prediction"]],
  ])("%s → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));

  it("a condition after the figure's clause does not make it hypothetical", () => {
    const claims = claimsOf("算力规模在过去一年已经翻了三倍，之后如果顺利，还会继续扩大");
    expect(claims[0]?.type).toBe("metric");
  });

  // raw captions join into long sentences without punctuation: a condition reaches its consequent, the first later
  // caption line with a figure, and no further
  it.each([
    ["甚至直言，如果现在能有2倍算力\n收入也会翻2倍", ["hypothetical"]],
    ["如果是韧带撕裂的话\n那可能要缺席六到八周\n我们现在积分领先第二名4分", ["hypothetical", "metric"]],
    ["假设今天一家公司\n每天输出10万亿token\n而未来AI输出的规模\n最终会超过10倍", ["hypothetical", "prediction"]],
    // a condition closed by 的话 has its consequent on its own line, and reaches no later one
    ["如果是韧带撕裂的话 那可能要缺席六到八周\n我们现在积分领先第二名4分", ["hypothetical", "metric"]],
    ["如果有2倍算力的话\n收入也会翻2倍", ["hypothetical"]],
    // …and so does one whose consequent (就, 那就, 那么) stands in a later clause of its line
    ["假如饲料再涨两成 那就没得赚了\n我们村里像我这样的养殖户有二十来家", ["hypothetical", "metric"]],
    ["如果价格涨两成 我们就亏了\n我们公司有300个员工", ["hypothetical", "metric"]],
    ["如果价格涨两成，我们就亏三千万\n我们公司有300个员工", ["hypothetical", "metric"]],
    ["如果需求好 那么利润能到两成\n我们公司有300个员工", ["hypothetical", "metric"]],
    // negatives: no consequent on the line, or a 就 inside the condition's own clause: the next line is the consequent
    ["如果明年需求好\n我们能卖到100万台", ["hypothetical"]],
    ["如果明天就涨价两成\n我们能卖到100万台", ["hypothetical"]],
    ["如果需求好 那么\n我们能卖到100万台", ["hypothetical"]],
    // in one line (or one clause) the condition keeps its reach
    ["如果价格稳定，收入会达到150亿元，利润会达到20亿元", ["hypothetical"]],
    // a condition's line with no figure, the figure on the next line with no cue of its own: that line is still the
    // condition's, and the line after it, a forecast or hedge with a figure, its consequent
    ["如果关税\n再加百分之二十\n利润可能会少一半", ["hypothetical", "hypothetical"]],
    ["如果油价\n涨到一百美元一桶\n我们的成本会增加两成\n明年利润会少三成", ["hypothetical", "prediction"]],
    // negatives: a line that adds (而) or turns (但是)
    ["如果关税\n再加百分之二十\n而利润可能会少一半", ["hypothetical", "prediction"]],
    ["如果关税\n再加百分之二十\n但是利润可能会少一半", ["hypothetical", "prediction"]],
    // the speaker's own modal in a later clause of the condition's line says the consequent there: later lines are
    // out of reach; not where a 的话 after it closes the condition, nor where the line ends in the modal
    ["如果跌破三千点 我会加仓\n恒指今天收报两万三千点\n成交额一千二百亿", ["hypothetical", "metric"]],
    ["如果价格涨两成 我们肯定扛不住\n我们公司有300个员工", ["hypothetical", "metric"]],
    ["如果明年 我们会扩张的话\n我们能卖到100万台", ["hypothetical"]],
    ["如果需求好 我们会\n再扩产两成", ["hypothetical"]],
  ])("%j → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));

  it("a time in a condition does not date a figure out of the condition's reach", () => {
    const claims = claimsOf("假设今天一家公司\n每天输出10万亿token\n而未来AI输出的规模\n最终会超过10倍");
    expect(claims.map((c) => c.time?.text ?? null)).toEqual(["今天", null]);
  });

  it("a time on a later caption line does not date the figures before it", () => {
    const claims = claimsOf("冬窗我们会引进两三名外援 预算1000万欧元\n这是俱乐部三年前就定下来的");
    expect(claims.every((c) => c.time === null)).toBe(true);
    // in its own clause it does; a space between ideographs ends a clause as a comma does
    expect(claimsOf("预算1000万欧元是三年前定下来的")[0]?.time?.text).toBe("三年前");
    expect(claimsOf("预算1000万欧元 这是三年前定下来的")[0]?.time ?? null).toBe(null);
    expect(claimsOf("预算1000万欧元，这是三年前定下来的")[0]?.time ?? null).toBe(null);
  });

  it("a later clause's time dates that clause only", () => {
    const claims = claimsOf("合肥工厂现在年产能是20万辆，明年二季度投产以后能到35万辆");
    expect(claims.map((c) => [c.type, c.time?.text ?? null])).toEqual([
      ["metric", null],
      ["prediction", "明年二季度"],
    ]);
  });

  it("each clause keeps its own type: a fact, then a forecast", () => {
    const claims = claimsOf("公司今年收入达到100亿元，明年预计会翻一番");
    expect(claims.map((c) => c.type)).toEqual(["metric", "prediction"]);
  });
});

describe("types: a plan or forecast word cut from its figure by caption spaces", () => {
  // on its caption line, a 预计/计划/承诺 speaks for a later clause when only pauses (or one comma right after it)
  // stand between; not across a negation, a time past or a noun reading of the word (超出预计, 兑现承诺)
  it.each([
    ["我们预计 全年 营收 增长 20%", ["prediction"]],
    ["全年 我们预计 新业务价值 增长 百分之二十 到 二十五", ["prediction"]],
    ["明年 我们 计划 分红 增长 不低于 5%", ["plan"]],
    ["分红 我们承诺 未来三年 分红率 不低于45%", ["plan"]],
    ["我们承诺，未来三年分红率不低于45%。", ["plan"]],
    ["公司计划，明年门店扩到500家", ["plan"]],
    ["我们预计 全年 营收 可能 增长 20%", ["prediction"]],
    // negatives
    ["我们预计 全年 营收 不会 增长 20%", ["metric"]],
    ["我们预计 不会 超过 20%", ["metric"]],
    ["我们计划 去年 营收 增长 20%", ["metric"]],
    ["我们预计 ， 全年 营收 增长 20%", ["metric"]],
    ["超出预计，营收增长了30%", ["metric"]],
    ["这超出了我们的预计，销量增长了30%", ["metric"]],
    ["兑现承诺，分红率提高到了45%", ["metric"]],
    ["这个 超出 预计 营收 增长 了 30%", ["metric"]],
    ["门将 伤了 膝盖 需要 休息 六到八周", ["metric"]],
    // …but a word of how things go right before 的话 (顺利, 不出意外, 允许) is a condition with no figure in it: the figures
    // of its consequent are hypothetical
    ["我们 计划 扩产 顺利的话 能 增加 30%", ["hypothetical"]],
    // …nor a figure of another phrase before the 的话's own (the condition is 公积金组合贷, 合约)
    ["贷三十年 月供八千多 公积金组合贷的话能少个一千块", ["metric"]],
    ["现货手续费一般是0.1% 合约的话是万分之五", ["metric"]],
    // a plan word whose caption line ends with no figure speaks for the next line's figure, across the pauses after it
    ["我 打算 干到 明年 年底\n攒 个 十万块", ["plan"]],
    ["我们 计划 明年第一季度 再开 一家 二网\n投资 大概 五百万", ["plan"]],
    // negatives: the next line states its own mode before the figure (预计, 已经, 了)
    ["计划 是 明年 五月 通车\n通车 后 预计 日均 车流量 是 5万辆次", ["prediction"]],
    // (现在 opens the figure's line: the figure is what is now, and the plan is dated alone, as unspaced)
    ["我们 计划 明年 开店\n现在 已经 有 五百家", ["plan", "metric"]],
    ["我们计划明年开店\n现在已经有五百家", ["plan", "metric"]],
    ["我 打算 明年 去 旅游\n攒 了 十万块", ["prediction"]],
  ])("%s → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("types: a one-character modal (会, 将) or a spaced hedge and reaching verb, a caption word of its own", () => {
  // caption spaces part 会/将 as a word of its own: it speaks for the figure later in its caption line, as unspaced
  it.each([
    ["登陆 时 风力 可能 达到 13级", ["prediction"]],
    ["客流 会 增长 两成", ["prediction"]],
    ["价格 还 会 跌 5%", ["prediction"]],
    ["客流 将 增长 两成", ["prediction"]],
    ["我们 会 开 10家 店", ["prediction"]],
    ["销量 应该 能 达到 5万台", ["prediction"]],
    // negatives: 会 as a noun across the space (开 会), a word holding it, a done reach, a reach of what is now
    ["开 会 3个 小时", ["metric"]],
    ["我们 开 会 开了 3个 小时", ["metric"]],
    ["这是 个 机会 能 赚 20%", ["metric"]],
    ["门将 伤了 膝盖 需要 休息 六到八周", ["metric"]],
    ["目前 用户 大概 达到 3000万", ["metric"]],
    ["去年 风力 可能 达到 了 13级", ["metric"]],
    ["客流会增长两成，去年增长了5%", ["prediction", "metric"]],
    // 会 opening its sentence alone is the yes to a question (会不会上流媒体？), as 会， is: no modal of what follows
    ["会 流媒体版权我们卖了一点二亿", ["metric"]],
    ["会，流媒体版权我们卖了一点二亿", ["metric"]],
    ["那 会 增长 两成", ["prediction"]],
  ])("%s → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("types: what was made ready, a first-person 要, a closing target, a target across caption spaces", () => {
  it.each([
    // 准备了: what was made ready is a fact; 准备 and a verb stays a plan
    ["我们这个冬天准备了1200张应急床位。", "metric"],
    ["我们已经准备了300吨救灾物资。", "metric"],
    ["医院准备好了500张床位。", "metric"],
    ["我们准备明年开100家店。", "plan"],
    ["我们准备再开100家店。", "plan"],
    // 准备 said again with 了 in its clause (a verb copy) tells how long it was made ready: a fact
    ["我们准备这场比赛准备了两个多月。", "metric"],
    ["他们准备这个版本准备了半年。", "metric"],
    // negative: 准备了 in a later clause leaves the first clause's plan
    ["我们准备再开100家店，已经准备好了。", "plan"],
    // a first-person subject's 要 is an intention
    ["未来五年，我们要新建10所学校。", "plan"],
    ["2030年前，我们要新建10所学校。", "plan"],
    ["明年我要把门店开到20家。", "plan"],
    ["下半年我们还要再投资五十亿元。", "plan"],
    ["明年我们还要再开三十家店。", "plan"],
    // 要 and a verb of building or adding, with a time between the actor and 要: only an actor builds
    ["我们明年要新建一栋实验楼，大概投资八千万。", "plan"],
    ["学校下半年要新增200个学位。", "plan"],
    ["明年要新开100家门店。", "plan"],
    // 规划 as a verb before building: what is laid out to build
    ["到2035年，我们规划建成二十条线路。", "plan"],
    ["十五五期间规划新建5座水厂。", "plan"],
    // negatives: 规划建成的 describes what was built; 规划 as a noun holds no intention
    ["按照规划建成的二十条线路已经全部通车。", "metric"],
    ["城市规划面积三百平方公里。", "metric"],
    // negatives: 主要新增 ("mainly added") is what was done
    ["今年主要新增了三个品类，销量涨了20%。", "metric"],
    // negatives: 要 with no person (a forecast), 要是 (if), 需要 (a need), 要求 (a demand), 要看到 (note what is)
    ["明年价格要涨10%。", "prediction"],
    ["我们要是明年能卖3000台就好了。", "hypothetical"],
    ["我们需要3000人。", "metric"],
    ["我们要求供应商降价10%。", "metric"],
    ["我们要看到，今年出口增长了5%。", "metric"],
    ["明年价格还要再涨10%。", "prediction"],
    ["我们还要看到，今年出口增长了5%。", "metric"],
    // a target named after its figures, closing the sentence
    ["十五五期间，每年开工4到6台，这是我们的目标。", "plan"],
    ["每年开工4到6台，这是我们的目标", "plan"],
    // negatives: what was done, a target that does not close the sentence
    ["去年开了3台，这是我们的目标。", "metric"],
    ["每年开工4到6台，这是我们的目标之一。", "metric"],
    // 目标 是 across caption spaces reads as 目标是
    ["我们 的 目标 是 2026年底 库存 降到 500台", "plan"],
    ["今年 的 目标 是 卖 3000台", "plan"],
    ["今年的目标是卖3000台", "plan"],
    // negative: 目标 and 是 in separate phrases
    ["这个 目标 去年 是 卖了 3000台", "metric"],
  ])("%s → %s", (text, type) => expect(only(text).type).toBe(type));
});

describe("types: a plan word speaks for the later comma clauses that say more of the plan", () => {
  // the figure in a later clause takes the plan's type and time
  it.each([
    ["我们计划2027年投产，产能4万吨。", [["plan", "2027-01-01"]]],
    ["阿根廷的盐湖项目，计划2027年投产，一期是4万吨。", [["plan", "2027-01-01"]]],
    ["我们计划明年建成，投资45亿元。", [["plan", "2026-01-01"]]],
    ["公司计划2026年底上市，募资30亿元。", [["plan", "2026-10-01"]]],
    ["我们计划明年开200家店，投资10亿元。", [["plan", "2026-01-01"]]],
    ["我们计划下个月再组织200场以上的招聘会，提供岗位不少于10万个。", [["plan", "2026-01-01"]]],
    // 争取, as 力争
    ["全年争取增长5.5%。", [["plan", "2025-01-01"]]],
    ["明年争取新开200家店。", [["plan", "2026-01-01"]]],
    // a comparison's baseline (比今年) is no time of the later clause's own: the plan reaches it
    ["明年我们的目标是营收做到50亿元，比今年增长25%。", [["plan", "2026-01-01"]]],
    ["2026年我们计划开店500家，比今年多100家。", [["plan", "2026-01-01"]]],
    // 目标 and a verb of reaching, as 目标是
    ["明年目标做到三成。", [["plan", "2026-01-01"]]],
    ["明年目标翻一番。", [["plan", "2026-01-01"]]],
    // a target named by its measure (目标票房, 目标销量), as 目标是
    ["明年目标销量三十万台。", [["plan", "2026-01-01"]]],
    ["明年的目标票房是十五亿。", [["plan", "2026-01-01"]]],
    // a caption space after a unit in Latin letters parts clauses, as one between ideographs does: each keeps its time
    [
      "今年出货量是8GWh 明年目标翻一番",
      [
        ["metric", "2025-01-01"],
        ["plan", "2026-01-01"],
      ],
    ],
    [
      "今年出货量是八百万台 明年目标翻一番",
      [
        ["metric", "2025-01-01"],
        ["plan", "2026-01-01"],
      ],
    ],
    // near-misses: a name before the space, or a bare number, keeps its clause whole
    ["ChatGPT 明年会有十亿用户。", [["prediction", "2026-01-01"]]],
    ["明年要卖3000 台", [["prediction", "2026-01-01"]]],
    // a level a figure is to be held at (audit climate)
    ["十四五末PM2.5浓度要控制在二十八以下。", [["plan", "2025-01-01"]]],
    [
      "线上占比现在是两成，明年目标做到三成。",
      [
        ["metric", null],
        ["plan", "2026-01-01"],
      ],
    ],
    // negatives: a later clause of what is, a turn, a condition, a forecast word of its own, a question, what was won
    [
      "我们计划明年开200家店，去年开了50家。",
      [
        ["plan", "2026-01-01"],
        ["metric", "2024-01-01"],
      ],
    ],
    [
      "我们计划明年开200家店，但现在只有50家。",
      [
        ["plan", "2026-01-01"],
        ["metric", null],
      ],
    ],
    [
      "我们计划明年开200家店，开了50家以后再看。",
      [
        ["plan", "2026-01-01"],
        ["prediction", null],
      ],
    ],
    [
      "我们计划明年开200家店，如果顺利，能开到300家。",
      [
        ["plan", "2026-01-01"],
        ["hypothetical", "2026-01-01"],
      ],
    ],
    [
      "我们计划明年开200家店，预计营收10亿元。",
      [
        ["plan", "2026-01-01"],
        ["prediction", null],
      ],
    ],
    ["我们原来的计划，投资了45亿元。", [["metric", null]]],
    ["我们争取到了30亿元的订单。", [["metric", null]]],
    ["这个目标做到了三成。", [["metric", null]]],
    // 计划 in a programme's name, or as a thing had: the figures are facts
    ["强基计划的考生，高考成绩占85%，校测成绩占15%。", [["metric", null]]],
    ["激励计划一个月也就几千块钱，不多。", [["metric", null]]],
    // near-miss: 计划 as a verb stays a plan
    ["我们计划明年再签五十个新人。", [["plan", "2026-01-01"]]],
    ["我们在全国31个省份都有招生计划，其中西部省份的名额增加了百分之十五。", [["metric", null]]],
    ["去年目标达到了八成。", [["metric", "2024-01-01"]]],
    ["去年的目标翻了一番。", [["metric", "2024-01-01"]]],
    ["去年浓度控制在了三十以下。", [["metric", "2024-01-01"]]],
    [
      "我们计划明年开200家店，今年有50家。",
      [
        ["plan", "2026-01-01"],
        ["metric", "2025-01-01"],
      ],
    ],
  ] as const)("%s → %j", (text, expected) =>
    expect(claimsOf(text).map((c) => [c.type, c.time?.start ?? null])).toEqual(expected),
  );
});

describe("a dated forecast with no figure after a condition of its own clause", () => {
  // the forecast stays a dated one and carries the condition word as its hedge: no figure is made hypothetical
  it.each([
    ["如果顺利的话，明年下半年会递表。", [["prediction", "2026-07-01", "如果"]]],
    ["如果顺利，明年3月开业。", [["prediction", "2026-03-01", "如果"]]],
    ["假如审批顺利，我们计划明年上市。", [["plan", "2026-01-01", "假如"]]],
    ["顺利的话，明年3月开业。", [["prediction", "2026-03-01", null]]],
    // negatives: the time inside the condition is the condition's; a condition alone forecasts nothing
    ["如果明年经济不好，我们会裁员。", []],
    ["假如明年经济不好", []],
    ["如果明年的话会好一些", []],
  ] as const)("%s → %j", (text, expected) =>
    expect(claimsOf(text).map((c) => [c.type, c.time?.start ?? null, c.hedge])).toEqual(expected),
  );
});

describe("types: a forecast verb (预计) speaks for the later comma clauses that say more of the forecast", () => {
  // each claim's type, time and figures: a later clause joins the forecast's claim
  it.each([
    ["今年预计营收100亿元，同比增长两成。", [["prediction", "2025-01-01", 2]]],
    ["今年预计营收100亿元，同比增长两成，净利润增长三成。", [["prediction", "2025-01-01", 3]]],
    ["海铁联运今年预计完成180万吨，同比增长超过两成。", [["prediction", "2025-01-01", 2]]],
    // a hedge of its own in the later clause does not stop it
    [
      "预计降雨量普遍在100毫米左右，局部地区可能超过200毫米。",
      [
        ["prediction", null, 1],
        ["prediction", null, 1],
      ],
    ],
    // a plan word that 是 follows is no noun (我们的目标是): its plan and time run on
    ["我们的目标是三年后航线做到1000条，覆盖30个城市。", [["plan", "2028-01-01", 2]]],
    ["我们的预计是明年增长20%，利润增长10%。", [["prediction", "2026-01-01", 2]]],
    // negatives: a time past, what is now, a turn, 了, the forecast as a noun, a word of its own mode
    [
      "预计明年增长20%，去年是10%。",
      [
        ["prediction", "2026-01-01", 1],
        ["metric", "2024-01-01", 1],
      ],
    ],
    [
      "我们预计明年营收增长20%，现在是10%。",
      [
        ["prediction", "2026-01-01", 1],
        ["metric", null, 1],
      ],
    ],
    [
      "预计明年开200家店，但现在只有50家。",
      [
        ["prediction", "2026-01-01", 1],
        ["metric", null, 1],
      ],
    ],
    [
      "预计营收100亿元，去年增长了两成。",
      [
        ["prediction", null, 1],
        ["metric", "2024-01-01", 1],
      ],
    ],
    [
      "今年进口量预计在1亿吨左右，国内产量是2065万吨。",
      [
        ["prediction", "2025-01-01", 1],
        ["metric", "2025-01-01", 1],
      ],
    ],
    ["这超出了我们的预计，销量增长了30%。", [["metric", null, 1]]],
    ["这超出了我们的预计，销量增长30%。", [["metric", null, 1]]],
    [
      "预计营收100亿元，如果顺利，能到120亿元。",
      [
        ["prediction", null, 1],
        ["hypothetical", null, 1],
      ],
    ],
  ] as const)("%s → %j", (text, expected) =>
    expect(claimsOf(text).map((c) => [c.type, c.time?.start ?? null, c.quantities.length])).toEqual(expected),
  );
});

describe("types: a habit, time still to come, a judgement, a turn", () => {
  const types = (text: string) => claimsOf(text).map((c) => c.type);
  // 会 after a word of habit, or after a population the figure before it is a share of, states how things go
  it.each([
    ["最常见的是皮疹和腹泻，三分之一左右的患者会出现", ["metric"]],
    ["大约两成患者会出现皮疹", ["metric"]],
    ["10%的受试者会出现头痛", ["metric"]],
    // a share of people in general (audit fitness); a time ahead still forecasts
    ["但是有百分之二三十的人会中途放弃", ["metric"]],
    ["明年三成的人会换手机", ["prediction"]],
    ["历史上这类状态通常会持续六到八周", ["metric"]],
    ["这种药一般会让血压下降10%左右", ["metric"]],
    // near-misses: a time ahead, a figure that 会 forecasts, no population, another forecast word, a commitment (plan)
    ["明年会增长20%", ["prediction"]],
    ["我们会在三个月内推出3款新品", ["plan"]],
    // a rule the side puts in force (audit legal), as 实施
    ["明年一月一日起，我们将施行新的立案登记规定", ["plan"]],
    ["我们下个月会推行三项便民措施", ["plan"]],
    // near-miss: the rule itself as subject, no side that acts
    ["新规定将于明年一月一日起施行", ["prediction"]],
    ["明年通常会增长5%", ["prediction"]],
    ["患者会增加到100万人", ["prediction"]],
    ["一半的岗位会被AI取代", ["prediction"]],
    ["三分之一的患者将出现皮疹", ["prediction"]],
    ["通常来说，明年会增长5%", ["prediction"]],
  ])("%s → %j", (text, expected) => expect(types(text)).toEqual(expected));

  // a duration after 还需要/还要 is the time still to come; 判断 forecasts like 预计
  it.each([
    ["我们判断，房地产风险的出清还需要一到两年", ["prediction"]],
    ["三四线城市恐怕还要再等两三年", ["prediction"]],
    ["新工厂投产还需两年", ["prediction"]],
    ["队医初步判断可能要休息两到三周", ["prediction"]],
    ["我们判断，今年全年增速在5%左右", ["prediction"]],
    // near-misses: a figure of another kind, a comparison, a time past, no such word, 判断 as a faculty
    ["我们还需要100亿元资金", ["metric"]],
    ["今年的工期比去年还要长两个月", ["metric"]],
    ["2020年的时候还要再等两年", ["metric"]],
    ["已经等了两三年", ["metric"]],
    ["他的判断力下降了30%", ["metric"]],
  ])("%s → %j", (text, expected) => expect(types(text)).toEqual(expected));

  it("恐怕 hedges", () => expect(only("三四线城市恐怕还要再等两三年").hedge).toBe("恐怕"));

  // a hedge right before a verb of reaching a level forecasts the level (said 2025-12-18: 全年 is a year not over)
  it.each([
    ["全年的话应该能做到32万辆左右。", "prediction", "应该"],
    ["全年算下来，政策利率可能降到1.2%上下。", "prediction", "可能"],
    ["政策利率可能降到1.2%上下", "prediction", "可能"],
    ["明年用户大概能涨到5000万", "prediction", "大概"],
    ["今年的销量估计能达到30万辆", "prediction", "估计"],
    ["房价或许会跌到每平米3万元", "prediction", "或许"],
    // bare 到 and 过 after an aid, right before a figure
    ["今年收入应该能到100亿元。", "prediction", "应该"],
    ["今年收入应该能过百亿。", "prediction", "应该"],
    ["明年用户估计可以到5000万", "prediction", "估计"],
    ["今年大概能过两百亿", "prediction", "大概"],
    // 突破, 超过 and 卖 after an aid, and a time not over between the hedge and the aid
    ["今年应该能突破1000亿", "prediction", "应该"],
    ["我估计今年能卖100万台", "prediction", "估计"],
    ["我估计今年能超过100万台", "prediction", "估计"],
    // 觉得 before an aid and a verb of reaching guesses a level as well; it is no hedge word of the claim
    ["我觉得能到十个亿吧", "prediction", null],
    ["我觉得今年能卖100万台", "prediction", null],
    ["明年用户应该能突破5000万", "prediction", "应该"],
    // a word of certainty forecasts the level as surely; near-misses: a level reached, no verb of reaching
    ["接下来肯定能到100亿", "prediction", "肯定"],
    ["一定能做到三成", "prediction", "一定"],
    ["绝对能卖一百万台", "prediction", "绝对"],
    ["去年肯定降到了1.2%", "metric", "肯定"],
    ["肯定是有三千人", "metric", "肯定"],
    // 占到 (take up a share) after an aid, as 到 (audit gaming); near-misses: no aid, a share already taken, now
    ["短视频的收入估计能占到三成", "prediction", "估计"],
    ["海外收入大概占到三成", "metric", "大概"],
    ["海外收入估计能占到三成了", "metric", "估计"],
    ["目前海外收入应该能占到三成", "metric", "应该"],
    // near-misses: no verb of reaching, a level already reached (了, 过, 已经, 目前), a time past, a hedged fact
    ["可能有30%的人不知道", "metric", "可能"],
    ["去年可能降到了1.2%", "metric", "可能"],
    ["政策利率可能降到1.2%了", "metric", "可能"],
    ["用户应该达到3000万了", "metric", "应该"],
    ["目前用户大概达到3000万", "metric", "大概"],
    ["用户已经可能达到3000万", "metric", "可能"],
    ["去年可能降到1.2%", "metric", "可能"],
    ["应该是3000人左右", "metric", "应该"],
    // near-misses of bare 到 and 过: no aid, a level reached, 到场 (attend), 过去
    ["今年收入应该到100亿元了", "metric", "应该"],
    ["收入应该能到100亿元了", "metric", "应该"],
    ["他应该能到场，大概有300人", "metric", "应该"],
    ["应该能过去，大概有300人", "metric", "应该"],
    ["收入可能超过100亿元", "metric", "可能"],
    ["他应该能理解，我们讲了3次", "metric", "应该"],
    // near-misses of the new verbs and of a time between: a time past, a level reached, a guess at what is
    ["去年估计能卖100万台", "metric", "估计"],
    ["去年估计亏了10亿", "metric", "估计"],
    ["我估计有3000人", "metric", "估计"],
    ["应该能卖100万台了", "metric", "应该"],
    ["我觉得到了十个亿", "metric", null],
    ["我觉得他能理解，我们讲了3次", "metric", null],
    // audit leftovers: 估计 is a verb of estimating: before a figure about a period not over it forecasts it, as 预计
    // does (this row was metric: a guess at what is; the year is not over, so its total is still a forecast)
    ["我估计今年有100万台", "prediction", "估计"],
    ["我估计全年净利润增速大概在0到2%之间", "prediction", "估计"],
    ["我估计今年利润在两个亿左右", "prediction", "估计"],
    ["我估計今年營收大概在五十億元左右", "prediction", "估計"],
    ["我估计下半年的出货量在三百万台上下", "prediction", "估计"],
    // near-misses: a past guess, a reported estimate of the past, no time, something already done this year
    ["我估计他去年赚了两百万", "metric", "估计"],
    ["据估计，去年市场规模是300亿元", "metric", "估计"],
    ["我估计现在的用户有三千万", "metric", "估计"],
    ["我估计今年已经卖了五万台了", "metric", "估计"],
    ["我估计上个月卖了五万台", "metric", "估计"],
  ])("%s → %s, hedge %s", (text, type, hedge) => expect(only(text)).toMatchObject({ type, hedge }));

  // an event still to come (投产以后, 建成后) and an aid (能, 可以) before the figure forecast it
  it.each([
    ["投产以后月产能能到15亿颗。", "prediction"],
    ["建成以后每年能接待20万人次。", "prediction"],
    ["投产以后，月产能能到15亿颗。", "prediction"],
    ["新线通车后每天可以运送30万人次", "prediction"],
    ["开业后一年能做到5000万营收", "prediction"],
    // near-misses: 了 (what happened), a time past, a present capacity, a denial or a question of the aid, no aid,
    // an aid with no figure in its clause
    ["投产以后销量增长了20%", "metric"],
    ["去年投产以后月产能达到了5亿颗", "metric"],
    ["去年投产以后月产能能到5亿颗", "metric"],
    ["现在能到15亿颗", "metric"],
    ["投产以后月产能是5亿颗", "metric"],
    ["投产以后也不能超过15亿颗", "metric"],
    ["投产以后能解决很多问题，产能是5亿颗", "metric"],
    ["上线以后能到30万用户了", "metric"],
    ["开业以后能力强的门店有30家", "metric"],
    ["投产以后可能有5亿颗", "metric"],
  ])("%s → %s", (text, type) => expect(only(text).type).toBe(type));

  // a turn (但) ends a condition's reach when its clause says what is (a plan, a time, 现在), and a hedge's always
  it.each([
    ["如果原材料价格稳定，150亿是有可能的，但内部我们按130亿做预算", ["hypothetical", "plan"]],
    ["如果有两倍算力，收入会翻倍，但现在只有100亿元", ["hypothetical", "metric"]],
    ["如果有两倍算力，收入会翻倍，但去年只有100亿元", ["hypothetical", "metric"]],
    // near-misses: the turned clause is still the condition's consequent; no turn
    ["如果《哪吒3》能在2027年暑期上映，票房20亿问题不大，但是要达到第二部的一半都很难", ["hypothetical"]],
    ["如果有两倍算力，收入会翻倍，利润会达到100亿元", ["hypothetical"]],
    ["但如果价格稳定，收入会达到150亿元", ["hypothetical"]],
  ])("%s → %j", (text, expected) => expect(types(text)).toEqual(expected));

  it.each([
    ["收入可能超过100亿元，但利润只有10亿元", ["可能", null]],
    ["收入可能超过100亿元，利润只有10亿元", ["可能"]],
    // across caption lines a hedge with a figure of its own line reaches no later line, unless a list of figures runs
    // on over the break; one with no figure after it on its line reaches the next
    ["学费大概一年两万八\n孩子今年十二岁", ["大概", null]],
    ["CPU性能提升了大概45%\nGPU呢 官方说是提升了40%", ["大概", null]],
    ["OpenAI可能要用几十亿\n几百亿几千亿美金", ["可能"]],
    ["我觉得大概\n能卖三十万台", ["大概"]],
  ])("%s → hedges %j", (text, hedges) => expect(claimsOf(text).map((c) => c.hedge)).toEqual(hedges));

  // in subtitles a space between ideographs stands for a comma: a condition after a figure is not its condition
  it.each([
    ["每月的费用可能在一万到两万元之间 如果能进医保 患者自付可能降到两三千块", ["metric", "hypothetical"]],
    ["如果能进医保 患者自付可能降到两三千块", ["hypothetical"]],
    ["每月的费用可能在一万到两万元之间如果能进医保", ["hypothetical"]],
  ])("%s → %j", (text, expected) => expect(types(text)).toEqual(expected));
});

describe("a bare scaled figure is money while the talk is about money", () => {
  const kinds = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind]));
  it.each([
    // the sentence before counted something it named, with no money word: the next bare figure counts it too
    ["价格便宜了一半。现在每天大概是20亿个token。去年这个时候才两三亿。", "两三亿", "count"],
    ["价格便宜了一半。现在有8亿用户。去年才两三亿。", "两三亿", "count"],
    // a money word sentences before, and nothing counted in between (or a count named without a figure, or with
    // money in the same sentence): still money
    ["票房突破了50亿。第二部拿了30亿。", "30亿", "money"],
    ["票房突破了50亿。观众很多。第二部拿了30亿。", "30亿", "money"],
    ["价格便宜了一半。现在有8亿用户，收入也涨了。去年才两三亿。", "两三亿", "money"],
    // the clue nearest the figure in its own clause comes first: a count noun next to it, with money elsewhere in
    // the sentence
    ["全年总票房是505亿元，但观影人次只有11.8亿。", "11.8亿", "count"],
    ["今年票房500亿，观影人次12亿。", "12亿", "count"],
    ["营收是80亿元，日活用户是3亿。", "3亿", "count"],
    ["营收是80亿元，员工有1.2万。", "1.2万", "count"],
    ["短剧市场规模能到680亿元，已经超过了电影票房，用户规模在6亿以上。", "6亿", "count"],
    ["票房500亿，12亿观众走进了影院。", "12亿", "count"],
    // a money word after the figure that stands nearer the next figure is that one's subject: the count noun
    // before the figure decides (spoken, unpunctuated)
    ["到明年年底用户数能够突破一百万 终端价格降到三千块钱以内", "一百万", "count"],
    ["到明年年底用户数能够突破一百万 终端价格降到三千块钱以内", "三千块钱", "money"],
    // near-misses: a money word nearer the figure than the count noun, or in the figure's own clause; no clue in
    // the clause (the sentence decides)
    ["观众很多，票房收入12亿。", "12亿", "money"],
    ["用户不多，但是收入达到了12亿。", "12亿", "money"],
    ["观影人次下降了，票房还是拿了30亿。", "30亿", "money"],
    ["票房是505亿元，第二部拿了30亿。", "30亿", "money"],
    ["用户不多 但是收入达到了12亿", "12亿", "money"],
    ["用户数不多 收入超过12亿 利润还是亏的", "12亿", "money"],
    ["用户数不多 今年拿了12亿票房 明年再说", "12亿", "money"],
    // people and users named in the figure's own clause (日活, 骑手) count, across a sentence end or a line break
    ["营收是6亿元。日活是50万。", "50万", "count"],
    ["我们发放了稳岗资金2.4亿元。\n全市外卖骑手有六七万。", "六七万", "count"],
    ["营收是6亿元。旅客吞吐量超过3000万。", "3000万", "count"],
    // near-misses: no count noun, or a money word in the compound (学生贷款): still money
    ["营收是6亿元。利润是5000万。", "5000万", "money"],
    ["公司完成了新一轮融资。估值50亿。", "50亿", "money"],
    ["营收是6亿元。学生贷款有3000万。", "3000万", "money"],
    // people a city or a firm serves (人口, 居民, 会员, 家庭) count, across a sentence end or a line break
    ["去年的营收是50亿元。\n全市常住人口有两千万。", "两千万", "count"],
    ["投资了80亿元\n覆盖人口数百万", "数百万", "count"],
    ["营收是50亿元。\n我们服务的人口有两万。", "两万", "count"],
    ["营收是50亿元。\n社区居民超过3万。", "3万", "count"],
    ["营收是50亿元。\n会员有3000万。", "3000万", "count"],
    ["财政拨款2亿元。\n受益家庭超过1.5万。", "1.5万", "count"],
    // near-misses: profit, income per head and a membership fee are money
    ["营收是50亿元。\n净利润是8亿。", "8亿", "money"],
    ["营收是50亿元。\n人均收入2万。", "2万", "money"],
    ["营收是50亿元。\n居民人均收入有5万。", "5万", "money"],
    ["营收是50亿元。\n会员费有3000万。", "3000万", "money"],
  ])("%s", (text, figure, kind) => {
    expect(kinds(text)).toContainEqual([figure, kind]);
  });
});

describe("a deed done on a later caption line takes no time to come from an earlier line", () => {
  const read = (text: string) =>
    claimsOf(text)
      .filter((c) => c.quantities.length > 0)
      .map((c) => [c.quantities[0]?.text, c.type, c.time?.text ?? null]);
  it.each([
    [
      "明年我们计划做到二十个亿\n我们卖了一个多亿",
      [
        ["二十个亿", "plan", "明年"],
        ["一个多亿", "metric", null],
      ],
    ],
    [
      "我们计划在一月份引进两名外援\n预算的话 俱乐部给了大概三千万欧元",
      [
        ["两名", "plan", "一月份"],
        ["三千万欧元", "metric", null],
      ],
    ],
    ["5号下周就能回来\n我们这个赛季一共有十几个球员受过伤", [["十几个", "metric", null]]],
    // near-misses: what is still to come (a closing 了, 过 reaching a numeral, 超过, a plan word of the line's own)
    ["到明年\n我们就有一百家店了", [["一百家", "prediction", "到明年"]]],
    ["明年的话\n营收应该能过百亿", [["百亿", "prediction", "明年"]]],
    ["明年\n我们会超过一百亿", [["一百亿", "prediction", "明年"]]],
    ["明年我们\n打算先招了五十个人", [["五十个人", "plan", "明年"]]],
  ] as [string, (string | null)[][]][])("%s", (text, want) => expect(read(text)).toEqual(want));
});

describe("amounts the money talk made money keep the talk on money, past the window of the money word", () => {
  const kindOf = (text: string, figure: string) =>
    claimsOf(text)
      .flatMap((c) => c.quantities)
      .find((q) => q.text === figure)?.kind;
  const quiet = (n: number) => "大家都去看了。".repeat(n);
  it.each([
    [`票房突破了50亿。${quiet(6)}第一周拿了二十多亿。${quiet(6)}最后到了57点几亿。`, "money"],
    [`营收有3亿。${quiet(7)}去年是2亿。${quiet(7)}今年能到两千万。`, "money"],
    // near-misses: no amount in between, so the talk left money; a count noun in between ends it as before
    [`票房突破了50亿。${quiet(13)}最后到了57点几亿。`, "count"],
    [`票房突破了50亿。${quiet(6)}观影人次有二十多亿。${quiet(3)}最后到了57点几亿。`, "count"],
  ])("%s", (text, kind) => {
    expect(kindOf(text, text.endsWith("两千万。") ? "两千万" : "57点几亿")).toBe(kind);
  });
});

describe("talk of pay (月薪, 工资) makes a bare figure money in the few sentences after it", () => {
  const kindsOf = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind]));
  it.each([
    ["平均月薪呢 大概1.2万元\n但是这个是平均 中位数其实只有八千多", ["八千多", "money"]],
    ["平均月薪大概1.2万元。\n中位数其实只有八千多。", ["八千多", "money"]],
    ["平均月薪大概1.2万元。\n中位数其实只有八千多。\n一线城市会高一些，一万五上下。", ["一万五", "money"]],
  ])("%s", (text, want) => {
    expect(kindsOf(text)).toContainEqual(want);
  });
  // near-misses: money talk that is not of pay, and pay talk with people counted in between
  it.each(["营收是6亿元。\n中位数其实只有八千多", "平均月薪大概1.2万元。\n我们有8000名员工。\n其中一线城市有八千多。"])(
    "no money in %s",
    (text) => {
      expect(kindsOf(text).filter(([t]) => t === "八千多")).toEqual([]);
    },
  );
});

describe("an age is a measure in years of age, never money borrowed from the talk", () => {
  const ages = (text: string) =>
    claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind, q.unit, q.approx ?? null]));
  it.each([
    ["输出价格是8美元。研究员平均年龄不到30岁。", [["30岁", "measure", "age", "under"]]],
    ["票房突破了50亿。主演今年才22岁。", [["22岁", "measure", "age", null]]],
    ["他今年60岁。", [["60岁", "measure", "age", null]]],
    // a group, not a figure, also in a sentence about money
    ["收入涨了。16到24岁的青年是主力。", []],
    ["营收是8亿元。超过60岁的老人占20%。", [["20%", "percent", "%", null]]],
  ])("%s", (text, want) => {
    // the figures of the first sentence (8美元, 50亿, 8亿元) are not what is asked about
    const first = text.slice(0, Math.max(0, text.lastIndexOf("。", text.length - 2)));
    expect(ages(text).filter((q) => !first.includes(String(q[0])))).toEqual(want);
  });
});

describe("time", () => {
  // a duration bound (在 + N个月以内 ending its clause) is the figure of a fact, not a window from the anchor
  it.each([
    ["保质期在12个月以内。", 12, "metric", null],
    ["这个比正常的偏高一点 正常应该在12个月以内", 12, "metric", null],
    ["审批时间一般在3个月以内。", 3, "metric", null],
    ["回本周期已经压到12个月以内。", 12, "metric", null],
    // a within span before 的 and a thing is the thing's age: 六个月以内的新车 is cars up to six months old
    ["我们只收六个月以内的新车", 6, "metric", null],
    // negatives: the deadline of a plan or forecast keeps its window
    ["我们计划在12个月以内开出30家店。", 30, "plan", "2026-12-31"],
    ["三年内营收会达到100亿元。", 10000000000, "prediction", "2028-12-31"],
  ] as const)("%s → %s, %s, %s", (text, value, type, end) => {
    const c = only(text);
    expect(c.quantities[0]).toMatchObject({ value });
    if (value < 20) expect(c.quantities[0]).toMatchObject({ kind: "duration", unit: "month", approx: "under" });
    expect(c.type).toBe(type);
    expect(c.time?.end ?? null).toBe(end);
  });

  // a month with no year in a forecast or plan is the next one: a dated claim, with or without a figure
  it.each([
    ["我们会在1月13日发布。", "plan", "2026-01-13"],
    ["12月份的数据，我们会在1月13日发布。", "plan", "2026-01-13"],
    ["我们会在1月13日发布，售价3999元。", "prediction", "2026-01-13"],
    ["我们计划8月上旬开业。", "plan", "2026-08-01"],
    ["预计8月上旬完工，投资5亿元。", "prediction", "2026-08-01"],
    // negatives: a report of the month
    ["3月份我们卖了100万台。", "metric", "2025-03-01"],
    ["我们已经在3月5日发布了，售价3999元。", "metric", "2025-03-05"],
  ] as const)("%s → %s at %s", (text, type, start) => {
    expect(only(text)).toMatchObject({ type, time: { start } });
  });

  // a part alone takes the year of a stated year's part in the sentence before, of the same label and paragraph
  it.each([
    ["明年上半年价格会在7万到9万之间震荡。下半年可能会回到10万以上。", ["2026-01-01", "2026-07-01"]],
    ["明年上半年会降5%，下半年会涨10%。", ["2026-01-01", "2026-07-01"]],
    // negatives: another speaker's label, a new paragraph, this year's part
    ["甲：明年上半年价格会在7万到9万之间震荡。\n乙：下半年可能会回到10万以上。", ["2026-01-01", "2025-07-01"]],
    ["明年上半年价格会在7万到9万之间震荡。\n\n下半年可能会回到10万以上。", ["2026-01-01", "2025-07-01"]],
    ["今年上半年增长了5%。下半年增长了6%。", ["2025-01-01", "2025-07-01"]],
    // the anchor's own quarter said between them ends the carry: 全年 is this year again (was 2026)
    [
      "明年一季度会量产。研发费用这个季度是十三点八亿，全年大概六十亿上下。",
      ["2026-01-01", "2025-10-01", "2025-01-01"],
    ],
    // near-misses: no period of the anchor's own between them, or the next quarter (not the anchor's): 2026 still
    ["明年一季度会量产。全年大概六十亿上下。", ["2026-01-01", "2026-01-01"]],
    ["明年一季度会量产。下个季度大概六十亿，全年大概六十亿上下。", ["2026-01-01", "2026-01-01", "2026-01-01"]],
  ])("%s → %j", (text, starts) => expect(claimsOf(text).map((c) => c.time?.start)).toEqual(starts));

  it.each([
    ["明年第一季度会发布一款新模型", "2026-01-01", "2026-03-31"],
    ["2026年OpenAI仍然无法满足企业客户的全部算力需求", "2026-01-01", "2026-12-31"],
    ["OpenAI在2028或2029年实现盈利之前累计亏损可能达到1200亿美元左右", "2028-01-01", "2029-12-31"],
    ["未来五年会是一种典型的爬坡过程", "2025-12-18", "2030-12-31"],
    ["我们计划在明年春节前，把接种率提高到30%以上。", "2026-01-01", "2026-02-16"],
    // the months to date: 1到11月份 is January to November, not November
    ["1到11月份，全国固定资产投资44.4万亿元", "2025-01-01", "2025-11-30"],
    ["明年1到6月，我们计划新增贷款2000亿元", "2026-01-01", "2026-06-30"],
    // 全年 is the year in context
    ["全年GDP增长5%左右", "2025-01-01", "2025-12-31"],
    ["明年全年营收预计增长20%", "2026-01-01", "2026-12-31"],
  ])("%s → %s..%s", (text, start, end) => {
    expect(only(text).time).toMatchObject({ start, end });
  });

  it("without an anchor date, a relative time stays unresolved and says so", () => {
    const c = claimsOf("明年第一季度会发布一款新模型", null)[0];
    expect(c?.time).toMatchObject({ start: null, end: null, relative: true });
  });

  // [sentence, every claim as "type start..end" (time null: "type -")], said on 2025-12-18
  it.each([
    // a later time in a clause of its own, in a sentence that forecasts or plans, dates a forecast of its own
    [
      "明年营收目标是4亿元，力争2026年下半年实现盈亏平衡。",
      ["plan 2026-01-01..2026-12-31", "plan 2026-07-01..2026-12-31"],
    ],
    [
      "明年第二季度我们会在墨西哥建工厂，首期投资1000万美元，2027年初投产。",
      ["prediction 2026-04-01..2026-06-30", "prediction 2027-01-01..2027-03-31"],
    ],
    ["去年营收3亿元，明年会上市。", ["metric 2024-01-01..2024-12-31", "prediction 2026-01-01..2026-12-31"]],
    ["明年会发布新模型，后年会更好。", ["prediction 2026-01-01..2026-12-31", "prediction 2027-01-01..2027-12-31"]],
    // each figure dated by the time of its own clause, not only the first
    [
      "明年营收预计4亿元，2027年营收预计8亿元。",
      ["prediction 2026-01-01..2026-12-31", "prediction 2027-01-01..2027-12-31"],
    ],
    // negatives: a past time, a time in a figure's clause, a period already dated, a question, a condition
    ["去年营收3亿元，今年预计5亿元。", ["metric 2024-01-01..2024-12-31", "prediction 2025-01-01..2025-12-31"]],
    [
      "2025年营收3亿元，2024年是2亿元，公司会继续增长。",
      ["metric 2025-01-01..2025-12-31", "metric 2024-01-01..2024-12-31"],
    ],
    ["明年和后年营收各4亿元。", ["prediction 2026-01-01..2026-12-31"]],
    ["明年营收4亿元，明年还会上市。", ["prediction 2026-01-01..2026-12-31"]],
    ["2026年和2027年都会推出新品。", ["prediction 2026-01-01..2026-12-31"]],
    ["明年营收4亿元，后年会不会上市？", ["prediction 2026-01-01..2026-12-31"]],
    ["明年会发布新模型，后年呢？", []],
    ["如果明年融不到钱，我们2027年底就会倒闭。", []],
    // with no forecast or plan word, a later time to come dates a forecast as in a sentence with no figure
    // (2027年初投产。 alone is one): a statement about the future
    ["明年营收4亿元，2027年初投产。", ["prediction 2026-01-01..2026-12-31", "prediction 2027-01-01..2027-03-31"]],
    // 全年 dates the figure of its own clause, not an earlier clause's time; a forecast verb (预计) reaches a later
    // clause about a period not over
    ["预计全年营收会超过500亿元。", ["prediction 2025-01-01..2025-12-31"]],
    [
      "我们预计四季度息差会基本企稳，全年在1.8%左右。",
      ["prediction 2025-10-01..2025-12-31", "prediction 2025-01-01..2025-12-31"],
    ],
    ["从11月份的数据看，全年实现5%左右的目标是有基础的。", ["plan 2025-01-01..2025-12-31"]],
    [
      "今年前三季度营收增长了10%，全年预计增长12%。",
      ["metric 2025-01-01..2025-09-30", "prediction 2025-01-01..2025-12-31"],
    ],
    // near-misses: a past year's whole, a tally to date, "all year round", and a forecast verb before a clause about
    // the past, the present, or with no time of its own
    ["去年全年营收增长了20%。", ["metric 2024-01-01..2024-12-31"]],
    ["截至12月15日，全年总票房是505亿元。", ["metric 2025-01-01..2025-12-31"]],
    ["我们全年无休，每天服务10万人。", ["metric -"]],
    ["预计明年营收增长20%，去年是10%。", ["prediction 2026-01-01..2026-12-31", "metric 2024-01-01..2024-12-31"]],
    ["我们预计四季度会企稳，目前息差是1.75%。", ["metric 2025-10-01..2025-12-31"]],
    [
      "今年预计能到680亿元，已经超过了电影票房，用户规模在6亿以上。",
      ["prediction 2025-01-01..2025-12-31", "metric 2025-01-01..2025-12-31"],
    ],
    // across caption lines, a figure without a time of its own takes the nearest earlier line's time
    [
      "今年前11个月我们一共交付了\n28.6万辆车\n12月份单月\n我们预计会超过4万辆",
      ["metric 2025-01-01..2025-11-30", "prediction 2025-12-01..2025-12-31"],
    ],
    // negatives: one earlier time reaches the later lines; two times on one line are read as before
    ["明年第一季度\n会发布新模型\n售价3000元", ["prediction 2026-01-01..2026-03-31"]],
    ["今年前11个月和12月份\n我们预计会超过4万辆", ["metric 2025-01-01..2025-11-30"]],
    // a figure whose clause (or the caption line it runs on from) says what already is or was takes no time to come
    // from an earlier clause, nor the forecast that comes with it; its own clause's time still applies
    ["未来三年我们会再投入\n50亿元建新工厂\n门店已经开到了\n300多家", ["plan 2025-12-18..2028-12-31", "metric -"]],
    // (the clause with the time is a dated forecast of its own, with no figure)
    ["明年我们会重返欧洲\n那边我们曾经有\n40家门店", ["prediction 2026-01-01..2026-12-31", "metric -"]],
    ["明年我们会扩产\n现在年产能是20万辆", ["plan 2026-01-01..2026-12-31", "metric -"]],
    ["后年会推出第二代产品，第一代已售出12万台。", ["prediction 2027-01-01..2027-12-31", "metric -"]],
    ["未来三年\n从现在的200家\n扩到500家", ["metric -", "prediction 2025-12-18..2028-12-31"]],
    [
      "明年我们会扩产\n目前已经有20万辆\n明年二季度能到35万辆",
      ["plan 2026-01-01..2026-12-31", "metric -", "prediction 2026-04-01..2026-06-30"],
    ],
    // negatives: a forecast word after the word of what is (已经会有), a word of what is in the time's own clause
    // (到明年我们已经: by then), a figure after the figure the word is about, 而已 ("merely"), a time in the past,
    // a plan's figure on the next line, and a clause with a time of its own
    ["到明年这个时候\n我们已经会有\n500家门店", ["prediction 2025-12-18..2026-12-31"]],
    ["到明年我们已经\n覆盖两百个城市", ["prediction 2025-12-18..2026-12-31"]],
    ["明年我们会开店\n这只是开始而已\n两百家", ["prediction 2026-01-01..2026-12-31"]],
    ["去年我们的营收\n已经超过了\n100亿元", ["metric 2024-01-01..2024-12-31"]],
    ["明年我们的目标是\n营收超过100亿元", ["plan 2026-01-01..2026-12-31"]],
    ["现在年产能是20万辆，明年二季度能到35万辆", ["metric -", "prediction 2026-04-01..2026-06-30"]],
    // 到 after the term of a state (合同到2028年) is when the state ends, no deadline: a fact; 要到…才 is "not
    // until then", due then; a deadline at the start of a clause stays a forecast
    ["他的合同到2028年，年薪大约600万欧元。", ["metric 2025-12-18..2028-12-31"]],
    // a length reckoned up to a period already begun (到今年整整三十年了) is an anniversary, the present: a fact
    ["我做这行到今年整整三十年了。", ["metric 2025-12-18..2025-12-31"]],
    ["到今年他已经干了十年了。", ["metric 2025-12-18..2025-12-31"]],
    ["到这个月已经半年多了。", ["metric 2025-12-18..2025-12-31"]],
    // negatives: a period still to begin, no length before 了, a length in the next clause
    ["到明年就是二十年了。", ["prediction 2025-12-18..2026-12-31"]],
    ["到今年会涨到三十块了。", ["prediction 2025-12-18..2025-12-31"]],
    [
      "到今年，门店开了三百家，明年开满十年了。",
      ["prediction 2025-12-18..2025-12-31", "prediction 2026-01-01..2026-12-31"],
    ],
    // a plan or forecast word cut from its figure by a caption break speaks for the next line (round-1 audit P1)
    ["明年第一季度\n目标是融\n五千万美元", ["plan 2026-01-01..2026-03-31"]],
    ["我们的目标是\n五千万美元", ["plan -"]],
    ["我们计划\n营收达到100亿元\n现在是80亿元", ["plan -", "metric -"]],
    // negatives: not past the next line, nor onto a line with a time of its own
    ["目标是\n100亿元\n去年我们做到了\n80亿元", ["plan -", "metric 2024-01-01..2024-12-31"]],
    ["明年我们会\n继续扩张\n今年营收是100亿元", ["prediction 2026-01-01..2026-12-31", "metric 2025-01-01..2025-12-31"]],
    ["我们会\n今年营收是100亿元", ["metric 2025-01-01..2025-12-31"]],
    // …nor out of a question into its answer, nor onto a line with a cue of its own (一般会 is a habit)
    ["学费会不会涨\n我们的学费是每年5000元", ["metric -"]],
    ["所以我们一定会去谈判\n按照经验一般会降价60%左右", ["metric -"]],
    ["预计能省下\n三到四成的成本", ["prediction -"]],
    // a dated forecast with no figure after a clause with a figure and no time: each is a claim (round-4 audit)
    ["我们卖了100万台，明年会推出新款。", ["metric -", "prediction 2026-01-01..2026-12-31"]],
    ["要走将近二十分钟，明年T2的捷运系统会开通。", ["metric -", "prediction 2026-01-01..2026-12-31"]],
    // negatives: the figure's own time is not dated twice; a time in the past dates no forecast; a question asks
    ["明年我们会卖100万台。", ["prediction 2026-01-01..2026-12-31"]],
    ["我们卖了100万台，去年推出了新款。", ["metric -"]],
    ["我们卖了100万台，明年会不会推出新款？", ["metric -"]],
    ["他的合同到2028年。", []],
    ["PPI要到2026年三季度才能转正。", ["prediction 2026-07-01..2026-09-30"]],
    ["到2028年，年薪会涨到800万欧元。", ["prediction 2025-12-18..2028-12-31"]],
    ["到2028年营收超过100亿元。", ["prediction 2025-12-18..2028-12-31"]],
    ["到2026年三季度能转正。", ["prediction 2025-12-18..2026-09-30"]],
  ])("every dated forecast of %s", (text, expected) => {
    const got = claimsOf(text).map((c) => `${c.type} ${c.time ? `${c.time.start}..${c.time.end}` : "-"}`);
    expect(got).toEqual(expected);
  });

  // a plan word with nothing after it but 是 and a comma or colon speaks for the clause after it, on through clauses
  // that open with a time and hold nothing else of their own (到2027年底前)
  it.each([
    ["我们的计划是，明年再投资90亿元。", ["plan 2026-01-01..2026-12-31"]],
    ["俱乐部的计划是，2027年之前把球场容量扩到9万人。", ["plan 2025-12-18..2027-12-31"]],
    ["我们的目标是，到2027年底前，全市污水处理率达到98.5%。", ["plan 2025-12-18..2027-12-31"]],
    ["我们的计划：明年开200家门店。", ["plan 2026-01-01..2026-12-31"]],
    ["我们的计划就是，明年开200家门店。", ["plan 2026-01-01..2026-12-31"]],
    // negatives: no comma (a plan already), a past time or 已经 after the comma, a clause on the way with a forecast
    // word of its own, and a plan word with more in its clause
    ["我们的计划是明年投资90亿元。", ["plan 2026-01-01..2026-12-31"]],
    ["计划是计划，去年营收是50亿元。", ["metric 2024-01-01..2024-12-31"]],
    ["目标是，去年已经完成了80%。", ["metric 2024-01-01..2024-12-31"]],
    ["目标是，已经完成了80%。", ["metric -"]],
    ["我们的目标是，到2027年底前会有变化，污水处理率达到98.5%。", ["prediction 2025-12-18..2027-12-31"]],
    ["我们的计划是扩产，明年营收会到100亿元。", ["prediction 2026-01-01..2026-12-31"]],
  ])("a plan handed on: %s", (text, expected) => {
    const got = claimsOf(text).map((c) => `${c.type} ${c.time ? `${c.time.start}..${c.time.end}` : "-"}`);
    expect(got).toEqual(expected);
  });

  // across a caption space, a figure with no time and no mode of its own takes the time of the clause after it when
  // that clause opens with a time not over and what is due then (要) or a forecast word, and holds no figure
  it.each([
    ["还有十几个项目 明年要交付", ["prediction 2026-01-01..2026-12-31 十几个"]],
    ["我们还有两百个门店 明年要装修", ["prediction 2026-01-01..2026-12-31 两百个"]],
    ["还有三十台设备 明年会更换", ["prediction 2026-01-01..2026-12-31 三十台"]],
    // negatives: its own past time, a word of what is, no word of what is due, a past time after, a comma
    ["去年卖了100万台 明年要翻番", ["metric 2024-01-01..2024-12-31 100万台", "prediction 2026-01-01..2026-12-31 翻番"]],
    ["现在有200家 明年要开到500家", ["metric - 200家", "prediction 2026-01-01..2026-12-31 500家"]],
    // …where the figure stays what is, and the clause of the time a dated forecast of its own
    ["还有十几个项目 明年交付", ["metric - 十几个", "prediction 2026-01-01..2026-12-31 "]],
    ["还有十几个项目 去年要交付", ["metric - 十几个"]],
    ["还有十几个项目，明年要交付", ["metric - 十几个", "prediction 2026-01-01..2026-12-31 "]],
  ])("a time after its figure across a caption space: %s", (text, expected) => {
    const got = claimsOf(text).map(
      (c) =>
        `${c.type} ${c.time ? `${c.time.start}..${c.time.end}` : "-"} ${c.quantities.map((q) => q.text).join(" ")}`,
    );
    expect(got).toEqual(expected);
  });

  // 前11个月 alone, said in December, is the year to date of a statistic: the claim's time, not a duration figure
  it.each([
    ["前11个月新增社融大约32万亿元。", "2025-01-01..2025-11-30", ["32万亿元"]],
    ["今年前11个月新增社融大约32万亿元。", "2025-01-01..2025-11-30", ["32万亿元"]],
    // negatives: months that are not the year to date stay a duration
    ["前两个月销量增长了20%。", "-", ["两个月", "20%"]],
  ])("the time and figures of %s", (text, period, figures) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => (c.time ? `${c.time.start}..${c.time.end}` : "-"))).toEqual([period]);
    expect(claims.flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures);
  });

  // N年前 then 提高/提出 is ago (a baseline after 比), not a duration; two relative years are one time, not a
  // duration; a part of a year or a film slot after a year narrows it
  it.each([
    ["化肥利用率比五年前提高了两个百分点。", "-", ["两个百分点"]],
    ["三个月前提出的目标是开500家门店。", "2025-09-01..2025-09-30", ["500家"]],
    ["我们预计明后两年营收能到100亿元。", "2026-01-01..2027-12-31", ["100亿元"]],
    ["今明两年营收会到100亿元。", "2025-01-01..2026-12-31", ["100亿元"]],
    ["2026年年中良率会到九成。", "2026-05-01..2026-08-31", ["九成"]],
    ["预计明年暑期档票房会超过200亿。", "2026-06-01..2026-08-31", ["200亿"]],
    // negatives: 两年 alone stays a duration; 前提是 is no time
    ["两年营收增长了20%。", "-", ["两年", "20%"]],
    ["前提是营收增长20%。", "-", ["20%"]],
  ])("the time and figures of %s", (text, period, figures) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => (c.time ? `${c.time.start}..${c.time.end}` : "-"))).toEqual([period]);
    expect(claims.flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures);
  });

  // the baseline of a comparison is not the claim's time: the sentence's other time, or none
  it.each([
    ["前三季度净利润9.2亿元，比去年同期翻了一番。", ["前三季度"]],
    ["储备量比去年同期增加了一倍多。", [null]],
    ["与去年同期相比，收入增长了两成。", [null]],
    ["收入会比去年增长20%。", [null]],
    ["明年营收预计比今年增长20%。", ["明年"]],
    // negatives: 好比 is "like", and a time compared with another is the claim's own
    ["就好比去年我们营收3亿元。", ["去年"]],
    ["去年营收比前年增长了30%。", ["去年"]],
  ])("the time of %s", (text, expected) => {
    expect(claimsOf(text).map((c) => c.time?.text ?? null)).toEqual(expected);
  });

  it("a later forecast is cited at its own time", () => {
    const claims = claimsOf("明年营收目标是4亿元，力争2026年下半年实现盈亏平衡。");
    expect(claims.map((c) => [c.id, c.time?.text, c.quantities.length])).toEqual([
      ["c1-8", "明年", 1],
      ["c1-14", "2026年下半年", 0],
    ]);
  });

  // a start to come (2030年起, 从…起) dates the change that takes effect then; a start past runs to now: a fact
  it.each([
    ["从2030年1月1日起，最低缴费年限逐步提高到20年。", ["prediction 2030-01-01..2030-01-01"]],
    ["2030年起，最低缴费年限提高到20年。", ["prediction 2030-01-01..2030-12-31"]],
    ["从明年起，学费每年上调5%。", ["prediction 2026-01-01..2026-12-31"]],
    ["从2020年起，我们每年盈利超过10亿元。", ["metric -"]],
  ])("the type and time of %s", (text, expected) => {
    const got = claimsOf(text).map((c) => `${c.type} ${c.time ? `${c.time.start}..${c.time.end}` : "-"}`);
    expect(got).toEqual(expected);
  });

  it("an open-ended phrase dates nothing: 长期来看 is no deadline", () => {
    expect(claimsOf("长期来看，社会会慢慢形成共识")).toEqual([]);
  });
});

describe("hedges, certainty and negation", () => {
  it.each([
    ["累计亏损可能达到1200亿美元左右", "可能", false],
    ["明年一定会盈利，收入超过100亿元", "一定", false],
    ["这可能不会在2026年实现", "可能", true],
    ["2026年仍然无法满足全部需求", null, true],
    ["OpenAI目前已经拥有超过100万名企业用户", null, false],
    ["历史上这类状态通常会持续六到八周，这次也不会太久", null, false],
  ])("%s → hedge %s, negated %s", (text, hedge, negated) => {
    expect(only(text)).toMatchObject({ hedge, negated });
  });

  // a negation that turns a figure's bound round (不会超过: at most) is part of the bound, not a denial of the claim;
  // one away from the comparing word, or in another clause, still negates
  it.each([
    ["起售价不会超过25万元", "under", false],
    ["预算不会超过1000万欧元", "under", false],
    ["这个价格不可能超过30万元", "under", false],
    ["收入并没有超过100亿元", "under", false],
    ["营收不超过100亿元", "under", false],
    ["明年不会开超过100家门店", "over", true],
    ["收入没有达到超过100亿元的目标", "over", true],
    ["收入不会下降，今年超过100亿元", "over", false],
  ])("%s → approx %s, negated %s", (text, approx, negated) => {
    const c = only(text);
    expect(c.quantities[0]?.approx).toBe(approx);
    expect(c.negated).toBe(negated);
  });
});

describe("an adverb a short verb phrase before the figure bounds it", () => {
  it.each([
    ["销售额大概下降了两成。", "about"],
    ["教室每天至少开窗通风3次。", "over"],
    // 大约 is the time's (两周前), 大概 gives a reason: the figure is stated exactly
    ["大约两周前销量增长了20%。", null],
    ["大概去年销量增长了20%。", null],
    ["大概是因为去年销量增长了20%。", null],
  ])("%s → approx %s", (text, approx) => {
    expect(only(text).quantities[0]?.approx).toBe(approx);
  });
});

describe("questions are not claims", () => {
  it.each(["主持人问明年会不会IPO？", "GPT-6什么时候出来", "ChatGPT的用户会到10亿吗？", "OpenAI是否会在明年上市"])(
    "%s",
    (text) => expect(claimsOf(text)).toEqual([]),
  );

  // joined captions run a question into its answer: the question reaches the end of its caption line, or a space
  // between two Chinese characters (a pause in subtitles), and the answer after it claims
  it.each([
    ["什么时候能盈利\n今年我们亏了20亿元", ["20亿元"]],
    ["什么时候能盈利 今年我们亏了20亿元", ["20亿元"]],
    ["AGI还要多久\n我觉得五到十年", ["五到十年"]],
    ["主持人：最后 你觉得AGI还要多久 我个人的判断是五到十年", ["五到十年"]],
    // negatives: a figure in the question's own line or clause, before or after the cue, stays a question's
    ["会不会超过一万亿\n我觉得不会", []],
    ["会不会超过一万亿 我觉得不会", []],
    ["今年营收100亿 会不会太乐观", []],
    ["明年营收会不会超过100亿元", []],
    // a space next to a figure or a Latin word is no pause
    ["会不会超过 100亿元", []],
    ["AGI还要多久 5年还是10年", []],
    // a question word that leads to what it asks (会不会, 是否) runs on over caption spaces to its first figure
    ["会不会 超过 一百亿", []],
    ["明年 营收 会不会 超过 一百亿", []],
    ["会不会 再 涨 到 20%", []],
    ["是不是 已经 超过 50% 了", []],
    // negatives: the answer after that figure, or a figure many caption words on, is the answer's
    ["会不会 超过 一百亿 我 觉得 能 到 八十亿", ["八十亿"]],
    ["会不会 涨 我 觉得 明年 能 涨 20%", ["20%"]],
    ["明年 会不会 涨价，我们 预计 会 涨 20%", ["20%"]],
    ["没有没有 哪有那么多 平均是4个月", ["4个月"]],
  ])("%j → %j", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );

  // a dated forecast answering a question on an earlier caption line is a claim; one inside the question is not
  it.each([
    ["你们什么时候盈利\n我们预计2026年底\n实现全年盈利", ["2026-10-01..2026-12-31"]],
    ["你们什么时候盈利 我们预计2026年底实现全年盈利", ["2026-10-01..2026-12-31"]],
    // the time of the answer, after the question, when the question names one too
    ["请问下半年还能保持这个增速吗\n我们预计下半年会有所放缓", ["2025-07-01..2025-12-31"]],
    // a figure on another caption line takes nothing from a dated forecast with no forecast word (as alone)
    ["研发团队 有 两千多人\nX9 Pro 下周二 正式发货", ["undefined..undefined", "2025-12-23..2025-12-23"]],
    ["年产能20万辆\n三个月内爬坡到满产", ["undefined..undefined", "2025-12-18..2026-03-31"]],
    // a condition closed by 的话 with its consequent on its own line does not make the next line's forecast one
    [
      "如果 预算 多 两千块 的话 直接 上 iPhone\n嗯 听说 新款 明年 三月 就 要 发布了",
      ["undefined..undefined", "2026-03-01..2026-03-31"],
    ],
    ["如果 预算 多 两千块 的话\n新款 明年 三月 就 要 发布了", ["undefined..undefined"]],
    ["研发团队 有 两千多人\nX9 Pro 上周二 正式发货", ["undefined..undefined"]],
    ["研发团队 有 两千多人\nX9 Pro 下周二 会不会发货？", ["undefined..undefined"]],
    ["请问下半年还能保持这个增速吗", []],
    ["明年第一季度会不会发布新模型 我们还没定", []],
    ["你们会不会在明年第一季度发布新模型\n还没定", []],
    ["新模型明年第一季度会发布吗？", []],
    // asked by a word of its own with no ？, in raw captions: no dated plan
    ["明年有什么计划", []],
    ["你们明年有哪些计划", []],
    ["明年打算怎么做", []],
    // …or by how many of something, asked of the one addressed (您明年有几款新车); near-miss: a few, stated
    ["您手上明年有几部片子", []],
    ["你们明年有几家店要开", []],
    ["我们明年有几款新车要发", ["2026-01-01..2026-12-31"]],
    // a host's line, or a phrase that opens with 那, ending in a plan noun with no 是 asks about the plan
    ["主持人：那你们明年的扩张计划", []],
    ["主持人：你们明年的扩张计划", []],
    ["记者：贵公司后年的营收目标", []],
    ["那明年的目标", []],
    // a host's line that opens with an opener and is only a time and a noun phrase (no verb, no figure) asks about it
    ["主持人：那明年的产能", []],
    ["主持人：那下半年的利润率", []],
    ["记者：那么2026年的出货量", []],
    ["听众：那明年的门店数量", []],
    ["网友：那下个月的票房", []],
    // negatives: a verb after the time or the noun, anyone else's line, a question word, no opener
    ["主持人：那明年我们会推出新的节目", ["2026-01-01..2026-12-31"]],
    ["张总：那明年的产能会翻倍", ["2026-01-01..2026-12-31"]],
    ["主持人：那明年的产能会翻倍", ["2026-01-01..2026-12-31"]],
    ["主持人：明年的产能是多少", []],
    ["主持人：那明年的产能，我们会翻倍", ["2026-01-01..2026-12-31"]],
    // negatives: a statement with 是, anyone else's line, a plan noun followed by what it is
    ["那是我们明年的计划", ["2026-01-01..2026-12-31"]],
    ["刘总：我们明年的计划", ["2026-01-01..2026-12-31"]],
    ["那么明年的计划，我们要开拓东南亚市场", ["2026-01-01..2026-12-31"]],
    ["主持人：明年我们计划开拓东南亚市场", ["2026-01-01..2026-12-31"]],
    ["我们还不知道明年会有什么变化", []],
    ["主持人：明年有什么计划\n刘一凡：明年我们计划开拓东南亚市场", ["2026-01-01..2026-12-31"]],
    // 几 alone or a conditional in a clause of its own does not ask: a dated forecast or plan stays one
    ["明年春节档主要看几部喜剧", ["2026-02-15..2026-02-23"]],
    ["2050年我们每天做什么\n肯定和今天完全不同", ["2050-01-01..2050-12-31"]],
    ["Sam Altman预测\n2050年我们每天做什么", ["2050-01-01..2050-12-31"]],
    ["明年我们计划开拓东南亚市场", ["2026-01-01..2026-12-31"]],
    ["主持人问明年营收多少，他说明年会上市", ["2026-01-01..2026-12-31"]],
  ])("%j → %j", (text, periods) =>
    expect(claimsOf(text).map((c) => `${c.time?.start}..${c.time?.end}`)).toEqual(periods),
  );

  // raw captions and subtitles write no ？: a clause that ends in 吗, or in 呢 after a word that asks, is a question
  it.each([
    ["你们明年营收能到100亿吗", []],
    ["主持人：如果续集票房也过50亿呢\n郭子航：那就拍第三部", []],
    ["主持人：明年票房能过100亿吗\n郭子航：我觉得很难", []],
    ["那明年的利润率能到多少呢 大家都很关心", []],
    ["那 明年能做到20%呢", []],
    ["今年能卖到10万台吗。", []],
    // a clause that ends asking what to do is a question; knowing what to do (不知道怎么办) states
    ["主持人：如果发烧超过三天怎么办\n刘医生：一定要去医院", []],
    ["体温超过39度怎么办，马上去医院", []],
    ["投了十万，万一亏了一半怎么办", ["十万"]],
    ["去年亏了30亿不知道怎么办", ["30亿"]],
    ["如果超过三天还不退烧，一定要去医院", ["三天"]],
    // the answer on the next caption line, or after a pause, is a claim
    ["主持人：明年能到100亿吗\n周明远：我们预计能到120亿", ["120亿"]],
    ["明年能到100亿吗 我们预计能到120亿", ["120亿"]],
    // a particle alone asks about its own clause: a statement before a pause stays one (a ？ reaches over the pause)
    ["有消息说有球队愿意出5000万欧元买他 俱乐部会卖吗", ["5000万欧元"]],
    ["有消息说有球队愿意出5000万欧元买他 俱乐部会卖吗？", []],
    // negatives: 呢 with no word that asks is an emphatic end of a statement; a rhetorical 难道…吗 asserts; a 吗
    // inside a clause (吗啡) or before a comma that opens the figure's clause asks nothing about the figure
    ["我们今年营收是100亿呢", ["100亿"]],
    ["那时候我们才100人呢", ["100人"]],
    ["我们有好几十个门店呢", ["好几十个"]],
    ["销量几乎翻了一番呢", ["翻了一番"]],
    ["难道不是增长了20%吗", ["20%"]],
    ["你知道吗，我们去年营收100亿元", ["100亿元"]],
    ["吗啡的用量减少了30%", ["30%"]],
  ])("%j → %j", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );

  it("the question on line 545 of the sample is not a claim", () => {
    const sample = readFileSync(
      new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url),
      "utf8",
    );
    expect(sample.split("\n")[544]).toContain("会不会IPO");
    const claims = extract(sample, { date: "2025-12-18" }).claims;
    expect(claims.some((c) => c.time?.line === 545 || c.quantities.some((q) => q.line === 545))).toBe(false);
  });
});

describe("a figure asked about with a word that asks and no ？ or 吗 is no claim", () => {
  // 几 asking how many, its figure ending the sentence (a sentence-final 了, 啊 or 呢 may follow); a word of how
  // much (多大, 多少, 多久, 多长) after a figure in the phrase that ends the sentence asks about it
  it.each([
    ["这个案子会判几年", []],
    ["有听众说他朋友酒驾撞了人，会判几年", []],
    ["你今年几岁了", []],
    ["主持人：这个项目要干几年", []],
    ["两勺是多大的勺", []],
    ["三千万的项目能赚多少", []],
    ["一公斤多少钱", []],
    ["一个疗程要多长时间", []],
    // 几 after a word of the one asked (您, 你们) asks with more words after it (askAddressees)
    ["主持人：您每天喝几杯咖啡", []],
    ["您每年读几本书", []],
    // negatives: 几 a vague numeral in a statement (next to a numeral, 好几, after 了 or a word of few, before more
    // words or 吧), an answer after the question, a word of how much that says "not much" or "somewhat"
    ["这套房子要卖几百万", ["几百万"]],
    ["过几年再说", ["几年"]],
    ["干了好几年", ["好几年"]],
    ["我们在这行干了几年", ["几年"]],
    ["还得再等几年", ["几年"]],
    ["大概判个几年吧", ["几年"]],
    ["十几年的老客户了", ["十几年"]],
    ["几年能回本 我们测算大概三年", ["三年"]],
    ["增长了多少 我觉得有百分之二十", ["百分之二十"]],
    ["影响有多大 我觉得利润会少三成", ["三成"]],
    ["跟去年的20%差不了多少", ["20%"]],
    ["一万块怎么也得花", ["一万块"]],
    ["我们有三千多名大学生", ["三千多名"]],
    ["营收翻了两倍多大家都没想到", ["两倍"]],
    ["这条鱼有三米多长", ["三米"]],
    ["只判了几年", ["几年"]],
    ["它的成本就只会是美国的几分之一", ["几分之一"]],
    ["一笔大概几分钱", ["几分钱"]],
    ["去年亏了30亿不知道怎么办", ["30亿"]],
    ["押几付几", []],
    ["没干几年", ["几年"]],
    ["你给他几块钱吧", ["几块钱"]],
    ["你过几年就知道了", ["几年"]],
    ["你们一家店一天卖几百杯", ["几百杯"]],
  ])("%j → %j", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );
});

describe("a condition closed by 的话 alone, with no 如果 before it", () => {
  // a clause that states a figure and ends in 的话 is a condition: its figure and those of its consequent after it
  // (on its line) are hypothetical, as after 如果…的话
  it.each([
    ["杠杆开到十倍的话 基本上一波就爆仓了", ["hypothetical"]],
    ["价格降到五千块的话 我肯定买", ["hypothetical"]],
    ["每天跑十公里的话 膝盖受不了", ["hypothetical"]],
    ["明年利率降到3%的话 我们的利息支出能省两千万", ["hypothetical"]],
    ["体重超过一百公斤的话，手术风险会翻倍", ["hypothetical"]],
    ["库存压到三个月的话 现金流就断了\n我们现在有200个员工", ["hypothetical", "metric"]],
    // a condition word right before 的话 (顺利, 不出意外, 允许, 好, 批下来), with no figure in the condition
    ["顺利的话，明年营收能到五个亿", ["hypothetical"]],
    ["不出意外的话，明年营收能到五个亿", ["hypothetical"]],
    ["天气好的话，这周末客流能到三万人", ["hypothetical"]],
    ["政策允许的话，我们年底前再开二十家店", ["hypothetical"]],
    ["审批批下来的话，二期工程能投资八十亿", ["hypothetical"]],
    ["不行的话 我们就降价两成", ["hypothetical"]],
    // a negated verb right before 的话 is "if not": a condition with no figure in it
    ["但是要转型，不转型的话可能三五年就被淘汰了", ["hypothetical"]],
    ["没订单的话，一个月就亏两百万", ["hypothetical"]],
    ["我们不降价的话，销量会少三成", ["hypothetical"]],
    ["順利的話，明年營收能到五個億", ["hypothetical"]],
    ["如果明年利率降到3%的话 我们能省两千万", ["hypothetical"]],
    ["杠杆 开到 十倍 的话 基本上 一波 就 爆仓 了\n我 现在 仓位 是 三成", ["hypothetical", "metric"]],
    // negatives: 的话 after a topic with no figure (全年的话, 说实在的话, 这样的话 opening a consequent), after a
    // duration or a figure a demonstrative points at (一个月的话, 前三个月的话, 这100万的话): the figures keep their type
    ["全年的话应该能做到32万辆左右", ["prediction"]],
    ["这样的话 我们明年能省两千万", ["prediction"]],
    ["那样的话 成本会降到三千万", ["prediction"]],
    ["那的话 我们明年能省两千万", ["prediction"]],
    ["说实在的话 我们去年亏了两千万", ["metric"]],
    // 说…的话 is to speak (说实话, 说句实在的话, 讲真的话), 这样的话 goes on from what was said (in that case), 银行的话 names a
    // topic: no condition
    ["说实话，明年营收能到五个亿", ["prediction"]],
    ["说句实在的话，明年营收能到五个亿", ["prediction"]],
    ["讲真的话，明年营收能到五个亿", ["prediction"]],
    ["这样的话，明年营收能到五个亿", ["prediction"]],
    ["银行的话 利率是3%", ["metric"]],
    ["说句不好听的话 我们去年亏了两千万", ["metric"]],
    ["说句不客气的话，他们的良品率只有八成", ["metric"]],
    ["讲句不好听的话 三成的厂都要倒", ["metric"]],
    ["这个我没记错的话应该有十几亿美金", ["metric"]],
    ["不夸张的话，我们良品率有九成", ["metric"]],
    ["去年的话 我们营收是100亿", ["metric"]],
    ["一个月的话 差不多五千块", ["metric"]],
    ["前三个月的话 我们卖了5万台", ["metric"]],
    ["一般的话 我们收5%的服务费", ["metric"]],
    ["说 实在 的话 我们 去年 亏了 两千万", ["metric"]],
    // …but a word of how things go right before 的话 (顺利, 不出意外, 允许) is a condition with no figure in it: the figures
    // of its consequent are hypothetical
    ["我们 计划 扩产 顺利的话 能 增加 30%", ["hypothetical"]],
    // …nor a figure of another phrase before the 的话's own (the condition is 公积金组合贷, 合约)
    ["贷三十年 月供八千多 公积金组合贷的话能少个一千块", ["metric"]],
    ["现货手续费一般是0.1% 合约的话是万分之五", ["metric"]],
  ])("%j → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("speakers", () => {
  it.each([
    ["Sam Altman透露，OpenAI目前已经拥有超过100万名企业用户", "Sam Altman"],
    ["主持人提到，ChatGPT的周活跃用户大约是4亿", "主持人"],
    ["甚至有报道称接近9亿", "报道"],
    ["主持人：今年的营收是多少？\n嘉宾：今年营收超过了300亿元。", "嘉宾"],
    ["根据数据，38.8%的知识工作任务达到持平", null],
    // a Chinese subject before a reporting verb, as written
    ["王一鸣表示，今年营收增长了20%", "王一鸣"],
    ["据知情人士透露，本轮投后估值约为18亿元人民币", "知情人士"],
    ["腾讯官方表示，用户超过10亿", "腾讯"],
    ["国家统计局指出，GDP增长了5%", "国家统计局"],
    // an organisation's voice (官方, 方面, 发言人) names it before any reporting verb, 说 included
    ["谷歌官方说，它的推理速度快了三倍", "谷歌"],
    ["苹果方面表示，新机销量超过1000万台", "苹果"],
    ["腾讯发言人说，用户超过10亿", "腾讯发言人"],
    ["另一方面说，收入增长了20%", null],
    ["这方面说，收入增长了20%", null],
    // …but not a pronoun, a discourse phrase, a long clause, or after 说
    ["我们表示，收入增长了20%", null],
    ["这也表示收入增长了20%", null],
    ["可以说，收入增长了20%", null],
    ["换句话说，收入增长了20%", null],
    ["公司今年营收增长了20%，同时表示明年会超过30亿元", null],
    ["今年公司的收入和利润都表示增长了20%", null],
    // a source named between 据 (有) and a verb of reporting speaks as written; its 称 or 说 is the report's own
    ["据路透社报道，苹果明年会推出折叠屏手机，售价两千美元左右", "路透社"],
    ["有媒体报道说他们的估值已经到了五千亿美元", "媒体"],
    ["据彭博社消息，OpenAI估值五千亿美元", "彭博社"],
    ["据Bloomberg报道，OpenAI估值五千亿美元", "Bloomberg"],
    ["甚至有媒体报道称接近9亿", "媒体"],
    ["有消息说有球队愿意出5000万欧元", "消息"],
    // …not a report that names no one, nor one with no opener before it
    ["根据相关报道，销量增长了三成", null],
    ["这篇报道说销量增长了三成", null],
    ["我们看到消息说销量增长了三成", null],
    // where or when the speaker spoke stands between the name and the verb (在…上, 接受…采访时)
    ["黄仁勋在发布会上表示，Blackwell的出货量已经到了三百万片", "黄仁勋"],
    ["雷军在接受采访时透露，小米汽车今年交付了十万台", "雷军"],
    ["雷军接受采访时表示，今年交付了十万台", "雷军"],
    ["Jensen Huang在GTC大会上表示，出货量到了三百万片", "Jensen Huang"],
    ["在会上大家都表示，今年要增长两成", null],
  ])("%s → %s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.at(-1)?.speaker).toBe(speaker);
  });

  it.each([
    // a self-introduction at the start of an unlabelled sentence gives the one introduced the word on the lines after
    ["我是集团首席财务官周敏，下面我先简单过一下数字\n营业收入是46.2亿元", "周敏"],
    ["大家好，我叫王建华。今年营收是30亿元", "王建华"],
    ["我是周敏。营收是30亿元", "周敏"],
    ["我是周敏。营收是30亿元\n主持人：去年是多少？\n嘉宾：去年是25亿元", "嘉宾"],
    // negatives: 我是 of another sense, no name, a quoted introduction
    ["我是说，营收是30亿元", null],
    ["我是觉得周敏说得对，营收是30亿元", null],
    ["我是很高兴，营收是30亿元", null],
    ["我是去年来的，营收是30亿元", null],
    ['他说"我是张三"，营收是30亿元', null],
  ])("an introduction: %s → %s", (text, speaker) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(speaker);
  });

  it("他 is the last person named, and the word carries over until someone else takes it", () => {
    const claims = claimsOf(
      "Sam Altman透露，企业用户超过100万。\n主持人提到，用户大约是4亿。\n他强调，ChatGPT的收入增长了三倍。",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["Sam Altman", "主持人", "Sam Altman"]);
  });

  it("a Chinese subject speaks for its sentence, and 他 stays the last person named", () => {
    const claims = claimsOf(
      "Sam Altman透露，用户超过8亿。\n甚至有企业表示，价格涨10倍也愿意付费。\n他强调，收入增长了一倍。",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["Sam Altman", "企业", "Sam Altman"]);
  });

  it("an organisation's voice speaks for its sentence: the one quoting it keeps the word", () => {
    const text = "主持人：谷歌官方说，它的推理速度快了三倍。我们自己实测，快了两倍多一点。";
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(["谷歌", "主持人"]);
    expect(claimsOf("谷歌官方说它的推理速度快了三倍。\n我们自己实测快了两倍。").map((c) => c.speaker)).toEqual([
      "谷歌",
      null,
    ]);
  });

  it("a heading ends the last speaker's turn", () => {
    const md = "**主持人：** 谢谢各位，今年的接种率达到了30%。\n\n## 附：公众防护要点\n\n1. 每次洗手不少于20秒。\n";
    expect(extract(md, { path: "t.md", date: "2025-12-18" }).claims.map((c) => c.speaker)).toEqual(["主持人", null]);
  });

  it("the 称 of 有报道称 is the source's own", () => {
    expect(claimsOf("甚至有报道称接近9亿").at(-1)?.speaker).toBe("报道");
  });

  // an organisation's questioner is a label of its own: the previous label does not stay in force
  it.each([
    ["主持人：第二个问题来自中信证券。\n分析师（中信）：今年存款挂牌利率下调了3次。", "分析师（中信）"],
    ["主持人：下一个问题。\n中信证券分析师：今年存款挂牌利率下调了3次。", "中信证券分析师"],
    ["主持人：请提问。\n分析师：今年存款挂牌利率下调了3次。", "分析师"],
  ])("%j → %s", (text, speaker) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(speaker);
  });

  // a label after a sentence end inside a line hands the word over there; the figure keeps its own column
  it.each([
    ["主持人：团队现在有多少人？ 林一鸣：一共380人。", ["林一鸣"], [21]],
    ["主持人：今年呢？王总：今年营收超过了300亿元。", ["王总"], [19]],
    // near-misses: reported speech and a question put to me are no label; the turn stays
    ["主持人：好的。他说：明年会增长20%。", ["主持人"], [16]],
    ["林一鸣：是吗？他问我：你们今年招了50人吗？我们招了80人。", ["林一鸣"], [27]],
  ])("%j → %j", (text, speakers, columns) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.speaker)).toEqual(speakers);
    expect(claims.map((c) => c.quantities[0]?.span.column ?? null)).toEqual(columns);
  });

  it("a role's label with an affiliation is no person 他 points back to", () => {
    const claims = claimsOf(
      "Sam Altman：用户超过8亿。\n分析师（中金）：收入是多少？\n主持人：他强调，收入增长了一倍。",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["Sam Altman", "Sam Altman"]);
  });

  // a question put to the narrator (主持人问我) does not hand the word to the asker; the narrator answers
  it.each([
    ["主持人问我老师会不会过剩。我觉得到2035年小学教师可能富余150万人左右。", [null]],
    ["记者问我明年会不会涨价。我们明年的价格会上涨5%。", [null]],
    ["有观众问过我这个问题。其实我们今年卖了30万台。", [null]],
    ["黄仁勋：主持人问我老师会不会过剩。我觉得会富余150万人。", ["黄仁勋"]],
    // near-misses: the role asks in general, or says something to us
    ["主持人问，今年的营收是不是超过了300亿元", []],
    ["主持人提到，ChatGPT的周活跃用户大约是4亿", ["主持人"]],
    ["记者说我们今年卖了30万台", ["记者"]],
  ])("%s → %j", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });

  // 称 inside a noun (职称, 简称, 名称) reports nothing: no fragment before it becomes the speaker, nor overrides a label
  it.each([
    ["其中高级职称的医生占了四成。", [null]],
    ["王立平：我们医院有2000张床位。其中高级职称的医生占了四成。", ["王立平", "王立平"]],
    ["公司简称华芯，员工有1.2万人。", [null]],
    ["产品名称叫华芯一号，已经卖了30万台。", [null]],
    ["每头猪称重之后有120公斤。", [null]],
    // near-misses: 称 and its reporting kin still hand over the word
    ["王立平：好的。他称今年营收增长了10%", ["王立平"]],
    ["公司声称今年营收增长了10%", ["公司"]],
    ["据知情人士称，营收增长了10%", ["知情人士"]],
    ["王立平：好的。他号称一年能卖100万台", ["王立平"]],
    ["这款手机号称续航48小时", [null]],
    ["被称为独角兽的公司估值100亿元", [null]],
  ])("%j → %j", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });

  // a question announced (最后问一下, 再问一个) or ending in ？ is asked: the answer and the lines after it are not the asker's
  it.each([
    ["主持人最后问一下，医院的科研投入一年有多少？我们每年科研经费在1.2亿元左右。", [null]],
    ["主持人再问一个\n会不会考虑在海外建厂\n我们的市占率是两成", [null]],
    ["主持人问明年营收多少？我们预计明年营收是80亿元。\n去年营收是60亿元。", [null, null]],
    ["记者问了一个问题，明年营收多少？我们预计明年营收是80亿元。", [null]],
    ["主持人问一下这个问题，今年营收是100亿元。", [null]],
    ["主持人提到，用户大约是4亿。\n主持人问，今年的营收是不是超过了300亿元。我们去年营收是280亿元。", ["主持人", null]],
    ["主持人提到，用户大约是4亿。\n主持人问我明年会不会涨价。我们明年的价格会上涨5%。", ["主持人", null]],
    // with no ？: a word that asks (多少, 什么) in the clause after 问
    ["主持人问明年营收多少，我们预计明年营收是80亿元。", [null]],
    ["主持人提到，用户大约是4亿。\n主持人问今年准备开什么店，我们计划开500家门店。", ["主持人", null]],
    // near-misses: 问： reads as a label (its own line keeps the asker; a later line answers it: see below); a later
    // reporting verb speaks; 问 without a question hands over as before
    ["主持人问：明年营收多少？我们今年营收是80亿元。", ["主持人"]],
    ["记者问到，公司表示明年营收增长20%", ["公司"]],
    ["主持人问，今年的营收是不是超过了300亿元", []],
    ["Sam Altman透露，用户超过8亿。\n他问过我们，我们说去年营收100亿元。", ["Sam Altman", "Sam Altman"]],
    // a 几 of a numeral (十几) asks nothing: 问 hands over as before
    ["Sam Altman透露，用户超过8亿。\n他问过十几家公司，营收都超过100亿元。", ["Sam Altman", "Sam Altman"]],
  ])("%j → %j", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });

  // a narrator's cue (大家好, 接下来) takes back a carried word, never the line's own label
  it.each([
    ["主持人：欢迎孙海涛。\n孙海涛：大家好，今年我们的报名人数是12万。", ["孙海涛"]],
    ["主持人：欢迎周总。\n周明远：大家好 嗯 我们今年营收是80亿元", ["周明远"]],
    ["主持人：接下来我们来看，今年营收是80亿元。", ["主持人"]],
    // a label naming the narrator is the narrator's own word, with or without the greeting
    ["旁白：大家好，这里是最佳拍档。OpenAI的用户超过了8亿。", [null]],
    ["旁白：2015年，OpenAI成立，投入了10亿美元。", [null]],
    // near-misses: an unlabelled greeting or framing still takes the word back
    ["Sam Altman透露，用户超过8亿。\n大家好，我是主持人，今年营收100亿元。", ["Sam Altman", null]],
    ["Sam Altman透露，用户超过8亿。\n接下来我们来看，今年营收是80亿元。", ["Sam Altman", null]],
  ])("%j → %j", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });

  // a request to another to speak (说说, 说一下, 谈谈, 你怎么看 after 您, 你, 请, or 先 after a name) hands them the floor:
  // what follows is the one addressed (the full name of one introduced before), else the narrator's, never the asker's
  it.each([
    ["主持人 王总 先说说门店有多少家\n我们全国门店是2万家", [null]],
    ["主持人请您先说说门店\n我们全国门店是2万家", [null]],
    ["记者 您先说说门店\n我们全国门店是2万家", [null]],
    ["主持人 有人说现在茶饮行业太卷了 你怎么看\n今年行业里关了上万家店", [null]],
    ["主持人：有请王建华局长。\n主持人：王局长，您先说说就业\n今年新增就业12.3万人", ["王建华"]],
    // the host's 请您谈谈明年 names a topic, no forecast of its own
    ["刘振宇：今年卖了20万辆。\n主持人：刘振宇，请您谈谈明年\n明年卖30万辆", ["刘振宇", "刘振宇"]],
    ["刘振宇：大家好。\n主持人 刘总 先介绍一下销量\n今年卖了20万辆", ["刘振宇"]],
    ["刘振宇：大家好。\n主持人 张总 先介绍一下销量\n今年卖了20万辆", [null]],
    // a title and a name parted by a caption space introduce the name (创始人 王志远)
    ["今天我们请到了茶饮品牌创始人 王志远\n主持人 王总 先说说门店有多少家\n我们全国门店是2万家", ["王志远"]],
    ["我们的创始人 今年退休了\n主持人 王总 先说说门店\n我们全国门店是2万家", [null]],
    // 听说 (heard that) reports no statement of the hearer's (主持人 and a space is the host's label: speaker labels)
    ["主持人听说你们要上市\n我们营收是20亿", [null]],
    ["王志远听说你们要上市\n我们营收是20亿", [null]],
    // near-misses: a colon label wins; the host's own figure; a source; the speaker's own 我先说一下, 跟你说说, 我们先聊聊;
    // 先 with no one named; 怎么看 with no one addressed
    ["主持人：王总，您先说说门店\n王志远：我们全国门店是2万家", ["王志远"]],
    ["主持人：今年我们节目的收视率是3%", ["主持人"]],
    ["据主持人介绍，今年营收是10亿元", [null]],
    ["王志远：我先说一下，我们今年营收是10亿元", ["王志远"]],
    ["王志远：我跟你说说，我们今年营收是10亿元", ["王志远"]],
    ["王志远：好的，我们先聊聊门店，今年开了3000家", ["王志远"]],
    ["Sam Altman透露，用户超过8亿。\n那先说说营收，今年营收100亿元。", ["Sam Altman", "Sam Altman"]],
    ["主持人提到，用户大约是4亿。\n我怎么看都觉得贵，要300元", ["主持人", "主持人"]],
  ])("%j → %j", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });

  // a role's question (记者：请问…？, 主持人：…吗) answered on the unlabelled lines after it: the answer is not the
  // asker's; the host's own turn over two lines, a guest's label and a question answered on its own line keep theirs
  it.each([
    ["记者：请问明年国庆的预期怎么样？\n我们预计明年全年的游客量会突破5亿人次。", [null]],
    ["记者：明年会怎么样？\n我们有300家门店。", [null]],
    ["主持人：请问明年的预期怎么样？\n我们预计明年游客量会突破5亿人次。\n今年是4亿人次。", [null, null]],
    ["主持人：你们今年还开新店吗。\n我们有300家门店。", [null]],
    ["主持人问：明年营收多少？\n我们预计明年营收是80亿元。", [null]],
    ["主持人：今年的收视率是3%。您怎么看？\n我们的收视率是2%。", ["主持人", null]],
    // negatives: no question; a guest's label; a guest asking back; a question and its figure in one sentence
    ["主持人：欢迎收看。\n今天我们请到了3位嘉宾。", ["主持人"]],
    ["张总：大家好。\n我们有300家门店。", ["张总"]],
    ["张总：你们觉得呢？\n我们有300家门店。", ["张总"]],
    ["主持人：请问明年的预期怎么样？\n张总：我们有300家门店。\n明年开500家。", ["张总", "张总"]],
    ["主持人：今年的收视率是3%，明年呢？", ["主持人"]],
  ])("%j → %j", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });

  it("Altman resolves to the full name once it has been seen", () => {
    const claims = claimsOf(
      "Sam Altman透露，企业用户超过100万。\n聊完业务。\nAltman还提到，OpenAI有1.4万亿美元的投入承诺。",
    );
    expect(claims.at(-1)?.speaker).toBe("Sam Altman");
  });
});

// the contract: a named person's full name as first introduced, also when a label says the short form
describe("labels that name someone introduced before", () => {
  it.each([
    ["主持人：今天请到了主教练马克·罗西。\n罗西：我们今年赢了20场比赛。", ["马克·罗西"]],
    [
      "主持人：今天请到的是远航汽车CEO刘振宇。\n刘振宇：我们今年卖了20万辆。\n刘总：明年卖30万辆。",
      ["刘振宇", "刘振宇"],
    ],
    [
      "主持人：有请刘振宇。\n刘振宇：今年卖了20万辆。\n振宇：明年卖30万辆。\n振宇：后年40万辆。",
      ["刘振宇", "刘振宇", "刘振宇"],
    ],
    [
      "主持人：有请教练马克·罗西和队长约翰·史密斯。\n史密斯：今年赢了20场。\n罗西先生：明年赢30场。",
      ["约翰·史密斯", "马克·罗西"],
    ],
    ["---\npeople: [马克·罗西]\n---\n罗西教练：我们今年赢了20场比赛。", ["马克·罗西"]],
    ["刘振宇：今年招了200人。\n刘院长：明年招300人。", ["刘振宇", "刘振宇"]],
    // a name a title introduced in the prose, before or after the title, deputies included
    [
      "主持人：今天请到了市人社局王建华局长和市住建局李芳副局长。\n王局长：今年新增就业12.3万人。\n李副局长：筹集住房3.5万套。",
      ["王建华", "李芳"],
    ],
    ["主持人：欢迎副局长李芳和董事长王建华。\n李副局长：今年3.5万套。\n王总：营收100亿元。", ["李芳", "王建华"]],
    ["主持人：有请副局长李芳介绍。\n李局长：今年3.5万套。", ["李芳"]],
    // a name after its title is cut only where it visibly ends: in 局长李芳今天 (李芳? 李芳今?) the label stays
    ["主持人：副局长李芳今天也来了。\n李局长：今年3.5万套。", ["李局长"]],
    ["主持人：副局长李芳，欢迎。\n李局长：今年3.5万套。", ["李芳"]],
    // two of the family name: the one of the label's own title (总 is not 董事长's); with the same title, as written
    ["主持人：有请王建华局长和董事长王明。\n王局长：今年12万人。\n王总：营收100亿元。", ["王建华", "王总"]],
    ["主持人：有请王建华局长和董事长王明。\n王董事长：营收100亿元。", ["王明"]],
    ["主持人：有请王建华局长和王明局长。\n王局长：今年12万人。", ["王局长"]],
    // near-misses: no introduction, a role, a title with no name next to it
    ["王局长：今年新增就业12.3万人。", ["王局长"]],
    ["主持人：有请王建华局长。\n主持人：今年新增就业12.3万人。", ["主持人"]],
    ["主持人：我们的局长今天来了。\n王局长：今年新增就业12.3万人。", ["王局长"]],
    ["主持人：有请李芳副局长。\n王局长：今年新增就业12.3万人。", ["王局长"]],
    // near-misses: a label that fits nobody, two people of the family name, a role, a title before the name
    ["主持人：有请刘振宇。\n刘振宇：今年卖了20万辆。\n张总：明年卖30万辆。", ["刘振宇", "张总"]],
    [
      "主持人：有请王一鸣和王小明。\n王一鸣：今年卖了20万辆。\n王小明：去年5万辆。\n王总：明年卖30万辆。",
      ["王一鸣", "王小明", "王总"],
    ],
    ["刘总：明年卖30万辆。\n刘振宇：今年卖了20万辆。", ["刘总", "刘振宇"]],
    ["主持人：有请刘振宇。\n刘振宇：今年卖了20万辆。\n主持人：去年是10万辆。", ["刘振宇", "主持人"]],
  ])("%j → %j", (text, speakers) => {
    const path = text.startsWith("---") ? "t.md" : "t.txt";
    expect(extract(text, { path, date: "2025-12-18" }).claims.map((c) => c.speaker)).toEqual(speakers);
  });
});

describe("a span since a stated time up to now (今年以来) dates a fact; a vague one (最近) does not", () => {
  it.each([
    ["今年以来我们的营收增长了20%", [["metric", "今年以来", "2025-01-01", "2025-12-18"]]],
    ["自2024年11月以来，算力增长了8倍", [["metric", "自2024年11月以来", "2024-11-01", "2025-12-18"]]],
    // a vague span, a start that takes effect (起), and a forecast's own time stay as they were
    ["最近用户增长了20%", [["metric", null, null, null]]],
    ["延迟退休是2025年1月1日起实施的，用15年时间完成", [["metric", null, null, null]]],
    [
      "今年以来开了300家店，预计明年再开100家",
      [
        ["metric", "今年以来", "2025-01-01", "2025-12-18"],
        ["prediction", "明年", "2026-01-01", "2026-12-31"],
      ],
    ],
  ])("%s → %j", (text, want) => {
    expect(
      claimsOf(text).map((c) => [c.type, c.time?.text ?? null, c.time?.start ?? null, c.time?.end ?? null]),
    ).toEqual(want);
  });
});

describe("the term a state already reaches dates no forecast", () => {
  it.each([
    ["现在订单已经排到了明年第一季度", []],
    ["我们的合同签到了2029年", []],
    ["新订单金额300亿元，已经排到了2027年", [["metric", null]]],
    // a forecast or a plan keeps its time
    ["这个项目会持续到2027年", [["prediction", "到2027年"]]],
    ["我们安排明年三月发布", [["prediction", "明年三月"]]],
  ])("%s → %j", (text, want) => {
    expect(claimsOf(text).map((c) => [c.type, c.time?.text ?? null])).toEqual(want);
  });
});

describe("a forecast's time stays with the forecast when the talk moves on over a caption line", () => {
  it.each([
    [
      "我们希望三年后提高到一半\n还有一个是急诊\n急诊每天接诊七八百人",
      [
        ["plan", "三年后"],
        ["metric", null],
      ],
    ],
    [
      "我们的目标是到2030年降到1:15\n教师队伍这几年增加了不少\n专任教师2100多人",
      [
        ["plan", "到2030年"],
        ["metric", null],
      ],
    ],
    // a figure on the next line, lines of figures in a row, and a forecast word on the figure's line keep the time
    // (a forecast: its period, dated once, is the first figure's)
    [
      "我们计划明年投入大约350亿元\n其中七成用于先进制程",
      [
        ["plan", "明年"],
        ["prediction", null],
      ],
    ],
    [
      "我们的目标是到2030年\n月产能翻一番\n达到20万片",
      [
        ["plan", "到2030年"],
        ["prediction", null],
      ],
    ],
    [
      "我们希望三年后提高到一半\n还有一个是急诊\n急诊会增加到一千人",
      [
        ["plan", "三年后"],
        ["prediction", null],
      ],
    ],
    // how things usually go, on a later caption line, is no forecast of the earlier line's time
    [
      "明年我们还要开工两个电站\n每个电站投资大概是80亿元\n抽水蓄能的效率一般是75%左右",
      [
        ["prediction", "明年"],
        ["metric", null],
      ],
    ],
    [
      "明年也不会涨\n住宿费一般是每年1200元",
      [
        ["prediction", "明年"],
        ["metric", null],
      ],
    ],
    // on the line of the time it stays a forecast
    ["明年，一般来说会增长20%", [["prediction", "明年"]]],
  ])("%j → %j", (text, want) => {
    expect(claimsOf(text).map((c) => [c.type, c.time?.text ?? null])).toEqual(want);
  });
});

describe("the sample's fact sheet", () => {
  it("names a subject for every figure", () => {
    const sample = readFileSync(
      new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url),
      "utf8",
    );
    const claims = extract(sample, { date: "2025-12-18" }).claims.filter((c) => c.quantities.length > 0);
    expect(claims.length).toBeGreaterThan(15);
    expect(claims.filter((c) => !c.subject).map((c) => c.text)).toEqual([]);
  });
});

describe("skipped mentions are collected only when asked for", () => {
  const sample = readFileSync(new URL("../fixtures/corpus/pie-podcast-excerpt.srt", import.meta.url), "utf8");
  const options = { path: "pie-podcast-excerpt.srt", date: "2025-12-18" };
  it("gives the same claims with and without them", () => {
    const explained = extractText(sample, { ...options, explain: true });
    const plain = extractText(sample, { ...options, explain: false });
    expect(explained.skipped.length).toBeGreaterThan(10);
    expect(explained.skipped.map((s) => s.reason)).toContain("part of an idiom");
    expect(plain.skipped).toEqual([]);
    expect(plain.document).toEqual(explained.document);
  });
});

describe("types: 今年内容 is 今年 + 内容, 那会儿 is back then: facts", () => {
  it.each([
    ["今年内容投入是180亿元，跟去年基本持平。", "metric", "2025-01-01"],
    ["今年内部调整了30个岗位。", "metric", "2025-01-01"],
    ["今年内销占了六成。", "metric", "2025-01-01"],
    ["今年内将完成改造100公里。", "prediction", "2025-12-18"],
    ["今冬明春的用气量，我们预计是12亿立方米。", "prediction", "2025-12-01"],
    ["明春预计会新增用户5万户。", "prediction", "2026-03-01"],
  ])("%s → %s from %s", (text, type, start) => {
    const c = only(text);
    expect([c.type, c.time?.start]).toEqual([type, start]);
  });
  it.each([
    ["疫情那会儿线上课是百分之百。", "metric"],
    ["那会儿我们一年亏了5000万元。", "metric"],
    ["那我们会招20个人。", "plan"],
  ])("%s → %s, undated", (text, type) => {
    const c = only(text);
    expect([c.type, c.time]).toEqual([type, null]);
  });
});

describe("types: a plan after 比 is what a result is measured against, no plan", () => {
  it.each([
    ["三期临床已经完成入组了，比原计划提前了两个月。", "metric"],
    ["比原定计划提前了三个月。", "metric"],
    ["工程比计划提前了20天完工。", "metric"],
    // near-misses: the plan itself, and a forecast measured against the plan
    ["计划提前两个月完成。", "plan"],
    ["我们会比计划提前两个月完成。", "prediction"],
  ])("%s → %s", (text, type) => expect(only(text).type).toBe(type));
});

describe("a period restated on a later caption line dates that line's forecast too", () => {
  const dated = (text: string) =>
    claimsOf(text).map((c) => `${c.type} ${c.time ? `${c.time.text} ${c.time.start}..${c.time.end}` : "-"}`);
  it.each([
    [
      "明年我们打算开10家店\n2026年我们预计开50家",
      ["plan 明年 2026-01-01..2026-12-31", "prediction 2026年 2026-01-01..2026-12-31"],
    ],
    [
      "明年 我们 打算 开 10家 店\n2026年 我们 预计 开 50家",
      ["plan 明年 2026-01-01..2026-12-31", "prediction 2026年 2026-01-01..2026-12-31"],
    ],
    // near-misses: a period stated twice on one line dates one forecast; a time inherited from the line before
    // dates nothing more
    ["明年营收4亿元，明年利润预计会到1亿元。", ["prediction 明年 2026-01-01..2026-12-31", "prediction -"]],
    ["明年营收预计4亿元\n利润预计1亿元", ["prediction 明年 2026-01-01..2026-12-31"]],
  ])("%s", (text, expected) => expect(dated(text)).toEqual(expected));
});

describe("types and times across clauses, sentences and caption lines: restatements, continuations, what is now", () => {
  // each figure's [text, type, time start]
  const figuresOf = (text: string) =>
    claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, c.type, c.time?.start ?? null]));
  it.each([
    // a clause opened by 就是说 restates the clause before: it takes its plan or forecast, and its time
    [
      "我们计划2030年前在运装机达到2500万千瓦，就是说比现在翻一番还多。",
      [
        ["2500万千瓦", "plan", "2025-12-18"],
        ["翻一番", "plan", "2025-12-18"],
      ],
    ],
    [
      "预计明年营收100亿元，也就是说，比今年增长两成。",
      [
        ["100亿元", "prediction", "2026-01-01"],
        ["两成", "prediction", "2026-01-01"],
      ],
    ],
    // a sentence opened by 之后 after a forecast goes on with it, undated
    [
      "预计2028年小学入学人数达到峰值，大概1.4万人。之后每年减少5%到8%。",
      [
        ["1.4万人", "prediction", "2028-01-01"],
        ["5%到8%", "prediction", null],
      ],
    ],
    // a word of now before the figure says what is today, no forecast restated; 比现在 (above) is a base only
    [
      "运价明年下半年可能会回落。就是说SCFI指数现在是三千点左右，高峰的时候到过五千点。",
      [
        ["三千点", "metric", null],
        ["五千点", "metric", null],
      ],
    ],
    ["运价明年下半年可能会回落。就是说SCFI指数在三千点左右。", [["三千点", "prediction", null]]],
    // negatives: after a fact, with 了, with a time of its own, in a new paragraph, 然后 (a filler)
    [
      "去年营收100亿，就是说翻了一番。",
      [
        ["100亿", "metric", "2024-01-01"],
        ["翻了一番", "metric", "2024-01-01"],
      ],
    ],
    [
      "去年开了50家店。之后每年增加10家。",
      [
        ["50家", "metric", "2024-01-01"],
        ["10家", "metric", null],
      ],
    ],
    [
      "预计2028年入学人数达到峰值，大概1.4万人。之后两年增长了5%。",
      [
        ["1.4万人", "prediction", "2028-01-01"],
        ["两年", "metric", null],
        ["5%", "metric", null],
      ],
    ],
    [
      "预计2028年入学人数达到峰值，大概1.4万人。\n\n之后每年减少5%。",
      [
        ["1.4万人", "prediction", "2028-01-01"],
        ["5%", "metric", null],
      ],
    ],
    [
      "今年营收预计能到450亿。然后员工有两千人。",
      [
        ["450亿", "prediction", "2025-01-01"],
        ["两千人", "metric", null],
      ],
    ],
    // a word of what is now on the figure's caption line: a time of an earlier line is not its time
    ["嗯 我们这个厂是2008年开的\n现在厂里工人300个左右", [["300个", "metric", null]]],
    [
      "团队去年有100个人\n现在有120个人",
      [
        ["100个人", "metric", "2024-01-01"],
        ["120个人", "metric", null],
      ],
    ],
    // caption spaces part no clause from the word: it still opens the figure's caption words
    [
      "五年前 人均 收入 才 8000 元\n现在 人均 收入 3万多",
      [
        ["8000 元", "metric", "2020-01-01"],
        ["3万多", "metric", null],
      ],
    ],
    // negative: no such word, the earlier line's time holds
    ["嗯 我们这个厂是2008年开的\n当时厂里工人300个左右", [["300个", "metric", "2008-01-01"]]],
    [
      "五年前 人均 收入 才 8000 元\n当时 人均 收入 3万多",
      [
        ["8000 元", "metric", "2020-01-01"],
        ["3万多", "metric", "2020-01-01"],
      ],
    ],
    [
      "五年前 人均 收入 才 8000 元\n人均 收入 3万多 现在 不一样",
      [
        ["8000 元", "metric", "2020-01-01"],
        ["3万多", "metric", "2020-01-01"],
      ],
    ],
    // a caption line opened by a place named by a demonstrative and 的, with a word of what is: what the place is like
    [
      "明年打算去越南开个分厂\n投资大概在三百万美元左右\n那边的工资是我们这里的三分之一",
      [
        ["三百万美元", "prediction", "2026-01-01"],
        ["三分之一", "metric", null],
      ],
    ],
    ["后年我们会考虑\n去香港开店\n那边的租金\n一个月就要三四十万港币", [["三四十万港币", "metric", null]]],
    // negatives: no word of what is, or no 的 (the place as where the plan goes)
    ["明年打算去越南开个分厂\n那边的投资大概三百万美元", [["三百万美元", "prediction", "2026-01-01"]]],
    ["明年我们计划\n那边开20家店", [["20家", "plan", "2026-01-01"]]],
  ])("%s → %j", (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe("a within span with 了 after it is a record, not a forecast window", () => {
  it.each([
    ["一天之内就卖了300台。", [["metric", null, "300台"]]],
    ["这一天之内，股价跌了8%。", [["metric", null, "8%"]]],
    // negatives: a window to come
    ["一周之内会发货500台。", [["prediction", "2025-12-18", "500台"]]],
    ["我们三天之内完成200台。", [["prediction", "2025-12-18", "200台"]]],
  ] as const)("%s → %j", (text, expected) =>
    expect(claimsOf(text).map((c) => [c.type, c.time?.start ?? null, c.quantities.map((q) => q.text).join()])).toEqual(
      expected,
    ),
  );
});

describe("a condition after a dated forecast with no figure (its fallback) keeps the forecast", () => {
  // the forecast stays a dated one, with the negation of its own clauses only (the fallback is no hedge of it)
  it.each([
    ["明年我们会上市，要是不行，再说。", [["plan", "2026-01-01", null, false]]],
    ["下个月我们会发布新品，要是来不及就推迟。", [["plan", "2026-01-01", null, false]]],
    ["明年我们会上市\n要是不行再说", [["plan", "2026-01-01", null, false]]],
    ["明年我们不会上市，要是行的话再说。", [["prediction", "2026-01-01", null, true]]],
    ["如果顺利的话，明年会上市，要是不行再说。", [["prediction", "2026-01-01", "如果", false]]],
    ["明年，我们会上市，要是不行再说。", [["prediction", "2026-01-01", null, false]]],
    [
      "明年 第一季度 会 发 一发 验证 箭\n载人 一定 要 稳 万一 出 问题 那 就 是 大 事",
      [["prediction", "2026-01-01", null, false]],
    ],
    // negatives: the time inside the condition, a condition in the forecast's own clause
    ["如果明年经济不好，我们会裁员。", []],
    ["我们要是明年能上市就好了", []],
  ] as const)("%s → %j", (text, expected) =>
    expect(claimsOf(text).map((c) => [c.type, c.time?.start ?? null, c.hedge, c.negated])).toEqual(expected),
  );
});

describe("a club named with 会 holds no forecast 会", () => {
  it.each([
    ["周末读书会已经办了三年了。", "metric"],
    ["书友会去年有300人", "metric"],
    // negatives: the modal 会 after the club's name still forecasts
    ["读书会明年会扩大到50人", "prediction"],
    // a streamers' guild (公会): the plan word before it speaks for the figure; 老公会 is 老公 + 会
    ["明年我计划开一个自己的公会，先签二十个左右的主播。", "plan"],
    ["我们公会现在有二十个主播。", "metric"],
    ["我老公会带二十个人过来。", "prediction"],
  ])("%s → %s", (text, type) => expect(only(text).type).toBe(type));
});

describe("a tag question asks the statement before it in its sentence", () => {
  it.each(["听说要涨到三十块，是真的吗？", "听说要涨到三十块，真的吗", "他们说去年卖了5000台，是这样吗？"])(
    "%s: no claim",
    (text) => expect(claimsOf(text)).toEqual([]),
  );
  // negatives: no question, a confirmation the speaker gives (对吧), a tag in the next sentence, a figure after it
  it.each([
    ["是真的，涨到了三十块。", 1],
    ["去年营收是30亿元，对吧？", 1],
    ["听说要涨到三十块。是真的，涨到了三十块。", 2],
    ["是真的吗？涨到了三十块。", 1],
  ])("%s: %i figure(s)", (text, n) => expect(claimsOf(text).flatMap((c) => c.quantities)).toHaveLength(n));
});

describe("a tag question that is a sentence of its own asks the hearsay before it", () => {
  it.each([
    "听说涨到三十块。是真的吗？",
    "据说明年要涨到三十块。真的吗",
    "有人说去年卖了5000台。是这样吗？",
    "听说涨到三十块。是真的吗？不是。",
  ])("%s: no claim", (text) => expect(claimsOf(text)).toEqual([]));
  // negatives: no hearsay (the speaker states it), hearsay alone (a claim with its source), a tag answered yes, a
  // sentence that is more than the tag
  it.each([
    ["我们涨到了三十块。对吗？", 1],
    ["涨到了三十块。是真的吗？是真的。", 1],
    ["听说涨到三十块。", 1],
    ["听说涨到三十块。是真的吗？是真的。", 1],
    ["听说涨到三十块。真的吗，我们只涨到二十块。", 2],
  ])("%s: %i figure(s)", (text, n) => expect(claimsOf(text).flatMap((c) => c.quantities)).toHaveLength(n));
});

describe("几 asking how many in a caption phrase that a new subject answers is no figure", () => {
  it.each([
    ["几年能回本 我们测算大概三年", ["三年"]],
    ["回本要几年 我们测算大概三年", ["三年"]],
    ["几天能交付 我们承诺三天", ["三天"]],
  ])("%s → %j", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );
  // negatives: 几年前 (a past time), 这几年, 几十 and 好几 (vague figures), a phrase with 了, an answer of another kind,
  // punctuation instead of a caption space
  it.each([
    ["这几年营收翻了一番", ["翻了一番"]],
    ["来了几十个人", ["几十个人"]],
    ["好几年才回本 我们测算三年", ["好几年", "三年"]],
    ["每月几万块 我们每月亏三万块", ["几万块", "三万块"]],
    ["几年能回本 我们测算大概三千块", ["几年", "三千块"]],
    ["几年能回本，我们测算大概三年", ["几年", "三年"]],
  ])("%s → %j", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );
  // 几年前 stays a past time, no figure; 三家店 is a count of shops (units.yaml nounCounts)
  it.each(["几年前我们开了三家店", "几年前 我们开了三家店"])("%s: no figure but the shops", (text) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(["三家"]),
  );
});

describe("a school term (下学期) or a fiscal year (2025财年) dates a claim as a year does", () => {
  it.each([
    ["下学期学费要涨到八千", "prediction", "2026-02-01"],
    ["明年学费要涨到八千", "prediction", "2026-01-01"],
    ["下个学期我们计划再招两百个学生", "plan", "2026-02-01"],
    ["这学期的学生有三百人", "metric", "2025-09-01"],
    ["上学期的及格率是85%", "metric", "2025-02-01"],
    ["2025财年营收增长了12%", "metric", "2025-01-01"],
    ["下一财年营收预计会到50亿元", "prediction", "2026-01-01"],
    ["FY2024的毛利率是40%", "metric", "2024-01-01"],
    // negatives: a price per term and terms counted date nothing
    ["一学期三千块", "metric", undefined],
    ["两个学期一共花了三万", "metric", undefined],
  ] as const)("%s → %s at %s", (text, type, start) => {
    const c = only(text);
    expect(c.type).toBe(type);
    expect(c.time?.start).toBe(start);
  });
});

describe("a time not over right before an aid (年底能上线) forecasts with no forecast word", () => {
  it.each([
    ["年底能上线", "prediction", "2025-10-01"],
    ["今年年底能上线", "prediction", "2025-10-01"],
    ["年内可以完成", "prediction", "2025-11-20"],
    ["今年就能卖到100万台", "prediction", "2025-01-01"],
  ] as const)("%s → %s at %s", (text, type, start) => {
    const cs = claimsOf(text, "2025-11-20");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.type).toBe(type);
    expect(cs[0]?.time?.start).toBe(start);
  });
  // near-misses: what there is, what is done, a noun holding the aid, a negated or asked aid, a time past
  it.each([
    "今年能有这样的成绩 我很满意",
    "今年能做到这样已经很好了",
    "今年能力提升了很多",
    "年底能不能上线",
    "去年年底能上线的",
  ])("%s: no claim", (text) => {
    expect(claimsOf(text, "2025-11-20")).toEqual([]);
  });
  it("keeps a count of this year's capacity a metric", () => {
    expect(claimsOf("今年产能一百万台", "2025-11-20")[0]?.type).toBe("metric");
  });
  it("reads 年底不能上线 as a forecast, negated, and 年底没能上线 as none", () => {
    expect(claimsOf("年底不能上线", "2025-11-20")[0]).toMatchObject({ type: "prediction", negated: true });
    expect(claimsOf("年底没能上线", "2025-11-20")).toEqual([]);
  });
});

describe("a time named as a topic to talk about, in a goodbye or in a wish, dates no forecast", () => {
  it.each([
    "先聊聊明年的情况吧",
    "我们来谈谈下个月的新品",
    "咱们明天见",
    "好的，我们下周同一时间再见",
    "我们明年见！",
    "主持人：好，祝赵姐明年五谷丰登",
    "预祝大家明年丰收",
  ])("%s: no claim", (text) => {
    expect(claimsOf(text, "2025-11-20")).toEqual([]);
  });
  // near-misses: a forecast after the time, and 见 that ends no goodbye
  it.each([
    ["明年第一季度我们会发布一款新模型", "2026-01-01"],
    ["明年见分晓", "2026-01-01"],
    ["下周我们会发布新品", "2025-11-24"],
    ["明年我们要庆祝建厂十周年", "2026-01-01"],
  ])("%s: a dated forecast", (text, start) => {
    expect(claimsOf(text, "2025-11-20")[0]?.time?.start).toBe(start);
  });
});

describe("a time alone and a 呢 that ends the sentence asks about it (主持人：今后三年呢)", () => {
  it.each(["主持人：今后三年呢", "那明年呢", "明年呢"])("%s: no claim", (text) => {
    expect(claimsOf(text, "2025-11-20")).toEqual([]);
  });
  // near-misses: 呢 marking a topic the sentence goes on from, and an emphatic 呢 after a forecast
  it.each([
    ["今后三年呢 我们会继续扩张", "2025-11-20"],
    ["明年我们会扩张呢", "2026-01-01"],
  ])("%s: a dated forecast", (text, start) => {
    expect(claimsOf(text, "2025-11-20")[0]?.time?.start).toBe(start);
  });
});

describe("a time before 的 and a ratio in words is a comparison's baseline, as one in digits", () => {
  it.each(["是去年的二点三倍", "是去年的1.3倍", "去年的三分之一", "恢复到2019年的九成"])("%s: no time", (text) => {
    expect(claimsOf(text, "2025-11-20")[0]?.time).toBeNull();
  });
  it("keeps the time of a figure after 的 and a noun", () => {
    expect(claimsOf("去年的营收是100亿元", "2025-11-20")[0]?.time?.start).toBe("2024-01-01");
  });
});

describe("a negation in a clause closed before a dated forecast's time denies no forecast of it", () => {
  it.each([
    ["我们没有放弃，明年会推出新产品", false],
    ["明年不会再涨价", true],
    ["明年\n不会再涨价", true],
  ] as const)("%s → negated %s", (text, negated) => {
    expect(claimsOf(text, "2025-11-20")[0]).toMatchObject({ type: "prediction", negated });
  });
});

describe("types: a habit of frequency, a first-person commitment, a condition with no figure, a time of now", () => {
  const types = (text: string) => claimsOf(text).map((c) => c.type);
  // 会 after a word of how often (每天, 每周, 平时) states a habit, a present fact, as after 通常
  it.each([
    ["我每天早上会跑五公里", ["metric"]],
    ["他每周会去两次健身房", ["metric"]],
    ["我们一般会留三个月的现金", ["metric"]],
    ["她每个月会存三千块", ["metric"]],
    ["我们店平时会备两百斤菜", ["metric"]],
    // how things normally go, and what has always been so
    ["正常情况下一天会接三四十单", ["metric"]],
    ["正常来说成交价会打个九折", ["metric"]],
    ["我们店平常会备两百斤菜", ["metric"]],
    ["我们一向会留两成利润", ["metric"]],
    ["他们向来会压价一到两成", ["metric"]],
    // near-misses: a time to come still forecasts; 平常心 is no habit of the clause's 会
    ["明年正常情况下会增长两成", ["prediction"]],
    ["保持平常心，明年会涨到五千块", ["prediction"]],
    ["货车司机每天会跑四百公里", ["metric"]],
    // near-misses: a time to come, no word of how often, 每年 (a yearly forecast: 每年都会经历一到两次)
    ["明年会涨到五千块", ["prediction"]],
    ["下周气温会降到十五度", ["prediction"]],
    ["明年每个月会多卖两千台", ["prediction"]],
    ["OpenAI可能每年都会经历一到两次红色警报阶段", ["prediction"]],
  ])("%s → %j", (text, expected) => expect(types(text)).toEqual(expected));

  // the speaker's side (我们, 公司) and 会 or 将 before a verb it does (推出, 开, 招, 把…): a commitment, a plan
  it.each([
    ["我们会在三个月内把价格降到五千块", ["plan"]],
    ["公司明年会推出三款新车", ["plan"]],
    ["我们将在上海开五家门店", ["plan"]],
    ["咱们下半年会再招两百个工程师", ["plan"]],
    ["我司将投入十个亿建新厂", ["plan"]],
    ["我们会在三个月内推出3款新品", ["plan"]],
    // a rule the side puts in force (audit legal), as 实施
    ["明年一月一日起，我们将施行新的立案登记规定", ["plan"]],
    ["我们下个月会推行三项便民措施", ["plan"]],
    // near-miss: the rule itself as subject, no side that acts
    ["新规定将于明年一月一日起施行", ["prediction"]],
    // a film the side releases or shoots (audit film); near-miss: the film itself as subject, no side that acts
    ["我们明年会上映十五部影片", ["plan"]],
    ["我们明年会拍两部电影，投资大概五个亿", ["plan"]],
    ["这部片子明年会上映，票房可能有十个亿", ["prediction"]],
    // no modal: a time to come, then a verb of the side's doing: its schedule (audit gaming)
    ["2.0版本我们明年暑期上线", ["plan"]],
    ["公司下个月开两家新店", ["plan"]],
    // near-misses: the time is over, the act is done, no side that acts, no verb of its doing
    ["我们去年上线了三款游戏", ["metric"]],
    ["我们明年上线的游戏有三款", ["prediction"]],
    ["这个版本明年暑期上线", ["prediction"]],
    ["我们明年收入增长两成", ["prediction"]],
    // 想 (want to) before a verb of the side's doing, as 会
    ["我们明年想开五家店", ["plan"]],
    // aircraft or equipment the side brings in or takes delivery of (audit aviation); near-misses: another's subject,
    // the planes themselves as subject, a delivery already taken
    ["我们明年再引进二十架", ["plan"]],
    ["公司下半年会接收八架新飞机", ["plan"]],
    ["他们明年会引进二十架", ["prediction"]],
    ["引进的二十架明年会到位", ["prediction"]],
    ["我们去年引进了二十架", ["metric"]],
    ["我明年想把产量提到三千吨", ["plan"]],
    // near-misses: 想 as "think" before a clause of its own, a thought experiment (想象一下)
    ["我想明年房价会涨百分之十", ["prediction"]],
    ["我们想象一下明年有一百万用户", ["hypothetical"]],
    ["设想一下明年价格降到五千块", ["hypothetical"]],
    // near-misses: an outcome the speaker does not control, another's forecast, a verb of no control
    ["我们会看到利率降到百分之三", ["prediction"]],
    ["我觉得价格会降到五千块", ["prediction"]],
    ["市场明年会增长两成", ["prediction"]],
    ["我们明年会增长两成", ["prediction"]],
    ["我们会在三个月内看到三成的增长", ["prediction"]],
    ["用户会在三个月内涨到五百万", ["prediction"]],
  ])("%s → %j", (text, expected) => expect(types(text)).toEqual(expected));
});

/** Every figure of a document (as "kind value-or-range unit") and every claim's time start, said on 2025-06-15. */
const docFigures = (text: string) => {
  const claims = claimsOf(text, "2025-06-15");
  return {
    figures: claims.flatMap((c) =>
      c.quantities.map((q) => `${q.kind} ${q.value ?? `${q.min}-${q.max}`} ${q.unit ?? ""}`.trim()),
    ),
    times: claims.flatMap((c) => (c.time ? [c.time.start] : [])),
  };
};

describe("audit leftovers: 七八十年代 names the 1970s–80s, no figure of 70–80 years", () => {
  it.each([
    ["七八十年代的时候，一个月工资才几十块", ["money 20-90 CNY"]],
    ["七八十年代出生的人", []],
    ["上世纪八九十年代，他们家开了三家店", ["count 3 家"]],
    // NEGATIVES: a count of decades' length and years said with their counter stay figures
    ["这个品牌有七八十年的历史", ["duration 70-80 year"]],
    ["干了七八年了", ["duration 7-8 year"]],
  ])("%s → %j", (text, figures) => expect(docFigures(text).figures).toEqual(figures));
});

describe("audit values: a bare year of 100–130 in a Traditional Chinese text is a year of the Republic (民國)", () => {
  it.each([
    ["今年是114年，這是我們開店的第十年", "2025-01-01"],
    ["這個計畫從113年開始，我們會在115年完成", "2024-01-01"],
    ["114年我們會在高雄再開三家店", "2025-01-01"],
    ["政府說116年的預算會再增加", "2027-01-01"],
    ["民國114年營收成長了兩成", "2025-01-01"],
  ])("%s: the year %s, no duration of a hundred years", (text, start) => {
    expect(docFigures(text).figures.filter((f) => /^duration 1\d\d /.test(f))).toEqual([]);
    const times = findTimes(text, "2025-06-15", undefined, documentLocale(text)).map((t) => t.from);
    expect(times).toContain(start);
  });
  // NEGATIVES: a length in a Traditional text (了 before it, 多 or 的歷史 after it), and any bare N年 in Simplified
  it.each([
    ["這家店開了114年", "duration 114 year"],
    ["這家老店已經有120多年的歷史了", "duration 120 year"],
    ["這座橋蓋好已經110年的時間了", "duration 110 year"],
    ["這是一家110年老店，我們很驕傲", "duration 110 year"],
    ["這是一個跨越120年的品牌，我們很驕傲", "duration 120 year"],
    ["這所學校創校110年，我們的校友很多", "duration 110 year"],
    ["这家店开了114年", "duration 114 year"],
    ["这座桥已经有114年的历史", "duration 114 year"],
  ])("%s: stays %s", (text, figure) => {
    const { figures, times } = docFigures(text);
    expect(figures).toContain(figure);
    expect(times.filter((t) => t?.startsWith("202"))).toEqual([]);
    const read = findTimes(text, "2025-06-15", undefined, documentLocale(text)).map((t) => t.from);
    expect(read.filter((t) => t?.startsWith("202"))).toEqual([]);
  });
  it("100年一遇 (once in a hundred years) stays no Republic year", () => {
    const text = "這是100年一遇的大雨，我們沒想到";
    const read = findTimes(text, "2025-06-15", undefined, documentLocale(text)).map((t) => t.from);
    expect(read.filter((t) => t?.startsWith("20"))).toEqual([]);
  });
  it("simplified 114年前 stays no Republic year", () => {
    const text = "114年前这里还是一片海";
    const read = findTimes(text, "2025-06-15", undefined, documentLocale(text)).map((t) => t.from);
    expect(read.filter((t) => t?.startsWith("202"))).toEqual([]);
  });
});

describe("audit values: plain 元 in a Traditional Chinese text from Taiwan is the New Taiwan dollar", () => {
  it.each([
    ["我們在台北的門市去年營收120億元", "money 12000000000 TWD"],
    ["這是新台幣的報價。\n公司去年營收120億元", "money 12000000000 TWD"],
    ["民國113年公司的營收是三百億元", "money 30000000000 TWD"],
    ["高雄的房價一坪大概30萬元", "money 300000 TWD"],
    // audit leftovers: spoken 塊, 塊錢 is plain yuan as 元 is, and a bare 民國 year (113年) is a sign of Taiwan
    ["我們在台北一杯咖啡要一百塊", "money 100 TWD"],
    ["台中的便當一個大概八十塊錢", "money 80 TWD"],
    ["113年我們的營收是三百億元", "money 30000000000 TWD"],
    ["我們112年的時候，一張票要五百塊", "money 500 TWD"],
    // Taiwan-only words of daily life (a Taipei district, the 捷運 metro) are signs of Taiwan too
    ["我們的分店在信義區，一碗麵要兩百八十塊", "money 280 TWD"],
    ["每天搭捷運上班，一個月車錢一千二百塊", "money 1200 TWD"],
  ])("%s: %s", (text, figure) => {
    expect(docFigures(text).figures).toContain(figure);
  });
  // NEGATIVES: a Simplified text (even about Taiwan), a Traditional one with no sign of Taiwan, Hong Kong money
  it.each([
    ["我们在台北的门店去年营收120亿元", "money 12000000000 CNY"],
    ["公司去年營收120億元", "money 12000000000 CNY"],
    ["香港公司去年營收120億港元", "money 12000000000 HKD"],
    ["這家台灣公司在香港的營收是5億港幣", "money 500000000 HKD"],
    ["台灣的公司在香港賺了5億元，這是港股的報價", "money 500000000 CNY"],
    ["一杯咖啡要一百块", "money 100 CNY"],
    ["我们在台北一杯咖啡要一百块", "money 100 CNY"],
    ["我們在香港一杯咖啡要一百塊", "money 100 CNY"],
    ["我们的分店在信义区，一碗面要两百八十块", "money 280 CNY"],
    ["公司開了113年，營收是三百億元", "money 30000000000 CNY"],
    ["113年我们的营收是三百亿元", "money 30000000000 CNY"],
  ])("%s: stays %s", (text, figure) => {
    expect(docFigures(text).figures).toContain(figure);
  });
});

describe("a word of what is now (现在, 目前) in a figure's clause drops a time of an earlier clause of its line", () => {
  // the figure's own clause says it is today's: the earlier clause's time is that clause's (前年我们刚起步)
  const typed = (text: string) =>
    claimsOf(text).map((c) => `${c.type} ${c.time ? `${c.time.start}..${c.time.end}` : "-"} ${c.quantities[0]?.text}`);
  it.each([
    ["前年我们刚起步，现在估值大概二十亿", ["metric - 二十亿"]],
    ["去年我们还在亏钱，目前每个月能赚两百万", ["metric - 两百万"]],
    ["上个赛季他受了伤，眼下体重是八十公斤", ["metric - 八十公斤"]],
    ["2019年这条线刚开通，当前日均客流是12万人次", ["metric - 12万人次"]],
    // negatives: the time in the figure's own clause, no word of now, a word of what is that is no time (实际上),
    // and a figure before the word of now keeps the earlier time
    ["前年估值大概二十亿", ["metric 2023-01-01..2023-12-31 二十亿"]],
    ["去年营收是100亿，实际上利润只有2亿", ["metric 2024-01-01..2024-12-31 100亿"]],
    ["前年我们刚起步，今年估值大概二十亿", ["metric 2025-01-01..2025-12-31 二十亿"]],
  ])("%s → %j", (text, want) => expect(typed(text)).toEqual(want));
  it("前年我们估值二十亿，现在翻了一倍: 二十亿 keeps 前年", () => {
    const c = claimsOf("前年我们估值二十亿，现在翻了一倍").find((x) => x.quantities.some((q) => q.text === "二十亿"));
    expect(c?.time?.text).toBe("前年");
  });
});

describe("将 before a noun, a verb of change and 了 is 把: what was done, no forecast", () => {
  it.each([
    ["它在基准测试中将得分提高到了百分之九十", "metric"],
    ["新版本将延迟降低了40%", "metric"],
    ["这次改革将审批时间缩短到了三天", "metric"],
    ["工厂将产能扩大了一倍", "metric"],
    // negatives: 将 right before the verb (will), 将 with no 了 after the verb, 将把 (will + 把)
    ["明年将提高到百分之九十", "prediction"],
    ["新版本将把延迟降低40%", "prediction"],
    ["公司将在明年把产能扩大一倍", "plan"],
  ])("%s → %s", (text, type) => expect(only(text).type).toBe(type));
});

describe("a bare scaled amount in a breakdown or list of an amount in a currency takes that currency", () => {
  const units = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind, q.unit]));
  it.each([
    ["全年财政收入11.7万亿元，其中税收9.7万亿", "9.7万亿", "money", "CNY"],
    ["公司营收80亿港元，其中内地业务50亿", "50亿", "money", "HKD"],
    ["这轮融资5亿美元，比上一轮的3亿多了不少", "3亿多", "money", "USD"],
    ["研发投入12亿元、营销费用8亿", "8亿", "money", "CNY"],
    ["去年亏损了3亿欧元和今年的2亿", "2亿", "money", "EUR"],
    // negatives: a count stays a count, a bare amount with no word that links it stays without a currency, and one
    // of another sentence too
    ["营收11.7万亿元，用户9.7万", "9.7万", "count", null],
    ["投了11亿美元，有3亿用户", "3亿用户", "count", "用户"],
    ["融资5亿美元，其中3亿用户来自海外", "3亿用户", "count", "用户"],
    ["去年营收是100亿，实际上利润只有2亿", "2亿", "money", null],
    ["营收50亿元。其中海外收入20亿", "20亿", "money", null],
  ])("%s: %s", (text, figure, kind, unit) => expect(units(text)).toContainEqual([figure, kind, unit]));
});

describe("audit typesmore: a scheduled act, a duty, a proposal; sized counters and stocks", () => {
  // the type of the claim that holds the figure `figure`
  const typeOf = (text: string, figure: string) =>
    claimsOf(text).find((c) => c.quantities.some((q) => q.text === figure))?.type ?? "none";
  it.each([
    // a first-person act with a time between the actor and 会 or 就要, a verb of its own doing: a plan
    ["我们下个季度就会提交上市申请，拟募资十个亿", "十个亿", "plan"],
    ["我们下周三下午会有一个义诊，大概接待两百人", "两百人", "plan"],
    ["我们下个月就会开业，首批招两百名员工", "两百名", "plan"],
    ["公司下周就要提交申报材料，涉及三十个项目", "三十个", "plan"],
    ["我们下周五会有一场招聘会，提供五百个岗位", "五百个", "plan"],
    // holding an event (举办, 举行) is the side's act, the event's noun however far (audit macro)
    ["下个季度我们将在全国举办一万场左右的招聘活动", "一万场", "plan"],
    ["我们明年将举行三十场左右的宣讲会", "三十场", "plan"],
    // negative: no side that holds it
    ["下个季度会举办一万场左右的招聘活动", "一万场", "prediction"],
    // negatives: no first person, an outcome (看到), 会有 and no event held
    ["下个季度就会有结果，营收会到十个亿", "十个亿", "prediction"],
    ["我们下个季度就会看到三成的增长", "三成", "prediction"],
    ["我们明年会有三成的增长", "三成", "prediction"],
    // 要 before a verb of paying or giving up: what the side has to pay now, no intention
    ["一单下来我们要让出去百分之三十多", "百分之三十多", "metric"],
    ["每个月我们要交两万的房租", "两万", "metric"],
    ["每年我们要缴三十多万的社保", "三十多万", "metric"],
    ["一年下来我要付八千多的物业费", "八千多", "metric"],
    // negatives: 要 and a verb of building in a time to come (a plan), 要 with no person (a forecast)
    ["明年我们要开五十家店", "五十家", "plan"],
    ["明年房租要涨到三万", "三万", "prediction"],
    ["每个月我们要新开两家店", "两家", "plan"],
    ["我们要交付三万台", "三万台", "plan"],
    ["我们要付出三年的努力", "三年", "plan"],
    ["明年我们要交三万的房租", "三万", "plan"],
    // a proposal of the speaker's side, 建议 and 把 or a verb of change: a plan
    ["我们建议把报销比例提高到百分之五六十", "百分之五六十", "plan"],
    ["我建议把起付线降到五百块", "五百块", "plan"],
    ["我们提议把试点扩大到二十个城市", "二十个", "plan"],
    ["公司主张将分红比例提高到百分之四十", "百分之四十", "plan"],
    // negatives: advice to others (专家建议, 建议大家) and 建议 as a noun stay as they were
    ["专家建议每天走六千步", "六千步", "metric"],
    ["我建议大家每天走六千步", "六千步", "metric"],
    ["他建议的方案是三年", "三年", "metric"],
    ["我们建议的比例是百分之三十", "百分之三十", "metric"],
  ])("%s: %s → %s", (text, figure, type) => expect(typeOf(text, figure)).toBe(type));

  const figs = (text: string) =>
    claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind, q.value ?? q.min, q.unit]));
  it.each([
    // a size word (小, 大) between the number and a known counter after a verb of holding or dividing
    ["一盒有十二小袋", [["十二小袋", "count", 12, "袋"]]],
    ["切成八小块", [["八小块", "count", 8, "块"]]],
    ["一箱装了二十四小瓶", [["二十四小瓶", "count", 24, "瓶"]]],
    ["把地分成五大块", [["五大块", "count", 5, "块"]]],
    // a verb of cutting or dividing before N块 makes pieces, no yuan; 变成 keeps yuan
    ["一个西瓜切成十六块", [["十六块", "count", 16, "块"]]],
    ["这块地分成二十块", [["二十块", "count", 20, "块"]]],
    [
      "价格从十块变成八块",
      [
        ["十块", "money", 10, "CNY"],
        ["八块", "money", 8, "CNY"],
      ],
    ],
    // negatives: 三大, 四大 naming a group, a size word before no counter
    ["三大运营商都在做", []],
    ["他们是四大天王", []],
    ["我们有三大块业务", []],
    ["国内有三大运营商", []],
    // a stock left as a bare number after 还剩, 还有, 只剩
    ["库存还剩三百多", [["三百多", "count", 300, null]]],
    ["仓库里还有两千多", [["两千多", "count", 2000, null]]],
    ["冷库里的存货只剩八百多", [["八百多", "count", 800, null]]],
    // negatives: a duration keeps its unit, money talk keeps money, no stock word keeps no figure
    ["库存周转三十天", [["三十天", "duration", 30, "day"]]],
    [
      "营收两个亿，库存还剩三百多万",
      [
        ["两个亿", "money", 200000000, null],
        ["三百多万", "money", 3000000, null],
      ],
    ],
    ["他手里还剩三百多", []],
    // a stock after talk of prices stays a count
    [
      "这款坚果礼盒只要九十九元。\n二号链接库存还剩三百多",
      [
        ["九十九元", "money", 99, "CNY"],
        ["三百多", "count", 300, null],
      ],
    ],
  ])("%s", (text, want) => expect(figs(text)).toEqual(want));
});

// 要从X扩到Y: an actor's aim to go from a figure of now to a target; the target is the plan, the figure after 从现在的 is
// what is now (a metric)
describe("a target after 要从…到 is a plan, the figure of now a metric", () => {
  const figuresOf = (text: string) =>
    claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, c.type, c.time?.start ?? null]));
  it.each([
    [
      "团队也要从现在的八百人扩到一千二百人左右",
      [
        ["八百人", "metric", null],
        ["一千二百人", "plan", null],
      ],
    ],
    [
      "研发投入要从现在的3亿元增加到5亿元",
      [
        ["3亿元", "metric", null],
        ["5亿元", "plan", null],
      ],
    ],
    [
      "毛利率要从现在的18%提高到25%",
      [
        ["18%", "metric", null],
        ["25%", "plan", null],
      ],
    ],
    [
      "我们要从现在的200家门店开到500家",
      [
        ["200家", "metric", null],
        ["500家", "plan", null],
      ],
    ],
    // negatives: done (了) and a forecast keep their typing
    [
      "去年从八百人扩到了一千二百人",
      [
        ["八百人", "metric", "2024-01-01"],
        ["一千二百人", "metric", "2024-01-01"],
      ],
    ],
    [
      "预计明年会从八百人增加到一千二百人",
      [
        ["八百人", "prediction", "2026-01-01"],
        ["一千二百人", "prediction", "2026-01-01"],
      ],
    ],
  ] as const)("%s → %j", (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe("a bare number that goes on from its sentence's count is no year", () => {
  it.each([
    ["三十家门店，2025年", [30]],
    ["门店去年三十家，到了2025年开到五十", [30, 50]],
    // audit prices3: a year after a serving across a caption space or line is a time, no part of a figure
    ["来一杯 2025年我们开了店", []],
    ["来一杯\n2025年我们开了店", []],
    ["这个我卖四十二 2025年涨的价", [42]],
    // audit prices4: a month after 买的时候是 is a date, no price paid
    ["我买的时候是三月份", []],
    ["当时买的时候才八百多", [800]],
  ])("%s", (text, values) => {
    const got = claimsOf(text, "2025-06-15").flatMap((c) => c.quantities.map((q) => q.value));
    expect(got).toEqual(values);
  });
});

describe("audit types3: a decision of the actor's own, a request to talk about a topic", () => {
  const typesOf = (text: string) =>
    claimsOf(text, "2025-06-15").map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    // 决定 after the speaker's side or an organisation, before a verb: the actor's own decision, a plan
    ["我们决定下半年投产两条产线", [["plan", ["两条"], "2025-07-01"]]],
    ["公司决定明年再开五家店", [["plan", ["五家"], "2026-01-01"]]],
    ["董事会决定明年回购三十亿元股票", [["plan", ["三十亿元"], "2026-01-01"]]],
    ["医院决定下个月新增两百张床位", [["plan", ["两百张"], "2025-07-01"]]],
    ["我们最终决定明年招三百个应届生", [["plan", ["三百个"], "2026-01-01"]]],
    // negatives: 决定 as a cause, a noun, 取决于, 由…决定, another's decision read by no actor word
    ["这决定了明年的销量会超过十万台", [["prediction", ["十万台"], "2026-01-01"]]],
    ["价格取决于明年的产量，大概五十万吨", [["prediction", ["五十万吨"], "2026-01-01"]]],
    ["这是决定性的一年，营收增长了三成", [["metric", ["三成"], null]]],
    ["明年的价格由市场决定，可能涨两成", [["prediction", ["两成"], "2026-01-01"]]],
    // a request to talk about a topic (介绍一下, 说说) dates no plan or forecast
    ["先介绍一下贵公司今年的招聘计划", []],
    ["请您介绍一下明年的扩张计划", []],
    ["您说说下半年的打算", []],
    // negatives: the plan itself, stated
    ["我们今年的招聘计划是两百人", [["plan", ["两百人"], "2025-01-01"]]],
    ["我介绍一下，我们明年计划开五家店", [["plan", ["五家"], "2026-01-01"]]],
    // a target a report, a plan or a government sets out for a period not over: a plan
    ["政府工作报告提出，今年城镇新增就业一千二百万人以上", [["plan", ["一千二百万人"], "2025-01-01"]]],
    ["规划要求，到2030年新能源装机达到十二亿千瓦", [["plan", ["十二亿千瓦"], "2025-06-15"]]],
    ["报告明确提出，明年研发投入增长百分之十", [["plan", ["百分之十"], "2026-01-01"]]],
    ["文件要求，今年底前完成三百个项目", [["plan", ["三百个"], "2025-06-15"]]],
    // negatives: a past fact the report states, discourse with no source
    ["报告提出，去年新增就业一千二百万人", [["metric", ["一千二百万人"], "2024-01-01"]]],
    ["他提出了三个问题", []],
    ["他要求今年营收增长百分之十", [["metric", ["百分之十"], "2025-01-01"]]],
    // the side with a time to come and 开始 before a verb of its own doing: a plan
    ["公司下个季度开始调薪", [["plan", [], "2025-07-01"]]],
    ["我们下个月开始涨价，涨百分之五", [["plan", ["百分之五"], "2025-07-01"]]],
    ["公司明年开始投产，年产五万吨", [["plan", ["五万吨"], "2026-01-01"]]],
    // negatives: no actor (weather, a market), what began (了, a time past)
    ["下个季度开始降温", [["prediction", [], "2025-07-01"]]],
    ["市场下个季度开始回暖", [["prediction", [], "2025-07-01"]]],
    ["公司开始裁员了，裁了两百人", [["metric", ["两百人"], null]]],
    ["我们去年开始扩产，产能翻了一番", [["metric", ["翻了一番"], "2024-01-01"]]],
    // 七八月份 (July–August) dates a forecast
    ["可能在七八月份毕业季达到高峰", [["prediction", [], "2025-07-01"]]],
    [
      "七八个月就能回本，大概两百万",
      [
        ["metric", ["七八个月"], null],
        ["metric", ["两百万"], null],
      ],
    ],
    // a clause that is only a start time dates the figure of the plan or forecast before it
    ["欧佩克+决定每天减产一百万桶，从下个月开始", [["plan", ["一百万桶"], "2025-07-01"]]],
    ["我们计划裁员两百人，下周开始实施。", [["plan", ["两百人"], "2025-06-16"]]],
    ["老陈：然后欧佩克+决定每天减产一百万桶，从下个月开始。", [["plan", ["一百万桶"], "2025-07-01"]]],
    ["预计每天增产五十万吨，从明年起", [["prediction", ["五十万吨"], "2026-01-01"]]],
    ["医院打算新增三百张床位，从下半年开始", [["plan", ["三百张"], "2025-07-01"]]],
    // negatives: a figure of what was, a new event after the time, another sentence
    [
      "去年减产了一百万桶，从下个月开始恢复",
      [
        ["metric", ["一百万桶"], "2024-01-01"],
        ["prediction", [], "2025-07-01"],
      ],
    ],
    [
      "我们计划裁员两百人，下周开始面试",
      [
        ["plan", ["两百人"], null],
        ["plan", [], "2025-06-16"],
      ],
    ],
    [
      "每天减产一百万桶。从下个月开始，我们会增产",
      [
        ["metric", ["一百万桶"], null],
        ["plan", [], "2025-07-01"],
      ],
    ],
  ] as const)("%s → %j", (text, expected) => expect(typesOf(text)).toEqual(expected));
});

describe("audit types4: a month alone with a past verb, actors of a decision, 想 after a time, money saved", () => {
  const typesOf = (text: string) =>
    claimsOf(text, "2025-06-15").map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    // a month alone not yet begun with a past aspect (了, 过) on the verb of its clause: last year's, a metric
    ["七月的时候卖了三万台", [["metric", ["三万台"], "2024-07-01"]]],
    ["七八月的时候卖了三万台", [["metric", ["三万台"], "2024-07-01"]]],
    ["十月份我们接了两百个订单", [["metric", ["两百个"], "2024-10-01"]]],
    ["九月，门诊量涨了三成", [["metric", ["三成"], "2024-09-01"]]],
    ["八月份去过一次，花了五千块", [["metric", ["五千块"], "2024-08-01"]]],
    // negatives: a forecast word, a modal, an explicit year, a month already begun or over
    ["七月份会推出新品", [["prediction", [], "2025-07-01"]]],
    ["七月的时候可能卖三万台", [["prediction", ["三万台"], "2025-07-01"]]],
    ["去年七月卖了三万台", [["metric", ["三万台"], "2024-07-01"]]],
    ["三月份卖了三万台", [["metric", ["三万台"], "2025-03-01"]]],
    ["七月份预计能卖了三万台", [["prediction", ["三万台"], "2025-07-01"]]],
    // 决定 after an organisation's name (a suffix: 局, 银行, 委, 组织…) or a central bank: its own decision, a plan
    ["美联储决定下个月降息25个基点", [["plan", ["25个基点"], "2025-07-01"]]],
    ["工商银行决定明年新增网点三十个", [["plan", ["三十个"], "2026-01-01"]]],
    ["市场监管局决定下个月抽检五百家餐馆", [["plan", ["五百家"], "2025-07-01"]]],
    ["世界卫生组织决定明年拨款两亿美元", [["plan", ["两亿美元"], "2026-01-01"]]],
    ["欧洲央行决定下个月加息50个基点", [["plan", ["50个基点"], "2025-07-01"]]],
    // negatives: a cause, 由…决定, 取决于
    ["这决定了明年的销量会超过十万台", [["prediction", ["十万台"], "2026-01-01"]]],
    ["明年的利率由美联储决定，可能降25个基点", [["prediction", ["25个基点"], "2026-01-01"]]],
    ["明年的降息幅度取决于美联储，大概50个基点", [["prediction", ["50个基点"], "2026-01-01"]]],
    ["这个格局决定了明年价格会涨两成", [["prediction", ["两成"], "2026-01-01"]]],
    // 想 opening its clause after a time not over, before a verb of the side's doing: a plan
    ["今年想再开两家", [["plan", ["两家"], "2025-01-01"]]],
    ["明年想再流转两百亩地", [["plan", ["两百亩"], "2026-01-01"]]],
    ["下个月想招五个厨师", [["plan", ["五个"], "2025-07-01"]]],
    ["明年还想新增三条产线", [["plan", ["三条"], "2026-01-01"]]],
    // a time of two words (明年春天) before 想, and a runner's goal time (audit fitness)
    ["明年春天想跑进三小时", [["plan", ["三小时"], "2026-03-01"]]],
    // near-miss: another's goal, with no 想 of the side
    ["我觉得他明年春天会跑进三小时", [["prediction", ["三小时"], "2026-03-01"]]],
    // negatives: 想想, 想必, 想不到, a past time
    ["今年想想办法，卖了三万台", [["metric", ["三万台"], "2025-01-01"]]],
    ["明年想必会涨百分之十", [["prediction", ["百分之十"], "2026-01-01"]]],
    ["今年想不到卖了三万台", [["metric", ["三万台"], "2025-01-01"]]],
    ["去年想再开两家", [["metric", ["两家"], "2024-01-01"]]],
  ] as const)("%s → %j", (text, expected) => expect(typesOf(text)).toEqual(expected));

  // 攒了, 存了, 省了: money saved, a past fact
  it.each([
    ["明年我想回老家开个小店，攒了差不多十万", "十万", "money", "metric"],
    ["我打算明年买房，存了三十万", "三十万", "money", "metric"],
    ["今年省了两万多", "两万多", "money", "metric"],
    // negatives: its own counter
    ["今年攒了三千个粉丝", "三千个", "count", "metric"],
    ["存了五百张照片", "五百张", "count", "metric"],
  ] as const)("%s: %s is %s, %s", (text, figure, kind, type) => {
    const c = claimsOf(text, "2025-06-15").find((x) => x.quantities.some((q) => q.text === figure));
    expect([c?.quantities.find((q) => q.text === figure)?.kind, c?.type]).toEqual([kind, type]);
  });
});

describe("audit clausetime: times across clauses of a sentence", () => {
  const typesOf = (text: string) =>
    claimsOf(text, "2025-06-15").map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    // a clause opened by a word of earlier (之前, 以前, 此前), alone or after its subject, tells what was: its figure
    // takes no time to come from the clause before, and is a fact
    [
      "明年我们扩产，之前卖了三万台",
      [
        ["plan", [], "2026-01-01"],
        ["metric", ["三万台"], null],
      ],
    ],
    [
      "下个月我们开新店，以前每天卖五百杯",
      [
        ["plan", [], "2025-07-01"],
        ["metric", ["五百杯"], null],
      ],
    ],
    [
      "明年公司要上市，我们此前融了两亿元",
      [
        ["prediction", [], "2026-01-01"],
        ["metric", ["两亿元"], null],
      ],
    ],
    [
      "今年下半年我们会扩招，之前招了三十个人",
      [
        ["plan", [], "2025-07-01"],
        ["metric", ["三十个人"], null],
      ],
    ],
    [
      "明年开新店，以前我们一年只开两家",
      [
        ["prediction", [], "2026-01-01"],
        ["metric", ["两家"], null],
      ],
    ],
    [
      "明年我们扩产，之前的产能是两万台",
      [
        ["plan", [], "2026-01-01"],
        ["metric", ["两万台"], null],
      ],
    ],
    // negatives: a time of its own, 已经, 之前 after a time or an event (before it: still to come)
    [
      "明年我们扩产，今年卖了三万台",
      [
        ["plan", [], "2026-01-01"],
        ["metric", ["三万台"], "2025-01-01"],
      ],
    ],
    [
      "明年要扩产，因为已经卖了三万台了",
      [
        ["prediction", [], "2026-01-01"],
        ["metric", ["三万台"], null],
      ],
    ],
    ["明年上市，上市之前要融资五千万", [["prediction", ["五千万"], "2026-01-01"]]],
    ["明年先扩产，之前要先融资五千万", [["prediction", ["五千万"], "2026-01-01"]]],
    ["我们预计2030年之前产能达到五十万台", [["prediction", ["五十万台"], "2025-06-15"]]],
    [
      "去年我们开了两家店，今年预计再开五家",
      [
        ["metric", ["两家"], "2024-01-01"],
        ["prediction", ["五家"], "2025-01-01"],
      ],
    ],
    [
      "明年推出两款新车，去年卖了三万台",
      [
        ["prediction", ["两款"], "2026-01-01"],
        ["metric", ["三万台"], "2024-01-01"],
      ],
    ],
    ["我们去年营收十个亿，利润率百分之十五", [["metric", ["十个亿", "百分之十五"], "2024-01-01"]]],
    // 会 in an earlier clause: the later figure is the same plan, dated
    ["我们明年会扩产，产能提升到五十万台", [["plan", ["五十万台"], "2026-01-01"]]],
    ["公司下半年会扩建，床位增加到八百张", [["plan", ["八百张"], "2025-07-01"]]],
    // 上 right after a time is a verb of putting into service: its small count is a figure
    ["明年上两条产线", [["prediction", ["两条"], "2026-01-01"]]],
    ["下半年上三套设备", [["prediction", ["三套"], "2025-07-01"]]],
    ["明年一季度上两条新线", [["prediction", ["两条"], "2026-01-01"]]],
    // negatives: a time that holds 上 (晚上, 上半年) or makes a time of day with it (今晚上), no counter of goods, and a
    // demonstrative's count (这两款: things already named)
    ["昨天晚上两台车都坏了", []],
    ["去年上半年两台机器出了故障", []],
    ["今晚上两台车", []],
    ["明年上两个台阶", [["prediction", [], "2026-01-01"]]],
    ["这两款新车明年推出", [["prediction", [], "2026-01-01"]]],
  ] as const)("%s → %j", (text, expected) => expect(typesOf(text)).toEqual(expected));
});

describe("audit leftovers2: 三元 in battery talk, speeds after 时速, interest and debts as money, a parallel rate", () => {
  // each figure as text=value unit, in order; an empty list: no figure
  const figures = (text: string) =>
    claimsOf(text, "2025-06-15").flatMap((c) =>
      c.quantities.map((q) => `${q.text}=${q.value ?? `${q.min}-${q.max}`} ${q.unit ?? q.kind}`),
    );
  it.each([
    // 三元 alone in a talk of batteries (磷酸铁锂, 电池, 电芯 in this sentence or the few before) is the chemistry
    [
      "磷酸铁锂现在大概一百六十瓦时每公斤\n然后三元这边将近三百瓦时每公斤",
      ["一百六十瓦时每公斤=160 Wh/kg", "三百瓦时每公斤=300 Wh/kg"],
    ],
    ["电池这块我们两条路线都做。三元的话能量密度高一些，但成本要贵百分之二十", ["百分之二十=20 %"]],
    ["电芯供应商那边，三元占了六成", ["六成=60 %"]],
    ["动力电池装车量里，三元和磷酸铁锂大概四六开", []],
    // near-misses: a price in 三元 stays money, with or without battery words
    ["一瓶水三元", ["三元=3 CNY"]],
    ["门票三元", ["三元=3 CNY"]],
    ["三元一斤", ["三元=3 CNY"]],
    ["这个三元的", ["三元=3 CNY"]],
    ["电池回收价每公斤涨了三元", ["三元=3 CNY"]],
    ["电池那边说完了。充电一度电三元钱", ["三元=3 CNY"]],
    // a speed word before a bare number is km/h
    ["最高时速两百五", ["两百五=250 km/h"]],
    ["时速两百五十", ["两百五十=250 km/h"]],
    ["这款车极速能到两百八", ["两百八=280 km/h"]],
    ["当时车速一百二左右", ["一百二=120 km/h"]],
    ["时速两百五的时候风噪很小", ["两百五=250 km/h"]],
    // near-misses: a share of a speed is a percent; a speed meter no figure; a distance keeps its unit
    ["时速快了两成", ["两成=20 %"]],
    ["时速表坏了", []],
    ["高铁时速350公里", ["350公里=350 km/h"]],
    // interest paid and a debt are money
    ["三十年等额本息，总利息一百二十多万", ["三十年=30 year", "一百二十多万=1200000 money"]],
    ["开发商欠了银行三百个亿", ["三百个亿=30000000000 money"]],
    ["这家公司欠供应商八千万", ["八千万=80000000 money"]],
    ["光利息每年就要付两百多万", ["两百多万=2000000 money"]],
    // near-misses: a favour owed is no money; a count after 欠 with its counter stays a count
    ["欠了三个人情", []],
    ["欠了他五十个包子", ["五十个=50 个"]],
    // a bare decimal in a clause parallel to a rated one is a rate too
    ["首套利率三点零五，二套三点四五", ["三点零五=3.05 %", "三点四五=3.45 %"]],
    ["存款利率一年期一点五，三年期一点九五", ["一点五=1.5 %", "一点九五=1.95 %"]],
    // a bound word before the parallel decimal is no part of its label; a bank ratio said bare goes on as a rate does
    ["首套利率三点零五，二套不超过三点四五", ["三点零五=3.05 %", "三点四五=3.45 %"]],
    ["不良率会稳定在一点二左右，不会超过一点三", ["一点二=1.2 %", "一点三=1.3 %"]],
    // near-misses: a duration or a count in the next clause keeps its unit
    ["利率三点零五，贷了三十年", ["三点零五=3.05 %", "三十年=30 year"]],
    ["利率三点零五，二套房有三套", ["三点零五=3.05 %"]],
    ["不良率一点二左右，他说那个比例不超过1.5", ["一点二=1.2 %", "1.5=1.5 multiple"]],
    ["不良率一点二，贷了三十年", ["一点二=1.2 %", "三十年=30 year"]],
  ] as [string, string[]][])("%s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("audit leftovers2: a bound after a pace's base bounds the pace", () => {
  it.each([
    ["配速四分半一公里左右", "四分半", "about"],
    ["她平时慢跑六分钟一公里上下", "六分钟", "about"],
    ["骑车的话两分钟一公里左右", "两分钟", "about"],
    // near-misses: no bound after the base; a bound before the duration stays its own
    ["他配速五分钟一公里", "五分钟", null],
    ["配速不到四分钟一公里", "四分钟", "under"],
  ] as [string, string, string | null][])("%s", (text, figure, approx) => {
    const q = claimsOf(text, "2025-06-15")
      .flatMap((c) => c.quantities)
      .find((x) => x.text === figure);
    expect(q?.approx ?? null).toBe(approx);
  });
});

describe("audit leftovers2: a record of shots or games (十二投七中, 十五胜四负) is counts", () => {
  const figures = (text: string) =>
    claimsOf(text, "2025-06-15").flatMap((c) => c.quantities.map((q) => `${q.text}=${q.value} ${q.unit ?? q.kind}`));
  it.each([
    ["他今天十二投七中", ["十二投=12 投", "七中=7 中"]],
    ["球队目前十五胜四负，排名第二", ["十五胜=15 胜", "四负=4 负"]],
    ["赛季至今二十胜八负", ["二十胜=20 胜", "八负=8 负"]],
    ["罚球八罚六中，三分球5投2中", ["八罚=8 罚", "六中=6 中", "5投=5 投", "2中=2 中"]],
    // a draw after a win or a loss is one more count of the record, no area (三平 is no 3 m² here)
    ["上半赛季我们十胜三平两负", ["十胜=10 胜", "三平=3 平", "两负=2 负"]],
    ["这套房子一百二十平两室一厅", ["一百二十平=120 m2"]],
    ["打了三场，两胜一平", ["两胜=2 胜", "一平=1 平"]],
    // …and a draw that opens the record, before a count of another word of its group
    ["三平两负的战绩不太理想", ["三平=3 平", "两负=2 负"]],
    ["三平一胜两负", ["三平=3 平", "一胜=1 胜", "两负=2 负"]],
    ["这套一百平三室的房子", ["一百平=100 m2"]],
    // near-misses: a score, an idiom, a school's name, a win alone
    ["三比一", []],
    ["现在一胜难求", []],
    ["他在七中读的高中", []],
  ] as [string, string[]][])("%s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("vc audit: a figure judged possible after it is said (是有可能的) is a forecast, of its own clause only", () => {
  const types = (text: string) =>
    claimsOf(text, "2025-06-15").flatMap((c) => c.quantities.map((q) => `${q.text} ${c.type}`));
  it.each([
    ["再给我们三五年，做到营收五十亿是有可能的", ["三五年 metric", "五十亿 prediction"]],
    ["明年营收翻倍是可能的", ["翻倍 prediction"]],
    // near-misses: the judgment speaks for no clause after it, a condition keeps its figure hypothetical, a past
    // time makes it a report
    ["这个是有可能的，我们有三百个员工", ["三百个 metric"]],
    ["如果原材料价格稳定，150亿是有可能的，但内部我们按130亿做预算", ["150亿 hypothetical", "130亿 plan"]],
    ["去年亏了五千万，这是有可能的", ["五千万 metric"]],
  ] as [string, string[]][])("%s", (text, want) => {
    expect(types(text)).toEqual(want);
  });
});

describe("audit history: reign eras, 公元 years and taels are no figures of years or added digits", () => {
  it.each([
    // an era's N年 is a year, no span of N years
    ["紫禁城是永乐十八年建成的，前后修了十四年", ["duration 14 year"], "1420-01-01"],
    ["贞观四年全国有三百万户", ["count 3000000 户"], "0630-01-01"],
    // 公元 makes a year of a number below 1100, and the year after 到 is of the same count
    ["唐朝从公元618年到907年，一共是289年", ["duration 289 year"], "0618-01-01"],
    // before the common era: a time with no day to name, and no figure of 221 years
    ["秦朝是公元前221年统一的，只存在了十五年", ["duration 15 year"], null],
    // a 两 after a place is the tael, not a shorthand digit (三千万两 is no 30,002,000)
    ["赎辽费三千万两，一共两亿三千万两", ["money 30000000", "money 230000000"], undefined],
    // counters of volumes and characters, and a room kept at a temperature
    ["旧唐书是两百卷", ["count 200 卷"], undefined],
    ["这本书大概四十万字", ["count 400000 字"], undefined],
    ["这个展厅恒温二十度", ["measure 20 °C"], undefined],
    // an age before any YYYY-MM-DD is a time, no duration of 1.7 million years
    ["最早的是一百七十万年前的牙齿化石，重三克", ["measure 3 g"], null],
    // NEGATIVES: a span of years with no era, an era's word with no year, a digit after a place written 二,
    // 一万两千, and words that 卷 or 字 start, a 度 of electricity
    ["这座宫殿修了十八年", ["duration 18 year"], undefined],
    ["永乐宫有三百多件壁画", ["count 300 件"], undefined],
    ["公司去年估值大概三万二", ["money 32000"], undefined],
    ["他月薪一万两千块", ["money 12000 CNY"], undefined],
    ["这个案子卷入了三千万的资金", ["money 30000000"], undefined],
    ["前面第三个十字路口", [], undefined],
    ["这个灯泡一年用电三百度", ["measure 300 kWh"], undefined],
    ["这块化石有一百七十万年的历史", ["duration 1700000 year"], undefined],
  ] as [string, string[], string | null | undefined][])("%s → %j", (text, figures, start) => {
    const doc = docFigures(text);
    expect(doc.figures).toEqual(figures);
    if (start !== undefined) expect(doc.times).toContain(start);
  });
});

describe("audit leftovers3: old times with 多 are times, no durations; a restated forecast keeps its type", () => {
  it.each([
    ["一万多年前人类开始种地，种了三千亩", ["measure 3000 mu"], null],
    ["十几万年前的智人，脑容量是一千四百毫升", ["measure 1400 mL"], null],
    // NEGATIVES: an age stays a duration, a count with 多 stays a count
    ["这座城有一万多年的历史", ["duration 10000 year"], undefined],
    ["来了一万多人", ["count 10000 人"], undefined],
  ] as [string, string[], string | null | undefined][])("%s → %j", (text, figures, start) => {
    const doc = docFigures(text);
    expect(doc.figures).toEqual(figures);
    if (start !== undefined) expect(doc.times).toContain(start);
  });

  const typesOf = (text: string) => claimsOf(text, "2025-06-15").map((c) => [c.type, c.quantities.map((q) => q.text)]);
  // 保守一点说 after a caption pause restates the forecast (cues.yaml restates); not a past figure, nor after a fact
  it.each([
    ["我觉得能到十个亿吧 保守一点说七八个亿", [["prediction", ["十个亿", "七八个亿"]]]],
    [
      "我觉得能到十个亿吧 去年是七八个亿",
      [
        ["prediction", ["十个亿"]],
        ["metric", ["七八个亿"]],
      ],
    ],
    ["去年卖了十万台 保守一点说八万台", [["metric", ["十万台", "八万台"]]]],
  ] as [string, [string, string[]][]][])("%s", (text, want) => {
    expect(typesOf(text)).toEqual(want);
  });
  it.each([
    ["明年销量可能有五万台，往少了说三万台", [["prediction", ["五万台", "三万台"]]]],
    ["我预计票房能到二十亿 最少十五亿", [["prediction", ["二十亿", "十五亿"]]]],
    // NEGATIVES: a past figure after the pause, a figure already reached, a figure of its own past
    [
      "我觉得能到十个亿吧 去年是七八个亿",
      [
        ["prediction", ["十个亿"]],
        ["metric", ["七八个亿"]],
      ],
    ],
    ["能到十个亿 现在已经有七八个亿了", [["metric", ["十个亿", "七八个亿"]]]],
    [
      "我觉得能到十个亿吧 保守一点说去年已经有七八个亿了",
      [
        ["prediction", ["十个亿"]],
        ["metric", ["七八个亿"]],
      ],
    ],
  ] as [string, [string, string[]][]][])("%s", (text, want) => {
    expect(typesOf(text)).toEqual(want);
  });
});

describe("crypto audit: the bitcoin halving dated by a time before it, or after 因为, is an event, no 50%", () => {
  it.each([
    ["因为明年四月减半嘛，历史上每次减半之后都会涨", [], ["2026-04-01"]],
    ["2028年减半之后矿工收入下降", [], ["2028-01-01"]],
    ["因为减半之后价格涨了", [], []],
    // NEGATIVES: a subject halved, before or after the time, stays a fall by half
    ["我们公司明年利润减半", ["percent 50 %"], ["2026-01-01"]],
    ["利润明年减半", ["percent 50 %"], ["2026-01-01"]],
    ["因为利润减半，公司裁员了", ["percent 50 %"], []],
  ] as [string, string[], string[]][])("%s", (text, figures, times) => {
    expect(docFigures(text)).toEqual({ figures, times });
  });
});

describe("说 names a person the way a label would (王总说, 张建华说, 老王说); 说明 before a time is 说 and the time", () => {
  it.each([
    ["王总说今年要开五十家店", "王总"],
    ["张建华说我们去年卖了三万台", "张建华"],
    ["老王说去年赚了三百万", "老王"],
    ["李老师说这次考试平均分八十分", "李老师"],
    ["欧阳娜娜说去年卖了三万台", "欧阳娜娜"],
    // 说明 where a time begins at its 明: 说 + 明年
    ["王总说明年要开五十家店", "王总"],
    // NEGATIVES: a manner of speaking that opens with a surname, a place, discourse, a function word
    ["严格来说去年只增长了5%", null],
    ["简单来说就是翻了三倍", null],
    ["简单地说就是翻了三倍", null],
    ["郑重地说，今年营收会突破三千亿", null],
    ["史书上说宝船长四十四丈", null],
    ["可以说，收入增长了20%", null],
    ["所以说去年卖了三万台", null],
    ["王总的团队说去年卖了三万台", null],
    ["任何人说去年涨了三成都没用", null],
    ["常有人说去年涨了三成", null],
    ["向大家说一下去年涨了三成", null],
    ["金融圈说去年涨了三成", null],
    // the one spoken to (跟, 对) is no speaker; the subject before it is
    ["我跟记者说今年赚了三百万", null],
    ["王总对媒体说今年赚了三百万", "王总"],
    ["向华强说今年赚了三百万", "向华强"],
    ["嘉宾：我跟大家说今年赚了三百万", "嘉宾"],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe("要 of an aim after a time not over, before a verb of reaching a level, forecasts it (今年要做到一百亿)", () => {
  it.each([
    ["我们今年要做到一百亿", "prediction"],
    ["今年营收要做到一百亿", "prediction"],
    ["今年的销量要翻一番", "prediction"],
    ["明年要增长两成", "prediction"],
    ["王总说明年要开五十家店", "prediction"],
    // NEGATIVES: 要 in another word, a verb of no level, a time over, a level reached
    ["今年不要超过三成", "metric"],
    ["今年需要增长三成才行", "metric"],
    ["今年要还房贷三万", "metric"],
    ["去年要做到一百亿", "metric"],
    ["今年要做到一百亿已经做到了", "metric"],
  ])("%s → %s", (text, type) => {
    expect(claimsOf(text).map((c) => c.type)).toEqual([type]);
  });
});

describe("数据说明 and 证据说明 hold no hearsay (据说)", () => {
  it.each([
    ["数据说明年底前能到三百家", null],
    ["证据说明去年亏了三个亿", null],
    ["据说成本只有500万美金", "据说"],
  ])("%s → %s", (text, hedge) => {
    expect(claimsOf(text)[0]?.hedge).toBe(hedge);
  });
});

describe("audit trade: a side's setting up a plant abroad is a plan", () => {
  const typesOf = (text: string) =>
    claimsOf(text, "2025-12-18").map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    ["公司明年会在墨西哥设厂", [["plan", [], "2026-01-01"]]],
    ["我们后年会在泰国设厂", [["plan", [], "2027-01-01"]]],
    // near-misses: a plant set up in the past, and a forecast of others' plants
    ["我们去年在越南设厂了", []],
    ["明年会有很多企业去墨西哥设厂", [["prediction", [], "2026-01-01"]]],
  ] as [string, [string, string[], string | null][]][])("%s", (text, want) => {
    expect(typesOf(text)).toEqual(want);
  });
});

describe("audit people: a name of a known surname after a title (人口学家梁建章) speaks, 说 and 认为 included", () => {
  it.each([
    ["人口学家梁建章说 中国人口可能在本世纪末跌到五亿以下", "梁建章"],
    ["人口学家梁建章表示，中国人口可能跌到五亿以下", "梁建章"],
    ["经济学家任泽平认为，明年出生人口可能跌破八百万", "任泽平"],
    ["首席经济学家王伟说，出生率是千分之六点三九", "王伟"],
    // near-misses: a title alone, a bare word with a surname's character, a clause with no name
    ["公司董事长说，今年营收增长了20%", null],
    ["高手说，今年营收增长了20%", null],
    ["我们的人说，今年营收增长了20%", null],
    ["任何人说去年涨了三成都没用", null],
    ["教授说，今年营收增长了20%", null],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe("audit diet: 就算 before a verdict is 'counts as', no condition", () => {
  it.each([
    ["BMI二十四以上就算超重了", "metric"],
    ["空腹血糖七以上就算糖尿病了", "metric"],
    // near-misses: 就算 of "even if" stays a condition
    ["就算一天只吃八百卡也瘦不下来", "hypothetical"],
    ["每个月就算花五千，那一共就要一百五十万", "hypothetical"],
  ])("%s → %s", (text, type) => {
    expect(claimsOf(text)[0]?.type).toBe(type);
  });
});

describe("audit capts: raw captions, a line that hangs (是, 到, 的话, 说) runs on; a line ending in 说 opens a report", () => {
  const rowsOf = (text: string) =>
    claimsOf(text).map((c) => [c.type, c.speaker, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    // a figure on the fifth line after 能到 / 预测是 / 计划是 / 的话 stays in the sentence of its verb
    [
      "GDP的话\n前三季度\n增长了百分之五点二\n全年应该能到\n5%左右",
      [
        ["metric", null, ["百分之五点二"], "2025-01-01"],
        ["metric", null, ["5%"], "2025-01-01"],
      ],
    ],
    ["嗯 很多机构\n也是这么预测的\n国际上\nIMF的预测是\n4.2%", [["prediction", null, ["4.2%"], null]]],
    ["嘉宾：嗯 这个\n我们计划是\n明年下半年\n在香港递表", [["plan", "嘉宾", [], "2026-07-01"]]],
    // a report's source on the line before its content (有报道说 / 今年…), and a study's
    [
      "中小企业的话\n其实更难\n有报道说\n今年前十个月\n新注册的企业\n少了8%",
      [["metric", "报道", ["8%"], "2025-01-01"]],
    ],
    [
      "AI会带来\n新的岗位\n有研究说\n到2030年\nAI会创造\n九千七百万个岗位",
      [["prediction", "研究", ["九千七百万个"], "2025-12-18"]],
    ],
    // 我觉得 opens the speaker's own view: the source quoted before it has no more word
    [
      "有报道说\n新注册的企业\n少了8%\n我觉得明年\n可能会稍微\n低一点",
      [
        ["metric", "报道", ["8%"], null],
        ["prediction", null, [], "2026-01-01"],
      ],
    ],
    // near-misses: 以后再说 reports no one and opens nothing; 的 at a line end leaves no sentence open (他 opens)
    ["明年我们会上市\n要是不行再说", [["plan", null, [], "2026-01-01"]]],
    ["我有个朋友\n在做招聘的\n他说今年\n简历投递量\n比去年多了三成", [["metric", null, ["三成"], "2025-01-01"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });

  it.each([
    // a host's question over caption breaks asks about its time: no dated forecast
    ["主持人：最后一个问题\n五年以后\n你们想做到什么样", []],
    ["主持人：明年\n你们有什么计划", []],
    // near-misses: on one caption line it already asked; an answer to it still dates its plan; no role, no question
    ["主持人：五年以后你们想做到什么样", []],
    ["嘉宾：五年以后\n我希望我们\n能进全球前三", [["plan", "嘉宾", [], "2030-01-01"]]],
    ["明年我们会推出新品\n大家有什么想法", [["plan", null, [], "2026-01-01"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("the speaker's own view after a quoted source takes the word back; a question ends the source's word", () => {
  const speakersOf = (text: string) => claimsOf(text).map((c) => c.speaker);
  it.each([
    ["嘉宾：有报道说今年营收一百亿\n我觉得明年能到两百亿", ["报道", "嘉宾"]],
    ["有报道说今年新注册的企业少了8%\n那GDP呢\n今年应该在百分之五左右", ["报道", null]],
    // NEGATIVES: with no source before it, 我觉得 takes the word from no one; a label ends a source's word
    ["嘉宾：今年营收一百亿\n我觉得明年能到两百亿", ["嘉宾", "嘉宾"]],
    ["有报道说今年营收一百亿\n嘉宾：明年能到两百亿", ["报道", "嘉宾"]],
  ])("%s → %j", (text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

describe("audit catering: 九毛九 names a restaurant chain in restaurant talk, a price elsewhere", () => {
  const figures = (text: string) =>
    claimsOf(text).flatMap((c) =>
      c.quantities.map((q) => `${q.text}=${q.value ?? `${q.min}-${q.max}`} ${q.unit ?? q.kind}`),
    );
  it.each([
    ["九毛九去年开了一百多家店", ["一百多家=100 家"]],
    ["九毛九在全国有一百多家门店", ["一百多家=100 家"]],
    ["做餐饮的都知道\n九毛九和太二是一家的", []],
    // near-misses: a price in 九毛九 stays money, in restaurant talk too
    ["这个东西九毛九", ["九毛九=0.99 CNY"]],
    ["一瓶水卖九毛九", ["九毛九=0.99 CNY"]],
    ["开店的时候一瓶水卖九毛九", ["九毛九=0.99 CNY"]],
  ] as [string, string[]][])("%s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("加 after the side's modal is its own act, a plan (明年我们会再加百分之五十); not 加上, 加起来", () => {
  it.each([
    ["明年我们会再加百分之五十", "plan"],
    ["春运期间我们会加开300列列车", "plan"],
    ["我们会加起来有三百家", "prediction"],
    ["我们会加上去年的三百家", "metric"],
  ])("%s → %s", (text, type) => {
    expect(claimsOf(text).map((c) => c.type)).toEqual([type]);
  });
});

describe("audit life: a story's past is no forecast; a life's own plans are plans", () => {
  const rowsOf = (text: string) =>
    claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    ["那年我二十三岁，三年后我欠了两百万", [["metric", ["二十三岁", "两百万"], null]]],
    ["两年后我们的营收翻了一倍", [["metric", ["翻了一倍"], null]]],
    ["后年我想去读个MBA", [["plan", [], "2027-01-01"]]],
    ["我打算五十岁退休", [["plan", ["五十岁"], null]]],
    ["明年我想回老家开个小店", [["plan", [], "2026-01-01"]]],
    // near-misses: a forecast of the offset keeps its date; 我想 before a clause of its own is "think"
    ["三年后营收会翻一倍", [["prediction", ["翻一倍"], "2028-01-01"]]],
    ["我想明年房价会涨两成", [["prediction", ["两成"], "2026-01-01"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit robots: a time right before 的话 is a topic (明年的话), no condition, on one caption line too", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text)]);
  it.each([
    ["今年大概能卖到两千台左右明年的话可能会翻两三倍", [["prediction", ["两千台", "两三倍"]]]],
    ["我们今年营收三个亿左右后年的话应该能到十个亿", [["prediction", ["三个亿", "十个亿"]]]],
    // near-misses: a figure right before the 的话 and a time at the start stay a condition
    ["价格降到五千块的话能卖十万台", [["hypothetical", ["五千块", "十万台"]]]],
    ["明年利率降到3%的话房价可能涨百分之五", [["hypothetical", ["3%", "百分之五"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit formats: subtitle files and Markdown articles", () => {
  const srt = (...cues: string[]) =>
    cues.map((c, i) => `${i + 1}\n00:00:${String(10 + i)},000 --> 00:00:${String(10 + i)},900\n${c}\n`).join("\n");
  const figuresOf = (text: string, path: string) =>
    extract(text, { path, date: "2025-03-18" }).claims.flatMap((c) =>
      c.quantities.map((q) => [q.line, q.kind, q.value, c.speaker]),
    );

  // a sentence of four cues goes on past maxLines when its last cue ends in digits and the next holds the unit
  it.each([
    [
      srt("我们来算一笔账", "Hopper相比", "Blackwell的每瓦性能", "提高了25", "倍", "[掌声]"),
      [[15, "multiple", 25, null]],
    ],
    [srt("大家看一下", "这个结果", "它的性能是Hopper的", "2.5", "倍"), [[15, "multiple", 2.5, null]]],
    // near-misses: a model number or an event's year ending a cue joins nothing
    [srt("他们把它命名为GPT-6", "但是提升了", "三", "四", "3倍"), [[19, "multiple", 3, null]]],
    [srt("欢迎来到GTC 2025", "我们今年卖了100", "万台"), []],
  ] as [string, unknown[]][])("%#: a figure cut by a cue", (text, want) => {
    expect(figuresOf(text, "t.srt")).toEqual(want);
  });

  it("a labelled speaker's own 接下来 keeps the word; an unlabelled narrator's takes it back", () => {
    const labelled = srt("黄仁勋：谢谢大家", "内存带宽达到每秒576TB", "接下来是Rubin", "它的性能是Hopper的900倍");
    expect(figuresOf(labelled, "t.srt").map((r) => r[3])).toEqual(["黄仁勋", "黄仁勋"]);
    const narrated = "黄仁勋说内存带宽达到每秒576TB。\n接下来我们来看，Rubin的性能是Hopper的900倍。\n";
    expect(figuresOf(narrated, "t.txt").map((r) => r[3])).toEqual(["黄仁勋", null]);
  });

  it("Markdown: a link's words are read, a byline is no label, a headline's attribution is not carried", () => {
    const md = [
      "---",
      "title: 财报",
      "date: 2025-02-27",
      "---",
      "# 黄仁勋称Blackwell需求惊人",
      "",
      "记者 张伟 | 2025年2月27日",
      "",
      "英伟达第四季度营收达到**393亿美元**。",
      "",
      "据[路透社](https://www.reuters.com)报道，英伟达股价下跌约1.5%。",
      "",
      "[英伟达年报](https://investor.nvidia.com/annual-2024)显示毛利率为73%。",
      "",
    ].join("\n");
    const doc = extract(md, { path: "t.md" });
    expect(doc.claims.map((c) => [c.quantities[0]?.value, c.speaker])).toEqual([
      [39300000000, null],
      [1.5, "路透社"],
      [73, "路透社"],
    ]);
    expect(doc.claims[1]?.text).toBe("据路透社报道，英伟达股价下跌约1.5%。");
    // near-miss: in captions, a role word and a space still label the line
    const line = "主持人 去年营收增长了30%\n";
    expect(extract(line, { path: "t.txt", date: "2025-03-18" }).claims.map((c) => c.speaker)).toEqual(["主持人"]);
    expect(extract(`# 访谈\n\n${line}`, { path: "t.md", date: "2025-03-18" }).claims.map((c) => c.speaker)).toEqual([
      null,
    ]);
  });
});

describe("audit formats: a Markdown table row is a sentence of its own", () => {
  const md = (body: string) => `# 业绩\n\n${body}\n`;
  const texts = (text: string, path = "t.md") =>
    extract(text, { path, date: "2025-02-27" }).claims.map((c) => [c.text, c.quantities.map((q) => q.line)]);
  it("each row, and the prose right after the table, stand alone", () => {
    const table =
      "| 季度 | 营收 | 同比 |\n| --- | --- | --- |\n| 一季度 | 260亿美元 | 262% |\n| 二季度 | 300亿美元 | 122% |";
    expect(texts(md(`${table}\n全年营收1305亿美元`))).toEqual([
      ["| 一季度 | 260亿美元 | 262% |", [5, 5]],
      ["| 二季度 | 300亿美元 | 122% |", [6, 6]],
      ["全年营收1305亿美元", [7]],
    ]);
  });
  // near-miss: wrapped prose lines of a paragraph still join, and a "|" in captions is no table
  it.each([
    [md("营收达到了\n393亿美元"), "t.md", [["营收达到了393亿美元", [4]]]],
    ["| 营收达到了\n393亿美元\n", "t.txt", [["| 营收达到了393亿美元", [2]]]],
  ] as [string, string, unknown[]][])("%#: joined", (text, path, want) => {
    expect(texts(text, path)).toEqual(want);
  });
});

describe("audit panel: a question read out is the asker's, the answer after it is not", () => {
  const speakersOf = (text: string) => claimsOf(text).map((c) => [c.speaker, c.quantities.map((q) => q.text)]);
  it.each([
    // a 问 that ends its caption line: the asker has the next sentence, then the word goes back
    [
      "创业板今天跌了百分之二点三\n好 我们来看网友的问题\n有网友问\n老师大盘会不会跌破3000点\n这个问题问的人很多\n我个人觉得短期跌破三千点的概率不大\n宁德今天收在262块5",
      [
        [null, ["百分之二点三"]],
        [null, ["三千点"]],
        [null, ["262块5"]],
      ],
    ],
    // a viewer's word with 问 later in its sentence: the word goes back at its end
    [
      "还有一位网友说\n他亏了三十万\n问能不能回本\n这个呀我说实话\n茅台今天是1458\n市盈率二十倍出头",
      [
        ["网友", ["三十万"]],
        [null, ["二十倍"]],
      ],
    ],
    // near-misses: a viewer's own statement keeps the word (no 问); a labelled answer is its label's
    ["网友说\n他亏了三十万\n市盈率二十倍出头", [["网友", ["三十万", "二十倍"]]]],
    ["主持人：有网友问\n明年会不会降息\n嘉宾：我觉得降息25个基点", [["嘉宾", ["25个基点"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

describe("audit panel: a titled label is the name its own line introduces (陈总：大家好我是星途资本的陈志强)", () => {
  const speakersOf = (text: string) => claimsOf(text).map((c) => c.speaker);
  it.each([
    [
      "陈总：大家好我是星途资本的陈志强\n我们去年投了十七个项目\n主持人：好\n陈总：今年募了20亿元",
      ["陈志强", "陈志强"],
    ],
    ["主持人：请介绍一下\n王总：我是华远汽车的王建华\n我们今年交付了45万辆\n主持人：好的", ["王建华"]],
    ["主持人：请介绍一下\n李老师：大家好 我是清华大学的李芳\n我们实验室拿到两个多亿\n主持人：好的", ["李芳"]],
    // near-misses: another family name introduced leaves the label as written; so does no introduction
    ["主持人：请介绍一下\n陈总：大家好我是星途资本的王建华\n我们去年投了十七个项目\n主持人：好的", ["陈总"]],
    ["主持人：请介绍一下\n王总：我们今年交付了45万辆\n主持人：好的", ["王总"]],
  ] as [string, string[]][])("%s", (text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

describe("audit panel: captions of a question, a request to forecast, a farewell; a change and its amount", () => {
  const rowsOf = (text: string) =>
    claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    // 会不会 reaches its figure over a caption break; not over one that opens an answer (我, 我们)
    ["主持人：还有一位观众问\n你们会不会在2026年\n推出十万以下的车型", []],
    ["你们会不会\n推出十万以下的车型", []],
    ["明年会不会涨\n我觉得能涨20%", [["metric", ["20%"], null]]],
    ["明年营收会不会\n超过一百亿\n我们预计能到八十亿", [["prediction", ["八十亿"], "2026-01-01"]]],
    // a request to forecast dates no forecast; the forecast answering it does
    ["请三位用一句话\n预测一下五年后的行业", []],
    ["我预测五年后渗透率会超过80%", [["prediction", ["80%"], "2030-01-01"]]],
    // a farewell on the caption after the time; a plan there keeps its date
    ["我们下周一\n同一时间再见", []],
    ["我们下周一\n同一时间发布新品", [["prediction", [], "2025-12-22"]]],
    // a verb of change at a caption's end and its amount on the next line are one claim, the forecast's
    [
      "但是这个降价的空间\n已经很有限了\n我个人判断明年\n电芯的价格可能还会再降\n百分之十到十五",
      [["prediction", ["百分之十到十五"], "2026-01-01"]],
    ],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
  it("a line of words after the verb of change is a sentence of its own", () => {
    const text = "我个人判断明年\n电芯的价格\n可能还会再降\n我们也没办法\n去年涨了三成";
    expect(claimsOf(text).map((c) => c.text)).not.toContain(expect.stringContaining("再降我们"));
  });
});

describe("audit space: dated launch plans, and a speaker before 之前说 or 曾经表示", () => {
  const rowsOf = (text: string) =>
    claimsOf(text).map((c) => [c.type, c.speaker, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    ["四月中旬会进行静态点火试验", [["prediction", null, [], "2026-04-11"]]],
    ["我们三月份会再发一次", [["prediction", null, [], "2026-03-01"]]],
    ["马斯克之前说 星舰每次发射的成本能降到一千万美元以内", [["metric", "马斯克", ["一千万美元"], null]]],
    ["马斯克曾经表示 火星上要有一百万人", [["metric", "马斯克", ["一百万人"], null]]],
    // near-misses: a month past with no cue makes no claim; a plain 说 and 还说 keep their speaker
    ["三月份首飞", []],
    ["马斯克说每公斤发射成本会降到两千美元以下", [["prediction", "马斯克", ["两千美元"], null]]],
    ["马斯克还说明年要发射一百七十次", [["prediction", "马斯克", ["一百七十次"], "2026-01-01"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit callqa: an earnings call's labels (首席财务官周敏：, 来自摩根士丹利的分析师：) and guidance", () => {
  const rowsOf = (text: string) =>
    claimsOf(text, "2025-11-20").map((c) => [c.type, c.speaker, c.quantities.map((q) => q.text)]);
  it.each([
    [
      "操作员：有请首席财务官\n首席财务官周敏：第三季度营收七十二点三亿元",
      [["metric", "首席财务官周敏", ["七十二点三亿元"]]],
    ],
    ["CFO：第三季度营收七十二点三亿元", [["metric", "CFO", ["七十二点三亿元"]]]],
    ["董事长王建华：去年营收七十二点三亿元", [["metric", "董事长王建华", ["七十二点三亿元"]]]],
    ["来自摩根士丹利的分析师：去年营收七十二点三亿元", [["metric", "来自摩根士丹利的分析师", ["七十二点三亿元"]]]],
    // near-misses: a clause with 的 before a colon stays text; 来自 alone names no role
    ["我们的分析师：去年营收七十二点三亿元", [["metric", null, ["七十二点三亿元"]]]],
    ["来自摩根士丹利的报告：去年营收七十二点三亿元", [["metric", null, ["七十二点三亿元"]]]],
    // guidance of a business figure is a forecast; a regulator's 指引 is not
    ["全年收入指引维持在两百八十亿到三百亿之间", [["prediction", null, ["两百八十亿到三百亿"]]]],
    ["业绩指引是同比增长百分之十五到二十", [["prediction", null, ["百分之十五到二十"]]]],
    ["根据监管指引资本充足率不低于百分之八", [["metric", null, ["百分之八"]]]],
    ["全年收入维持在两百八十亿到三百亿之间", [["metric", null, ["两百八十亿到三百亿"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit docu: a documentary's name caption (张伟 某新能源车企CEO, ——李芳 北京大学教授) names who speaks next", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.speaker, c.quantities.map((q) => q.text)]);
  it.each([
    [
      "旁白：全国有一亿户个体户\n张伟 某新能源车企CEO\n我们第一年只卖了四百台车",
      [
        ["metric", null, ["一亿户"]],
        ["metric", "张伟", ["四百台"]],
      ],
    ],
    ["——李芳 北京大学光华管理学院教授\n我们调研了三千家小店", [["metric", "李芳", ["三千家"]]]],
    ["王磊 义乌市场经营户 王建国之子\n我们一半的订单都是从网上来的", [["metric", "王磊", ["一半"]]]],
    [
      "刘洋 中国汽车工业协会副秘书长\n出口量大概是二百万辆\n旁白：合肥的GDP达到了1.35万亿元",
      [
        ["metric", "刘洋", ["二百万辆"]],
        ["metric", null, ["1.35万亿元"]],
      ],
    ],
    // near-misses: a caption line of words (no role at its end) is text, a name line with a figure too, and a
    // narrator's sentence opening with a name keeps the narrator
    ["王建国 今年卖了三千万", [["metric", null, ["三千万"]]]],
    ["张伟 我们第一年只卖了四百台车", [["metric", null, ["四百台"]]]],
    ["张伟的公司总部在合肥\n这座城市有一千万人", [["metric", null, ["一千万人"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit docu: a person the narrator describes before 说 (在上海开了二十年餐馆的老陈说) speaks", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.speaker, c.quantities.map((q) => q.text)]);
  it.each([
    [
      "在上海开了二十年餐馆的老陈说 一个月房租八百块",
      [
        ["metric", null, ["二十年"]],
        ["metric", "老陈", ["八百块"]],
      ],
    ],
    [
      "卖了十年烤串的老马说 一晚上能卖两千多串",
      [
        ["metric", null, ["十年"]],
        ["metric", "老马", ["两千多串"]],
      ],
    ],
    // near-misses: what follows 的 is no name (a report, people, a friend): no speaker
    ["研究院的报告说 收入增长了三成", [["metric", null, ["三成"]]]],
    ["很多开餐馆的人说 房租涨了三成", [["metric", null, ["三成"]]]],
    ["我的朋友说 房租涨了三成", [["metric", null, ["三成"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("a name a title introduces before a verb of saying speaks, two characters too (小米CEO雷军表示)", () => {
  it.each([
    ["英伟达创始人黄仁勋说，明年营收要到两千亿美元", "黄仁勋"],
    ["小米CEO雷军表示，明年要交付五十万台", "雷军"],
    ["小米创始人雷军说，明年要交付五十万台", "雷军"],
    ["英伟达CEO黄仁勋说，明年营收要到两千亿美元", "黄仁勋"],
    ["美团CEO王兴认为，明年外卖订单会涨百分之十", "王兴"],
    // near-misses: a title with no name after it, a 2-character word of a surname's character after a title, a
    // name the title's sentence does not end before the verb (its cut is a guess)
    ["公司创始人说，明年要交付五十万台", null],
    ["CEO马上说，明年要交付五十万台", null],
    ["小米创始人雷军今天说，明年要交付五十万台", null],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe("a quote's claims are the one's named right after it (“…，”王传福说; “…。”⏎王传福说。)", () => {
  const speakersOf = (text: string) => claimsOf(text).map((c) => [c.quantities[0]?.text ?? null, c.speaker]);
  it.each([
    ["“我们今年的营收会突破一千亿，”王传福说。", [["一千亿", "王传福"]]],
    ["“我们今年的营收会突破一千亿。”王传福说。", [["一千亿", "王传福"]]],
    [
      "“我们今年的营收会突破一千亿。明年海外要卖一百万辆。”\n王传福说。",
      [
        ["一千亿", "王传福"],
        ["一百万辆", "王传福"],
      ],
    ],
    ["「今年我们卖了三十万台，」董事长王建华表示。", [["三十万台", "王建华"]]],
    // near-misses: a term in quotes (所谓的“一千亿俱乐部”) is not the next sentence's speaker's; a quote after a name
    // and 说 stays theirs; nobody named after the quote
    [
      "今年营收是所谓的“一千亿俱乐部”。\n王传福说，明年要卖一百万辆。",
      [
        ["一千亿", null],
        ["一百万辆", "王传福"],
      ],
    ],
    ["王传福说：“我们今年的营收会突破一千亿。”", [["一千亿", "王传福"]]],
    [
      "“我们今年的营收会突破一千亿。”\n明年海外要卖一百万辆。",
      [
        ["一千亿", null],
        ["一百万辆", null],
      ],
    ],
  ] as [string, [string | null, string | null][]][])("%s", (text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

describe("audit vtt: SaaS metric names (ARR, MRR, ACV) before a figure are money words, never model names", () => {
  const rowsOf = (text: string) =>
    claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind, q.value ?? q.min, q.approx]));
  it.each([
    ["今年ARR差不多一点二亿", [["一点二亿", "money", 120000000, "about"]]],
    [
      "我们ARR3000万，NRR 118%",
      [
        ["3000万", "money", 30000000, null],
        ["118%", "percent", 118, null],
      ],
    ],
    ["我们的MRR 500万左右", [["500万", "money", 5000000, "about"]]],
    ["我们的ACV大概是十二万", [["十二万", "money", 120000, "about"]]],
    ["去年签的合同额大概两个亿", [["两个亿", "money", 200000000, "about"]]],
    ["我们今年的回款大概六千万", [["六千万", "money", 60000000, "about"]]],
    [
      "我们ARR过了一个亿，付费客户有六百家",
      [
        ["一个亿", "money", 100000000, "over"],
        ["六百家", "count", 600, null],
      ],
    ],
    // near-misses: model names stay names; a count of customers stays a count
    ["我们用的是自己部署的Qwen3 32B的模型", []],
    ["大家都在用GPT-4o或者DeepSeek V3", []],
    ["我们现在有四百多家付费客户", [["四百多家", "count", 400, "over"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit vtt: a hedge with a figure of its own clause does not reach a later clause with a mode of its own", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.hedge, c.quantities.map((q) => q.text)]);
  it.each([
    [
      "人均ARR大概是四十六万，我们希望三年内人均ARR能到一百万。",
      [
        ["metric", "大概", ["四十六万"]],
        ["plan", null, ["一百万"]],
      ],
    ],
    [
      "人均ARR大概是四十六万\n呃 我们希望三年内人均ARR能到一百万",
      [
        ["metric", "大概", ["四十六万"]],
        ["plan", null, ["一百万"]],
      ],
    ],
    // near-misses: a parallel clause with no mode of its own stays hedged; a hedge before the clause's figure-less
    // forecast still reaches
    ["可能今年营收100亿，利润20亿。", [["metric", "可能", ["100亿", "20亿"]]]],
    ["明年一定会盈利，收入超过100亿元", [["prediction", "一定", ["100亿元"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit vtt: a WebVTT cue whose voice tag repeats the speaker of the cue before goes on with the sentence", () => {
  const vtt = (...cues: string[]) =>
    `WEBVTT\n\n${cues.map((c, i) => `00:00:0${i}.000 --> 00:00:0${i}.900\n${c}\n`).join("\n")}`;
  const rowsOf = (text: string) =>
    extract(text, { path: "w.vtt", date: "2025-12-18" }).claims.map((c) => [
      c.type,
      c.speaker,
      c.time?.start ?? null,
      c.quantities.map((q) => `${q.text} L${q.line}:${q.span.column}`),
      c.cue && `${c.cue.start}-${c.cue.end}`,
    ]);
  it.each([
    // the condition of one cue reaches the figure of the next, said by the same voice
    [
      vtt("<v 刘向东>如果明年续费率能提到九成的话</v>", "<v 刘向东>ARR就能多出一千五百万</v>"),
      [["hypothetical", "刘向东", "2026-01-01", ["九成 L4:18", "一千五百万 L7:15"], "00:00:00,000-00:00:01,900"]],
    ],
    // a hedge stays with the figure of its own cue; the next cue's plan is not hedged
    [
      vtt("<v 张敏>人均ARR大概是四十六万</v>", "<v 张敏>呃 我们希望三年内人均ARR能到一百万</v>"),
      [
        ["metric", "张敏", null, ["四十六万 L4:15"], "00:00:00,000-00:00:01,900"],
        ["plan", "张敏", "2025-12-18", ["一百万 L7:23"], "00:00:00,000-00:00:01,900"],
      ],
    ],
    // near-misses: another voice starts a new turn, and so does a pause with no cue in a plain caption
    [
      vtt("<v 主持人>如果明年续费率能到九成的话</v>", "<v 刘向东>我们今年ARR是六千八百万</v>"),
      [
        ["hypothetical", "主持人", "2026-01-01", ["九成 L4:17"], "00:00:00,000-00:00:00,900"],
        ["metric", "刘向东", "2025-01-01", ["六千八百万 L7:16"], "00:00:01,000-00:00:01,900"],
      ],
    ],
  ] as [string, unknown[]][])("%j", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit baijiu: a condition's consequent ending its caption line on a modal runs on to the next line", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text)]);
  it.each([
    ["如果市场不好的话 我们可能会\n再降百分之十的出厂价", [["hypothetical", ["百分之十"]]]],
    ["如果价格涨两成的话 我们就会\n少卖三万台", [["hypothetical", ["两成", "三万台"]]]],
    ["要是批价跌破一千五的话 经销商就要\n亏掉三成的利润", [["hypothetical", ["一千五", "三成"]]]],
    // near-misses: a consequent said on its line keeps the condition off the next line
    [
      "假如饲料再涨两成 那就没得赚了\n我们养殖户有二十来家",
      [
        ["hypothetical", ["两成"]],
        ["metric", ["二十来家"]],
      ],
    ],
    ["如果市场不好的话 我们就降价\n今年卖了三万台", [["metric", ["三万台"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit presser: a reporter's label naming an outlet with digits, Latin letters or 《》; a forecast reported", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.speaker, c.quantities.map((q) => q.text)]);
  const presser = (label: string) => `发言人：今年营收增长了12%。\n${label}：公司股价今年下跌了约22%，有没有回购计划？`;
  it.each([
    ["21世纪经济报道记者", "21世纪经济报道记者"],
    ["36氪记者", "36氪记者"],
    ["香港01记者", "香港01记者"],
    ["CNBC记者", "CNBC记者"],
    ["《财经》杂志记者", "《财经》杂志记者"],
    // near-misses: an outlet in Han characters as before; a clause before a colon is no label
    ["新京报记者", "新京报记者"],
    ["我们有300名分析师", "发言人"],
  ])("%s", (label, speaker) => {
    expect(rowsOf(presser(label)).find((r) => (r[2] as string[]).includes("22%"))).toEqual([
      "metric",
      speaker,
      ["22%"],
    ]);
  });
  it.each([
    ["有机构预测，明年中国经济增速可能降到4.5%以下。", [["prediction", "机构", ["4.5%"]]]],
    ["据IMF预测，明年全球经济增长3.1%。", [["prediction", "IMF", ["3.1%"]]]],
    // near-misses: the speaker's own forecast, and 据预测 naming no one
    ["我们预测明年营收增长20%。", [["prediction", null, ["20%"]]]],
    ["据预测，明年营收增长20%。", [["prediction", null, ["20%"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("a caption pause before a time in digits opens a clause (去年营收三个亿 2027年要到十个亿)", () => {
  const rowsOf = (text: string) =>
    claimsOf(text, "2025-12-18").map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    [
      "去年营收三个亿 2027年要到十个亿",
      [
        ["metric", ["三个亿"], "2024-01-01"],
        ["prediction", ["十个亿"], "2027-01-01"],
      ],
    ],
    [
      "2023年卖了五万台 2026年争取卖到二十万台",
      [
        ["metric", ["五万台"], "2023-01-01"],
        ["plan", ["二十万台"], "2026-01-01"],
      ],
    ],
    // near-misses: a plan word before the pause still reaches the time; a hedge before it still bounds the figure
    ["我们计划 2026年开十家店", [["plan", ["十家"], "2026-01-01"]]],
    ["营收大概 2025年是三十亿", [["metric", ["三十亿"], "2025-01-01"]]],
  ] as [string, [string, string[], string | null][]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("a time to come before the speaker's side and a verb of its doing is the side's schedule: a plan", () => {
  const rowsOf = (text: string) =>
    claimsOf(text, "2025-12-18").map((c) => [c.type, c.quantities.map((q) => q.text), c.time?.start ?? null]);
  it.each([
    ["明年我们再开五家门店", [["plan", ["五家"], "2026-01-01"]]],
    ["明年 我们开五家门店", [["plan", ["五家"], "2026-01-01"]]],
    ["我们明年再开五家门店", [["plan", ["五家"], "2026-01-01"]]],
    // near-misses: a time past, what will happen to the side (no verb of its doing), an attribute
    ["去年我们开了五家门店", [["metric", ["五家"], "2024-01-01"]]],
    ["明年我们营收涨两成", [["prediction", ["两成"], "2026-01-01"]]],
    ["明年我们推出的新车售价二十万元", [["prediction", ["二十万元"], "2026-01-01"]]],
  ] as [string, [string, string[], string | null][]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit capts2: raw captions of an interview with no punctuation", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text)]);
  it.each([
    // a question asked by 吗 alone reaches back over one pause to a condition right before it: the host asks it
    ["那关税要是加到百分之五十\n你们还扛得住吗", []],
    ["那关税要是加到百分之五十 你们还扛得住吗", []],
    ["如果价格降到五千块\n销量能翻倍吗", []],
    // near-misses: a statement before the pause stays one, and a condition with a consequent and no question
    ["有消息说有球队愿意出5000万欧元 俱乐部会卖吗", [["metric", ["5000万欧元"]]]],
    ["今年营收大概三十个亿 如果关税再加 你们还扛得住吗", [["metric", ["三十个亿"]]]],
    [
      "如果关税加到百分之六十 那我们的出口可能要掉一半",
      [
        ["hypothetical", ["百分之六十"]],
        ["hypothetical", ["一半"]],
      ],
    ],
    // a caption line opened by 比如说 right after a condition's line is the condition's example: the consequent is after it
    [
      "如果美国的关税再加\n比如说再加到百分之六十\n那我们对美国的出口\n可能要掉一半以上",
      [
        ["hypothetical", ["百分之六十"]],
        ["hypothetical", ["一半"]],
      ],
    ],
    // near-misses: an example after the consequent's line is no condition's
    [
      "如果明年需求好\n我们能卖到100万台\n比如说去年卖了80万台",
      [
        ["hypothetical", ["100万台"]],
        ["metric", ["80万台"]],
      ],
    ],
    [
      "假如饲料再涨两成 那就没得赚了\n比如说养殖户有二十来家",
      [
        ["hypothetical", ["两成"]],
        ["metric", ["二十来家"]],
      ],
    ],
    // 两个半亿 is a figure, 2.5亿
    ["明年利润的话\n争取做到两个半亿", [["plan", ["两个半亿"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit techvlog: a caption line that opens as a condition's consequent ends its reach; benchmark points", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text)]);
  it.each([
    [
      "如果你预算只有 五千块 的话\n那 小米15 Pro 是更好的选择\n据说 明年三月 会有 小米15 Ultra\n预计 售价会在 6499元 左右",
      [
        ["hypothetical", ["五千块"]],
        ["prediction", ["6499元"]],
      ],
    ],
    [
      "如果小米 能降到 4999 的话\n那我觉得 会卖爆\n对了 还有华为 Mate 70 Pro\n麒麟9020 售价 6499元",
      [
        ["hypothetical", ["4999"]],
        ["metric", ["6499元"]],
      ],
    ],
    // near-misses: a consequent line with its figure is reached; one that runs on reaches the next; a line opening
    // with 那个 (a filler) or 那台 (a demonstrative) is no consequent
    ["如果明年的话\n那我们可能会\n再降百分之十", [["hypothetical", ["百分之十"]]]],
    ["如果明年需求好的话\n那 我们能卖到100万台", [["hypothetical", ["100万台"]]]],
    ["如果 市场 好 的话\n那个 怎么说呢\n我们 能 卖 十万台", [["hypothetical", ["十万台"]]]],
    ["如果 你要买相机的话\n那台 A7C2\n一万三 就能拿下", [["hypothetical", ["一万三"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
  it.each([
    [
      "比上一代贵了大概300块钱\n芯片的话 用的是骁龙8至尊版\nCPU性能提升了大概45%\nGPU呢 官方说是提升了40%\n安兔兔跑分 我们实测是 286万分\n嗯 比天玑9400 稍微高了一点点\n天玑9400那台 vivo X200 Pro 跑了 260万左右\n屏幕是一块6.73英寸的",
      "count",
    ],
    // near-miss: a bare amount in a sentence of the prices stays money
    ["比上一代贵了大概300块钱\n那台 卖 260万左右", "money"],
  ])("%s", (text, kind) => {
    const q = claimsOf(text)
      .flatMap((c) => c.quantities)
      .find((x) => x.text === "260万");
    expect(q?.kind).toBe(kind);
  });
});

describe("audit gig: gig workers and their managers as speakers", () => {
  it.each([
    // a role as a label, alone, after a platform or before a name
    ["骑手老王：我一天跑四十单", "骑手老王"],
    ["站长：这个月冲两千单", "站长"],
    ["美团骑手：一天跑四十单", "美团骑手"],
    // a role before a reporting verb, with the name after it as written
    ["站长说这个月必须冲到两千单", "站长"],
    ["司机小李说平台抽成百分之二十", "司机小李"],
    ["外卖员小张说一天能跑五十单", "外卖员小张"],
    // a caption space after the reporting verb, a time after it: 说 + 明年, no 说明
    ["站长说 明年单价可能还要降五毛", "站长"],
    ["王总说 明年单价可能还要降五毛", "王总"],
    // near-misses: a role inside a longer word names no one; a pronoun with no one named before stays no one
    ["这家公司机构投资者表示今年增长了百分之二十", null],
    ["他说 明年单价可能还要降五毛", null],
  ] as [string, string | null][])("%s", (text, speaker) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([speaker]);
  });
});

describe("audit srtpod: a figure after 之前 in its clause is a fact; 他说 is no part of a subject", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text)]);
  it.each([
    // 之前 opens the clause: every figure of that clause is of the past, not the forecast of the line before
    [
      "他说 明年的转播权 会卖到一百亿以上\n中超的转播权 之前是五年八十亿 后来缩水了",
      [
        ["prediction", ["一百亿"]],
        ["metric", ["五年", "八十亿"]],
      ],
    ],
    // near-misses: a figure after a later clause's forecast word stays a forecast; 之前 before a word of what is due
    // is still to come
    [
      "明年的转播权 会卖到一百亿\n之前是八十亿 明年会涨到一百二十亿",
      [
        ["prediction", ["一百亿"]],
        ["metric", ["八十亿"]],
        ["prediction", ["一百二十亿"]],
      ],
    ],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
  it.each([
    ["他说 明年的转播权 会卖到一百亿以上", "明年的转播权 会卖到"],
    ["他说转播权卖到了一百亿", "转播权卖到"],
    // near-miss: a subject that opens with 他 alone keeps the rest
    ["他的周薪是三十万英镑", "的周薪"],
  ])("%s", (text, subject) => {
    expect(claimsOf(text)[0]?.subject).toBe(subject);
  });
});

describe("audit law: turns of a hearing, conditions across speakers, the side's legal steps", () => {
  it.each([
    // a court or legal role as a label; a turn after a caption space in a labelled line
    ["律师：民事案件的诉讼时效是三年", ["律师"]],
    ["辩护人：涉案金额只有八十万", ["辩护人"]],
    ["记者：这个官司打了多久 律师：前前后后打了四年多", ["律师"]],
    ["主持人：赔了多少 王律师：一共赔了二十万", ["王律师"]],
    // near-misses: no label after the space, or a word that is no speaker, keeps the line's speaker
    ["律师：前前后后打了四年多 主要是执行难", ["律师"]],
    ["主持人：三个原因 第一：成本涨了百分之二十", ["主持人"]],
  ] as [string, (string | null)[]][])("%s", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.quantities.map((q) => q.text)]);
  it.each([
    // a condition's line does not reach the next line said by another speaker
    [
      "如果对方不履行 我们会申请强制执行 至少追回一百万\n李律师说 劳动仲裁的时效是一年",
      [
        ["hypothetical", ["一百万"]],
        ["metric", ["一年"]],
      ],
    ],
    // the side's steps of a case are plans; another's are forecasts
    ["我们明年会起诉 索赔金额不低于五百万", [["plan", ["五百万"]]]],
    ["我们会上诉 争取把刑期减到三年以下", [["plan", ["三年"]]]],
    ["他们明年会起诉 索赔五百万", [["prediction", ["五百万"]]]],
    // near-miss: a condition's next line of the same speaker, its consequent, stays the condition's
    [
      "如果关税\n再加百分之二十\n利润可能会少一半",
      [
        ["hypothetical", ["百分之二十"]],
        ["hypothetical", ["一半"]],
      ],
    ],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit weather: a caption line naming the event again or a cut-off time opens a new report", () => {
  const rowsOf = (text: string) => claimsOf(text).map((c) => [c.type, c.hedge, c.quantities.map((q) => q.text)]);
  it.each([
    // the condition and its hedge of the line before do not reach the next report
    [
      "如果降雨持续 水库水位可能会超过汛限水位两米左右\n这场雪 积雪深度达到了二十五厘米",
      [
        ["hypothetical", "可能", ["两米"]],
        ["metric", null, ["二十五厘米"]],
      ],
    ],
    // the forecast of the line before does not reach it
    [
      "预计后天将出现洪峰\n这次降雨 有的站点降雨量超过了三百毫米",
      [
        ["prediction", null, []],
        ["metric", null, ["三百毫米"]],
      ],
    ],
    [
      "预计明天还有大雨\n截至目前 受灾人口二十三万",
      [
        ["prediction", null, []],
        ["metric", null, ["二十三万"]],
      ],
    ],
    // near-miss: a line going on with the forecast stays in it
    ["预计明天\n局地累计降雨量可达二百五十毫米", [["prediction", null, ["二百五十毫米"]]]],
    // a forecast window in hours makes its figure a forecast
    ["未来24小时 部分地区降雨量将超过一百毫米", [["prediction", null, ["一百毫米"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe("audit travel: speakers of tourism talk", () => {
  it.each([
    // a post of an organisation before 说 speaks, named with its organisation
    ["景区负责人说今年暑期航班增加了两成", "景区负责人"],
    ["旅行社负责人说 今年航班增加了两成", "旅行社负责人"],
    ["景区工作人员说 今天接待了三万人", "景区工作人员"],
    ["导游小王说 一个团三十个人", "导游小王"],
    // labels of guides, visitors and innkeepers
    ["民宿老板：现在一晚上差不多四百", "民宿老板"],
    ["游客：这趟下来花了两万出头", "游客"],
    ["景区负责人：今年接待了三百万人次", "景区负责人"],
    // near-misses: ours is the post alone; one spoken to does not speak; a header of 游 (a family name) is no label
    ["我们负责人说 今年卖了三千张票", "负责人"],
    ["我跟负责人说 今年卖了三千张票", null],
    ["游客量：三百万人次", null],
    ["游客 三万人次 比去年多", null],
  ] as [string, string | null][])("%s", (text, speaker) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([speaker]);
  });
  it.each([
    // a weekend's habit is a fact, not a forecast of this weekend; a forecast of the next holiday stays one
    ["周末基本上是满房 平日入住率也有六七成", "metric"],
    ["预计明年春节接待量会超过一千万人次", "prediction"],
    ["如果明年签证政策放开 入境游客可能会增长百分之三十", "hypothetical"],
  ])("%s: %s", (text, type) => {
    expect(only(text).type).toBe(type);
  });
});

describe("a role before a name in Latin letters is that person's title: the name speaks", () => {
  it.each([
    ["产品负责人 Tulsee Doshi 指出，每日处理的Token数量已超过1万亿", "Tulsee Doshi"],
    ["分析师 Dan Ives 表示，苹果明年能卖2.5亿部iPhone", "Dan Ives"],
    // near-misses: the role alone, or before a Chinese name as written
    ["分析师表示，苹果明年能卖2.5亿部iPhone", "分析师"],
    ["司机小李说平台抽成百分之二十", "司机小李"],
  ])("%s → %s", (text, speaker) => expect(claimsOf(text)[0]?.speaker).toBe(speaker));
});

describe("a time another speaker said before this one took the word dates none of this one's figures", () => {
  it("a forecast's window does not date the official's report after it", () => {
    const claims = claimsOf(
      "未来24小时 局地降雨量将超过一百毫米\n应急管理部副部长李明表示 我们已经调拨了五千顶帐篷 两万床棉被",
    );
    expect(claims.map((c) => [c.speaker, c.type, c.time?.text ?? null])).toEqual([
      [null, "prediction", "未来24小时"],
      ["李明", "metric", null],
    ]);
  });
  it("near-miss: the same speaker's later figure keeps the time", () => {
    const claims = claimsOf("李明表示 明年我们要再建五个仓库 每个仓库存两万床棉被");
    expect(claims.every((c) => c.time?.text === "明年")).toBe(true);
  });
});

describe("audit clinic: speakers and types of doctors' and pharma talk", () => {
  it.each([
    // 介绍 reports what the one before it says; a body's own count (据…统计) is that body's
    ["北京协和医院的李教授介绍 这项研究纳入了一千二百名受试者", "李教授"],
    ["李教授介绍，这项研究纳入了一千二百名受试者", "李教授"],
    ["据国家医保局统计 今年谈判药品平均降价百分之六十三", "国家医保局"],
    ["主任医师王明表示 我们医院门诊量一天八千人次", "主任医师王明"],
    // near-misses: a count with no body names no one; one who introduces a thing to us, or what he introduced, speaks not
    ["据统计 今年谈判药品平均降价百分之六十三", null],
    ["我先给大家介绍一下 这个药一盒两千块", null],
    ["他介绍的这个方案 一年能省三千万", null],
  ] as [string, string | null][])("%s", (text, speaker) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([speaker]);
  });
  it.each([
    ["三期临床明年上半年读出数据", "prediction"],
    ["我们打算明年再招五十个护士", "plan"],
    ["如果能进医保的话 患者一年可能只需要花两万块钱左右", "hypothetical"],
    ["这两年我们做了两百多例CAR-T 完全缓解率在百分之七十左右", "metric"],
  ])("%s: %s", (text, type) => {
    expect(only(text).type).toBe(type);
  });
});

describe("audit farm: speakers of farm talk", () => {
  it.each([
    // a village cadre or a farmer before 说 speaks, with the name after the role
    ["村支书老李说 我们村流转了三百亩地", "村支书老李"],
    ["村支书李建国说 我们村流转了三百亩地", "村支书李建国"],
    ["养殖户王大哥说今年一头猪能挣三百来块", "养殖户王大哥"],
    // labels of farmers
    ["养殖户王大哥：今年一头猪亏两百块", "养殖户王大哥"],
    ["种粮大户张建国：我今年种了八百亩玉米", "种粮大户张建国"],
    ["李支书：今年村里流转了三百亩", "李支书"],
    // near-misses: one spoken to does not speak; a role noun as a line's topic before a space is no label
    ["我跟村支书说 我们村流转了三百亩地", null],
    ["养殖户 三百多家 比去年多", null],
  ] as [string, string | null][])("%s", (text, speaker) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([speaker]);
  });
  it.each([
    ["明年开春打算再扩两百亩", "plan"],
    ["我估计明年玉米价格可能会涨到一块三左右", "prediction"],
    ["如果明年猪价跌到十块以下 我们就得亏", "hypothetical"],
    ["今年旱了两个月 秋收的时候减产了两成左右", "metric"],
  ])("%s: %s", (text, type) => {
    expect(only(text).type).toBe(type);
  });
});

describe("audit port: speakers and types of logistics talk", () => {
  it.each([
    // forwarders, shipowners and masters as labels, alone or before a name
    ["货代：现在运价一个大柜涨到了八千美金", "货代"],
    ["货代老李：一个四十尺的柜子现在到鹿特丹要四千五美金左右", "货代老李"],
    ["船长：这趟航程一共二十八天", "船长"],
    ["卡车司机：从深圳拉到武汉一千公里", "卡车司机"],
    ["港口负责人说 今年集装箱吞吐量突破五千万标箱", "港口负责人"],
    // near-miss: the word as a line's topic before a pause, on one line only, is no label
    ["货代 这块利润也就百分之五", null],
  ] as [string, string | null][])("%s", (text, speaker) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([speaker]);
  });
  it.each([
    ["明年还要再开五条航线", "plan"],
    ["我们计划明年再上十台岸桥", "plan"],
    ["预计明年运价会回落三成", "prediction"],
    ["如果美国再加关税 我们的出口量可能要掉百分之二十", "hypothetical"],
    // near-miss: time still to come is no plan
    ["船还要再等三天", "prediction"],
  ])("%s: %s", (text, type) => {
    expect(only(text).type).toBe(type);
  });
  it("a caption line of the speaker's plan is under no condition of the line before", () => {
    const claims = claimsOf("如果美国再加关税 我们的出口量可能要掉百分之二十\n我们计划明年再上十台岸桥 投资大概五个亿");
    expect(claims.map((c) => c.type)).toEqual(["hypothetical", "plan", "plan"]);
  });
});

describe("audit house: speakers and types of real-estate talk", () => {
  it.each([
    // agents, buyers and owners as labels, alone or before a name
    ["中介小王：这个小区现在均价六万八一平", "中介小王"],
    ["购房者：我看的那套单价跌到了四万出头", "购房者"],
    ["置业顾问李娜：首付三成 月供一万二", "置业顾问李娜"],
    ["业主：挂了八百万 一直没人问", "业主"],
    // near-miss: the word as a line's topic before a pause, on one line only, is no label
    ["中介 这块佣金两个点", null],
  ] as [string, string | null][])("%s", (text, speaker) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([speaker]);
  });
  it("a caption line opened by the developer is under no condition of the line before", () => {
    const claims = claimsOf("如果利率再降零点五 我觉得成交能再涨一成\n开发商说年底之前要交房一千二百套");
    expect(claims.map((c) => c.type)).not.toContain("metric");
    expect(claims[claims.length - 1]?.type).not.toBe("hypothetical");
  });
});

describe("audit game: speakers of games industry talk", () => {
  it.each([
    ["制作人：我们这个版本开发了大概十八个月", "制作人"],
    ["制作人 张三：首周卖了五十万份", "制作人 张三"],
    ["主策：首充六块", "主策"],
    // near-miss: a colon after more than a label is no label
    ["他是这部片的制作人：开发了十八个月", null],
  ] as [string, string | null][])("%s", (text, speaker) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([speaker]);
  });
});

describe("a condition's caption line with its consequent still to come goes on past an opener on the next line", () => {
  it.each([
    ["如果价格稳定\n明年我们能卖100万台", ["hypothetical"]],
    ["如果明年市场好\n我们打算再开十家店", ["hypothetical"]],
    // near-misses: the consequent said on the condition's line (after a pause), or a topic opening the next line
    ["如果美国再加关税 出口量可能要掉两成\n我们计划明年再上十台岸桥", ["hypothetical", "plan"]],
    ["如果线上占比能做到一半\n嗯 供应链方面 我们有12个大仓", ["hypothetical", "metric"]],
  ])("%j → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("audit ecom: speakers of live-commerce talk", () => {
  it.each([
    // a possessive between a source and its report is no part of its name
    ["根据星图数据的统计 今年全网的GMV是一万六千九百五十亿", ["星图数据"]],
    ["据新华社的报道 今年销量增长了百分之十", ["新华社"]],
    ["据国家统计局统计 今年销量增长了百分之十", ["国家统计局"]],
    ["根据我们的统计 今年销量增长了百分之十", [null]],
    // 我个人 opening a line takes the word back from a quoted source, as 我觉得 does
    ["有报道称 GMV超过了两百亿\n我个人的判断是 明年可能会有三成商家退出", ["报道", null]],
    ["有报道称 GMV超过了两百亿\n明年可能会有三成商家退出", ["报道", "报道"]],
  ] as [string, (string | null)[]][])("%s", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });
});

describe("audit auto: questions and conditions of electric-car talk", () => {
  it.each([
    // the speaker's own view after a question word answers it: what follows is no longer asked
    ["会不会影响明年的出口 我觉得影响不会太大\n行业预计到2030年 新能源车的渗透率会到百分之八十", ["prediction"]],
    // near-misses: the question word leading to its figure, over caption words, still asks
    ["会不会 再 涨 到 20%", []],
    ["明年 营收 会不会 超过 一百亿", []],
    // a source's forecast opening a caption line is under no condition of the line before
    [
      "如果欧盟的关税再加百分之十 出口可能会少两三成\n行业预计到2030年 新能源车的渗透率会到百分之八十",
      ["hypothetical", "hypothetical", "prediction"],
    ],
    // near-miss: after a condition's line with no pause its consequent still comes
    ["如果明年市场好\n行业预计能卖一百万台", ["hypothetical"]],
  ])("%j → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("audit film: a figure after a date's digit and a caption space, a reporting verb inside a question put", () => {
  const figuresOf = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.value]));
  it.each([
    // the run 一 十八亿 is 初一's digit and then the figure
    ["单日最高的是大年初一 十八亿", [["十八亿", 1.8e9]]],
    ["上周一 十万人去看了", [["十万人", 1e5]]],
    // near-misses: no time holds the digit (one spaced run), or nothing after the space is a figure
    ["票价涨了一 十块", [["一 十块", 10]]],
    ["初一 十五都要去", []],
  ] as [string, [string, number][]][])("%s", (text, want) => expect(figuresOf(text)).toEqual(want));

  it.each([
    // the host's 预测 is a word of the question put to the narrator: the answer is the narrator's
    ["主持人问过我 你们预测能拿多少\n我说 保守估计能过十亿吧", [null]],
    ["主持人问我 你们预测票房能到多少\n我觉得能过十亿", [null]],
    // near-misses: someone else named in the clause speaks; the host's own forecast is the host's
    ["主持人问我 你们预测能拿多少\n王总说 能过十亿吧", ["王总"]],
    ["主持人预测 票房能过十亿", ["主持人"]],
  ] as [string, (string | null)[]][])("%s", (text, speakers) =>
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers),
  );
});

describe("audit aiexec: an answer after a question word, opened by a turn or by its speaker's 说", () => {
  const figuresOf = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text));
  it.each([
    // a turn and the answer's subject on the next caption line: the question stops before them
    ["明年会不会IPO 这个我现在不能说\n但是 我们打算在明年三月之前\n完成新一轮四百亿美元的融资", ["四百亿美元"]],
    ["明年会不会IPO 这个不好说\n但是 我们打算融一百亿", ["一百亿"]],
    // the answerer's verb of saying, a caption space, the answer's subject
    ["主持人问 很多人关心你们会不会融资\n李明说 我们短期内没有融资的计划\n账上的钱够我们再烧三到五年", ["三到五年"]],
    // near-misses: a turn with no subject after it, a 说 with no subject after it, a 说 before the question: still asked
    ["明年会不会IPO 这个不好说\n但是规模 到一百亿", []],
    ["你们会不会说 要再融一百亿", []],
    ["他说 我们会不会再融一百亿", []],
  ] as [string, string[]][])("%s", (text, want) => expect(figuresOf(text)).toEqual(want));

  it("a dated plan answering the question keeps its time", () => {
    const [c] = claimsOf("明年会不会IPO 这个我现在不能说\n但是 我们打算在明年三月之前\n完成新一轮四百亿美元的融资");
    expect(c?.type).toBe("plan");
    expect(c?.time?.end).toBe("2026-03-31");
  });
});

describe("audit rates: a condition's consequent after a figure's Latin unit or % closes its caption line", () => {
  it.each([
    // the pause after BP or % parts the condition from its consequent (那就…): the next line is a fact
    ["如果央行明年再降十个BP 那就到一点三了\n目前大型银行的存款准备金率是百分之九左右", ["hypothetical", "metric"]],
    ["如果利率降到3% 那就没人存钱了\n现在利率是百分之二", ["hypothetical", "metric"]],
    // near-misses: the consequent on the next line, or a condition with no consequent on its line, still reach it
    ["如果央行明年再降十个BP\n那房贷利率就到百分之三", ["hypothetical"]],
    ["如果利率降到3%\n存款会少两成", ["hypothetical"]],
  ] as [string, string[]][])("%j → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("audit creator: a crowd's word on its own caption line ends with the line", () => {
  it.each([
    // what the viewers said stands on the verb's line: the speaker's own figures after it are the speaker's
    ["观众说画质不够 其实是平台压缩\n日更那半年 我瘦了十斤\n明年打算做直播 每周播两场", [null, null]],
    ["有观众说今年卖了三十万台\n其实卖了二十万台", ["观众", null]],
    ["很多网友说价格太高了 其实利润只有百分之五\n我们今年卖了二十万台", ["网友", null]],
    ["网友说这个价格太高了。今年我们卖了30万台。", [null]],
    // near-misses: a verb that ends its line leaves the crowd the lines after it; a person keeps the word
    ["网友说\n他亏了三十万", ["网友"]],
    ["老王说他今年赚了五十万\n去年赚了二十万", ["老王", "老王"]],
  ] as [string, (string | null)[]][])("%s", (text, speakers) =>
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers),
  );
});

describe("audit energy: a topic closed by 的话 and a turn to a new subject open a new thought", () => {
  it.each([
    // a caption line that opens with a topic and 的话 is no more the plan or condition of the line before
    ["明年上半年打算扩大到五个城市\n嗯 用户侧的话 一户人家一个月用电大概三百度", ["plan", "metric"]],
    ["假如票价再涨十块钱 观众可能会少两成\n会员的话 我们有一百五十万会员", ["hypothetical", "hypothetical", "metric"]],
    // near-misses: after a condition's line with no pause the topic may open its consequent; a topic pointing back
    // (这样的话, 不然的话) goes on with the line before
    ["如果价格稳定\n明年的话 我们能卖100万台", ["hypothetical"]],
    ["如果明年市场好\n这样的话 我们能卖100万台", ["hypothetical"]],
  ])("%j → %j", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));

  it.each([
    // 再说说 turns to a new subject: the time of the lines before stays with them
    ["三年前还不到百分之四十\n嗯 再说说碳\n电力行业的碳排放大概占全国的百分之四十几", ["2022-01-01", null]],
    // near-miss: with no turn the later line goes on in the same time
    ["三年前还不到百分之四十\n电力行业的碳排放大概占全国的百分之四十几", ["2022-01-01", "2022-01-01"]],
  ] as [string, (string | null)[]][])("%s", (text, starts) =>
    expect(claimsOf(text).map((c) => c.time?.start ?? null)).toEqual(starts),
  );

  it.each([
    // a topic pointing back (这样的话, 不然的话) goes on with the sentence of the line before
    ["明年我们计划扩大到五个城市\n这样的话 一共能覆盖两千万人", true],
    ["明年我们计划扩大到五个城市\n不然的话 只能覆盖两千万人", true],
    // near-miss: a topic of its own opens a sentence
    ["明年我们计划扩大到五个城市\n覆盖人口的话 一共能覆盖两千万人", false],
  ] as [string, boolean][])("%s", (text, joined) =>
    expect(claimsOf(text).at(-1)?.text.includes("五个城市")).toBe(joined),
  );
});

describe("audit crypto: the halving after a pause in talk of mining; a holding told now after a condition", () => {
  it.each([
    // in talk of coins or mining, 减半以后 after a pause names the halving: only the figure said is one
    ["去年我们挖了三千二百个比特币\n影响很大 减半以后 我们的产出少了百分之五十", ["三千二百个比特币", "百分之五十"]],
    ["全网有十二万台矿机\n对 这次 减半以后 手续费收入也少了", ["十二万台"]],
    // near-misses: with no coin or mining word the pause keeps the fall by half; a subject right before it too
    ["我们的销量 减半以后 价格也跌了", ["减半"]],
    ["算力成本 减半以后 价格也跌了", ["减半"]],
    ["去年挖了三千二百个比特币\n矿工收入减半以后 很多人关机", ["三千二百个比特币", "减半"]],
  ] as [string, string[]][])("%s", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );

  it.each([
    // a word of now (现在, 目前) then 了 on a later clause tells what is held: a fact, not the condition's
    [
      "如果币价跌到五万以下 我们大概有三成的矿机要关机\n我们手上现在还囤了一千五百个比特币 没有卖",
      ["hypothetical", "hypothetical", "metric"],
    ],
    ["如果跌到五万 三成矿机要关机\n目前我们已经卖了两百个比特币", ["hypothetical", "metric"]],
    // near-misses: 就 makes it the consequent; 比现在 is a base and 到现在 a span's end, no time of speaking
    ["如果币价跌到五万以下 我们现在就亏了三成", ["hypothetical"]],
    ["如果明年降息 币价会比现在高了三成", ["hypothetical"]],
    ["如果跌到五万\n我们到现在亏了三成", ["hypothetical"]],
  ] as [string, string[]][])("%s", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));

  // near-miss: with no 了 the holding is the consequent's, all of it hypothetical
  it("如果跌到五万 三成矿机要关机⏎我们现在囤的一千五百个比特币也会缩水", () =>
    expect(claimsOf("如果跌到五万 三成矿机要关机\n我们现在囤的一千五百个比特币也会缩水").map((c) => c.type)).toEqual([
      "hypothetical",
    ]));
});

describe("audit pharma: a caption line opening with the yes or no of an ask word answers it", () => {
  it.each([
    // 有没有…⏎有两例: the echo answers; its figures are claimed
    ["有没有出现治疗相关的死亡\n有两例 占比不到百分之零点五", ["两例", "百分之零点五"]],
    ["那会不会涨价\n会 我们明年会涨百分之十", ["百分之十"]],
    // near-misses: the question runs on over its caption break to its figure
    ["有没有出现\n超过百分之五的死亡", []],
    ["你们会不会\n再涨百分之十", []],
  ] as [string, string[]][])("%s", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );
});

describe("an answer's plain figures are the figure its question asked for, of a time to come", () => {
  const answered = (text: string) =>
    claimsOf(text).map((c) => [c.quantities.map((q) => q.text).join(" "), c.type, c.time?.text ?? null, c.time?.line]);
  it.each([
    // a plan named and asked how many, or ending the question: the answer plans it, for the time asked
    ["主持人：明年的销量目标是多少\n王总：三十万台", [["三十万台", "plan", "明年", 1]]],
    ["主持人：那明年的目标呢\n王总：营收一百亿", [["一百亿", "plan", "明年", 1]]],
    ["**主持人**：明年的计划呢？\n\n**王总**：开五十家店。", [["五十家", "plan", "明年", 1]]],
    ["主持人：你们明年拿地的预算呢\n嘉宾：两百亿左右", [["两百亿", "plan", "明年", 1]]],
    // how many or how much, or the time alone with 呢: a forecast, hedged as the answer is
    ["主持人：明年能卖多少\n王总：大概三十万台吧", [["三十万台", "prediction", "明年", 1]]],
    ["主持人：那2027年呢\n王总：一百亿吧", [["一百亿", "prediction", "2027年", 1]]],
    ["明年能卖多少\n我觉得三十万台左右", [["三十万台", "prediction", "明年", 1]]],
    // near-misses: a figure of its own time, of now, or a deed done answers no forecast
    ["主持人：明年能卖多少\n王总：现在是二十万台", [["二十万台", "metric", null, undefined]]],
    ["主持人：明年能卖多少\n王总：去年我们卖了二十万台", [["二十万台", "metric", "去年", 2]]],
    ["主持人：明年能卖多少\n王总：我们已经卖了二十万台", [["二十万台", "metric", null, undefined]]],
    // near-misses: a question of the past, or of no figure (asked what or how), frames nothing
    ["主持人：去年卖了多少\n王总：三十万台", [["三十万台", "metric", null, undefined]]],
    ["主持人：明年有什么计划\n王总：我们有三千人", [["三千人", "metric", null, undefined]]],
    ["主持人：明年怎么规划\n王总：我们有三千人", [["三千人", "metric", null, undefined]]],
    // near-miss: only the sentence right after the question answers it
    ["主持人：明年能卖多少\n王总：不好说\n主持人：团队呢\n王总：三千人", [["三千人", "metric", null, undefined]]],
  ] as [string, unknown[][]][])("%s", (text, want) => expect(answered(text)).toEqual(want));
});

describe("a now word after a caption pause after a past time takes the figure out of that time", () => {
  it.each([
    ["公司成立于2015年 现在有员工八千多人", [["八千多人", null]]],
    ["我2015年加入公司 目前团队有八千多人", [["八千多人", null]]],
    ["前年我们刚起步 现在估值大概二十亿", [["二十亿", null]]],
    // near-misses: no now word, or the now word before the pause, or a span up to now (到现在), keep the time
    ["2015年我们开始做这个 有八千多人", [["八千多人", "2015年"]]],
    ["去年到现在 累计投入了二十亿", [["二十亿", "去年到现在"]]],
    ["去年开始 到目前为止累计投入了20亿", [["20亿", "去年"]]],
    [
      "去年同期是五千人 现在是八千人",
      [
        ["五千人", "去年"],
        ["八千人", null],
      ],
    ],
  ] as [string, [string, string | null][]][])("%s", (text, want) =>
    expect(claimsOf(text).map((c) => [c.quantities.map((q) => q.text).join(" "), c.time?.text ?? null])).toEqual(want),
  );
});

describe("insurance audit: 能不能 and 能否 ask, and a 问 opening its clause gives the word back", () => {
  it.each([
    // can-or-cannot asks: the figure asked about is no claim; the answer's is
    ["主持人：明年保费能不能突破三千亿", []],
    ["明年保费能否突破三千亿", []],
    ["明年能不能做到一百亿\n能 我觉得能到一百二十亿", ["一百二十亿"]],
    // near-miss: a plain 能 states a forecast
    ["明年保费能突破三千亿", ["三千亿"]],
  ] as [string, string[]][])("%s", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );
  const speakersOf = (text: string) => claimsOf(text).map((c) => [c.speaker, c.quantities.map((q) => q.text)]);
  it.each([
    [
      "还有一位网友说\n他亏了三十万\n问会不会回本\n这个呀我说实话\n市盈率二十倍出头",
      [
        ["网友", ["三十万"]],
        [null, ["二十倍"]],
      ],
    ],
    ["主持人：明年保费能不能突破三千亿\n嘉宾：能 我们明年的目标是三千二百亿", [["嘉宾", ["三千二百亿"]]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

describe("logistics audit: a price still to move forecasts; an aim on the line after a target's", () => {
  it.each([
    // 还要再 and a verb of a price moving: a further move still to come
    ["单价可能还要再跌五分钱", ["prediction"]],
    ["运费还要再涨两成", ["prediction"]],
    ["明年双十一我估计件量会再涨两成\n但是单价可能还要再跌五分钱", ["prediction", "prediction"]],
    // near-misses: the side's own 还要 is its plan; a time past makes it a report
    ["我们还要再降五分钱", ["plan"]],
    ["去年单价还要再降一毛", ["metric"]],
    // an aim (要做到) opening a line after one that set a time not over forecasts the level
    ["我们今年的目标是营收突破四百亿元\n净利润要做到九十个亿左右", ["plan", "prediction"]],
    // near-misses: a time past, no time at all, and a level done (做到了) stay reports
    ["去年的目标是营收突破四百亿元\n净利润要做到九十个亿左右", ["metric"]],
    ["净利润要做到九十个亿左右", ["metric"]],
    ["今年营收是四百亿元\n利润做到了九十个亿", ["metric"]],
  ] as [string, string[]][])("%s", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("realestate audit: a length's bound, a developer's own steps, a pace asked about", () => {
  it.each([
    // a noun of a length right before a within span: the length's value, no window from now
    ["去化周期十二个月以内", "metric", null, ["十二个月"]],
    ["交付周期三个月以内", "metric", null, ["三个月"]],
    // near-miss: with a verb of an event after it the span stays a deadline
    ["我们十二个月以内会上市", "plan", "十二个月以内", []],
    // a developer's launches and land purchases are its plans
    ["我们明年会推三百套房源", "plan", "明年", ["三百套"]],
    ["我们明年想再拿两宗地", "plan", "明年", ["两宗"]],
    // near-miss: 拿到 is an outcome, a forecast
    ["我们明年会拿到三成的份额", "prediction", "明年", ["三成"]],
  ] as [string, string, string | null, string[]][])("%s", (text, type, time, figures) => {
    const [c] = claimsOf(text);
    expect([c?.type, c?.time?.text ?? null, c?.quantities.map((q) => q.text)]).toEqual([type, time, figures]);
  });

  // a pace, an arrangement or a budget asked about with 呢 is a question: no dated forecast
  it.each(["主持人：你们明年拿地的节奏呢", "主持人：明年的安排呢"])("%s: no claim", (text) =>
    expect(claimsOf(text)).toEqual([]),
  );
});

describe("semis audit: nodes asked or named in chip talk are no figures; tools bought and tape-outs run are", () => {
  it.each([
    // the node asked after is no figure; the shipments answered are
    ["主持人：麒麟9000S用的是几纳米的工艺\n嘉宾：这个我不方便说\n但是出货量的话\n今年应该在三千万颗左右", ["三千万颗"]],
    [
      "中芯国际14纳米的良率\n已经接近百分之九十五\n但是7纳米的产能还很小\n每个月可能就几千片",
      ["百分之九十五", "几千片"],
    ],
    // lithography tools brought in and to be bought, with their price
    ["光刻机我们去年进了两台\n今年计划再买五台\n每台的价格大概是一点五亿欧元", ["两台", "五台", "一点五亿欧元"]],
    ["我们流片了三次都失败了\n第四次才成功\n前前后后花了差不多两年", ["三次", "两年"]],
    // near-misses: an idiom of steadfastness and a length through a link
    ["做芯片不能三心二意\n我们十年如一日\n一心一意做模拟芯片", []],
    ["这个光刻机的波长是13.5纳米\n分辨率能到8纳米", ["13.5纳米", "8纳米"]],
  ] as [string, string[]][])("%s", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );

  it("今年计划再买五台 is a plan of this year", () => {
    const c = claimsOf("光刻机我们去年进了两台\n今年计划再买五台").find((x) => x.quantities[0]?.text === "五台");
    expect(c?.type).toBe("plan");
    expect(c?.time?.start).toBe("2025-01-01");
  });
});

describe("a rate named sentences before goes on in a bare number that links alone lead to", () => {
  const figuresOf = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind]));
  it.each([
    [
      "我们的退保率\n去年是百分之一点二\n今年上半年降到了零点九",
      [
        ["百分之一点二", "percent"],
        ["零点九", "percent"],
      ],
    ],
    [
      "中通的市场份额\n去年是百分之十九点四\n今年到了二十点几",
      [
        ["百分之十九点四", "percent"],
        ["二十点几", "percent"],
      ],
    ],
    [
      "我们的毛利率是百分之三十\n去年是二十五",
      [
        ["百分之三十", "percent"],
        ["二十五", "percent"],
      ],
    ],
    // near-misses: a number opening its sentence, one after a word that is no link, and a new speaker's turn
    ["我们的毛利率是百分之三十\n二十五", [["百分之三十", "percent"]]],
    ["我们的毛利率是百分之三十\n我们到了二十", [["百分之三十", "percent"]]],
    ["主持人：你们的毛利率是百分之三十\n嘉宾：去年是二十五", [["百分之三十", "percent"]]],
    // near-miss: a rate of another measure (日利用率, hours a day) sets no talk of a percent
    ["飞机日利用率九点八\n今年到了十点二", []],
  ] as [string, string[][]][])("%s", (text, want) => expect(figuresOf(text)).toEqual(want));
});

describe("review: an asker looked up once; an echo of an ask word only as a word of its own", () => {
  // the name a 问 gives is looked up once and used again for its hand-over: who() learns it (他 points to it after)
  // and a second look found the same, so these pass before and after the clean-up
  it.each([
    [
      "林一鸣：我们今年招了50人。\n王志远问了一下明年招多少？我们打算招80人。\n他说明年营收增长20%。",
      ["林一鸣", "林一鸣", "王志远"],
    ],
    ["英伟达创始人黄仁勋问明年营收多少，我们预计明年营收是80亿元。\n他说明年能卖50万台。", [null, "黄仁勋"]],
    ["小米CEO雷军问过我们，我们说去年卖了30万台。\n他说明年能卖50万台。", [null, "雷军"]],
  ] as [string, (string | null)[]][])("%s", (text, speakers) =>
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers),
  );

  const figuresOf = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text));
  it.each([
    // a line opening with a longer word that holds the echo (会员, 会计, 会场, 能源, 能力) is no yes or no: the question
    // runs on over the caption break to its figure, as after any other word
    ["明年会不会涨价\n会员费涨到两百元", []],
    ["你们会不会\n会员卡推出十万张", []],
    ["你们会不会\n会计 做到三百万", []],
    ["你们会不会\n会场 坐满三千人", []],
    ["你们能不能\n能源 成本降到三百万", []],
    ["你们能不能\n能力 提升到百分之二十", []],
    // near-misses: the yes or no itself answers; 有些 and 有的 answer "some" after 有没有
    ["你们会不会\n会 推出十万张", ["十万张"]],
    ["明年会不会涨价\n不会 今年只涨了百分之五", ["百分之五"]],
    ["你们能不能\n能 明年做到三百万", ["三百万"]],
    ["你们是不是\n是 亏了三百万", ["三百万"]],
    ["你们有没有\n有些门店 亏了三百万", ["三百万"]],
    ["你们有没有\n有的门店 亏了三百万", ["三百万"]],
  ] as [string, string[]][])("%s", (text, figures) => expect(figuresOf(text)).toEqual(figures));
});

describe("hiring audit: reasons beside offers are words; offices opened, months of pay and packages are figures", () => {
  it.each([
    [
      "今年校招我们一共发了两千多个offer\n签约率大概是百分之七十\n比去年低了五个点\n有两个原因\n第一个是薪资没有竞争力",
      ["两千多个", "百分之七十", "五个点"],
    ],
    ["我们下半年计划再招八十个销售\n然后明年第一季度\n再开两个新的办公室", ["八十个", "两个"]],
    ["月薪基本上30k起\n好一点的能给到45K\n再加上十六薪\n年包差不多七八十万", ["30k", "45K", "十六薪", "七八十万"]],
    ["这次优化了五个人\n赔偿按N+1来\n最多不超过十二个月工资", ["五个人", "十二个月"]],
    // near-misses: schedules, an idiom and a discourse count
    ["我们不搞996\n也不搞007\n他那个人就是三心二意\n有两个原因", []],
  ] as [string, string[]][])("%s", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );

  it("明年第一季度再开两个新的办公室 is dated on its time's line", () => {
    const c = claimsOf("我们下半年计划再招八十个销售\n然后明年第一季度\n再开两个新的办公室").find(
      (x) => x.quantities[0]?.text === "两个",
    );
    expect(c?.time?.start).toBe("2026-01-01");
    expect(c?.time?.end).toBe("2026-03-31");
  });
});

describe("concerts audit: an artist's own shows are plans; shows, scalpers' prices and ticket prices asked and answered", () => {
  it.each([
    // touring, singing and shows added by the speaker's side, a place opened by 在 or 去 between, are plans
    ["我们明年会在北美巡演二十场", "plan", "明年", ["二十场"]],
    ["我们明年三月会唱五场", "plan", "明年三月", ["五场"]],
    ["下个月我会去上海唱三场", "plan", "下个月", ["三场"]],
    // near-misses: another's tour is a forecast; 去 before no act of the side's is none
    ["他明年会去欧洲巡演二十场", "prediction", "明年", ["二十场"]],
    ["我们明年会去欧洲看看 票房可能涨两成", "prediction", "明年", ["两成"]],
  ] as [string, string, string | null, string[]][])("%s", (text, type, time, figures) => {
    const [c] = claimsOf(text);
    expect([c?.type, c?.time?.text ?? null, c?.quantities.map((q) => q.text)]).toEqual([type, time, figures]);
  });

  it.each([
    // a tour stop's shows, shows added in a condition, a scalper's price and the dearest seat
    ["上海站四场\n一场大概是四万人\n四场加起来就是十六万人", ["四场", "四万人", "十六万人"]],
    ["要是能加场的话\n我们最多再加三场", ["三场"]],
    ["黄牛那边已经炒到了五六千\n差不多加价三倍\n我们也一直在打击黄牛", ["五六千", "三倍"]],
    // near-misses: the shows pointed at, titles and names with digits, idioms
    ["鸟巢那三场门票是多少秒卖完的", []],
    ["主持人：你最喜欢唱哪首歌\n嘉宾：《七里香》吧\n还有《2046》", []],
    ["我们有两个原因没有去台北\n第一是场馆档期\n第二是他们三心二意一直没定", []],
  ] as [string, string[]][])("%s", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );

  it("a ticket price asked about makes the answer's bare amount money", () => {
    const qs = claimsOf("主持人：票价会不会超过两千\n嘉宾：不会超过两千\n我们内场最贵也就一千五左右").flatMap(
      (c) => c.quantities,
    );
    expect(qs.map((q) => [q.text, q.kind, q.value, q.approx])).toEqual([
      ["两千", "money", 2000, "under"],
      ["一千五", "money", 1500, "about"],
    ]);
  });

  it("a scalper's price in a question keeps its speaker and its unit", () => {
    const c = claimsOf("主持人：有人说一张内场票被黄牛炒到了两万块\n嘉宾：对 原价才一千八\n十倍都不止");
    expect(c.map((x) => [x.speaker, x.quantities.map((q) => `${q.kind} ${q.value}`)])).toEqual([
      ["主持人", ["money 20000"]],
      ["嘉宾", ["money 1800", "multiple 10"]],
    ]);
  });
});

describe("airlines audit: an airline's rates, fleet plans and flights; types and flight numbers are names", () => {
  it.each([
    ["我们的客座率八十二点三\n准点率九十一\n都比去年同期好", ["八十二点三", "九十一"]],
    ["737-800我们还有六十多架\nMAX 8现在复飞了二十七架\nARJ21也有十来架", ["六十多架", "二十七架", "十来架"]],
    ["川航3U8633那次备降\n那架是A319", []],
    ["一架737一年的租金\n大概三四百万美元", ["三四百万美元"]],
    ["飞机在三万五千英尺巡航\n一个小时大概烧两吨半的油", ["三万五千英尺", "两吨半"]],
    // near-misses: discourse counts and ordinals
    ["有两个原因\n第一个是油价\n第二个是汇率", []],
  ] as [string, string[]][])("%s", (text, figures) =>
    expect(claimsOf(text).flatMap((c) => c.quantities.map((q) => q.text))).toEqual(figures),
  );

  it("要到2026年下半年 answering when is a forecast of that half year", () => {
    const c = claimsOf("主持人：国际航线什么时候能全面恢复\n嘉宾：我觉得要到2026年下半年").find((x) => x.time);
    expect(c?.type).toBe("prediction");
    expect(c?.speaker).toBe("嘉宾");
    expect([c?.time?.start, c?.time?.end]).toEqual(["2026-07-01", "2026-12-31"]);
  });

  it("春运 with 预计 on the next caption line forecasts the next 春运", () => {
    const c = claimsOf("春运四十天\n我们预计运送旅客一千二百万人次").find((x) =>
      x.quantities.some((q) => q.text === "一千二百万人次"),
    );
    expect(c?.type).toBe("prediction");
    expect(c?.time?.start).toBe("2026-02-02");
  });
});

describe("vc audit: founders and investors label their lines", () => {
  it.each([
    ["创始人：我们去年ARR两千万美元", "创始人"],
    ["投资人张三：我们这期基金规模十亿", "投资人张三"],
    ["联合创始人：我们团队有两百人", "联合创始人"],
    ["合伙人：我们今年投了二十个项目", "合伙人"],
    ["創業者：我們去年融了兩個億", "創業者"],
    // near-misses: the role as a line's topic before a space, or inside a sentence
    ["创始人 占股百分之六十", null],
    ["我们的创始人占股百分之六十", null],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(speaker);
  });

  it("a funding round answered on a guest's line is money", () => {
    const c = claimsOf("主持人：种子轮拿了多少\n创始人：在种子轮我们拿了两百万").at(-1);
    expect(c?.speaker).toBe("创始人");
    expect(c?.quantities.map((q) => [q.text, q.kind])).toEqual([["两百万", "money"]]);
  });
});

describe("oil audit: a far figure judged possible (都有可能) is a forecast", () => {
  it.each([
    ["马老板说 油价翻一番都有可能", "prediction"],
    ["油价跌到四十美元都有可能", "prediction"],
    // near-misses: a risk of people, a hedged present guess, a possibility in the past
    ["百分之三十的人都有可能得这种病", "metric"],
    ["库存可能有三千万桶", "metric"],
    ["去年油价跌到二十美元都有可能", "metric"],
  ] as [string, string][])("%s", (text, type) => expect(only(text).type).toBe(type));
});

describe("telecom audit: an aim's 要 reaches over caption pauses", () => {
  it.each([
    // a time not over, then 要 before a verb of reaching, its words parted by caption spaces
    ["今年年底 我们 用户 要 突破 一个亿", ["prediction"]],
    ["年底 我们 营收 要 做到 一百亿", ["prediction"]],
    ["今年年底我们用户要突破一个亿", ["prediction"]],
    // near-misses: a time past, a level reached (了), and 要 before a verb of no level stay reports
    ["去年年底 我们 用户 要 突破 一个亿", ["metric"]],
    ["年底 用户 已经 突破了 一个亿", ["metric"]],
    ["今年 我们 要 还 房贷 五十万", ["metric"]],
  ] as [string, string[]][])("%s", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("telecom audit: a time asked with 呢 after a caption pause", () => {
  it.each(["主持人：明年 呢", "主持人：今后 三年 呢"])("%s: no claim", (text) => expect(claimsOf(text)).toEqual([]));
  it.each([
    ["主持人：明年 呢\n嘉宾：四千万", [["prediction", "2026-01-01"]]],
    // near-misses: the same with no pause, and an answer's 吧 after a pause, which dates a forecast
    ["主持人：明年呢\n嘉宾：四千万", [["prediction", "2026-01-01"]]],
    ["嘉宾：明年 吧", [["prediction", "2026-01-01"]]],
  ] as [string, string[][]][])("%s", (text, want) =>
    expect(claimsOf(text).map((c) => [c.type, c.time?.start])).toEqual(want),
  );
});

describe("stocks audit: a time after a stock code dates its claim, with no half year counted", () => {
  it("宁德时代300750上半年净利润同比增长33% is the first half's metric, no 半年 duration", () => {
    const [c] = claimsOf("宁德时代300750上半年净利润同比增长33%");
    expect(c?.quantities.map((q) => q.text)).toEqual(["33%"]);
    expect([c?.time?.start, c?.time?.end]).toEqual(["2025-01-01", "2025-06-30"]);
  });
  it("茅台600519明年目标价是2000元 is dated next year", () => {
    const [c] = claimsOf("茅台600519明年目标价是2000元");
    expect(c?.type).toBe("prediction");
    expect(c?.time?.start).toBe("2026-01-01");
  });
  // near-miss: a duration of half a year stays one
  it("已经快半年了 keeps its duration", () => {
    const [c] = claimsOf("市场已经震荡快半年了");
    expect(c?.quantities.map((q) => [q.kind, q.value])).toEqual([["duration", 0.5]]);
  });
});

describe("stocks audit: a record of the year so far, a target price, a broker's estimate", () => {
  it("融资余额突破两万亿 创下年内新高 states a fact, no forecast", () => {
    const claims = claimsOf("融资余额突破两万亿 创下年内新高");
    expect(claims.map((c) => c.type)).toEqual(["metric"]);
  });
  it("沪指年内涨了15% states a fact, no forecast", () => {
    expect(claimsOf("沪指年内涨了15%").map((c) => c.type)).toEqual(["metric"]);
  });
  // near-miss: 年内 of what is to come forecasts the rest of the year
  it("美联储年内有望降息25个基点 forecasts the rest of the year", () => {
    const [c] = claimsOf("美联储年内有望降息25个基点");
    expect(c?.type).toBe("prediction");
    expect([c?.time?.start, c?.time?.end]).toEqual(["2025-12-18", "2025-12-31"]);
  });
  it.each([
    ["腾讯 我们给的目标价是520港元 维持买入评级", "prediction"],
    ["我们给出的目标价是每股85元", "prediction"],
    // near-miss: a price reached is a fact
    ["茅台今天收在1680块", "metric"],
  ])("%s is a %s", (text, type) => {
    expect(claimsOf(text)[0]?.type).toBe(type);
  });
  it("据中信证券测算 names the broker", () => {
    expect(claimsOf("据中信证券测算 2026年底恒指可能到三万点")[0]?.speaker).toBe("中信证券");
  });
  // near-miss: 据测算 names no one
  it("据测算 names no one", () => {
    expect(claimsOf("据测算 明年营收会到100亿")[0]?.speaker).toBeNull();
  });
});

describe("a target price reached is no forecast", () => {
  const types = (text: string) => claimsOf(text).map((c) => c.type);
  it.each([
    ["股价已经到了目标价85元", ["metric"]],
    ["上周股价涨到了目标价八十五块", ["metric"]],
    ["股价触及目标价85元以后回落", ["metric"]],
    // near-miss: the target price given stays a forecast
    ["我们给出的目标价是每股85元", ["prediction"]],
  ] as const)("%s → %j", (text, want) => {
    expect(types(text)).toEqual(want);
  });
});

describe("health audit: doctors, heads of a hospital or a ward, patients and their families label their lines", () => {
  it.each([
    ["主持人：咱们医院一年的门诊量大概是多少\n院长：去年门诊量是四百二十万人次", ["院长"]],
    ["主持人：你们急诊一天能接多少病人\n主任：高峰的时候一天接诊八百多人次", ["主任"]],
    ["患者家属：自费部分花了三万多", ["患者家属"]],
    ["护士长：我们科室一共三十二个护士", ["护士长"]],
    // a title after a family name stays that label
    ["主持人：招了多少人\n刘院长：我们今年招了两百人", ["刘院长"]],
    // near-misses: a noun as a line's topic before a space names no one
    ["医生 一天要看六十个号", [null]],
    ["病人 一年要花两万多块钱", [null]],
  ] as [string, (string | null)[]][])("%s", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });
});

describe("macro audit: a statistics bureau named, a budget's rate set", () => {
  it.each([
    ["据国家统计局发布 全年粮食产量达到7.15亿吨", "国家统计局"],
    ["据海关总署发布的数据 前11个月出口增长5.4%", "海关总署"],
    // near-misses: a body's own count still names it; 据统计 names no one
    ["据海关总署统计 前11个月出口增长5.4%", "海关总署"],
    ["据统计 全年粮食产量达到7.15亿吨", null],
  ])("%s names %s", (text, speaker) => {
    expect(claimsOf(text)[0]?.speaker ?? null).toBe(speaker);
  });
  it.each([
    ["今年赤字率拟按4%左右安排，赤字规模5.66万亿元。", "plan"],
    // near-misses: 拟按 inside 模拟 or 虚拟 plans nothing
    ["模拟按4%计算 结果是5万", "metric"],
    ["虚拟按键有3个", "metric"],
  ])("%s is a %s", (text, type) => {
    expect(claimsOf(text)[0]?.type).toBe(type);
  });
});

describe("pensions audit: 据国家统计局 names no 国家; a judgment after a caption pause judges the figure before it", () => {
  it.each([
    ["据国家统计局统计，60岁以上老年人口3.1亿人", "国家统计局"],
    // 统计 begins the bureau's name: no 国家 that counted
    ["据国家统计局 2024年末 60岁以上老年人口 3.1亿人", null],
    // near-miss: a bureau before the verb stays the speaker
    ["据国家医保局统计 参保人数 13.3亿人", "国家医保局"],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text)[0]?.speaker ?? null).toBe(speaker);
  });
  it.each([
    ["养老金 每年涨2% 还是有可能的", ["prediction"]],
    ["我觉得 养老金每年涨个一两个点 还是有可能的", ["prediction"]],
    ["明年翻一倍 也是有可能的", ["prediction"]],
    // near-misses: a time past makes it a report, as without the pause
    ["去年涨了2% 是有可能的", ["metric"]],
    ["去年涨了2%是有可能的", ["metric"]],
  ] as const)("%s → %j", (text, want) => {
    expect(claimsOf(text).map((c) => c.type)).toEqual(want);
  });
});

describe("phones audit: the side's commitment over caption spaces with a time set for it", () => {
  const types = (text: string) => claimsOf(text).map((c) => c.type);
  it.each([
    ["明年 我们 会 推出 五款 新机", ["plan"]],
    ["我们 明年 会 推出 五款 新机", ["plan"]],
    ["明年我们会推出五款新机", ["plan"]],
    ["明年 我们 会 开 10家 店", ["plan"]],
    // near-misses: with no time set a spaced modal stays a forecast; a past time tells what was; what will happen to
    // the side stays a forecast
    ["我们 会 开 10家 店", ["prediction"]],
    ["去年 我们 会 开 10家 店", ["metric"]],
    ["我们 明年 会 增长 两成", ["prediction"]],
  ] as const)("%s → %j", (text, want) => {
    expect(types(text)).toEqual(want);
  });
});

describe("phones audit: a units target named before its figure, a target met", () => {
  const types = (text: string) => claimsOf(text).map((c) => c.type);
  it.each([
    ["华为明年手机出货目标一亿台", ["plan"]],
    ["今年销量目标一百万台", ["plan"]],
    ["明年目标销量三十万台", ["plan"]],
    // near-misses: a target met tells what was done
    ["出货目标完成了120%", ["metric"]],
    ["销量目标完成了八成", ["metric"]],
    ["目标销量完成了120%", ["metric"]],
    ["去年完成了销量目标的八成", ["metric"]],
  ] as const)("%s → %j", (text, want) => {
    expect(types(text)).toEqual(want);
  });
});

describe("a week of one says how often: its 会 states a routine, unless the week is a time", () => {
  const types = (text: string) => claimsOf(text).map((c) => c.type);
  it.each([
    ["一周会有一两天加班", ["metric"]],
    ["一个星期会有三四天在外面跑", ["metric"]],
    ["我们一周会开两次会", ["metric"]],
    ["每周会有一两天加班", ["metric"]],
    // near-misses: a week that is a time is no routine; a year or a day of one is no frequency here
    ["这一周会涨5%", ["prediction"]],
    ["下一周会发布两款新品", ["prediction"]],
    ["一周后会涨5%", ["prediction"]],
    ["一年会增长20%", ["prediction"]],
    ["总有一天会涨到一百万", ["prediction"]],
    ["明年一周会有三天在办公室", ["prediction"]],
  ] as const)("%s → %j", (text, want) => {
    expect(types(text)).toEqual(want);
  });
});

describe("elections audit: an elected council is no forecast, 除非 is a condition", () => {
  const types = (text: string) => claimsOf(text).map((c) => c.type);
  it.each([
    // 会 ending the name of a council or an election body is no forecast
    ["立法会共有九十个议席", ["metric"]],
    ["新一届立法会共有九十个议席", ["metric"]],
    ["中选会公布投票率是六成", ["metric"]],
    // near-misses: a modal 会 after the name still forecasts
    ["立法会明年会有九十个议席", ["prediction"]],
    ["选委会会在下周公布五个选区的结果", ["prediction"]],
    // "unless" makes the figure a condition
    ["我觉得很难 除非他们的支持度能回到四成以上", ["hypothetical"]],
    // near-misses: 若 alone is no "if" (a given name, an idiom)
    ["王若飞说今年营收增长了20%", ["metric"]],
    ["有若干个选区的投票率超过六成", ["metric"]],
  ] as const)("%s → %j", (text, want) => {
    expect(types(text)).toEqual(want);
  });
});

describe("plans audit: a plan word over caption spaces, read as in prose", () => {
  it.each([
    // the plan word's own words parted by caption spaces (我们 要, 出货 目标, 目标 是, 营收 目标)
    ["今年 我们 要 卖 到 四千万台", "plan"],
    ["今年我们要卖到四千万台", "plan"],
    ["明年 出货 目标 一亿台", "plan"],
    ["明年出货目标一亿台", "plan"],
    ["今年 的 目标 是 卖 3000台", "plan"],
    ["今年 的 目標 是 賣 3000台", "plan"],
    ["明年 营收 目标 五十亿", "plan"],
    ["明年营收目标五十亿", "plan"],
    ["我们 计划 明年 开 两百家 店", "plan"],
    ["公司 打算 明年 招 五百 人", "plan"],
    ["我们的 目标 是 明年 营收 翻一番", "plan"],
    ["明年 我们 争取 做到 盈亏平衡 营收 十个亿", "plan"],
    ["我们 准备 投 三十个亿", "plan"],
    ["每年 开工 四到六台 这 是 我们的 目标", "plan"],
    // near-misses: a forecast about the market, a past, 要 of need, 要是 (if), a notCues word read over the spaces
    ["明年 市场 要 涨 到 四千万台", "prediction"],
    ["明年 销量 可能 会 到 四千万台", "prediction"],
    ["去年 我们 要 卖 到 四千万台 结果 只 卖 了 三千万", "metric"],
    ["这个 要 花 三年 时间", "metric"],
    ["做 一台 车 要 三万个 零件", "metric"],
    ["要是 明年 卖 到 四千万台", "hypothetical"],
    ["我们 要是 明年 卖 到 四千万台 就 好 了", "hypothetical"],
    ["我们 要 看到 今年 出口 增长 了 5%", "metric"],
    ["他们 比 原定 计划 提前 了 两个月", "metric"],
    ["我们 准备 了 1200张 床位", "metric"],
    ["去年 营收 目标 完成 了 九成", "metric"],
    ["去年营收目标完成了九成", "metric"],
    ["他 对 自我 要求 很 高 每天 跑 十公里", "metric"],
    // a first-person 要 of paying stays a duty over spaces too, also of repaying (还 房贷: 还 is no adverb there)
    ["每个月 我们 要 交 两万 的 房租", "metric"],
    ["每个月 我们 要 还 房贷 八千", "metric"],
    ["每个月我们要还房贷八千", "metric"],
    ["我们 还 要 招 三百 人", "plan"],
    ["我们 要 交付 三万台", "plan"],
  ] as [string, string][])("%s", (text, type) => expect(only(text).type).toBe(type));

  it.each(["你们 明年 要 卖 多少台", "你们 要 卖 多少台", "今年 主要 新增 了 三个 品类"])("%s plans nothing", (text) =>
    expect(claimsOf(text).filter((c) => c.type === "plan")).toEqual([]),
  );

  it.each([
    // a condition whose subject and hedge state its consequent on its own caption line reaches no later line
    ["要是 明年 经济 好 我们 可能 开 到 一千五百家\n我们 还 要 在 东南亚 开 五十家 店", ["hypothetical", "plan"]],
    ["要是明年经济好，我们可能开到一千五百家\n我们还要在东南亚开五十家店", ["hypothetical", "plan"]],
    // near-misses: the consequent on the next line, or a line that ends in the hedge, stays the condition's
    ["如果 明年 需求 好\n我们 能 卖 到 100万台", ["hypothetical"]],
    ["如果 需求 好 我们 可能\n再 扩产 两成", ["hypothetical"]],
  ] as [string, string[]][])("%s", (text, types) => expect(claimsOf(text).map((c) => c.type)).toEqual(types));
});

describe("pasttime audit: a month alone of an event past is no forecast of the next one", () => {
  const read = (text: string) => claimsOf(text).map((c) => [c.type, c.time?.start ?? null]);
  it.each([
    ["7月份政治局会议 提出要扩大内需 投资增长5%", [["metric", "2025-07-01"]]],
    ["7月份公布的数据显示 出口增长5%", [["metric", "2025-07-01"]]],
    ["3月份的时候 我们 已经 卖了 十万台", [["metric", "2025-03-01"]]],
    ["三月份 我们 卖了 十万台", [["metric", "2025-03-01"]]],
    // near-misses that stay forecasts and plans of what is to come
    ["7月份 我们 会 发布 新 产品 价格 五千", [["plan", "2026-07-01"]]],
    ["明年7月份 的 会议 会 提出 新目标 增长5%", [["prediction", "2026-07-01"]]],
    ["下个月 财报 会 公布 营收 增长 两成", [["prediction", "2026-01-01"]]],
    ["7月份 要 召开 的 会议 会 定 增长5%", [["prediction", "2026-07-01"]]],
  ] as const)("%s → %j", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("pasttime audit: a caption line naming a new subject (说到) ends the time of the lines before", () => {
  const read = (text: string) => claimsOf(text).map((c) => [c.type, c.time?.text ?? null]);
  it.each([
    [
      "后年 我们 要 上市\n说到 这个 行业\n整个 市场 规模 可能 有 两千亿",
      [
        ["plan", "后年"],
        ["metric", null],
      ],
    ],
    [
      "明年 我们 要 开 一百家 店\n谈到 海外\n我们 在 欧洲 有 三百家 门店",
      [
        ["plan", "明年"],
        ["metric", null],
      ],
    ],
    [
      "明年 我们 要 开 一百家 店\n说到 这些 店\n每家 店 投入 大概 五百万",
      [
        ["plan", "明年"],
        ["metric", null],
      ],
    ],
  ] as const)("%s → %j", (text, want) => {
    expect(read(text)).toEqual(want);
  });
  // near-misses: a figure picked up again (a numeral on the line) and the idiom 说到底 go on with the sentence, whose
  // last figure stays under its forecast
  it.each([
    ["明年 我们 要 开 一百家 店\n说到 这 一百家 店\n每家 店 投入 大概 五百万", ["prediction", null]],
    ["明年 我们 要 开 一百家 店\n说到底\n利润 要 做到 五个亿", ["prediction", null]],
  ] as const)("%s → last %j", (text, want) => {
    expect(read(text).at(-1)).toEqual(want);
  });
});

describe("demography audit: a spokesperson named after the title, an A-not-A question parted by a pause", () => {
  it.each([
    ["新闻发布会上，发言人付凌晖表示：去年出生人口954万人。", "付凌晖"],
    ["国家统计局新闻发言人付凌晖表示：去年出生人口954万人。", "付凌晖"],
    // near-misses: a deputy's title and a role label stay as they were
    ["新闻发布会上，副局长李芳表示：今年新增就业12万人。", "李芳"],
    ["发言人：去年出生人口954万人。", "发言人"],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text)[0]?.speaker ?? null).toBe(speaker);
  });
  it.each([
    // the two halves of 会不会, 能不能 parted by a caption pause still ask: no claim, no dated forecast
    ["主持人：明年 会 不会 跌破 八百万", []],
    ["主持人：明年 能 不能 跑赢 GDP", []],
    ["主持人：明年 有 没有 可能 回升 到 九百万", []],
    ["主持人：明年会不会跌破八百万", []],
    // near-misses: a plain forecast, a denial and a can with a cannot later in the clause stay claims
    ["嘉宾：明年 会 跌破 八百万", ["prediction"]],
    ["嘉宾：明年 不会 跌破 八百万", ["prediction"]],
  ] as const)("%s → %j", (text, want) => {
    expect(claimsOf(text).map((c) => c.type)).toEqual(want);
  });
});

describe("speakers audit: a name or a body before 说 (雷军说, 魏哲家说, 台积电说), a spokesperson of a body", () => {
  it.each([
    // a place between the name and 说, over caption spaces; 说明年 is 说 + 明年
    ["雷军 在 发布会 上 说 明年 要 卖 到 一千万台", "雷军"],
    ["雷军说明年要卖一千万台", "雷军"],
    ["雷军 也 说 明年 至少 涨 20%", "雷军"],
    // a given name that ends in 家 (向大家说 names no one)
    ["魏哲家说明年营收增长20%", "魏哲家"],
    // a body before 说, as written
    ["台积电说明年营收增长20%", "台积电"],
    ["台积电 说 明年 营收 增长 20%", "台积电"],
    ["业内人士说明年至少涨20%", "业内人士"],
    // a spokesperson of a body, the whole as written past six characters
    ["人社部新闻发言人表示 明年养老金上调2%", "人社部新闻发言人"],
    ["腾讯新闻发言人表示，明年至少涨20%", "腾讯新闻发言人"],
    // near-misses: the speaker's own 说, 说明 as a word, hearsay, people unnamed, a title alone, words that frame
    ["我说明年要卖一千万台", null],
    ["他说明年要卖一千万台", null],
    ["这说明明年需求很强 增长20%", null],
    ["说明书上写着3年保修", null],
    ["小说明年改编成电影 投资2亿", null],
    ["据说明年会涨价20%", null],
    ["听说明年要涨2%", null],
    ["大家说明年要涨2%", null],
    ["老师说明年要涨2%", null],
    ["有人说明年要涨2%", null],
    ["向大家说明年至少涨20%", null],
    ["很多人说明年至少涨20%", null],
    ["网上说明年至少涨20%", null],
    ["高手说明年至少涨20%", null],
    ["华为说明年至少涨20%", null],
    ["公司董事长说明年至少涨20%", null],
    ["可以说明年至少涨20%", null],
    ["换句话说明年至少涨20%", null],
    ["一般来说明年至少涨20%", null],
    ["老实说明年至少涨20%", null],
    ["严格说明年至少涨20%", null],
    ["简单说明年至少涨20%", null],
    ["何况说明年至少涨20%", null],
    ["开玩笑说明年至少涨20%", null],
    ["继续说明年至少涨20%", null],
    ["当时说明年至少涨20%", null],
    ["另一方面说明年至少涨20%", null],
    // a two-character name used once as a caption label is no label
    ["杨杰：明年我们会开30家店", null],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text)[0]?.speaker).toBe(speaker);
  });

  // a name of two characters is a person's: 他 and 雷总 point back to them
  it.each([
    ["雷军说明年要卖一千万台。他说后年还要卖到两千万台", ["雷军", "雷军"]],
    ["杨杰表示 中国移动明年资本开支会下降百分之十\n他说明年还会再建几十万个基站", ["杨杰", "杨杰"]],
    [
      "小米集团创始人雷军在发布会上表示，明年小米汽车要卖到四十万台。雷总还说，研发投入明年会超过三百亿元。他强调，海外市场的收入已经占到一半左右。",
      ["雷军", "雷军", "雷军"],
    ],
    [
      "台积电董事长魏哲家 在 法说会 上 说\n明年 营收 会 增长 差不多 百分之二十几\n魏总 也 提到 先进 制程 的 产能 明年 要 扩 一倍",
      ["魏哲家", "魏哲家"],
    ],
    [
      "记者：雷总，明年的销量目标是多少？\n雷军：我们明年的目标是卖到四千万台左右。\n记者：那海外呢？\n雷军：海外大概占六成。",
      ["雷军", "雷军"],
    ],
  ])("%s → %j", (text, speakers) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(speakers);
  });
});

describe("speakers audit review: a written thing a surname's character starts is no person before 说", () => {
  it.each([
    ["文章说明年至少涨20%", null],
    ["项目说明年要投5亿", null],
    // near-misses: a name of two characters and a body of three still speak
    ["雷军说明年要卖一千万台", "雷军"],
    ["新华社说今年增长5%", "新华社"],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text)[0]?.speaker ?? null).toBe(speaker);
  });
});

describe("livestream audit: an announcement is the announcer's commitment, a sales target after its measure", () => {
  it.each([
    ["在今天的发布会上，卢伟冰宣布，将从2026年1月1日起下调服务费，从5%降至3%。", "plan", "卢伟冰"],
    ["卢伟冰在发布会上宣布，明年将投入10亿元。", "prediction", "卢伟冰"],
    ["平台宣布将从明年起下调服务费至3%。", "plan", "平台"],
    ["明年我们会 再孵化十个达人 每个达人 月GMV 目标五百万", "plan", null],
    ["今年销售额目标五个亿", "plan", null],
    // near-misses: a time opening the clause names nobody; a report of what will happen stays a forecast
    ["去年宣布将投资的100亿元至今没有到位。", "metric", null],
    ["去年表示将投资的100亿元至今没有到位。", "metric", null],
    ["有消息称平台将下调服务费至3%。", "prediction", "消息"],
    ["今日头条宣布，明年将投入10亿元。", "prediction", "今日头条"],
  ] as [string, string, string | null][])("%s → %s by %s", (text, type, speaker) => {
    const c = claimsOf(text)[0];
    expect([c?.type, c?.speaker ?? null]).toEqual([type, speaker]);
  });
});

describe("livestream audit: a stamped caption line adds no figure to the line before", () => {
  it("00:12:15 after a price states no sum of 0", () => {
    const c = claimsOf("00:12:03 女主播：今天 到手价 五百九十九\n00:12:15 女主播：只有 二百件 卖完 不补\n");
    expect(c.flatMap((x) => x.quantities.map((q) => q.text))).toEqual(["五百九十九", "二百件"]);
  });
});

describe("asked audit: a question spoken in caption pauses claims nothing, its time dates no forecast", () => {
  // each claim as type@time:figures
  const brief = (text: string) =>
    claimsOf(text).map((c) => `${c.type}@${c.time?.text ?? "-"}:${c.quantities.map((q) => q.text).join(",")}`);
  it.each([
    ["主持人：明年 目标 是 多少", []],
    ["主持人：你们 明年 要 卖 多少台", []],
    ["明年 能 卖 多少台", []],
    ["今年 营收 大概 多少", []],
    ["后年 会 涨 到 几成", []],
    ["明年 大概 什么 时候 上市", []],
    ["明年 会 在 哪些 城市 开 新 店", []],
    ["那 明年 呢", []],
    ["主持人：明年 目标 是 多少\n嘉宾：明年 我们 要 做到 一百亿", ["plan@明年:一百亿"]],
    // their prose forms
    ["明年目标是多少", []],
    ["你们明年要卖多少台", []],
    ["明年大概什么时候上市", []],
    ["后年会涨到几成", []],
    ["那明年呢？", []],
    // near-misses: an answer after the question on its line, more words after the word that asks, a verb of not
    // knowing, a statement before a question turned to the listener, 多少 as "somewhat", 多少钱 in a statement
    ["明年 目标 是 多少 我们 定 的 是 一百亿", ["plan@明年:一百亿"]],
    ["明年 会 上市 具体 什么 时候 还 没 定", ["prediction@明年:"]],
    ["明年 会 上市 什么 时候 待定", ["prediction@明年:"]],
    ["明年 会 上市 但 具体 什么 时候 我 也 说 不 上来", ["prediction@明年:"]],
    ["明年 会 怎样 不知道", ["prediction@明年:"]],
    ["明年 我们 会 涨 价 你 觉得 能 涨 几成", ["prediction@明年:"]],
    ["明年 多少 会 涨 一点", ["prediction@明年:"]],
    ["明年多少会涨一点。", ["prediction@明年:"]],
    ["明年 价格 多少 还是 会 涨", ["prediction@明年:"]],
    ["不管 多少钱 明年 我们 都 要 投 十个亿", ["plan@明年:十个亿"]],
    ["明年 我们 会 推出 新车", ["plan@明年:"]],
  ] as [string, string[]][])("%s → %j", (text, claims) => {
    expect(brief(text)).toEqual(claims);
  });

  // 多少会员 still asks how many members
  it.each(["明年能有多少会员", "明年 会员 能 到 多少"])("%s claims nothing", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe("carry audit: a time to come reaches later caption lines only while they go on with its forecast", () => {
  // the claim that holds a figure: its type and the start of its time
  const readingOf = (text: string, figure: string) => {
    const c = claimsOf(text).find((x) => x.quantities.some((q) => q.text === figure));
    return [c?.type, c?.time?.start ?? null];
  };
  it.each([
    // a line that opens a new description (你 看 …, 我们 这个 X) of no forecast word: the plant as it is
    [
      "明年 开始 我们 会 全面 转向 电动化\n你 看 我们 这个 工厂\n占地 有 三百亩\n年产 可以 到 二十万辆",
      "三百亩",
      "metric",
      null,
    ],
    [
      "明年 开始 我们 会 全面 转向 电动化\n你 看 我们 这个 工厂\n占地 有 三百亩\n年产 可以 到 二十万辆",
      "二十万辆",
      "metric",
      null,
    ],
    ["明年 开始 我们 会 全面 转向 电动化\n你 看 这个 工厂\n占地 有 三百亩", "三百亩", "metric", null],
    ["明年 开始 我们 会 全面 转向 电动化\n我们 这个 工厂 占地 有 三百亩", "三百亩", "metric", null],
    ["明年 我们 计划 开 新 店\n你 看 我们 这家 店\n一年 营收 两千万", "两千万", "metric", null],
    // a line that tells of the past (做 过, 已经, 以前 … 过)
    [
      "明年三月 我们 会 发布 新 系统\n之前 我们 做 过 一个 调查\n大概 有 七成 的 用户 希望 有 这个 功能",
      "七成",
      "metric",
      null,
    ],
    [
      "明年三月 我们 会 发布 新 系统\n我们 已经 调查 了 一下\n大概 有 七成 的 用户 希望 有 这个 功能",
      "七成",
      "metric",
      null,
    ],
    ["明年 我们 会 扩产\n我们 以前 试 过 很多 次\n产能 五十万辆", "五十万辆", "metric", null],
    // near-misses: lines that go on with the forecast keep its time
    ["明年 我们 要\n把 这个 事情 做好\n营收 做到 一百亿", "一百亿", "prediction", "2026-01-01"],
    ["明年 我们 预计\n销量 会 到 五十万台", "五十万台", "prediction", "2026-01-01"],
    // (a line right after one that ends in a forecast word goes on with it, whatever it opens with)
    ["明年 我们 预计\n我们 这个 产品 销量 一百万台", "一百万台", "prediction", "2026-01-01"],
    // (你 看 alone is a filler, no description)
    ["明年 我们 的 目标 是\n你 看 啊\n营收 做到 一百亿", "一百亿", "prediction", "2026-01-01"],
    // (到 时候 goes on from the forecast past a description)
    ["明年 会 扩产\n你 看 我们 这个 工厂\n到 时候 产能 五十万辆", "五十万辆", "prediction", "2026-01-01"],
    // (了 of a step still to come, 过 as a verb or before a count: no past)
    ["明年 我们 会 扩产\n等 工厂 建 好 了 以后\n产能 五十万辆", "五十万辆", "prediction", "2026-01-01"],
    ["明年 我们 会 扩产\n有 了 新 工厂\n产能 五十万辆", "五十万辆", "prediction", "2026-01-01"],
    ["明年 我们 会 扩产\n过 了 年 以后\n产能 五十万辆", "五十万辆", "prediction", "2026-01-01"],
    // (a word of now with its own figure after it on the line between dates that figure, not the talk)
    ["未来 三年\n从 现在 的 两百家\n扩 到 五百家", "五百家", "prediction", "2025-12-18"],
    ["明年 我们 会 扩产\n之前 卖 过 三万台\n产能 五十万辆", "五十万辆", "prediction", "2026-01-01"],
    // (a forecast word on the line between goes on with it)
    ["明年 我们 会 扩产\n我们 这个 工厂 会 扩 到 五百亩\n产能 五十万辆", "五十万辆", "prediction", "2026-01-01"],
  ])("%s: %s → %s %s", (text, figure, type, start) => {
    expect(readingOf(text, figure)).toEqual([type, start]);
  });
});

describe("connectives audit: a connective opening the clause before a reporting verb is no part of its speaker", () => {
  it.each([
    ["然后台积电说明年营收增长20%", "台积电"],
    ["所以台积电说明年营收增长20%", "台积电"],
    ["然后 台积电 说 明年 营收 会 增长 百分之二十", "台积电"],
    ["但是 魏哲家 表示 明年 营收 会 增长 百分之二十", "魏哲家"],
    ["其实黄仁勋说过 明年 需求 会 增长 一倍", "黄仁勋"],
    ["然后 谷歌 官方 说 明年 会 增长 百分之二十", "谷歌"],
    ["然后据知情人士透露 明年会裁员两千人", "知情人士"],
    // a filler before a caption pause (那, 就是)
    ["那 雷军 说 明年 要 卖 一千万台", "雷军"],
    ["就是 雷军 说 明年 要 卖 一千万台", "雷军"],
    // near-misses: the clause names nobody once the connective is gone, or the filler is a word of the subject
    ["然后我说 明年 要 卖 一千万台", null],
    ["所以大家说明年要卖一千万台", null],
    ["然后这说明明年会增长20%", null],
    ["所以说明年会增长20%", null],
    ["同时表示明年会增长20%", null],
    ["那家公司说明年要卖一千万台", null],
    ["那么多人表示明年会涨20%", null],
    ["另外一家公司表示明年会涨20%", null],
  ])("%s → %s", (text, speaker) => {
    expect(claimsOf(text)[0]?.speaker).toBe(speaker);
  });
});
