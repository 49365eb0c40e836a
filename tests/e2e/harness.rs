//! What every end-to-end test needs: the built `dist/` served on loopback, chromedriver, and a
//! headless Chromium session at a phone or desktop size.
//!
//! The static server is a few lines of std networking so that the tests need no other server;
//! it can be taken offline, or switched to another build, to test the offline app.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

pub const PHONE: (u32, u32) = (375, 812);
pub const DESKTOP: (u32, u32) = (1280, 900);

pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(dir.join("index.html").exists(), "no built app in {}: run `make test` (it builds dist/ first)", dir.display());
    dir
}

/// A directory of the test's own under the system's temporary directory, empty at the start and
/// removed when dropped. Every browser profile and every copy of the build is one: a directory
/// left behind was once picked up again by a later browser (a profile named after a port that
/// came round again), which then ran with an earlier test's settings, JavaScript off included.
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("jc-e2e-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        Scratch(dir)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" | "webmanifest" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A static file server on 127.0.0.1.
pub struct Server {
    pub port: u16,
    online: Arc<AtomicBool>,
    root: Arc<Mutex<PathBuf>>,
    gzip: Arc<AtomicBool>,
    #[allow(dead_code)] // set by the benchmark (examples/bench.rs), which shares this harness
    immutable: Arc<AtomicBool>,
    #[allow(dead_code)] // not every target that shares this harness sets it
    host_not_found: Arc<AtomicBool>,
    /// The directories it serves that are the test's own, removed with the server.
    scratch: Vec<Scratch>,
}

impl Server {
    pub fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let port = listener.local_addr().unwrap().port();
        let online = Arc::new(AtomicBool::new(true));
        let root = Arc::new(Mutex::new(root));
        let gzip = Arc::new(AtomicBool::new(false));
        let immutable = Arc::new(AtomicBool::new(false));
        let host_not_found = Arc::new(AtomicBool::new(false));
        let (flag, dir, zip, keep, lost) = (online.clone(), root.clone(), gzip.clone(), immutable.clone(), host_not_found.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = dir.lock().unwrap().clone();
                let (flag, zip, keep, lost) = (flag.clone(), zip.load(Ordering::SeqCst), keep.load(Ordering::SeqCst), lost.load(Ordering::SeqCst));
                std::thread::spawn(move || serve(stream, &root, &flag, zip, keep, lost));
            }
        });
        Server { port, online, root, gzip, immutable, host_not_found, scratch: Vec::new() }
    }
    /// Serves `dir` (or `within` it), and removes it when the server goes.
    #[allow(dead_code)] // not every target that shares this harness serves a copy
    pub fn start_in(dir: Scratch, within: &str) -> Server {
        let mut s = Server::start(dir.path().join(within));
        s.scratch.push(dir);
        s
    }
    /// Serves another build from now on, and removes it when the server goes.
    #[allow(dead_code)]
    pub fn switch_to(&mut self, dir: Scratch) {
        self.set_root(dir.path().to_path_buf());
        self.scratch.push(dir);
    }
    /// Offline, the server drops every connection without a response, like a dead network.
    pub fn set_online(&self, on: bool) {
        self.online.store(on, Ordering::SeqCst);
    }
    /// Serves another build from now on.
    pub fn set_root(&self, root: PathBuf) {
        *self.root.lock().unwrap() = root;
    }
    /// Compresses responses with gzip for clients that accept it, as any real host does (the
    /// benchmark measures transfer times with it).
    pub fn set_gzip(&self, on: bool) {
        self.gzip.store(on, Ordering::SeqCst);
    }

    /// Serves the files with the build's hash in their name as `immutable`, as the README tells
    /// a host to (the benchmark measures what a reader gets from such a host). Off for the
    /// tests, which check behaviour and expect each load to ask the server.
    #[allow(dead_code)] // called by the benchmark (examples/bench.rs), which shares this harness
    pub fn set_immutable(&self, on: bool) {
        self.immutable.store(on, Ordering::SeqCst);
    }

    /// Answers an address it does not have with the nearest `404.html` above it (with the
    /// status 404), as GitHub Pages, Netlify and Cloudflare Pages do; off, with a plain "not
    /// found", as a host nobody set up.
    #[allow(dead_code)]
    pub fn set_host_not_found(&self, on: bool) {
        self.host_not_found.store(on, Ordering::SeqCst);
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{}", self.port, path.trim_start_matches('/'))
    }
}

fn serve(mut stream: TcpStream, root: &Path, online: &AtomicBool, gzip: bool, immutable: bool, host_not_found: bool) {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut accepts_gzip = false;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).map_or(true, |n| n == 0) || h == "\r\n" {
            break;
        }
        let h = h.to_ascii_lowercase();
        accepts_gzip |= h.starts_with("accept-encoding:") && h.contains("gzip");
    }
    if !online.load(Ordering::SeqCst) {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let rel = if path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
    let file = root.join(rel.trim_start_matches('/'));
    let (status, body, ctype) = if !file.starts_with(root) || rel.contains("..") {
        ("403 Forbidden", b"forbidden".to_vec(), "text/plain")
    } else {
        match std::fs::read(&file) {
            Ok(b) => ("200 OK", b, content_type(&file)),
            Err(_) => match file.ancestors().skip(1).take_while(|d| d.starts_with(root)).find_map(|d| std::fs::read(d.join("404.html")).ok()).filter(|_| host_not_found) {
                Some(page) => ("404 Not Found", page, "text/html; charset=utf-8"),
                None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
            },
        }
    };
    let (body, encoding) = if gzip && accepts_gzip && ctype != "image/png" {
        let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&body).unwrap();
        (z.finish().unwrap(), "Content-Encoding: gzip\r\n")
    } else {
        (body, "")
    };
    // As the README tells a host: files with the build's hash in their name never change.
    let cache = if immutable && status.starts_with("200") && content_hashed(&rel) { "public, max-age=31536000, immutable" } else { "no-cache" };
    let head = format!("HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{encoding}Content-Length: {}\r\nCache-Control: {cache}\r\nConnection: close\r\n\r\n", body.len());
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// Whether a file's name carries trunk's content hash (`main-5d4ca466eb244551.css`,
/// `…-5a37ebca5f809af5_bg.wasm`): a dash and 12 to 16 hex digits (leading zeros are dropped)
/// before the extension.
fn content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, h)| (12..=16).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()))
}

/// Copies the build in `from` (with its folders) into `to`, changing each file through `edit`:
/// another build of the app, for tests that need one (a next deployment, a damaged module, a
/// sub-path).
pub fn copy_build(from: &Path, to: &Path, edit: impl Fn(&Path, Vec<u8>) -> Vec<u8> + Copy) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_build(&p, &to.join(e.file_name()), edit);
        } else if p.is_file() {
            std::fs::write(to.join(e.file_name()), edit(&p, std::fs::read(&p).unwrap())).unwrap();
        }
    }
}

/// The site step (`src/bin/site.rs`, as trunk's hook runs it) over a copy of the build in `dir`,
/// told the site's address when `site` is given: every page written again.
#[allow(dead_code)]
pub fn site_step(dir: &Path, site: Option<&str>) {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let mut step = Command::new(env!("CARGO"));
    step.args(["run", "--quiet", "--features", "ssr", "--bin", "site", "--manifest-path"]).arg(&manifest).arg("--").arg(dir);
    step.env_remove("SITE_URL");
    if let Some(site) = site {
        step.env("SITE_URL", site);
    }
    assert!(step.status().unwrap().success(), "the site step writes the build in {}", dir.display());
}

/// The shared server for tests that do not take it offline.
pub fn shared_server() -> &'static Server {
    static S: OnceLock<Server> = OnceLock::new();
    S.get_or_init(|| Server::start(dist_dir()))
}

/// chromedriver in a process group of its own, which the browsers it starts join: dropping it
/// ends them all, also when a test fails before it could close its session.
struct Driver(Child);
impl Drop for Driver {
    fn drop(&mut self) {
        let pid = self.0.id();
        // Only ever a group that chromedriver leads (never pid 0 or -1, which mean "everything").
        let leads_its_group = pid > 1
            && std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|s| s.rsplit(')').next().and_then(|rest| rest.split_whitespace().nth(2)).map(|g| g == pid.to_string()))
                .unwrap_or(false);
        if leads_its_group {
            let _ = Command::new("kill").args(["-s", "KILL", "--", &format!("-{pid}")]).status();
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The module has taken the page over (src/app.rs sets it once, after hydration), or shows why not.
const APP_RENDERED: &str = "document.documentElement.hasAttribute('data-hydrated') || document.querySelector('#fatal:not([hidden])') !== null";

/// A browser session; the chromedriver process ends with it.
pub struct Browser {
    pub client: Client,
    _driver: Driver,
    /// After the driver: the browser has ended when its profile is removed.
    _profile: Scratch,
}

#[derive(Debug)]
struct BrowserLog;
impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"type": "browser"}).to_string()))
    }
}

/// A command of Chromium's DevTools protocol, through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}
impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"cmd": self.cmd, "params": self.params}).to_string()))
    }
}

/// A node of Chromium's accessibility tree, as a screen reader gets it.
#[derive(Debug, Clone)]
pub struct AxNode {
    pub role: String,
    pub name: String,
    pub ignored: bool,
    pub children: Vec<String>,
    /// Properties by name (`level`, `focusable`, `selected`, `activedescendant`…), as JSON.
    pub properties: serde_json::Map<String, Value>,
}

/// The page's accessibility tree (`Accessibility.getFullAXTree`).
pub struct AxTree {
    pub nodes: std::collections::HashMap<String, AxNode>,
    pub root: String,
}

impl AxTree {
    /// Every node a reader meets, in browse order (depth first), ignored nodes left out but
    /// their children kept.
    pub fn browse_order(&self) -> Vec<&AxNode> {
        let mut out = Vec::new();
        let mut stack = vec![self.root.clone()];
        while let Some(id) = stack.pop() {
            let Some(n) = self.nodes.get(&id) else { continue };
            if !n.ignored {
                out.push(n);
            }
            for c in n.children.iter().rev() {
                stack.push(c.clone());
            }
        }
        out
    }
    /// The nodes below `n`, in browse order (not `n` itself).
    pub fn below<'a>(&'a self, n: &'a AxNode) -> Vec<&'a AxNode> {
        let mut out = Vec::new();
        let mut stack: Vec<&String> = n.children.iter().rev().collect();
        while let Some(id) = stack.pop() {
            let Some(c) = self.nodes.get(id) else { continue };
            if !c.ignored {
                out.push(c);
            }
            stack.extend(c.children.iter().rev());
        }
        out
    }
}

impl Browser {
    /// Runs a DevTools protocol command and returns its result.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client.issue_cmd(Cdp { cmd: cmd.into(), params }).await.unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    /// The page's whole accessibility tree, as Chromium exposes it to assistive technology.
    pub async fn ax_tree(&self) -> AxTree {
        let v = self.cdp("Accessibility.getFullAXTree", json!({})).await;
        let text = |v: &Value| v["value"].as_str().map(str::to_string).unwrap_or_else(|| v["value"].to_string().trim_matches('"').to_string());
        let mut nodes = std::collections::HashMap::new();
        let mut root = None;
        for n in v["nodes"].as_array().expect("an accessibility tree") {
            let id = n["nodeId"].as_str().unwrap_or_default().to_string();
            if root.is_none() && n.get("parentId").is_none() {
                root = Some(id.clone());
            }
            let mut properties = serde_json::Map::new();
            for p in n["properties"].as_array().cloned().unwrap_or_default() {
                properties.insert(p["name"].as_str().unwrap_or_default().to_string(), p["value"]["value"].clone());
            }
            nodes.insert(
                id,
                AxNode {
                    role: text(&n["role"]),
                    name: if n["name"].is_null() { String::new() } else { text(&n["name"]) },
                    ignored: n["ignored"].as_bool().unwrap_or(false),
                    children: n["childIds"].as_array().map(|a| a.iter().filter_map(|c| c.as_str().map(str::to_string)).collect()).unwrap_or_default(),
                    properties,
                },
            );
        }
        AxTree { root: root.expect("a root"), nodes }
    }

    pub async fn open(size: (u32, u32)) -> Browser {
        Browser::open_with(size, true).await
    }

    async fn open_with((width, height): (u32, u32), javascript: bool) -> Browser {
        let port = free_port();
        let driver = Driver(
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
                .arg(format!("--port={port}"))
                .process_group(0)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromedriver runs (make test installs it)"),
        );
        let profile = Scratch::new("profile");
        let mut args = vec![
            "--headless=new".to_string(), "--no-sandbox".into(), "--disable-gpu".into(), "--disable-quic".into(),
            "--no-first-run".into(), "--disable-background-networking".into(), "--disable-component-update".into(),
            "--disable-sync".into(), "--disable-dev-shm-usage".into(), "--lang=zh-CN".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut chrome = json!({ "binary": std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into()) });
        if width < 600 {
            // A phone: its viewport, pixel ratio and touch.
            chrome["mobileEmulation"] = json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 3.0, "touch": true } });
        } else {
            args.push(format!("--window-size={width},{height}"));
        }
        if !javascript {
            chrome["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        chrome["args"] = json!(args);
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), chrome);
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        // Generous: on two busy cores a browser has once taken more than 20 s to come up.
        let deadline = Instant::now() + Duration::from_secs(45);
        let client = loop {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => break c,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => panic!("cannot start a browser session: {e}"),
            }
        };
        Browser { client, _driver: driver, _profile: profile }
    }

    /// Loads `path` (e.g. `en/report/`, or an old address such as `?lang=en#/report`) from
    /// `server` and waits for the module to take the page over.
    pub async fn load(&self, server: &Server, path: &str) {
        self.client.goto(&server.url(path)).await.expect("navigate");
        self.start_app().await;
    }

    /// Waits for the app: every page is drawn at build time and the module waits for the reader
    /// (static/loader.js), so this reaches for the page as a reader would (a pointer down on the
    /// document, which changes neither focus nor route) until the module has hydrated it.
    /// Repeated while polling: the site's root sends the reader on to their page first.
    /// Starting is given 30 s, not 10: fetching, compiling and hydrating the module of a page
    /// with 17 charts in two layouts takes seconds on a busy machine. How fast it
    /// starts is measured by `make bench`, not here.
    pub async fn start_app(&self) {
        self.wait_until_within(
            &format!(
                "(() => {{ if (!document.documentElement.hasAttribute('data-hydrated')) \
                 document.dispatchEvent(new PointerEvent('pointerdown', {{bubbles: true}})); \
                 return {APP_RENDERED}; }})()"
            ),
            Duration::from_secs(30),
        )
        .await;
    }

    /// A browser with JavaScript switched off, as some readers have it.
    pub async fn open_without_js(size: (u32, u32)) -> Browser {
        Browser::open_with(size, false).await
    }

    /// Polls a JS expression until it is truthy (10 s at most).
    pub async fn wait_until(&self, expr: &str) {
        self.wait_until_within(expr, Duration::from_secs(10)).await;
    }

    /// Polls a JS expression until it is truthy, for at most `limit`.
    pub async fn wait_until_within(&self, expr: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            // An expression may throw while the page is still changing (an element not there
            // yet): that is "not yet", and the last error is in the message if time runs out.
            let v = self.js(&format!("try {{ return !!({expr}); }} catch (e) {{ return String(e); }}")).await;
            if v == Value::Bool(true) {
                return;
            }
            if Instant::now() > deadline {
                let url = self.client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
                panic!("timed out waiting for `{expr}` at {url} (last: {v}); console: {:?}; page: {}", self.log(true).await, self.diagnosis().await);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// What the page was doing, for a timeout's message: its state, its offline worker, and the
    /// requests it made (those still open have no end).
    async fn diagnosis(&self) -> String {
        let v = self
            .js(
                "const r = document.documentElement; \
                 const sw = navigator.serviceWorker && navigator.serviceWorker.controller; \
                 return JSON.stringify({ ready: document.readyState, hydrated: r.hasAttribute('data-hydrated'), \
                   at: Math.round(performance.now()), controlled: sw ? sw.state : null, \
                   scripts: [...document.scripts].map(s => s.src.replace(location.origin, '')), \
                   preloads: [...document.querySelectorAll('link[rel=modulepreload]')].map(l => l.href.replace(location.origin, '')), \
                   marks: performance.getEntriesByType('mark').map(m => m.name + '@' + Math.round(m.startTime)), \
                   requests: performance.getEntriesByType('resource').map(e => e.name.replace(location.origin, '') + ' ' + \
                     Math.round(e.startTime) + '..' + Math.round(e.responseEnd) + ' ' + e.initiatorType) });",
            )
            .await;
        v.as_str().unwrap_or_default().to_string()
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script runs")
    }

    pub async fn text(&self, selector: &str) -> String {
        self.client.find(Locator::Css(selector)).await.unwrap_or_else(|_| panic!("no element `{selector}`")).text().await.unwrap()
    }

    /// Browser console errors since the last call.
    pub async fn console(&self) -> Vec<String> {
        self.log(false).await
    }

    /// The browser's console since the last call: its errors, or (`all`) every message.
    async fn log(&self, all: bool) -> Vec<String> {
        let Ok(v) = self.client.issue_cmd(BrowserLog).await else { return vec![] };
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| all || e["level"].as_str() == Some("SEVERE"))
                    .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Fails on any console error, and on a page wider than the viewport.
    pub async fn assert_clean(&self, what: &str) {
        let errors = self.console().await;
        assert!(errors.is_empty(), "{what}: console errors {errors:?}");
        let overflow = self.js("return document.documentElement.scrollWidth - window.innerWidth;").await;
        assert!(overflow.as_i64().unwrap_or(1) <= 0, "{what}: the page scrolls sideways by {overflow} px");
    }

    /// Types into `selector` as a reader would; text outside ASCII goes through an input event,
    /// since chromedriver's key synthesis cannot type Chinese.
    pub async fn type_into(&self, selector: &str, text: &str) {
        if text.is_ascii() {
            self.client.find(Locator::Css(selector)).await.unwrap().send_keys(text).await.unwrap();
        } else {
            let script = format!("const el = document.querySelector({selector:?}); el.focus(); el.value += {text:?}; el.dispatchEvent(new InputEvent('input', {{bubbles: true, data: {text:?}}}));");
            self.js(&script).await;
        }
    }

    /// Scrolls `selector` to the middle of the viewport and clicks it.
    pub async fn click(&self, selector: &str) {
        self.js(&format!("document.querySelector({selector:?}).scrollIntoView({{block: 'center'}});")).await;
        self.client.find(Locator::Css(selector)).await.unwrap_or_else(|_| panic!("no element `{selector}`")).click().await.unwrap();
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
