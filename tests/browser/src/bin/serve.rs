//! Serves a built folder on 127.0.0.1 as a static host would, until killed:
//! `serve ROOT PREFIX PORT [--brotli] [--csp]`. For the Lighthouse runs.

use baogao_browser_tests::server::{csp, Options, StaticServer};
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [root, prefix, port, flags @ ..] = args.as_slice() else {
        eprintln!("usage: serve ROOT PREFIX PORT [--brotli] [--csp]");
        std::process::exit(2);
    };
    let mut options = Options {
        brotli: flags.iter().any(|f| f == "--brotli"),
        ..Options::default()
    };
    if flags.iter().any(|f| f == "--csp") {
        options.headers.push((
            "Content-Security-Policy".to_owned(),
            csp(&PathBuf::from(root)),
        ));
    }
    let port: u16 = port.parse().expect("a port number");
    let server = StaticServer::start_on(&PathBuf::from(root), prefix, options, port);
    println!("{}{prefix}", server.origin);
    loop {
        std::thread::park();
    }
}
