//! Figures in plain words, for the popover, the panel and the export.

use super::kind::{Figure, Kind};

/// A number with thousands separators and no trailing zeros
/// (`73400000000` → `73,400,000,000`, `0.290` → `0.29`).
pub fn group(value: f64) -> String {
    let text = decimal(value, 4);
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let mut grouped = String::from(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if !fraction.is_empty() {
        grouped.push('.');
        grouped.push_str(fraction);
    }
    grouped
}

/// A number in decimal digits, rounded to at most `places` after the
/// point, without trailing zeros (`1.50` → `1.5`). Integer arithmetic: the
/// wasm then carries no float formatting, tens of kilobytes.
pub fn decimal(value: f64, places: u32) -> String {
    if !value.is_finite() {
        return String::new();
    }
    // Fewer places for huge numbers: no more digits than a double holds.
    let mut places = places;
    while places > 0 && value.abs() * 10f64.powi(places as i32) >= 1e15 {
        places -= 1;
    }
    let scale = 10u64.pow(places);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, mut fraction) = (scaled / scale, scaled % scale);
    let mut text = String::new();
    if value < 0.0 && scaled > 0 {
        text.push('-');
    }
    text.push_str(&whole.to_string());
    if fraction > 0 {
        let mut places = places;
        while fraction % 10 == 0 {
            fraction /= 10;
            places -= 1;
        }
        let digits = fraction.to_string();
        text.push('.');
        text.extend(std::iter::repeat_n('0', places as usize - digits.len()));
        text.push_str(&digits);
    }
    text
}

/// The magnitude word the figure was written with, and its factor.
fn magnitude(written: &str) -> Option<(&'static str, f64)> {
    [
        ("万亿", 1e12),
        ("千万", 1e7),
        ("百万", 1e6),
        ("亿", 1e8),
        ("万", 1e4),
    ]
    .into_iter()
    .find(|(word, _)| written.contains(word))
}

/// Between a number and its unit: a line never breaks there.
const NBSP: char = '\u{a0}';

/// The normalised value in plain words: `734亿元 = 734 亿元 = 73,400,000,000 元`
/// (each number held to its unit by a no-break space).
pub fn in_words(figure: &Figure, written: &str) -> String {
    let Some(value) = figure.value else {
        return match figure.kind {
            Kind::Rank => format!("{}前列", figure.unit),
            _ => written.to_owned(),
        };
    };
    let to = figure
        .to
        .map(|to| format!("—{}", group(to)))
        .unwrap_or_default();
    match figure.kind {
        Kind::Percent if figure.unit == "个百分点" => {
            format!("{}{NBSP}个百分点{to}", group(value))
        }
        Kind::Percent => format!("{}{to}{}", group(value), figure.unit),
        Kind::Rank => format!("{}第{NBSP}{}{NBSP}位", figure.unit, group(value)),
        Kind::Date => figure.date.clone().unwrap_or_else(|| written.to_owned()),
        Kind::Money | Kind::Count | Kind::Measure => {
            let unit = &figure.unit;
            match magnitude(written) {
                Some((word, factor)) => format!(
                    "{written} = {}{NBSP}{word}{unit} = {}{NBSP}{unit}",
                    group(value / factor),
                    group(value)
                ),
                None => format!("{written} = {}{to}{NBSP}{unit}", group(value)),
            }
        }
    }
}

/// What a qualifier says about the number.
pub fn qualifier_meaning(qualifier: &str) -> &'static str {
    match qualifier {
        "超" => "超过此数",
        "近" => "接近此数，略少于它",
        "约" => "约数",
        "余" | "多" => "比此数多一些",
        "以上" => "不少于此数",
        "以下" => "不超过此数",
        "左右" => "此数上下",
        _ => "",
    }
}

/// Whether a percent is a change or a level, in words.
pub fn change_or_level(figure: &Figure) -> Option<&'static str> {
    (figure.kind == Kind::Percent).then_some(if figure.growth {
        "变化幅度（增长、下降或提高的幅度）"
    } else {
        "水平（比重、比率等）"
    })
}

#[cfg(test)]
mod tests {
    use super::super::recognise;
    use super::*;

    fn words(sentence: &str) -> String {
        let figure = recognise(sentence).remove(0);
        in_words(&figure, &sentence[figure.range.clone()]).replace(NBSP, " ")
    }

    #[test]
    fn numbers_stay_with_their_units() {
        let figure = recognise("完成734亿元").remove(0);
        assert_eq!(
            in_words(&figure, "734亿元"),
            "734亿元 = 734\u{a0}亿元 = 73,400,000,000\u{a0}元"
        );
    }

    #[test]
    fn grouping() {
        assert_eq!(group(73_400_000_000.0), "73,400,000,000");
        assert_eq!(group(0.29), "0.29");
        assert_eq!(group(1435.0), "1,435");
        assert_eq!(group(100.0), "100");
        assert_eq!(group(-1.5), "-1.5");
        assert_eq!(group(0.0001), "0.0001");
        assert_eq!(group(0.00004), "0");
        assert_eq!(group(1.00005), "1.0001");
        assert_eq!(group(3e14), "300,000,000,000,000");
    }

    #[test]
    fn decimals_as_float_formatting_writes_them() {
        for value in [
            0.0,
            1.5,
            0.29,
            10.43,
            1e8,
            1043000000.0,
            0.05,
            99.99,
            12.345678,
            -7.25,
        ] {
            assert_eq!(decimal(value, 6), format!("{value}"), "{value}");
        }
        assert_eq!(decimal(2.0 / 3.0, 4), "0.6667");
        assert_eq!(decimal(-0.00001, 4), "0");
        assert_eq!(decimal(f64::NAN, 4), "");
        // More digits than a double holds: fewer places, not noise.
        assert_eq!(decimal(123_456_789_012.345_67, 6), "123456789012.346");
        assert_eq!(decimal(123_456_789_012_345.67, 6), "123456789012346");
    }

    #[test]
    fn plain_words() {
        assert_eq!(
            words("完成734亿元"),
            "734亿元 = 734 亿元 = 73,400,000,000 元"
        );
        assert_eq!(words("引进3.4万名"), "3.4万名 = 3.4 万名 = 34,000 名");
        assert_eq!(words("新增28家"), "28家 = 28 家");
        assert_eq!(words("增长1.2%"), "1.2%");
        assert_eq!(words("下降0.5个百分点"), "0.5 个百分点");
        assert_eq!(words("增幅居全市第8"), "全市第 8 位");
        assert_eq!(words("居全市前列"), "全市前列");
        assert_eq!(words("2023年1月7日"), "2023-01-07");
    }
}
