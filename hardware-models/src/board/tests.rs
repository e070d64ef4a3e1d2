//! The board through the HAL traits only, as the VM drives it.

use super::*;
use std::cell::RefCell;
use std::rc::Rc;
use vm::hal::{Board, Spi, SpiConfig};

const MS: u64 = 1_000_000;
const S: u64 = 1_000_000_000;

fn pico() -> SimBoard {
    let mut b = SimBoard::capturing();
    b.trace_mut().set_recording(true);
    b
}

fn with_stim(text: &str) -> SimBoard {
    let mut b = pico();
    let stim = Stimulus::parse("test.stim.toml", text, b.spec()).unwrap();
    b.set_stimulus(stim);
    b
}

fn lines(b: &SimBoard) -> Vec<String> {
    b.trace().entries().iter().map(|e| e.to_string()).collect()
}

fn pin<B: Board>(b: &mut B, name: &str) -> PinId {
    b.pin_lookup(PinName::Name(name)).unwrap()
}

/// Drives the board only through the HAL traits, as the VM does.
fn blink<B: Board>(b: &mut B) -> u64 {
    let led = b.pin_lookup(PinName::Name("LED")).unwrap();
    b.pin_setup(led, PinMode::Output, Pull::None).unwrap();
    let start = b.now_ns();
    for i in 0..3 {
        b.pin_write(led, i % 2 == 0).unwrap();
        b.write_str("tick\n");
        b.wait_until_ns(start + (i + 1) * 500 * MS);
    }
    b.now_ns()
}

#[test]
fn hal_calls_reach_console_and_clock() {
    let mut board = pico();
    assert_eq!(blink(&mut board), 1_500 * MS);
    assert_eq!(board.output(), "tick\ntick\ntick\n");
    assert_eq!(board.clock().now_ns(), 1_500 * MS);
}

#[test]
fn lookup_by_number_name_and_alias() {
    let mut b = pico();
    assert_eq!(b.pin_lookup(PinName::Number(25)), Ok(25));
    assert_eq!(b.pin_lookup(PinName::Name("LED")), Ok(25));
    assert_eq!(b.pin_lookup(PinName::Name("GP7")), Ok(7));
    for bad in [
        PinName::Number(29),
        PinName::Number(-3),
        PinName::Name("D13"),
    ] {
        assert_eq!(b.pin_lookup(bad).unwrap_err().kind, HalErrorKind::NoSuchPin);
    }
    assert_eq!(
        b.pin_write(99, true).unwrap_err().kind,
        HalErrorKind::NoSuchPin
    );
}

#[test]
fn outputs_read_back_and_inputs_follow_pulls() {
    let mut b = pico();
    b.pin_setup(25, PinMode::Output, Pull::None).unwrap();
    assert!(!b.pin_read(25).unwrap());
    b.pin_write(25, true).unwrap();
    assert!(b.pin_read(25).unwrap());

    b.pin_setup(14, PinMode::Input, Pull::Up).unwrap();
    assert!(b.pin_read(14).unwrap());
    b.pin_setup(14, PinMode::Input, Pull::Down).unwrap();
    assert!(!b.pin_read(14).unwrap());
    b.pin_setup(14, PinMode::Input, Pull::None).unwrap();
    assert!(!b.pin_read(14).unwrap(), "a floating pin reads 0");

    // The latch is kept while the pin is an input and drives once it is an output.
    b.pin_write(3, true).unwrap();
    assert!(!b.pin_read(3).unwrap());
    b.pin_setup(3, PinMode::Output, Pull::None).unwrap();
    assert!(b.pin_read(3).unwrap());
    assert_eq!(
        lines(&b),
        [
            "   0.000000000s gpio    GP25 = 0",
            "   0.000000000s gpio    GP25 = 1",
            "   0.000000000s gpio    GP14 = 1",
            "   0.000000000s gpio    GP14 = 0",
            "   0.000000000s gpio    GP14 = z",
            "   0.000000000s gpio    GP3 = 1",
        ]
    );
}

#[test]
fn stimulus_drives_inputs_and_release_returns_to_the_pull() {
    let mut b = with_stim(
        "[[pin]]\npin = \"GP14\"\nat = \"1s\"\nlevel = 0\n\
         [[pin]]\npin = \"GP14\"\nat = \"2s\"\nlevel = \"release\"\n",
    );
    b.pin_setup(14, PinMode::Input, Pull::Up).unwrap();
    assert!(b.pin_read(14).unwrap());
    b.wait_until_ns(1500 * MS);
    assert!(!b.pin_read(14).unwrap());
    b.wait_until_ns(3 * S);
    assert!(b.pin_read(14).unwrap());
}

#[test]
fn open_drain_drives_low_and_releases_to_pull_or_stimulus() {
    let mut b = with_stim("[[pin]]\npin = 5\nat = \"1s\"\nlevel = 0\n");
    b.pin_setup(5, PinMode::OpenDrain, Pull::Up).unwrap();
    b.pin_write(5, false).unwrap();
    assert!(!b.pin_read(5).unwrap());
    b.pin_write(5, true).unwrap();
    assert!(b.pin_read(5).unwrap(), "released: the pull-up wins");
    b.wait_until_ns(2 * S);
    assert!(
        !b.pin_read(5).unwrap(),
        "released: another device pulls low"
    );
    // Push-pull outputs ignore the outside world.
    b.pin_setup(5, PinMode::Output, Pull::None).unwrap();
    assert!(b.pin_read(5).unwrap());
}

#[test]
fn wait_wakes_early_on_a_watched_edge_only() {
    let text = "[[pin]]\npin = 14\nat = \"1s\"\nlevel = 0\n\
                [[pin]]\npin = 15\nat = \"500ms\"\nlevel = 0\n\
                [[pin]]\npin = 14\nat = \"3s\"\nlevel = 1\n";
    let mut b = with_stim(text);
    for p in [14, 15] {
        b.pin_setup(p, PinMode::Input, Pull::Up).unwrap();
    }
    b.pin_watch(14, false, true).unwrap();
    // GP15 falls at 0.5 s but is not watched; GP14 falls at 1 s.
    assert!(b.wait_until_ns(2 * S));
    assert_eq!(b.now_ns(), S);
    // Pending events make a wait return at once without moving time.
    assert!(b.wait_until_ns(2 * S));
    assert_eq!(b.now_ns(), S);
    assert_eq!(
        b.next_event(),
        Some(Event::PinEdge {
            pin: 14,
            rising: false,
            at_ns: S
        })
    );
    assert_eq!(b.next_event(), None);
    // The rising edge at 3 s is not watched.
    assert!(!b.wait_until_ns(4 * S));
    assert_eq!(b.now_ns(), 4 * S);
    assert_eq!(b.next_event(), None);
    // Unwatching stops events.
    b.pin_watch(14, false, false).unwrap();
}

#[test]
fn bounce_gives_several_edges_in_time_order() {
    let mut b = with_stim(
        "[[pin]]\npin = 14\nat = \"1s\"\nlevel = 0\nbounce = { count = 2, window = \"4ms\" }\n",
    );
    b.pin_setup(14, PinMode::Input, Pull::Up).unwrap();
    b.pin_watch(14, true, true).unwrap();
    let mut edges = Vec::new();
    while b.now_ns() < 2 * S {
        if b.wait_until_ns(2 * S) {
            while let Some(Event::PinEdge { rising, at_ns, .. }) = b.next_event() {
                edges.push((at_ns - S, rising));
            }
        }
    }
    assert_eq!(
        edges,
        [
            (0, false),
            (MS, true),
            (2 * MS, false),
            (3 * MS, true),
            (4 * MS, false)
        ]
    );
    assert!(!b.pin_read(14).unwrap());
}

#[test]
fn charging_instructions_moves_time_and_applies_the_stimulus() {
    let mut b = with_stim("[[pin]]\npin = 14\nat = \"1us\"\nlevel = 1\n");
    b.pin_setup(14, PinMode::Input, Pull::Down).unwrap();
    b.pin_watch(14, true, false).unwrap();
    b.charge(10);
    assert_eq!(b.now_ns(), 500, "pico: 50 ns per instruction");
    assert!(!b.pin_read(14).unwrap());
    b.charge(20);
    assert_eq!(b.now_ns(), 1500);
    assert!(b.pin_read(14).unwrap());
    assert_eq!(
        b.next_event(),
        Some(Event::PinEdge {
            pin: 14,
            rising: true,
            at_ns: 1000
        })
    );
    b.note(Note::CallbackStart {
        source: "Pin(14).irq",
    });
    assert_eq!(
        lines(&b).last().unwrap(),
        "   0.000001500s vm      callback Pin(14).irq"
    );
}

#[test]
fn output_pins_raise_events_too() {
    let mut b = pico();
    b.pin_setup(2, PinMode::Output, Pull::None).unwrap();
    b.pin_watch(2, true, false).unwrap();
    b.pin_write(2, true).unwrap();
    b.pin_write(2, false).unwrap();
    assert!(matches!(
        b.next_event(),
        Some(Event::PinEdge {
            pin: 2,
            rising: true,
            ..
        })
    ));
    assert_eq!(b.next_event(), None);
}

#[test]
fn until_caps_waits_and_requests_a_stop() {
    let mut b = pico();
    b.set_until(Some(2 * S));
    assert!(!b.stop_requested());
    assert!(!b.wait_until_ns(S));
    assert!(!b.stop_requested());
    assert!(!b.wait_until_ns(60 * S));
    assert_eq!(b.now_ns(), 2 * S);
    assert!(b.stop_requested());
}

#[test]
fn stop_hook_requests_a_stop() {
    let flag = Rc::new(RefCell::new(false));
    let f = Rc::clone(&flag);
    let mut b = pico();
    b.set_stop_hook(move || *f.borrow());
    assert!(!b.stop_requested());
    *flag.borrow_mut() = true;
    assert!(b.stop_requested());
}

#[test]
fn change_hook_sees_pin_changes_without_recording() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let log = Rc::clone(&seen);
    let mut b = SimBoard::capturing();
    b.trace_mut()
        .set_change_hook(move |t, c| log.borrow_mut().push((t, c)));
    let led = pin(&mut b, "LED");
    b.pin_setup(led, PinMode::Output, Pull::None).unwrap();
    b.pin_write(led, true).unwrap();
    assert_eq!(
        *seen.borrow(),
        [
            (0, SignalChange::Pin(led, Level::Low)),
            (0, SignalChange::Pin(led, Level::High))
        ]
    );
}

#[test]
fn pacer_sees_every_jump_in_order() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let log = Rc::clone(&seen);
    let mut b = with_stim("[[pin]]\npin = 14\nat = \"1s\"\nlevel = 1\n");
    b.set_pacer(move |t| log.borrow_mut().push(t));
    b.wait_until_ns(3 * S);
    b.wait_until_ns(3 * S);
    b.charge(1000);
    assert_eq!(*seen.borrow(), [S, 3 * S]);
}

#[test]
fn pwm_slices_share_frequency_and_check_ranges() {
    let mut b = pico();
    // GP14 and GP15 are slice 7, channels A and B; GP0 and GP16 share 0A.
    b.pwm_start(14).unwrap();
    b.pwm_start(15).unwrap();
    assert_eq!(b.pwm_freq(15).unwrap(), 1907, "hardware default");
    b.pwm_set_freq(14, 1000).unwrap();
    assert_eq!(b.pwm_freq(15).unwrap(), 1000);
    b.pwm_set_duty_u16(15, 32768).unwrap();
    assert_eq!(b.pwm_duty_u16(15).unwrap(), 32768);
    assert_eq!(b.pwm_duty_u16(14).unwrap(), 0);
    b.pwm_set_duty_u16(0, 100).unwrap();
    assert_eq!(b.pwm_duty_u16(16).unwrap(), 100, "same channel");

    for hz in [0, 7, 62_500_001] {
        let e = b.pwm_set_freq(14, hz).unwrap_err();
        assert_eq!(
            (e.kind, e.message),
            (HalErrorKind::OutOfRange, "freq out of range")
        );
    }
    b.pwm_set_freq(14, 8).unwrap();
    b.pwm_set_freq(14, 62_500_000).unwrap();
    b.pwm_stop(15).unwrap();
    assert_eq!(
        lines(&b),
        [
            "   0.000000000s pwm     PWM GP14 freq=1907 duty=0",
            "   0.000000000s pwm     PWM GP15 freq=1907 duty=0",
            "   0.000000000s pwm     PWM GP14 freq=1000 duty=0",
            "   0.000000000s pwm     PWM GP15 freq=1000 duty=0",
            "   0.000000000s pwm     PWM GP15 freq=1000 duty=32768",
            "   0.000000000s pwm     PWM GP14 freq=8 duty=0",
            "   0.000000000s pwm     PWM GP15 freq=8 duty=32768",
            "   0.000000000s pwm     PWM GP14 freq=62500000 duty=0",
            "   0.000000000s pwm     PWM GP15 freq=62500000 duty=32768",
            "   0.000000000s pwm     PWM GP15 stop",
        ]
    );
}

#[test]
fn pwm_needs_a_pwm_pin() {
    let spec = BoardSpec::builtin("lm3s6965").unwrap();
    let mut b = SimBoard::with_board(spec, ConsoleSink::capture());
    let led = pin(&mut b, "LED");
    let e = b.pwm_start(led).unwrap_err();
    assert_eq!(
        (e.kind, e.message),
        (HalErrorKind::Unsupported, "pin has no PWM")
    );
    let e = b.adc_read_u16(led).unwrap_err();
    assert_eq!(
        (e.kind, e.message),
        (HalErrorKind::Unsupported, "pin has no ADC")
    );
}

#[test]
fn adc_samples_the_stimulus_at_the_current_time() {
    let mut b = with_stim(
        r#"
[[adc]]
pin = "GP26"
volts = { wave = { shape = "triangle", period = "1s", min = 0.0, max = 3.3 } }
[[adc]]
channel = 1
u16 = { steps = [ { at = "1s", value = 1000 }, { at = "2s", value = 70000 } ] }
"#,
    );
    let mut samples = Vec::new();
    for ms in [0, 250, 500, 750, 1000] {
        b.wait_until_ns(ms * MS);
        samples.push(b.adc_read_u16(26).unwrap());
    }
    // 12-bit conversions scaled to 16 bits: 0, half scale, full scale.
    assert_eq!(samples, [0, 32776, 65535, 32776, 0]);
    assert_eq!(
        b.adc_read_u16(27).unwrap(),
        992,
        "1000 quantised to 12 bits"
    );
    b.wait_until_ns(3 * S);
    assert_eq!(b.adc_read_u16(27).unwrap(), 65535, "clamped");
    assert_eq!(b.adc_read_u16(28).unwrap(), 0, "no stimulus: 0");
    assert_eq!(
        b.adc_read_u16(5).unwrap_err().kind,
        HalErrorKind::Unsupported
    );
}

#[test]
fn uart_bytes_arrive_over_time_and_tx_is_traced() {
    let mut b = with_stim("[[uart]]\nid = 0\nat = \"1s\"\ndata = \"hi!\"\n");
    b.uart_open(0, 9600).unwrap();
    assert_eq!(b.uart_any(0).unwrap(), 0);
    b.wait_until_ns(S);
    assert_eq!(
        b.uart_any(0).unwrap(),
        0,
        "the first byte is still on the wire"
    );
    // 10 bits per byte at 9600 baud: 1.0417 ms each.
    b.wait_until_ns(S + 2_100_000);
    assert_eq!(b.uart_any(0).unwrap(), 2);
    let mut buf = [0; 8];
    assert_eq!(b.uart_read(0, &mut buf).unwrap(), 2);
    assert_eq!(&buf[..2], b"hi");
    b.wait_until_ns(2 * S);
    assert_eq!(b.uart_read(0, &mut buf).unwrap(), 1);
    assert_eq!(buf[0], b'!');
    assert_eq!(b.uart_write(0, b"ok\n").unwrap(), 3);
    assert_eq!(
        b.uart_open(2, 9600).unwrap_err().kind,
        HalErrorKind::NoSuchPin
    );
    assert_eq!(
        b.uart_open(0, 0).unwrap_err().kind,
        HalErrorKind::OutOfRange
    );
    assert_eq!(
        lines(&b),
        [
            "   0.000000000s uart    UART0 open baud=9600",
            "   1.000000000s stim    UART0 rx \"hi!\"",
            "   2.000000000s uart    UART0 tx \"ok\\n\"",
        ]
    );
}

const TMP102_RAMP: &str = r#"
[[i2c]]
bus = 0
address = 0x48
device = "tmp102"
celsius = { ramp = [ { at = "0s", value = 20.0 }, { at = "10s", value = 30.0 } ] }
"#;

fn read_celsius(b: &mut SimBoard) -> f64 {
    b.i2c_write(0, 0x48, &[0]).unwrap();
    let mut buf = [0; 2];
    b.i2c_read(0, 0x48, &mut buf).unwrap();
    f64::from(i16::from_be_bytes(buf) >> 4) * 0.0625
}

#[test]
fn i2c_scan_nack_and_tmp102_following_a_ramp() {
    let mut b = with_stim(TMP102_RAMP);
    b.i2c_open(0, 400_000, None, None).unwrap();
    let mut found = Vec::new();
    b.i2c_scan(0, &mut |a| found.push(a)).unwrap();
    assert_eq!(found, [0x48]);
    b.i2c_scan(1, &mut |a| found.push(a)).unwrap();
    assert_eq!(found, [0x48], "nothing on I2C1");
    for (t, c) in [(0, 20.0), (5 * S, 25.0), (7_500 * MS, 27.5), (20 * S, 30.0)] {
        b.wait_until_ns(t);
        assert_eq!(read_celsius(&mut b), c, "at {t} ns");
    }
    assert_eq!(
        b.i2c_write(0, 0x50, &[0]).unwrap_err().kind,
        HalErrorKind::NoDevice
    );
    let mut buf = [0; 1];
    assert_eq!(
        b.i2c_read(0, 0x50, &mut buf).unwrap_err().kind,
        HalErrorKind::NoDevice
    );
    assert_eq!(
        b.i2c_open(0, 5_000_000, None, None).unwrap_err().kind,
        HalErrorKind::OutOfRange
    );
    assert_eq!(
        b.i2c_open(2, 100_000, None, None).unwrap_err().kind,
        HalErrorKind::NoSuchPin
    );
    let l = lines(&b);
    assert_eq!(l[1], "   0.000000000s i2c     I2C0 scan [48]");
    assert_eq!(l[3], "   0.000000000s i2c     I2C0 write 0x48 [00]");
    assert_eq!(l[4], "   0.000000000s i2c     I2C0 read 0x48 [14 00]");
    assert!(
        l.iter().any(|x| x.ends_with("I2C0 write 0x50 NACK")),
        "{l:#?}"
    );
}

/// A little of everything, driven as a script would.
fn scenario() -> SimBoard {
    let mut b = with_stim(&format!(
        "{TMP102_RAMP}\n[[pin]]\npin = \"GP14\"\nat = \"700ms\"\nlevel = 0\nbounce = {{ count = 1, window = \"2ms\" }}\n\
         [[uart]]\nid = 0\nat = \"1.2s\"\ndata = \"go\\n\"\n"
    ));
    let led = pin(&mut b, "LED");
    let button = pin(&mut b, "GP14");
    b.pin_setup(led, PinMode::Output, Pull::None).unwrap();
    b.pin_setup(button, PinMode::Input, Pull::Up).unwrap();
    b.pin_watch(button, false, true).unwrap();
    b.pwm_start(15).unwrap();
    b.pwm_set_freq(15, 1000).unwrap();
    b.uart_open(0, 115_200).unwrap();
    b.i2c_open(0, 400_000, None, None).unwrap();
    let mut on = false;
    let mut deadline = 0;
    while !b.stop_requested() && deadline < 2 * S {
        deadline += 250 * MS;
        while b.wait_until_ns(deadline) {
            while let Some(Event::PinEdge { .. }) = b.next_event() {
                b.charge(7);
                b.note(Note::CallbackStart {
                    source: "Pin(14).irq",
                });
                b.write_str("pressed\n");
            }
        }
        on = !on;
        b.pin_write(led, on).unwrap();
        b.pwm_set_duty_u16(15, if on { 49152 } else { 16384 })
            .unwrap();
        b.charge(40);
        if b.uart_any(0).unwrap() > 0 {
            let mut buf = [0; 16];
            let n = b.uart_read(0, &mut buf).unwrap();
            b.uart_write(0, &buf[..n]).unwrap();
        }
    }
    let c = read_celsius(&mut b);
    b.write_str(&format!("{c} C"));
    b.finish();
    b
}

#[test]
fn trace_snapshot() {
    insta::assert_snapshot!(scenario().trace().text());
}

#[test]
fn vcd_snapshot() {
    let mut out = Vec::new();
    scenario().write_vcd(&mut out).unwrap();
    insta::assert_snapshot!(String::from_utf8(out).unwrap());
}

#[test]
fn runs_are_deterministic() {
    let (a, b) = (scenario(), scenario());
    assert_eq!(a.trace().text(), b.trace().text());
    assert_eq!(a.output(), b.output());
    let (mut va, mut vb) = (Vec::new(), Vec::new());
    a.write_vcd(&mut va).unwrap();
    b.write_vcd(&mut vb).unwrap();
    assert_eq!(va, vb);
}

#[test]
fn tracing_off_records_nothing() {
    let mut b = SimBoard::capturing();
    blink(&mut b);
    assert!(b.trace().entries().is_empty());
    assert!(b.trace().changes().is_empty());
}

#[test]
fn live_input_ends_a_wait_on_time_and_snapshots_show_outputs() {
    let mut b = pico();
    let button = pin(&mut b, "GP14");
    let led = pin(&mut b, "LED");
    b.pin_setup(button, PinMode::Input, Pull::Up).unwrap();
    b.pin_watch(button, false, true).unwrap();
    b.pin_setup(led, PinMode::Output, Pull::None).unwrap();
    b.pin_write(led, true).unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let log = seen.clone();
    let mut pressed = false;
    b.set_live(
        Box::new(move |snap: &BoardSnapshot| {
            log.borrow_mut().push((snap.now_ns, snap.level(25)));
            if snap.now_ns >= 5 * MS && !pressed {
                pressed = true;
                return vec![LiveInput::Pin {
                    pin: 14,
                    drive: Drive::Low,
                }];
            }
            Vec::new()
        }),
        MS,
    );
    // The VM keeps calling until its deadline or an event.
    let mut woke = false;
    while b.now_ns() < S && !woke {
        woke = b.wait_until_ns(S);
    }
    assert!(woke, "the press was not seen");
    assert_eq!(b.now_ns(), 5 * MS, "the wait was not cut into 1 ms slices");
    assert!(matches!(
        b.next_event(),
        Some(Event::PinEdge {
            pin: 14,
            rising: false,
            ..
        })
    ));
    assert!(seen.borrow().iter().all(|(_, l)| *l == Level::High));
    assert_eq!(b.snapshot().level(button), Level::Low);
}

#[test]
fn live_adc_and_sensor_values_are_read_by_the_script() {
    let mut b = pico();
    let adc = pin(&mut b, "GP26");
    b.set_live(
        Box::new(|_: &BoardSnapshot| {
            vec![
                LiveInput::AdcVolts {
                    channel: 0,
                    volts: 1.65,
                },
                LiveInput::I2cCelsius {
                    bus: 0,
                    address: 0x48,
                    celsius: 30.0,
                },
            ]
        }),
        MS,
    );
    b.attach_i2c(0, 0x48, Box::new(Tmp102::new(Signal::Constant(20.0))));
    b.wait_until_ns(MS);
    let raw = b.adc_read_u16(adc).unwrap();
    assert!((32_700..=32_800).contains(&raw), "{raw}");
    let snap = b.snapshot();
    assert_eq!(snap.adc_volts, vec![(0, 1.65)]);
    assert_eq!(snap.i2c_celsius, vec![(0, 0x48, 30.0)]);
}

#[test]
fn i2c_pins_are_checked_against_the_board() {
    let mut b = SimBoard::capturing();
    // Defaults, the defaults named, and other pins the RP2040 routes I2C0 to.
    b.i2c_open(0, 100_000, None, None).unwrap();
    b.i2c_open(0, 100_000, Some(9), Some(8)).unwrap();
    b.i2c_open(0, 100_000, Some(5), Some(4)).unwrap();
    b.i2c_open(0, 100_000, Some(1), None).unwrap();
    b.i2c_open(1, 100_000, Some(27), Some(26)).unwrap();
    let bad = |b: &mut SimBoard, id, scl, sda| b.i2c_open(id, 100_000, scl, sda).unwrap_err();
    let scl = HalError::new(HalErrorKind::NoSuchPin, "bad SCL pin");
    let sda = HalError::new(HalErrorKind::NoSuchPin, "bad SDA pin");
    // Swapped lines, the other bus's pins, a pin with no I2C at all.
    assert_eq!(bad(&mut b, 0, Some(4), Some(5)), scl);
    assert_eq!(bad(&mut b, 0, Some(7), None), scl);
    assert_eq!(bad(&mut b, 0, None, Some(6)), sda);
    assert_eq!(bad(&mut b, 1, Some(7), Some(8)), sda);
    assert_eq!(bad(&mut b, 0, Some(29), None), scl);
}

const MCP3008: &str = r#"
[[spi]]
bus = 0
cs = "GP17"
device = "mcp3008"
channel = 0
volts = { ramp = [ { at = "0s", value = 0.0 }, { at = "1s", value = 3.3 } ] }

[[spi]]
bus = 0
cs = "GP17"
channel = 3
volts = { value = 1.65 }
"#;

fn spi_config() -> SpiConfig {
    SpiConfig {
        baudrate: 1_000_000,
        polarity: false,
        phase: false,
        lsb_first: false,
        sck: None,
        mosi: None,
        miso: None,
    }
}

/// One MCP3008 conversion of `ch` with chip select on GP17, as a driver
/// does it: select, three bytes, deselect.
fn mcp3008_read(b: &mut SimBoard, ch: u8) -> u16 {
    b.pin_write(17, false).unwrap();
    let mut buf = [0x01, 0x80 | ch << 4, 0x00];
    b.spi_transfer(0, &mut buf).unwrap();
    b.pin_write(17, true).unwrap();
    u16::from(buf[1] & 3) << 8 | u16::from(buf[2])
}

#[test]
fn spi_selects_by_chip_select_and_mcp3008_follows_the_stimulus() {
    let mut b = with_stim(MCP3008);
    b.pin_setup(17, PinMode::Output, Pull::None).unwrap();
    b.pin_write(17, true).unwrap();
    b.spi_open(0, &spi_config()).unwrap();
    assert_eq!(mcp3008_read(&mut b, 3), 512);
    for (t, want) in [(0, 0), (500 * MS, 512), (S, 1023), (2 * S, 1023)] {
        b.wait_until_ns(t);
        assert_eq!(mcp3008_read(&mut b, 0), want, "at {t} ns");
    }
    // Chip select high: nothing drives MISO.
    let mut buf = [0x01, 0x80, 0x00];
    b.spi_transfer(0, &mut buf).unwrap();
    assert_eq!(buf, [0xFF; 3]);
    // A frame cut short by chip select rising starts again at the start bit.
    b.pin_write(17, false).unwrap();
    let mut half = [0x01];
    b.spi_transfer(0, &mut half).unwrap();
    b.pin_write(17, true).unwrap();
    assert_eq!(mcp3008_read(&mut b, 3), 512);
    let l = lines(&b);
    assert!(
        l.contains(&"   0.000000000s spi     SPI0 open baudrate=1000000 mode=0".to_string()),
        "{l:#?}"
    );
    assert!(
        l.contains(&"   0.000000000s spi     SPI0 cs=GP17 tx [01 b0 00] rx [ff fa 00]".to_string()),
        "{l:#?}"
    );
    assert!(
        l.iter()
            .any(|x| x.ends_with("SPI0 no device selected tx [01 80 00] rx [ff ff ff]")),
        "{l:#?}"
    );
}

#[test]
fn spi_bit_order_modes_and_errors() {
    let mut b = with_stim(MCP3008);
    b.pin_setup(17, PinMode::Output, Pull::None).unwrap();
    b.pin_write(17, true).unwrap();
    let mut buf = [0u8; 1];
    assert_eq!(
        b.spi_transfer(0, &mut buf).unwrap_err().kind,
        HalErrorKind::Unsupported,
        "not opened"
    );
    // LSB first: the device still sees the wire's bit order.
    let lsb = SpiConfig {
        lsb_first: true,
        ..spi_config()
    };
    b.spi_open(0, &lsb).unwrap();
    b.pin_write(17, false).unwrap();
    let mut buf = [0x01u8.reverse_bits(), (0x80u8 | 3 << 4).reverse_bits(), 0];
    b.spi_transfer(0, &mut buf).unwrap();
    b.pin_write(17, true).unwrap();
    let (hi, lo) = (buf[1].reverse_bits(), buf[2].reverse_bits());
    assert_eq!(u16::from(hi & 3) << 8 | u16::from(lo), 512);
    // Mode 3 works (CPOL = CPHA), mode 1 does not: MISO stays undriven.
    for (polarity, phase, works) in [(true, true, true), (false, true, false)] {
        let c = SpiConfig {
            polarity,
            phase,
            ..spi_config()
        };
        b.spi_open(0, &c).unwrap();
        assert_eq!(
            mcp3008_read(&mut b, 3) == 512,
            works,
            "mode {polarity} {phase}"
        );
    }
    assert!(lines(&b)
        .iter()
        .any(|x| x.ends_with("(mcp3008 does not work in this SPI mode)")));
    let err = |b: &mut SimBoard, c: SpiConfig| b.spi_open(0, &c).unwrap_err();
    let pins = |sck, mosi, miso| SpiConfig {
        sck,
        mosi,
        miso,
        ..spi_config()
    };
    // The RP2040's other routes for SPI0 are fine; SPI1's pins are not.
    b.spi_open(0, &pins(Some(6), Some(7), Some(4))).unwrap();
    assert_eq!(
        err(&mut b, pins(Some(10), None, None)).message,
        "bad SCK pin"
    );
    assert_eq!(
        err(&mut b, pins(None, Some(18), None)).message,
        "bad MOSI pin"
    );
    assert_eq!(
        err(&mut b, pins(None, None, Some(19))).message,
        "bad MISO pin"
    );
    let fast = SpiConfig {
        baudrate: 100_000_000,
        ..spi_config()
    };
    assert_eq!(err(&mut b, fast).kind, HalErrorKind::OutOfRange);
    let slow = SpiConfig {
        baudrate: 1_000,
        ..spi_config()
    };
    assert_eq!(err(&mut b, slow).kind, HalErrorKind::OutOfRange);
    assert_eq!(
        b.spi_open(2, &spi_config()).unwrap_err().message,
        "no such SPI bus"
    );
}

#[test]
fn spi_stimulus_mistakes_name_the_line() {
    let board = pico().spec().clone();
    let e = |text: &str| {
        Stimulus::parse("s.toml", text, &board)
            .unwrap_err()
            .to_string()
    };
    let no_device = e("[[spi]]\nbus = 0\ncs = \"GP17\"\nchannel = 0\nvolts = { value = 1.0 }\n");
    assert!(no_device.contains("s.toml:3"), "{no_device}");
    assert!(
        no_device.contains("add device = \"mcp3008\""),
        "{no_device}"
    );
    let bad_bus = e("[[spi]]\nbus = 4\ncs = \"GP17\"\ndevice = \"mcp3008\"\n");
    assert!(bad_bus.contains("no SPI bus 4"), "{bad_bus}");
    let bad_kind = e("[[spi]]\nbus = 0\ncs = 17\ndevice = \"w25q\"\n");
    assert!(bad_kind.contains("unknown SPI device"), "{bad_kind}");
    let bad_ch = e(
        "[[spi]]\nbus = 0\ncs = 17\ndevice = \"mcp3008\"\nchannel = 8\nvolts = { value = 1.0 }\n",
    );
    assert!(bad_ch.contains("channels are 0..7"), "{bad_ch}");
}
