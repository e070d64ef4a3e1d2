//! The window's contents and the run controls.

use super::console;
use super::waveform::{short_time, Waves};
use super::worker::{Job, Session, Speed, Status, STEP_NS};
use crate::cli::RunArgs;
use crate::failure::Failure;
use board_view::BoardView;
use egui::{Align, Color32, RichText, ScrollArea, Ui};
use hardware_models::live::BoardSnapshot;
use hardware_models::spec::BUILTIN_BOARDS;
use hardware_models::BoardSpec;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The console the GUI keeps (the worker hands over new text each frame).
const CONSOLE_LIMIT: usize = 512 * 1024;

type Repaint = Arc<dyn Fn() + Send + Sync>;

struct Shot {
    path: PathBuf,
    outcome: Arc<Mutex<Option<Result<(), String>>>>,
    started: Instant,
    requested: bool,
}

/// The desktop board view.
pub struct FerriteApp {
    args: RunArgs,
    spec: BoardSpec,
    session: Session,
    waves: Waves,
    snapshot: BoardSnapshot,
    /// Script output and tracebacks of the current run.
    pub console: String,
    status: Status,
    paused: bool,
    speed: Speed,
    path_text: String,
    vcd_text: String,
    message: String,
    highlight: Option<usize>,
    scroll_to_highlight: bool,
    repaint: Repaint,
    watcher: Option<notify::RecommendedWatcher>,
    file_changed: Arc<AtomicBool>,
    reload_at: Option<Instant>,
    shot: Option<Shot>,
}

impl FerriteApp {
    /// Loads the board and starts `args.file`; `repaint` wakes the GUI.
    pub fn new(
        args: RunArgs,
        repaint: impl Fn() + Send + Sync + 'static,
    ) -> Result<FerriteApp, Failure> {
        let spec = BoardSpec::load(&args.board).map_err(|e| Failure::error(e.to_string()))?;
        let repaint: Repaint = Arc::new(repaint);
        let path = args.file.clone().unwrap_or_default();
        let speed = Speed::Times(1.0);
        let session = start(&args, false, speed, &repaint);
        Ok(FerriteApp {
            vcd_text: path.with_extension("vcd").to_string_lossy().into_owned(),
            path_text: path.to_string_lossy().into_owned(),
            args,
            spec,
            session,
            waves: Waves::default(),
            snapshot: BoardSnapshot::default(),
            console: String::new(),
            status: Status::Starting,
            paused: false,
            speed,
            message: String::new(),
            highlight: None,
            scroll_to_highlight: false,
            repaint,
            watcher: None,
            file_changed: Arc::new(AtomicBool::new(false)),
            reload_at: None,
            shot: None,
        })
    }

    /// Sets the pacing (tests run as fast as possible).
    pub fn set_speed(&mut self, speed: Speed) {
        self.speed = speed;
        self.session.control.update(|c| c.speed = speed);
    }

    /// Reloads the script when the file changes on disk.
    pub fn watch_file(&mut self) {
        use notify::Watcher;
        self.watcher = None;
        let Some(path) = self.args.file.clone() else {
            return;
        };
        let flag = Arc::clone(&self.file_changed);
        let repaint = Arc::clone(&self.repaint);
        let name = path.file_name().map(|n| n.to_os_string());
        let watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
            let Ok(ev) = ev else { return };
            let ours = ev
                .paths
                .iter()
                .any(|p| p.file_name().map(|n| n.to_os_string()) == name);
            let writes = matches!(
                ev.kind,
                notify::EventKind::Modify(_) | notify::EventKind::Create(_)
            );
            if ours && writes {
                flag.store(true, Ordering::Relaxed);
                repaint();
            }
        });
        let Ok(mut watcher) = watcher else { return };
        // Watch the directory: editors often replace the file on save.
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if watcher
            .watch(&dir, notify::RecursiveMode::NonRecursive)
            .is_ok()
        {
            self.watcher = Some(watcher);
        }
    }

    /// `--screenshot`: after two seconds save the window as PNG and close.
    pub fn take_screenshot(
        &mut self,
        path: PathBuf,
        outcome: Arc<Mutex<Option<Result<(), String>>>>,
    ) {
        self.shot = Some(Shot {
            path,
            outcome,
            started: Instant::now(),
            requested: false,
        });
    }

    /// Starts the script again from scratch (Reset, Open, a reload).
    fn restart(&mut self) {
        self.session = start(&self.args, self.paused, self.speed, &self.repaint);
        self.waves = Waves::default();
        self.console.clear();
        self.snapshot = BoardSnapshot::default();
        self.status = Status::Starting;
        self.highlight = None;
    }

    fn open(&mut self, path: &str) {
        let p = PathBuf::from(path.trim());
        if !p.is_file() {
            self.message = format!("{}: no such file", p.display());
            return;
        }
        self.vcd_text = p.with_extension("vcd").to_string_lossy().into_owned();
        self.args.file = Some(p);
        self.message.clear();
        self.restart();
        self.watch_file();
    }

    fn set_board(&mut self, name: &str) {
        match BoardSpec::load(name) {
            Ok(spec) => {
                self.spec = spec;
                self.args.board = name.to_string();
                self.restart();
            }
            Err(e) => self.message = e.to_string(),
        }
    }

    /// Takes what the worker reported since the last frame.
    fn drain(&mut self) {
        let mut feed = self.session.feed.lock();
        self.waves.ingest(std::mem::take(&mut feed.changes));
        self.console.push_str(&feed.console);
        feed.console.clear();
        self.snapshot.clone_from(&feed.snapshot);
        self.status = feed.status.clone();
        drop(feed);
        if self.console.len() > CONSOLE_LIMIT {
            let mut cut = self.console.len() - CONSOLE_LIMIT / 2;
            while !self.console.is_char_boundary(cut) {
                cut += 1;
            }
            self.console.drain(..cut);
        }
    }

    /// Draws everything into `ui` (the whole window).
    pub fn show(&mut self, ui: &mut Ui) {
        self.drain();
        if self.file_changed.swap(false, Ordering::Relaxed) {
            self.reload_at = Some(Instant::now() + Duration::from_millis(250));
        }
        if self.reload_at.is_some_and(|t| Instant::now() >= t) {
            self.reload_at = None;
            self.restart();
            self.message = "reloaded: the file changed on disk".into();
        }
        let running = !self.session.finished();
        if running || self.reload_at.is_some() {
            ui.ctx().request_repaint_after(Duration::from_millis(33));
        }
        self.screenshot(ui.ctx());

        egui::Panel::top("controls").show(ui, |ui| self.controls(ui));
        egui::Panel::bottom("console")
            .resizable(true)
            .default_size(170.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.strong("Console");
                    if ui.small_button("clear").clicked() {
                        self.console.clear();
                    }
                });
                if let Some((file, line)) = console::show(ui, &self.console) {
                    let ours = Path::new(&file).file_name()
                        == Path::new(&self.session.filename).file_name();
                    if ours && self.session.source.is_some() {
                        self.highlight = Some(line);
                        self.scroll_to_highlight = true;
                    } else {
                        self.message = format!("{file} is not the open script");
                    }
                }
            });
        egui::Panel::bottom("waves")
            .resizable(true)
            .default_size(190.0)
            .show(ui, |ui| {
                ui.strong("Waveforms");
                ScrollArea::vertical()
                    .id_salt("waves_scroll")
                    .show(ui, |ui| {
                        self.waves.show(ui, &self.spec, self.snapshot.now_ns);
                    });
            });
        if let Some(source) = &self.session.source {
            egui::Panel::right("source")
                .resizable(true)
                .default_size(380.0)
                .show(ui, |ui| {
                    ui.strong(&self.session.filename);
                    ScrollArea::both()
                        .id_salt("source_scroll")
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                            for (i, line) in source.lines().enumerate() {
                                let n = i + 1;
                                let mut text = RichText::new(format!("{n:>4}  {line}")).monospace();
                                if self.highlight == Some(n) {
                                    text = text
                                        .background_color(Color32::from_rgb(110, 90, 20))
                                        .color(Color32::WHITE);
                                }
                                let resp = ui.label(text);
                                if self.highlight == Some(n) && self.scroll_to_highlight {
                                    resp.scroll_to_me(Some(Align::Center));
                                    self.scroll_to_highlight = false;
                                }
                            }
                        });
                });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| {
            ScrollArea::both().id_salt("board_scroll").show(ui, |ui| {
                let inputs = BoardView::new(&self.spec).show(ui, &self.snapshot);
                self.session.control.send(inputs);
            });
        });
    }

    fn controls(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let label = ui.label("File");
            let edit = ui
                .add(egui::TextEdit::singleline(&mut self.path_text).desired_width(320.0))
                .labelled_by(label.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Open").clicked() || enter {
                let p = self.path_text.clone();
                self.open(&p);
            }
            ui.separator();
            let label = ui.label("Board");
            let mut board = self.args.board.clone();
            egui::ComboBox::from_id_salt("board")
                .selected_text(board.clone())
                .show_ui(ui, |ui| {
                    for (name, _) in BUILTIN_BOARDS {
                        ui.selectable_value(&mut board, (*name).to_string(), *name);
                    }
                })
                .response
                .labelled_by(label.id);
            if board != self.args.board {
                self.set_board(&board);
            }
            ui.separator();
            let label = ui.label("VCD");
            ui.add(egui::TextEdit::singleline(&mut self.vcd_text).desired_width(200.0))
                .labelled_by(label.id);
            if ui.button("Export VCD").clicked() {
                self.export_vcd();
            }
        });
        ui.horizontal(|ui| {
            let running = !self.session.finished();
            let label = if running && !self.paused {
                "Pause"
            } else {
                "Run"
            };
            if ui.button(label).clicked() {
                if running {
                    self.paused = !self.paused;
                    let p = self.paused;
                    self.session.control.update(|c| c.paused = p);
                } else {
                    self.paused = false;
                    self.restart();
                }
            }
            let step = ui
                .add_enabled(running, egui::Button::new("Step"))
                .on_hover_text(format!(
                    "run {} of virtual time, then pause",
                    short_time(STEP_NS)
                ));
            if step.clicked() {
                self.paused = true;
                let until = self.snapshot.now_ns + STEP_NS;
                self.session.control.update(|c| {
                    c.paused = true;
                    c.step_until = Some(until);
                });
            }
            if ui
                .button("Reset")
                .on_hover_text("start the script again")
                .clicked()
            {
                self.restart();
            }
            if ui.add_enabled(running, egui::Button::new("Stop")).clicked() {
                self.session.control.stop();
            }
            ui.separator();
            let label = ui.label("Speed");
            let mut speed = self.speed;
            let name = Speed::ALL
                .iter()
                .find(|(s, _)| *s == speed)
                .map_or("?", |(_, n)| *n);
            egui::ComboBox::from_id_salt("speed")
                .selected_text(name)
                .show_ui(ui, |ui| {
                    for (s, n) in Speed::ALL {
                        ui.selectable_value(&mut speed, s, n);
                    }
                })
                .response
                .labelled_by(label.id);
            if speed != self.speed {
                self.set_speed(speed);
            }
            ui.separator();
            ui.monospace(format!("t = {:.6} s", self.snapshot.now_ns as f64 / 1e9));
            let (text, color) = match (&self.status, self.paused) {
                (Status::Running, true) => ("paused", Color32::YELLOW),
                (Status::Running, false) => ("running", Color32::LIGHT_GREEN),
                (Status::Starting, _) => ("starting", Color32::GRAY),
                (Status::Finished, _) => ("finished", Color32::LIGHT_BLUE),
                (Status::Stopped, _) => ("stopped", Color32::GRAY),
                (Status::Failed, _) => ("exception", Color32::LIGHT_RED),
                (Status::NotStarted, _) => ("did not start", Color32::LIGHT_RED),
            };
            ui.label(RichText::new(text).color(color).strong());
            if !self.message.is_empty() {
                ui.separator();
                ui.label(&self.message);
            }
        });
    }

    fn export_vcd(&mut self) {
        let path = PathBuf::from(self.vcd_text.trim());
        let result = std::fs::File::create(&path).and_then(|f| {
            let mut out = std::io::BufWriter::new(f);
            self.waves
                .write_vcd(&self.spec, self.snapshot.now_ns, &mut out)?;
            std::io::Write::flush(&mut out)
        });
        self.message = match result {
            Ok(()) => format!("wrote {}", path.display()),
            Err(e) => format!("{}: cannot write: {e}", path.display()),
        };
    }

    fn screenshot(&mut self, ctx: &egui::Context) {
        let Some(shot) = &mut self.shot else { return };
        let elapsed = shot.started.elapsed();
        ctx.request_repaint_after(Duration::from_millis(50));
        if elapsed > Duration::from_secs(30) {
            *lock(&shot.outcome) = Some(Err("no screenshot after 30 s".into()));
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if shot.requested || elapsed < Duration::from_secs(2) {
            return;
        }
        shot.requested = true;
        let (path, outcome, c) = (shot.path.clone(), Arc::clone(&shot.outcome), ctx.clone());
        ctx.request_screenshot(move |image| {
            let bytes: Vec<u8> = image
                .pixels
                .iter()
                .flat_map(|p| p.to_srgba_unmultiplied())
                .collect();
            let [w, h] = image.size;
            let saved = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
                .ok_or_else(|| "bad screenshot size".to_string())
                .and_then(|img| {
                    img.save(&path)
                        .map_err(|e| format!("{}: {e}", path.display()))
                });
            *lock(&outcome) = Some(saved);
            c.send_viewport_cmd(egui::ViewportCommand::Close);
            c.request_repaint();
        });
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn start(args: &RunArgs, paused: bool, speed: Speed, repaint: &Repaint) -> Session {
    let r = Arc::clone(repaint);
    Session::start(
        Job {
            args: args.clone(),
            paused,
            speed,
        },
        move || r(),
    )
}

impl eframe::App for FerriteApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use egui_kittest::kittest::Queryable;
    use egui_kittest::Harness;

    fn app(board: &str, script: &str, text: &str) -> FerriteApp {
        let dir = std::env::temp_dir().join(format!("ferrite-gui-app-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(script);
        std::fs::write(&p, text).unwrap();
        let args = crate::cli::Cli::try_parse_from([
            "sim-host",
            "--gui",
            "--board",
            board,
            p.to_str().unwrap(),
        ])
        .unwrap()
        .run;
        FerriteApp::new(args, || {}).unwrap()
    }

    fn step_until(h: &mut Harness<'_, FerriteApp>, what: &str, f: impl Fn(&FerriteApp) -> bool) {
        let start = Instant::now();
        while !f(h.state()) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {what}; console:\n{}",
                h.state().console
            );
            std::thread::sleep(Duration::from_millis(10));
            h.step();
        }
    }

    /// Holding the board view's UP button drives PE0 low, and the script,
    /// running in the VM thread, sees it.
    #[test]
    fn pressing_a_button_reaches_the_script() {
        let app = app(
            "lm3s6965",
            "press.py",
            "from machine import Pin\nimport time\nb = Pin('PE0', Pin.IN, Pin.PULL_UP)\n\
             print('before', b.value())\nwhile b.value():\n    time.sleep_ms(5)\n\
             print('pressed', b.value())\nwhile not b.value():\n    time.sleep_ms(5)\n\
             print('released', b.value())\n",
        );
        let mut h = Harness::builder()
            .with_size(egui::Vec2::new(1200.0, 900.0))
            .build_ui_state(|ui, app: &mut FerriteApp| app.show(ui), app);
        step_until(&mut h, "the script to start", |a| {
            a.console.contains("before 1")
        });
        std::thread::sleep(Duration::from_millis(50));
        h.step();
        assert!(!h.state().console.contains("pressed"));
        let pos = h.get_by_label("UP").rect().center();
        h.event(egui::Event::PointerMoved(pos));
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::default(),
        });
        step_until(&mut h, "the press", |a| a.console.contains("pressed 0"));
        assert!(!h.state().console.contains("released"));
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::default(),
        });
        step_until(&mut h, "the release", |a| a.console.contains("released 1"));
    }

    /// A traceback line in the console is a link to the source line.
    #[test]
    fn clicking_a_traceback_line_highlights_the_source() {
        let mut app = app("pico", "oops.py", "x = 1\ny = 2\nprint(x // (y - 2))\n");
        app.set_speed(Speed::Fastest);
        let mut h = Harness::builder()
            .with_size(egui::Vec2::new(1200.0, 900.0))
            .build_ui_state(|ui, app: &mut FerriteApp| app.show(ui), app);
        step_until(&mut h, "the traceback", |a| {
            a.console.contains("ZeroDivisionError")
        });
        h.step();
        let link = h.get_by_label_contains("line 3");
        link.click();
        h.step();
        h.step();
        assert_eq!(h.state().highlight, Some(3));
        assert_eq!(h.state().status, Status::Failed);
    }
}
