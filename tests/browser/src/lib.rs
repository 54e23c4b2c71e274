//! Drives the built reader (`dist/`) in headless Chromium through
//! chromedriver, at a desktop size and as a phone (390×844, touch).

pub mod collection;
pub mod packed;
pub mod plain;
pub mod server;
pub mod source;
pub mod synthetic;

use fantoccini::actions::{InputSource, KeyAction, KeyActions, PointerAction, TouchActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use server::{csp, Options, StaticServer};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use fantoccini;

/// Runs a scenario (an `async fn(&Session)`) as two tests: at a desktop
/// size and as a phone.
#[macro_export]
macro_rules! on_desktop_and_phone {
    ($scenario:ident) => {
        mod $scenario {
            #[tokio::test(flavor = "multi_thread")]
            async fn desktop() {
                let session = $crate::Session::open($crate::Device::Desktop).await;
                super::$scenario(&session).await;
                session.close().await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn phone() {
                let session = $crate::Session::open($crate::Device::Phone).await;
                super::$scenario(&session).await;
                session.close().await;
            }
        }
    };
}

/// The sub-path the app is served under, as on a CDN.
pub const SUB_PATH: &str = "/a/b/report/";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    /// 1280×800.
    Desktop,
    /// 390×844, touch.
    Phone,
    /// 320×640, touch: the narrowest phone in use.
    NarrowPhone,
}

impl Device {
    /// The viewport's width in CSS pixels.
    pub fn width(self) -> u32 {
        match self {
            Device::Desktop => 1280,
            Device::Phone => 390,
            Device::NarrowPhone => 320,
        }
    }

    fn height(self) -> u32 {
        match self {
            Device::Desktop => 800,
            Device::Phone => 844,
            Device::NarrowPhone => 640,
        }
    }
}

/// The browser engine a session drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Headless Chromium through chromedriver.
    Chromium,
    /// WebKit (Safari's engine: every browser on an iPhone) through
    /// WebKitGTK's WebKitWebDriver, on a virtual display.
    WebKit,
    /// Firefox (Debian's ESR) through geckodriver, headless.
    Firefox,
}

pub struct Session {
    pub client: Client,
    pub device: Device,
    pub engine: Engine,
    base: String,
    driver: Child,
    profile: PathBuf,
}

/// Bytes as a static host sends them: brotli, quality 11 (the `brotli`
/// command, which scripts/setup installs).
pub fn brotli_size(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut child = Command::new("brotli")
        .args(["-c", "-q", "11"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("brotli (scripts/setup installs it)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(bytes)
        .expect("write");
    child.wait_with_output().expect("brotli runs").stdout.len()
}

/// The project's top folder.
pub fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The app built for the seed report (`dist/`).
pub fn dist() -> PathBuf {
    project().join("dist")
}

/// The script that starts the app in a build (`start-HASH.js`, named on
/// `#app` by prerender): it names the app's other files.
pub fn start_script(build: &Path) -> String {
    let path = std::fs::read_dir(build)
        .expect("a built folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("start-") && n.ends_with(".js"))
        })
        .expect("the app's start script");
    std::fs::read_to_string(path).expect("readable")
}

/// The app built for a long report (`long-report`, ~200,000 characters).
pub fn long_dist() -> PathBuf {
    project().join("target/dist-long")
}

/// A library built from the repository's reports (`BAOGAO_LIBRARY=reports`):
/// the seed and the national reports of 1992–2013.
pub fn library_dist() -> PathBuf {
    project().join("target/dist-library")
}

/// A library of one year's 31 synthetic reports (provinces, cities and
/// districts of 2025), for a year's page of many places.
pub fn places_dist() -> PathBuf {
    project().join("target/dist-places")
}

/// A library in the real collection's shape: 60 synthetic reports at
/// `政府工作报告-LEVEL/PLACE/YEAR.md` (the nation, provinces, their cities;
/// some placed by their path only), for the comparisons at every level.
pub fn collection_dist() -> PathBuf {
    project().join("target/dist-collection")
}

/// The same library, its page listing ten reports
/// (`BAOGAO_LIBRARY_PAGE_REPORTS=10`): the earlier years on a page of their
/// own, as a library of thousands has them.
pub fn paged_library_dist() -> PathBuf {
    project().join("target/dist-library-paged")
}

/// The app a publisher built for a fixture with `BAOGAO_REPORT`.
pub fn publisher_dist() -> PathBuf {
    project().join("target/dist-city")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}

fn capabilities(
    device: Device,
    profile: &std::path::Path,
    extra: &[&str],
) -> serde_json::Map<String, Value> {
    let mut args = vec![
        "--headless".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.extend(extra.iter().map(|arg| arg.to_string()));
    let mut options = json!({ "binary": "/usr/bin/chromium" });
    // Device metrics give the exact viewport (a window size would include
    // the browser's own frame).
    let (width, height) = (device.width(), device.height());
    options["mobileEmulation"] = match device {
        Device::Desktop => json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1, "touch": false, "mobile": false }
        }),
        Device::Phone | Device::NarrowPhone => json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 3, "touch": true },
            "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
        }),
    };
    // `--block-site-data` is ours, not Chromium's: storage refused, as in
    // some private-browsing modes.
    if extra.contains(&"--block-site-data") {
        args.retain(|arg| arg != "--block-site-data");
        options["prefs"] = json!({ "profile.default_content_setting_values.cookies": 2 });
    }
    options["args"] = json!(args);
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".to_owned(), options);
    // Keep the console, for tests that check it stays free of errors.
    capabilities.insert("goog:loggingPrefs".to_owned(), json!({ "browser": "ALL" }));
    capabilities
}

/// WebKitGTK's MiniBrowser (with `--headless` its sessions hang).
fn webkit_capabilities() -> serde_json::Map<String, Value> {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".to_owned(), json!("MiniBrowser"));
    capabilities.insert(
        "webkitgtk:browserOptions".to_owned(),
        json!({
            "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
            "args": ["--automation"]
        }),
    );
    capabilities
}

/// Debian's Firefox ESR, headless, at the device's size.
fn firefox_capabilities(device: Device) -> serde_json::Map<String, Value> {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".to_owned(), json!("firefox"));
    capabilities.insert(
        "moz:firefoxOptions".to_owned(),
        json!({
            "binary": "/usr/bin/firefox-esr",
            "args": ["-headless", format!("--width={}", device.width()), format!("--height={}", device.height())]
        }),
    );
    capabilities
}

/// Starts the WebDriver server for `engine` on `port`, in a process group
/// of its own so that closing the session ends the display and browser too.
fn start_driver(engine: Engine, port: u16) -> Child {
    use std::os::unix::process::CommandExt;
    let mut command = match engine {
        Engine::Chromium => {
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or("chromedriver".into()))
        }
        Engine::WebKit => {
            let mut command = Command::new("xvfb-run");
            command.args(["-a", "WebKitWebDriver"]);
            command
        }
        Engine::Firefox => Command::new("geckodriver"),
    };
    command
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("the {engine:?} driver starts (scripts/setup installs it): {e}"))
}

/// Ends a driver and everything it started.
fn stop_driver(driver: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{}", driver.id())])
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}

impl Session {
    /// Starts chromedriver and a browser, and serves `dist/` under `SUB_PATH`.
    pub async fn open(device: Device) -> Session {
        Session::open_build(device, &dist()).await
    }

    /// The same for any build folder.
    pub async fn open_build(device: Device, build: &std::path::Path) -> Session {
        Session::start(device, build, &[]).await
    }

    /// `dist/` in WebKit, its window sized to the device's width.
    pub async fn open_webkit(device: Device) -> Session {
        let server = StaticServer::start(&dist(), SUB_PATH, Options::default());
        Session::connect(device, Engine::WebKit, server, &[]).await
    }

    /// The library (`library_dist`) in an engine, served with its
    /// Content-Security-Policy as a header, as a host that reads `_headers`
    /// serves it.
    pub async fn open_library(device: Device, engine: Engine) -> Session {
        Session::open_library_at(device, engine, &library_dist()).await
    }

    /// The same for any library's build.
    pub async fn open_library_at(
        device: Device,
        engine: Engine,
        build: &std::path::Path,
    ) -> Session {
        assert!(
            build.join("index.html").is_file(),
            "no library in {}: scripts/test builds it with BAOGAO_LIBRARY",
            build.display()
        );
        let options = Options {
            headers: vec![("Content-Security-Policy".to_owned(), csp(build))],
            ..Options::default()
        };
        let server = StaticServer::start(build, SUB_PATH, options);
        Session::connect(device, engine, server, &[]).await
    }

    /// The library on a host that serves no byte ranges (whole files only),
    /// or that has lost the files whose names start with `missing`.
    pub async fn open_library_served(
        device: Device,
        engine: Engine,
        no_ranges: bool,
        missing: Option<&str>,
    ) -> Session {
        let build = library_dist();
        let options = Options {
            headers: vec![("Content-Security-Policy".to_owned(), csp(&build))],
            no_ranges,
            missing: missing.map(str::to_owned),
            ..Options::default()
        };
        let server = StaticServer::start(&build, SUB_PATH, options);
        Session::connect(device, engine, server, &[]).await
    }

    /// Any built library (a benchmark's), its files served brotli-compressed
    /// where a `.br` beside them exists, the bytes sent counted in `sent`;
    /// byte ranges served or, with `no_ranges`, refused.
    pub async fn open_library_build(
        device: Device,
        build: &std::path::Path,
        sent: std::sync::Arc<std::sync::atomic::AtomicUsize>,
        no_ranges: bool,
    ) -> Session {
        let options = Options {
            brotli: true,
            sent: Some(sent),
            no_ranges,
            ..Options::default()
        };
        Session::start_served(device, build, &[], options).await
    }

    /// The app with the system's dark mode on.
    pub async fn open_dark(device: Device) -> Session {
        Session::start(device, &dist(), &["--force-dark-mode"]).await
    }

    /// The app with storage refused (localStorage throws).
    pub async fn without_storage(device: Device) -> Session {
        Session::start(device, &dist(), &["--block-site-data"]).await
    }

    /// The app with JavaScript turned off in the browser.
    pub async fn without_javascript(device: Device) -> Session {
        Session::start(device, &dist(), &["--blink-settings=scriptEnabled=false"]).await
    }

    /// The app served with its Content-Security-Policy as a header.
    pub async fn open_with_csp(device: Device) -> Session {
        let options = Options {
            headers: vec![("Content-Security-Policy".to_owned(), csp(&dist()))],
            ..Options::default()
        };
        Session::start_served(device, &dist(), &[], options).await
    }

    /// The app with the files whose names start with `prefix` slow to
    /// arrive (1.5 s): `baogao-later-` for its later half
    /// (`src/ui/bridge.rs`), `baogao-first-` for its first half.
    pub async fn open_with_slow_files(device: Device, prefix: &str) -> Session {
        let options = Options {
            slow: Some((prefix.to_owned(), std::time::Duration::from_millis(1500))),
            ..Options::default()
        };
        Session::start_served(device, &dist(), &[], options).await
    }

    /// A build, with Chromium started with extra flags.
    pub async fn start(device: Device, build: &std::path::Path, extra: &[&str]) -> Session {
        Session::start_served(device, build, extra, Options::default()).await
    }

    async fn start_served(
        device: Device,
        build: &std::path::Path,
        extra: &[&str],
        options: Options,
    ) -> Session {
        assert!(
            build.join("index.html").is_file(),
            "no built app in {}: scripts/test builds it with trunk",
            build.display()
        );
        let server = StaticServer::start(build, SUB_PATH, options);
        Session::connect(device, Engine::Chromium, server, extra).await
    }

    async fn connect(
        device: Device,
        engine: Engine,
        server: StaticServer,
        extra: &[&str],
    ) -> Session {
        // A port picked free may be taken again before the driver binds it
        // (tests run side by side): on a failed session, try a new one.
        let mut attempts = 0;
        let (client, driver, profile) = loop {
            attempts += 1;
            let port = free_port();
            let mut driver = start_driver(engine, port);
            let started = Instant::now();
            while TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(
                    started.elapsed() < Duration::from_secs(30),
                    "the {engine:?} driver did not start"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let profile = std::env::temp_dir().join(format!("baogao-browser-{port}"));
            let capabilities = match engine {
                Engine::Chromium => capabilities(device, &profile, extra),
                Engine::WebKit => webkit_capabilities(),
                Engine::Firefox => firefox_capabilities(device),
            };
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            let session = ClientBuilder::new(connector)
                .capabilities(capabilities)
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match session {
                Ok(client) => break (client, driver, profile),
                Err(error) if attempts < 3 => {
                    eprintln!("browser session failed ({error}); trying again");
                    stop_driver(&mut driver);
                }
                Err(error) => panic!("a browser session: {error}"),
            }
        };
        if engine != Engine::Chromium {
            let _ = client
                .set_window_size(device.width(), device.height())
                .await;
        }
        Session {
            client,
            device,
            engine,
            base: format!("{}{SUB_PATH}", server.origin),
            driver,
            profile,
        }
    }

    pub fn url(&self, rest: &str) -> String {
        format!("{}{rest}", self.base)
    }

    /// Opens the app (`rest` is a query or `#fragment`) and waits until the
    /// app has started (the report itself is in the page before that).
    pub async fn load(&self, rest: &str) {
        self.client.goto(&self.url(rest)).await.expect("page loads");
        self.wait_until_started().await;
    }

    /// Waits until the app has taken over the prerendered page: both its
    /// halves (`src/ui/bridge.rs`), the later one giving the figures their
    /// ids and roles. (What a reader does before the later half has arrived
    /// is tested apart.)
    pub async fn wait_until_started(&self) {
        // Apart, so that a failure says which half did not start. Longer
        // than other waits: once in nine full runs, WebKit under Xvfb on a
        // two-core machine had not started both halves within 10 s.
        let limit = Duration::from_secs(30);
        self.wait_at_most(
            "document.querySelector('#app[data-started] main .masthead') !== null",
            limit,
        )
        .await;
        self.wait_at_most(
            "document.getElementById('app').hasAttribute('data-later')",
            limit,
        )
        .await;
        // A jump to the address's #anchor settles over the next frames.
        let frames = "const done = arguments[arguments.length - 1];
            requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done(0))));";
        self.client
            .execute_async(frames, vec![])
            .await
            .expect("frames");
    }

    /// Runs a script (its body, with `return`) and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// How many elements match a CSS selector.
    pub async fn count(&self, css: &str) -> u64 {
        let script = format!("return document.querySelectorAll({css:?}).length");
        self.js(&script).await.as_u64().unwrap_or_default()
    }

    /// An attribute of the first element matching a CSS selector.
    pub async fn attribute(&self, css: &str, name: &str) -> Option<String> {
        let script = format!("return document.querySelector({css:?})?.getAttribute({name:?})");
        self.js(&script).await.as_str().map(str::to_owned)
    }

    pub async fn js_bool(&self, script: &str) -> bool {
        self.js(&format!("return !!({script});"))
            .await
            .as_bool()
            .unwrap_or(false)
    }

    /// Waits (up to 10 s) until a JavaScript expression is true.
    pub async fn wait_until(&self, expression: &str) {
        self.wait_at_most(expression, Duration::from_secs(10)).await;
    }

    /// Waits until a JavaScript expression is true, failing after `limit`.
    pub async fn wait_at_most(&self, expression: &str, limit: Duration) {
        let started = Instant::now();
        let script = format!("return !!({expression});");
        loop {
            // A page that is being left answers nothing: not yet.
            match self.client.execute(&script, vec![]).await {
                Ok(value) if value.as_bool() == Some(true) => break,
                Ok(_) => {}
                Err(error) if error.to_string().contains("unload") => {}
                Err(error) => panic!("script failed: {error}\n{script}"),
            }
            assert!(
                started.elapsed() < limit,
                "timed out after {limit:?} waiting for: {expression}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Scrolls the element to the middle of the view, as a reader would to
    /// see it (instantly: smooth scrolling would race the click), and clicks
    /// once it has stayed in view for two frames: sections laid out late
    /// (`content-visibility: auto`) or a jump the app is still settling can
    /// move it after the first scroll.
    pub async fn click(&self, css: &str) {
        let script = format!(
            "const done = arguments[arguments.length - 1];
            const element = document.querySelector({css:?});
            const show = () => element.scrollIntoView({{block: 'center', behavior: 'instant'}});
            let frames = 0, still = 0;
            const step = () => {{
                const r = element.getBoundingClientRect();
                if (r.top >= 0 && r.bottom <= innerHeight) still++; else {{ still = 0; show(); }}
                if (still >= 2 || ++frames > 60) done(0); else requestAnimationFrame(step);
            }};
            show();
            requestAnimationFrame(step);"
        );
        self.client
            .execute_async(&script, vec![])
            .await
            .expect("scrolled into view");
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"));
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {css}: {e:?}"));
    }

    /// Expands every part and section, from the table of contents (a
    /// drawer to open first on a phone).
    pub async fn expand_all(&self) {
        self.outline_button(".expand-all").await;
    }

    pub async fn collapse_all(&self) {
        self.outline_button(".collapse-all").await;
    }

    async fn outline_button(&self, css: &str) {
        let drawer = self.device != Device::Desktop;
        if drawer {
            self.click(".toc-button").await;
            self.wait_until("document.getElementById('toc').getBoundingClientRect().left >= 0")
                .await;
        }
        self.click(&format!("#toc {css}")).await;
        if drawer {
            self.click(".toc-close").await;
        }
    }

    /// Taps an element with a finger (touch pointer), after scrolling it
    /// into the middle of the view.
    pub async fn tap(&self, css: &str) {
        let script = format!(
            "document.querySelector({css:?}).scrollIntoView({{block: 'center', behavior: 'instant'}}); return 0"
        );
        self.js(&script).await;
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"));
        let finger = TouchActions::new("finger".to_owned())
            .then(PointerAction::MoveToElement {
                element,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down { button: 0 })
            .then(PointerAction::Up { button: 0 });
        self.client
            .perform_actions(finger)
            .await
            .unwrap_or_else(|e| panic!("cannot tap {css}: {e}"));
    }

    /// Presses a key on the keyboard, as a person would.
    pub async fn press(&self, key: Key) {
        self.press_char(key.into()).await;
    }

    /// Presses a character's key (`/`).
    pub async fn press_char(&self, key: char) {
        let keyboard = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(keyboard)
            .await
            .expect("key press");
    }

    /// Presses a key with Shift held.
    pub async fn press_shifted(&self, key: Key) {
        let (shift, key): (char, char) = (Key::Shift.into(), key.into());
        let keyboard = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: shift });
        self.client
            .perform_actions(keyboard)
            .await
            .expect("key press");
    }

    /// Types into an element with the keyboard, as a person would.
    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"));
        element
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("cannot type into {css}: {e}"));
    }

    /// The report's visible characters as the page holds them in its text
    /// elements, and as the model holds them: they must be the same.
    pub async fn report_text(&self, source: &str) -> (String, String) {
        let visible = |text: &str| -> String {
            text.chars()
                .filter(|&c| !baogao::report::is_layout(c))
                .collect()
        };
        let model = baogao::report::parse(source);
        let expected: String = model
            .blocks()
            .map(|block| visible(block.as_str()))
            .collect();
        let shown = self
            .js("return [...document.querySelectorAll('main .text')].map(e => e.textContent).join('')")
            .await;
        (visible(shown.as_str().unwrap_or_default()), expected)
    }

    /// Whether the element is rendered (not `display: none` or hidden).
    pub async fn visible(&self, css: &str) -> bool {
        self.js_bool(&format!(
            "(e => e !== null && e.checkVisibility({{visibilityProperty: true}}))(document.querySelector({css:?}))"
        ))
        .await
    }

    /// In Chromium (where both are read): no console errors and no axe
    /// violations on the page as it stands.
    pub async fn assert_clean(&self) {
        if self.engine == Engine::Chromium {
            let errors = self.console_errors().await;
            assert!(errors.is_empty(), "{errors:#?}");
            let violations = self.accessibility_violations().await;
            assert!(violations.is_empty(), "{violations:#?}");
        }
    }

    /// The errors the page wrote to the console (and the browser reported:
    /// failed loads, policy violations) since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(GetLog)
            .await
            .expect("the browser's log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Runs axe-core (from node_modules) on the page as it is now and returns
    /// its violations, one line each: rule, impact, the elements involved.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string(project().join("node_modules/axe-core/axe.min.js"))
            .expect("axe-core installed by scripts/setup (npm ci)");
        self.client.execute(&axe, vec![]).await.expect("axe loads");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
                    v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));",
                vec![],
            )
            .await
            .expect("axe runs");
        result
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    }

    /// A Chrome DevTools command (`Emulation.setCPUThrottlingRate` …).
    pub async fn devtools(&self, command: &str, params: Value) -> Value {
        self.client
            .issue_cmd(DevTools(json!({ "cmd": command, "params": params })))
            .await
            .unwrap_or_else(|e| panic!("{command}: {e}"))
    }

    pub async fn close(mut self) {
        let _ = self.client.close().await;
        stop_driver(&mut self.driver);
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// ChromeDriver's way to the DevTools protocol.
#[derive(Debug)]
struct DevTools(Value);

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// Queries of `length` characters from the texts, spread through them,
/// made of letters and digits (no spaces or punctuation): what readers
/// look for, found at least once.
pub fn sample_queries(texts: &[String], length: usize, wanted: usize) -> Vec<String> {
    let mut found = Vec::new();
    let all: Vec<char> = texts.iter().flat_map(|t| t.chars()).collect();
    let step = (all.len() / (wanted * 3).max(1)).max(1);
    let mut at = 7;
    while found.len() < wanted && at + length < all.len() {
        let piece: String = all[at..at + length].iter().collect();
        if piece.chars().all(char::is_alphanumeric) && !found.contains(&piece) {
            found.push(piece);
        }
        at += step;
    }
    found
}

/// The median and the largest of some measures.
pub fn median_and_worst<T: Copy + PartialOrd + Default>(mut values: Vec<T>) -> (T, T) {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    match values.last() {
        Some(&worst) => (values[values.len() / 2], worst),
        None => (T::default(), T::default()),
    }
}

/// ChromeDriver's command for the browser's console log.
#[derive(Debug)]
struct GetLog;

impl fantoccini::wd::WebDriverCompatibleCommand for GetLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// Tests of a scenario (`async fn(&Session)`) on a library's build
/// (`library_dist`, unless another is named) in Chromium (desktop, phone,
/// 320 px) and WebKit.
#[macro_export]
macro_rules! in_each_browser {
    ($scenario:ident) => {
        $crate::in_each_browser!($scenario, $crate::library_dist());
    };
    ($scenario:ident, $build:expr) => {
        mod $scenario {
            #[allow(unused_imports)]
            use super::*;
            use $crate::{Device, Engine, Session};

            #[tokio::test(flavor = "multi_thread")]
            async fn desktop() {
                let s = Session::open_library_at(Device::Desktop, Engine::Chromium, &$build).await;
                super::$scenario(&s).await;
                s.close().await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn phone() {
                let s = Session::open_library_at(Device::Phone, Engine::Chromium, &$build).await;
                super::$scenario(&s).await;
                s.close().await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn narrow_phone() {
                let s =
                    Session::open_library_at(Device::NarrowPhone, Engine::Chromium, &$build).await;
                super::$scenario(&s).await;
                s.close().await;
            }

            #[tokio::test(flavor = "multi_thread")]
            async fn webkit() {
                let s = Session::open_library_at(Device::Phone, Engine::WebKit, &$build).await;
                super::$scenario(&s).await;
                s.close().await;
            }
        }
    };
}
