//! The parser on the genre's variants, one fixture each (`tests/fixtures`).

mod common;

use baogao::report::{parse, Report, Role};
use common::{assert_fidelity, read};

fn fixture(name: &str) -> (String, Report) {
    let source = read(&format!("tests/fixtures/{name}"));
    let report = parse(&source);
    assert_fidelity(&source, &report);
    (source, report)
}

fn headings(report: &Report) -> Vec<&str> {
    report
        .parts
        .iter()
        .filter_map(|part| part.heading.as_ref().map(|h| h.as_str()))
        .collect()
}

fn roles(blocks: &[baogao::report::Block]) -> Vec<Role> {
    blocks.iter().map(|block| block.role).collect()
}

#[test]
fn city_report_with_full_width_sections_crlf_bom_and_appendix() {
    let (_, report) = fixture("city-fullwidth-crlf.txt");
    assert_eq!(report.title(), Some("政府工作报告"));
    let meeting = report
        .front_block(Role::Meeting)
        .expect("meeting split from title");
    assert_eq!(
        meeting.as_str(),
        "（2024年1月15日在南湖市第十六届人民代表大会第三次会议上）"
    );
    assert_eq!(
        report.front_block(Role::Speaker).map(|b| b.as_str()),
        Some("市长　王志远")
    );
    assert_eq!(
        headings(&report),
        ["一、2023年工作回顾", "二、2024年工作安排"]
    );

    // Section numbering restarts in each part.
    let part_one = &report.parts[0];
    let part_two = &report.parts[1];
    assert_eq!(part_one.sections.len(), 2);
    assert_eq!(part_two.sections.len(), 2);
    assert!(part_two.sections[0]
        .heading
        .as_str()
        .starts_with("（一）着力扩大有效需求"));

    // Dash bullets in the part's intro.
    assert_eq!(
        roles(&part_one.intro),
        [Role::Paragraph, Role::Bullet, Role::Bullet]
    );
    // A heading sentence split from its intro on the same line.
    assert_eq!(
        part_one.sections[0].heading.as_str(),
        "（一）坚持创新驱动，产业体系加快升级。"
    );
    assert!(part_one.sections[0].paragraphs[0]
        .as_str()
        .starts_with("全年规上工业增加值"));
    assert_eq!(
        part_one.sections[0].paragraphs[1].lead(),
        Some("数字经济提质扩量。")
    );
    // A heading alone on its line, then a paragraph broken by a page break.
    let livelihood = &part_one.sections[1];
    assert_eq!(
        livelihood.heading.as_str(),
        "（二）坚持民生优先，幸福底色更加鲜明。"
    );
    assert_eq!(livelihood.paragraphs.len(), 1);
    assert!(livelihood.paragraphs[0]
        .as_str()
        .contains("新增城镇就业4.6万人"));
    assert_eq!(livelihood.paragraphs[0].joins.len(), 1);

    // `一是` items and a numbered list.
    assert_eq!(
        roles(&part_two.sections[0].paragraphs),
        [Role::Item, Role::Item]
    );
    assert_eq!(
        roles(&part_two.sections[1].paragraphs),
        [
            Role::Paragraph,
            Role::Numbered,
            Role::Numbered,
            Role::Numbered
        ]
    );

    // The closing words and the glossary: its `一、` items are not parts.
    let closing: Vec<_> = report.closing.iter().map(|b| b.as_str()).collect();
    assert_eq!(closing.len(), 2);
    assert_eq!(closing[0], "各位代表！");
    assert_eq!(report.appendices.len(), 1);
    let appendix = &report.appendices[0];
    assert_eq!(appendix.heading.as_str(), "附件");
    assert_eq!(
        roles(&appendix.blocks),
        [Role::Heading, Role::Paragraph, Role::Paragraph]
    );
    assert!(appendix.blocks[1].as_str().starts_with("一、“十四五”规划"));
}

#[test]
fn county_report_with_no_title_and_bare_part_headings() {
    let (_, report) = fixture("county-bare-parts.txt");
    assert_eq!(report.title(), None);
    assert_eq!(
        report.front_block(Role::Salutation).map(|b| b.as_str()),
        Some("各位代表：")
    );
    assert_eq!(headings(&report), ["2023年工作回顾", "2024年工作安排"]);
    let sections: Vec<Vec<&str>> = report
        .parts
        .iter()
        .map(|part| part.sections.iter().map(|s| s.heading.as_str()).collect())
        .collect();
    assert_eq!(
        sections,
        [
            vec!["(一)农业基础更加稳固。", "(二)工业经济稳中有进"],
            vec!["(一)全力稳定经济增长。", "(二)持续增进民生福祉。"],
        ]
    );
    // A number broken across a page break with two blank lines.
    let first = &report.parts[0].sections[0].paragraphs[0];
    assert!(
        first.as_str().ends_with("总产量达到21.6万吨。"),
        "{}",
        first.as_str()
    );
    assert_eq!(
        report.parts[0].sections[0].paragraphs[1].lead(),
        Some("高标准农田建设有序推进。")
    );
    assert_eq!(
        report.parts[1].sections[0].paragraphs[0].lead(),
        Some("坚持项目为王。")
    );
    // The glossary numbers its items `一、`, which does not make the parts numbered.
    assert_eq!(report.appendices.len(), 1);
    assert_eq!(report.appendices[0].blocks.len(), 2);
}

#[test]
fn newspaper_copy_with_source_lines_and_markdown() {
    let (_, report) = fixture("newspaper-markdown.txt");
    let front: Vec<(Role, &str)> = report.front.iter().map(|b| (b.role, b.as_str())).collect();
    assert_eq!(
        front[..6],
        [
            (Role::Source, "来源：南江日报"),
            (Role::Source, "发布时间：2024-01-20 08:30"),
            (Role::Title, "政府工作报告"),
            (
                Role::Meeting,
                "——2024年1月12日在南江区第三届人民代表大会第四次会议上"
            ),
            (Role::Speaker, "区长　李明华"),
            (Role::Salutation, "各位代表："),
        ]
    );
    assert_eq!(
        headings(&report),
        ["一、过去一年工作回顾", "二、今年工作安排"]
    );
    // Two bold leads in one line: two paragraphs, each with its lead.
    let industry = &report.parts[0].sections[0].paragraphs;
    let leads: Vec<_> = industry.iter().map(|b| b.lead()).collect();
    assert_eq!(
        leads,
        [Some("先进制造业加快集聚。"), Some("服务业提质增效。")]
    );
    assert_eq!(
        report.parts[1].sections[0].paragraphs[0].lead(),
        Some("培育壮大新兴产业。")
    );
    // The closing shares its line with the exhortation.
    assert_eq!(report.closing.len(), 1);
    assert!(report.closing[0].as_str().starts_with("各位代表！让我们"));
    let markers: usize = report.blocks().map(|b| b.markers.len()).sum();
    assert_eq!(markers, 3 + 6);
}

#[test]
fn text_that_is_not_a_report_stays_as_paragraphs() {
    let (_, report) = fixture("not-a-report.txt");
    assert!(!report.has_structure());
    assert_eq!(report.title(), None);
    let texts: Vec<_> = report.front.iter().map(|b| b.as_str()).collect();
    assert_eq!(
        texts,
        [
            "春天来了，公园里的花都开了。",
            "周末我们去湖边散步，看见很多人在放风筝。",
            "这是一段没有标题也没有章节的普通文字它的第二行接着上一行。",
        ]
    );
}

#[test]
fn empty_and_blank_texts_give_an_empty_report() {
    for source in ["", "\n\n", "\u{feff}", "\u{3000}\r\n \t"] {
        let report = parse(source);
        assert_eq!(report.blocks().count(), 0, "{source:?}");
    }
}

#[test]
fn national_report_with_named_parts_and_a_part_without_sections() {
    let (_, report) = fixture("national-parts-named.txt");
    assert_eq!(
        report.front_block(Role::Speaker).map(|b| b.as_str()),
        Some("国务院总理　李强")
    );
    assert_eq!(report.parts.len(), 3);
    assert!(headings(&report)[1].starts_with("第二部分"));
    // The first part: an intro paragraph and an `一是` item; no sections.
    assert_eq!(roles(&report.parts[0].intro), [Role::Paragraph, Role::Item]);
    // A part without sections: its paragraphs carry their leads.
    let leads: Vec<_> = report.parts[1].intro.iter().map(|b| b.lead()).collect();
    assert_eq!(
        leads,
        [None, Some("坚持稳中求进。"), Some("坚持以进促稳。")]
    );
    let third = &report.parts[2];
    assert_eq!(third.sections.len(), 2);
    assert_eq!(
        third.sections[0].heading.as_str(),
        "（一）大力推进现代化产业体系建设，加快发展新质生产力。"
    );
    assert_eq!(
        third.sections[0].paragraphs[1].lead(),
        Some("推动产业链供应链优化升级。")
    );
    assert_eq!(report.closing.len(), 2);
}

#[test]
fn a_news_page_keeps_its_furniture_apart_and_both_titles() {
    let (_, report) = fixture("news-page-furniture.txt");
    let of_role = |role: Role| -> Vec<&str> {
        report
            .front
            .iter()
            .filter(|block| block.role == role)
            .map(|block| block.as_str())
            .collect()
    };
    assert_eq!(
        of_role(Role::Title),
        ["2025年湖南省政府工作报告", "政府工作报告"]
    );
    assert_eq!(
        of_role(Role::Furniture),
        [
            "下载",
            "打印",
            "全屏",
            "收藏",
            "【字号：",
            "加大",
            "还原",
            "减小",
            "】",
            "毛伟明同志作政府工作报告。本报记者 李健 摄"
        ]
    );
    assert_eq!(
        of_role(Role::Source),
        ["来源：湖南日报", "时间：2025-01-20 09:12"]
    );
    assert_eq!(
        report.front_block(Role::Meeting).map(|b| b.as_str()),
        Some("——2025年1月14日在湖南省第十四届人民代表大会第四次会议上")
    );
    assert_eq!(
        report.front_block(Role::Speaker).map(|b| b.as_str()),
        Some("湖南省省长 毛伟明")
    );
    // The caption is never the title, and the report still opens after it.
    assert_eq!(report.title(), Some("2025年湖南省政府工作报告"));
    assert_eq!(
        report.front_block(Role::Salutation).map(|b| b.as_str()),
        Some("各位代表：")
    );
    assert_eq!(
        headings(&report),
        ["一、2024年工作回顾", "二、2025年工作安排"]
    );
    // Furniture is a repair a reader can see, and holds no figures.
    let furniture = report
        .repairs()
        .into_iter()
        .filter(|repair| matches!(repair, baogao::report::Repair::Furniture { .. }))
        .count();
    assert_eq!(furniture, 10);
    let model = baogao::report::Model::new(&read("tests/fixtures/news-page-furniture.txt"));
    assert!(model.figures.all.iter().all(|f| {
        report
            .block(&f.block)
            .is_some_and(|b| b.role != Role::Furniture)
    }));
}

#[test]
fn a_line_after_the_salutation_is_never_the_title() {
    let (_, report) = fixture("salutation-first.txt");
    assert_eq!(report.title(), None);
    assert_eq!(report.front[0].role, Role::Salutation);
    assert!(report.front[1].as_str().starts_with("现在，我代表国务院"));
}

/// The repository's national reports: each file's path and text.
fn national_reports() -> Vec<(std::path::PathBuf, String)> {
    let folder = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("reports/national");
    let reports: Vec<_> = std::fs::read_dir(&folder)
        .expect("the national reports")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let source = std::fs::read_to_string(&path).expect("UTF-8");
            (path, source)
        })
        .collect();
    assert!(reports.len() >= 21, "{} reports", reports.len());
    reports
}

#[test]
fn every_national_report_keeps_every_character() {
    for (_, source) in national_reports() {
        assert_fidelity(&source, &parse(&source));
    }
}

#[test]
fn a_wikisource_copy_keeps_its_licence_notice_apart_from_the_report() {
    // Every national report of the repository was copied from Wikisource and
    // ends with its notice (`本作品是中华人民共和国的` / `法律` / `、` …,
    // `Public domain`, `false`), split at every wiki link.
    for (path, source) in national_reports() {
        let report = parse(&source);
        let name = path.display();
        let blocks: Vec<&baogao::report::Block> = report.blocks().collect();
        let report_end = blocks
            .iter()
            .rposition(|block| block.role != Role::Furniture)
            .expect("the report's text");
        let notice: Vec<&str> = blocks[report_end + 1..]
            .iter()
            .map(|b| b.as_str())
            .collect();
        assert!(
            notice
                .first()
                .is_some_and(|first| first.starts_with("本作品") && first.contains("公有领域")),
            "{name}: {notice:?}"
        );
        assert_eq!(notice.last(), Some(&"false"), "{name}");
        assert!(
            blocks[..=report_end]
                .iter()
                .all(|block| !block.as_str().contains("公有领域")
                    && !block.as_str().contains("Public domain")),
            "{name}: the notice read as the report"
        );
        assert!(
            blocks[report_end].as_str().ends_with(['！', '。', '!']),
            "{name}: {:?}",
            blocks[report_end].as_str()
        );
    }
}

#[test]
fn a_closing_heading_is_a_part_of_its_own() {
    // `结束语` alone on its line after the numbered parts (1992–2002): the
    // report's last part, not a line glued to the `各位代表！` below it.
    for year in ["1992", "1997", "2002"] {
        let source = read(&format!("reports/national/{year}.txt"));
        let report = parse(&source);
        assert_fidelity(&source, &report);
        let last = report.parts.last().expect("parts");
        assert_eq!(
            last.heading.as_ref().map(|h| h.as_str()),
            Some("结束语"),
            "{year}"
        );
        let first = last.intro.first().expect("the closing words");
        assert!(
            first.as_str().starts_with("各位代表"),
            "{year}: {:?}",
            first.as_str()
        );
        assert!(report.closing.is_empty(), "{year}");
    }
}

#[test]
fn a_collections_markdown_file_keeps_its_front_matter_apart() {
    let (_, report) = fixture("lawtext-sample/政府工作报告-其他地市/延边朝鲜族自治州/2021.md");
    let furniture: Vec<&str> = report
        .front
        .iter()
        .filter(|block| block.role == Role::Furniture)
        .map(|block| block.as_str())
        .collect();
    assert_eq!(
        furniture,
        [
            "---",
            "title: 延边州政府工作报告（2021年1月12日 金寿浩）",
            "---"
        ]
    );
    assert!(report
        .front_block(Role::Meeting)
        .is_some_and(|b| b.as_str().contains("延边朝鲜族自治州第十五届")));
    assert_eq!(
        report.front_block(Role::Speaker).map(|b| b.as_str()),
        Some("州长 金寿浩")
    );
    assert_eq!(report.parts.len(), 2, "{:?}", headings(&report));
    // The text has no title line: the page is headed by the front matter's.
    assert_eq!(report.title(), None);
    assert_eq!(report.title_or_default(), "延边州政府工作报告");
}
