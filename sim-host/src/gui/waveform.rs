//! The waveform pane: chosen pins over virtual time (PWM pins as their
//! duty), with zoom, scroll, a hover line and a placed cursor with a time
//! readout; and the same changes kept for VCD export.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, Vec2};
use hardware_models::spec::BoardSpec;
use hardware_models::trace::{Level, SignalChange, Trace};
use std::collections::{BTreeMap, BTreeSet};

type PinId = u16;

/// At most this many changes per signal are kept (the oldest half goes).
const MAX_CHANGES: usize = 200_000;
const NAME_WIDTH: f32 = 90.0;
const ROW: f32 = 26.0;

#[derive(Default)]
struct Wave {
    levels: Vec<(u64, Level)>,
    duty: Vec<(u64, Option<u16>)>,
}

/// Everything the pane remembers.
pub struct Waves {
    waves: BTreeMap<PinId, Wave>,
    /// Every change, for `write_vcd`.
    trace: Trace,
    /// Pins the user picked; `None` = the first few that changed.
    chosen: Option<BTreeSet<PinId>>,
    /// Visible window: start and length, ns.
    start_ns: u64,
    span_ns: u64,
    /// Keep the window's right edge at "now".
    pub follow: bool,
    /// A placed cursor.
    pub cursor_ns: Option<u64>,
}

impl Default for Waves {
    fn default() -> Self {
        let mut trace = Trace::default();
        trace.set_recording(true);
        Waves {
            waves: BTreeMap::new(),
            trace,
            chosen: None,
            start_ns: 0,
            span_ns: 5_000_000_000,
            follow: true,
            cursor_ns: None,
        }
    }
}

impl Waves {
    /// Takes value changes from the run.
    pub fn ingest(&mut self, changes: impl IntoIterator<Item = (u64, SignalChange)>) {
        for (t, c) in changes {
            self.trace.change(t, c);
            match c {
                SignalChange::Pin(p, l) => {
                    let w = self.waves.entry(p).or_default();
                    w.levels.push((t, l));
                    trim(&mut w.levels);
                }
                SignalChange::PwmDuty(p, d) => {
                    let w = self.waves.entry(p).or_default();
                    w.duty.push((t, d));
                    trim(&mut w.duty);
                }
                SignalChange::PwmFreq(..) => {}
            }
        }
    }

    /// Writes every change so far as VCD, ending at `end_ns`.
    pub fn write_vcd(
        &self,
        spec: &BoardSpec,
        end_ns: u64,
        out: impl std::io::Write,
    ) -> std::io::Result<()> {
        self.trace.write_vcd(spec, end_ns, out)
    }

    fn shown(&self) -> Vec<PinId> {
        match &self.chosen {
            Some(set) => set.iter().copied().collect(),
            None => self.waves.keys().copied().take(8).collect(),
        }
    }

    /// The pane: toolbar, then one row per shown pin.
    pub fn show(&mut self, ui: &mut Ui, spec: &BoardSpec, now_ns: u64) {
        let shown = self.shown();
        ui.horizontal(|ui| {
            ui.menu_button("Signals...", |ui| {
                let mut set: BTreeSet<PinId> = shown.iter().copied().collect();
                for p in &spec.pins {
                    let mut on = set.contains(&p.id);
                    let changed = if self.waves.contains_key(&p.id) {
                        " *"
                    } else {
                        ""
                    };
                    if ui
                        .checkbox(&mut on, format!("{}{changed}", p.name))
                        .changed()
                    {
                        if on {
                            set.insert(p.id);
                        } else {
                            set.remove(&p.id);
                        }
                        self.chosen = Some(set.clone());
                    }
                }
            });
            if ui.button("-").on_hover_text("zoom out").clicked() {
                self.zoom(2.0, None, now_ns);
            }
            if ui.button("+").on_hover_text("zoom in").clicked() {
                self.zoom(0.5, None, now_ns);
            }
            if ui
                .button("Fit")
                .on_hover_text("show the whole run")
                .clicked()
            {
                self.follow = false;
                self.start_ns = 0;
                self.span_ns = now_ns.max(1_000);
            }
            ui.checkbox(&mut self.follow, "Follow");
            ui.label(format!("window {}", short_time(self.span_ns)));
            if let Some(c) = self.cursor_ns {
                let mut text = format!("cursor {}", short_time(c));
                for p in &shown {
                    text.push_str(&format!("  {}={}", spec.pin_name(*p), self.value_at(*p, c)));
                }
                ui.label(text);
                if ui.small_button("clear").clicked() {
                    self.cursor_ns = None;
                }
            }
        });
        if self.follow {
            self.start_ns = now_ns.saturating_sub(self.span_ns);
        }
        let height = ROW * shown.len().max(1) as f32 + 18.0;
        let (rect, resp) = ui.allocate_exact_size(
            Vec2::new(ui.available_width(), height),
            Sense::click_and_drag(),
        );
        let plot = Rect::from_min_max(Pos2::new(rect.min.x + NAME_WIDTH, rect.min.y), rect.max);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 2.0, Color32::from_gray(18));
        let (start, span) = (self.start_ns, self.span_ns);
        let to_x =
            |t: u64| plot.min.x + (t as f64 - start as f64) as f32 / span as f32 * plot.width();
        let to_t = |x: f32| {
            let f = ((x - plot.min.x) / plot.width()).clamp(0.0, 1.0) as f64;
            start + (f * span as f64) as u64
        };

        // Time axis ticks.
        let step = nice_step(self.span_ns / 8);
        let mut t = self.start_ns.div_ceil(step) * step;
        while t <= self.start_ns + self.span_ns {
            let x = to_x(t);
            painter.line_segment(
                [Pos2::new(x, rect.min.y), Pos2::new(x, rect.max.y - 14.0)],
                Stroke::new(1.0, Color32::from_gray(45)),
            );
            painter.text(
                Pos2::new(x, rect.max.y - 1.0),
                Align2::CENTER_BOTTOM,
                short_time(t),
                FontId::monospace(10.0),
                Color32::from_gray(160),
            );
            t += step;
        }

        if shown.is_empty() {
            painter.text(
                plot.center(),
                Align2::CENTER_CENTER,
                "no pin has changed yet",
                FontId::proportional(12.0),
                Color32::GRAY,
            );
        }
        for (row, pin) in shown.iter().enumerate() {
            let top = rect.min.y + row as f32 * ROW + 4.0;
            let (hi, lo) = (top + 2.0, top + ROW - 6.0);
            painter.text(
                Pos2::new(rect.min.x + 4.0, (hi + lo) / 2.0),
                Align2::LEFT_CENTER,
                spec.pin_name(*pin),
                FontId::monospace(12.0),
                Color32::from_gray(220),
            );
            let Some(w) = self.waves.get(pin) else {
                continue;
            };
            let end = now_ns.min(self.start_ns + self.span_ns);
            if !w.duty.is_empty() {
                // PWM as an analogue trace of the duty.
                for (a, b, d) in segments(&w.duty, self.start_ns, end) {
                    if let Some(d) = d {
                        let y = lo - (lo - hi) * f32::from(d) / 65535.0;
                        let r = Rect::from_min_max(Pos2::new(to_x(a), y), Pos2::new(to_x(b), lo));
                        painter.rect_filled(r, 0.0, Color32::from_rgb(90, 60, 20));
                        painter.line_segment(
                            [Pos2::new(to_x(a), y), Pos2::new(to_x(b), y)],
                            Stroke::new(1.5, Color32::from_rgb(255, 170, 40)),
                        );
                    }
                }
            }
            let mut last_y: Option<f32> = None;
            for (a, b, l) in segments(&w.levels, self.start_ns, end) {
                let (y, color) = match l {
                    Level::High => (hi, Color32::from_rgb(80, 230, 90)),
                    Level::Low => (lo, Color32::from_rgb(80, 230, 90)),
                    Level::Floating => ((hi + lo) / 2.0, Color32::from_rgb(230, 200, 60)),
                };
                let (xa, xb) = (to_x(a), to_x(b));
                if let Some(py) = last_y {
                    if py != y {
                        painter.line_segment(
                            [Pos2::new(xa, py), Pos2::new(xa, y)],
                            Stroke::new(1.0, color),
                        );
                    }
                }
                painter.line_segment(
                    [Pos2::new(xa, y), Pos2::new(xb, y)],
                    Stroke::new(1.5, color),
                );
                last_y = Some(y);
            }
        }

        // Interaction: wheel zooms around the pointer, drag or shift-wheel scrolls.
        if resp.hovered() {
            let (scroll, pointer) = ui.input(|i| (i.smooth_scroll_delta, i.pointer.hover_pos()));
            if scroll.y != 0.0 {
                let at = pointer.map(|p| to_t(p.x));
                self.zoom((-scroll.y * 0.01).exp() as f64, at, now_ns);
            }
            if scroll.x != 0.0 {
                self.pan(-scroll.x, plot.width());
            }
        }
        if resp.dragged() {
            self.pan(resp.drag_delta().x, plot.width());
        }
        if let Some(p) = resp.hover_pos() {
            if p.x >= plot.min.x {
                let t = to_t(p.x);
                painter.line_segment(
                    [Pos2::new(p.x, rect.min.y), Pos2::new(p.x, rect.max.y)],
                    Stroke::new(1.0, Color32::from_gray(140)),
                );
                painter.text(
                    Pos2::new(p.x + 4.0, rect.min.y + 2.0),
                    Align2::LEFT_TOP,
                    short_time(t),
                    FontId::monospace(11.0),
                    Color32::WHITE,
                );
                if resp.clicked() {
                    self.cursor_ns = Some(t);
                }
            }
        }
        if let Some(c) = self.cursor_ns {
            if c >= self.start_ns && c <= self.start_ns + self.span_ns {
                let x = to_x(c);
                painter.line_segment(
                    [Pos2::new(x, rect.min.y), Pos2::new(x, rect.max.y)],
                    Stroke::new(1.5, Color32::from_rgb(90, 160, 255)),
                );
            }
        }
    }

    fn zoom(&mut self, factor: f64, around: Option<u64>, now_ns: u64) {
        let old = self.span_ns as f64;
        let new = (old * factor).clamp(1_000.0, 1e13);
        let around = around.unwrap_or(if self.follow {
            now_ns
        } else {
            self.start_ns + self.span_ns / 2
        });
        let frac = (around as f64 - self.start_ns as f64) / old;
        self.start_ns = (around as f64 - frac * new).max(0.0) as u64;
        self.span_ns = new as u64;
    }

    fn pan(&mut self, dx_points: f32, width: f32) {
        let dt = (dx_points / width.max(1.0)) as f64 * self.span_ns as f64;
        self.follow = false;
        self.start_ns = (self.start_ns as f64 - dt).max(0.0) as u64;
    }

    fn value_at(&self, pin: PinId, t: u64) -> String {
        let Some(w) = self.waves.get(&pin) else {
            return "z".into();
        };
        let i = w.duty.partition_point(|(at, _)| *at <= t);
        if let Some((_, Some(d))) = i.checked_sub(1).map(|i| w.duty[i]) {
            return format!("{:.1}%", f64::from(d) * 100.0 / 65535.0);
        }
        let i = w.levels.partition_point(|(at, _)| *at <= t);
        i.checked_sub(1)
            .map_or("z", |i| w.levels[i].1.symbol())
            .to_string()
    }
}

fn trim<T>(v: &mut Vec<T>) {
    if v.len() > MAX_CHANGES {
        v.drain(..MAX_CHANGES / 2);
    }
}

/// The stretches of a step signal that overlap `[from, to)`.
fn segments<T: Copy>(changes: &[(u64, T)], from: u64, to: u64) -> Vec<(u64, u64, T)> {
    let mut out = Vec::new();
    let first = changes
        .partition_point(|(t, _)| *t <= from)
        .saturating_sub(1);
    for (i, &(t, v)) in changes.iter().enumerate().skip(first) {
        if t >= to {
            break;
        }
        let end = changes.get(i + 1).map_or(to, |(n, _)| (*n).min(to));
        let start = t.max(from);
        if end > start || (end == start && i + 1 == changes.len()) {
            out.push((start, end, v));
        }
    }
    out
}

fn nice_step(raw: u64) -> u64 {
    let raw = raw.max(1);
    let mut p = 1u64;
    while p.saturating_mul(10) <= raw {
        p *= 10;
    }
    for m in [1, 2, 5, 10] {
        if p * m >= raw {
            return p * m;
        }
    }
    p * 10
}

/// `1.5 s`, `250 ms`, `12 µs`, `40 ns`.
pub fn short_time(ns: u64) -> String {
    let f = ns as f64;
    if ns >= 1_000_000_000 {
        format!("{} s", trim_float(f / 1e9))
    } else if ns >= 1_000_000 {
        format!("{} ms", trim_float(f / 1e6))
    } else if ns >= 1_000 {
        format!("{} µs", trim_float(f / 1e3))
    } else {
        format!("{ns} ns")
    }
}

fn trim_float(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_well() {
        assert_eq!(short_time(1_500_000_000), "1.5 s");
        assert_eq!(short_time(250_000_000), "250 ms");
        assert_eq!(short_time(12_000), "12 µs");
        assert_eq!(short_time(40), "40 ns");
        assert_eq!(nice_step(3_000_000), 5_000_000);
    }

    #[test]
    fn segments_cover_the_window() {
        let c = [(0, 1), (10, 2), (20, 3)];
        assert_eq!(segments(&c, 5, 25), [(5, 10, 1), (10, 20, 2), (20, 25, 3)]);
        assert_eq!(segments(&c, 12, 15), [(12, 15, 2)]);
    }

    #[test]
    fn cursor_values_and_vcd() {
        let spec = BoardSpec::builtin("pico").unwrap();
        let mut w = Waves::default();
        w.ingest([
            (0, SignalChange::Pin(25, Level::Low)),
            (100, SignalChange::Pin(25, Level::High)),
        ]);
        assert_eq!(w.value_at(25, 50), "0");
        assert_eq!(w.value_at(25, 150), "1");
        let mut out = Vec::new();
        w.write_vcd(&spec, 200, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("GP25") && text.contains("#100"), "{text}");
    }
}
