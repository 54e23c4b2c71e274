//! What a report's own words say of where and when it was given: its
//! title, the meeting line (`在X第N届人民代表大会第M次会议上`, on one line
//! or broken over two), the speaker line (`浙江省省长 刘捷`, `自治区主席 …`)
//! and the opening (`我代表X人民政府`).

use super::names::{is_place_name, place_before_report, STATE_COUNCIL};
use super::Level;
use crate::report::figures::{recognise, Kind};

/// Each signal as the text gives it; names as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextSays {
    pub meeting_place: Option<String>,
    pub meeting_date: Option<String>,
    pub title_place: Option<String>,
    pub title_year: Option<i32>,
    pub title_date: Option<String>,
    /// A name without its office: after a title's date (`（2014年1月9日
    /// 韩立华）`), or alone on the line after the meeting line.
    pub title_speaker: Option<String>,
    pub speaker: Option<Speaker>,
    pub opening_place: Option<String>,
    pub opening_level: Option<Level>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The place before the office (`浙江省` of 浙江省省长).
    pub place: Option<String>,
    pub level: Level,
    /// Office and name: `代省长 张某`.
    pub shown: String,
}

/// The offices that read a report, each with the level it speaks for;
/// `自治区主席` is an office, its 自治区 no place.
const OFFICES: [(&str, Level); 11] = [
    ("总理", Level::National),
    ("省长", Level::Province),
    ("自治区主席", Level::Province),
    ("主席", Level::Province),
    ("市长", Level::City),
    ("州长", Level::City),
    ("盟长", Level::City),
    ("专员", Level::City),
    ("区长", Level::District),
    ("县长", Level::District),
    ("旗长", Level::District),
];

/// How far into a text its front lines and opening reach.
const HEAD_CHARS: usize = 1_500;

/// What the text says; `titles` are the titles given beside it (a front
/// matter's), read after the text's own.
pub fn text_says(text: &str, titles: &[&str]) -> TextSays {
    let head = head_lines(text);
    let joined: String = head.concat();
    let mut says = TextSays::default();
    if let Some((place, date)) = meeting(&joined) {
        says.meeting_place = place;
        says.meeting_date = date;
    }
    let own_titles = head
        .iter()
        .filter(|line| line.contains("工作报告") && line.chars().count() <= 60);
    for title in own_titles.map(String::as_str).chain(titles.iter().copied()) {
        says.title_place = says.title_place.or_else(|| place_before_report(title));
        says.title_year = says.title_year.or_else(|| year_before_report(title));
        if says.title_date.is_none() {
            if let Some((date, name)) = title_date_and_name(title) {
                says.title_date = Some(date);
                says.title_speaker = name;
            }
        }
    }
    says.speaker = head
        .iter()
        .filter(|line| line.chars().count() <= 80)
        .find_map(|line| speaker_of(line));
    if says.speaker.is_none() && says.title_speaker.is_none() {
        says.title_speaker = name_after_meeting(&head);
    }
    let (place, level) = opening(&joined);
    says.opening_place = place;
    says.opening_level = level;
    says
}

/// The text's first lines, markdown and layout taken out, up to
/// `HEAD_CHARS` characters.
fn head_lines(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut count = 0;
    for line in text.lines() {
        let line: String = line
            .chars()
            .filter(|c| !matches!(c, '*' | '#' | '\u{feff}' | '\u{200b}') && !c.is_whitespace())
            .collect();
        if line.is_empty() || line.starts_with("<!--") {
            continue;
        }
        count += line.chars().count();
        lines.push(line);
        if count > HEAD_CHARS {
            break;
        }
    }
    lines
}

/// `2019年1月15日在杭州市第十三届人民代表大会第三次会议上`, with or without
/// its line breaks: the place (全国: the State Council) and the day.
fn meeting(joined: &str) -> Option<(Option<String>, Option<String>)> {
    let congress = joined.find("人民代表大会")?;
    let before = &joined[..congress];
    let at = before.rfind('在')?;
    if before[at..].chars().count() > 30 {
        return None;
    }
    let mut place = before[at + '在'.len_utf8()..].to_owned();
    // Take out the congress's number (`第二届`), wherever it stands.
    if let Some(start) = place.find('第') {
        if let Some(count) = place[start..].find('届') {
            place.replace_range(start..start + count + '届'.len_utf8(), "");
        }
    }
    let place = match place.as_str() {
        "全国" => Some(STATE_COUNCIL.to_owned()),
        name if is_place_name(name) => Some(name.to_owned()),
        _ => None,
    };
    // The day stands just before 在 (`——2024年3月5日在…`).
    let lead_start = before[..at]
        .char_indices()
        .rev()
        .nth(20)
        .map_or(0, |(i, _)| i);
    let date = full_date(&before[lead_start..at]);
    Some((place, date))
}

/// The first whole day a text names, `YYYY-MM-DD`.
fn full_date(text: &str) -> Option<String> {
    recognise(text)
        .into_iter()
        .filter(|figure| figure.kind == Kind::Date)
        .find_map(|figure| figure.date.filter(|date| date.len() == 10))
}

/// `2019年杭州市政府工作报告`: the year a title names before 政府工作报告.
fn year_before_report(title: &str) -> Option<i32> {
    let end = title.find("工作报告")?;
    recognise(&title[..end])
        .into_iter()
        .filter(|figure| figure.kind == Kind::Date)
        .find_map(|figure| figure.date?.get(..4)?.parse().ok())
}

/// `…报告 （2014年1月9日 韩立华）`: the day and the name after it.
fn title_date_and_name(title: &str) -> Option<(String, Option<String>)> {
    let end = title.find("工作报告")? + "工作报告".len();
    let after = &title[end..];
    let date_figure = recognise(after).into_iter().find(|figure| {
        figure.kind == Kind::Date && figure.date.as_ref().is_some_and(|d| d.len() == 10)
    })?;
    let name: String = after[date_figure.range.end..]
        .chars()
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| !c.is_whitespace() && !matches!(c, '）' | ')' | '，' | '、'))
        .collect();
    let name = (2..=8).contains(&name.chars().count()).then_some(name);
    Some((date_figure.date?, name))
}

/// `浙江省省长 刘捷`, `■ 拱墅区人民政府区长 冯 晶`, `自治区主席 …`, and the
/// meeting line run into it (`…会议上兰州市人民政府市长 …`).
fn speaker_of(line: &str) -> Option<Speaker> {
    let (at, office, level) = OFFICES
        .iter()
        .filter_map(|&(office, level)| line.find(office).map(|at| (at, office, level)))
        .min_by_key(|&(at, office, _)| (at, usize::MAX - office.len()))?;
    let before = &line[..at];
    if before.ends_with('副') || before.ends_with("政协") {
        return None;
    }
    let acting = before.ends_with('代');
    let before = before.trim_end_matches('代').trim_end_matches("人民政府");
    let cut = before
        .rfind(['上', '）', ')', '■', '●', '▲', '◆', '★', '—', '】', '：'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let before = &before[cut..];
    let name: String = line[at + office.len()..]
        .chars()
        .take_while(|c| !is_name_end(*c))
        .collect();
    // A line that goes on past a name is a sentence, not a speaker line.
    if name.chars().count() > 8 || line[at + office.len() + name.len()..].chars().count() > 2 {
        return None;
    }
    let place = (before == STATE_COUNCIL || is_place_name(before)).then(|| before.to_owned());
    let office = if acting {
        format!("代{office}")
    } else {
        office.to_owned()
    };
    let shown = if name.is_empty() {
        office
    } else {
        format!("{office} {name}")
    };
    Some(Speaker {
        place,
        level,
        shown,
    })
}

/// `…第一次会议上` ⏎ `汤飞帆`: a name alone on the line after the meeting
/// line, its office left unsaid.
fn name_after_meeting(head: &[String]) -> Option<String> {
    let meeting = head.iter().position(|line| line.contains("会议上"))?;
    let next = head.get(meeting + 1)?;
    let count = next.chars().count();
    let name_like = (2..=4).contains(&count)
        && next.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !is_place_name(next)
        && !["各位代表", "政府工作报告"]
            .iter()
            .any(|w| next.contains(w));
    name_like.then(|| next.clone())
}

fn is_name_end(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | ':' | '（' | '(' | '）' | ')' | '<' | '各'
    )
}

/// `我代表浙江省人民政府`, `我代表国务院`; `我代表市人民政府`: the level alone.
fn opening(joined: &str) -> (Option<String>, Option<Level>) {
    for (at, word) in joined.match_indices("代表") {
        let rest = &joined[at + word.len()..];
        if rest.starts_with(STATE_COUNCIL) {
            return (Some(STATE_COUNCIL.to_owned()), Some(Level::National));
        }
        let Some(end) = rest.find("人民政府") else {
            continue;
        };
        let name = &rest[..end];
        if is_place_name(name) {
            return (Some(name.to_owned()), None);
        }
        let level = match name {
            "省" | "自治区" => Level::Province,
            "市" | "州" | "盟" | "行署" | "地区行署" => Level::City,
            "区" | "县" | "旗" => Level::District,
            _ => continue,
        };
        return (None, Some(level));
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_line_broken_over_two_lines() {
        let says = text_says(
            "政府工作报告\n\n——2025年1月13日在广东省第十四届\n人民代表大会第三次会议上\n\n广东省省长　王伟中\n\n各位代表：\n",
            &[],
        );
        assert_eq!(says.meeting_place.as_deref(), Some("广东省"));
        assert_eq!(says.meeting_date.as_deref(), Some("2025-01-13"));
        assert_eq!(
            says.speaker.map(|s| (s.place, s.shown)),
            Some((Some("广东省".to_owned()), "省长 王伟中".to_owned()))
        );
    }

    #[test]
    fn a_speaker_line_of_an_autonomous_region_names_no_place() {
        let says = text_says(
            "政府工作报告\n\n——2025年1月20日在广西壮族自治区第十四届人民代表大会第四次会议上\n\n自治区主席　韦韬\n\n各位代表：\n\n现在，我代表自治区人民政府，向大会报告工作。\n",
            &[],
        );
        assert_eq!(says.meeting_place.as_deref(), Some("广西壮族自治区"));
        let speaker = says.speaker.expect("a speaker");
        assert_eq!(speaker.place, None);
        assert_eq!(speaker.shown, "自治区主席 韦韬");
        assert_eq!(says.opening_level, Some(Level::Province));
    }

    #[test]
    fn a_meeting_line_run_into_the_speaker() {
        let says = text_says(
            "2019年1月15日在兰州市第十六届人民代表大会第六次会议上兰州市人民政府市长 张伟文\n\n各位代表：\n",
            &[],
        );
        assert_eq!(says.meeting_place.as_deref(), Some("兰州市"));
        let speaker = says.speaker.expect("a speaker");
        assert_eq!(speaker.place.as_deref(), Some("兰州市"));
        assert_eq!(speaker.shown, "市长 张伟文");
    }

    #[test]
    fn titles_of_front_matters_and_texts() {
        let says = text_says(
            "州长 金寿浩\n\n各位代表：\n",
            &["延边州政府工作报告（2021年1月12日 金寿浩）"],
        );
        assert_eq!(says.title_place.as_deref(), Some("延边州"));
        assert_eq!(says.title_date.as_deref(), Some("2021-01-12"));
        assert_eq!(says.title_speaker.as_deref(), Some("金寿浩"));
        assert_eq!(
            says.speaker.map(|s| s.shown).as_deref(),
            Some("州长 金寿浩")
        );
        let own = text_says("陕西省2026年政府工作报告\n\n各位代表：\n", &[]);
        assert_eq!(own.title_place.as_deref(), Some("陕西省"));
        assert_eq!(own.title_year, Some(2026));
    }

    #[test]
    fn a_name_alone_after_the_meeting_line() {
        let says = text_says(
            "政府工作报告\n\n2022年4月9日在宁波市\n\n第十六届人民代表大会第一次会议上\n\n汤飞帆\n\n各位代表：\n",
            &[],
        );
        assert_eq!(says.meeting_place.as_deref(), Some("宁波市"));
        assert_eq!(says.title_speaker.as_deref(), Some("汤飞帆"));
    }

    #[test]
    fn a_sentence_with_an_office_is_no_speaker_line() {
        let says = text_says("各位代表：\n\n开通市长热线，办理群众诉求。\n", &[]);
        assert_eq!(says.speaker, None);
    }
}
