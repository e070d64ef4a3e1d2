//! [`Stoppable`]: a [`SimBoard`] whose run the page can end cleanly.

use hardware_models::SimBoard;
use std::cell::Cell;
use std::rc::Rc;
use vm::hal::{
    Adc, Clock, Console, Event, Events, Gpio, HalResult, I2c, Note, PinId, PinMode, PinName, Pull,
    Pwm, Spi, SpiConfig, Uart,
};

/// A [`SimBoard`] plus a stop flag: once the flag is set (by the live
/// source, when the user presses Stop) [`Events::stop_requested`] is true, so
/// the VM unwinds at its next safe point and the recorded trace and VCD
/// survive. Everything else is the simulated board's own behaviour.
pub struct Stoppable {
    inner: SimBoard,
    stop: Rc<Cell<bool>>,
}

impl Stoppable {
    /// Wraps `inner`; setting `stop` ends the run.
    pub fn new(inner: SimBoard, stop: Rc<Cell<bool>>) -> Stoppable {
        Stoppable { inner, stop }
    }

    /// The simulated board.
    pub fn inner(&self) -> &SimBoard {
        &self.inner
    }

    /// The simulated board, mutably.
    pub fn inner_mut(&mut self) -> &mut SimBoard {
        &mut self.inner
    }
}

impl Console for Stoppable {
    fn write_str(&mut self, text: &str) {
        self.inner.write_str(text);
    }
}

impl Clock for Stoppable {
    fn now_ns(&mut self) -> u64 {
        Clock::now_ns(&mut self.inner)
    }
    fn wait_until_ns(&mut self, deadline_ns: u64) -> bool {
        if self.stop.get() {
            return false;
        }
        self.inner.wait_until_ns(deadline_ns)
    }
    fn charge(&mut self, instructions: u64) {
        self.inner.charge(instructions);
    }
}

impl Gpio for Stoppable {
    fn pin_lookup(&mut self, name: PinName<'_>) -> HalResult<PinId> {
        self.inner.pin_lookup(name)
    }
    fn pin_setup(&mut self, pin: PinId, mode: PinMode, pull: Pull) -> HalResult<()> {
        self.inner.pin_setup(pin, mode, pull)
    }
    fn pin_write(&mut self, pin: PinId, high: bool) -> HalResult<()> {
        self.inner.pin_write(pin, high)
    }
    fn pin_read(&mut self, pin: PinId) -> HalResult<bool> {
        self.inner.pin_read(pin)
    }
    fn pin_watch(&mut self, pin: PinId, rising: bool, falling: bool) -> HalResult<()> {
        self.inner.pin_watch(pin, rising, falling)
    }
}

impl Pwm for Stoppable {
    fn pwm_start(&mut self, pin: PinId) -> HalResult<()> {
        self.inner.pwm_start(pin)
    }
    fn pwm_set_freq(&mut self, pin: PinId, hz: u32) -> HalResult<()> {
        self.inner.pwm_set_freq(pin, hz)
    }
    fn pwm_freq(&mut self, pin: PinId) -> HalResult<u32> {
        self.inner.pwm_freq(pin)
    }
    fn pwm_set_duty_u16(&mut self, pin: PinId, duty: u16) -> HalResult<()> {
        self.inner.pwm_set_duty_u16(pin, duty)
    }
    fn pwm_duty_u16(&mut self, pin: PinId) -> HalResult<u16> {
        self.inner.pwm_duty_u16(pin)
    }
    fn pwm_stop(&mut self, pin: PinId) -> HalResult<()> {
        self.inner.pwm_stop(pin)
    }
}

impl Adc for Stoppable {
    fn adc_channel(&mut self, id: i64) -> HalResult<PinId> {
        self.inner.adc_channel(id)
    }
    fn adc_open(&mut self, pin: PinId) -> HalResult<()> {
        self.inner.adc_open(pin)
    }
    fn adc_read_u16(&mut self, pin: PinId) -> HalResult<u16> {
        self.inner.adc_read_u16(pin)
    }
}

impl Uart for Stoppable {
    fn uart_open(&mut self, id: u8, baudrate: u32) -> HalResult<()> {
        self.inner.uart_open(id, baudrate)
    }
    fn uart_write(&mut self, id: u8, data: &[u8]) -> HalResult<usize> {
        self.inner.uart_write(id, data)
    }
    fn uart_read(&mut self, id: u8, buf: &mut [u8]) -> HalResult<usize> {
        self.inner.uart_read(id, buf)
    }
    fn uart_any(&mut self, id: u8) -> HalResult<usize> {
        self.inner.uart_any(id)
    }
}

impl I2c for Stoppable {
    fn i2c_open(
        &mut self,
        id: u8,
        freq: u32,
        scl: Option<PinId>,
        sda: Option<PinId>,
    ) -> HalResult<()> {
        self.inner.i2c_open(id, freq, scl, sda)
    }
    fn i2c_scan(&mut self, id: u8, found: &mut dyn FnMut(u8)) -> HalResult<()> {
        self.inner.i2c_scan(id, found)
    }
    fn i2c_write(&mut self, id: u8, addr: u8, data: &[u8]) -> HalResult<()> {
        self.inner.i2c_write(id, addr, data)
    }
    fn i2c_read(&mut self, id: u8, addr: u8, buf: &mut [u8]) -> HalResult<()> {
        self.inner.i2c_read(id, addr, buf)
    }
}

impl Spi for Stoppable {
    fn spi_open(&mut self, id: u8, config: &SpiConfig) -> HalResult<()> {
        self.inner.spi_open(id, config)
    }
    fn spi_transfer(&mut self, id: u8, data: &mut [u8]) -> HalResult<()> {
        self.inner.spi_transfer(id, data)
    }
}

impl Events for Stoppable {
    fn next_event(&mut self) -> Option<Event> {
        self.inner.next_event()
    }
    fn note(&mut self, note: Note<'_>) {
        self.inner.note(note);
    }
    fn stop_requested(&mut self) -> bool {
        self.stop.get() || self.inner.stop_requested()
    }
}
