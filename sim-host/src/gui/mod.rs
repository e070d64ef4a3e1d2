//! `sim-host --gui`: the desktop board view (eframe, glow renderer).
//!
//! The window: run controls on top (open a file, board, run/pause, step,
//! reset, stop, speed, virtual time, export VCD); the board in the middle
//! (the `board-view` widget); the script's source on the right; the
//! waveform and the console at the bottom. The VM runs in a worker thread
//! ([`worker`]); the GUI thread only draws and forwards input.

mod app;
mod console;
mod waveform;
mod worker;

use crate::cli::RunArgs;
use crate::failure::Failure;
use std::sync::{Arc, Mutex};

/// Opens the window and runs `args.file` in it until the window closes.
pub fn run(args: &RunArgs) -> Result<(), Failure> {
    let screenshot = args.screenshot.clone();
    let outcome: Arc<Mutex<Option<Result<(), String>>>> = Arc::new(Mutex::new(None));
    let out = Arc::clone(&outcome);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Ferrite board view")
            .with_inner_size([1200.0, 860.0]),
        ..Default::default()
    };
    let args = args.clone();
    eframe::run_native(
        "Ferrite board view",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let mut app = app::FerriteApp::new(args, move || ctx.request_repaint())
                .map_err(|e| e.message.unwrap_or_default())?;
            app.watch_file();
            if let Some(path) = screenshot {
                app.take_screenshot(path, out);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| Failure::error(format!("cannot open the window: {e}")))?;
    let result = outcome.lock().map(|mut o| o.take()).unwrap_or(None);
    match result {
        Some(Err(e)) => Err(Failure::error(e)),
        _ => Ok(()),
    }
}
