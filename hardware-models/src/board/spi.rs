//! The simulated board's SPI controllers: bus settings checked against the
//! board file, devices selected by their chip-select pin being driven low.

use super::{routed, SimBoard};
use crate::spec::SpiDeviceKind;
use crate::spi_devices::{Mcp3008, SpiDevice, UNDRIVEN};
use crate::stimulus::Signal;
use crate::trace::{Level, TraceSource};
use vm::hal::{HalError, HalErrorKind, HalResult, PinId, Spi, SpiConfig};

/// One controller: its settings once opened, and the devices on it by
/// chip-select pin.
#[derive(Default)]
pub(super) struct SpiBus {
    config: Option<SpiConfig>,
    devices: Vec<(PinId, Box<dyn SpiDevice>)>,
}

impl SpiBus {
    pub(super) fn attach(&mut self, cs: PinId, device: Box<dyn SpiDevice>) {
        self.devices.retain(|(pin, _)| *pin != cs);
        self.devices.push((cs, device));
    }

    pub(super) fn device_mut(&mut self, cs: PinId) -> Option<&mut Box<dyn SpiDevice>> {
        self.devices
            .iter_mut()
            .find(|(pin, _)| *pin == cs)
            .map(|(_, d)| d)
    }
}

/// A new model of `kind` (the MCP3008's reference is the board's ADC one).
pub(super) fn new_spi_device(kind: SpiDeviceKind, vref: f64) -> Box<dyn SpiDevice> {
    match kind {
        SpiDeviceKind::Mcp3008 => Box::new(Mcp3008::new(vref)),
    }
}

impl SimBoard {
    /// Attaches a device model on SPI bus `bus`, selected by `cs` going low
    /// (replacing one already there).
    pub fn attach_spi(&mut self, bus: u8, cs: PinId, device: Box<dyn SpiDevice>) {
        if let Some(b) = self.spis.get_mut(&bus) {
            b.attach(cs, device);
        }
    }

    /// Every analogue input of the SPI devices: bus, chip select, channel,
    /// volts at `now_ns`.
    pub(super) fn spi_volts(&self, now_ns: u64) -> Vec<(u8, PinId, u8, f64)> {
        let mut out = Vec::new();
        for (&bus, b) in &self.spis {
            for (cs, d) in &b.devices {
                for ch in 0..d.inputs() {
                    if let Some(v) = d.volts(ch, now_ns) {
                        out.push((bus, *cs, ch, v));
                    }
                }
            }
        }
        out
    }

    /// Sets what input `channel` of the device on `bus` selected by `cs` sees.
    pub(super) fn set_spi_volts(&mut self, bus: u8, cs: PinId, channel: u8, volts: f64) {
        if let Some(d) = self.spis.get_mut(&bus).and_then(|b| b.device_mut(cs)) {
            d.set_volts(channel, Signal::Constant(volts));
        }
    }

    /// Ends the frame of every device whose chip select `pin` was until now
    /// driven low and no longer is.
    pub(super) fn spi_chip_select(&mut self, pin: PinId, old: Option<Level>, new: Level) {
        if old == Some(Level::Low) && new != Level::Low {
            for bus in self.spis.values_mut() {
                if let Some(d) = bus.device_mut(pin) {
                    d.deselect();
                }
            }
        }
    }

    fn spi_bus(&mut self, id: u8) -> HalResult<&mut SpiBus> {
        self.spis
            .get_mut(&id)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such SPI bus"))
    }
}

impl Spi for SimBoard {
    fn spi_open(&mut self, id: u8, config: &SpiConfig) -> HalResult<()> {
        if self.spec.spis.is_empty() {
            // As the firmware of a board without SPI says.
            return Err(HalError::unsupported("this board has no SPI"));
        }
        let spec = self
            .spec
            .spis
            .iter()
            .find(|s| s.id == id)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such SPI bus"))?;
        if !routed(config.sck, spec.sck, &spec.sck_alt) {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "bad SCK pin"));
        }
        if !routed(config.mosi, spec.mosi, &spec.mosi_alt) {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "bad MOSI pin"));
        }
        if !routed(config.miso, spec.miso, &spec.miso_alt) {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "bad MISO pin"));
        }
        if config.baudrate < spec.min_baudrate.max(1) || config.baudrate > spec.max_baudrate {
            return Err(HalError::new(
                HalErrorKind::OutOfRange,
                "baudrate out of range",
            ));
        }
        self.spi_bus(id)?.config = Some(*config);
        let c = *config;
        self.log(TraceSource::Spi, |_| {
            format!(
                "SPI{id} open baudrate={} mode={}{}",
                c.baudrate,
                u8::from(c.polarity) * 2 + u8::from(c.phase),
                if c.lsb_first { " lsb-first" } else { "" }
            )
        });
        Ok(())
    }

    fn spi_transfer(&mut self, id: u8, data: &mut [u8]) -> HalResult<()> {
        let sent = data.to_vec();
        let now = self.now();
        let pins = &self.pins;
        let bus = self
            .spis
            .get_mut(&id)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such SPI bus"))?;
        let selected: Vec<PinId> = bus
            .devices
            .iter()
            .map(|(cs, _)| *cs)
            .filter(|cs| pins.get(cs).and_then(|p| p.level) == Some(Level::Low))
            .collect();
        let config = bus.config.ok_or(HalError::new(
            HalErrorKind::Unsupported,
            "SPI bus not initialised",
        ))?;
        let mut note = None;
        // What each selected device drives onto MISO; several at once fight,
        // and the line reads as the AND of them (any 0 wins).
        let mut miso = vec![UNDRIVEN; data.len()];
        for cs in &selected {
            let Some(dev) = bus.device_mut(*cs) else {
                continue;
            };
            if !dev.supports_mode(config.polarity, config.phase) {
                note = Some(format!("{} does not work in this SPI mode", dev.name()));
                continue;
            }
            let mut wire: Vec<u8> = sent.iter().map(|b| order(*b, config.lsb_first)).collect();
            dev.transfer(now, &mut wire);
            for (m, w) in miso.iter_mut().zip(&wire) {
                *m &= order(*w, config.lsb_first);
            }
        }
        data.copy_from_slice(&miso);
        if selected.len() > 1 {
            note = Some("more than one device selected".into());
        }
        self.log(TraceSource::Spi, |b| {
            let who = match selected.as_slice() {
                [] => "no device selected".to_string(),
                cs => cs
                    .iter()
                    .map(|p| format!("cs={}", b.pin_name(*p)))
                    .collect::<Vec<_>>()
                    .join(","),
            };
            let mut line = format!(
                "SPI{id} {who} tx {} rx {}",
                super::hex_bytes(&sent),
                super::hex_bytes(data)
            );
            if let Some(n) = note {
                line.push_str(&format!(" ({n})"));
            }
            line
        });
        Ok(())
    }
}

/// A byte as it goes over the wire (devices see MSB-first order).
fn order(b: u8, lsb_first: bool) -> u8 {
    if lsb_first {
        b.reverse_bits()
    } else {
        b
    }
}
