//! Models of devices on the board's SPI buses.
//!
//! A device sees bytes only while its chip select is low, most significant
//! bit first on the wire (the board reverses bits for `firstbit=SPI.LSB`),
//! and is told when chip select goes high, which ends a frame.

use crate::stimulus::Signal;

/// What a device clocks out while it drives nothing (MISO floats; the
/// simulated line reads high).
pub const UNDRIVEN: u8 = 0xFF;

/// A device on an SPI bus.
pub trait SpiDevice {
    /// Exchanges `data` while selected: each byte sent is replaced by the
    /// byte the device shifted out at the same time.
    fn transfer(&mut self, now_ns: u64, data: &mut [u8]);
    /// Chip select went high: the frame in progress ends.
    fn deselect(&mut self);
    /// Whether the device works in SPI mode (`polarity`, `phase`).
    fn supports_mode(&self, polarity: bool, phase: bool) -> bool;
    /// The model's name, for traces.
    fn name(&self) -> &'static str;
    /// Sets what analogue input `channel` sees, in volts, if it has one.
    fn set_volts(&mut self, channel: u8, signal: Signal) {
        let _ = (channel, signal);
    }
    /// How many analogue inputs the device has (0 for none).
    fn inputs(&self) -> u8 {
        0
    }
    /// What input `channel` sees at `now_ns`, in volts.
    fn volts(&self, channel: u8, now_ns: u64) -> Option<f64> {
        let _ = (channel, now_ns);
        None
    }
}

/// Microchip MCP3008: 8-channel, 10-bit successive-approximation ADC.
///
/// Modelled bit by bit, as the datasheet's figure 5-1 draws it, so every
/// framing a driver may use works: after chip select falls, the first `1`
/// clocked in is the start bit, then SGL/DIFF and D2..D0 choose the input;
/// the device samples for one clock, sends a null `0` bit and the 10-bit
/// result MSB first, then the result again LSB first, then zeros. Before
/// the start bit and while sampling its output floats.
#[derive(Clone, Debug, PartialEq)]
pub struct Mcp3008 {
    vref: f64,
    inputs: [Signal; 8],
    phase: Phase,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Waiting for the start bit.
    Idle,
    /// `n` of the 4 configuration bits received, in `bits`.
    Config { n: u8, bits: u8 },
    /// The sampling clock; `code` is the conversion.
    Sample { code: u16 },
    /// The null bit.
    Null { code: u16 },
    /// Sending bit `bit` of `code`, MSB first.
    Msb { code: u16, bit: u8 },
    /// Sending bit `bit` of `code`, LSB first (bit 0 is not repeated).
    Lsb { code: u16, bit: u8 },
    /// Zeros until chip select rises.
    Done,
}

impl Mcp3008 {
    /// An MCP3008 with reference voltage `vref`, all inputs at 0 V.
    pub fn new(vref: f64) -> Mcp3008 {
        Mcp3008 {
            vref,
            inputs: core::array::from_fn(|_| Signal::Constant(0.0)),
            phase: Phase::Idle,
        }
    }

    /// The conversion of `volts` (datasheet equation 4-2: 1024 × VIN /
    /// VREF, truncated, clamped to 0..=1023).
    pub fn code(&self, volts: f64) -> u16 {
        (1024.0 * volts / self.vref).floor().clamp(0.0, 1023.0) as u16
    }

    /// The result for configuration bits `SGL D2 D1 D0` at `now_ns`:
    /// single-ended on CH(D2..D0), or the difference IN+ − IN− of the pair
    /// (table 5-2: D0 set swaps the pair's inputs).
    fn convert(&self, config: u8, now_ns: u64) -> u16 {
        let ch = usize::from(config & 7);
        let v = if config & 8 != 0 {
            self.inputs[ch].at(now_ns)
        } else {
            self.inputs[ch].at(now_ns) - self.inputs[ch ^ 1].at(now_ns)
        };
        self.code(v)
    }

    /// One clock: returns the bit shifted out, takes `mosi` in.
    fn clock(&mut self, mosi: bool, now_ns: u64) -> bool {
        let (out, next) = match self.phase {
            Phase::Idle if mosi => (true, Phase::Config { n: 0, bits: 0 }),
            Phase::Idle => (true, Phase::Idle),
            Phase::Config { n, bits } => {
                let bits = bits << 1 | u8::from(mosi);
                if n == 3 {
                    let code = self.convert(bits, now_ns);
                    (true, Phase::Sample { code })
                } else {
                    (true, Phase::Config { n: n + 1, bits })
                }
            }
            Phase::Sample { code } => (true, Phase::Null { code }),
            Phase::Null { code } => (false, Phase::Msb { code, bit: 9 }),
            Phase::Msb { code, bit } => {
                let next = match bit {
                    0 => Phase::Lsb { code, bit: 1 },
                    _ => Phase::Msb { code, bit: bit - 1 },
                };
                (code >> bit & 1 != 0, next)
            }
            Phase::Lsb { code, bit } => {
                let next = match bit {
                    9 => Phase::Done,
                    _ => Phase::Lsb { code, bit: bit + 1 },
                };
                (code >> bit & 1 != 0, next)
            }
            Phase::Done => (false, Phase::Done),
        };
        self.phase = next;
        out
    }
}

impl SpiDevice for Mcp3008 {
    fn transfer(&mut self, now_ns: u64, data: &mut [u8]) {
        for byte in data.iter_mut() {
            let mut out = 0u8;
            for i in (0..8).rev() {
                out |= u8::from(self.clock(*byte >> i & 1 != 0, now_ns)) << i;
            }
            *byte = out;
        }
    }

    fn deselect(&mut self) {
        self.phase = Phase::Idle;
    }

    /// Modes 0,0 and 1,1 (datasheet section 6.1).
    fn supports_mode(&self, polarity: bool, phase: bool) -> bool {
        polarity == phase
    }

    fn name(&self) -> &'static str {
        "mcp3008"
    }

    fn set_volts(&mut self, channel: u8, signal: Signal) {
        if let Some(input) = self.inputs.get_mut(usize::from(channel)) {
            *input = signal;
        }
    }

    fn inputs(&self) -> u8 {
        8
    }

    fn volts(&self, channel: u8, now_ns: u64) -> Option<f64> {
        Some(self.inputs.get(usize::from(channel))?.at(now_ns))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn adc(volts: [f64; 8]) -> Mcp3008 {
        let mut m = Mcp3008::new(3.3);
        for (ch, v) in volts.iter().enumerate() {
            m.set_volts(ch as u8, Signal::Constant(*v));
        }
        m
    }

    /// The datasheet's figure 6-1 framing: start bit alone in the first
    /// byte; null bit, B9, B8 at the end of the second.
    #[test]
    fn byte_aligned_single_ended_read() {
        let mut m = adc([0.0, 1.65, 3.3, 5.0, 0.0, 0.0, 0.0, 0.0]);
        for (ch, want) in [(0u8, 0u16), (1, 512), (2, 1023), (3, 1023)] {
            let mut b = [0x01, 0x80 | ch << 4, 0x00];
            m.transfer(0, &mut b);
            m.deselect();
            assert_eq!(b[1] & 0x04, 0, "null bit");
            assert_eq!(u16::from(b[1] & 3) << 8 | u16::from(b[2]), want, "ch{ch}");
        }
    }

    /// Another common framing: start bit, SGL and D2..D0 packed in the top
    /// of the first byte; the result spans three bytes.
    #[test]
    fn packed_framing_and_lsb_first_tail() {
        let mut m = adc([0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0]);
        let want = (1024.0f64 * 2.0 / 3.3).floor() as u16;
        let mut b = [0b1100_0000 | 5 << 3, 0, 0, 0];
        m.transfer(0, &mut b);
        // Start bit + 4 config bits + sample + null = 7 clocks, so B9 is
        // the last bit of byte 0.
        let msb = u16::from(b[0] & 1) << 9 | u16::from(b[1]) << 1 | u16::from(b[2] >> 7);
        assert_eq!(msb, want);
        // Then B1..B9, LSB first: the result mirrored.
        let lsb = u16::from(b[2] & 0x7F) << 2 | u16::from(b[3] >> 6);
        assert_eq!(lsb, (want >> 1).reverse_bits() >> 7);
        assert_eq!(b[3] & 0x3F, 0, "zeros after the LSB-first tail");
    }

    #[test]
    fn differential_pairs_and_floating_output_before_the_start_bit() {
        let mut m = adc([2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        let mut b = [0x01, 0x00, 0x00];
        m.transfer(0, &mut b);
        assert_eq!(b[0], UNDRIVEN);
        assert_eq!(u16::from(b[1] & 3) << 8 | u16::from(b[2]), m.code(1.0));
        m.deselect();
        // D0 set: IN+ is CH1, so the difference is negative: 0.
        let mut b = [0x01, 0x10, 0x00];
        m.transfer(0, &mut b);
        assert_eq!(u16::from(b[1] & 3) << 8 | u16::from(b[2]), 0);
    }

    #[test]
    fn chip_select_high_restarts_the_frame() {
        let mut m = adc([0.0, 3.3, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        let mut b = [0x01, 0x90];
        m.transfer(0, &mut b);
        m.deselect();
        let mut b = [0x01, 0x90, 0x00];
        m.transfer(0, &mut b);
        assert_eq!(u16::from(b[1] & 3) << 8 | u16::from(b[2]), 1023);
    }
}
