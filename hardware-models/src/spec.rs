//! Board description files: pins, their names and capabilities, on-board
//! LEDs and buttons (with where a GUI draws them), buses and timing.
//!
//! The files live in `boards/` and the built-in ones are embedded in the
//! binary, so `--board pico` needs nothing but the executable.

use crate::file_error::{parse_toml, FileError};
use crate::time::Duration;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;
use std::path::Path;
use toml::Spanned;
use vm::hal::{PinId, PinName};

/// The boards built into the binary: name and TOML text.
pub const BUILTIN_BOARDS: &[(&str, &str)] = &[
    ("pico", include_str!("../../boards/pico.toml")),
    ("lm3s6965", include_str!("../../boards/lm3s6965.toml")),
];

/// A board, as loaded from its description file.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardSpec {
    /// Short name (`pico`).
    pub name: String,
    /// One-line description.
    pub description: String,
    /// Virtual time one bytecode instruction costs, in ns.
    pub instruction_ns: u64,
    /// Board outline for a GUI, in `unit`s (0 when not given).
    pub width: f64,
    /// Board outline height.
    pub height: f64,
    /// Pins, ascending by id.
    pub pins: Vec<PinSpec>,
    /// On-board LEDs.
    pub leds: Vec<LedSpec>,
    /// On-board buttons.
    pub buttons: Vec<ButtonSpec>,
    /// PWM limits (meaningful when some pin has a PWM channel).
    pub pwm: PwmSpec,
    /// ADC resolution and reference.
    pub adc: AdcSpec,
    /// UARTs, ascending by id.
    pub uarts: Vec<UartSpec>,
    /// I2C controllers, ascending by id.
    pub i2cs: Vec<I2cSpec>,
    /// I2C devices soldered to the board.
    pub i2c_devices: Vec<I2cDeviceSpec>,
    /// SPI controllers, ascending by id.
    pub spis: Vec<SpiSpec>,
    /// SPI devices soldered to the board.
    pub spi_devices: Vec<SpiDeviceSpec>,
}

/// One pin.
#[derive(Clone, Debug, PartialEq)]
pub struct PinSpec {
    /// The number scripts use in `Pin(n)`.
    pub id: PinId,
    /// Its main name (`GP25`), used in traces.
    pub name: String,
    /// Other names (`LED`).
    pub aliases: Vec<String>,
    /// PWM hardware driving this pin, if any.
    pub pwm: Option<PwmChannel>,
    /// ADC channel, if the pin is analogue-capable.
    pub adc: Option<u8>,
    /// Where a GUI draws it (header position), if on a header.
    pub position: Option<(f64, f64)>,
}

/// A PWM output: channels of one slice share a frequency (RP2040).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PwmChannel {
    /// The slice (shared counter and frequency).
    pub slice: u8,
    /// The channel within the slice: 0 = A, 1 = B.
    pub channel: u8,
}

/// PWM frequency limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PwmSpec {
    /// Lowest frequency, Hz.
    pub min_hz: u32,
    /// Highest frequency, Hz.
    pub max_hz: u32,
    /// Frequency of a slice before the script sets one.
    pub default_hz: u32,
}

/// ADC resolution and reference voltage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdcSpec {
    /// Converter resolution in bits (results are scaled to 16).
    pub bits: u8,
    /// Full-scale voltage.
    pub vref: f64,
}

/// An on-board LED.
#[derive(Clone, Debug, PartialEq)]
pub struct LedSpec {
    /// Its name.
    pub name: String,
    /// The pin driving it.
    pub pin: PinId,
    /// Colour for a GUI.
    pub color: String,
    /// Lit when the pin is low.
    pub active_low: bool,
    /// Where a GUI draws it.
    pub position: (f64, f64),
}

/// An on-board push button.
#[derive(Clone, Debug, PartialEq)]
pub struct ButtonSpec {
    /// Its name.
    pub name: String,
    /// The pin it pulls.
    pub pin: PinId,
    /// Pressing it pulls the pin low.
    pub active_low: bool,
    /// Where a GUI draws it.
    pub position: (f64, f64),
}

/// A UART and its default pins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UartSpec {
    /// `UART(id)`.
    pub id: u8,
    /// Transmit pin.
    pub tx: PinId,
    /// Receive pin.
    pub rx: PinId,
    /// Highest baud rate accepted.
    pub max_baud: u32,
}

/// An I2C controller, its default pins and the other pins it can be routed
/// to (`I2C(0, scl=Pin(5), sda=Pin(4))` on a Pico).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct I2cSpec {
    /// `I2C(id)`.
    pub id: u8,
    /// Data pin when the script names none.
    pub sda: PinId,
    /// Clock pin when the script names none.
    pub scl: PinId,
    /// Other pins that can carry the data line (`sda_alt` in the file).
    pub sda_alt: Vec<PinId>,
    /// Other pins that can carry the clock line (`scl_alt` in the file).
    pub scl_alt: Vec<PinId>,
    /// Highest bus frequency accepted.
    pub max_freq: u32,
}

/// A device on an I2C bus.
#[derive(Clone, Debug, PartialEq)]
pub struct I2cDeviceSpec {
    /// Bus id.
    pub bus: u8,
    /// 7-bit address.
    pub address: u8,
    /// The model (`tmp102`).
    pub kind: DeviceKind,
}

/// An SPI controller, its default pins and the other pins each line can be
/// routed to (`SPI(0, sck=Pin(6), mosi=Pin(7), miso=Pin(4))` on a Pico).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpiSpec {
    /// `SPI(id)`.
    pub id: u8,
    /// Clock pin when the script names none.
    pub sck: PinId,
    /// Controller-out pin when the script names none.
    pub mosi: PinId,
    /// Controller-in pin when the script names none.
    pub miso: PinId,
    /// The controller's own chip-select pin (CSn), if it has one: where a
    /// board view attaches a device when nothing else is on the bus. Scripts
    /// drive chip select as a plain `Pin`, so any pin works.
    pub cs: Option<PinId>,
    /// Other pins for the clock (`sck_alt` in the file).
    pub sck_alt: Vec<PinId>,
    /// Other pins for MOSI (`mosi_alt`).
    pub mosi_alt: Vec<PinId>,
    /// Other pins for MISO (`miso_alt`).
    pub miso_alt: Vec<PinId>,
    /// Lowest clock rate accepted, Hz.
    pub min_baudrate: u32,
    /// Highest clock rate accepted, Hz.
    pub max_baudrate: u32,
}

/// A device on an SPI bus, selected by its chip-select pin going low.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpiDeviceSpec {
    /// Bus id.
    pub bus: u8,
    /// Its chip-select pin (active low).
    pub cs: PinId,
    /// The model (`mcp3008`).
    pub kind: SpiDeviceKind,
}

/// The SPI device models available.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpiDeviceKind {
    /// Microchip MCP3008: 8-channel 10-bit ADC.
    Mcp3008,
}

impl SpiDeviceKind {
    pub(crate) fn parse(s: &str) -> Result<SpiDeviceKind, String> {
        match s {
            "mcp3008" => Ok(SpiDeviceKind::Mcp3008),
            other => Err(format!(
                "unknown SPI device {other:?}; the models are: \"mcp3008\""
            )),
        }
    }
}

/// The device models available.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceKind {
    /// TI TMP102 temperature sensor.
    Tmp102,
}

impl DeviceKind {
    pub(crate) fn parse(s: &str) -> Result<DeviceKind, String> {
        match s {
            "tmp102" => Ok(DeviceKind::Tmp102),
            other => Err(format!(
                "unknown I2C device {other:?}; the models are: \"tmp102\""
            )),
        }
    }
}

impl BoardSpec {
    /// Where a board view puts its demonstration MCP3008 (see
    /// [`crate::SimBoard::attach_demo_devices`]): the first SPI bus that
    /// has a chip-select pin, and that pin.
    pub fn demo_spi_adc(&self) -> Option<(u8, PinId)> {
        self.spis.iter().find_map(|s| Some((s.id, s.cs?)))
    }

    /// A built-in board by name.
    pub fn builtin(name: &str) -> Option<BoardSpec> {
        let (_, text) = BUILTIN_BOARDS.iter().find(|(n, _)| *n == name)?;
        Some(BoardSpec::parse(&format!("<builtin {name}>"), text).expect("built-in board parses"))
    }

    /// `--board` semantics: a built-in name, else a path to a TOML file.
    pub fn load(name_or_path: &str) -> Result<BoardSpec, FileError> {
        if let Some(spec) = BoardSpec::builtin(name_or_path) {
            return Ok(spec);
        }
        let path = Path::new(name_or_path);
        let looks_like_path = name_or_path.contains('/')
            || name_or_path.contains('\\')
            || path.extension().is_some_and(|e| e == "toml");
        if !looks_like_path {
            let names: Vec<_> = BUILTIN_BOARDS.iter().map(|(n, _)| *n).collect();
            return Err(FileError::whole(
                name_or_path,
                format!(
                    "no such board; built in: {} (or give a path to a .toml file)",
                    names.join(", ")
                ),
            ));
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| FileError::whole(name_or_path, format!("cannot read: {e}")))?;
        BoardSpec::parse(name_or_path, &text)
    }

    /// Parses board TOML; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<BoardSpec, FileError> {
        let raw: RawBoard = parse_toml(file, text)?;
        let err = |span: std::ops::Range<usize>, msg: &str| {
            Err(FileError::at(file, text, Some(span), msg))
        };
        let mut pins: Vec<PinSpec> = Vec::new();
        for p in &raw.pin {
            if pins.iter().any(|q| q.id == *p.id.get_ref()) {
                return err(
                    p.id.span(),
                    &format!("pin {} is listed twice", p.id.get_ref()),
                );
            }
            let pwm = match &p.pwm {
                None => None,
                Some(s) => match parse_pwm_channel(s.get_ref()) {
                    Some(c) => Some(c),
                    None => {
                        return err(
                            s.span(),
                            &format!(
                            "bad PWM channel {:?}: expected a slice number and A or B, e.g. \"4B\"",
                            s.get_ref()
                        ),
                        )
                    }
                },
            };
            let mut names = vec![p.name.clone()];
            names.extend(p.aliases.iter().cloned());
            for n in &names {
                let taken = pins
                    .iter()
                    .any(|q| q.name == *n.get_ref() || q.aliases.contains(n.get_ref()));
                if taken {
                    return err(
                        n.span(),
                        &format!("pin name {:?} is used twice", n.get_ref()),
                    );
                }
            }
            pins.push(PinSpec {
                id: *p.id.get_ref(),
                name: p.name.get_ref().clone(),
                aliases: p.aliases.iter().map(|a| a.get_ref().clone()).collect(),
                pwm,
                adc: p.adc,
                position: p.x.zip(p.y),
            });
        }
        pins.sort_by_key(|p| p.id);
        let mut spec = BoardSpec {
            name: raw.board.name,
            description: raw.board.description,
            instruction_ns: raw.board.instruction_cost.0,
            width: raw.board.width,
            height: raw.board.height,
            pins,
            leds: Vec::new(),
            buttons: Vec::new(),
            pwm: PwmSpec {
                min_hz: raw.pwm.min_hz,
                max_hz: raw.pwm.max_hz,
                default_hz: raw.pwm.default_hz,
            },
            adc: AdcSpec {
                bits: raw.adc.bits,
                vref: raw.adc.vref,
            },
            uarts: Vec::new(),
            i2cs: Vec::new(),
            i2c_devices: Vec::new(),
            spis: Vec::new(),
            spi_devices: Vec::new(),
        };
        if spec.pwm.min_hz == 0 || spec.pwm.min_hz > spec.pwm.max_hz {
            return Err(FileError::at(
                file,
                text,
                None,
                "[pwm]: need 0 < min_hz <= max_hz",
            ));
        }
        if !(1..=16).contains(&spec.adc.bits) || spec.adc.vref.is_nan() || spec.adc.vref <= 0.0 {
            return Err(FileError::whole(
                file,
                "[adc]: need 1 <= bits <= 16 and vref > 0",
            ));
        }
        let resolve = |r: &Spanned<PinRef>| -> Result<PinId, FileError> {
            spec_lookup(&spec.pins, r.get_ref()).ok_or_else(|| {
                FileError::at(
                    file,
                    text,
                    Some(r.span()),
                    &format!("no pin {} on this board", r.get_ref()),
                )
            })
        };
        let mut leds = Vec::new();
        for l in &raw.led {
            leds.push(LedSpec {
                name: l.name.clone(),
                pin: resolve(&l.pin)?,
                color: l.color.clone(),
                active_low: l.active_low,
                position: (l.x, l.y),
            });
        }
        let mut buttons = Vec::new();
        for b in &raw.button {
            buttons.push(ButtonSpec {
                name: b.name.clone(),
                pin: resolve(&b.pin)?,
                active_low: b.active_low,
                position: (b.x, b.y),
            });
        }
        let mut uarts = Vec::new();
        for u in &raw.uart {
            uarts.push(UartSpec {
                id: u.id,
                tx: resolve(&u.tx)?,
                rx: resolve(&u.rx)?,
                max_baud: u.max_baud,
            });
        }
        let mut i2cs = Vec::new();
        for i in &raw.i2c {
            i2cs.push(I2cSpec {
                id: i.id,
                sda: resolve(&i.sda)?,
                scl: resolve(&i.scl)?,
                sda_alt: i.sda_alt.iter().map(resolve).collect::<Result<_, _>>()?,
                scl_alt: i.scl_alt.iter().map(resolve).collect::<Result<_, _>>()?,
                max_freq: i.max_freq,
            });
        }
        let mut devices = Vec::new();
        for d in &raw.i2c_device {
            if !i2cs.iter().any(|b| b.id == d.bus) {
                return err(
                    d.kind.span(),
                    &format!("no I2C bus {} on this board", d.bus),
                );
            }
            let kind = DeviceKind::parse(d.kind.get_ref())
                .map_err(|m| FileError::at(file, text, Some(d.kind.span()), &m))?;
            devices.push(I2cDeviceSpec {
                bus: d.bus,
                address: d.address,
                kind,
            });
        }
        let mut spis = Vec::new();
        for b in &raw.spi {
            let pins = |alt: &[Spanned<PinRef>]| alt.iter().map(resolve).collect::<Result<_, _>>();
            spis.push(SpiSpec {
                id: b.id,
                sck: resolve(&b.sck)?,
                mosi: resolve(&b.mosi)?,
                miso: resolve(&b.miso)?,
                cs: b.cs.as_ref().map(&resolve).transpose()?,
                sck_alt: pins(&b.sck_alt)?,
                mosi_alt: pins(&b.mosi_alt)?,
                miso_alt: pins(&b.miso_alt)?,
                min_baudrate: b.min_baudrate,
                max_baudrate: b.max_baudrate,
            });
        }
        let mut spi_devices = Vec::new();
        for d in &raw.spi_device {
            if !spis.iter().any(|b| b.id == d.bus) {
                return err(
                    d.kind.span(),
                    &format!("no SPI bus {} on this board", d.bus),
                );
            }
            let kind = SpiDeviceKind::parse(d.kind.get_ref())
                .map_err(|m| FileError::at(file, text, Some(d.kind.span()), &m))?;
            let cs = resolve(&d.cs)?;
            if spi_devices
                .iter()
                .any(|x: &SpiDeviceSpec| x.bus == d.bus && x.cs == cs)
            {
                return err(d.cs.span(), "two SPI devices share this chip-select pin");
            }
            spi_devices.push(SpiDeviceSpec {
                bus: d.bus,
                cs,
                kind,
            });
        }
        spis.sort_by_key(|b| b.id);
        spec.spis = spis;
        spec.spi_devices = spi_devices;
        uarts.sort_by_key(|u| u.id);
        i2cs.sort_by_key(|i| i.id);
        spec.leds = leds;
        spec.buttons = buttons;
        spec.uarts = uarts;
        spec.i2cs = i2cs;
        spec.i2c_devices = devices;
        Ok(spec)
    }

    /// Resolves a script's `Pin(…)` argument: a pin number, a pin name or
    /// alias, or the name of an on-board LED or button.
    pub fn lookup(&self, name: PinName<'_>) -> Option<PinId> {
        match name {
            PinName::Number(n) => {
                let id = PinId::try_from(n).ok()?;
                self.pins.iter().any(|p| p.id == id).then_some(id)
            }
            PinName::Name(s) => spec_lookup(&self.pins, &PinRef::Name(s.to_string()))
                .or_else(|| self.leds.iter().find(|l| l.name == s).map(|l| l.pin))
                .or_else(|| self.buttons.iter().find(|b| b.name == s).map(|b| b.pin)),
        }
    }

    /// The pin with this id.
    pub fn pin(&self, id: PinId) -> Option<&PinSpec> {
        self.pins.iter().find(|p| p.id == id)
    }

    /// A pin's trace name (`GP25`), or `pin N` for an unknown id.
    pub fn pin_name(&self, id: PinId) -> String {
        self.pin(id)
            .map_or_else(|| format!("pin {id}"), |p| p.name.clone())
    }

    /// The pin on ADC channel `ch`.
    pub fn adc_pin(&self, ch: u8) -> Option<PinId> {
        self.pins.iter().find(|p| p.adc == Some(ch)).map(|p| p.id)
    }
}

fn spec_lookup(pins: &[PinSpec], r: &PinRef) -> Option<PinId> {
    match r {
        PinRef::Number(n) => pins.iter().find(|p| i64::from(p.id) == *n).map(|p| p.id),
        PinRef::Name(s) => pins
            .iter()
            .find(|p| p.name == *s || p.aliases.iter().any(|a| a == s))
            .map(|p| p.id),
    }
}

fn parse_pwm_channel(s: &str) -> Option<PwmChannel> {
    let (num, ab) = s.split_at(s.len().checked_sub(1)?);
    let channel = match ab {
        "A" | "a" => 0,
        "B" | "b" => 1,
        _ => return None,
    };
    Some(PwmChannel {
        slice: num.parse().ok()?,
        channel,
    })
}

/// A pin named in a file: a number (`25`) or a name (`"GP25"`, `"LED"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinRef {
    /// By number.
    Number(i64),
    /// By name.
    Name(String),
}

impl fmt::Display for PinRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PinRef::Number(n) => write!(f, "{n}"),
            PinRef::Name(s) => write!(f, "{s:?}"),
        }
    }
}

impl<'de> Deserialize<'de> for PinRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PinRef, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = PinRef;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a pin number or name, e.g. 14 or \"GP14\"")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<PinRef, E> {
                Ok(PinRef::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PinRef, E> {
                Ok(PinRef::Name(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoard {
    board: RawHeader,
    #[serde(default)]
    pin: Vec<RawPin>,
    #[serde(default)]
    led: Vec<RawLed>,
    #[serde(default)]
    button: Vec<RawButton>,
    #[serde(default)]
    pwm: RawPwm,
    #[serde(default)]
    adc: RawAdc,
    #[serde(default)]
    uart: Vec<RawUart>,
    #[serde(default)]
    i2c: Vec<RawI2c>,
    #[serde(default)]
    i2c_device: Vec<RawDevice>,
    #[serde(default)]
    spi: Vec<RawSpi>,
    #[serde(default)]
    spi_device: Vec<RawSpiDevice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    name: String,
    #[serde(default)]
    description: String,
    instruction_cost: Duration,
    #[serde(default)]
    width: f64,
    #[serde(default)]
    height: f64,
    #[serde(default)]
    #[allow(dead_code)] // documentation for a GUI: the unit of x, y, width, height
    unit: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPin {
    id: Spanned<PinId>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    pwm: Option<Spanned<String>>,
    adc: Option<u8>,
    #[serde(default)]
    #[allow(dead_code)] // physical header pin, for documentation and a GUI
    header: Option<u8>,
    x: Option<f64>,
    y: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLed {
    name: String,
    pin: Spanned<PinRef>,
    #[serde(default = "green")]
    color: String,
    #[serde(default)]
    active_low: bool,
    x: f64,
    y: f64,
}

fn green() -> String {
    "green".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawButton {
    name: String,
    pin: Spanned<PinRef>,
    #[serde(default = "yes")]
    active_low: bool,
    x: f64,
    y: f64,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPwm {
    min_hz: u32,
    max_hz: u32,
    default_hz: u32,
}

impl Default for RawPwm {
    fn default() -> RawPwm {
        RawPwm {
            min_hz: 1,
            max_hz: 1_000_000,
            default_hz: 1_000,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdc {
    bits: u8,
    vref: f64,
}

impl Default for RawAdc {
    fn default() -> RawAdc {
        RawAdc {
            bits: 12,
            vref: 3.3,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUart {
    id: u8,
    tx: Spanned<PinRef>,
    rx: Spanned<PinRef>,
    #[serde(default = "max_baud")]
    max_baud: u32,
}

fn max_baud() -> u32 {
    921_600
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawI2c {
    id: u8,
    sda: Spanned<PinRef>,
    scl: Spanned<PinRef>,
    #[serde(default)]
    sda_alt: Vec<Spanned<PinRef>>,
    #[serde(default)]
    scl_alt: Vec<Spanned<PinRef>>,
    #[serde(default = "max_freq")]
    max_freq: u32,
}

fn max_freq() -> u32 {
    1_000_000
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpi {
    id: u8,
    sck: Spanned<PinRef>,
    mosi: Spanned<PinRef>,
    miso: Spanned<PinRef>,
    cs: Option<Spanned<PinRef>>,
    #[serde(default)]
    sck_alt: Vec<Spanned<PinRef>>,
    #[serde(default)]
    mosi_alt: Vec<Spanned<PinRef>>,
    #[serde(default)]
    miso_alt: Vec<Spanned<PinRef>>,
    #[serde(default = "min_spi_baudrate")]
    min_baudrate: u32,
    #[serde(default = "max_spi_baudrate")]
    max_baudrate: u32,
}

fn min_spi_baudrate() -> u32 {
    1
}

fn max_spi_baudrate() -> u32 {
    10_000_000
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpiDevice {
    bus: u8,
    cs: Spanned<PinRef>,
    kind: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDevice {
    bus: u8,
    address: u8,
    kind: Spanned<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_boards_parse() {
        for (name, _) in BUILTIN_BOARDS {
            let b = BoardSpec::builtin(name).unwrap();
            assert_eq!(b.name, *name);
            assert!(!b.leds.is_empty(), "{name} has an LED");
        }
    }

    #[test]
    fn pico_matches_the_rp2040() {
        let b = BoardSpec::builtin("pico").unwrap();
        assert_eq!(b.instruction_ns, 50);
        for gp in 0..=28u16 {
            let p = b.pin(gp).unwrap_or_else(|| panic!("GP{gp}"));
            assert_eq!(p.name, format!("GP{gp}"));
            let ch = p.pwm.expect("every RP2040 GPIO has PWM");
            assert_eq!(ch.slice, ((gp >> 1) & 7) as u8, "GP{gp}");
            assert_eq!(ch.channel, (gp & 1) as u8, "GP{gp}");
            let adc = (26..=28).contains(&gp).then(|| (gp - 26) as u8);
            assert_eq!(p.adc, adc, "GP{gp}");
        }
        assert_eq!(b.lookup(PinName::Name("LED")), Some(25));
        assert_eq!(b.lookup(PinName::Name("GP14")), Some(14));
        assert_eq!(b.lookup(PinName::Number(28)), Some(28));
        assert_eq!(b.lookup(PinName::Number(29)), None);
        assert_eq!(b.lookup(PinName::Number(-1)), None);
        assert_eq!(b.lookup(PinName::Name("GP99")), None);
        assert_eq!(b.pwm.max_hz, 62_500_000);
        assert_eq!((b.uarts[0].tx, b.uarts[0].rx), (0, 1));
        assert_eq!((b.i2cs[0].sda, b.i2cs[0].scl), (8, 9));
        assert_eq!((b.i2cs[1].sda, b.i2cs[1].scl), (6, 7));
        // The RP2040's GPIO function table: function 3 puts I2C(gp >> 1 & 1)
        // on every GPIO, SDA on the even ones, SCL on the odd ones.
        for bus in &b.i2cs {
            for gp in 0..=28u16 {
                let ours = u16::from(bus.id) == gp >> 1 & 1;
                let sda = gp == bus.sda || bus.sda_alt.contains(&gp);
                let scl = gp == bus.scl || bus.scl_alt.contains(&gp);
                assert_eq!(sda, ours && gp % 2 == 0, "I2C{} SDA GP{gp}", bus.id);
                assert_eq!(scl, ours && gp % 2 == 1, "I2C{} SCL GP{gp}", bus.id);
            }
        }
    }

    #[test]
    fn lm3s6965_has_led_buttons_and_uart0() {
        let b = BoardSpec::builtin("lm3s6965").unwrap();
        assert_eq!(
            b.lookup(PinName::Name("LED")),
            b.lookup(PinName::Name("PF0"))
        );
        assert_eq!(
            b.lookup(PinName::Name("SELECT")),
            b.lookup(PinName::Name("PF1"))
        );
        assert_eq!(b.uarts[0].id, 0);
        assert!(b.pins.iter().all(|p| p.pwm.is_none() && p.adc.is_none()));
    }

    fn parse_err(text: &str) -> FileError {
        BoardSpec::parse("bad.toml", text).unwrap_err()
    }

    const HEADER: &str = "[board]\nname = \"x\"\ninstruction_cost = \"50ns\"\n";

    #[test]
    fn unknown_key_is_located() {
        let e = parse_err(&format!(
            "{HEADER}[[pin]]\nid = 1\nname = \"A\"\ncolour = 3\n"
        ));
        assert_eq!(e.line, Some(7), "{e}");
        assert_eq!(e.key.as_deref(), Some("colour"));
        assert!(
            e.to_string()
                .starts_with("bad.toml:7:1: unknown field `colour`"),
            "{e}"
        );
    }

    #[test]
    fn bad_values_are_located() {
        let e = parse_err("[board]\nname = \"x\"\ninstruction_cost = \"fast\"\n");
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(3), Some("instruction_cost")),
            "{e}"
        );
        assert!(e.message.contains("bad duration"), "{e}");

        let e = parse_err(&format!(
            "{HEADER}[[pin]]\nid = 1\nname = \"A\"\npwm = \"4C\"\n"
        ));
        assert_eq!((e.line, e.key.as_deref()), (Some(7), Some("pwm")), "{e}");

        let e = parse_err(&format!(
            "{HEADER}[[pin]]\nid = 1\nname = \"A\"\n[[led]]\nname = \"LED\"\npin = \"B\"\nx = 0\ny = 0\n"
        ));
        assert_eq!((e.line, e.key.as_deref()), (Some(9), Some("pin")), "{e}");
        assert!(e.message.contains("no pin \"B\""), "{e}");

        let e = parse_err(&format!(
            "{HEADER}[[pin]]\nid = 1\nname = \"A\"\n[[pin]]\nid = 1\nname = \"B\"\n"
        ));
        assert_eq!(e.line, Some(8), "{e}");
        assert!(e.message.contains("listed twice"), "{e}");
    }

    #[test]
    fn missing_key_is_named() {
        let e = parse_err("[board]\nname = \"x\"\n");
        assert!(e.message.contains("instruction_cost"), "{e}");
    }

    #[test]
    fn unknown_board_names_the_builtins() {
        let e = BoardSpec::load("esp32").unwrap_err();
        assert!(e.to_string().contains("pico, lm3s6965"), "{e}");
        let e = BoardSpec::load("/no/such/board.toml").unwrap_err();
        assert!(e.to_string().contains("cannot read"), "{e}");
    }
}
