//! What a line of a work report looks like: the genre's patterns, one
//! function each, free of parser state.

use super::numerals::{is_numeral_char, parse_small};
use super::structure::Role;

/// Sentence-final punctuation: a paragraph may end after it.
fn is_final(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '：' | '…' | '!' | '?' | ';' | ':'
    )
}

/// Closing quotes and brackets that may follow a sentence's final mark.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '"' | '\'' | '」' | '』' | '）' | ')' | '】' | '》' | '〉' | ']'
    )
}

/// Whether `text` ends a sentence (`。`, `！`, …, or `。”`). A line that does
/// not is a paragraph broken by a page break and goes on in the next line.
pub fn ends_sentence(text: &str) -> bool {
    let mut chars = text.chars().rev().skip_while(|&c| is_closer(c));
    chars.next().is_some_and(is_final)
}

/// Byte length of the first sentence of `text`, through its `。！？`.
pub fn first_sentence_end(text: &str) -> Option<usize> {
    let (at, c) = text
        .char_indices()
        .find(|&(_, c)| matches!(c, '。' | '！' | '？' | '!' | '?'))?;
    let mut end = at + c.len_utf8();
    // Keep a closing quote with its sentence: `……”。` or `。”`.
    for c in text[end..].chars() {
        if !is_closer(c) {
            break;
        }
        end += c.len_utf8();
    }
    Some(end)
}

fn char_count(text: &str) -> usize {
    text.chars().count()
}

fn has_sentence_punctuation(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c,
            '。' | '，' | '；' | '：' | '！' | '？' | ',' | ';' | '!' | '?'
        )
    })
}

/// `一、2022年工作回顾` or `第二部分 …`: the part's number and where its
/// heading text starts.
pub fn numbered_part(line: &str) -> Option<u32> {
    if char_count(line) > 40 {
        return None;
    }
    if let Some(rest) = line.strip_prefix('第') {
        let numeral: String = rest.chars().take_while(|&c| is_numeral_char(c)).collect();
        if rest[numeral.len()..].starts_with("部分") {
            return parse_small(&numeral);
        }
        return None;
    }
    let numeral: String = line.chars().take_while(|&c| is_numeral_char(c)).collect();
    let rest = &line[numeral.len()..];
    let mark = rest.chars().next()?;
    if !matches!(mark, '、' | '，' | '．' | '.') || rest.len() == mark.len_utf8() {
        return None;
    }
    // `一、` with a full sentence after it, or a term and its definition,
    // is a list item, not a heading.
    let body = rest.trim_end_matches(['。', '；']);
    if body.contains('。') || body.contains('：') || body.contains(':') {
        return None;
    }
    parse_small(&numeral)
}

/// A part heading with no numeral, alone on its line (`2024年工作回顾`).
pub fn bare_part(line: &str) -> bool {
    const KEYWORDS: [&str; 10] = [
        "工作回顾",
        "工作安排",
        "工作任务",
        "总体要求",
        "目标任务",
        "主要目标",
        "预期目标",
        "重点工作",
        "政府自身建设",
        "主要工作",
    ];
    char_count(line) <= 24
        && !has_sentence_punctuation(line)
        && KEYWORDS.iter().any(|keyword| line.contains(keyword))
}

/// `结束语` alone on its line: the report's closing words under a heading of
/// their own, after its numbered parts (the State Council's reports of the
/// 1990s).
pub fn closing_heading(line: &str) -> bool {
    matches!(line.trim().trim_end_matches(['：', ':']), "结束语" | "结语")
}

/// `(一)…` or `（一）…`: the section's number and the byte length of the marker.
pub fn section_marker(line: &str) -> Option<(u32, usize)> {
    let open = line.chars().next().filter(|&c| c == '(' || c == '（')?;
    let rest = &line[open.len_utf8()..];
    let numeral: String = rest.chars().take_while(|&c| is_numeral_char(c)).collect();
    let after = &rest[numeral.len()..];
    let close = after.chars().next().filter(|&c| c == ')' || c == '）')?;
    let number = parse_small(&numeral)?;
    Some((number, open.len_utf8() + numeral.len() + close.len_utf8()))
}

/// Splits a section line into its heading and the intro that shares its
/// line: the heading is the first sentence.
pub fn section_heading_end(line: &str) -> usize {
    first_sentence_end(line).unwrap_or(line.len())
}

/// The kind of paragraph a line opens: an `一是` item, a dash bullet, a
/// numbered item, or a plain paragraph.
pub fn paragraph_role(line: &str) -> Role {
    let numeral: String = line.chars().take_while(|&c| is_numeral_char(c)).collect();
    if !numeral.is_empty() && line[numeral.len()..].starts_with('是') {
        return Role::Item;
    }
    let first = line.chars().next().unwrap_or(' ');
    if matches!(first, '—' | '－' | '•' | '●' | '▪' | '◆' | '■' | '·')
        || (first == '-' && line.len() > 1)
    {
        return Role::Bullet;
    }
    if numbered_item(line) || section_marker(line).is_some() {
        return Role::Numbered;
    }
    Role::Paragraph
}

/// `1.` `2、` `（3）` `(4)` `①`: a numbered list item.
fn numbered_item(line: &str) -> bool {
    let first = line.chars().next().unwrap_or(' ');
    if ('①'..='⑳').contains(&first) {
        return true;
    }
    let inner = line
        .strip_prefix(['(', '（'])
        .map(|rest| (rest, true))
        .unwrap_or((line, false));
    let (rest, bracketed) = inner;
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let mut after = rest[digits..].chars();
    match (bracketed, after.next(), after.next()) {
        (true, Some(')' | '）'), _) => true,
        (false, Some('.' | '．' | '、'), next) => !next.is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Whether a line opens a new paragraph even when the line before it did
/// not end its sentence (a list item never continues a broken line).
pub fn opens_item(line: &str) -> bool {
    paragraph_role(line) != Role::Paragraph
}

/// `附件1`, `附件：名词解释`, `名词解释`, `附：…`: the start of an appendix.
pub fn appendix_heading(line: &str) -> bool {
    let count = char_count(line);
    (line.starts_with("附件") && count <= 40)
        || (line.starts_with("名词解释") && count <= 12)
        || ((line.starts_with("附：") || line.starts_with("附录")) && count <= 30)
}

/// The front-matter role of a line near the top of the report, if any.
pub fn front_role(line: &str) -> Option<Role> {
    let count = char_count(line);
    if source_line(line) {
        return Some(Role::Source);
    }
    if line.starts_with("各位代表") && count <= 16 {
        return Some(Role::Salutation);
    }
    if meeting_line(line) {
        return Some(Role::Meeting);
    }
    let title_alone = count <= 40 && !ends_sentence(line);
    if line.contains("报告") && (title_alone || split_title_line(line).is_some()) {
        return Some(Role::Title);
    }
    if count <= 30 && !has_sentence_punctuation(line) && speaker_line(line) {
        return Some(Role::Speaker);
    }
    None
}

/// The buttons and labels a news page puts around its text (`下载`, `打印`,
/// `【字号：`, `加大`, `】`), and photo captions (`…本报记者 戴冰摄`):
/// page furniture, not the report.
pub fn furniture_line(line: &str) -> bool {
    const BUTTONS: [&str; 30] = [
        "下载",
        "打印",
        "全屏",
        "收藏",
        "分享",
        "关闭",
        "关闭窗口",
        "打印本页",
        "返回顶部",
        "返回",
        "字号",
        "字号：",
        "【字号：",
        "加大",
        "还原",
        "减小",
        "大",
        "中",
        "小",
        "【",
        "】",
        "扫一扫",
        "分享到：",
        "分享到",
        "微信",
        "微博",
        "QQ空间",
        "【打印】",
        "【关闭】",
        "默认",
    ];
    let line = line.trim();
    if BUTTONS.contains(&line) {
        return true;
    }
    let count = char_count(line);
    // `【字体：大 中 小】`, `【打印本页】`: a bracketed control.
    let bracketed = line.starts_with('【') && line.ends_with('】') && count <= 16;
    // `殷勇同志作政府工作报告。本报记者 戴冰摄`
    let caption = count <= 60
        && line.trim_end_matches(['）', ')']).ends_with('摄')
        && ["记者", "摄影", "通讯员", "新华社"]
            .iter()
            .any(|w| line.contains(w));
    // `<!-- 裘东耀作政府工作报告。（严龙 摄） -->`: a Markdown file's
    // comment, a photo's caption the collection kept out of sight.
    let comment = line.starts_with("<!--") && line.ends_with("-->");
    // `（严龙 李岩宏 摄）`: a photo's credit alone.
    let credit = count <= 24
        && line.starts_with(['（', '('])
        && line
            .trim_end_matches(['）', ')'])
            .trim_end()
            .ends_with('摄');
    bracketed || caption || comment || credit
}

fn source_line(line: &str) -> bool {
    const LABELS: [&str; 12] = [
        "来源",
        "信息来源",
        "稿源",
        "发布时间",
        "发布日期",
        "发布机构",
        "时间",
        "日期",
        "作者",
        "编辑",
        "责任编辑",
        "索引号",
    ];
    LABELS.iter().any(|label| {
        line.strip_prefix(label).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with('：') || rest.starts_with(':')
        })
    }) && char_count(line) <= 80
}

/// `(2023年1月7日在……会议上)`, `——在……会议上`, or a bare date line.
pub fn meeting_line(line: &str) -> bool {
    let about_meeting = ["会议", "会上", "大会"].iter().any(|w| line.contains(w));
    let bracketed = (line.starts_with('(') || line.starts_with('（'))
        && (line.ends_with(')') || line.ends_with('）'));
    let dashed = line.starts_with('—');
    ((bracketed || dashed) && about_meeting) || date_line(line)
}

/// `2023年1月7日` alone on its line.
fn date_line(line: &str) -> bool {
    let rest = line.trim_matches(|c: char| c.is_ascii_digit() || "年月日".contains(c));
    rest.is_empty() && line.ends_with('日') && line.contains('年') && char_count(line) <= 12
}

fn speaker_line(line: &str) -> bool {
    ["长", "总理", "主席", "主任"]
        .iter()
        .any(|w| line.contains(w))
        || line.starts_with(['■', '●', '▲', '◆', '★'])
}

/// Splits a title line that also holds the meeting line and the speaker
/// (`政府工作报告（2024年1月15日在……会议上）区长 张三`): byte ranges of the
/// title, the meeting and the speaker.
pub fn split_title_line(line: &str) -> Option<[std::ops::Range<usize>; 3]> {
    let open = line.find(['(', '（'])?;
    let close_rel = line[open..].find([')', '）'])?;
    let close = open + close_rel + line[open + close_rel..].chars().next()?.len_utf8();
    if open == 0 || !meeting_line(&line[open..close]) {
        return None;
    }
    Some([0..open, open..close, close..line.len()])
}

/// A short opening sentence that names the paragraph's topic
/// (`主导产业加速集聚。`): its byte length.
pub fn lead_sentence(text: &str) -> Option<usize> {
    let end = first_sentence_end(text)?;
    let sentence = &text[..end];
    let count = char_count(sentence);
    let plain = !sentence
        .chars()
        .any(|c| matches!(c, '，' | '、' | '；' | '：' | ',' | ';' | ':'));
    (plain && (4..=24).contains(&count) && end < text.len()).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends() {
        for ended in ["好。", "好！", "如下：", "“好。”", "（见附件。）", "等……"]
        {
            assert!(ends_sentence(ended), "{ended}");
        }
        for open in ["10.43亿", "总数第二，", "街道（园区）", "产业", ""] {
            assert!(!ends_sentence(open), "{open}");
        }
    }

    #[test]
    fn parts() {
        assert_eq!(numbered_part("一、2022年工作回顾"), Some(1));
        assert_eq!(numbered_part("十一、其他"), Some(11));
        assert_eq!(numbered_part("第三部分 政府自身建设"), Some(3));
        assert_eq!(numbered_part("一是加快发展。"), None);
        assert_eq!(numbered_part("一、"), None);
        assert_eq!(numbered_part("二、扩大内需。实施……。"), None);
        assert_eq!(numbered_part("一、专精特新：指中小企业。"), None);
        assert!(bare_part("2024年工作回顾"));
        assert!(bare_part("过去五年工作回顾"));
        assert!(!bare_part("2024年工作回顾。我们取得了成绩"));
        assert!(!bare_part("推动高质量发展"));
    }

    #[test]
    fn sections() {
        assert_eq!(section_marker("(一)着力稳增长"), Some((1, 5)));
        assert_eq!(section_marker("（十二）建设"), Some((12, "（十二）".len())));
        assert_eq!(section_marker("(1)甲"), None);
        assert_eq!(section_marker("（一"), None);
        let line = "(一)着力稳增长、转动能，经济发展稳进提质。围绕发展第一要务。";
        assert_eq!(
            &line[..section_heading_end(line)],
            "(一)着力稳增长、转动能，经济发展稳进提质。"
        );
    }

    #[test]
    fn paragraph_roles() {
        assert_eq!(paragraph_role("一是加快发展。"), Role::Item);
        assert_eq!(paragraph_role("十二是加快发展。"), Role::Item);
        assert_eq!(paragraph_role("——经济总体回升向好。"), Role::Bullet);
        assert_eq!(paragraph_role("1.新建学校5所。"), Role::Numbered);
        assert_eq!(paragraph_role("12、改造小区。"), Role::Numbered);
        assert_eq!(paragraph_role("（3）建设公园。"), Role::Numbered);
        assert_eq!(paragraph_role("①完成"), Role::Numbered);
        assert_eq!(paragraph_role("1.5亿元用于"), Role::Paragraph);
        assert_eq!(paragraph_role("2022年是关键之年。"), Role::Paragraph);
        assert_eq!(paragraph_role("元。新增"), Role::Paragraph);
    }

    #[test]
    fn front_matter_lines() {
        assert_eq!(front_role("政府工作报告"), Some(Role::Title));
        assert_eq!(
            front_role("(2023年1月7日在拱墅区第一届人民代表大会第二次会议上)"),
            Some(Role::Meeting)
        );
        assert_eq!(
            front_role("——2024年3月5日在第十四届全国人民代表大会第二次会议上"),
            Some(Role::Meeting)
        );
        assert_eq!(front_role("2024年1月15日"), Some(Role::Meeting));
        assert_eq!(
            front_role("■ 拱墅区人民政府区长 冯 晶"),
            Some(Role::Speaker)
        );
        assert_eq!(front_role("国务院总理 李强"), Some(Role::Speaker));
        assert_eq!(front_role("来源：浙江日报"), Some(Role::Source));
        for line in [
            "下载",
            "打印",
            "【字号：",
            "加大",
            "】",
            "【字体：大 中 小】",
        ] {
            assert!(furniture_line(line), "{line}");
        }
        assert!(furniture_line("殷勇同志作政府工作报告。本报记者 戴冰摄"));
        assert!(furniture_line("毛伟明同志作政府工作报告。本报记者 李健 摄"));
        // A collection's Markdown keeps captions as comments.
        assert!(furniture_line("<!-- 裘东耀作政府工作报告。（严龙 摄） -->"));
        assert!(furniture_line("（严龙 李岩宏 摄）"));
        assert!(!furniture_line("（一）聚焦重点改革，市场活力进一步激发。"));
        for line in ["政府工作报告", "下载量增长20%。", "各位代表："] {
            assert!(!furniture_line(line), "{line}");
        }
        assert_eq!(front_role("来源 : 杭州日报"), Some(Role::Source));
        assert_eq!(front_role("各位代表："), Some(Role::Salutation));
        assert_eq!(
            front_role("现在，我代表区人民政府向大会报告工作，请予审议。"),
            None
        );
    }

    #[test]
    fn title_line_with_meeting_and_speaker() {
        let line = "政府工作报告（2024年1月15日在市第十六届人民代表大会第三次会议上）市长 张三";
        let [title, meeting, speaker] = split_title_line(line).expect("splits");
        assert_eq!(&line[title], "政府工作报告");
        assert!(line[meeting].ends_with("会议上）"));
        assert_eq!(&line[speaker], "市长 张三");
        assert!(split_title_line("政府工作报告").is_none());
    }

    #[test]
    fn leads() {
        let text = "主导产业加速集聚。高标准制定规划。";
        assert_eq!(lead_sentence(text), Some("主导产业加速集聚。".len()));
        assert_eq!(
            lead_sentence("“三驾马车”协调拉动。全力推动。"),
            Some("“三驾马车”协调拉动。".len())
        );
        assert_eq!(lead_sentence("现在，我代表区政府报告。请审议。"), None);
        assert_eq!(lead_sentence("只有一句。"), None);
    }

    #[test]
    fn appendices() {
        assert!(appendix_heading("附件1"));
        assert!(appendix_heading("附件：名词解释"));
        assert!(appendix_heading("名词解释"));
        assert!(!appendix_heading("附件中的表格列出了今年的主要指标和具体数据，供各位代表在审议时参考使用，请大家认真阅读后提出意见。"));
    }
}
