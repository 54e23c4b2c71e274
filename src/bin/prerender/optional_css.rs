//! Rules of the main style sheet that only some pages need at their first
//! paint (a news page's furniture, a targets card), marked in the sheet:
//!
//! ```css
//! /* if .targets-card */
//! .targets-card { … }
//! /* end if */
//! ```
//!
//! A page that has an element of that class gets them inline; any other
//! page gets them with the later style sheet, where they still serve what
//! the app draws (the figures panel's targets tab).

const OPEN: &str = "/* if .";
const CLOSE: &str = "/* end if */";

/// The style sheet split in two: what this page needs inline, and the
/// marked rules it does not (for the later sheet).
pub fn split(css: &str, page: &str) -> Result<(String, String), String> {
    let mut inline = String::with_capacity(css.len());
    let mut later = String::new();
    let mut rest = css;
    while let Some(start) = rest.find(OPEN) {
        inline.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let name_end = after.find(" */").ok_or("an unclosed `/* if .`")?;
        let class = &after[..name_end];
        let body_start = name_end + " */".len();
        let body_end = after[body_start..]
            .find(CLOSE)
            .map(|i| body_start + i)
            .ok_or_else(|| format!("`/* if .{class} */` without `{CLOSE}`"))?;
        let body = &after[body_start..body_end];
        if page.contains(&format!("{class}\"")) || page.contains(&format!("{class} ")) {
            inline.push_str(body);
        } else {
            later.push_str(body);
        }
        rest = &after[body_end + CLOSE.len()..];
    }
    inline.push_str(rest);
    Ok((inline, later))
}

/// The whole sheet, every marked rule kept (a library's pages share one
/// inline sheet, and so one policy).
pub fn whole(css: &str) -> String {
    let mut kept = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find(OPEN) {
        kept.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let Some(name_end) = after.find(" */") else {
            break;
        };
        rest = &after[name_end + " */".len()..];
    }
    kept.push_str(rest);
    kept.replace(CLOSE, "")
}

#[cfg(test)]
mod tests {
    use super::{split, whole};

    #[test]
    fn marked_rules_go_where_the_page_needs_them() {
        let css = "a{}\n/* if .card */\n.card{}\n/* end if */\nb{}\n";
        let (inline, later) = split(css, r#"<div class="card">"#).unwrap();
        assert_eq!(
            (inline.as_str(), later.as_str()),
            ("a{}\n\n.card{}\n\nb{}\n", "")
        );
        let (inline, later) = split(css, r#"<div class="cards">"#).unwrap();
        assert_eq!(
            (inline.as_str(), later.as_str()),
            ("a{}\n\nb{}\n", "\n.card{}\n")
        );
        assert!(split("/* if .x */ y", "").is_err());
        assert_eq!(whole(css), "a{}\n\n.card{}\n\nb{}\n");
    }
}
