//! The parser on the seed report, `reports/gongshu-2023.txt`.

mod common;

use baogao::report::{parse, Repair, Report, Role};
use common::{assert_fidelity, read};

fn seed() -> (String, Report) {
    let source = read("reports/gongshu-2023.txt");
    let report = parse(&source);
    (source, report)
}

#[test]
fn front_matter() {
    let (_, report) = seed();
    assert_eq!(report.title(), Some("政府工作报告"));
    let text = |role| report.front_block(role).map(|block| block.as_str());
    assert_eq!(
        text(Role::Meeting),
        Some("(2023年1月7日在拱墅区第一届人民代表大会第二次会议上)")
    );
    assert_eq!(text(Role::Speaker), Some("■ 拱墅区人民政府区长 冯 晶"));
    assert_eq!(text(Role::Salutation), Some("各位代表："));
    let opening: Vec<_> = report
        .front
        .iter()
        .filter(|block| block.role == Role::Paragraph)
        .collect();
    assert_eq!(opening.len(), 1);
    assert!(opening[0].as_str().starts_with("现在，我代表区人民政府"));
}

#[test]
fn parts_and_sections() {
    let (_, report) = seed();
    // The text stops inside section (四): one part, four sections.
    assert_eq!(report.parts.len(), 1);
    let part = &report.parts[0];
    assert_eq!(
        part.heading.as_ref().map(|h| h.as_str()),
        Some("一、2022年工作回顾")
    );
    assert_eq!(part.intro.len(), 3);
    let headings: Vec<_> = part.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "(一)着力稳增长、转动能，经济发展稳进提质。",
            "(二)着力破短板、提品质，形象面貌加速蝶变。",
            "(三)着力惠民生、促共富，幸福城区擦亮底色。",
            "(四)着力抓安全、保稳定，治理能力迭代升级。",
        ]
    );
    let counts: Vec<_> = part.sections.iter().map(|s| s.paragraphs.len()).collect();
    // Each section: the intro split from its heading line, then the items.
    assert_eq!(counts, [4, 4, 5, 2]);
    assert!(part.sections[0].paragraphs[0]
        .as_str()
        .starts_with("围绕发展第一要务"));
    assert!(report.closing.is_empty() && report.appendices.is_empty());
}

#[test]
fn lead_paragraphs() {
    let (_, report) = seed();
    let leads: Vec<_> = report.blocks().filter_map(|block| block.lead()).collect();
    assert_eq!(
        leads,
        [
            "主导产业加速集聚。",
            "“三驾马车”协调拉动。",
            "要素保障持续加强。",
            "城市建设展现新颜。",
            "瓶颈制约有效破解。",
            "环境品质优化改善。",
            "大运河文化绽放光彩。",
            "教育卫生扬优成势。",
            "积极回应美好期盼。",
            "织密社会保障网络。",
            "慎终如始防控疫情。",
        ]
    );
}

#[test]
fn five_page_break_joins() {
    let (_, report) = seed();
    let joins: Vec<(String, String)> = report
        .repairs()
        .into_iter()
        .filter_map(|repair| match repair {
            Repair::Join { block, at } => {
                let text = block.as_str();
                let before: String = text[..at]
                    .chars()
                    .rev()
                    .take(3)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let after: String = text[at..].chars().take(3).collect();
                Some((before, after))
            }
            _ => None,
        })
        .collect();
    let expected = [
        ("康产业", "基地投"),
        ("43亿", "元。新"),
        ("动。开", "展全区"),
        ("第二，", "创历史"),
        ("第二，", "居全市"),
    ];
    assert_eq!(joins.len(), 5, "{joins:?}");
    for ((before, after), (want_before, want_after)) in joins.iter().zip(expected) {
        assert_eq!((before.as_str(), after.as_str()), (want_before, want_after));
    }
    // The amount broken by the page break reads whole again.
    assert!(report
        .blocks()
        .any(|block| block.as_str().contains("中长期贷款额度10.43亿元。")));
}

#[test]
fn duplicated_passage_is_marked_with_its_first_occurrence() {
    let (_, report) = seed();
    let repeats: Vec<_> = report
        .blocks()
        .flat_map(|block| block.repeats.iter().map(move |repeat| (block, repeat)))
        .collect();
    assert_eq!(repeats.len(), 1);
    let (block, repeat) = repeats[0];
    let text = &block.as_str()[repeat.range.clone()];
    assert_eq!(text.chars().count(), 284);
    assert!(text.starts_with("编制全域旅游发展规划"));
    assert!(text.ends_with("金牌和奖牌总数第二，"));
    assert_eq!(block.lead(), Some("积极回应美好期盼。"));
    let first = report
        .block(&repeat.first)
        .expect("first occurrence exists");
    assert_eq!(first.lead(), Some("大运河文化绽放光彩。"));
    assert!(first.as_str().contains(text));
}

#[test]
fn bold_lead_opens_its_own_paragraph() {
    let (_, report) = seed();
    let block = report
        .blocks()
        .find(|block| block.lead() == Some("织密社会保障网络。"))
        .expect("bold lead found");
    assert!(block
        .as_str()
        .starts_with("织密社会保障网络。就业形势保持稳定"));
    assert_eq!(block.markers.len(), 2);
    assert!(report.blocks().all(|block| !block.as_str().contains("**")));
}

#[test]
fn every_visible_character_survives_in_order() {
    let (source, report) = seed();
    assert_fidelity(&source, &report);
}

#[test]
fn ids_are_unique_and_stable() {
    let (source, report) = seed();
    let mut ids: Vec<&str> = report.blocks().map(|block| block.id.as_str()).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
    assert_eq!(parse(&source), report);
    assert_eq!(report.containers_of("p-1-3-4"), ["part-1", "sec-1-3"]);
    assert_eq!(report.containers_of("sec-1-2"), ["part-1", "sec-1-2"]);
    assert!(report.containers_of("nowhere").is_empty());
}
