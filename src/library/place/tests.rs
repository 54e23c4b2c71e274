//! Placing reports: every signal alone, together, and against the path.

use super::*;

fn placed(text: &str) -> Placement {
    placement(text, &Model::new(text))
}

#[test]
fn the_seed_is_a_district() {
    // `在拱墅区第一届人民代表大会…`.
    let placement = placed(crate::SEED_REPORT);
    assert_eq!(placement.place.as_deref(), Some("拱墅区"));
    assert_eq!(placement.level, Some(Level::District));
    assert_eq!(placement.year, Some(2023));
    assert_eq!(placement.date.as_deref(), Some("2023-01-07"));
    assert_eq!(placement.speaker.as_deref(), Some("区长 冯晶"));
}

#[test]
fn the_national_report_with_its_meeting_and_premier() {
    let placement = placed(
        "政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理　李强\n\n各位代表：\n\n一、2023年工作回顾\n\n国内生产总值增长5.2%。\n",
    );
    assert_eq!(placement.place.as_deref(), Some("国务院"));
    assert_eq!(placement.level, Some(Level::National));
    assert_eq!(placement.year, Some(2024));
    assert_eq!(placement.date.as_deref(), Some("2024-03-05"));
    assert_eq!(placement.speaker.as_deref(), Some("总理 李强"));
}

#[test]
fn every_national_report_of_the_repository_is_placed() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/national");
    let mut seen = 0;
    for entry in std::fs::read_dir(folder).expect("reports/national") {
        let path = entry.expect("an entry").path();
        let Some(year) = path
            .file_stem()
            .and_then(|s| s.to_str()?.parse::<i32>().ok())
        else {
            continue;
        };
        let placement = placed(&std::fs::read_to_string(&path).expect("UTF-8"));
        assert_eq!(placement.place.as_deref(), Some("国务院"), "{year}");
        assert_eq!(placement.level, Some(Level::National), "{year}");
        assert_eq!(placement.year, Some(year), "{year}");
        seen += 1;
    }
    assert_eq!(seen, 21);
}

#[test]
fn a_text_that_only_says_on_whose_behalf() {
    let placement = placed(
        "各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n\n一、１９９１年国内工作的回顾\n\n　　１９９１年是不平凡的一年。\n",
    );
    assert_eq!(placement.place.as_deref(), Some("国务院"));
    assert_eq!(placement.level, Some(Level::National));
    assert_eq!(placement.year, Some(1992));
    assert_eq!(placement.date, None);
    let county = placed(
        "各位代表：\n\n我代表县人民政府，向大会报告政府工作。\n\n2023年工作回顾\n\n一年来，全县上下齐心协力。\n",
    );
    assert_eq!(county.place, None);
    assert_eq!(county.level, Some(Level::District));
    assert!(!county.is_placed());
}

fn read(file: &str, text: &str) -> Placement {
    let (front, body) = crate::report::front_matter::split_front_matter(text);
    read_placement(body, &Model::new(body), &front, file)
}

#[test]
fn the_collections_own_markdown() {
    let placement = read(
        "政府工作报告-其他地市/延边朝鲜族自治州/2021.md",
        "---\ntitle: 延边州政府工作报告（2021年1月12日 金寿浩）\n---\n\n——2021年1月12日在延边朝鲜族自治州第十五届人民代表大会第六次会议上\n\n州长 金寿浩\n\n各位代表：\n\n现在，我代表州人民政府向大会报告工作。\n\n一、2020年和“十三五”工作回顾\n\n地区生产总值增长0.5%。\n",
    );
    assert_eq!(placement.place.as_deref(), Some("延边朝鲜族自治州"));
    assert_eq!(placement.place_from, Some(Source::Meeting));
    assert_eq!(placement.level, Some(Level::City));
    assert_eq!(placement.province.as_deref(), Some("吉林省"));
    assert_eq!(placement.year, Some(2021));
    assert_eq!(placement.year_from, Some(Source::Meeting));
    assert_eq!(placement.date.as_deref(), Some("2021-01-12"));
    assert_eq!(placement.speaker.as_deref(), Some("州长 金寿浩"));
    assert_eq!(placement.path_disagrees, None);
}

#[test]
fn a_front_matter_title_alone() {
    let placement = read(
        "x/a.md",
        "---\ntitle: 七台河市政府工作报告 （2014年1月9日 韩立华）\n---\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n",
    );
    assert_eq!(placement.place.as_deref(), Some("七台河市"));
    assert_eq!(placement.place_from, Some(Source::Title));
    assert_eq!(placement.province.as_deref(), Some("黑龙江省"));
    assert_eq!(placement.year, Some(2014));
    assert_eq!(placement.year_from, Some(Source::Title));
    assert_eq!(placement.date.as_deref(), Some("2014-01-09"));
    assert_eq!(placement.speaker.as_deref(), Some("韩立华"));
}

#[test]
fn the_path_alone() {
    let placement = read(
        "政府工作报告-省自治区/浙江省/2019.md",
        "各位代表：\n\n现在，我代表省人民政府向大会报告工作。\n\n过去一年，全省上下团结奋斗。\n",
    );
    assert_eq!(placement.place.as_deref(), Some("浙江省"));
    assert_eq!(placement.place_from, Some(Source::Path));
    assert_eq!(placement.level, Some(Level::Province));
    assert_eq!(placement.province.as_deref(), Some("浙江省"));
    assert_eq!(placement.year, Some(2019));
    assert_eq!(placement.year_from, Some(Source::Path));
}

#[test]
fn an_autonomous_regions_chairman_names_no_place() {
    let placement = read(
        "2026/广西.txt",
        "政府工作报告\n\n——2026年1月25日在广西壮族自治区第十四届人民代表大会第五次会议上\n\n自治区主席　韦韬\n\n各位代表：\n",
    );
    assert_eq!(placement.place.as_deref(), Some("广西壮族自治区"));
    assert_eq!(placement.level, Some(Level::Province));
    assert_eq!(placement.speaker.as_deref(), Some("自治区主席 韦韬"));
    let xinjiang = read(
        "a.txt",
        "政府工作报告\n\n自治区主席　艾尔肯·吐尼亚孜\n\n各位代表：\n\n现在，我代表新疆维吾尔自治区人民政府，向大会报告工作。\n",
    );
    assert_eq!(xinjiang.place.as_deref(), Some("新疆维吾尔自治区"));
    assert_eq!(xinjiang.place_from, Some(Source::Opening));
}

#[test]
fn the_text_wins_over_the_path_and_says_so() {
    let placement = read(
        "政府工作报告-主要城市/杭州市/2018.md",
        "2019年杭州市政府工作报告\n\n——2019年1月21日在宁波市第十五届人民代表大会第四次会议上\n\n市长 裘东耀\n\n各位代表：\n",
    );
    assert_eq!(placement.place.as_deref(), Some("宁波市"));
    assert_eq!(placement.year, Some(2019));
    assert_eq!(placement.path_disagrees.as_deref(), Some("杭州市 2018年"));
}

#[test]
fn places_of_each_level_with_their_provinces() {
    let cases = [
        (
            "在北京市第十六届人民代表大会第三次会议上",
            "北京市",
            Level::Province,
            "北京市",
        ),
        (
            "在杭州市拱墅区第二届人民代表大会第三次会议上",
            "杭州市拱墅区",
            Level::District,
            "浙江省",
        ),
        (
            "在义乌市第十七届人民代表大会第三次会议上",
            "义乌市",
            Level::District,
            "浙江省",
        ),
        (
            "在锡林郭勒盟第四届人民代表大会第二次会议上",
            "锡林郭勒盟",
            Level::City,
            "内蒙古自治区",
        ),
        (
            "在恩施土家族苗族自治州第九届人民代表大会第四次会议上",
            "恩施土家族苗族自治州",
            Level::City,
            "湖北省",
        ),
    ];
    for (meeting, place, level, province) in cases {
        let placement = read(
            "a.txt",
            &format!("政府工作报告\n\n——2024年1月10日{meeting}\n\n各位代表：\n"),
        );
        assert_eq!(placement.place.as_deref(), Some(place), "{meeting}");
        assert_eq!(placement.level, Some(level), "{meeting}");
        assert_eq!(placement.province.as_deref(), Some(province), "{meeting}");
    }
}

#[test]
fn a_renamed_city_keeps_its_series() {
    let placement = read(
        "a.txt",
        "政府工作报告\n\n——2009年2月20日在襄樊市第十四届人民代表大会第三次会议上\n\n各位代表：\n",
    );
    assert_eq!(placement.place.as_deref(), Some("襄樊市"));
    assert_eq!(placement.series.as_deref(), Some("襄阳市"));
    assert_eq!(placement.series_name(), Some("襄阳市"));
    assert_eq!(placement.province.as_deref(), Some("湖北省"));
}
