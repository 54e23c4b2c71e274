//! Writes a long report for speed tests: the seed's parts and sections
//! repeated with variations (other years, other numbers) to about 200,000
//! characters, or as many copies as asked. Usage: `long-report OUT_FILE
//! [COPIES]`.

/// Copies of the seed's body: about 200,000 characters in all.
const COPIES: usize = 35;

fn numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => DIGITS[n].to_owned(),
        10..=19 => format!("十{}", DIGITS[n % 10]),
        _ => format!("{}十{}", DIGITS[n / 10], DIGITS[n % 10]),
    }
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: long-report OUT_FILE [COPIES]");
    let copies = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(COPIES);
    let seed = baogao::SEED_REPORT;
    let part_start = seed
        .find("一、2022年工作回顾")
        .expect("the seed's first part");
    let (front, body) = seed.split_at(part_start);
    let body = body.trim_start_matches("一、2022年工作回顾");
    let mut text = String::from(front);
    for k in 0..copies {
        text.push_str(&format!("{}、{}年工作回顾\n\n", numeral(k + 1), 2022 - k));
        // Vary the numbers: each digit shifted by the copy's number.
        let varied: String = body
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_digit((d + k as u32) % 10, 10).unwrap_or(c),
                None => c,
            })
            .collect();
        text.push_str(&varied);
        text.push_str("\n\n");
    }
    std::fs::write(&out, &text).expect("write the long report");
    println!("{out}: {} characters", text.chars().count());
}
