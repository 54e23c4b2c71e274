//! How alike two texts are: the Dice coefficient of their character
//! bigrams, a cheap measure that holds for Chinese without a word list.

/// A text's character bigrams, sorted and without repeats.
#[derive(Clone, Debug, Default)]
pub struct Bigrams(Vec<u64>);

impl Bigrams {
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Bigrams {
        let mut grams = Vec::new();
        for text in texts {
            let mut last: Option<char> = None;
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                if let Some(previous) = last {
                    grams.push(((previous as u64) << 32) | c as u64);
                }
                last = Some(c);
            }
        }
        grams.sort_unstable();
        grams.dedup();
        Bigrams(grams)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The most `dice` can be, from the sizes alone (all of the smaller
    /// shared): a cheap bound.
    pub fn dice_at_most(&self, other: &Bigrams) -> f64 {
        let (a, b) = (self.0.len(), other.0.len());
        if a + b == 0 {
            return 0.0;
        }
        2.0 * a.min(b) as f64 / (a + b) as f64
    }

    /// 2·|shared| / (|a| + |b|), from 0 (nothing shared) to 1.
    pub fn dice(&self, other: &Bigrams) -> f64 {
        let (a, b) = (&self.0, &other.0);
        if a.is_empty() || b.is_empty() {
            return 0.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        2.0 * shared as f64 / (a.len() + b.len()) as f64
    }
}

/// The bigrams of many texts, for the Dice of one text against each at
/// once: a text's bigrams are looked up, not merged with every other's,
/// so that a region of hundreds of sentences a side costs little.
pub struct BigramIndex {
    /// (bigram, text), sorted.
    postings: Vec<(u64, usize)>,
    sizes: Vec<usize>,
}

impl BigramIndex {
    pub fn of(texts: &[Bigrams]) -> BigramIndex {
        let mut postings: Vec<(u64, usize)> = texts
            .iter()
            .enumerate()
            .flat_map(|(at, grams)| grams.0.iter().map(move |&gram| (gram, at)))
            .collect();
        postings.sort_unstable();
        BigramIndex {
            postings,
            sizes: texts.iter().map(|grams| grams.0.len()).collect(),
        }
    }

    /// `grams.dice(text)` for every text of the index, in order.
    pub fn dice_with_each(&self, grams: &Bigrams) -> Vec<f64> {
        let mut shared = vec![0usize; self.sizes.len()];
        for &gram in &grams.0 {
            let from = self.postings.partition_point(|&(g, _)| g < gram);
            for &(_, at) in self.postings[from..]
                .iter()
                .take_while(|&&(g, _)| g == gram)
            {
                shared[at] += 1;
            }
        }
        shared
            .iter()
            .zip(&self.sizes)
            .map(|(&shared, &size)| {
                if size == 0 || grams.0.is_empty() {
                    0.0
                } else {
                    2.0 * shared as f64 / (size + grams.0.len()) as f64
                }
            })
            .collect()
    }
}

/// A heading without its number (`（三）`, `一、`, `3.`), so that headings
/// renumbered from one year to the next still compare.
pub fn unnumbered(heading: &str) -> &str {
    let trimmed = heading.trim_start();
    for close in ['、', '）', ')', '.', '．'] {
        if let Some((number, rest)) = trimmed.split_once(close) {
            let number = number.trim_start_matches(['（', '(']);
            if !number.is_empty()
                && number.chars().count() <= 4
                && number
                    .chars()
                    .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            {
                return rest;
            }
        }
    }
    trimmed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_gives_each_dice() {
        let texts = [
            "国内生产总值增长5%左右。",
            "粮食产量保持稳定。",
            "",
            "国内生产总值增长6%。",
        ];
        let grams: Vec<Bigrams> = texts.iter().map(|t| Bigrams::of([*t])).collect();
        let index = BigramIndex::of(&grams);
        let one = Bigrams::of(["国内生产总值增长5%以上。"]);
        let each = index.dice_with_each(&one);
        for (at, grams) in grams.iter().enumerate() {
            assert_eq!(each[at], one.dice(grams), "{}", texts[at]);
        }
        assert!(each[0] > each[3] && each[3] > each[1]);
    }

    #[test]
    fn alike_and_unlike() {
        let a = Bigrams::of(["着力扩大国内需求"]);
        assert_eq!(a.dice(&a), 1.0);
        let b = Bigrams::of(["着力扩大有效需求"]);
        assert!(a.dice(&b) > 0.4 && a.dice(&b) < 1.0);
        assert_eq!(a.dice(&Bigrams::of(["保障民生"])), 0.0);
        assert_eq!(unnumbered("（三）着力扩大国内需求。"), "着力扩大国内需求。");
        assert_eq!(unnumbered("一、2012年工作回顾"), "2012年工作回顾");
        assert_eq!(unnumbered("着力扩大国内需求"), "着力扩大国内需求");
    }
}
