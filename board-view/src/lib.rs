//! An egui widget that draws a simulated Ferrite board from its board file
//! ([`BoardSpec`]) and the board's state ([`BoardSnapshot`]): header pins
//! with their names and levels, LEDs lit with their colour (PWM sets the
//! brightness), push buttons, sliders for the ADC inputs, the I2C sensors'
//! temperatures and a line to send UART bytes.
//!
//! It owns no simulation: [`BoardView::show`] returns the [`LiveInput`]s the
//! user caused this frame, and the host feeds them to the running
//! `SimBoard` (the desktop GUI through `SimBoard::set_live`, the browser
//! playground the same way). Its small interaction state (held and latched
//! buttons, slider positions) lives in egui's memory, keyed by the widget id.
//!
//! Mouse: press and hold a button (or a header pin, which it pulls low) to
//! drive its pin while held; right-click a button to latch it pressed until
//! the next right-click; right-click a pin for a menu to drive it low or
//! high or to release it.
#![forbid(unsafe_code)]

use egui::{
    Align2, Color32, CornerRadius, FontId, Id, IdSalt, Pos2, Rect, Sense, Stroke, StrokeKind, Ui,
    Vec2, WidgetInfo,
};
use hardware_models::live::{BoardSnapshot, LiveInput};
use hardware_models::spec::{BoardSpec, LedSpec, PinSpec};
use hardware_models::stimulus::Drive;
use hardware_models::trace::Level;
use std::collections::BTreeMap;

/// Pin number as the board and scripts use it.
pub type PinId = u16;

/// The board widget. Cheap to create every frame.
pub struct BoardView<'a> {
    spec: &'a BoardSpec,
    id_salt: IdSalt,
    max_height: f32,
}

/// What the user is doing to the board, kept across frames in egui memory.
#[derive(Clone, Debug, Default)]
struct ViewState {
    /// Buttons (by pin) latched pressed with a right-click.
    latched: BTreeMap<PinId, Drive>,
    /// Header pins driven from the context menu.
    pin_drive: BTreeMap<PinId, Drive>,
    /// What was last sent for each pin the view drives (absent = released).
    sent: BTreeMap<PinId, Drive>,
    /// ADC slider positions the user set, volts.
    adc: BTreeMap<u8, f64>,
    /// Sensor temperatures the user set, °C.
    celsius: BTreeMap<(u8, u8), f64>,
    /// SPI device inputs the user set (bus, chip select, channel), volts.
    spi_volts: BTreeMap<(u8, PinId, u8), f64>,
    /// Text typed for each UART.
    uart_text: BTreeMap<u8, String>,
}

/// Colours of pin levels.
const HIGH: Color32 = Color32::from_rgb(230, 70, 50);
const LOW: Color32 = Color32::from_rgb(40, 60, 150);
const FLOATING: Color32 = Color32::from_rgb(150, 150, 150);
const PCB: Color32 = Color32::from_rgb(24, 92, 56);
const PAD: Color32 = Color32::from_rgb(200, 170, 60);

impl<'a> BoardView<'a> {
    /// A view of `spec`.
    pub fn new(spec: &'a BoardSpec) -> BoardView<'a> {
        BoardView {
            spec,
            id_salt: IdSalt::new("ferrite_board_view"),
            max_height: 560.0,
        }
    }

    /// Distinguishes several views in one window.
    pub fn id_salt(mut self, salt: impl egui::AsIdSalt) -> Self {
        self.id_salt = IdSalt::new(salt);
        self
    }

    /// Caps the drawn board's height in points (default 560).
    pub fn max_height(mut self, h: f32) -> Self {
        self.max_height = h;
        self
    }

    /// Draws the board as `snapshot` says it is; returns what the user did.
    pub fn show(self, ui: &mut Ui, snapshot: &BoardSnapshot) -> Vec<LiveInput> {
        let id = ui.make_persistent_id(self.id_salt);
        let mut state: ViewState = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
        let mut inputs = Vec::new();
        let mut held: BTreeMap<PinId, Drive> = BTreeMap::new();

        ui.label(
            egui::RichText::new(format!("{} — {}", self.spec.name, self.spec.description)).strong(),
        );
        self.draw_board(ui, id, snapshot, &mut state, &mut held);
        self.analog_inputs(ui, snapshot, &mut state, &mut inputs);

        // Pins to drive now: held beats latched beats the pin menu.
        let mut want: BTreeMap<PinId, Drive> = state.pin_drive.clone();
        want.extend(state.latched.iter().map(|(p, d)| (*p, *d)));
        want.extend(held);
        let pins: Vec<PinId> = want.keys().chain(state.sent.keys()).copied().collect();
        for pin in pins {
            let now = want.get(&pin).copied();
            if state.sent.get(&pin).copied() != now {
                inputs.push(LiveInput::Pin {
                    pin,
                    drive: now.unwrap_or(Drive::Release),
                });
                match now {
                    Some(d) => state.sent.insert(pin, d),
                    None => state.sent.remove(&pin),
                };
            }
        }
        ui.data_mut(|d| d.insert_temp(id, state));
        inputs
    }

    fn draw_board(
        &self,
        ui: &mut Ui,
        id: Id,
        snapshot: &BoardSnapshot,
        state: &mut ViewState,
        held: &mut BTreeMap<PinId, Drive>,
    ) {
        let spec = self.spec;
        let (w_mm, h_mm) = if spec.width > 0.0 && spec.height > 0.0 {
            (spec.width as f32, spec.height as f32)
        } else {
            (60.0, 40.0)
        };
        let label_margin = 56.0;
        let avail = ui.available_width().max(200.0);
        let scale = ((avail - 2.0 * label_margin) / w_mm)
            .min(self.max_height / h_mm)
            .clamp(2.5, 16.0);
        let unplaced: Vec<&PinSpec> = spec.pins.iter().filter(|p| p.position.is_none()).collect();
        let cols = 8usize;
        let cell = Vec2::new(66.0, 26.0);
        let grid_rows = unplaced.len().div_ceil(cols);
        let board_size = Vec2::new(w_mm * scale, h_mm * scale);
        let total = Vec2::new(
            (board_size.x + 2.0 * label_margin).max(cols as f32 * cell.x),
            board_size.y + 8.0 + grid_rows as f32 * cell.y,
        );
        let (outer, _) = ui.allocate_exact_size(total, Sense::hover());
        let origin = Pos2::new(outer.min.x + label_margin, outer.min.y);
        let board_rect = Rect::from_min_size(origin, board_size);
        let painter = ui.painter_at(outer);
        painter.rect_filled(board_rect, CornerRadius::same(6), PCB);
        painter.rect_stroke(
            board_rect,
            CornerRadius::same(6),
            Stroke::new(1.0, Color32::from_rgb(12, 50, 30)),
            StrokeKind::Inside,
        );
        let to_screen = |(x, y): (f64, f64)| origin + Vec2::new(x as f32, y as f32) * scale;
        let pad = (1.6 * scale).clamp(9.0, 20.0);

        // Header pins with labels outside the board.
        for p in spec.pins.iter().filter(|p| p.position.is_some()) {
            let pos = to_screen(p.position.unwrap_or_default());
            let left = p.position.is_some_and(|(x, _)| x < f64::from(w_mm) / 2.0);
            let rect = Rect::from_center_size(pos, Vec2::splat(pad));
            let label_pos = if left {
                Pos2::new(board_rect.min.x - 4.0, pos.y)
            } else {
                Pos2::new(board_rect.max.x + 4.0, pos.y)
            };
            let align = if left {
                Align2::RIGHT_CENTER
            } else {
                Align2::LEFT_CENTER
            };
            self.pin_widget(ui, id, p, rect, snapshot, state, held);
            ui.painter().text(
                label_pos,
                align,
                pin_label(p),
                FontId::proportional(11.0),
                ui.visuals().text_color(),
            );
        }
        // Pins the board file gives no position: a grid under the board.
        let grid_top = board_rect.max.y + 8.0;
        for (i, p) in unplaced.iter().enumerate() {
            let (r, c) = (i / cols, i % cols);
            let min = Pos2::new(
                outer.min.x + c as f32 * cell.x,
                grid_top + r as f32 * cell.y,
            );
            let rect =
                Rect::from_center_size(min + Vec2::new(10.0, cell.y / 2.0), Vec2::splat(14.0));
            self.pin_widget(ui, id, p, rect, snapshot, state, held);
            ui.painter().text(
                min + Vec2::new(20.0, cell.y / 2.0),
                Align2::LEFT_CENTER,
                &p.name,
                FontId::proportional(11.0),
                ui.visuals().text_color(),
            );
        }

        for led in &spec.leds {
            let center = to_screen(led.position);
            let b = led_brightness(led, snapshot);
            let r = (1.4 * scale).clamp(6.0, 16.0);
            let rect = Rect::from_center_size(center, Vec2::splat(2.0 * r));
            let resp = ui.interact(rect, id.with(("led", &led.name)), Sense::hover());
            let on = led_color(&led.color);
            let p = ui.painter();
            if b > 0.0 {
                p.circle_filled(center, r * 2.2, on.gamma_multiply(0.35 * b));
            }
            p.circle_filled(center, r, lerp_color(dim(on), on, b));
            p.circle_stroke(center, r, Stroke::new(1.0, Color32::BLACK));
            p.text(
                center + Vec2::new(0.0, r + 2.0),
                Align2::CENTER_TOP,
                &led.name,
                FontId::proportional(10.0),
                Color32::WHITE,
            );
            let pin = spec.pin_name(led.pin);
            let text = if b > 0.0 {
                format!("LED {} ({pin}) lit {:.0}%", led.name, b * 100.0)
            } else {
                format!("LED {} ({pin}) off", led.name)
            };
            resp.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &text));
            resp.on_hover_text(&text);
        }

        for button in &spec.buttons {
            let center = to_screen(button.position);
            let r = (2.2 * scale).clamp(9.0, 20.0);
            let rect = Rect::from_center_size(center, Vec2::splat(2.0 * r));
            let resp = ui.interact(
                rect,
                id.with(("button", &button.name)),
                Sense::click_and_drag(),
            );
            let drive = if button.active_low {
                Drive::Low
            } else {
                Drive::High
            };
            if resp.secondary_clicked() && state.latched.remove(&button.pin).is_none() {
                state.latched.insert(button.pin, drive);
            }
            if resp.is_pointer_button_down_on() && !resp.secondary_clicked() {
                held.insert(button.pin, drive);
            }
            let down = held.contains_key(&button.pin) || state.latched.contains_key(&button.pin);
            let p = ui.painter();
            p.rect_filled(
                rect.shrink(1.0),
                CornerRadius::same(3),
                Color32::from_gray(30),
            );
            let cap = if down {
                Color32::from_gray(110)
            } else {
                Color32::from_gray(190)
            };
            p.circle_filled(center, r * if down { 0.55 } else { 0.65 }, cap);
            if state.latched.contains_key(&button.pin) {
                p.circle_stroke(center, r * 0.8, Stroke::new(2.0, Color32::YELLOW));
            }
            p.text(
                center + Vec2::new(0.0, r + 1.0),
                Align2::CENTER_TOP,
                &button.name,
                FontId::proportional(10.0),
                Color32::WHITE,
            );
            let pin = spec.pin_name(button.pin);
            let name = button.name.clone();
            resp.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
            resp.on_hover_text(format!(
                "{} on {pin}: hold to press, right-click to latch",
                button.name
            ));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn pin_widget(
        &self,
        ui: &mut Ui,
        id: Id,
        p: &PinSpec,
        rect: Rect,
        snapshot: &BoardSnapshot,
        state: &mut ViewState,
        held: &mut BTreeMap<PinId, Drive>,
    ) {
        let level = snapshot.level(p.id);
        let duty = snapshot.pwm_duty(p.id);
        let resp = ui.interact(rect, id.with(("pin", p.id)), Sense::click_and_drag());
        if resp.is_pointer_button_down_on() {
            held.insert(p.id, Drive::Low);
        }
        let fill = match (duty, level) {
            (Some(d), _) => lerp_color(LOW, HIGH, f32::from(d) / 65535.0),
            (None, Level::High) => HIGH,
            (None, Level::Low) => LOW,
            (None, Level::Floating) => FLOATING,
        };
        let painter = ui.painter();
        painter.rect_filled(rect.expand(1.5), CornerRadius::same(2), PAD);
        painter.rect_filled(rect, CornerRadius::same(2), fill);
        if state.pin_drive.contains_key(&p.id) || held.contains_key(&p.id) {
            painter.rect_stroke(
                rect.expand(3.0),
                CornerRadius::same(3),
                Stroke::new(2.0, Color32::YELLOW),
                StrokeKind::Outside,
            );
        }
        let mut info = format!("{} = {}", p.name, level.symbol());
        if let Some(d) = duty {
            info.push_str(&format!(
                ", PWM duty {:.1}%",
                f64::from(d) * 100.0 / 65535.0
            ));
        }
        let label = info.clone();
        resp.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
        let mut tip = info;
        if !p.aliases.is_empty() {
            tip.push_str(&format!("\nalso: {}", p.aliases.join(", ")));
        }
        if let Some(ch) = p.adc {
            tip.push_str(&format!("\nADC{ch}"));
        }
        if let Some(pwm) = p.pwm {
            tip.push_str(&format!(
                "\nPWM slice {}{}",
                pwm.slice,
                if pwm.channel == 0 { 'A' } else { 'B' }
            ));
        }
        tip.push_str("\nhold to pull low; right-click to drive");
        let resp = resp.on_hover_text(tip);
        resp.context_menu(|ui| {
            for (text, d) in [
                ("Drive low", Some(Drive::Low)),
                ("Drive high", Some(Drive::High)),
                ("Release", None),
            ] {
                if ui.button(text).clicked() {
                    match d {
                        Some(d) => state.pin_drive.insert(p.id, d),
                        None => state.pin_drive.remove(&p.id),
                    };
                    ui.close();
                }
            }
        });
    }

    fn analog_inputs(
        &self,
        ui: &mut Ui,
        snapshot: &BoardSnapshot,
        state: &mut ViewState,
        inputs: &mut Vec<LiveInput>,
    ) {
        let spec = self.spec;
        let adc_pins: Vec<&PinSpec> = spec.pins.iter().filter(|p| p.adc.is_some()).collect();
        if !adc_pins.is_empty() {
            ui.separator();
            ui.label("Analog inputs");
            for p in adc_pins {
                let ch = p.adc.unwrap_or_default();
                let current = state.adc.get(&ch).copied().unwrap_or_else(|| {
                    snapshot
                        .adc_volts
                        .iter()
                        .find(|(c, _)| *c == ch)
                        .map_or(0.0, |(_, v)| *v)
                });
                let mut v = current;
                let slider = egui::Slider::new(&mut v, 0.0..=spec.adc.vref)
                    .text(format!("ADC{ch} ({})", p.name))
                    .suffix(" V")
                    .fixed_decimals(2);
                if ui.add(slider).changed() {
                    state.adc.insert(ch, v);
                    inputs.push(LiveInput::AdcVolts {
                        channel: ch,
                        volts: v,
                    });
                }
            }
        }
        if !snapshot.i2c_celsius.is_empty() {
            ui.separator();
            ui.label("I2C devices");
            for &(bus, address, now) in &snapshot.i2c_celsius {
                let kind = spec
                    .i2c_devices
                    .iter()
                    .find(|d| d.bus == bus && d.address == address)
                    .map_or("sensor".to_string(), |d| {
                        format!("{:?}", d.kind).to_uppercase()
                    });
                let mut c = state.celsius.get(&(bus, address)).copied().unwrap_or(now);
                let slider = egui::Slider::new(&mut c, -40.0..=125.0)
                    .text(format!("{kind} I2C{bus} {address:#04x} temperature"))
                    .suffix(" °C")
                    .fixed_decimals(1);
                if ui.add(slider).changed() {
                    state.celsius.insert((bus, address), c);
                    inputs.push(LiveInput::I2cCelsius {
                        bus,
                        address,
                        celsius: c,
                    });
                }
            }
        }
        if !snapshot.spi_volts.is_empty() {
            ui.separator();
            ui.label("SPI devices");
            for &(bus, cs, channel, now) in &snapshot.spi_volts {
                let key = (bus, cs, channel);
                let mut v = state.spi_volts.get(&key).copied().unwrap_or(now);
                let cs_name = spec.pin(cs).map_or(cs.to_string(), |p| p.name.clone());
                let slider = egui::Slider::new(&mut v, 0.0..=spec.adc.vref)
                    .text(format!("MCP3008 SPI{bus} cs={cs_name} CH{channel}"))
                    .suffix(" V")
                    .fixed_decimals(2);
                if ui.add(slider).changed() {
                    state.spi_volts.insert(key, v);
                    inputs.push(LiveInput::SpiVolts {
                        bus,
                        cs,
                        channel,
                        volts: v,
                    });
                }
            }
        }
        if !spec.uarts.is_empty() {
            ui.separator();
            for u in &spec.uarts {
                ui.horizontal(|ui| {
                    ui.label(format!("UART{} rx", u.id));
                    let text = state.uart_text.entry(u.id).or_default();
                    let edit = ui.add(
                        egui::TextEdit::singleline(text)
                            .desired_width(160.0)
                            .hint_text("text to send"),
                    );
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if (ui.button("Send").clicked() || enter) && !text.is_empty() {
                        let mut data = std::mem::take(text).into_bytes();
                        data.push(b'\n');
                        inputs.push(LiveInput::UartRx { id: u.id, data });
                    }
                });
            }
        }
    }
}

fn pin_label(p: &PinSpec) -> String {
    match p.aliases.first() {
        Some(a) => format!("{} {a}", p.name),
        None => p.name.clone(),
    }
}

/// How bright an LED is, 0..=1: PWM duty if its pin runs PWM, else on/off
/// by level (inverted for active-low LEDs).
pub fn led_brightness(led: &LedSpec, snapshot: &BoardSnapshot) -> f32 {
    let high = match snapshot.pwm_duty(led.pin) {
        Some(d) => f32::from(d) / 65535.0,
        None => match snapshot.level(led.pin) {
            Level::High => 1.0,
            _ => 0.0,
        },
    };
    if led.active_low {
        if snapshot.pwm_duty(led.pin).is_some() || snapshot.level(led.pin) == Level::Low {
            1.0 - high
        } else {
            0.0
        }
    } else {
        high
    }
}

/// The colour of a lit LED from the board file (`green`, `#ff8800`, …).
pub fn led_color(name: &str) -> Color32 {
    let hex = name.strip_prefix('#').filter(|h| h.len() == 6);
    if let Some(h) = hex {
        if let Ok(v) = u32::from_str_radix(h, 16) {
            return Color32::from_rgb((v >> 16) as u8, (v >> 8) as u8, v as u8);
        }
    }
    match name.to_ascii_lowercase().as_str() {
        "red" => Color32::from_rgb(255, 40, 30),
        "green" => Color32::from_rgb(40, 255, 60),
        "blue" => Color32::from_rgb(50, 120, 255),
        "yellow" => Color32::from_rgb(255, 230, 40),
        "amber" | "orange" => Color32::from_rgb(255, 160, 20),
        "white" => Color32::from_rgb(250, 250, 240),
        _ => Color32::from_rgb(255, 255, 120),
    }
}

fn dim(c: Color32) -> Color32 {
    Color32::from_rgb(c.r() / 5 + 20, c.g() / 5 + 20, c.b() / 5 + 20)
}

fn lerp_color(a: Color32, b: Color32, t: f32) -> Color32 {
    let t = t.clamp(0.0, 1.0);
    let l = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(l(a.r(), b.r()), l(a.g(), b.g()), l(a.b(), b.b()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pico() -> BoardSpec {
        BoardSpec::builtin("pico").unwrap()
    }

    #[test]
    fn led_follows_level_and_pwm() {
        let spec = pico();
        let led = &spec.leds[0];
        let mut snap = BoardSnapshot::default();
        assert_eq!(led_brightness(led, &snap), 0.0);
        snap.pins.push((led.pin, Level::High));
        assert_eq!(led_brightness(led, &snap), 1.0);
        snap.pwm.push((led.pin, 1000, 16384));
        assert!((led_brightness(led, &snap) - 0.25).abs() < 0.01);
    }

    #[test]
    fn colours_parse() {
        assert_eq!(led_color("#102030"), Color32::from_rgb(0x10, 0x20, 0x30));
        assert_eq!(led_color("Green"), led_color("green"));
    }
}
