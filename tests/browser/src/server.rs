//! A plain static file server for built folders, under any sub-path, on
//! 127.0.0.1: what a CDN does, and nothing more. It can add headers (a
//! Content-Security-Policy), send the cache headers the README asks for,
//! serve brotli-compressed copies (`file.br`) to browsers that accept them,
//! and serve a byte range (`Range: bytes=A-B`) as static hosts do, or, as
//! some hosts and proxies do, ignore it and send the whole file.

use std::io::{BufRead, BufReader, Read, Seek, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

/// The Content-Security-Policy a build runs under, as `prerender` wrote it
/// beside the page (it names the hashes of the page's inline style and
/// scripts).
pub fn csp(build: &Path) -> String {
    std::fs::read_to_string(build.join("csp.txt"))
        .expect("csp.txt beside the built page")
        .trim()
        .to_owned()
}

#[derive(Clone, Default)]
pub struct Options {
    /// Headers sent with every response.
    pub headers: Vec<(String, String)>,
    /// Serve `file.br` where it exists, to browsers that accept brotli.
    pub brotli: bool,
    /// Files whose names start with this are sent this much later (a slow
    /// network, for one file).
    pub slow: Option<(String, std::time::Duration)>,
    /// Counts the bytes of every body sent (for benchmarks: what a page
    /// fetched, whoever in it fetched it).
    pub sent: Option<Arc<AtomicUsize>>,
    /// Ignore `Range` and send the whole file, as a host that serves no
    /// byte ranges does.
    pub no_ranges: bool,
    /// Files whose names start with this are not found (a host that lost
    /// them, or a network that drops them).
    pub missing: Option<String>,
}

pub struct StaticServer {
    pub origin: String,
}

impl StaticServer {
    /// Serves `root` at `http://127.0.0.1:PORT{prefix}` (prefix like `/a/b/`).
    pub fn start(root: &Path, prefix: &str, options: Options) -> StaticServer {
        StaticServer::start_on(root, prefix, options, 0)
    }

    pub fn start_on(root: &Path, prefix: &str, options: Options, port: u16) -> StaticServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind a port");
        let origin = format!("http://{}", listener.local_addr().expect("bound address"));
        let root = root.to_path_buf();
        let prefix = prefix.to_owned();
        let options = Arc::new(options);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, prefix, options) = (root.clone(), prefix.clone(), options.clone());
                thread::spawn(move || {
                    let _ = respond(stream, &root, &prefix, &options);
                });
            }
        });
        StaticServer { origin }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn file_for(root: &Path, prefix: &str, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let relative = path.strip_prefix(prefix)?;
    if relative.split('/').any(|segment| segment == "..") {
        return None;
    }
    let file = if relative.is_empty() || relative.ends_with('/') {
        root.join(relative).join("index.html")
    } else {
        root.join(relative)
    };
    file.is_file().then_some(file)
}

fn respond(
    mut stream: TcpStream,
    root: &Path,
    prefix: &str,
    options: &Options,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepts_brotli = false;
    let mut range = None;
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("br") {
            accepts_brotli = true;
        }
        if let Some(value) = lower.strip_prefix("range:") {
            range = byte_range(value.trim());
        }
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    if let Some((start, delay)) = &options.slow {
        let name = target.rsplit('/').next().unwrap_or_default();
        if name.starts_with(start.as_str()) {
            thread::sleep(*delay);
        }
    }
    let name = target.split(['?', '#']).next().unwrap_or_default();
    let name = name.rsplit('/').next().unwrap_or_default();
    let lost = options
        .missing
        .as_ref()
        .is_some_and(|start| name.starts_with(start.as_str()));
    let Some(file) = file_for(root, prefix, target).filter(|_| !lost) else {
        let body = b"not found";
        write!(
            stream,
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )?;
        return stream.write_all(body);
    };
    if let Some((first, last)) = range.filter(|_| !options.no_ranges) {
        return respond_range(stream, &file, first, last, options);
    }
    let compressed = PathBuf::from(format!("{}.br", file.display()));
    let (body, encoding) = if options.brotli && accepts_brotli && compressed.is_file() {
        (
            std::fs::read(&compressed)?,
            "Content-Encoding: br\r\nVary: Accept-Encoding\r\n",
        )
    } else {
        (std::fs::read(&file)?, "")
    };
    // The README's cache headers: the page is revalidated, hashed files kept.
    let cache = if file.extension().is_some_and(|e| e == "html") {
        "no-cache"
    } else {
        "public, max-age=31536000, immutable"
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: {cache}\r\n{encoding}",
        content_type(&file),
        body.len()
    );
    send(stream, head, &body, options)
}

/// A response: its head, with the options' headers, then its body, counted.
fn send(
    mut stream: TcpStream,
    mut head: String,
    body: &[u8],
    options: &Options,
) -> std::io::Result<()> {
    for (name, value) in &options.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    if let Some(sent) = &options.sent {
        sent.fetch_add(body.len(), Ordering::SeqCst);
    }
    Ok(())
}

/// `bytes=A-B` (one range, both ends given, as the search asks).
fn byte_range(value: &str) -> Option<(u64, u64)> {
    let (first, last) = value.strip_prefix("bytes=")?.split_once('-')?;
    let (first, last) = (first.parse().ok()?, last.parse().ok()?);
    (first <= last).then_some((first, last))
}

/// A byte range of a file as it is, never compressed: what static hosts
/// send for `Range`.
fn respond_range(
    mut stream: TcpStream,
    file: &Path,
    first: u64,
    last: u64,
    options: &Options,
) -> std::io::Result<()> {
    // Only the range is read: a pack is megabytes, a piece a few KB.
    let mut opened = std::fs::File::open(file)?;
    let size = opened.metadata()?.len();
    if first >= size {
        return write!(
            stream,
            "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{size}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
    }
    let last = last.min(size - 1);
    let mut body = vec![0; (last - first + 1) as usize];
    opened.seek(std::io::SeekFrom::Start(first))?;
    opened.read_exact(&mut body)?;
    let head = format!(
        "HTTP/1.1 206 Partial Content\r\nContent-Type: {}\r\nContent-Length: {}\r\nContent-Range: bytes {first}-{last}/{size}\r\nAccept-Ranges: bytes\r\nCache-Control: public, max-age=31536000, immutable\r\n",
        content_type(file),
        body.len()
    );
    send(stream, head, &body, options)
}
