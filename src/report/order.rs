//! Every sort in the crate goes through here. Each `sort_by` with a closure
//! of its own is a separate sort in the wasm (about 4 KB apiece); keyed by a
//! `u64` and the position, all of them are one sort, and stable.

/// Sorts `items` by `key`, keeping the order of equal keys.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, usize)> = items
        .iter()
        .enumerate()
        .map(|(position, item)| (key(item), position))
        .collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keyed
            .into_iter()
            .filter_map(|(_, position)| slots[position].take()),
    );
}

/// A key that orders numbers as `f64::total_cmp` does (`!` of it: largest
/// first).
pub fn float_key(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_the_key() {
        let mut words = vec!["bb", "a", "cc", "d", "eee"];
        sort_by_key(&mut words, |w| w.len() as u64);
        assert_eq!(words, ["a", "d", "bb", "cc", "eee"]);
    }

    #[test]
    fn float_keys_order_as_total_cmp() {
        let mut values = vec![3.5, -1.0, 0.0, f64::NEG_INFINITY, 1e12, -0.0, 0.25, -7.5];
        let mut expected = values.clone();
        expected.sort_by(f64::total_cmp);
        sort_by_key(&mut values, |&v| float_key(v));
        assert_eq!(values, expected);
        sort_by_key(&mut values, |&v| !float_key(v));
        expected.reverse();
        assert_eq!(values, expected);
    }
}
