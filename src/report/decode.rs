//! A file's bytes → text, or a clear reason why not: empty, too large, an
//! image or document renamed `.txt`, binary, or undecodable. UTF-8 (with or
//! without a byte-order mark) and UTF-16 (with one) are decoded here;
//! anything else is taken for GB18030 / GBK, which the browser's
//! `TextDecoder` decodes (so the app carries no encoding tables).

/// The largest file opened: a provincial report is about 35,000 characters
/// (~100 KB); 5 MB leaves room for anything of the genre.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GB18030, a superset of GBK and GB2312: for the browser to decode.
    Gb18030,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLarge(usize),
    /// An image or a document in another format, by its signature.
    NotText(&'static str),
    Binary,
    Undecodable,
}

impl Problem {
    /// What to tell the reader, in Chinese and in English.
    pub fn message(&self) -> String {
        match self {
            Problem::Empty => "文件是空的，没有可读的文字。The file is empty.".to_owned(),
            Problem::TooLarge(bytes) => format!(
                "文件太大（{size} MB），最大 5 MB。The file is too large ({size} MB; at most 5 MB).",
                size = megabytes(*bytes)
            ),
            Problem::NotText(kind) => format!("这是{kind}，不是文本文件。请打开 .txt 文本。This is not a text file."),
            Problem::Binary => "这不是文本文件（含有二进制数据）。This is not a text file (binary data).".to_owned(),
            Problem::Undecodable => {
                "无法识别文件的编码。请另存为 UTF-8 文本后再打开。The file's encoding could not be read; save it as UTF-8 text.".to_owned()
            }
        }
    }
}

/// A size in megabytes with one decimal (`5.3`), in integers: no float
/// formatting in the wasm.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Known signatures of files that are not text.
fn signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 8] = [
        (b"\x89PNG", "PNG 图片"),
        (b"\xFF\xD8\xFF", "JPEG 图片"),
        (b"GIF8", "GIF 图片"),
        (b"%PDF", "PDF 文件"),
        (b"PK\x03\x04", "压缩包或 Word / Excel 文件"),
        (b"\xD0\xCF\x11\xE0", "旧版 Word / Excel 文件"),
        (b"BM", "BMP 图片"),
        (b"{\\rtf", "RTF 文件"),
    ];
    if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("WebP 图片");
    }
    SIGNATURES
        .iter()
        .find(|(magic, _)| {
            bytes.starts_with(magic)
                && (magic.len() > 2 || bytes.len() > 26 && bytes[6..10].iter().all(|&b| b == 0))
        })
        .map(|&(_, kind)| kind)
}

/// Decides how to read a file's bytes.
pub fn sniff(bytes: &[u8]) -> Result<Encoding, Problem> {
    if bytes.is_empty() {
        return Err(Problem::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Problem::TooLarge(bytes.len()));
    }
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return Ok(Encoding::Utf8),
        [0xFF, 0xFE, ..] => return Ok(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => return Ok(Encoding::Utf16Be),
        _ => {}
    }
    if let Some(kind) = signature(bytes) {
        return Err(Problem::NotText(kind));
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if head.contains(&0) {
        return Err(Problem::Binary);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(Encoding::Utf8);
    }
    Ok(Encoding::Gb18030)
}

/// Decodes UTF-8 and UTF-16 (the byte-order mark dropped); `None` for
/// GB18030, which the browser decodes, or for bytes that are not valid.
pub fn decode_unicode(bytes: &[u8], encoding: Encoding) -> Option<String> {
    let utf16 = |little: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|pair| {
                let pair = [pair[0], pair[1]];
                if little {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    match encoding {
        Encoding::Utf8 => {
            std::str::from_utf8(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes))
                .ok()
                .map(str::to_owned)
        }
        Encoding::Utf16Le => utf16(true),
        Encoding::Utf16Be => utf16(false),
        Encoding::Gb18030 => None,
    }
}

/// Checks decoded text: not empty, and not mostly replacement or control
/// characters (what a binary file decodes to).
/// A publisher's report file as text (UTF-8 or UTF-16), or why not: the
/// builds read `BAOGAO_REPORT` with it, as the app reads an opened file.
pub fn read_report_file(path: &std::path::Path) -> Result<String, String> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|error| format!("cannot read {shown}: {error}"))?;
    match sniff(&bytes) {
        Ok(Encoding::Gb18030) => Err(format!(
            "{shown} is not UTF-8 or UTF-16 (GBK?); convert it first: \
             `iconv -f GB18030 -t UTF-8 in.txt > out.txt`"
        )),
        Ok(encoding) => {
            decode_unicode(&bytes, encoding).ok_or_else(|| format!("{shown} is not valid text"))
        }
        Err(problem) => Err(format!("{shown}: {}", problem.message())),
    }
}

/// The report a build is for: `BAOGAO_REPORT` (relative to the project's
/// folder), or the seed.
pub fn report_path(project: &std::path::Path) -> std::path::PathBuf {
    std::env::var_os("BAOGAO_REPORT")
        .filter(|value| !value.is_empty())
        .map(std::path::PathBuf::from)
        .map(|path| {
            if path.is_relative() {
                project.join(path)
            } else {
                path
            }
        })
        .unwrap_or_else(|| project.join("reports/gongshu-2023.txt"))
}

pub fn check_text(text: &str) -> Result<(), Problem> {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()) {
            bad += 1;
        }
    }
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    // A few stray characters are copying noise; one in fifty is not text.
    if bad * 50 > total {
        return Err(Problem::Undecodable);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(sniff("政府工作报告".as_bytes()), Ok(Encoding::Utf8));
        assert_eq!(sniff(b"\xEF\xBB\xBF\xE6\x94\xBF"), Ok(Encoding::Utf8));
        assert_eq!(sniff(b"\xFF\xFE\x3F\x65"), Ok(Encoding::Utf16Le));
        assert_eq!(sniff(b"\xFE\xFF\x65\x3F"), Ok(Encoding::Utf16Be));
        // 政府 in GBK.
        assert_eq!(sniff(b"\xD5\xFE\xB8\xAE"), Ok(Encoding::Gb18030));
    }

    #[test]
    fn problems() {
        assert_eq!(sniff(b""), Err(Problem::Empty));
        assert_eq!(
            sniff(&vec![b'a'; MAX_BYTES + 1]),
            Err(Problem::TooLarge(MAX_BYTES + 1))
        );
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(Problem::NotText("PNG 图片"))
        );
        assert_eq!(sniff(b"%PDF-1.7 ..."), Err(Problem::NotText("PDF 文件")));
        assert_eq!(
            sniff(b"PK\x03\x04\x14\0\x06\0"),
            Err(Problem::NotText("压缩包或 Word / Excel 文件"))
        );
        assert_eq!(sniff(b"abc\0def"), Err(Problem::Binary));
        // A text that starts with BM is still text.
        assert_eq!(sniff(b"BM is a name"), Ok(Encoding::Utf8));
        assert!(Problem::Binary.message().contains("不是文本文件"));
        assert!(Problem::Empty.message().contains("empty"));
    }

    #[test]
    fn decoding() {
        assert_eq!(
            decode_unicode(b"\xEF\xBB\xBFab", Encoding::Utf8).as_deref(),
            Some("ab")
        );
        assert_eq!(
            decode_unicode(b"\xFF\xFE\x3F\x65", Encoding::Utf16Le).as_deref(),
            Some("政")
        );
        assert_eq!(
            decode_unicode(b"\xFE\xFF\x65\x3F", Encoding::Utf16Be).as_deref(),
            Some("政")
        );
        assert_eq!(decode_unicode(b"\xD5\xFE", Encoding::Gb18030), None);
    }

    #[test]
    fn checked_text() {
        assert_eq!(check_text("  \n"), Err(Problem::Empty));
        assert_eq!(check_text("正常的文字。"), Ok(()));
        assert_eq!(
            check_text("\u{FFFD}\u{FFFD}\u{FFFD}ab"),
            Err(Problem::Undecodable)
        );
        let mostly_text = format!("{}\u{FFFD}", "字".repeat(100));
        assert_eq!(check_text(&mostly_text), Ok(()));
    }
}
