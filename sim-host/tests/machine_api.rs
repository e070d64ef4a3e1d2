//! The VM side of `machine`, `time` and `micropython`, against a scripted
//! fake board: what the VM asks of the HAL, when callbacks run, how errors
//! map to exceptions. (The simulated board's own behaviour is tested in
//! hardware-models.)

use vm::hal::*;
use vm::{Config, Vm};

#[derive(Default)]
struct FakeBoard {
    out: String,
    now: u64,
    /// Every HAL call, in order, as text.
    log: Vec<String>,
    levels: std::collections::BTreeMap<PinId, bool>,
    /// Scheduled input edges: (time, pin, level).
    edges: Vec<(u64, PinId, bool)>,
    watched: std::collections::BTreeMap<PinId, (bool, bool)>,
    pending: Vec<Event>,
    stop_at: Option<u64>,
    charged: u64,
    rx: Vec<u8>,
    i2c_reg: u8,
}

impl FakeBoard {
    fn advance_to(&mut self, t: u64) -> bool {
        // Apply edges up to t; stop early at the first watched one.
        while let Some(&(at, pin, level)) = self.edges.first() {
            if at > t {
                break;
            }
            self.edges.remove(0);
            self.now = self.now.max(at);
            let old = self.levels.insert(pin, level).unwrap_or(false);
            let (r, f) = self.watched.get(&pin).copied().unwrap_or((false, false));
            if old != level && ((level && r) || (!level && f)) {
                self.pending.push(Event::PinEdge {
                    pin,
                    rising: level,
                    at_ns: at,
                });
                return true;
            }
        }
        self.now = self.now.max(t);
        false
    }
}

impl Console for FakeBoard {
    fn write_str(&mut self, text: &str) {
        self.out.push_str(text);
    }
}

impl Clock for FakeBoard {
    fn now_ns(&mut self) -> u64 {
        self.now
    }
    fn wait_until_ns(&mut self, deadline_ns: u64) -> bool {
        let t = match self.stop_at {
            Some(s) => deadline_ns.min(s),
            None => deadline_ns,
        };
        self.advance_to(t)
    }
    fn charge(&mut self, instructions: u64) {
        self.charged += instructions;
    }
}

impl Gpio for FakeBoard {
    fn pin_lookup(&mut self, name: PinName<'_>) -> HalResult<PinId> {
        match name {
            PinName::Number(n @ 0..=28) => Ok(n as PinId),
            PinName::Name("LED") => Ok(25),
            _ => Err(HalError::new(HalErrorKind::NoSuchPin, "invalid pin")),
        }
    }
    fn pin_setup(&mut self, pin: PinId, mode: PinMode, pull: Pull) -> HalResult<()> {
        self.log.push(format!("setup {pin} {mode:?} {pull:?}"));
        Ok(())
    }
    fn pin_write(&mut self, pin: PinId, high: bool) -> HalResult<()> {
        self.log.push(format!("write {pin} {}", high as u8));
        self.levels.insert(pin, high);
        Ok(())
    }
    fn pin_read(&mut self, pin: PinId) -> HalResult<bool> {
        Ok(self.levels.get(&pin).copied().unwrap_or(false))
    }
    fn pin_watch(&mut self, pin: PinId, rising: bool, falling: bool) -> HalResult<()> {
        self.log.push(format!("watch {pin} {rising} {falling}"));
        self.watched.insert(pin, (rising, falling));
        Ok(())
    }
}

impl Pwm for FakeBoard {
    fn pwm_start(&mut self, pin: PinId) -> HalResult<()> {
        if pin == 28 {
            return Err(HalError::new(HalErrorKind::Unsupported, "pin has no PWM"));
        }
        self.log.push(format!("pwm {pin}"));
        Ok(())
    }
    fn pwm_set_freq(&mut self, pin: PinId, hz: u32) -> HalResult<()> {
        if !(8..=62_500_000).contains(&hz) {
            return Err(HalError::new(HalErrorKind::OutOfRange, "freq out of range"));
        }
        self.log.push(format!("freq {pin} {hz}"));
        Ok(())
    }
    fn pwm_freq(&mut self, _: PinId) -> HalResult<u32> {
        Ok(1000)
    }
    fn pwm_set_duty_u16(&mut self, pin: PinId, duty: u16) -> HalResult<()> {
        self.log.push(format!("duty {pin} {duty}"));
        Ok(())
    }
    fn pwm_duty_u16(&mut self, _: PinId) -> HalResult<u16> {
        Ok(32768)
    }
}

impl Adc for FakeBoard {
    fn adc_open(&mut self, _: PinId) -> HalResult<()> {
        Ok(())
    }
    fn adc_read_u16(&mut self, pin: PinId) -> HalResult<u16> {
        if pin != 26 {
            return Err(HalError::new(HalErrorKind::Unsupported, "pin has no ADC"));
        }
        Ok((self.now / 1_000_000) as u16)
    }
}

impl Uart for FakeBoard {
    fn uart_open(&mut self, id: u8, baudrate: u32) -> HalResult<()> {
        if id > 1 {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "UART doesn't exist"));
        }
        self.log.push(format!("uart{id} {baudrate}"));
        Ok(())
    }
    fn uart_write(&mut self, id: u8, data: &[u8]) -> HalResult<usize> {
        self.log
            .push(format!("uart{id} tx {:?}", String::from_utf8_lossy(data)));
        Ok(data.len())
    }
    fn uart_read(&mut self, _: u8, buf: &mut [u8]) -> HalResult<usize> {
        let n = buf.len().min(self.rx.len());
        buf[..n].copy_from_slice(&self.rx[..n]);
        self.rx.drain(..n);
        Ok(n)
    }
    fn uart_any(&mut self, _: u8) -> HalResult<usize> {
        Ok(self.rx.len())
    }
}

/// SPI that answers each byte with its complement (a loopback through an
/// inverter), logging each open and transfer.
impl Spi for FakeBoard {
    fn spi_open(&mut self, id: u8, c: &SpiConfig) -> HalResult<()> {
        if id > 1 {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "no such SPI bus"));
        }
        self.log.push(format!(
            "spi{id} {} cpol={} cpha={} lsb={} sck={:?} mosi={:?} miso={:?}",
            c.baudrate, c.polarity as u8, c.phase as u8, c.lsb_first, c.sck, c.mosi, c.miso
        ));
        Ok(())
    }
    fn spi_transfer(&mut self, id: u8, data: &mut [u8]) -> HalResult<()> {
        self.log.push(format!("spi{id} tx {data:02x?}"));
        for b in data.iter_mut() {
            *b = !*b;
        }
        Ok(())
    }
}

/// A TMP102 at 0x48 reading 25.0 °C; nothing else on the bus.
impl I2c for FakeBoard {
    fn i2c_open(
        &mut self,
        id: u8,
        freq: u32,
        scl: Option<PinId>,
        sda: Option<PinId>,
    ) -> HalResult<()> {
        self.log
            .push(format!("i2c{id} {freq} scl={scl:?} sda={sda:?}"));
        Ok(())
    }
    fn i2c_scan(&mut self, _: u8, found: &mut dyn FnMut(u8)) -> HalResult<()> {
        found(0x48);
        Ok(())
    }
    fn i2c_write(&mut self, _: u8, addr: u8, data: &[u8]) -> HalResult<()> {
        if addr != 0x48 {
            return Err(HalError::new(HalErrorKind::NoDevice, "no device"));
        }
        self.i2c_reg = data.first().copied().unwrap_or(0);
        Ok(())
    }
    fn i2c_read(&mut self, _: u8, addr: u8, buf: &mut [u8]) -> HalResult<()> {
        if addr != 0x48 {
            return Err(HalError::new(HalErrorKind::NoDevice, "no device"));
        }
        let reg = if self.i2c_reg == 0 {
            [0x19, 0x00]
        } else {
            [0xFF, 0xFF]
        };
        for (i, b) in buf.iter_mut().enumerate() {
            *b = reg.get(i).copied().unwrap_or(0);
        }
        Ok(())
    }
}

impl Events for FakeBoard {
    fn next_event(&mut self) -> Option<Event> {
        (!self.pending.is_empty()).then(|| self.pending.remove(0))
    }
    fn note(&mut self, note: Note<'_>) {
        let Note::CallbackStart { source } = note;
        self.log.push(format!("callback {source} @{}", self.now));
    }
    fn stop_requested(&mut self) -> bool {
        self.stop_at.is_some_and(|s| self.now >= s)
    }
}

fn run(src: &str, board: FakeBoard) -> (Result<(), vm::Uncaught>, FakeBoard) {
    let image = compiler::compile(src, "test.py").expect("compiles");
    let program = vm::bytecode::load(&vm::bytecode::encode(&image)).expect("loads");
    let mut vm = Vm::new(program, board, Config::default());
    let mut r = vm.run();
    if r.is_ok() {
        r = vm.idle();
    }
    let board = std::mem::take(vm.board_mut());
    (r, board)
}

#[test]
fn pins_configure_write_read_and_toggle_through_the_hal() {
    let src = "from machine import Pin\n\
        led = Pin('LED', Pin.OUT, value=1)\n\
        print(led.value())\n\
        led.toggle(); print(led())\n\
        led(1); led.off(); led.on()\n\
        b = Pin(14, Pin.IN, Pin.PULL_UP)\n\
        print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN, Pin.IRQ_FALLING, Pin.IRQ_RISING)\n";
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(b.out, "1\n0\n0 1 2 1 2 4 8\n");
    assert_eq!(
        b.log,
        [
            "write 25 1",
            "setup 25 Output None",
            "write 25 0",
            "write 25 1",
            "write 25 0",
            "write 25 1",
            "setup 14 Input Up"
        ]
    );
}

#[test]
fn bad_pins_and_missing_capabilities_raise_value_error() {
    let src = r#"from machine import Pin, PWM, ADC
for f in [lambda: Pin(99), lambda: Pin('NOPE'), lambda: PWM(Pin(28)), lambda: ADC(Pin(3)).read_u16(),
          lambda: PWM(Pin(2), freq=1), lambda: Pin(2, 7)]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
"#;
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(
        b.out,
        "ValueError: invalid pin\nValueError: invalid pin\nValueError: pin has no PWM\n\
         ValueError: pin has no ADC\nValueError: freq out of range\nValueError: invalid pin mode: 7\n"
    );
}

#[test]
fn pwm_keywords_and_duty_ns_conversion() {
    let src = "from machine import PWM, Pin\n\
        p = PWM(Pin(15), freq=1000, duty_u16=70000)\n\
        p.duty_ns(250000)\n\
        print(p.freq(), p.duty_u16(), p.duty_ns())\n";
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(b.out, "1000 32768 500000\n");
    // duty_u16 is clamped like MicroPython's; 250 µs at 1 kHz is a quarter duty.
    assert_eq!(
        b.log,
        ["pwm 15", "freq 15 1000", "duty 15 65535", "duty 15 16384"]
    );
}

#[test]
fn sleep_advances_board_time_and_ticks_wrap_like_micropython() {
    let src = "import time\n\
        t = time.ticks_ms()\n\
        time.sleep(1.5); time.sleep_ms(250); time.sleep_us(500)\n\
        print(time.ticks_diff(time.ticks_ms(), t), time.ticks_us())\n\
        print(time.ticks_add(2**30 - 1, 2), time.ticks_diff(1, 2**30 - 1), time.ticks_diff(5, 3))\n";
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(b.out, "1750 1750500\n1 2 2\n");
    assert_eq!(b.now, 1_750_500_000);
}

#[test]
fn pin_irq_runs_at_the_edge_time_while_sleeping() {
    let src = "from machine import Pin\nimport time\n\
        hits = []\n\
        def h(p):\n    hits.append((time.ticks_ms(), p.value()))\n\
        b = Pin(14, Pin.IN)\n\
        b.irq(handler=h, trigger=Pin.IRQ_RISING)\n\
        time.sleep_ms(1000)\n\
        print(hits)\n";
    // A falling edge (not watched), then two rising edges.
    let board = FakeBoard {
        edges: vec![
            (100_000_000, 14, true),
            (200_000_000, 14, false),
            (300_000_000, 14, true),
            (5_000_000_000, 14, false),
        ],
        ..FakeBoard::default()
    };
    let (r, b) = run(src, board);
    r.unwrap();
    assert_eq!(b.out, "[(100, 1), (300, 1)]\n");
    assert!(
        b.log
            .contains(&"callback Pin(14).irq @100000000".to_string()),
        "{:?}",
        b.log
    );
}

#[test]
fn periodic_timer_fires_on_schedule_and_exceptions_in_callbacks_are_reported() {
    let src = "from machine import Timer\nimport time\n\
        n = 0\n\
        def tick(t):\n    global n\n    n += 1\n    if n == 2:\n        raise ValueError('boom')\n    if n == 4:\n        t.deinit()\n\
        Timer(-1, mode=Timer.PERIODIC, freq=10, callback=tick)\n\
        time.sleep(1)\n\
        print('n =', n)\n";
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert!(
        b.out
            .starts_with("Uncaught exception in Timer(-1) callback:\nTraceback"),
        "{}",
        b.out
    );
    assert!(b.out.contains("ValueError: boom\n"), "{}", b.out);
    assert!(b.out.ends_with("n = 4\n"), "{}", b.out);
    let starts: Vec<&String> = b.log.iter().filter(|l| l.starts_with("callback")).collect();
    assert_eq!(
        starts,
        [
            "callback Timer(-1) @100000000",
            "callback Timer(-1) @200000000",
            "callback Timer(-1) @300000000",
            "callback Timer(-1) @400000000"
        ]
    );
}

#[test]
fn strict_mode_ends_the_run_on_a_callback_exception() {
    let src = "from machine import Timer\nimport time\n\
        Timer(-1, mode=Timer.ONE_SHOT, period=10, callback=lambda t: 1 // 0)\n\
        time.sleep(1)\nprint('not reached')\n";
    let image = compiler::compile(src, "strict.py").unwrap();
    let program = vm::bytecode::Program::verify(image).unwrap();
    let mut vm = Vm::new(program, FakeBoard::default(), Config::default());
    vm.set_strict(true);
    let e = vm.run().unwrap_err();
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(vm.board().out, "");
}

#[test]
fn stop_requests_end_an_endless_script_cleanly_even_inside_try() {
    let src = "import time\nn = 0\n\
        try:\n    while True:\n        time.sleep_ms(100)\n        n += 1\nexcept BaseException:\n    print('handler must not run')\n\
        finally:\n    print('finally must not run either')\n";
    let board = FakeBoard {
        stop_at: Some(1_050_000_000),
        ..FakeBoard::default()
    };
    let (r, b) = run(src, board);
    r.unwrap();
    assert_eq!(b.out, "");
    assert_eq!(b.now, 1_050_000_000);
}

#[test]
fn timers_keep_running_after_the_script_ends_until_the_board_stops() {
    let src = "from machine import Timer\n\
        def t(_):\n    print('tick')\n\
        Timer(-1, period=400, callback=t)\nprint('main done')\n";
    let board = FakeBoard {
        stop_at: Some(1_000_000_000),
        ..FakeBoard::default()
    };
    let (r, b) = run(src, board);
    r.unwrap();
    assert_eq!(b.out, "main done\ntick\ntick\n");
}

#[test]
fn schedule_and_const() {
    let src = "import micropython, time\n\
        X = micropython.const(3)\n\
        micropython.schedule(print, 'scheduled')\n\
        time.sleep_ms(1)\nprint(X)\n";
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(b.out, "scheduled\n3\n");
}

#[test]
fn uart_reads_what_has_arrived_and_writes_bytes_or_str() {
    let src = r#"from machine import UART
u = UART(0, baudrate=9600)
print(u.any(), u.readline(), u.read(3), u.read(), u.read())
print(u.write(b"ok\n"), u.write("hé"))
try:
    UART(7)
except ValueError as e:
    print(e)
"#;
    let board = FakeBoard {
        rx: b"line one\nabcdef".to_vec(),
        ..FakeBoard::default()
    };
    let (r, b) = run(src, board);
    r.unwrap();
    assert_eq!(
        b.out,
        "15 b'line one\\n' b'abc' b'def' None\n3 3\nUART doesn't exist\n"
    );
    assert_eq!(
        b.log,
        ["uart0 9600", "uart0 tx \"ok\\n\"", "uart0 tx \"hé\""]
    );
}

#[test]
fn i2c_scan_register_reads_and_missing_devices() {
    let src = r#"from machine import I2C, Pin
i2c = I2C(0, scl=Pin(5), sda=Pin(4), freq=100000)
print(i2c.scan())
raw = i2c.readfrom_mem(0x48, 0, 2)
print(raw, ((raw[0] << 8 | raw[1]) >> 4) * 0.0625)
print(i2c.writeto(0x48, b"\x00"), i2c.readfrom(0x48, 2))
try:
    i2c.readfrom(0x50, 1)
except OSError as e:
    print(e, e.args[0])
"#;
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(
        b.out,
        "[72]\nb'\\x19\\x00' 25.0\n1 b'\\x19\\x00'\n[Errno 19] ENODEV 19\n"
    );
    assert_eq!(b.log[0], "i2c0 100000 scl=Some(5) sda=Some(4)");
}

/// Any buffer (`bytes`, `bytearray`, `memoryview`, `str`) can be written,
/// and the `*_into` methods fill a bytearray or a view of one in place.
#[test]
fn buses_take_any_buffer_and_read_into_bytearrays() {
    let src = r#"from machine import I2C, UART
i2c = I2C(0)
print(i2c.writeto(0x48, bytearray(b"\x00")), i2c.writevto(0x48, [b"\x00", memoryview(b"ab")[1:]]))
buf = bytearray(2)
print(i2c.readfrom_into(0x48, buf), buf)
big = bytearray(b"....")
i2c.readfrom_mem_into(0x48, 0, memoryview(big)[1:3])
print(big)
try:
    i2c.readfrom_into(0x48, b"xx")
except TypeError as e:
    print(e)
u = UART(0)
print(u.write(bytearray(b"hi")), u.write(memoryview(b"xyz")[1:]), u.flush(), u.txdone())
print(u.readinto(buf), buf, u.readinto(big, 1), big, u.readinto(buf))
"#;
    let board = FakeBoard {
        rx: b"abc".to_vec(),
        ..FakeBoard::default()
    };
    let (r, b) = run(src, board);
    r.unwrap();
    assert_eq!(
        b.out,
        "1 2\nNone bytearray(b'\\x19\\x00')\nbytearray(b'.\\x19\\x00.')\n\
         a writable buffer (bytearray or memoryview) is required, not 'bytes'\n\
         2 2 None True\n2 bytearray(b'ab') 1 bytearray(b'c\\x19\\x00.') None\n"
    );
    assert_eq!(
        &b.log[b.log.len() - 2..],
        ["uart0 tx \"hi\"", "uart0 tx \"yz\""]
    );
}

/// `machine.SPI` as MicroPython's: settings reach the board (and `init`
/// changes only what it is given), reads clock out the `write` byte,
/// `*_into` fill in place, and mistakes raise.
#[test]
fn spi_settings_and_transfers_reach_the_board() {
    let src = r#"from machine import SPI, Pin
spi = SPI(1, 2_000_000, polarity=1, phase=1, sck=Pin(10), mosi=11, miso=Pin(8))
print(spi.read(2), spi.read(1, 0xF0), spi.read(1, write=0x0F))
buf = bytearray(3)
print(spi.readinto(buf, 0x01), buf)
print(spi.write(b"\x00\xff"), spi.write(bytearray(b"A")))
spi.write_readinto(b"\x01\x02", memoryview(buf)[1:])
print(buf)
spi.init(baudrate=500_000, firstbit=SPI.LSB)
spi.write_readinto(buf, buf)
print(buf, spi.deinit())
cases = [
    ("SPI(0, bits=16)", lambda: SPI(0, bits=16)),
    ("SPI(0, polarity=2)", lambda: SPI(0, polarity=2)),
    ("SPI(0, firstbit=5)", lambda: SPI(0, firstbit=5)),
    ("SPI(0, 0)", lambda: SPI(0, 0)),
    ("SPI(5)", lambda: SPI(5)),
    ("SPI(-1)", lambda: SPI(-1)),
    ("spi.write_readinto(b'ab', bytearray(3))", lambda: spi.write_readinto(b"ab", bytearray(3))),
    ("spi.readinto(b'ab')", lambda: spi.readinto(b"ab")),
    ("spi.read(-1)", lambda: spi.read(-1)),
    ("spi.write(5)", lambda: spi.write(5)),
]
for label, case in cases:
    try:
        case()
    except Exception as e:
        print(label, type(e).__name__, e)
"#;
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(
        b.out,
        "b'\\xff\\xff' b'\\x0f' b'\\xf0'\n\
         None bytearray(b'\\xfe\\xfe\\xfe')\n\
         None None\n\
         bytearray(b'\\xfe\\xfe\\xfd')\n\
         bytearray(b'\\x01\\x01\\x02') None\n\
         SPI(0, bits=16) NotImplementedError SPI words of other than 8 bits\n\
         SPI(0, polarity=2) ValueError polarity must be 0 or 1\n\
         SPI(0, firstbit=5) ValueError firstbit must be SPI.MSB or SPI.LSB\n\
         SPI(0, 0) ValueError baudrate out of range\n\
         SPI(5) ValueError no such SPI bus\n\
         SPI(-1) ValueError SPI doesn't exist\n\
         spi.write_readinto(b'ab', bytearray(3)) ValueError buffers must be the same length\n\
         spi.readinto(b'ab') TypeError a writable buffer (bytearray or memoryview) is required, not 'bytes'\n\
         spi.read(-1) ValueError negative count\n\
         spi.write(5) TypeError object with buffer protocol required, not 'int'\n"
    );
    assert_eq!(
        b.log,
        [
            "spi1 2000000 cpol=1 cpha=1 lsb=false sck=Some(10) mosi=Some(11) miso=Some(8)",
            "spi1 tx [00, 00]",
            "spi1 tx [f0]",
            "spi1 tx [0f]",
            "spi1 tx [01, 01, 01]",
            "spi1 tx [00, ff]",
            "spi1 tx [41]",
            "spi1 tx [01, 02]",
            "spi1 500000 cpol=1 cpha=1 lsb=true sck=Some(10) mosi=Some(11) miso=Some(8)",
            "spi1 tx [fe, fe, fd]",
        ]
    );
}

/// `scl=`/`sda=` reach the board as pins: from a `Pin`, a number or a
/// name; one alone leaves the other to the board; `None` is not given.
#[test]
fn i2c_pins_reach_the_board() {
    let src = r#"from machine import I2C, Pin
I2C(0)
I2C(1, scl=Pin(27), sda=26, freq=100000)
I2C(0, sda=Pin("LED"))
I2C(0, scl=None, sda=None)
try:
    I2C(0, scl=99)
except ValueError as e:
    print(e)
try:
    I2C(0, scl=1.5)
except TypeError as e:
    print(e)
"#;
    let (r, b) = run(src, FakeBoard::default());
    r.unwrap();
    assert_eq!(b.out, "invalid pin\nexpecting a pin, not float\n");
    assert_eq!(
        b.log,
        [
            "i2c0 400000 scl=None sda=None",
            "i2c1 100000 scl=Some(27) sda=Some(26)",
            "i2c0 400000 scl=None sda=Some(25)",
            "i2c0 400000 scl=None sda=None",
        ]
    );
}

/// On the simulated Pico, the pins are checked against `boards/pico.toml`:
/// the defaults and any pin the RP2040 routes the bus to work, anything
/// else is MicroPython's `ValueError`, not a bus on the wrong wires.
#[test]
fn i2c_pins_are_checked_by_the_simulated_pico() {
    let src = r#"from machine import I2C, Pin
def err(f):
    try:
        f()
        print("ok")
    except ValueError as e:
        print("ValueError", e)
err(lambda: I2C(0))
err(lambda: I2C(0, scl=Pin(9), sda=Pin(8)))
err(lambda: I2C(0, scl=Pin(5), sda=Pin(4)))
err(lambda: I2C(1, scl=Pin("GP27"), sda=Pin(26), freq=100000))
err(lambda: I2C(0, scl=Pin(21)))
err(lambda: I2C(0, scl=Pin(4), sda=Pin(5)))
err(lambda: I2C(0, scl=Pin(7), sda=Pin(6)))
err(lambda: I2C(1, scl=Pin(7), sda=Pin(8)))
"#;
    let image = compiler::compile(src, "test.py").expect("compiles");
    let program = vm::bytecode::load(&vm::bytecode::encode(&image)).expect("loads");
    let mut vm = Vm::new(
        program,
        hardware_models::SimBoard::capturing(),
        Config::default(),
    );
    vm.run().unwrap();
    assert_eq!(
        vm.board_mut().output(),
        "ok\nok\nok\nok\nok\n\
         ValueError bad SCL pin\n\
         ValueError bad SCL pin\n\
         ValueError bad SDA pin\n"
    );
}
