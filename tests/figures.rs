//! The figure recogniser on hand-written sentences in the genre's style, one
//! group per kind, qualifier and trap, and on the seed report.

mod common;

use baogao::report::figures::{recognise, Figures, Kind};
use baogao::report::parse;
use Kind::{Count, Date, Measure, Money, Percent, Rank};

/// The figures of a sentence as (text, kind, value).
fn found(sentence: &str) -> Vec<(String, Kind, Option<f64>)> {
    recognise(sentence)
        .into_iter()
        .map(|f| (sentence[f.range.clone()].to_owned(), f.kind, f.value))
        .collect()
}

/// Checks that a sentence holds exactly these figures.
fn expect(sentence: &str, expected: &[(&str, Kind, f64)]) {
    let actual = found(sentence);
    let wanted: Vec<(String, Kind, Option<f64>)> = expected
        .iter()
        .map(|&(text, kind, value)| (text.to_owned(), kind, (!value.is_nan()).then_some(value)))
        .collect();
    assert_eq!(actual, wanted, "in: {sentence}");
}

/// A sentence and the figures it holds: (text, kind, value).
type Case = (&'static str, &'static [(&'static str, Kind, f64)]);

/// A rank with no place (前列).
const NONE: f64 = f64::NAN;

#[test]
fn money() {
    let cases: &[Case] = &[
        (
            "全年完成固定资产投资734亿元。",
            &[("734亿元", Money, 7.34e10)],
        ),
        ("发放综合消费券1.05亿元。", &[("1.05亿元", Money, 1.05e8)]),
        ("发放购车补贴5500万元。", &[("5500万元", Money, 5.5e7)]),
        ("实际到位外资3.7亿美元。", &[("3.7亿美元", Money, 3.7e8)]),
        ("挽回职工经济损失1090万元。", &[("1090万元", Money, 1.09e7)]),
        (
            "地区生产总值达到2.1万亿元。",
            &[("2.1万亿元", Money, 2.1e12)],
        ),
        (
            "人均可支配收入达到68500元。",
            &[("68500元", Money, 68500.0)],
        ),
        (
            "人均可支配收入达到68,500元。",
            &[("68,500元", Money, 68500.0)],
        ),
        ("安排专项资金２．５亿元。", &[("２．５亿元", Money, 2.5e8)]),
        ("争取中央预算内资金超10亿元。", &[("超10亿元", Money, 1e9)]),
        ("带动社会投资近200亿元。", &[("近200亿元", Money, 2e10)]),
        ("撬动金融资本约50亿元。", &[("约50亿元", Money, 5e9)]),
        ("吸引投资逾百亿元的项目落地。", &[("逾百亿元", Money, 1e10)]),
        ("打造千亿级产业集群，惠及千家万户。", &[]),
        ("单个项目补助最高500万元。", &[("500万元", Money, 5e6)]),
        (
            "进出口总额1200亿元人民币。",
            &[("1200亿元人民币", Money, 1.2e11)],
        ),
        ("完成投资1.5-2万元每户。", &[("1.5-2万元", Money, 15000.0)]),
        ("新增贷款300亿元以上。", &[("300亿元以上", Money, 3e10)]),
        ("节约财政资金3000多万元。", &[("3000多万元", Money, 3e7)]),
        ("实现营业收入2000余亿元。", &[("2000余亿元", Money, 2e11)]),
        ("利用港澳台资金2.4亿港元。", &[("2.4亿港元", Money, 2.4e8)]),
        (
            "减负降本85.54亿元，办理留抵退税56.9亿元。",
            &[("85.54亿元", Money, 8.554e9), ("56.9亿元", Money, 5.69e9)],
        ),
        (
            "中长期贷款额度10.43亿元。",
            &[("10.43亿元", Money, 1.043e9)],
        ),
        ("每人每月发放补贴300元。", &[("300元", Money, 300.0)]),
        ("财政收入达到百亿元级。", &[]),
        (
            "总投资618亿元，居全市前列。",
            &[("618亿元", Money, 6.18e10), ("居全市前列", Rank, NONE)],
        ),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

#[test]
fn percent() {
    let cases: &[Case] = &[
        ("地区生产总值同比增长1.2%。", &[("1.2%", Percent, 1.2)]),
        ("服务业占比91%以上。", &[("91%以上", Percent, 91.0)]),
        ("覆盖面拓宽近12%。", &[("近12%", Percent, 12.0)]),
        (
            "城镇调查失业率下降0.5个百分点。",
            &[("0.5个百分点", Percent, 0.5)],
        ),
        ("预期增长5.5%左右。", &[("5.5%左右", Percent, 5.5)]),
        ("研发投入强度达到3.2％。", &[("3.2％", Percent, 3.2)]),
        (
            "空气优良率提高到百分之九十。",
            &[("百分之九十", Percent, 90.0)],
        ),
        (
            "居民收入增长与经济增长同步，增长5%—6%。",
            &[("5%—6%", Percent, 5.0)],
        ),
        (
            "全年预计同比增长2.2%、1.6%。",
            &[("2.2%", Percent, 2.2), ("1.6%", Percent, 1.6)],
        ),
        ("开工率、落地率均为100%。", &[("100%", Percent, 100.0)]),
        ("税收占比稳定在93.3%以上。", &[("93.3%以上", Percent, 93.3)]),
        (
            "城镇调查失业率控制在5.5%以内。",
            &[("5.5%以内", Percent, 5.5)],
        ),
        ("粮食自给率保持在95%上下。", &[("95%上下", Percent, 95.0)]),
        ("确保增长5%以上。", &[("5%以上", Percent, 5.0)]),
        ("单位GDP能耗降低3%。", &[("3%", Percent, 3.0)]),
        ("提高一个百分点。", &[("一个百分点", Percent, 1.0)]),
        ("出生人口性别比下降2.3‰。", &[("2.3‰", Percent, 2.3)]),
        (
            "数字经济核心产业增加值占GDP比重达到12.5%。",
            &[("12.5%", Percent, 12.5)],
        ),
        ("不良贷款率不超过1.5%。", &[("不超过1.5%", Percent, 1.5)]),
        ("完成率不低于90%。", &[("不低于90%", Percent, 90.0)]),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

#[test]
fn growth_or_level() {
    let growth =
        |sentence: &str| -> Vec<bool> { recognise(sentence).iter().map(|f| f.growth).collect() };
    assert_eq!(
        growth("地区生产总值同比增长1.2%，增幅居全市第8。"),
        [true, false]
    );
    assert_eq!(growth("服务业占比91%以上。"), [false]);
    assert_eq!(growth("失业率下降0.5个百分点。"), [true]);
    assert_eq!(growth("占比提高0.8个百分点，达到45%。"), [true, false]);
    assert_eq!(growth("全年预计同比增长2.2%、1.6%。"), [true, true]);
    assert_eq!(growth("研发经费投入强度达到3.2%。"), [false]);
    assert_eq!(growth("规上工业增加值增速达到7.5%。"), [true]);
    assert_eq!(growth("居民人均可支配收入年均增长6.5%。"), [true]);
    assert_eq!(growth("能耗强度降低3%。"), [true]);
    assert_eq!(growth("开工率100%。"), [false]);
    // The level reached is not the change.
    assert_eq!(growth("覆盖率由80%提升至95%。"), [false, false]);
    assert_eq!(
        growth("比重提高到68.5%，较上年提升2.3个百分点。"),
        [false, true]
    );
    // 增加值 is value added, not an increase.
    assert_eq!(growth("数字经济核心产业增加值占GDP比重达到15%。"), [false]);
    assert_eq!(growth("规上工业增加值增长7.5%。"), [true]);
    // Counts and money are never growth.
    assert_eq!(growth("新增就业增长3.4万人。"), [false]);
}

#[test]
fn counts() {
    let cases: &[Case] = &[
        ("首期入驻企业28家。", &[("28家", Count, 28.0)]),
        ("引进大学生3.4万名。", &[("3.4万名", Count, 34000.0)]),
        (
            "累计检测服务群众1.14亿人次。",
            &[("1.14亿人次", Count, 1.14e8)],
        ),
        ("沉着应对50余场突发疫情。", &[("50余场", Count, 50.0)]),
        ("新增停车位14539个。", &[("14539个", Count, 14539.0)]),
        ("开工共有产权房1000套。", &[("1000套", Count, 1000.0)]),
        ("市场主体新增2.3万余户。", &[("2.3万余户", Count, 23000.0)]),
        ("吸引游客超6万人次。", &[("超6万人次", Count, 60000.0)]),
        ("完成接种70.73万剂次。", &[("70.73万剂次", Count, 707300.0)]),
        ("两项指标实现回正。", &[("两项", Count, 2.0)]),
        ("新建五所学校。", &[("五所", Count, 5.0)]),
        ("建成十七个社区服务中心。", &[("十七个", Count, 17.0)]),
        (
            "引进高层次人才1435名，培育工匠二十名。",
            &[("1435名", Count, 1435.0), ("二十名", Count, 20.0)],
        ),
        ("新获评7位省特级教师。", &[("7位", Count, 7.0)]),
        (
            "新增国家高新技术企业161家、省科技型中小企业460家。",
            &[("161家", Count, 161.0), ("460家", Count, 460.0)],
        ),
        (
            "出让经营性用地14宗515亩。",
            &[("14宗", Count, 14.0), ("515亩", Measure, 515.0)],
        ),
        ("新增城镇就业人员3.4万人。", &[("3.4万人", Count, 34000.0)]),
        ("新增城镇就业8000人以上。", &[("8000人以上", Count, 8000.0)]),
        ("全市常住人口达到1237万。", &[("1237万", Count, 1.237e7)]),
        ("发放2轮综合消费券。", &[("2轮", Count, 2.0)]),
        (
            "改造老旧小区60个，加装电梯200台。",
            &[("60个", Count, 60.0), ("200台", Count, 200.0)],
        ),
        ("新增公交车辆120辆。", &[("120辆", Count, 120.0)]),
        ("新增养老床位1500张。", &[("1500张", Count, 1500.0)]),
        ("办理民生实事10件。", &[("10件", Count, 10.0)]),
        ("全年举办各类活动100多场。", &[("100多场", Count, 100.0)]),
        ("查处违法案件326起。", &[("326起", Count, 326.0)]),
        ("新增授权发明专利5200件。", &[("5200件", Count, 5200.0)]),
        ("建成5G基站3500个。", &[("3500个", Count, 3500.0)]),
        (
            "新增上市公司4家，累计达到56家。",
            &[("4家", Count, 4.0), ("56家", Count, 56.0)],
        ),
        ("培训农民2.5万人次。", &[("2.5万人次", Count, 25000.0)]),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

#[test]
fn measures() {
    let cases: &[Case] = &[
        (
            "加快建设97条55.5公里道路。",
            &[("97条", Count, 97.0), ("55.5公里", Measure, 55.5)],
        ),
        (
            "新增绿地71.8万平方米。",
            &[("71.8万平方米", Measure, 718000.0)],
        ),
        (
            "PM2.5平均浓度30.8微克/立方米。",
            &[("30.8微克/立方米", Measure, 30.8)],
        ),
        (
            "轨道交通密度提升至0.7公里/平方公里。",
            &[("0.7公里/平方公里", Measure, 0.7)],
        ),
        ("腾挪超600亩工业用地空间。", &[("超600亩", Measure, 600.0)]),
        (
            "新增造林面积1.2万公顷。",
            &[("1.2万公顷", Measure, 12000.0)],
        ),
        (
            "粮食总产量达到21.6万吨。",
            &[("21.6万吨", Measure, 216000.0)],
        ),
        (
            "新增光伏装机容量30万千瓦。",
            &[("30万千瓦", Measure, 300000.0)],
        ),
        (
            "港口集装箱吞吐量达到120万标箱。",
            &[("120万标箱", Measure, 1.2e6)],
        ),
        ("5天时间实现社会面清零。", &[("5天", Measure, 5.0)]),
        ("新建污水管网35千米。", &[("35千米", Measure, 35.0)]),
        ("整治河道12.6公里。", &[("12.6公里", Measure, 12.6)]),
        (
            "建成区面积达到180平方公里。",
            &[("180平方公里", Measure, 180.0)],
        ),
        (
            "节约标准煤3.2万吨标准煤。",
            &[("3.2万吨标准煤", Measure, 32000.0)],
        ),
        ("审批时间压缩至3个月以内。", &[("3个月以内", Measure, 3.0)]),
        ("用电量达到45亿千瓦时。", &[("45亿千瓦时", Measure, 4.5e9)]),
        (
            "粮食产量1.39万亿斤，再创历史新高。",
            &[("1.39万亿斤", Measure, 1.39e12)],
        ),
        (
            "新建住房面积约120万平方米。",
            &[("约120万平方米", Measure, 1.2e6)],
        ),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

#[test]
fn ranks() {
    let cases: &[Case] = &[
        ("增幅居全市第8。", &[("居全市第8", Rank, 8.0)]),
        ("开工率居全省第一。", &[("居全省第一", Rank, 1.0)]),
        ("获全国第一。", &[("全国第一", Rank, 1.0)]),
        ("改善率居全市前列。", &[("居全市前列", Rank, NONE)]),
        (
            "新增普惠型托育机构居全市首位。",
            &[("居全市首位", Rank, 1.0)],
        ),
        ("获金牌和奖牌总数第二。", &[("总数第二", Rank, 2.0)]),
        (
            "非遗保护发展指数位列全省第一。",
            &[("位列全省第一", Rank, 1.0)],
        ),
        ("社零总量继续保持全省第一。", &[("全省第一", Rank, 1.0)]),
        (
            "建成全省首个嵌入式城市篮球公园。",
            &[("全省首个", Rank, 1.0)],
        ),
        ("落户全市首家信用修复驿站。", &[("全市首家", Rank, 1.0)]),
        ("综合实力跃居全国百强区第15位。", &[]),
        (
            "营商环境评价位居全省前10。",
            &[("位居全省前10", Rank, 10.0)],
        ),
        ("数量居全市第一。", &[("居全市第一", Rank, 1.0)]),
        ("考核排名第三。", &[("排名第三", Rank, 3.0)]),
        ("入选全省第一批试点。", &[]),
        ("第一时间出台政策。", &[]),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

#[test]
fn dates() {
    let cases: &[Case] = &[
        ("2022年是一届区政府履新之年。", &[("2022年", Date, 2022.0)]),
        (
            "(2023年1月7日在拱墅区第一届人民代表大会第二次会议上)",
            &[("2023年1月7日", Date, 2023.0)],
        ),
        (
            "两项指标1-8月实现回正。",
            &[("两项", Count, 2.0), ("1-8月", Date, 1.0)],
        ),
        (
            "先后于12月14日、23日通过审议。",
            &[("12月14日", Date, 12.0), ("23日", Date, 23.0)],
        ),
        (
            "前三季度同比增长1.8%。",
            &[("前三季度", Date, 3.0), ("1.8%", Percent, 1.8)],
        ),
        (
            "从2021年末的0.29公里/平方公里提升至2022年末。",
            &[
                ("2021年末", Date, 2021.0),
                ("0.29公里/平方公里", Measure, 0.29),
                ("2022年末", Date, 2022.0),
            ],
        ),
        ("9月举办街头艺术节。", &[("9月", Date, 9.0)]),
        ("一季度经济开局良好。", &[("一季度", Date, 1.0)]),
        (
            "2021—2025年规划顺利实施。",
            &[("2021—2025年", Date, 2021.0)],
        ),
        (
            "2024年3月5日在第十四届全国人民代表大会上。",
            &[("2024年3月5日", Date, 2024.0)],
        ),
        ("2023年度考核优秀。", &[("2023年度", Date, 2023.0)]),
        ("5月份以来持续回升。", &[("5月份", Date, 5.0)]),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
    let iso: Vec<Option<String>> = recognise("2023年1月7日，12月14日，2022年，9月")
        .into_iter()
        .map(|f| f.date)
        .collect();
    assert_eq!(
        iso,
        [
            Some("2023-01-07".into()),
            Some("--12-14".into()),
            Some("2022".into()),
            Some("--09".into())
        ]
    );
    let range = recognise("1-8月")[0].clone();
    assert_eq!((range.value, range.to), (Some(1.0), Some(8.0)));
}

#[test]
fn qualifiers() {
    let qualifier = |sentence: &str| recognise(sentence).first().and_then(|f| f.qualifier);
    let cases = [
        ("吸引游客超6万人次。", Some("超")),
        ("超过500家企业。", Some("超")),
        ("逾3000人参加。", Some("超")),
        ("覆盖面拓宽近12%。", Some("近")),
        ("将近100个项目。", Some("近")),
        ("约50亿元。", Some("约")),
        ("应对50余场突发疫情。", Some("余")),
        ("2.3万余户。", Some("余")),
        ("100多家企业。", Some("多")),
        ("占比91%以上。", Some("以上")),
        ("35岁以下不计。", None),
        ("控制在3%以下。", Some("以下")),
        ("增长5.5%左右。", Some("左右")),
        ("新增就业1.2万人。", None),
    ];
    for (sentence, expected) in cases {
        assert_eq!(qualifier(sentence), expected, "{sentence}");
    }
}

#[test]
fn chinese_numerals() {
    let cases: &[Case] = &[
        ("新建十所学校。", &[("十所", Count, 10.0)]),
        ("引进两家龙头企业。", &[("两家", Count, 2.0)]),
        ("建成一百二十个驿站。", &[("一百二十个", Count, 120.0)]),
        ("新增三千名志愿者。", &[("三千名", Count, 3000.0)]),
        ("完成十七项改革任务。", &[("十七项", Count, 17.0)]),
        ("五万人参加。", &[("五万人", Count, 50000.0)]),
        ("奖励三十万元。", &[("三十万元", Money, 300000.0)]),
        ("新建三十万平方米。", &[("三十万平方米", Measure, 300000.0)]),
        ("一年来，我们做了一批实事。", &[]),
        ("一个城市的温度。", &[]),
        ("一是加快发展；二是深化改革。", &[]),
        ("三城五区建设战略。", &[]),
        ("打出组合拳，三大巨头入驻。", &[]),
        ("数十个重大产业项目落地。", &[]),
        ("区委一届二次、三次全会工作部署。", &[]),
        ("深刻领悟两个确立的决定性意义。", &[]),
        ("十四五规划圆满收官。", &[]),
        ("十五分钟公共服务圈基本形成。", &[]),
        ("连续三年代表浙江省签约。", &[]),
        ("大运河文化入选省首批十大文化标识。", &[]),
        ("每一个街道都有驿站。", &[]),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

#[test]
fn names_and_labels_are_not_figures() {
    let cases: &[Case] = &[
        ("落地康桥中国联通5G基地。", &[]),
        ("PM2.5平均浓度下降。", &[]),
        (
            "地铁3、4、10、19号线沿线24个站点顺利开通。",
            &[("24个", Count, 24.0)],
        ),
        ("落地“152”项目4个。", &[("4个", Count, 4.0)]),
        ("“1+4”产业总体规划。", &[]),
        ("经受住4·19疫情影响。", &[]),
        ("福布斯中国项目在第五届进博会签约。", &[]),
        ("11月第24届西博会暨第十届ADM展。", &[("11月", Date, 11.0)]),
        ("在第一届人民代表大会第二次会议上。", &[]),
        ("35岁以下大学生。", &[]),
        ("建成“15分钟品质文化生活圈”50个。", &[("50个", Count, 50.0)]),
        ("省市控断面水质均值达Ⅲ类以上。", &[]),
        ("Ⅳ类及以上水质占比95%以上。", &[("95%以上", Percent, 95.0)]),
        ("巩固“五个1小时”等工作机制。", &[]),
        ("“5分钟核酸采样圈”获央视报道。", &[]),
        ("成功举办“5·20”大武林商圈消费季。", &[]),
        ("1号线二期工程开工。", &[]),
        ("庆祝建党100周年。", &[]),
        ("80年代的老厂房。", &[]),
        ("实施“十四五”规划。", &[]),
        ("发布《2024年政府工作报告》。", &[]),
        ("引进X2型号设备。", &[]),
        ("推进1对1帮扶。", &[]),
        ("5A级景区创建。", &[]),
        ("普华永道数字化X-Space落地。", &[]),
        ("第二批12条政策。", &[("12条", Count, 12.0)]),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

#[test]
fn a_figure_split_by_a_page_break_is_one_figure_after_the_join() {
    let report =
        parse("一、回顾\n\n(一)要素保障。\n\n中长期贷款额度10.43亿\n\n元。新增主体3家。\n");
    let figures = Figures::of(&report);
    let texts: Vec<String> = figures
        .all
        .iter()
        .map(|placed| {
            let block = report.block(&placed.block).unwrap();
            block.as_str()[placed.figure.range.clone()].to_owned()
        })
        .collect();
    assert_eq!(texts, ["10.43亿元", "3家"]);
    let block = report.block(&figures.all[0].block).unwrap();
    let source = block.text.source_range(figures.all[0].figure.range.clone());
    assert_eq!(source.end - source.start, "10.43亿\n\n元".chars().count());
}

#[test]
fn every_percent_and_money_amount_of_the_seed_is_a_figure_with_its_value() {
    let report = parse(&common::read("reports/gongshu-2023.txt"));
    let figures = Figures::of(&report);
    for block in report.blocks() {
        let text = block.as_str();
        let covered: Vec<std::ops::Range<usize>> = figures
            .in_block(&block.id)
            .map(|(_, placed)| placed.figure.range.clone())
            .collect();
        for (at, c) in text.char_indices() {
            let after_number =
                text[..at].ends_with(|p: char| p.is_ascii_digit() || p == '万' || p == '亿');
            let amount = c == '%' || (c == '元' && after_number);
            if amount {
                assert!(
                    covered.iter().any(|r| r.contains(&at)),
                    "uncovered {c} in {}",
                    &text[at.saturating_sub(30)..at + 3]
                );
            }
        }
    }
    let value_of = |text: &str| {
        figures
            .all
            .iter()
            .find(|placed| {
                report.block(&placed.block).unwrap().as_str()[placed.figure.range.clone()] == *text
            })
            .and_then(|placed| placed.figure.value)
    };
    assert_eq!(value_of("734亿元"), Some(7.34e10));
    assert_eq!(value_of("10.43亿元"), Some(1.043e9));
    assert_eq!(value_of("1.14亿人次"), Some(1.14e8));
    assert_eq!(value_of("3.7亿美元"), Some(3.7e8));
    assert_eq!(value_of("91%以上"), Some(91.0));
    let money = figures.count(Kind::Money);
    let percent = figures.count(Kind::Percent);
    assert_eq!((money, percent), (18, 17));
}

#[test]
fn durations_in_words() {
    let cases: &[Case] = &[
        ("审批时间压缩至半个月。", &[("半个月", Measure, 0.5)]),
        ("半小时完成核酸检测。", &[("半小时", Measure, 0.5)]),
        ("三天内办结。", &[("三天", Measure, 3.0)]),
        ("用时两个月。", &[("两个月", Measure, 2.0)]),
        ("打造半小时通勤圈。", &[]),
        ("上半年经济稳中向好。", &[]),
        ("实施三年行动计划。", &[]),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}

/// Sentences in the style of city, provincial and national reports.
#[test]
fn sentences_of_the_genre() {
    let cases: &[Case] = &[
        (
            "国内生产总值超过126万亿元，增长5.2%。",
            &[("超过126万亿元", Money, 1.26e14), ("5.2%", Percent, 5.2)],
        ),
        (
            "城镇新增就业1244万人，城镇调查失业率平均为5.2%。",
            &[("1244万人", Count, 1.244e7), ("5.2%", Percent, 5.2)],
        ),
        (
            "外汇储备保持在3万亿美元以上。",
            &[("3万亿美元以上", Money, 3e12)],
        ),
        (
            "新能源汽车产销量占全球比重超过60%。",
            &[("超过60%", Percent, 60.0)],
        ),
        (
            "减税降费及退税缓费超过2.2万亿元。",
            &[("超过2.2万亿元", Money, 2.2e12)],
        ),
        (
            "赤字率按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。",
            &[
                ("3%", Percent, 3.0),
                ("4.06万亿元", Money, 4.06e12),
                ("1800亿元", Money, 1.8e11),
            ],
        ),
        (
            "全年发放创业担保贷款2800多亿元。",
            &[("2800多亿元", Money, 2.8e11)],
        ),
        (
            "全市实现地区生产总值3218.7亿元，比上年增长6.5%。",
            &[("3218.7亿元", Money, 3.2187e11), ("6.5%", Percent, 6.5)],
        ),
        (
            "城乡居民人均可支配收入分别达到65321元和38950元，分别增长5.1%和6.8%。",
            &[
                ("65321元", Money, 65321.0),
                ("38950元", Money, 38950.0),
                ("5.1%", Percent, 5.1),
                ("6.8%", Percent, 6.8),
            ],
        ),
        (
            "空气质量优良天数比例达到88.6%，PM2.5浓度下降至28微克/立方米。",
            &[("88.6%", Percent, 88.6), ("28微克/立方米", Measure, 28.0)],
        ),
        (
            "新开工亿元以上项目158个，其中10亿元以上项目23个。",
            &[
                ("158个", Count, 158.0),
                ("10亿元以上", Money, 1e9),
                ("23个", Count, 23.0),
            ],
        ),
        (
            "新增“专精特新”中小企业86家，累计达到312家。",
            &[("86家", Count, 86.0), ("312家", Count, 312.0)],
        ),
        (
            "全年接待游客6800万人次，实现旅游收入750亿元。",
            &[("6800万人次", Count, 6.8e7), ("750亿元", Money, 7.5e10)],
        ),
        (
            "新建改建农村公路350公里，新增5个4A级景区。",
            &[("350公里", Measure, 350.0), ("5个", Count, 5.0)],
        ),
        (
            "建成投用中小学、幼儿园23所，新增学位2.1万个。",
            &[("23所", Count, 23.0), ("2.1万个", Count, 21000.0)],
        ),
        (
            "城市建成区绿化覆盖率达到42%，人均公园绿地面积15.6平方米。",
            &[("42%", Percent, 42.0), ("15.6平方米", Measure, 15.6)],
        ),
        (
            "全年完成造林绿化面积5.3万亩。",
            &[("5.3万亩", Measure, 53000.0)],
        ),
        (
            "到2025年，数字经济核心产业增加值占比达到15%。",
            &[("2025年", Date, 2025.0), ("15%", Percent, 15.0)],
        ),
        (
            "截至2023年底，全市共有市场主体58.6万户。",
            &[("2023年底", Date, 2023.0), ("58.6万户", Count, 586000.0)],
        ),
        (
            "农村居民人均可支配收入首次突破3万元。",
            &[("3万元", Money, 30000.0)],
        ),
        (
            "医保参保率稳定在98%以上，基本养老保险参保人数达到312万人。",
            &[("98%以上", Percent, 98.0), ("312万人", Count, 3.12e6)],
        ),
        (
            "办好十件民生实事，民生支出占比保持在75%以上。",
            &[("十件", Count, 10.0), ("75%以上", Percent, 75.0)],
        ),
        ("成功入选全国首批城市更新试点。", &[]),
        ("在全国文明城市测评中排名第二。", &[("排名第二", Rank, 2.0)]),
        ("全市户籍人口达到512.3万。", &[("512.3万", Count, 5.123e6)]),
        (
            "新增发明专利授权量4300件，每万人高价值发明专利拥有量达到28.5件。",
            &[("4300件", Count, 4300.0), ("28.5件", Count, 28.5)],
        ),
        (
            "建成区人口密度控制在每平方公里1万人以内。",
            &[("1万人以内", Count, 10000.0)],
        ),
        (
            "生产总值年均增长6.2%，高于全国1.1个百分点。",
            &[("6.2%", Percent, 6.2), ("1.1个百分点", Percent, 1.1)],
        ),
        (
            "粮食播种面积稳定在1200万亩以上，产量保持在110亿斤以上。",
            &[
                ("1200万亩以上", Measure, 1.2e7),
                ("110亿斤以上", Measure, 1.1e10),
            ],
        ),
        (
            "全年共办理政务服务事项1.2亿件，95%以上事项实现“一网通办”。",
            &[("1.2亿件", Count, 1.2e8), ("95%以上", Percent, 95.0)],
        ),
        (
            "3月至11月累计接待游客超1000万人次。",
            &[
                ("3月", Date, 3.0),
                ("11月", Date, 11.0),
                ("超1000万人次", Count, 1e7),
            ],
        ),
        (
            "新增充电桩2.6万个，换电站58座。",
            &[("2.6万个", Count, 26000.0), ("58座", Count, 58.0)],
        ),
        (
            "地方一般债务余额控制在限额以内，综合债务率下降8.2个百分点。",
            &[("8.2个百分点", Percent, 8.2)],
        ),
        (
            "全年研发经费支出增长12%左右，占地区生产总值比重提高到3.1%。",
            &[("12%左右", Percent, 12.0), ("3.1%", Percent, 3.1)],
        ),
        (
            "二是深化“放管服”改革，企业开办时间压缩至1个工作日。",
            &[("1个工作日", Measure, 1.0)],
        ),
        (
            "实施城市更新项目120个，改造老旧小区3.6万户。",
            &[("120个", Count, 120.0), ("3.6万户", Count, 36000.0)],
        ),
        ("“千万工程”持续深化。", &[]),
        ("举办第十九届亚运会。", &[]),
        (
            "开通地铁线路5条，运营里程达到516公里。",
            &[("5条", Count, 5.0), ("516公里", Measure, 516.0)],
        ),
        (
            "出口增长9.6%，其中对“一带一路”沿线国家出口增长15.3%。",
            &[("9.6%", Percent, 9.6), ("15.3%", Percent, 15.3)],
        ),
    ];
    for (sentence, expected) in cases {
        expect(sentence, expected);
    }
}
