//! What a style sheet and a script carry for their readers and not for the
//! browser, dropped before they are inlined into the page.

/// Drops comment lines, blank lines and indentation; keeps line breaks, so
/// that no statement runs into the next.
pub fn minify_js(js: &str) -> String {
    js.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Drops comments, line breaks, indentation, the spaces around braces and
/// semicolons and after colons and commas: what a style sheet carries for
/// its readers, not for the browser. (Other spaces stay: in selectors and
/// values they can matter.)
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    let joined: Vec<&str> = out
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let mut css = joined.join(" ");
    for token in ["{", "}", ";"] {
        css = css
            .replace(&format!(" {token}"), token)
            .replace(&format!("{token} "), token);
    }
    css.replace(";}", "}").replace(": ", ":").replace(", ", ",")
}

#[cfg(test)]
mod tests {
    use super::{minify_css, minify_js};

    #[test]
    fn minified_js_keeps_statements_apart() {
        let js = "// why\n(function () {\n  var a = 1\n\n  // more\n  a += 1;\n})();\n";
        assert_eq!(minify_js(js), "(function () {\nvar a = 1\na += 1;\n})();");
    }

    #[test]
    fn minified_css_keeps_rules() {
        let css = "/* a */\n.a :focus,\n.b {\n  color: red;\n  margin: 0 auto;\n}\n";
        assert_eq!(minify_css(css), ".a :focus,.b{color:red;margin:0 auto}");
    }
}
