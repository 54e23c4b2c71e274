//! The figures as CSV, for a spreadsheet: UTF-8 with a byte-order mark so
//! that Excel reads the Chinese correctly.

use super::context::sentence_around;
use super::describe::group;
use super::placed::Figures;
use crate::report::meaning::Span;
use crate::report::Report;

pub const HEADER: [&str; 15] = [
    "序号",
    "类型",
    "原文",
    "数值",
    "至",
    "单位",
    "限定",
    "变化率",
    "上下文",
    "段落",
    "章节",
    "指标",
    "目标或实际",
    "年份",
    "期间",
];

/// A cell, quoted where CSV needs it.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The whole table: a header and one row per figure, in the order given.
pub fn to_csv(report: &Report, figures: &Figures, order: &[usize]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&HEADER.join(","));
    out.push_str("\r\n");
    for (row, &index) in order.iter().enumerate() {
        let Some(placed) = figures.all.get(index) else {
            continue;
        };
        let Some(block) = report.block(&placed.block) else {
            continue;
        };
        let figure = &placed.figure;
        let meaning = &placed.meaning;
        let section = placed.heading(report).unwrap_or_default();
        let number =
            |value: Option<f64>| value.map(|v| group(v).replace(',', "")).unwrap_or_default();
        let cells = [
            (row + 1).to_string(),
            figure.kind.label().to_owned(),
            placed.written(report).to_owned(),
            number(figure.value),
            number(figure.to),
            figure.unit.clone(),
            figure.qualifier.unwrap_or_default().to_owned(),
            if figure.growth { "是" } else { "" }.to_owned(),
            sentence_around(block.as_str(), figure.range.clone(), 60),
            placed.block.clone(),
            section.to_owned(),
            meaning.indicator.as_ref().map_or(String::new(), |i| {
                figures.indicator_name(i.name()).into_owned()
            }),
            meaning.role.map_or("", |role| role.label()).to_owned(),
            meaning.period.year.map_or(String::new(), |y| y.to_string()),
            span_label(&meaning.period.span).to_owned(),
        ];
        let cells: Vec<String> = cells.iter().map(|cell| field(cell)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The span of a period, as the export names it.
fn span_label(span: &Span) -> &str {
    match span {
        Span::Year => "全年",
        Span::Average => "年均",
        Span::Total => "累计",
        Span::PartOfYear(words) | Span::Plan(words) => words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::parse;

    #[test]
    fn rows_with_bom_and_quoting() {
        let report = parse("一、回顾\n\n(一)发展。\n\n全年完成734亿元，同比增长12%。\n");
        let figures = Figures::of(&report);
        let order: Vec<usize> = (0..figures.all.len()).collect();
        let csv = to_csv(&report, &figures, &order);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[1].starts_with("1,金额,734亿元,73400000000,,元,,,"),
            "{}",
            lines[1]
        );
        assert!(
            lines[1].contains("\"全年完成734亿元，同比增长12%。\"")
                || lines[1].contains("全年完成734亿元")
        );
        assert!(
            lines[2].starts_with("2,百分比,12%,12,,%,,是,"),
            "{}",
            lines[2]
        );
        assert!(lines[2].contains(",p-1-1-1,(一)发展,"), "{}", lines[2]);
        assert!(lines[2].ends_with(",实际,,全年"), "{}", lines[2]);
    }

    #[test]
    fn fields_with_commas_are_quoted() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("平常"), "平常");
    }
}
