//! The VM in a worker thread, so the GUI thread never blocks.
//!
//! The board is connected with `SimBoard::set_live`: every millisecond of
//! virtual time its source closure publishes a [`BoardSnapshot`] to the
//! shared [`Feed`], hands over the inputs the GUI queued, and blocks to pace
//! virtual time to the wall clock × speed, or while paused. Stop and Reset
//! set a flag the board's stop hook reports to the VM at its next safe point
//! (every 64 instructions), so even `while True: pass` ends at once.

use crate::cli::RunArgs;
use crate::commands::make_board;
use crate::diagnostics::render_compile_error;
use crate::input::{self, Input};
use crate::traceback::{self, Sources};
use hardware_models::live::{BoardSnapshot, LiveInput};
use hardware_models::trace::SignalChange;
use hardware_models::ConsoleSink;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use vm::bytecode::{self, Program};
use vm::Vm;

/// How often (virtual time) the board hands a snapshot over and takes input.
pub const POLL_NS: u64 = 1_000_000;
/// How much virtual time one press of Step runs.
pub const STEP_NS: u64 = 10_000_000;
/// The console keeps at most this many bytes (the oldest go first).
const CONSOLE_LIMIT: usize = 256 * 1024;

/// How fast virtual time runs against the wall clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Speed {
    /// Virtual seconds per wall second.
    Times(f64),
    /// No pacing at all.
    Fastest,
}

impl Speed {
    /// The choices offered in the GUI.
    pub const ALL: [(Speed, &'static str); 4] = [
        (Speed::Times(1.0), "real time"),
        (Speed::Times(10.0), "×10"),
        (Speed::Times(100.0), "×100"),
        (Speed::Fastest, "as fast as possible"),
    ];
}

/// Where a run stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Compiling and starting.
    Starting,
    /// The script runs (or is paused: see [`Control::paused`]).
    Running,
    /// The script ended normally.
    Finished,
    /// The user stopped it.
    Stopped,
    /// An uncaught exception (the traceback is on the console).
    Failed,
    /// It never started: compile or load error (on the console).
    NotStarted,
}

/// What the GUI sets; the worker reads it at every poll.
#[derive(Debug)]
pub struct ControlState {
    /// Hold virtual time.
    pub paused: bool,
    /// Run until this virtual time even while paused (Step).
    pub step_until: Option<u64>,
    /// Pacing.
    pub speed: Speed,
    /// Inputs from the board view, applied at the next poll.
    pub inputs: Vec<LiveInput>,
    /// Pacing anchor: (wall clock, virtual ns) when pacing last (re)started.
    anchor: Option<(Instant, u64)>,
}

/// The GUI's side of a run: shared settings and the stop flag.
#[derive(Debug)]
pub struct Control {
    state: Mutex<ControlState>,
    wake: Condvar,
    stop: AtomicBool,
}

impl Control {
    fn new(paused: bool, speed: Speed) -> Control {
        Control {
            state: Mutex::new(ControlState {
                paused,
                step_until: None,
                speed,
                inputs: Vec::new(),
                anchor: None,
            }),
            wake: Condvar::new(),
            stop: AtomicBool::new(false),
        }
    }

    /// Changes settings and wakes the worker (pacing restarts from now).
    pub fn update(&self, f: impl FnOnce(&mut ControlState)) {
        let mut s = lock(&self.state);
        f(&mut s);
        s.anchor = None;
        drop(s);
        self.wake.notify_all();
    }

    /// Queues inputs from the board view.
    pub fn send(&self, inputs: Vec<LiveInput>) {
        if inputs.is_empty() {
            return;
        }
        lock(&self.state).inputs.extend(inputs);
        self.wake.notify_all();
    }

    /// Asks the run to end; the VM stops at its next safe point.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
        self.wake.notify_all();
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// The live source's body: pace, wait while paused, hand over inputs.
    fn poll(&self, snap: &BoardSnapshot) -> Vec<LiveInput> {
        let mut s = lock(&self.state);
        loop {
            if self.stopping() {
                return Vec::new();
            }
            let stepping = s.step_until.is_some_and(|t| snap.now_ns < t);
            if s.paused && !stepping {
                s.step_until = None;
                s.anchor = None;
                let inputs = std::mem::take(&mut s.inputs);
                if !inputs.is_empty() {
                    // Apply presses made while paused at once, so the view shows them.
                    return inputs;
                }
                s = wait(&self.wake, s, Duration::from_millis(50));
                continue;
            }
            let Speed::Times(k) = s.speed else { break };
            if stepping {
                break;
            }
            let now = Instant::now();
            let (wall0, virt0) = *s.anchor.get_or_insert((now, snap.now_ns));
            let ahead = snap.now_ns.saturating_sub(virt0) as f64 / k;
            let due = wall0 + Duration::from_nanos(ahead as u64);
            if due <= now {
                // Too slow to keep up: do not race to catch up later.
                if now - due > Duration::from_millis(200) {
                    s.anchor = Some((now, snap.now_ns));
                }
                break;
            }
            s = wait(&self.wake, s, (due - now).min(Duration::from_millis(50)));
        }
        std::mem::take(&mut s.inputs)
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn wait<'a, T>(cv: &Condvar, g: MutexGuard<'a, T>, d: Duration) -> MutexGuard<'a, T> {
    match cv.wait_timeout(g, d) {
        Ok((g, _)) => g,
        Err(e) => e.into_inner().0,
    }
}

/// What the worker reports; the GUI reads it every frame.
#[derive(Debug)]
pub struct FeedState {
    /// The board now.
    pub snapshot: BoardSnapshot,
    /// Console text, script output and tracebacks.
    pub console: String,
    /// Value changes not yet taken by the GUI (waveforms).
    pub changes: Vec<(u64, SignalChange)>,
    /// Where the run stands.
    pub status: Status,
}

/// The worker's side of a run.
#[derive(Debug)]
pub struct Feed {
    state: Mutex<FeedState>,
}

impl Feed {
    fn new() -> Feed {
        Feed {
            state: Mutex::new(FeedState {
                snapshot: BoardSnapshot::default(),
                console: String::new(),
                changes: Vec::new(),
                status: Status::Starting,
            }),
        }
    }

    /// Locks the feed for reading.
    pub fn lock(&self) -> MutexGuard<'_, FeedState> {
        lock(&self.state)
    }

    fn console(&self, text: &str) {
        let mut s = self.lock();
        s.console.push_str(text);
        if s.console.len() > CONSOLE_LIMIT {
            let mut cut = s.console.len() - CONSOLE_LIMIT / 2;
            while !s.console.is_char_boundary(cut) {
                cut += 1;
            }
            s.console.drain(..cut);
        }
    }
}

/// What to run.
#[derive(Clone, Debug)]
pub struct Job {
    /// The run options (board, stimulus, heap, …); `file` names the script.
    pub args: RunArgs,
    /// Start paused.
    pub paused: bool,
    /// Pacing.
    pub speed: Speed,
}

/// A running (or finished) script.
pub struct Session {
    /// Settings shared with the worker.
    pub control: Arc<Control>,
    /// What the worker reports.
    pub feed: Arc<Feed>,
    /// The source text, when the file is Python (for the source pane).
    pub source: Option<String>,
    /// The file name used in tracebacks.
    pub filename: String,
    handle: Option<JoinHandle<()>>,
}

impl Session {
    /// Loads and starts `job` in a new thread; `repaint` is called when the
    /// GUI should redraw (output arrived, the run ended).
    pub fn start(job: Job, repaint: impl Fn() + Send + Sync + 'static) -> Session {
        let control = Arc::new(Control::new(job.paused, job.speed));
        let feed = Arc::new(Feed::new());
        let path = job.args.file.clone().unwrap_or_default();
        let filename = path.to_string_lossy().into_owned();
        let read = input::read(&path);
        let source = match &read {
            Ok(Input::Source(s)) => Some(s.clone()),
            _ => None,
        };
        let (c, f, name) = (Arc::clone(&control), Arc::clone(&feed), filename.clone());
        let handle = std::thread::Builder::new()
            .name("ferrite-vm".into())
            .spawn(move || {
                let status = match read {
                    Ok(input) => run(&job, &name, input, &c, &f),
                    Err(e) => {
                        f.console(&format!("error: {}\n", e.message.unwrap_or_default()));
                        Status::NotStarted
                    }
                };
                f.lock().status = status;
                repaint();
            })
            .ok();
        Session {
            control,
            feed,
            source,
            filename,
            handle,
        }
    }

    /// Whether the worker thread has ended.
    pub fn finished(&self) -> bool {
        self.handle.as_ref().is_none_or(|h| h.is_finished())
    }

    /// Stops the run and waits for the worker (at most about 100 ms).
    #[cfg(test)]
    pub fn stop_and_join(&mut self) {
        self.control.stop();
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // The worker ends by itself at its next safe point.
        self.control.stop();
    }
}

fn load(filename: &str, input: Input, feed: &Feed) -> Option<(Program, Option<String>)> {
    match input {
        Input::Image(bytes) => match bytecode::load(&bytes) {
            Ok(p) => Some((p, None)),
            Err(e) => {
                feed.console(&format!("error: {filename}: {e}\n"));
                None
            }
        },
        Input::Source(source) => match compiler::compile(&source, filename) {
            Ok(image) => match bytecode::load(&bytecode::encode(&image)) {
                Ok(p) => Some((p, Some(source))),
                Err(e) => {
                    feed.console(&format!("error: {filename}: {e}\n"));
                    None
                }
            },
            Err(e) => {
                let text = render_compile_error(filename, &source, &e, false);
                feed.console(&String::from_utf8_lossy(&text));
                None
            }
        },
    }
}

fn run(
    job: &Job,
    filename: &str,
    input: Input,
    control: &Arc<Control>,
    feed: &Arc<Feed>,
) -> Status {
    let Some((program, source)) = load(filename, input, feed) else {
        return Status::NotStarted;
    };
    let f = Arc::clone(feed);
    let console = ConsoleSink::callback(move |s| f.console(s));
    let mut board = match make_board(&job.args, console) {
        Ok(b) => b,
        Err(e) => {
            feed.console(&format!("error: {}\n", e.message.unwrap_or_default()));
            return Status::NotStarted;
        }
    };
    // Something for the I2C and SPI panels where the buses are empty.
    board.attach_demo_devices();
    let f = Arc::clone(feed);
    board
        .trace_mut()
        .set_change_hook(move |t, c| f.lock().changes.push((t, c)));
    let c = Arc::clone(control);
    board.set_stop_hook(move || c.stopping());
    let (c, f) = (Arc::clone(control), Arc::clone(feed));
    board.set_live(
        Box::new(move |snap| {
            f.lock().snapshot = snap.clone();
            c.poll(snap)
        }),
        POLL_NS,
    );
    feed.lock().snapshot = board.snapshot();
    feed.lock().status = Status::Running;
    let mut vm = Vm::new(program, board, job.args.config());
    let result = crate::commands::execute(&mut vm, &job.args);
    vm.board_mut().finish();
    feed.lock().snapshot = vm.board().snapshot();
    match result {
        Ok(()) if control.stopping() => Status::Stopped,
        Ok(()) => Status::Finished,
        Err(exc) => {
            let mut sources = Sources::new();
            if let Some(text) = source {
                sources.insert(filename, text);
            }
            feed.console(&traceback::render(&exc, &mut sources));
            Status::Failed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use std::path::Path;

    pub(crate) fn job_for(script: &Path, board: &str, speed: Speed) -> Job {
        let args = crate::cli::Cli::try_parse_from([
            "sim-host",
            "--board",
            board,
            script.to_str().unwrap(),
        ])
        .unwrap()
        .run;
        Job {
            args,
            paused: false,
            speed,
        }
    }

    fn script(name: &str, text: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("ferrite-gui-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
        let start = Instant::now();
        while !f() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out: {what}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn busy_loop_stops_within_100ms() {
        let p = script("busy.py", "print('spinning')\nwhile True:\n    pass\n");
        for speed in [Speed::Fastest, Speed::Times(1.0)] {
            let mut s = Session::start(job_for(&p, "pico", speed), || {});
            wait_for("output", || s.feed.lock().console.contains("spinning"));
            std::thread::sleep(Duration::from_millis(50));
            let t = Instant::now();
            s.stop_and_join();
            assert!(
                t.elapsed() < Duration::from_millis(100),
                "{speed:?}: stopping took {:?}",
                t.elapsed()
            );
            assert_eq!(s.feed.lock().status, Status::Stopped);
        }
    }

    #[test]
    fn pause_holds_virtual_time_and_step_advances_it() {
        let p = script(
            "sleepy.py",
            "import time\nwhile True:\n    time.sleep_ms(1)\n",
        );
        let mut s = Session::start(job_for(&p, "pico", Speed::Fastest), || {});
        wait_for("running", || s.feed.lock().snapshot.now_ns > 5 * POLL_NS);
        s.control.update(|c| c.paused = true);
        std::thread::sleep(Duration::from_millis(30));
        let held = s.feed.lock().snapshot.now_ns;
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(s.feed.lock().snapshot.now_ns, held);
        s.control.update(|c| c.step_until = Some(held + STEP_NS));
        wait_for("step", || s.feed.lock().snapshot.now_ns >= held + STEP_NS);
        std::thread::sleep(Duration::from_millis(30));
        assert!(s.feed.lock().snapshot.now_ns <= held + STEP_NS + 2 * POLL_NS);
        let t = Instant::now();
        s.stop_and_join();
        assert!(t.elapsed() < Duration::from_millis(100));
    }

    #[test]
    fn real_time_paces_sleeps() {
        let p = script(
            "nap.py",
            "import time\ntime.sleep_ms(200)\nprint('awake')\n",
        );
        let t = Instant::now();
        let s = Session::start(job_for(&p, "pico", Speed::Times(1.0)), || {});
        wait_for("finish", || s.finished());
        assert!(
            t.elapsed() >= Duration::from_millis(190),
            "{:?}",
            t.elapsed()
        );
        let f = s.feed.lock();
        assert_eq!(f.status, Status::Finished);
        assert!(f.console.contains("awake"));
    }

    #[test]
    fn tracebacks_and_compile_errors_reach_the_console() {
        let p = script("boom.py", "x = 1\nprint(1 // 0)\n");
        let s = Session::start(job_for(&p, "pico", Speed::Fastest), || {});
        wait_for("finish", || s.finished());
        let f = s.feed.lock();
        assert_eq!(f.status, Status::Failed);
        assert!(f.console.contains("line 2"), "{}", f.console);
        assert!(f.console.contains("ZeroDivisionError"), "{}", f.console);
        drop(f);
        let p = script("bad.py", "x = (\n");
        let s = Session::start(job_for(&p, "pico", Speed::Fastest), || {});
        wait_for("finish", || s.finished());
        assert_eq!(s.feed.lock().status, Status::NotStarted);
        assert!(s.feed.lock().console.contains("SyntaxError"));
    }
}
