//! Stimulus files: what the outside world does to the board over time —
//! input pins driven high/low (with optional contact bounce), analogue
//! inputs, bytes arriving on a UART, I2C sensor readings and the inputs of
//! SPI converters.

use crate::file_error::{parse_toml, FileError};
use crate::spec::{BoardSpec, DeviceKind, PinRef, SpiDeviceKind};
use crate::time::Duration;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;
use toml::Spanned;
use vm::hal::PinId;

/// What something outside drives onto an input pin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drive {
    /// Driven low (a pressed button to ground).
    Low,
    /// Driven high.
    High,
    /// Not driven: the pin reads its pull resistor.
    Release,
}

/// One change of an input pin, at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinDrive {
    /// When, in ns.
    pub at_ns: u64,
    /// Which pin.
    pub pin: PinId,
    /// What it is driven to.
    pub drive: Drive,
}

/// Bytes arriving on a UART, starting at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UartRx {
    /// When the first byte starts arriving, in ns.
    pub at_ns: u64,
    /// Which UART.
    pub id: u8,
    /// The bytes.
    pub data: Vec<u8>,
}

/// A value that changes over virtual time.
#[derive(Clone, Debug, PartialEq)]
pub enum Signal {
    /// Always the same.
    Constant(f64),
    /// Holds each value from its time on (0 before the first).
    Steps(Vec<(u64, f64)>),
    /// Straight lines between the points (flat before the first and after the last).
    Ramp(Vec<(u64, f64)>),
    /// A periodic waveform.
    Wave {
        /// Sine, triangle, square or sawtooth.
        shape: Shape,
        /// Period, ns (never 0).
        period_ns: u64,
        /// Shifts the waveform earlier by this much, ns.
        phase_ns: u64,
        /// Lowest value.
        min: f64,
        /// Highest value.
        max: f64,
    },
}

/// Waveform shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// Starts at the middle, rising.
    Sine,
    /// min → max → min.
    Triangle,
    /// max for the first half period, then min.
    Square,
    /// min rising to max, then drops.
    Sawtooth,
}

impl Signal {
    /// The value at `t_ns`.
    pub fn at(&self, t_ns: u64) -> f64 {
        match self {
            Signal::Constant(v) => *v,
            Signal::Steps(points) => points
                .iter()
                .take_while(|(at, _)| *at <= t_ns)
                .last()
                .map_or(0.0, |(_, v)| *v),
            Signal::Ramp(points) => {
                let after = points.iter().position(|(at, _)| *at > t_ns);
                match after {
                    None => points.last().map_or(0.0, |(_, v)| *v),
                    Some(0) => points[0].1,
                    Some(i) => {
                        let (t0, v0) = points[i - 1];
                        let (t1, v1) = points[i];
                        v0 + (v1 - v0) * ((t_ns - t0) as f64 / (t1 - t0) as f64)
                    }
                }
            }
            Signal::Wave {
                shape,
                period_ns,
                phase_ns,
                min,
                max,
            } => {
                let f = (t_ns.wrapping_add(*phase_ns) % period_ns) as f64 / *period_ns as f64;
                let unit = match shape {
                    Shape::Sine => 0.5 + 0.5 * (std::f64::consts::TAU * f).sin(),
                    Shape::Triangle => {
                        if f < 0.5 {
                            2.0 * f
                        } else {
                            2.0 - 2.0 * f
                        }
                    }
                    Shape::Square => {
                        if f < 0.5 {
                            1.0
                        } else {
                            0.0
                        }
                    }
                    Shape::Sawtooth => f,
                };
                min + (max - min) * unit
            }
        }
    }
}

/// The unit an ADC signal is given in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdcUnit {
    /// Volts, 0..vref of the board.
    Volts,
    /// Already scaled, 0..65535.
    U16,
}

/// An analogue input's signal.
#[derive(Clone, Debug, PartialEq)]
pub struct AdcInput {
    /// ADC channel.
    pub channel: u8,
    /// Unit of `signal`.
    pub unit: AdcUnit,
    /// The value over time.
    pub signal: Signal,
}

/// A sensor on an I2C bus and what it measures.
#[derive(Clone, Debug, PartialEq)]
pub struct I2cInput {
    /// Bus id.
    pub bus: u8,
    /// 7-bit address.
    pub address: u8,
    /// Attach this device model (when the board does not have one there).
    pub attach: Option<DeviceKind>,
    /// Temperature in °C over time.
    pub celsius: Option<Signal>,
}

/// A device on an SPI bus (by its chip-select pin) and what one of its
/// analogue inputs sees.
#[derive(Clone, Debug, PartialEq)]
pub struct SpiInput {
    /// Bus id.
    pub bus: u8,
    /// Chip-select pin.
    pub cs: PinId,
    /// Attach this device model (when the board does not have one there).
    pub attach: Option<SpiDeviceKind>,
    /// An input channel and its voltage over time.
    pub volts: Option<(u8, Signal)>,
}

/// Everything a stimulus file asks for, resolved against a board.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stimulus {
    /// Input pin changes, in time order (file order for equal times).
    pub pins: Vec<PinDrive>,
    /// Analogue inputs by channel.
    pub adc: Vec<AdcInput>,
    /// UART bytes, in time order.
    pub uart_rx: Vec<UartRx>,
    /// I2C devices and their readings.
    pub i2c: Vec<I2cInput>,
    /// SPI devices and their inputs.
    pub spi: Vec<SpiInput>,
}

impl Stimulus {
    /// Reads and parses a stimulus file for `board`.
    pub fn load(path: &std::path::Path, board: &BoardSpec) -> Result<Stimulus, FileError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| FileError::whole(&name, format!("cannot read: {e}")))?;
        Stimulus::parse(&name, &text, board)
    }

    /// Parses stimulus TOML; `file` names it in errors.
    pub fn parse(file: &str, text: &str, board: &BoardSpec) -> Result<Stimulus, FileError> {
        let raw: RawStimulus = parse_toml(file, text)?;
        let at =
            |span: std::ops::Range<usize>, msg: String| FileError::at(file, text, Some(span), &msg);
        let pin = |r: &Spanned<PinRef>| -> Result<PinId, FileError> {
            let found = match r.get_ref() {
                PinRef::Number(n) => board.lookup(vm::hal::PinName::Number(*n)),
                PinRef::Name(s) => board.lookup(vm::hal::PinName::Name(s)),
            };
            found.ok_or_else(|| {
                at(
                    r.span(),
                    format!("no pin {} on board {}", r.get_ref(), board.name),
                )
            })
        };
        let mut stim = Stimulus::default();
        for p in &raw.pin {
            let id = pin(&p.pin)?;
            let start = p.at.get_ref().0;
            stim.pins.push(PinDrive {
                at_ns: start,
                pin: id,
                drive: p.level,
            });
            if let Some(b) = &p.bounce {
                let opposite = match p.level {
                    Drive::Low => Drive::High,
                    Drive::High => Drive::Low,
                    Drive::Release => {
                        return Err(at(b.span(), "bounce needs level 0 or 1".into()));
                    }
                };
                let b = b.get_ref();
                let edges = 2 * u64::from(b.count);
                if edges > 0 && b.window.0 < edges {
                    return Err(at(
                        p.at.span(),
                        "bounce window too short for its count".into(),
                    ));
                }
                // `count` times back to the old level and again to the new
                // one, evenly spread over the window; the last edge is the
                // level that stays.
                for i in 1..=edges {
                    stim.pins.push(PinDrive {
                        at_ns: start + b.window.0 * i / edges,
                        pin: id,
                        drive: if i % 2 == 1 { opposite } else { p.level },
                    });
                }
            }
        }
        stim.pins.sort_by_key(|p| p.at_ns);

        for a in &raw.adc {
            let channel = match (&a.pin, &a.channel) {
                (Some(r), None) => {
                    let id = pin(r)?;
                    board.pin(id).and_then(|p| p.adc).ok_or_else(|| {
                        at(
                            r.span(),
                            format!("pin {} has no ADC on board {}", r.get_ref(), board.name),
                        )
                    })?
                }
                (None, Some(ch)) if board.adc_pin(*ch.get_ref()).is_some() => *ch.get_ref(),
                (None, Some(ch)) => {
                    return Err(at(
                        ch.span(),
                        format!("no ADC channel {} on board {}", ch.get_ref(), board.name),
                    ))
                }
                _ => return Err(at(a.span.clone(), "give either `pin` or `channel`".into())),
            };
            let (unit, sig) = match (&a.volts, &a.u16) {
                (Some(v), None) => (AdcUnit::Volts, v),
                (None, Some(v)) => (AdcUnit::U16, v),
                _ => return Err(at(a.span.clone(), "give either `volts` or `u16`".into())),
            };
            stim.adc.push(AdcInput {
                channel,
                unit,
                signal: resolve(sig, file, text)?,
            });
        }

        for u in &raw.uart {
            if !board.uarts.iter().any(|s| s.id == *u.id.get_ref()) {
                return Err(at(
                    u.id.span(),
                    format!("no UART {} on board {}", u.id.get_ref(), board.name),
                ));
            }
            let data = match (&u.data, &u.bytes) {
                (Some(s), None) => s.as_bytes().to_vec(),
                (None, Some(b)) => b.clone(),
                _ => {
                    return Err(at(
                        u.id.span(),
                        "give either `data` (text) or `bytes`".into(),
                    ))
                }
            };
            stim.uart_rx.push(UartRx {
                at_ns: u.at.0,
                id: *u.id.get_ref(),
                data,
            });
        }
        stim.uart_rx.sort_by_key(|r| r.at_ns);

        for d in &raw.i2c {
            let bus = *d.bus.get_ref();
            if !board.i2cs.iter().any(|b| b.id == bus) {
                return Err(at(
                    d.bus.span(),
                    format!("no I2C bus {bus} on board {}", board.name),
                ));
            }
            if d.address.get_ref() > &0x7f {
                return Err(at(
                    d.address.span(),
                    "I2C addresses are 7-bit (0..0x7f)".into(),
                ));
            }
            let address = *d.address.get_ref() as u8;
            let attach = match &d.device {
                Some(k) => Some(DeviceKind::parse(k.get_ref()).map_err(|m| at(k.span(), m))?),
                None => None,
            };
            let on_board = board
                .i2c_devices
                .iter()
                .any(|x| x.bus == bus && x.address == address);
            if attach.is_none() && !on_board {
                return Err(at(
                    d.address.span(),
                    format!(
                        "board {} has no device at {address:#04x} on I2C{bus}; add device = \"tmp102\" to attach one",
                        board.name
                    ),
                ));
            }
            stim.i2c.push(I2cInput {
                bus,
                address,
                attach,
                celsius: d
                    .celsius
                    .as_ref()
                    .map(|s| resolve(s, file, text))
                    .transpose()?,
            });
        }
        for d in &raw.spi {
            let bus = *d.bus.get_ref();
            if !board.spis.iter().any(|b| b.id == bus) {
                return Err(at(
                    d.bus.span(),
                    format!("no SPI bus {bus} on board {}", board.name),
                ));
            }
            let cs = pin(&d.cs)?;
            let attach = match &d.device {
                Some(k) => Some(SpiDeviceKind::parse(k.get_ref()).map_err(|m| at(k.span(), m))?),
                None => None,
            };
            let on_board = board.spi_devices.iter().any(|x| x.bus == bus && x.cs == cs);
            let attached_before = stim
                .spi
                .iter()
                .any(|x| x.bus == bus && x.cs == cs && x.attach.is_some());
            if attach.is_none() && !on_board && !attached_before {
                return Err(at(
                    d.cs.span(),
                    format!(
                        "board {} has no device with chip select {} on SPI{bus}; add device = \"mcp3008\" to attach one",
                        board.name,
                        d.cs.get_ref()
                    ),
                ));
            }
            let volts = match (&d.channel, &d.volts) {
                (Some(ch), Some(v)) if *ch.get_ref() < 8 => {
                    Some((*ch.get_ref(), resolve(v, file, text)?))
                }
                (Some(ch), Some(_)) => {
                    return Err(at(ch.span(), "MCP3008 channels are 0..7".into()))
                }
                (None, None) => None,
                (Some(ch), None) => return Err(at(ch.span(), "give the channel's `volts`".into())),
                (None, Some(v)) => {
                    return Err(at(v.span(), "give the `channel` these volts are on".into()))
                }
            };
            stim.spi.push(SpiInput {
                bus,
                cs,
                attach,
                volts,
            });
        }
        Ok(stim)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStimulus {
    #[serde(default)]
    pin: Vec<RawPin>,
    #[serde(default)]
    adc: Vec<RawAdcEntry>,
    #[serde(default)]
    uart: Vec<RawUart>,
    #[serde(default)]
    i2c: Vec<RawI2c>,
    #[serde(default)]
    spi: Vec<RawSpi>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPin {
    pin: Spanned<PinRef>,
    at: Spanned<Duration>,
    level: Drive,
    bounce: Option<Spanned<RawBounce>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBounce {
    count: u32,
    window: Duration,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdc {
    pin: Option<Spanned<PinRef>>,
    channel: Option<Spanned<u8>>,
    volts: Option<Spanned<RawSignal>>,
    u16: Option<Spanned<RawSignal>>,
}

/// `Spanned<RawAdc>` without a wrapper type: the span of the whole entry.
struct RawAdcEntry {
    inner: RawAdc,
    span: std::ops::Range<usize>,
}

impl<'de> Deserialize<'de> for RawAdcEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawAdcEntry, D::Error> {
        let s = Spanned::<RawAdc>::deserialize(d)?;
        let span = s.span();
        Ok(RawAdcEntry {
            inner: s.into_inner(),
            span,
        })
    }
}

impl std::ops::Deref for RawAdcEntry {
    type Target = RawAdc;
    fn deref(&self) -> &RawAdc {
        &self.inner
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUart {
    id: Spanned<u8>,
    at: Duration,
    data: Option<String>,
    bytes: Option<Vec<u8>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpi {
    bus: Spanned<u8>,
    cs: Spanned<PinRef>,
    device: Option<Spanned<String>>,
    channel: Option<Spanned<u8>>,
    volts: Option<Spanned<RawSignal>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawI2c {
    bus: Spanned<u8>,
    address: Spanned<u16>,
    device: Option<Spanned<String>>,
    celsius: Option<Spanned<RawSignal>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignal {
    value: Option<f64>,
    steps: Option<Vec<RawPoint>>,
    ramp: Option<Vec<RawPoint>>,
    wave: Option<RawWave>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    at: Duration,
    value: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWave {
    shape: Shape,
    period: Spanned<Duration>,
    #[serde(default)]
    phase: Duration,
    min: f64,
    max: f64,
}

fn resolve(sig: &Spanned<RawSignal>, file: &str, text: &str) -> Result<Signal, FileError> {
    let err = |msg: &str| FileError::at(file, text, Some(sig.span()), msg);
    let points = |p: &[RawPoint]| -> Result<Vec<(u64, f64)>, FileError> {
        if p.is_empty() {
            return Err(err("needs at least one point"));
        }
        if p.windows(2).any(|w| w[0].at >= w[1].at) {
            return Err(err("points must be in increasing time order"));
        }
        Ok(p.iter().map(|p| (p.at.0, p.value)).collect())
    };
    let s = sig.get_ref();
    let given = [
        s.value.is_some(),
        s.steps.is_some(),
        s.ramp.is_some(),
        s.wave.is_some(),
    ];
    if given.iter().filter(|g| **g).count() != 1 {
        return Err(err(
            "give exactly one of `value`, `steps`, `ramp` or `wave`",
        ));
    }
    Ok(if let Some(v) = s.value {
        Signal::Constant(v)
    } else if let Some(p) = &s.steps {
        Signal::Steps(points(p)?)
    } else if let Some(p) = &s.ramp {
        Signal::Ramp(points(p)?)
    } else {
        let w = s.wave.as_ref().expect("one was given");
        if w.period.get_ref().0 == 0 {
            return Err(FileError::at(
                file,
                text,
                Some(w.period.span()),
                "period must be positive",
            ));
        }
        Signal::Wave {
            shape: w.shape,
            period_ns: w.period.get_ref().0,
            phase_ns: w.phase.0,
            min: w.min,
            max: w.max,
        }
    })
}

impl<'de> Deserialize<'de> for Drive {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Drive, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Drive;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("0, 1, \"low\", \"high\" or \"release\"")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Drive, E> {
                match v {
                    0 => Ok(Drive::Low),
                    1 => Ok(Drive::High),
                    _ => Err(E::custom(format!(
                        "level {v}: expected 0, 1, \"low\", \"high\" or \"release\""
                    ))),
                }
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Drive, E> {
                Ok(if v { Drive::High } else { Drive::Low })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Drive, E> {
                match v {
                    "low" => Ok(Drive::Low),
                    "high" => Ok(Drive::High),
                    "release" | "float" => Ok(Drive::Release),
                    _ => Err(E::custom(format!(
                        "level {v:?}: expected 0, 1, \"low\", \"high\" or \"release\""
                    ))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pico() -> BoardSpec {
        BoardSpec::builtin("pico").unwrap()
    }

    fn parse(text: &str) -> Result<Stimulus, FileError> {
        Stimulus::parse("s.toml", text, &pico())
    }

    #[test]
    fn full_example_parses() {
        let s = parse(
            r#"
[[pin]]
pin = "GP14"
at = "1s"
level = 0
bounce = { count = 2, window = "4ms" }

[[pin]]
pin = 14
at = "1.5s"
level = "release"

[[adc]]
pin = "GP26"
volts = { wave = { shape = "sine", period = "1s", min = 0.0, max = 3.3 } }

[[adc]]
channel = 1
u16 = { steps = [ { at = "0s", value = 100 }, { at = "2s", value = 60000 } ] }

[[uart]]
id = 0
at = "500ms"
data = "hi\n"

[[i2c]]
bus = 0
address = 0x48
device = "tmp102"
celsius = { ramp = [ { at = "0s", value = 20.0 }, { at = "10s", value = 30.0 } ] }
"#,
        )
        .unwrap();
        let ms = 1_000_000;
        let times: Vec<_> = s.pins.iter().map(|p| (p.at_ns / ms, p.drive)).collect();
        assert_eq!(
            times,
            [
                (1000, Drive::Low),
                (1001, Drive::High),
                (1002, Drive::Low),
                (1003, Drive::High),
                (1004, Drive::Low),
                (1500, Drive::Release)
            ]
        );
        assert_eq!(s.adc[0].channel, 0);
        assert_eq!(s.adc[1].unit, AdcUnit::U16);
        assert_eq!(s.uart_rx[0].data, b"hi\n");
        assert_eq!(s.i2c[0].attach, Some(DeviceKind::Tmp102));
        let c = s.i2c[0].celsius.as_ref().unwrap();
        assert_eq!(c.at(5_000 * ms), 25.0);
        assert_eq!(c.at(60_000 * ms), 30.0);
    }

    #[test]
    fn signals_sample() {
        let sq = Signal::Wave {
            shape: Shape::Square,
            period_ns: 100,
            phase_ns: 0,
            min: 1.0,
            max: 2.0,
        };
        assert_eq!(
            (sq.at(0), sq.at(49), sq.at(50), sq.at(100)),
            (2.0, 2.0, 1.0, 2.0)
        );
        let tri = Signal::Wave {
            shape: Shape::Triangle,
            period_ns: 100,
            phase_ns: 0,
            min: 0.0,
            max: 10.0,
        };
        assert_eq!(
            (tri.at(0), tri.at(25), tri.at(50), tri.at(75)),
            (0.0, 5.0, 10.0, 5.0)
        );
        let sine = Signal::Wave {
            shape: Shape::Sine,
            period_ns: 100,
            phase_ns: 0,
            min: 0.0,
            max: 2.0,
        };
        assert!((sine.at(25) - 2.0).abs() < 1e-12 && (sine.at(75)).abs() < 1e-12);
        let steps = Signal::Steps(vec![(10, 1.0), (20, 2.0)]);
        assert_eq!(
            (steps.at(0), steps.at(10), steps.at(19), steps.at(99)),
            (0.0, 1.0, 1.0, 2.0)
        );
    }

    fn err(text: &str) -> FileError {
        parse(text).unwrap_err()
    }

    #[test]
    fn errors_name_line_and_key() {
        let e = err("[[pin]]\npin = \"GP14\"\nat = \"1 fortnight\"\nlevel = 0\n");
        assert_eq!((e.line, e.key.as_deref()), (Some(3), Some("at")), "{e}");
        assert!(
            e.to_string()
                .starts_with("s.toml:3:6: `at`: bad duration \"1 fortnight\""),
            "{e}"
        );

        let e = err("[[pin]]\npin = \"GP99\"\nat = \"1s\"\nlevel = 0\n");
        assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("pin")), "{e}");
        assert!(e.message.contains("no pin \"GP99\" on board pico"), "{e}");

        let e = err("[[pin]]\npin = 3\nat = \"1s\"\nlevel = 7\n");
        assert_eq!((e.line, e.key.as_deref()), (Some(4), Some("level")), "{e}");

        let e = err("\n[[pin]]\npin = 3\nat = \"1s\"\nlevle = 1\n");
        assert_eq!((e.line, e.key.as_deref()), (Some(5), Some("levle")), "{e}");

        let e = err("[[adc]]\npin = \"GP2\"\nvolts = { value = 1.0 }\n");
        assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("pin")), "{e}");
        assert!(e.message.contains("has no ADC"), "{e}");

        let e = err("[[adc]]\nchannel = 0\nvolts = { wave = { shape = \"sine\", period = \"0s\", min = 0, max = 1 } }\n");
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("period"), "{e}");

        let e = err("[[adc]]\nchannel = 0\nvolts = { wave = { shape = \"zigzag\", period = \"1s\", min = 0, max = 1 } }\n");
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("zigzag"), "{e}");

        let e = err("[[i2c]]\nbus = 0\naddress = 0x50\n");
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(3), Some("address")),
            "{e}"
        );
        assert!(e.message.contains("device = \"tmp102\""), "{e}");

        let e = err("[[uart]]\nid = 7\nat = \"1s\"\ndata = \"x\"\n");
        assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("id")), "{e}");
    }
}
