//! The browser playground: `cargo xtask web` builds it into `dist/`,
//! `cargo xtask serve` serves `dist/` with the cross-origin isolation
//! headers, `cargo xtask web-test` runs its Node and headless-Chromium tests.

use crate::{program, workspace_root};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const CRATE: &str = "playground-web";
const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "web";

/// Runs `cmd`; an error names `what` it was doing.
pub(crate) fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let status = cmd
        .status()
        .map_err(|e| format!("{what}: could not start {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// The wasm-bindgen version Cargo.lock pins: the CLI must be exactly it.
fn locked_wasm_bindgen(root: &Path) -> Result<String, String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|v| v.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

/// Generates the JS glue for `wasm` into `out` with wasm-bindgen's own
/// library (the version is pinned in xtask's Cargo.toml to the one
/// Cargo.lock has for the `wasm-bindgen` crate; a mismatch is refused).
fn bindgen(root: &Path, wasm: &Path, out: &Path) -> Result<(), String> {
    let locked = locked_wasm_bindgen(root)?;
    if locked != BINDGEN_VERSION {
        return Err(format!(
            "Cargo.lock has wasm-bindgen {locked} but xtask links wasm-bindgen-cli-support \
             {BINDGEN_VERSION}: pin the same version in xtask/Cargo.toml"
        ));
    }
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .web(true)
        .map_err(|e| format!("wasm-bindgen: {e}"))?
        .typescript(false)
        .generate(out)
        .map_err(|e| format!("wasm-bindgen: {e:#}"))
}

/// The wasm-bindgen-cli-support version xtask links.
const BINDGEN_VERSION: &str = "0.2.130";

/// Runs `npm ci` in the page's directory unless node_modules matches the lock.
fn ensure_npm(web: &Path) -> Result<(), String> {
    let lock = web.join("package-lock.json");
    let installed = web.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&installed)) {
        (Ok(l), Ok(i)) => match (l.modified(), i.modified()) {
            (Ok(l), Ok(i)) => i >= l,
            _ => false,
        },
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    println!("==> npm ci (in {})", web.display());
    run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(web),
        "npm ci",
    )
}

fn gzip_size(path: &Path) -> Option<u64> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout.len() as u64)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
}

/// `cargo xtask web`: the .wasm, its JS glue and the bundled page in `dist/`.
pub fn web() -> Result<(), String> {
    let root = workspace_root();
    let dist = root.join("dist");
    let web = root.join(CRATE).join("web");
    let started = Instant::now();
    // Offline with the target installed is fine; the build says otherwise.
    let _ = Command::new("rustup")
        .args(["target", "add", TARGET])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    run(
        Command::new(program("cargo")).args([
            "build",
            "-p",
            CRATE,
            "--target",
            TARGET,
            "--profile",
            PROFILE,
        ]),
        "building playground-web for wasm32",
    )?;
    let _ = std::fs::remove_dir_all(&dist);
    let wasm = crate::firmware::target_dir(&root)
        .join(TARGET)
        .join(PROFILE)
        .join("playground_web.wasm");
    bindgen(&root, &wasm, &dist.join("pkg"))?;
    ensure_npm(&web)?;
    // Optional: binaryen's wasm-opt from npm (Debian's is too old for
    // the output Chromium accepts), when someone installed it.
    let wasm_opt = web.join("node_modules/.bin/wasm-opt");
    let bg = dist.join("pkg/playground_web_bg.wasm");
    if wasm_opt.exists() {
        run(
            Command::new(&wasm_opt)
                .args([
                    "-Os",
                    "--enable-bulk-memory",
                    "--enable-nontrapping-float-to-int",
                ])
                .arg(&bg)
                .arg("-o")
                .arg(&bg),
            "wasm-opt",
        )?;
    }
    run(
        Command::new("node")
            .arg(web.join("build.mjs"))
            .arg(&dist)
            .current_dir(&web),
        "bundling the page (node build.mjs)",
    )?;
    let mut files = Vec::new();
    walk(&dist, &mut files);
    let (mut raw, mut gz) = (0, 0);
    for f in &files {
        raw += std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        gz += gzip_size(f).unwrap_or(0);
    }
    let wasm_raw = std::fs::metadata(&bg).map(|m| m.len()).unwrap_or(0);
    let wasm_gz = gzip_size(&bg).unwrap_or(0);
    println!(
        "==> dist/ in {:.0?}: playground_web_bg.wasm {} KiB ({} KiB gzip); whole page {} KiB ({} KiB gzip)",
        started.elapsed(),
        wasm_raw / 1024,
        wasm_gz / 1024,
        raw / 1024,
        gz / 1024
    );
    Ok(())
}

/// `cargo xtask serve [--port N]`: serves `dist/` on 127.0.0.1.
pub fn serve(args: &[String]) -> Result<(), String> {
    let mut port = 8080;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" => {
                port = it
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or("--port needs a number")?;
            }
            other => return Err(format!("serve: unknown argument '{other}'")),
        }
    }
    let dist = workspace_root().join("dist");
    if !dist.join("index.html").exists() {
        return Err("dist/ is empty: run `cargo xtask web` first".into());
    }
    let listener =
        TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("127.0.0.1:{port}: {e}"))?;
    println!("serving {} on http://127.0.0.1:{port}/", dist.display());
    serve_on(listener, dist);
    Ok(())
}

/// Serves `dir` on `listener` forever, a thread per connection.
pub fn serve_on(listener: TcpListener, dir: PathBuf) {
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dir);
        });
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// One HTTP/1.1 connection: GET and HEAD of files under `dir`, keep-alive.
fn handle(stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut out = stream;
    loop {
        let mut request = String::new();
        if reader.read_line(&mut request)? == 0 {
            return Ok(());
        }
        let mut close = false;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
                break;
            }
            let h = header.to_ascii_lowercase();
            if h.starts_with("connection:") && h.contains("close") {
                close = true;
            }
        }
        let mut parts = request.split_whitespace();
        let method = parts.next().unwrap_or("");
        let target = parts.next().unwrap_or("/");
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let rel = path.trim_start_matches('/');
        let rel = if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        };
        let safe = !rel.split('/').any(|c| c == ".." || c.is_empty());
        let file = dir.join(&rel);
        let body = if safe && (method == "GET" || method == "HEAD") {
            std::fs::File::open(&file).and_then(|mut f| {
                let mut b = Vec::new();
                f.read_to_end(&mut b).map(|_| b)
            })
        } else {
            Err(std::io::ErrorKind::NotFound.into())
        };
        let (status, ctype, body) = match body {
            Ok(b) => ("200 OK", content_type(&file), b),
            Err(_) => ("404 Not Found", "text/plain", b"not found\n".to_vec()),
        };
        write!(
            out,
            "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\
             Cache-Control: no-cache\r\n\
             Cross-Origin-Opener-Policy: same-origin\r\n\
             Cross-Origin-Embedder-Policy: require-corp\r\n\
             Cross-Origin-Resource-Policy: same-origin\r\n\
             {}\r\n",
            body.len(),
            if close { "Connection: close\r\n" } else { "" }
        )?;
        if method != "HEAD" {
            out.write_all(&body)?;
        }
        out.flush()?;
        if close {
            return Ok(());
        }
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// Installs Debian's chromium with apt if /usr/bin/chromium is missing.
fn ensure_chromium() -> Result<(), String> {
    if Path::new("/usr/bin/chromium").exists() {
        return Ok(());
    }
    println!("==> installing chromium (apt-get)");
    let apt = |args: &[&str]| {
        let mut cmd = if is_root() {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        cmd.args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    let install = || apt(&["install", "-y", "chromium"]);
    if install() || (apt(&["update"]) && install()) {
        Ok(())
    } else {
        Err("could not install chromium (apt-get install -y chromium)".into())
    }
}

/// `cargo xtask web-test`: builds the page, then runs the Node tests of the
/// WebAssembly API and the end-to-end tests in headless Chromium against
/// `dist/` served on a free port.
pub fn web_test() -> Result<(), String> {
    let started = Instant::now();
    web()?;
    let root = workspace_root();
    let web = root.join(CRATE).join("web");
    run(
        Command::new("node")
            .args(["--test", "tests/api.test.mjs"])
            .current_dir(&web),
        "Node tests of the WebAssembly API",
    )?;
    ensure_chromium()?;
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("bind: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let dist = root.join("dist");
    std::thread::spawn(move || serve_on(listener, dist));
    let screenshot = crate::firmware::target_dir(&root).join("playground-screenshot.png");
    run(
        Command::new("node")
            .args(["--test", "tests/e2e.test.mjs"])
            .env("PLAYGROUND_URL", format!("http://127.0.0.1:{port}/"))
            .env("PLAYGROUND_SCREENSHOT", &screenshot)
            .current_dir(&web),
        "end-to-end tests in headless Chromium",
    )?;
    println!(
        "==> playground tests passed in {:.0?}; screenshot: {}",
        started.elapsed(),
        screenshot.display()
    );
    Ok(())
}
