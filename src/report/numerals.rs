//! Chinese numerals as used in headings and counts (一 … 九十九).

/// The value of a Chinese numeral digit, with 〇/零 and 两.
pub fn digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Whether `c` can appear in a heading numeral.
pub fn is_numeral_char(c: char) -> bool {
    c == '十' || (digit(c).is_some() && c != '两')
}

/// Parses a whole heading numeral (`三`, `十`, `十二`, `二十一`).
pub fn parse_small(s: &str) -> Option<u32> {
    if s.contains('两') {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [d] if *d != '十' => digit(*d).filter(|&v| v > 0),
        ['十'] => Some(10),
        ['十', d] => digit(*d).filter(|&v| v > 0).map(|v| 10 + v),
        [t, '十'] => digit(*t).filter(|&v| v > 1).map(|v| v * 10),
        [t, '十', d] => Some(digit(*t).filter(|&v| v > 1)? * 10 + digit(*d).filter(|&v| v > 0)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_numerals() {
        let cases = [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十三", 23),
        ];
        for (text, value) in cases {
            assert_eq!(parse_small(text), Some(value), "{text}");
        }
        for bad in ["", "零", "一十一十", "十十", "两", "甲"] {
            assert_eq!(parse_small(bad), None, "{bad}");
        }
    }
}
