//! The board view drawn for real (wgpu, software Vulkan on CI): a lit LED
//! shows in the pixels and the accessibility tree, and snapshot images of
//! the built-in boards catch unintended changes to the drawing.
//!
//! Update the images after an intended change with
//! `UPDATE_SNAPSHOTS=1 cargo test -p board-view`.

use board_view::BoardView;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use hardware_models::live::{BoardSnapshot, LiveInput};
use hardware_models::stimulus::Drive;
use hardware_models::trace::Level;
use hardware_models::BoardSpec;

fn harness(spec: BoardSpec, snapshot: BoardSnapshot) -> Harness<'static, Vec<LiveInput>> {
    Harness::builder()
        .with_size(egui::Vec2::new(560.0, 900.0))
        .build_ui_state(
            move |ui, inputs: &mut Vec<LiveInput>| {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    inputs.extend(BoardView::new(&spec).show(ui, &snapshot));
                });
            },
            Vec::new(),
        )
}

fn pico_snapshot(led_on: bool) -> BoardSnapshot {
    let mut s = BoardSnapshot {
        now_ns: 1_000_000_000,
        ..Default::default()
    };
    for p in 0..29u16 {
        let l = match p {
            25 => {
                if led_on {
                    Level::High
                } else {
                    Level::Low
                }
            }
            2 | 14 => Level::High,
            3 | 4 => Level::Low,
            _ => Level::Floating,
        };
        s.pins.push((p, l));
    }
    s.pwm.push((15, 1000, 32768));
    s.adc_volts.push((0, 1.65));
    s.i2c_celsius.push((0, 0x48, 21.5));
    s
}

/// The brightest green in a square around `center` (points, 1 px per point).
fn greenest(img: &image::RgbaImage, center: egui::Pos2, ppp: f32) -> u8 {
    let (cx, cy) = ((center.x * ppp) as i64, (center.y * ppp) as i64);
    let mut best = 0;
    for y in cy - 3..=cy + 3 {
        for x in cx - 3..=cx + 3 {
            if let Some(p) = img.get_pixel_checked(x as u32, y as u32) {
                if p[1] > p[0].saturating_add(40) {
                    best = best.max(p[1]);
                }
            }
        }
    }
    best
}

#[test]
fn a_lit_led_renders() {
    let spec = BoardSpec::builtin("pico").unwrap();
    let mut on = harness(spec.clone(), pico_snapshot(true));
    on.run();
    let node = on.get_by_label_contains("LED LED (GP25) lit");
    let center = node.rect().center();
    let lit = on.render().expect("render");
    let mut off = harness(spec, pico_snapshot(false));
    off.run();
    assert!(off.query_by_label_contains("LED LED (GP25) off").is_some());
    let dark = off.render().expect("render");
    let (g_on, g_off) = (greenest(&lit, center, 1.0), greenest(&dark, center, 1.0));
    assert!(g_on > 200, "lit LED green {g_on}");
    assert!(g_off < 120, "unlit LED green {g_off}");
}

#[test]
fn holding_and_latching_a_button_drive_its_pin() {
    let spec = BoardSpec::builtin("lm3s6965").unwrap();
    let up = spec.buttons.iter().find(|b| b.name == "UP").unwrap().pin;
    let mut h = harness(spec, BoardSnapshot::default());
    h.run();
    let pos = h.get_by_label("UP").rect().center();
    h.event(egui::Event::PointerMoved(pos));
    let press = |pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Default::default(),
    };
    h.event(press(true));
    h.run();
    assert_eq!(
        std::mem::take(h.state_mut()),
        [LiveInput::Pin {
            pin: up,
            drive: Drive::Low
        }]
    );
    h.event(press(false));
    h.run();
    assert_eq!(
        std::mem::take(h.state_mut()),
        [LiveInput::Pin {
            pin: up,
            drive: Drive::Release
        }]
    );
    h.get_by_label("UP").click_secondary();
    h.run();
    assert_eq!(
        std::mem::take(h.state_mut()),
        [LiveInput::Pin {
            pin: up,
            drive: Drive::Low
        }]
    );
}

#[test]
fn snapshot_of_the_pico() {
    let mut pico = harness(BoardSpec::builtin("pico").unwrap(), pico_snapshot(true));
    pico.run();
    pico.snapshot("board_pico");
}

#[test]
fn snapshot_of_the_lm3s6965() {
    let spec = BoardSpec::builtin("lm3s6965").unwrap();
    let mut snap = BoardSnapshot::default();
    for p in &spec.pins {
        let l = if p.id % 3 == 0 {
            Level::High
        } else {
            Level::Floating
        };
        snap.pins.push((p.id, l));
    }
    snap.pins.retain(|(p, _)| *p != 40);
    snap.pins.push((40, Level::High)); // PF0: the LED
    let mut lm = harness(spec, snap);
    lm.run();
    lm.snapshot("board_lm3s6965");
}

/// Each input of an SPI device gets a slider; moving it sends the volts.
#[test]
fn spi_device_inputs_have_sliders() {
    let spec = BoardSpec::builtin("pico").unwrap();
    let snapshot = BoardSnapshot {
        spi_volts: vec![(0, 17, 0, 1.0), (0, 17, 1, 2.0)],
        ..Default::default()
    };
    let mut h = harness(spec, snapshot);
    h.run();
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::Slider
            && n.label()
                .is_some_and(|l| l.contains("MCP3008 SPI0 cs=GP17 CH1"))
    })
    .set_value_accesskit(3.0);
    h.run();
    assert_eq!(
        std::mem::take(h.state_mut()),
        [LiveInput::SpiVolts {
            bus: 0,
            cs: 17,
            channel: 1,
            volts: 3.0
        }]
    );
}
