//! Interactive use of a [`SimBoard`](crate::SimBoard): a board view (the
//! desktop GUI, the browser playground) reads a [`BoardSnapshot`] and feeds
//! [`LiveInput`]s (a pressed button, a moved slider) while the script runs.
//!
//! The board polls its live source as virtual time passes (at most once per
//! poll interval of virtual time) and splits long waits into slices of that
//! interval, so input arrives on time even while the script sleeps, and a
//! host can pause or pace the run from the source callback.

use crate::stimulus::Drive;
use crate::trace::Level;
use vm::hal::PinId;

/// Something the outside world does to the board, now.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveInput {
    /// Drive an input pin (a button) or release it to its pull resistor.
    Pin {
        /// The pin.
        pin: PinId,
        /// Low, high or released.
        drive: Drive,
    },
    /// Set an ADC channel to a voltage.
    AdcVolts {
        /// ADC channel.
        channel: u8,
        /// Volts (clamped to 0..=vref when read).
        volts: f64,
    },
    /// Set what an I2C sensor measures.
    I2cCelsius {
        /// I2C bus id.
        bus: u8,
        /// 7-bit device address.
        address: u8,
        /// Temperature, °C.
        celsius: f64,
    },
    /// Set what an analogue input of an SPI device (an MCP3008's channel) sees.
    SpiVolts {
        /// SPI bus id.
        bus: u8,
        /// The device's chip-select pin.
        cs: PinId,
        /// Input channel.
        channel: u8,
        /// Volts.
        volts: f64,
    },
    /// Bytes arrive on a UART's rx line.
    UartRx {
        /// UART id.
        id: u8,
        /// The bytes.
        data: Vec<u8>,
    },
}

/// What a board view draws: the state of the board at one virtual instant.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardSnapshot {
    /// Virtual time, ns.
    pub now_ns: u64,
    /// Every pin's level.
    pub pins: Vec<(PinId, Level)>,
    /// Running PWM outputs: pin, frequency (Hz) and duty (0..=65535).
    pub pwm: Vec<(PinId, u32, u16)>,
    /// ADC channels with an input: channel and volts now.
    pub adc_volts: Vec<(u8, f64)>,
    /// I2C sensors: bus, address and °C now.
    pub i2c_celsius: Vec<(u8, u8, f64)>,
    /// Analogue inputs of SPI devices: bus, chip-select pin, channel, volts now.
    pub spi_volts: Vec<(u8, PinId, u8, f64)>,
}

impl BoardSnapshot {
    /// The level of `pin` (floating if unknown).
    pub fn level(&self, pin: PinId) -> Level {
        self.pins
            .iter()
            .find(|(p, _)| *p == pin)
            .map_or(Level::Floating, |(_, l)| *l)
    }

    /// The PWM duty of `pin` (0..=65535) if it runs PWM.
    pub fn pwm_duty(&self, pin: PinId) -> Option<u16> {
        self.pwm
            .iter()
            .find(|(p, _, _)| *p == pin)
            .map(|(_, _, d)| *d)
    }
}

/// Called by the board as virtual time passes with the current snapshot;
/// returns the inputs that happened since the last call. It may block (to
/// pace the run to the wall clock, or while the user has paused).
pub type LiveSource = Box<dyn FnMut(&BoardSnapshot) -> Vec<LiveInput>>;
