//! What the page says of the report in its `<head>`: its title (in the
//! tab, in links shared) and its description.

use crate::report::{Report, Role};

/// Who gave the report, without a leading mark (`■市长 张三`).
fn speaker(report: &Report) -> Option<&str> {
    report
        .front_block(Role::Speaker)
        .map(|block| block.as_str().trim_start_matches(['■', '●', ' ']))
}

/// The page's title: the report's, with who gave it.
pub fn document_title(report: &Report) -> String {
    let title = report.title_or_default();
    match speaker(report) {
        Some(by) => format!("{title}（{by}）"),
        None => title.to_owned(),
    }
}

/// A sentence on the report and what the page does with it.
pub fn description(report: &Report) -> String {
    let mut description = String::from(report.title_or_default());
    if let Some(by) = speaker(report) {
        description.push('，');
        description.push_str(by);
    }
    if let Some(meeting) = report.front_block(Role::Meeting) {
        description.push_str(meeting.as_str());
    }
    description.push_str("。全文按章节阅读，数字可点查，支持全文搜索。");
    description
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    #[test]
    fn title_and_description_name_the_speaker() {
        let report = parse("政府工作报告\n\n——2024年1月15日在市第十六届人民代表大会第三次会议上\n\n市长 张三\n\n各位代表：\n\n一、回顾\n\n正文。\n");
        assert_eq!(document_title(&report), "政府工作报告（市长 张三）");
        assert!(description(&report).starts_with("政府工作报告，市长 张三"));
        let untitled = parse("正文。\n");
        assert_eq!(document_title(&untitled), "政府工作报告");
    }
}
