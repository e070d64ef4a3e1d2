//! `vm::hal` on the MCU: console on UART0, clock on SysTick, GPIO on the
//! board's ports. PWM, ADC, UART and I2C from scripts are not wired yet and
//! raise `ValueError` naming what is missing (the trait defaults).

use crate::{board, clock, uart};
use vm::hal::{
    Adc, Clock, Console, Events, Gpio, HalError, HalErrorKind, HalResult, I2c, PinId, PinMode,
    PinName, Pull, Pwm, Uart,
};

/// The MCU as the VM sees it.
pub struct McuBoard {
    /// Per PWM slice: frequency set (Hz) and each channel's duty.
    #[cfg(feature = "rp2040")]
    pwm: [(u32, [u16; 2]); 8],
}

impl McuBoard {
    /// The board, with the clock already running.
    pub fn new() -> McuBoard {
        McuBoard {
            #[cfg(feature = "rp2040")]
            pwm: [(1907, [0; 2]); 8],
        }
    }
}

fn check(pin: PinId) -> HalResult<PinId> {
    if pin < board::PIN_COUNT {
        Ok(pin)
    } else {
        Err(HalError::new(HalErrorKind::NoSuchPin, "no such pin"))
    }
}

/// `PA0`-style names: port letter and bit.
fn port_pin(name: &str) -> Option<PinId> {
    let b = name.as_bytes();
    if b.len() != 3 || b[0] != b'P' {
        return None;
    }
    let port = board::PORT_NAMES.iter().position(|&p| p == b[1])?;
    let bit = b[2].checked_sub(b'0').filter(|&d| d < 8)?;
    Some(port as PinId * 8 + PinId::from(bit))
}

impl Console for McuBoard {
    fn write_str(&mut self, text: &str) {
        uart::write_str(text);
    }
}

impl Clock for McuBoard {
    fn now_ns(&mut self) -> u64 {
        clock::now_ns()
    }

    fn wait_until_ns(&mut self, deadline_ns: u64) -> bool {
        clock::sleep_until(deadline_ns);
        false
    }
}

impl Gpio for McuBoard {
    fn pin_lookup(&mut self, name: PinName<'_>) -> HalResult<PinId> {
        let id = match name {
            PinName::Number(n) => PinId::try_from(n).ok(),
            PinName::Name(s) => board::NAMED_PINS
                .iter()
                .find(|(n, _)| *n == s)
                .map(|&(_, id)| id)
                .or_else(|| port_pin(s))
                .or_else(|| s.strip_prefix("GP").and_then(|n| n.parse().ok())),
        };
        check(id.unwrap_or(PinId::MAX))
    }

    fn pin_setup(&mut self, pin: PinId, mode: PinMode, pull: Pull) -> HalResult<()> {
        let pin = check(pin)?;
        board::gpio_pull(pin, pull == Pull::Up, pull == Pull::Down);
        match mode {
            PinMode::Output => board::gpio_direction(pin, true),
            PinMode::Input => board::gpio_direction(pin, false),
            PinMode::OpenDrain => {
                return Err(HalError::unsupported(
                    "Pin.OPEN_DRAIN is not available on this board",
                ))
            }
        }
        Ok(())
    }

    fn pin_write(&mut self, pin: PinId, high: bool) -> HalResult<()> {
        board::gpio_write(check(pin)?, high);
        Ok(())
    }

    fn pin_read(&mut self, pin: PinId) -> HalResult<bool> {
        Ok(board::gpio_read(check(pin)?))
    }
}

#[cfg(not(feature = "rp2040"))]
impl Pwm for McuBoard {}

/// PWM as on the RP2040: the two channels of a slice share its frequency.
#[cfg(feature = "rp2040")]
impl Pwm for McuBoard {
    fn pwm_start(&mut self, pin: PinId) -> HalResult<()> {
        let (slice, _) = board::pwm_channel(check(pin)?);
        let (hz, duty) = self.pwm[slice];
        board::pwm_configure(slice, hz, duty);
        board::pwm_start(pin);
        Ok(())
    }

    fn pwm_set_freq(&mut self, pin: PinId, hz: u32) -> HalResult<()> {
        if !(8..=62_500_000).contains(&hz) {
            return Err(HalError::new(HalErrorKind::OutOfRange, "freq out of range"));
        }
        let (slice, _) = board::pwm_channel(check(pin)?);
        let duty = self.pwm[slice].1;
        self.pwm[slice].0 = board::pwm_configure(slice, hz, duty);
        Ok(())
    }

    fn pwm_freq(&mut self, pin: PinId) -> HalResult<u32> {
        Ok(self.pwm[board::pwm_channel(check(pin)?).0].0)
    }

    fn pwm_set_duty_u16(&mut self, pin: PinId, duty: u16) -> HalResult<()> {
        let (slice, ch) = board::pwm_channel(check(pin)?);
        self.pwm[slice].1[ch] = duty;
        let (hz, duties) = self.pwm[slice];
        board::pwm_configure(slice, hz, duties);
        Ok(())
    }

    fn pwm_duty_u16(&mut self, pin: PinId) -> HalResult<u16> {
        let (slice, ch) = board::pwm_channel(check(pin)?);
        Ok(self.pwm[slice].1[ch])
    }

    fn pwm_stop(&mut self, pin: PinId) -> HalResult<()> {
        board::pwm_stop(check(pin)?);
        Ok(())
    }
}
impl Adc for McuBoard {}
impl Uart for McuBoard {}
impl I2c for McuBoard {}
impl Events for McuBoard {}
