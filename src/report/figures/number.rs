//! Numbers as written in the reports: Arabic digits (half- or full-width,
//! with decimals and thousands separators) and Chinese numerals.

/// An ASCII or full-width digit's value.
pub fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

pub fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

/// An Arabic number at `chars[at..]`: its value and where it ends.
pub fn arabic(chars: &[char], at: usize) -> Option<(f64, usize)> {
    let mut digits = Decimal::default();
    let mut i = at;
    while let Some(&c) = chars.get(i) {
        if let Some(d) = digit(c) {
            digits.push(d);
            i += 1;
        } else if c == ',' && thousands_group(chars, i + 1) && digits.count > 0 {
            i += 1;
        } else {
            break;
        }
    }
    if digits.count == 0 {
        return None;
    }
    if matches!(chars.get(i), Some('.' | '．')) && chars.get(i + 1).is_some_and(|&c| is_digit(c)) {
        i += 1;
        while let Some(d) = chars.get(i).and_then(|&c| digit(c)) {
            digits.push_fraction(d);
            i += 1;
        }
    }
    Some((digits.value(), i))
}

/// Decimal digits read one by one into an integer and a count of places
/// after the point: no float parsing, whose tables and code would cost the
/// wasm tens of kilobytes. Exact (and so the same as parsing) for up to 19
/// significant digits, which is more than any report writes.
#[derive(Default)]
struct Decimal {
    mantissa: u64,
    places: i32,
    count: usize,
    /// Digits beyond what a u64 holds: the value's power of ten grows.
    dropped: i32,
}

impl Decimal {
    fn push(&mut self, digit: u32) {
        self.count += 1;
        match self
            .mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u64::from(digit)))
        {
            Some(mantissa) => self.mantissa = mantissa,
            None => self.dropped += 1,
        }
    }

    fn push_fraction(&mut self, digit: u32) {
        if let Some(mantissa) = self
            .mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u64::from(digit)))
        {
            self.mantissa = mantissa;
            self.places += 1;
        }
    }

    fn value(&self) -> f64 {
        // Both the mantissa (below 2^53 in practice) and the power of ten
        // (up to 10^22) are exact, so the division rounds once, correctly.
        let exponent = self.dropped - self.places;
        let mantissa = self.mantissa as f64;
        if exponent >= 0 {
            mantissa * 10f64.powi(exponent)
        } else {
            mantissa / 10f64.powi(-exponent)
        }
    }
}

/// Exactly three digits and no fourth: a thousands group after a comma.
fn thousands_group(chars: &[char], at: usize) -> bool {
    (at..at + 3).all(|i| chars.get(i).is_some_and(|&c| is_digit(c)))
        && !chars.get(at + 3).is_some_and(|&c| is_digit(c))
}

fn chinese_digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' => 1.0,
        '二' | '两' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return None,
    })
}

fn chinese_multiplier(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1000.0,
        _ => return None,
    })
}

/// The value of a Chinese digit (`三` → 3), as after `点`.
pub fn chinese_digit_value(c: char) -> Option<f64> {
    chinese_digit(c)
}

pub fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_multiplier(c).is_some() || c == '半'
}

/// A Chinese numeral below ten thousand at `chars[at..]` (`十七`, `两`,
/// `一百二十`); 万 and 亿 are read as magnitudes afterwards.
pub fn chinese(chars: &[char], at: usize) -> Option<(f64, usize)> {
    let first = *chars.get(at)?;
    if first == '半' {
        return Some((0.5, at + 1));
    }
    if chinese_digit(first).is_none() && first != '十' {
        return None;
    }
    let mut total = 0.0;
    let mut pending: Option<f64> = None;
    let mut i = at;
    while let Some(&c) = chars.get(i) {
        if let Some(d) = chinese_digit(c) {
            if pending.is_some_and(|p| p != 0.0) {
                break; // `三四` is "three or four", not a number we read.
            }
            pending = Some(d);
        } else if let Some(m) = chinese_multiplier(c) {
            total += pending.take().unwrap_or(1.0) * m;
        } else {
            break;
        }
        i += 1;
    }
    total += pending.unwrap_or(0.0);
    (i > at).then_some((total, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn arabic_numbers() {
        assert_eq!(arabic(&chars("734亿"), 0), Some((734.0, 3)));
        assert_eq!(arabic(&chars("10.43亿"), 0), Some((10.43, 5)));
        assert_eq!(arabic(&chars("１２．５％"), 0), Some((12.5, 4)));
        assert_eq!(arabic(&chars("14,539个"), 0), Some((14539.0, 6)));
        assert_eq!(arabic(&chars("3,4个"), 0), Some((3.0, 1)));
        assert_eq!(arabic(&chars("12.个"), 0), Some((12.0, 2)));
        assert_eq!(arabic(&chars("个"), 0), None);
    }

    #[test]
    fn arabic_numbers_read_as_float_parsing_reads_them() {
        for written in [
            "0.1",
            "0.29",
            "10.43",
            "1.14",
            "3.4",
            "99.99",
            "0.0001",
            "123456789012345678",
            "12345678901234567890123",
            "1.000000000000000000001",
            "7",
            "2023",
        ] {
            let expected: f64 = written.parse().unwrap();
            assert_eq!(
                arabic(&chars(written), 0),
                Some((expected, written.chars().count())),
                "{written}"
            );
        }
    }

    #[test]
    fn chinese_numerals() {
        let cases = [
            ("一", 1.0),
            ("两", 2.0),
            ("十", 10.0),
            ("十七", 17.0),
            ("二十", 20.0),
            ("一百二十", 120.0),
            ("一百零五", 105.0),
            ("三千", 3000.0),
            ("半", 0.5),
        ];
        for (text, value) in cases {
            assert_eq!(
                chinese(&chars(text), 0).map(|(v, _)| v),
                Some(value),
                "{text}"
            );
        }
        assert_eq!(chinese(&chars("三四个"), 0), Some((3.0, 1)));
        assert_eq!(chinese(&chars("百姓"), 0), None);
    }
}
