//! Models of devices on the board's buses.

use crate::stimulus::Signal;
use vm::hal::{HalError, HalErrorKind, HalResult};

/// A device on an I2C bus. Transfers see the virtual time they happen at.
pub trait I2cDevice {
    /// A write transaction (`data` may be empty for an address probe).
    fn write(&mut self, now_ns: u64, data: &[u8]) -> HalResult<()>;
    /// A read transaction filling `buf`.
    fn read(&mut self, now_ns: u64, buf: &mut [u8]) -> HalResult<()>;
    /// Sets the physical quantity the device measures, if it measures one.
    fn set_celsius(&mut self, signal: Signal) {
        let _ = signal;
    }
    /// What the device measures at `now_ns`, °C, if it measures a temperature.
    fn celsius(&self, now_ns: u64) -> Option<f64> {
        let _ = now_ns;
        None
    }
}

/// Texas Instruments TMP102 temperature sensor.
///
/// Four 16-bit big-endian registers chosen by a pointer byte: 0 temperature
/// (read-only; 12 bits, 0.0625 °C per LSB, left-justified), 1 configuration,
/// 2 T_LOW, 3 T_HIGH. A write of one byte sets the pointer; a write of three
/// also stores a register. A read returns the pointed-to register, repeated.
#[derive(Clone, Debug, PartialEq)]
pub struct Tmp102 {
    pointer: u8,
    regs: [u16; 4],
    celsius: Signal,
}

impl Tmp102 {
    /// A sensor reading `celsius` over time.
    pub fn new(celsius: Signal) -> Tmp102 {
        Tmp102 {
            pointer: 0,
            // Power-on values: config 0x60A0, T_LOW 75 °C, T_HIGH 80 °C.
            regs: [0, 0x60A0, 0x4B00, 0x5000],
            celsius,
        }
    }

    /// The temperature register for `celsius`: rounded to 0.0625 °C and
    /// clamped to the 12-bit range (-128 .. +127.9375 °C).
    pub fn encode(celsius: f64) -> u16 {
        let counts = (celsius / 0.0625).round().clamp(-2048.0, 2047.0) as i16;
        (counts << 4) as u16
    }
}

impl I2cDevice for Tmp102 {
    fn write(&mut self, _now_ns: u64, data: &[u8]) -> HalResult<()> {
        let Some((&ptr, rest)) = data.split_first() else {
            return Ok(());
        };
        self.pointer = ptr & 3;
        if let [hi, lo, ..] = rest {
            if self.pointer != 0 {
                self.regs[usize::from(self.pointer)] = u16::from_be_bytes([*hi, *lo]);
            }
        } else if rest.len() == 1 {
            return Err(HalError::new(
                HalErrorKind::Io,
                "TMP102 registers are 2 bytes",
            ));
        }
        Ok(())
    }

    fn read(&mut self, now_ns: u64, buf: &mut [u8]) -> HalResult<()> {
        let value = if self.pointer == 0 {
            Tmp102::encode(self.celsius.at(now_ns))
        } else {
            self.regs[usize::from(self.pointer)]
        };
        for (i, b) in buf.iter_mut().enumerate() {
            *b = value.to_be_bytes()[i % 2];
        }
        Ok(())
    }

    fn set_celsius(&mut self, signal: Signal) {
        self.celsius = signal;
    }

    fn celsius(&self, now_ns: u64) -> Option<f64> {
        Some(self.celsius.at(now_ns))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_matches_the_datasheet() {
        // Datasheet table 5: 25 °C = 0x190, -25 °C = 0xE70, 0.0625 = 0x001.
        assert_eq!(Tmp102::encode(25.0), 0x190 << 4);
        assert_eq!(Tmp102::encode(-25.0), 0xE70 << 4);
        assert_eq!(Tmp102::encode(0.0625), 0x010);
        assert_eq!(Tmp102::encode(127.9375), 0x7FF0);
        assert_eq!(Tmp102::encode(500.0), 0x7FF0);
    }

    #[test]
    fn pointer_then_read() {
        let mut t = Tmp102::new(Signal::Constant(25.0));
        t.write(0, &[1]).unwrap();
        let mut b = [0; 2];
        t.read(0, &mut b).unwrap();
        assert_eq!(b, [0x60, 0xA0]);
        t.write(0, &[2, 0x12, 0x34]).unwrap();
        t.read(0, &mut b).unwrap();
        assert_eq!(b, [0x12, 0x34]);
        t.write(0, &[0]).unwrap();
        t.read(0, &mut b).unwrap();
        assert_eq!(b, [0x19, 0x00]);
    }
}
