//! End to end: the real `sim-host --gui` binary opens its window on a
//! virtual X server (Xvfb), runs the traffic light for two seconds, saves a
//! screenshot through egui (`--screenshot`) and exits; the image must show
//! a drawn window, not a blank one.
//!
//! Needs `xvfb-run` (Debian package `xvfb`); without it the test is
//! skipped, unless FERRITE_REQUIRE_GUI_TESTS is set (`cargo xtask test`
//! installs the package and sets it).
#![cfg(feature = "gui")]

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn window_renders_under_xvfb() {
    let required = std::env::var_os("FERRITE_REQUIRE_GUI_TESTS").is_some();
    let have_xvfb = Command::new("xvfb-run")
        .arg("--help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !have_xvfb {
        assert!(!required, "xvfb-run is missing (apt-get install -y xvfb)");
        eprintln!("skipped: xvfb-run is not installed");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let dir = std::env::temp_dir().join(format!("ferrite-xvfb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let shot = dir.join("window.png");
    let mut child = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x1024x24"])
        .arg(env!("CARGO_BIN_EXE_sim-host"))
        .arg("--gui")
        .arg("--screenshot")
        .arg(&shot)
        .arg(root.join("examples/traffic_light.py"))
        // A software OpenGL on the virtual display.
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start xvfb-run");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("the GUI did not exit within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let out = child.wait_with_output().unwrap();
    assert!(
        status.success(),
        "sim-host --gui failed ({status}):\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let img = image::open(&shot).expect("screenshot written").to_rgba8();
    assert!(
        img.width() >= 800 && img.height() >= 600,
        "{}x{}",
        img.width(),
        img.height()
    );
    let colours: HashSet<[u8; 4]> = img.pixels().map(|p| p.0).collect();
    assert!(
        colours.len() > 50,
        "only {} colours: blank window?",
        colours.len()
    );
    // The board's green PCB is drawn.
    let pcb = img
        .pixels()
        .filter(|p| {
            let [r, g, b, _] = p.0.map(u16::from);
            g > r + 40 && g > b + 20
        })
        .count();
    assert!(pcb > 1000, "no board drawn ({pcb} green pixels)");
    let _ = std::fs::remove_dir_all(&dir);
}
