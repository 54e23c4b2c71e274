//! Each report's stable address in the library: ASCII, safe in any URL,
//! made from its file's path (`national/2013.txt` → `national-2013`) unless
//! the manifest gives one, and unique within the library.

use std::collections::HashSet;

/// An address made of what is safe in any URL (`a-z`, `0-9`, `-`), from a
/// file's path inside the library's folder; a name with nothing ASCII in it
/// (`浙江省.txt`) becomes `report-` and a hash of the name, so that it
/// stays the same from one build to the next.
pub fn address_of(relative_path: &str) -> String {
    let stem = relative_path
        .strip_suffix(".txt")
        .or_else(|| relative_path.strip_suffix(".TXT"))
        .unwrap_or(relative_path);
    let mut address = String::new();
    let mut dropped = false;
    for c in stem.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            address.push(c);
        } else {
            dropped |= !c.is_ascii();
            if !address.is_empty() && !address.ends_with('-') {
                address.push('-');
            }
        }
    }
    let address = address.trim_end_matches('-').to_owned();
    if address.is_empty() || (dropped && address.chars().all(|c| c.is_ascii_digit() || c == '-')) {
        // Nothing or only numbers left of a Chinese name (`浙江省2024`):
        // the hash tells such files apart.
        let hash = fnv(stem);
        let prefix = if address.is_empty() {
            "report"
        } else {
            &address
        };
        return format!("{prefix}-{:08x}", hash as u32);
    }
    address
}

/// Whether an address given by a manifest is safe as it is.
pub fn is_safe_address(address: &str) -> bool {
    !address.is_empty()
        && address.len() <= 80
        && address
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !address.starts_with('-')
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The address of the page of a large library's earlier years.
pub const EARLIER_PAGE: &str = "earlier";
/// The folders of the places' pages and the years' pages.
pub const PLACES_FOLDER: &str = "places";
pub const YEARS_FOLDER: &str = "years";

/// Addresses the site's own pages take, which no report may.
const RESERVED: [&str; 3] = [EARLIER_PAGE, PLACES_FOLDER, YEARS_FOLDER];

/// A place's page's address (under `places/`): its reports' addresses
/// without their years (`national-2013` → `national`), or, where that
/// does not start with a letter (a hash of a Chinese file name) or is
/// taken, one made from the place's name.
pub fn place_address(place: &str, reports: &[&str], taken: &HashSet<String>) -> String {
    let stem = |address: &str| {
        let mut stem = address;
        while let Some((before, last)) = stem.rsplit_once('-') {
            if !last.chars().all(|c| c.is_ascii_digit()) {
                break;
            }
            stem = before;
        }
        stem.to_owned()
    };
    let stems: HashSet<String> = reports.iter().map(|address| stem(address)).collect();
    match stems.into_iter().next() {
        Some(stem)
            if reports.iter().all(|address| address.starts_with(&stem))
                && stem.starts_with(|c: char| c.is_ascii_lowercase())
                && !taken.contains(&stem) =>
        {
            stem
        }
        _ => format!("place-{:08x}", fnv(place) as u32),
    }
}

/// Makes each address unique, in the given order (a second `2013` is
/// `2013-2`) and apart from the site's own pages.
pub fn make_unique(addresses: &mut [String]) {
    let mut taken: HashSet<String> = RESERVED.iter().map(|&page| page.to_owned()).collect();
    for address in addresses.iter_mut() {
        if !taken.insert(address.clone()) {
            let mut n = 2;
            while taken.contains(&format!("{address}-{n}")) {
                n += 1;
            }
            *address = format!("{address}-{n}");
            taken.insert(address.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_from_paths() {
        assert_eq!(address_of("gongshu-2023.txt"), "gongshu-2023");
        assert_eq!(address_of("national/2013.txt"), "national-2013");
        assert_eq!(
            address_of("Zhejiang 2024 (final).TXT"),
            "zhejiang-2024-final"
        );
        let chinese = address_of("浙江省.txt");
        assert!(chinese.starts_with("report-") && is_safe_address(&chinese));
        assert_eq!(chinese, address_of("浙江省.txt"), "stable");
        let with_year = address_of("浙江省2024.txt");
        assert!(with_year.starts_with("2024-") && is_safe_address(&with_year));
        assert_ne!(with_year, address_of("江苏省2024.txt"));
    }

    #[test]
    fn unique_in_order() {
        let mut addresses = ["a", "b", "a", "a", "a-2"].map(String::from);
        make_unique(&mut addresses);
        assert_eq!(addresses, ["a", "b", "a-2", "a-3", "a-2-2"]);
        let none = HashSet::new();
        assert_eq!(
            place_address("国务院", &["national-2012", "national-2013"], &none),
            "national"
        );
        assert_eq!(place_address("拱墅区", &["gongshu-2023"], &none), "gongshu");
        let mixed = place_address("国务院", &["national-2013", "gov-2014"], &none);
        assert!(mixed.starts_with("place-") && is_safe_address(&mixed));
        assert!(place_address("浙江省", &["2024-3f2a"], &none).starts_with("place-"));
        let mut addresses = [EARLIER_PAGE.to_owned()];
        make_unique(&mut addresses);
        assert_eq!(addresses, [format!("{EARLIER_PAGE}-2")]);
        assert!(!is_safe_address("../x") && !is_safe_address("A") && is_safe_address("sh-2024"));
    }
}
