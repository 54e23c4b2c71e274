//! Just enough of a lexer for Rust and JavaScript sources: the code with
//! its comments and literals blanked (lines kept, so that line numbers
//! stay right), and the string literals apart.

/// A source file read by the lexer.
pub struct Lexed {
    /// The code, with every comment and literal replaced by spaces.
    pub code: String,
    /// Each string literal's contents, with the line it starts on (from 1).
    pub strings: Vec<(usize, String)>,
}

/// Which language's literals to know.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Rust,
    JavaScript,
}

pub fn lex(text: &str, language: Language) -> Lexed {
    let chars: Vec<char> = text.chars().collect();
    let mut code = String::with_capacity(text.len());
    let mut strings = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Blanks chars[from..to] into the code, keeping line breaks.
    let blank = |code: &mut String, line: &mut usize, from: usize, to: usize| {
        for &c in &chars[from..to] {
            if c == '\n' {
                code.push('\n');
                *line += 1;
            } else {
                code.push(' ');
            }
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            let end = (i..chars.len())
                .find(|&j| chars[j] == '\n')
                .unwrap_or(chars.len());
            blank(&mut code, &mut line, i, end);
            i = end;
        } else if c == '/' && next == Some('*') {
            let end = (i + 2..chars.len())
                .find(|&j| chars[j] == '*' && chars.get(j + 1) == Some(&'/'))
                .map_or(chars.len(), |j| j + 2);
            blank(&mut code, &mut line, i, end);
            i = end;
        } else if let Some((start, end, contents)) = string_at(&chars, i, language) {
            strings.push((line, contents));
            blank(&mut code, &mut line, start, end);
            i = end;
        } else if language == Language::Rust && c == '\'' {
            // A character literal ('x', '\n', '{'), or a lifetime ('a).
            let end = if next == Some('\\') {
                (i + 2..chars.len())
                    .find(|&j| chars[j] == '\'')
                    .map(|j| j + 1)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 3)
            } else {
                None
            };
            match end {
                Some(end) => {
                    blank(&mut code, &mut line, i, end);
                    i = end;
                }
                None => {
                    code.push(c);
                    i += 1;
                }
            }
        } else {
            if c == '\n' {
                line += 1;
            }
            code.push(c);
            i += 1;
        }
    }
    Lexed { code, strings }
}

/// A string literal starting at `i`: its span and contents.
fn string_at(chars: &[char], i: usize, language: Language) -> Option<(usize, usize, String)> {
    let c = chars[i];
    let follows_word = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    match language {
        Language::Rust => {
            // r"…", r#"…"#, b"…", br"…"
            let mut j = i;
            if c == 'b' && !follows_word {
                j += 1;
            }
            if chars.get(j) == Some(&'r') && (j > i || !follows_word) {
                let hashes = chars[j + 1..].iter().take_while(|&&h| h == '#').count();
                if chars.get(j + 1 + hashes) == Some(&'"') {
                    let open = j + 2 + hashes;
                    let closing: Vec<char> = std::iter::once('"')
                        .chain(std::iter::repeat_n('#', hashes))
                        .collect();
                    let close = (open..chars.len())
                        .find(|&k| chars[k..].starts_with(&closing))
                        .unwrap_or(chars.len());
                    let contents = chars[open..close].iter().collect();
                    return Some((i, (close + closing.len()).min(chars.len()), contents));
                }
            }
            if chars.get(j) == Some(&'"') && (j == i || !follows_word) {
                return Some(quoted(chars, i, j, '"'));
            }
            None
        }
        Language::JavaScript => (c == '"' || c == '\'' || c == '`').then(|| quoted(chars, i, i, c)),
    }
}

/// A quoted literal whose opening quote is at `open`.
fn quoted(chars: &[char], start: usize, open: usize, quote: char) -> (usize, usize, String) {
    let mut contents = String::new();
    let mut k = open + 1;
    while k < chars.len() && chars[k] != quote {
        if chars[k] == '\\' && k + 1 < chars.len() {
            match chars[k + 1] {
                'n' => contents.push('\n'),
                other => contents.push(other),
            }
            k += 2;
        } else {
            contents.push(chars[k]);
            k += 1;
        }
    }
    (start, (k + 1).min(chars.len()), contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_comments_and_chars() {
        let text = "let a = \"x{\\\"\"; // \"no\"\nlet b = r#\"y\"#; let c = '{'; fn f<'a>() {}\n";
        let lexed = lex(text, Language::Rust);
        let strings: Vec<&str> = lexed.strings.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(strings, ["x{\"", "y"]);
        assert!(!lexed.code.contains('"') && lexed.code.contains("<'a>"));
        assert_eq!(lexed.code.matches('{').count(), 1);
        assert_eq!(lexed.code.lines().count(), text.lines().count());
    }
}
