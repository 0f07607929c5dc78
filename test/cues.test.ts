// Every cue in data/zh/cues.yaml carries an example sentence; each example must find its own cue, so a cue that the
// matcher can never see (shadowed by a notCues word, mistyped) fails here.
import { describe, expect, it } from "vitest";
import { beforeFigureVerb, cueData, cueGroups, findCues } from "../src/recognize/cues.js";

const examples = cueGroups.flatMap((group) => cueData[group].map((c) => [group, c.word, c.example] as const));

describe("each cue finds itself in its example", () => {
  it.each(examples)("%s %s: %s", (group, word, example) => {
    // a plan word that closes with the figure's own verb (目标翻) is found less that verb
    // a question parted by a caption pause (会 不会) is found as the question itself (会不会)
    const found = group === "plan" ? beforeFigureVerb(word) : group === "question" ? word.replaceAll(" ", "") : word;
    expect(findCues(example).some((c) => c.group === group && c.word === found)).toBe(true);
  });
});

describe("a cue next to a word that only contains it", () => {
  it.each([
    ["要是价格涨了20%怎么办", "要是"],
    ["主要是成本，要是价格再涨20%就亏了", "要是"],
  ])("%s keeps %s", (text, word) => {
    expect(findCues(text).some((c) => c.group === "hypothetical" && c.word === word)).toBe(true);
  });
});

describe("words that contain a cue without being one", () => {
  it.each([
    ["这是一个很好的机会", "prediction"],
    ["他参加了一个会议", "prediction"],
    ["社会会慢慢形成共识", "prediction"],
    ["这说明了问题", "attribution"],
    ["最近几年发展很快", "prediction"],
    ["主要是成本上涨了20%", "hypothetical"],
    ["增长主要是海外市场带来的", "hypothetical"],
    ["最重要是用户增长了20%", "hypothetical"],
    ["我们需要是收入增长20%", "hypothetical"],
    ["只要是会员都能打8折", "hypothetical"],
    ["十年的心血毁于一旦", "hypothetical"],
  ])("%s", (text, group) => {
    const hits = findCues(text).filter((c) => c.group === group);
    // 社会会: the second 会 is the cue, the first belongs to 社会
    expect(
      hits.every((h) => !(text.slice(h.start - 1, h.end) === "社会" || text.slice(h.start, h.end + 1) === "会议")),
    ).toBe(true);
    if (text !== "社会会慢慢形成共识") expect(hits).toEqual([]);
  });
});

describe("a one-character cue parted by caption spaces from a word it belongs to", () => {
  it.each([
    ["开 会 3个 小时", false],
    ["我们 开 会 开了 3个 小时", false],
    ["社 会 发展", false],
    // negatives: the modal, parted by spaces, stays a cue
    ["客流 会 增长 两成", true],
    ["明年 会 增长", true],
    ["价格 还 会 跌 5%", true],
  ] as const)("%s: 会 is a forecast %s", (text, found) => {
    expect(findCues(text).some((c) => c.group === "prediction" && c.word === "会")).toBe(found);
  });
});

describe("a hedge and a reaching verb parted by caption spaces forecast", () => {
  it.each([
    ["登陆 时 风力 可能 达到 13级", true],
    ["销量 应该 能 达到 5万台", true],
    // negatives: 了 after the verb in its clause, a word of the present before the hedge
    ["去年 风力 可能 达到 了 13级", false],
    ["目前 用户 大概 达到 3000万", false],
  ] as const)("%s: %s", (text, found) => {
    expect(findCues(text).some((c) => c.group === "prediction" && c.word.length > 2)).toBe(found);
  });
});

describe("a hedge, an aid and a doubling forecast it; the cue stops before the figure (cues.yaml reachFigureVerbs)", () => {
  it.each([
    ["今年应该能翻倍", "应该能"],
    ["今年收入应该能翻一番", "应该能"],
    ["明年估计能翻三倍", "估计能"],
    // negatives: 了 after the doubling, 翻 with no numeral after it
    ["去年应该翻倍了", null],
    ["这个行业应该能翻身", null],
  ] as const)("%s: %s", (text, word) => {
    expect(findCues(text).find((c) => c.group === "prediction")?.word ?? null).toBe(word);
  });
});

describe("words named with a cue word (a meeting, a show, a reserve) are not the cue", () => {
  it.each([
    ["大型演唱会今年办了3000场", "prediction"],
    ["今年一共开了12次董事会", "prediction"],
    ["股东会通过了分红方案", "prediction"],
    ["新品发布会上宣布降价10%", "prediction"],
    ["世界人工智能大会和博览会吸引了30万人", "prediction"],
    ["公司年会上宣布全年营收增长了30%", "prediction"],
    ["春节联欢晚会的收视率是10%", "prediction"],
    ["今年的峰会吸引了500家企业", "prediction"],
    ["现在的赛会纪录是2小时", "prediction"],
    ["这次展会吸引了30万人次", "prediction"],
    ["庙会期间接待游客20万人次", "prediction"],
    ["元宵灯会吸引了50万游客", "prediction"],
    ["温州商会有3000多家会员企业", "prediction"],
    ["这次订货会签约了30亿元", "prediction"],
    ["欢迎参加二零二五年第三季度业绩电话会", "prediction"],
    ["今天是上半年业绩沟通会", "prediction"],
    ["欢迎参加2025财年第一季度业绩会", "prediction"],
    ["城市推介会吸引了200家企业", "prediction"],
    ["我们公会现在有二十个主播", "prediction"],
    ["明年我计划开一个自己的公会，先签二十个左右的主播", "prediction"],
    ["央行下调存款准备金率0.5个百分点", "plan"],
    ["青岛是计划单列市", "plan"],
    ["计划生育政策实施了30多年", "plan"],
    // 争取 of what was won, or of time: no aim
    ["我们争取到了30亿元的订单", "plan"],
    ["去年争取了5亿元的补贴", "plan"],
    ["这几年争取过3次", "plan"],
    ["大家要争取时间", "plan"],
    // 目标 reached already: no aim
    ["这个目标做到了三成", "plan"],
    ["去年目标达到了八成", "plan"],
    ["目标实现了一半", "plan"],
    ["去年的目标翻了一番", "plan"],
    // 拟 inside another word (模拟, 虚拟, 拟合): no intention
    ["模拟测算显示损失5亿元", "plan"],
    ["虚拟电厂装机达到300万千瓦", "plan"],
    ["模型拟合度达到0.95", "plan"],
    // a programme named with 计划, and the plan as a thing had (有…计划 ending its clause)
    ["强基计划的考生，高考成绩占85%", "plan"],
    ["千人计划引进了300名专家", "plan"],
    // a platform's programme for creators (creators audit)
    ["激励计划一个月也就几千块钱", "plan"],
    ["平台的伙伴计划分了我们三成", "plan"],
    ["我们在全国31个省份都有招生计划，其中西部省份增加了15%", "plan"],
    ["每个学院都有培养计划。", "plan"],
  ])("%s has no %s cue", (text, group) => {
    expect(findCues(text).filter((c) => c.group === group)).toEqual([]);
  });

  // near-misses: the cue word itself, or a time before it (明年会 is 明年 + 会, not 年会)
  it.each([
    ["明年会发布一款新模型", "prediction", "会"],
    ["五年会翻一番", "prediction", "会"],
    ["今晚会公布结果", "prediction", "会"],
    ["用电高峰会达到1.2亿千瓦", "prediction", "会"],
    ["明年会议上会宣布", "prediction", "会"],
    ["董事会会在明年批准", "prediction", "会"],
    ["大会会在明年召开", "prediction", "会"],
    ["展会明年会扩大到5万平方米", "prediction", "会"],
    ["比赛会在明年举行", "prediction", "会"],
    ["经济发展会放缓到5%", "prediction", "会"],
    ["电商会继续增长20%", "prediction", "会"],
    ["我老公会带二十个人过来", "prediction", "会"],
    ["外公会在明年搬过来", "prediction", "会"],
    ["路灯会减少30%的能耗", "prediction", "会"],
    ["我的建议会节省20%的成本", "prediction", "会"],
    ["我们准备明年上市", "plan", "准备"],
    ["明年计划生产30万辆", "plan", "计划"],
    ["明年争取新开200家店", "plan", "争取"],
    ["呃，争取达到5.5%", "plan", "争取"],
    ["全年爭取增長5.5%", "plan", "爭取"],
    ["明年目标做到三成", "plan", "目标做到"],
    ["今年GDP增长目标定在5%左右", "plan", "目标定在"],
    // 目标 and the figure's own verb: the cue stops before 翻, the figure's text (audit climate)
    ["明年目标翻一番", "plan", "目标"],
    ["十四五末PM2.5浓度要控制在二十八以下", "plan", "要控制在"],
    ["拟安排地方政府专项债券4.4万亿元", "plan", "拟安排"],
    ["公司拟募集资金10亿元", "plan", "拟募集"],
    // 计划 as an intention: 有 right before it, a classifier announcing it, no 有, or 有 out of its clause
    ["我们有计划，明年开100家店", "plan", "计划"],
    ["我们有一个计划，明年开100家店", "plan", "计划"],
    ["我们计划明年招生5000人", "plan", "计划"],
    ["我们有200家店，计划明年再开100家", "plan", "计划"],
    ["我们有200家店，明年的计划", "plan", "计划"],
    ["年内没有调价计划。", "plan", "计划"],
    ["明年目標達到50億元", "plan", "目標達到"],
  ])("%s keeps the %s cue %s", (text, group, word) => {
    expect(findCues(text).some((c) => c.group === group && c.word === word)).toBe(true);
  });

  // each guarded entry's example must hide the cue inside it
  const guarded = cueData.notCues.flatMap((n) => (typeof n === "string" ? [] : [n]));
  it.each(guarded.map((n) => [n.words[0], n.example] as const))("%s: %s", (_word, example) => {
    expect(findCues(example).filter((c) => c.group === "prediction")).toEqual([]);
  });
});

describe("a particle at the end of a clause asks with no ？", () => {
  it.each([
    ["你们明年营收能到100亿吗", "吗"],
    ["明年會上市嗎\n", "嗎"],
    ["如果续集票房也过50亿呢", "呢"],
    ["利润率是多少呢 我们还在算", "呢"],
    ["那明年呢", "呢"],
    ["营收能到几个亿呢", "呢"],
    // 呢 right after a plan or forecast noun (askNouns) asks about it
    ["主持人：明年的目标呢", "呢"],
    ["你们下半年的计划呢 我们打算扩张", "呢"],
  ])("%s asks (%s)", (text, word) => {
    expect(findCues(text).some((c) => c.group === "question" && c.word === word)).toBe(true);
  });

  // negatives: 呢 with no word that asks (emphatic), a numeral 几 (十几, 几百), 几乎, 那时候, a rhetorical 难道…吗, a
  // particle inside a clause, and 吗？ (the cue 吗？ of its own, not a second one)
  it.each([
    "我们今年营收是100亿呢",
    "我们卖了十几万台呢",
    "几百万人都在用呢",
    "销量几乎翻了一番呢",
    "那时候我们才100人呢",
    "难道不是增长了20%吗",
    "吗啡的用量减少了30%",
    "你们好吗我们很好",
    // near-misses of askNouns: 呢 after a figure or a verb, a plan noun inside the clause
    "我们明年目标是100亿呢",
    "明年的计划还要扩张呢",
  ])("%s", (text) => {
    expect(findCues(text).filter((c) => c.group === "question" && c.word.length === 1 && c.word !== "？")).toEqual([]);
  });
});

describe("那会儿 (back then) holds 会 without a forecast", () => {
  const forecasts = (text: string) => findCues(text).filter((c) => c.group === "prediction");
  it.each(["疫情那会儿线上课是百分之百", "那会儿公司只有20个人", "那會兒公司只有20個人"])(
    "%s: no forecast cue",
    (text) => expect(forecasts(text)).toEqual([]),
  );
  // near-misses: 那 + 会 the verb, 那 + 会议
  it.each([
    ["那我们会招20个人", ["会"]],
    ["那会不会超过20个人", ["会", "会"]],
  ])("%s keeps %j", (text, words) => expect(forecasts(text).map((c) => c.word)).toEqual(words));
  it("那会议 is a meeting", () => expect(forecasts("那会议上说了20个人")).toEqual([]));
});

describe("realestate audit: 呢 after a pace, an arrangement or a budget asks", () => {
  const asks = (text: string) => findCues(text).some((c) => c.group === "question" && c.word === "呢");
  it.each(["你们明年拿地的节奏呢", "主持人：明年的安排呢", "那明年的预算呢"])("%s asks", (text) =>
    expect(asks(text)).toBe(true),
  );
  // near-miss: 呢 after a verb ends a statement
  it("明年的节奏还要再快一点呢 states", () => expect(asks("明年的节奏还要再快一点呢")).toBe(false));
});

describe("plans audit: plan words read over caption spaces", () => {
  const plans = (text: string) => findCues(text).filter((c) => c.group === "plan");
  it.each([
    ["今年 我们 要 卖 到 四千万台", "我们要", "我们 要"],
    ["明年 出货 目标 一亿台", "出货目标", "出货 目标"],
    ["今年 的 目标 是 卖 3000台", "目标是", "目标 是"],
    ["明年 目标 翻一番", "目标", "目标"],
    ["明年 目标 翻 一番", "目标", "目标"],
  ])("%s: %s", (text, word, span) => {
    const hit = plans(text).find((c) => c.word === word);
    expect(hit && text.slice(hit.start, hit.end)).toBe(span);
  });
  // near-misses: a notCues word over the spaces, a word of no plan, a plan word as written is not read twice
  it.each([
    "我们 要 看到 今年 出口 增长 了 5%",
    "自我 要求 很 高",
    "主要 新增 了 三个 品类",
    "我们 准备 了 1200张 床位",
  ])("%s: no plan", (text) => expect(plans(text)).toEqual([]));
  it("我们要 卖 is one plan word", () =>
    expect(plans("今年我们要 卖 到 四千万台").map((c) => c.word)).toEqual(["我们要"]));
});
