//! `vm::hal` on the MCU: console on UART0, clock on SysTick, GPIO on the
//! board's ports. On the RP2040 also PWM, the ADC (GP26–GP28), `UART(1)`,
//! `I2C(0)`/`I2C(1)`, `SPI(0)`/`SPI(1)` and `Pin.irq` (edges latched by
//! IO_BANK0, taken at the VM's safe points and while it sleeps). The QEMU
//! boards have none of those: QEMU models no ADC, PWM or usable I2C bus
//! there and nothing can drive their input pins, so scripts get a
//! `ValueError` naming the board (for I2C and SPI, the HAL's default "this
//! board has no I2C" / "no SPI") rather than a peripheral that pretends.

use crate::{board, clock, uart};
#[cfg(feature = "rp2040")]
use vm::hal::SpiConfig;
use vm::hal::{
    Adc, Clock, Console, Events, Gpio, HalError, HalErrorKind, HalResult, I2c, PinId, PinMode,
    PinName, Pull, Pwm, Spi, Uart,
};

/// The MCU as the VM sees it.
pub struct McuBoard {
    /// Per PWM slice: frequency set (Hz) and each channel's duty.
    #[cfg(feature = "rp2040")]
    pwm: [(u32, [u16; 2]); 8],
    /// Pins whose rising / falling edges `Pin.irq` asked for (bit = pin).
    #[cfg(feature = "rp2040")]
    watch: (u32, u32),
}

impl McuBoard {
    /// The board, with the clock already running.
    pub fn new() -> McuBoard {
        McuBoard {
            #[cfg(feature = "rp2040")]
            pwm: [(1907, [0; 2]); 8],
            #[cfg(feature = "rp2040")]
            watch: (0, 0),
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

    /// `sys.stderr`: the UART too, as on MicroPython (one console).
    fn write_err(&mut self, text: &str) {
        uart::write_str(text);
    }
}

impl Clock for McuBoard {
    fn now_ns(&mut self) -> u64 {
        clock::now_ns()
    }

    fn wait_until_ns(&mut self, deadline_ns: u64) -> bool {
        clock::sleep_until(deadline_ns, || self.edge_pending())
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
        let pin = check(pin)?;
        #[cfg(not(feature = "rp2040"))]
        report_pin(pin, high);
        board::gpio_write(pin, high);
        Ok(())
    }

    fn pin_read(&mut self, pin: PinId) -> HalResult<bool> {
        Ok(board::gpio_read(check(pin)?))
    }

    #[cfg(feature = "rp2040")]
    fn pin_watch(&mut self, pin: PinId, rising: bool, falling: bool) -> HalResult<()> {
        let bit = 1u32 << check(pin)?;
        let set = |mask: &mut u32, on: bool| *mask = if on { *mask | bit } else { *mask & !bit };
        set(&mut self.watch.0, rising);
        set(&mut self.watch.1, falling);
        board::edge_watch(pin);
        Ok(())
    }

    #[cfg(not(feature = "rp2040"))]
    fn pin_watch(&mut self, _: PinId, _: bool, _: bool) -> HalResult<()> {
        Err(HalError::unsupported(board::NO_PIN_IRQ))
    }
}

impl McuBoard {
    /// Whether a watched edge is latched (ends a sleep early).
    #[cfg(feature = "rp2040")]
    fn edge_pending(&mut self) -> bool {
        let watched = self.watch.0 | self.watch.1;
        (0..board::PIN_COUNT).any(|p| watched & 1 << p != 0 && board::edge_latched(p))
    }

    #[cfg(not(feature = "rp2040"))]
    fn edge_pending(&mut self) -> bool {
        false
    }
}

#[cfg(not(feature = "rp2040"))]
impl Pwm for McuBoard {
    fn pwm_start(&mut self, _: PinId) -> HalResult<()> {
        Err(HalError::unsupported(board::NO_PWM))
    }
}

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
#[cfg(not(feature = "rp2040"))]
impl Adc for McuBoard {
    fn adc_channel(&mut self, _: i64) -> HalResult<PinId> {
        Err(HalError::unsupported(board::NO_ADC))
    }

    fn adc_open(&mut self, _: PinId) -> HalResult<()> {
        Err(HalError::unsupported(board::NO_ADC))
    }
}

#[cfg(feature = "rp2040")]
impl Adc for McuBoard {
    fn adc_channel(&mut self, id: i64) -> HalResult<PinId> {
        board::adc_pin(id).ok_or(HalError::new(
            HalErrorKind::NoSuchPin,
            "invalid ADC channel",
        ))
    }

    fn adc_open(&mut self, pin: PinId) -> HalResult<()> {
        let pin = check(pin)?;
        if board::adc_pin(i64::from(pin)).is_none() {
            return Err(HalError::unsupported("Pin doesn't have ADC capabilities"));
        }
        board::adc_open(pin);
        Ok(())
    }

    fn adc_read_u16(&mut self, pin: PinId) -> HalResult<u16> {
        match board::adc_pin(i64::from(pin)) {
            Some(p) => Ok(board::adc_read_u16(p)),
            None => Err(HalError::unsupported("Pin doesn't have ADC capabilities")),
        }
    }
}

#[cfg(not(feature = "rp2040"))]
impl Uart for McuBoard {
    fn uart_open(&mut self, _: u8, _: u32) -> HalResult<()> {
        Err(HalError::unsupported(board::NO_UART))
    }
}

#[cfg(feature = "rp2040")]
impl Uart for McuBoard {
    fn uart_open(&mut self, id: u8, baudrate: u32) -> HalResult<()> {
        board::uart_open(id, baudrate).map_err(uart_error)
    }

    fn uart_write(&mut self, id: u8, data: &[u8]) -> HalResult<usize> {
        board::uart_write(id, data).map_err(uart_error)
    }

    fn uart_read(&mut self, id: u8, buf: &mut [u8]) -> HalResult<usize> {
        board::uart_read(id, buf).map_err(uart_error)
    }

    fn uart_any(&mut self, id: u8) -> HalResult<usize> {
        board::uart_any(id).map_err(uart_error)
    }
}

#[cfg(feature = "rp2040")]
fn uart_error(message: &'static str) -> HalError {
    let kind = match message {
        "baudrate out of range" => HalErrorKind::OutOfRange,
        "no such UART" => HalErrorKind::NoSuchPin,
        _ => HalErrorKind::Unsupported,
    };
    HalError::new(kind, message)
}

#[cfg(not(feature = "rp2040"))]
impl I2c for McuBoard {}

// The QEMU boards: `SPI(...)` raises `ValueError: this board has no SPI`
// (and the LM3S6965's flash has no room for a driver).
#[cfg(not(feature = "rp2040"))]
impl Spi for McuBoard {}

/// The RP2040's two controllers, on the pins the script chose (checked
/// against the GPIO function table) or the ones `boards/pico.toml` gives them.
#[cfg(feature = "rp2040")]
impl Spi for McuBoard {
    fn spi_open(&mut self, id: u8, config: &SpiConfig) -> HalResult<()> {
        board::spi_open(id, config)
    }

    fn spi_transfer(&mut self, id: u8, data: &mut [u8]) -> HalResult<()> {
        board::spi_transfer(id, data)
    }
}

/// The RP2040's two controllers, on the pins the script chose (checked
/// against the GPIO function table) or the ones `boards/pico.toml` gives them.
#[cfg(feature = "rp2040")]
impl I2c for McuBoard {
    fn i2c_open(
        &mut self,
        id: u8,
        freq: u32,
        scl: Option<PinId>,
        sda: Option<PinId>,
    ) -> HalResult<()> {
        board::i2c_open(id, freq, scl, sda)
    }

    fn i2c_scan(&mut self, id: u8, found: &mut dyn FnMut(u8)) -> HalResult<()> {
        board::i2c_scan(id, found)
    }

    fn i2c_write(&mut self, id: u8, addr: u8, data: &[u8]) -> HalResult<()> {
        board::i2c_write(id, addr, data)
    }

    fn i2c_read(&mut self, id: u8, addr: u8, buf: &mut [u8]) -> HalResult<()> {
        board::i2c_read(id, addr, buf)
    }
}

#[cfg(not(feature = "rp2040"))]
impl Events for McuBoard {}

/// `Pin.irq` on the RP2040: latched edges of watched pins, lowest pin first.
#[cfg(feature = "rp2040")]
impl Events for McuBoard {
    fn next_event(&mut self) -> Option<vm::hal::Event> {
        let watched = self.watch.0 | self.watch.1;
        if watched == 0 {
            return None;
        }
        for pin in 0..board::PIN_COUNT {
            if watched & 1 << pin == 0 {
                continue;
            }
            while let Some(rising) = board::take_edge(pin) {
                let wanted = if rising { self.watch.0 } else { self.watch.1 };
                if wanted & 1 << pin != 0 {
                    return Some(vm::hal::Event::PinEdge {
                        pin,
                        rising,
                        at_ns: clock::now_ns(),
                    });
                }
            }
        }
        None
    }
}

/// On the QEMU boards, an output pin's change goes to the host over
/// semihosting (stderr, not the console): QEMU shows no LEDs, so this is how
/// `cargo xtask qemu blink.fbc` shows the LED blinking. The named pin
/// (`LED`) when it has a name; the virtual time in milliseconds.
#[cfg(not(feature = "rp2040"))]
fn report_pin(pin: PinId, high: bool) {
    if board::gpio_read(pin) == high {
        return;
    }
    let name = board::NAMED_PINS
        .iter()
        .find(|(_, id)| *id == pin)
        .map_or("", |(n, _)| n);
    let ms = clock::now_ns() / 1_000_000;
    cortex_m_semihosting::heprintln!(
        "ferrite: pin {} {} -> {} at {} ms",
        pin,
        name,
        high as u8,
        ms
    );
}
