//! `machine.UART` and `machine.I2C` over `vm::hal` (MicroPython's signatures).

use super::machine::{hal_error, pin_id};
use super::Args;
use crate::hal::{Board, PinId};
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::vec::Vec;

pub(super) fn small_id(it: &mut Interp, v: Value, what: &str) -> PyResult<u8> {
    match it.to_i64(v).filter(|_| it.is_int(v)) {
        Some(id @ 0..=255) => Ok(id as u8),
        _ => Err(it.raise_string(TypeId::ValueError, alloc::format!("{what} doesn't exist"))),
    }
}

fn int_arg(it: &mut Interp, v: Value, what: &str) -> PyResult<i64> {
    match it.to_i64(v).filter(|_| it.is_int(v)) {
        Some(x) => Ok(x),
        None => {
            let tn = it.type_name(v);
            Err(it.raise_string(
                TypeId::TypeError,
                alloc::format!("{what}: can't convert {tn} to int"),
            ))
        }
    }
}

/// The data of a buffer argument: `bytes`, `bytearray`, a `memoryview` or
/// a `str` (its UTF-8), as MicroPython accepts.
pub(super) fn buffer(it: &mut Interp, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = it.bytes_like(v) {
        return Ok(Vec::from(b));
    }
    if let Some(s) = it.as_str(v) {
        return Ok(Vec::from(s.as_bytes()));
    }
    let tn = it.type_name(v);
    Err(it.raise_string(
        TypeId::TypeError,
        alloc::format!("object with buffer protocol required, not '{tn}'"),
    ))
}

/// The length of a writable buffer (a `bytearray` or a `memoryview` of
/// one), which `*_into` methods fill.
pub(super) fn writable_len(it: &mut Interp, v: Value) -> PyResult<usize> {
    let target = it.memoryview_parts(v).map_or(v, |(o, _, _)| o);
    match it.obj_of(target, Kind::ByteArray) {
        Some(_) => Ok(it.bytes_like(v).map_or(0, <[u8]>::len)),
        None => {
            let tn = it.type_name(v);
            Err(it.raise_string(
                TypeId::TypeError,
                alloc::format!(
                    "a writable buffer (bytearray or memoryview) is required, not '{tn}'"
                ),
            ))
        }
    }
}

/// Copies `data` over the start of the writable buffer `v` (checked by
/// [`writable_len`]; `data` is never longer).
pub(super) fn fill(it: &mut Interp, v: Value, data: &[u8]) -> PyResult<()> {
    let (target, start) = it.memoryview_parts(v).map_or((v, 0), |(o, s, _)| (o, s));
    let mut all = it.bytes_like(target).unwrap_or(&[]).to_vec();
    // (Clamped, though `data` always fits: the VM never panics.)
    let start = start.min(all.len());
    let n = data.len().min(all.len() - start);
    all[start..start + n].copy_from_slice(&data[..n]);
    it.bytearray_set(target, &all)
}

fn this_id(it: &Interp, a: &Args, class: TypeId) -> u8 {
    it.native_field(a.pos(it, 0), class, 0)
        .and_then(|v| v.as_small_int())
        .unwrap_or(0) as u8
}

/// `UART(id, baudrate=115200, *, timeout=0, timeout_char=…, …)`.
///
/// Fields: id, baud rate, `timeout` and `timeout_char` in ms. As on the
/// RP2040 port, `timeout_char` is at least one character time (13 bits, to
/// be safe) so a line arriving at the baud rate is read whole.
pub(crate) fn new_uart(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(
        it,
        "UART",
        1,
        2,
        &[
            "baudrate",
            "bits",
            "parity",
            "stop",
            "tx",
            "rx",
            "timeout",
            "timeout_char",
            "txbuf",
            "rxbuf",
        ],
    )?;
    let id = small_id(it, a.pos(it, 0), "UART")?;
    let baud = match a.opt(it, 1).or_else(|| a.kw(it, "baudrate")) {
        Some(v) => int_arg(it, v, "baudrate")?,
        None => 115_200,
    };
    let baud = match u32::try_from(baud) {
        Ok(b) if b > 0 => b,
        _ => return Err(it.raise(TypeId::ValueError, "invalid baudrate")),
    };
    let ms = |it: &mut Interp, name: &str| -> PyResult<i64> {
        match a.kw(it, name) {
            Some(v) => Ok(int_arg(it, v, name)?.clamp(0, 1 << 40)),
            None => Ok(0),
        }
    };
    let timeout = ms(it, "timeout")?;
    let timeout_char = ms(it, "timeout_char")?.max(13_000 / baud as i64 + 1);
    io.uart_open(id, baud).map_err(|e| hal_error(it, e))?;
    it.new_native(
        TypeId::Uart,
        &[
            Value::small_int(id as i64),
            Value::small_int(baud as i64),
            Value::small_int(timeout),
            Value::small_int(timeout_char),
        ],
    )
}

pub(super) fn uart_write(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "write", 2, 2, &[])?;
    let id = this_id(it, &a, TypeId::Uart);
    let data = buffer(it, a.pos(it, 1))?;
    it.charge(io);
    let n = io.uart_write(id, &data).map_err(|e| hal_error(it, e))?;
    Ok(Value::small_int(n as i64))
}

pub(super) fn uart_any(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "any", 1, 1, &[])?;
    let id = this_id(it, &a, TypeId::Uart);
    it.charge(io);
    let n = io.uart_any(id).map_err(|e| hal_error(it, e))?;
    Ok(Value::small_int(n as i64))
}

/// Receives up to `max` bytes (stopping after a newline if `line`): waits up
/// to `timeout` ms for the first byte and `timeout_char` ms for each next
/// one, as MicroPython's stream reads do. Callbacks run while it waits.
fn receive(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    max: usize,
    line: bool,
) -> PyResult<Vec<u8>> {
    let this = a.pos(it, 0);
    let field = |it: &Interp, i| {
        it.native_field(this, TypeId::Uart, i)
            .and_then(|v| v.as_small_int())
            .unwrap_or(0)
    };
    let id = field(it, 0) as u8;
    let baud = field(it, 1).max(1) as u64;
    let (timeout, timeout_char) = (field(it, 2) as u64, field(it, 3) as u64);
    // Poll once per character time: bytes cannot arrive faster.
    let char_ns = (10_000_000_000 / baud).max(1);
    let mut out = Vec::new();
    let mut deadline = io
        .now_ns()
        .saturating_add(timeout.saturating_mul(1_000_000));
    while out.len() < max {
        if io.uart_any(id).map_err(|e| hal_error(it, e))? > 0 {
            let mut byte = [0u8; 1];
            if io.uart_read(id, &mut byte).map_err(|e| hal_error(it, e))? == 0 {
                break;
            }
            out.push(byte[0]);
            if line && byte[0] == b'\n' {
                break;
            }
            deadline = io
                .now_ns()
                .saturating_add(timeout_char.saturating_mul(1_000_000));
            continue;
        }
        let now = io.now_ns();
        if now >= deadline {
            break;
        }
        it.sleep_until(io, deadline.min(now.saturating_add(char_ns)))?;
    }
    Ok(out)
}

/// `uart.read([nbytes])`: the bytes received (see [`receive`]), or `None`.
pub(super) fn uart_read(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "read", 1, 2, &[])?;
    let max = match a.opt(it, 1).filter(|v| !v.is_none()) {
        Some(v) => int_arg(it, v, "nbytes")?.max(0) as usize,
        None => usize::MAX,
    };
    let data = receive(it, io, &a, max, false)?;
    if data.is_empty() {
        return Ok(Value::NONE);
    }
    it.new_bytes(&data)
}

/// `uart.readinto(buf[, nbytes])`: fills `buf` with what is received (see
/// [`receive`]); the number of bytes read, or `None` if none came.
pub(super) fn uart_readinto(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "readinto", 2, 3, &[])?;
    let buf = a.pos(it, 1);
    let room = writable_len(it, buf)?;
    let max = match a.opt(it, 2) {
        Some(v) => (int_arg(it, v, "nbytes")?.max(0) as usize).min(room),
        None => room,
    };
    let data = receive(it, io, &a, max, false)?;
    if data.is_empty() {
        return Ok(Value::NONE);
    }
    fill(it, buf, &data)?;
    Ok(Value::small_int(data.len() as i64))
}

/// `uart.flush()` and `uart.txdone()`: a write hands its bytes to the board
/// whole, so nothing is ever left waiting to be sent.
pub(super) fn uart_flush(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "flush", 1, 1, &[])?;
    Ok(Value::NONE)
}

/// See [`uart_flush`].
pub(super) fn uart_txdone(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "txdone", 1, 1, &[])?;
    Ok(Value::TRUE)
}

/// `uart.readline()`: up to and including a newline (see [`receive`]).
pub(super) fn uart_readline(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "readline", 1, 1, &[])?;
    let line = receive(it, io, &a, usize::MAX, true)?;
    if line.is_empty() {
        return Ok(Value::NONE);
    }
    it.new_bytes(&line)
}

/// `I2C(id, *, scl, sda, freq=400000)`: `scl`/`sda` are passed to the board,
/// which checks them.
pub(crate) fn new_i2c(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "I2C", 1, 1, &["scl", "sda", "freq", "timeout"])?;
    let id = small_id(it, a.pos(it, 0), "I2C")?;
    let freq = match a.kw(it, "freq") {
        Some(v) => int_arg(it, v, "freq")?,
        None => 400_000,
    };
    let Ok(freq) = u32::try_from(freq) else {
        return Err(it.raise(TypeId::ValueError, "freq out of range"));
    };
    let scl = pin_kw(it, io, &a, "scl")?;
    let sda = pin_kw(it, io, &a, "sda")?;
    io.i2c_open(id, freq, scl, sda)
        .map_err(|e| hal_error(it, e))?;
    it.new_native(TypeId::I2c, &[Value::small_int(id as i64)])
}

/// A bus pin keyword (`scl=`): a `Pin` or what `Pin()` takes; `None` or
/// absent leaves the line on the board's default pin (as MicroPython's rp2
/// port does).
fn pin_kw(it: &mut Interp, io: &mut dyn Board, a: &Args, name: &str) -> PyResult<Option<PinId>> {
    match a.kw(it, name) {
        Some(v) if !v.is_none() => pin_id(it, io, v).map(Some),
        _ => Ok(None),
    }
}

pub(super) fn i2c_scan(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "scan", 1, 1, &[])?;
    let id = this_id(it, &a, TypeId::I2c);
    let mut found = Vec::new();
    io.i2c_scan(id, &mut |addr| found.push(Value::small_int(addr as i64)))
        .map_err(|e| hal_error(it, e))?;
    it.list_of(&found)
}

fn addr_arg(it: &mut Interp, v: Value) -> PyResult<u8> {
    match it.to_i64(v).filter(|_| it.is_int(v)) {
        Some(x @ 0..=127) => Ok(x as u8),
        _ => Err(it.raise(TypeId::ValueError, "invalid I2C address")),
    }
}

pub(super) fn i2c_readfrom(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "readfrom", 3, 4, &["stop"])?;
    let id = this_id(it, &a, TypeId::I2c);
    let addr = addr_arg(it, a.pos(it, 1))?;
    let n = int_arg(it, a.pos(it, 2), "nbytes")?.max(0) as usize;
    let mut buf = alloc::vec![0u8; n.min(4096)];
    it.charge(io);
    io.i2c_read(id, addr, &mut buf)
        .map_err(|e| hal_error(it, e))?;
    it.new_bytes(&buf)
}

/// `i2c.readfrom_into(addr, buf, stop=True)`: fills `buf` from the device.
pub(super) fn i2c_readfrom_into(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "readfrom_into", 3, 4, &["stop"])?;
    read_into(it, io, &a, false, a.pos(it, 2))
}

/// Reads device `a[1]` of `a`'s bus into the writable buffer `target`;
/// with `mem`, first writes the register address `a[2]` (the `_mem` form).
fn read_into(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    mem: bool,
    target: Value,
) -> PyResult<Value> {
    let id = this_id(it, a, TypeId::I2c);
    let addr = addr_arg(it, a.pos(it, 1))?;
    let register = if mem { mem_addr(it, a)? } else { Vec::new() };
    let mut buf = alloc::vec![0u8; writable_len(it, target)?];
    it.charge(io);
    if mem {
        io.i2c_write(id, addr, &register)
            .map_err(|e| hal_error(it, e))?;
    }
    io.i2c_read(id, addr, &mut buf)
        .map_err(|e| hal_error(it, e))?;
    fill(it, target, &buf)?;
    Ok(Value::NONE)
}

/// `i2c.writevto(addr, vector, stop=True)`: the buffers of `vector` sent as
/// one write; the number of bytes written.
pub(super) fn i2c_writevto(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "writevto", 3, 4, &["stop"])?;
    let id = this_id(it, &a, TypeId::I2c);
    let addr = addr_arg(it, a.pos(it, 1))?;
    let base = it.stack.len();
    let n = it.push_iterable_io(io, a.pos(it, 2))?;
    let mut data = Vec::new();
    for i in base..base + n {
        let part = it.stack[i];
        match buffer(it, part) {
            Ok(b) => data.extend(b),
            Err(e) => {
                it.stack.truncate(base);
                return Err(e);
            }
        }
    }
    it.stack.truncate(base);
    it.charge(io);
    io.i2c_write(id, addr, &data)
        .map_err(|e| hal_error(it, e))?;
    Ok(Value::small_int(data.len() as i64))
}

pub(super) fn i2c_writeto(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "writeto", 3, 4, &["stop"])?;
    let id = this_id(it, &a, TypeId::I2c);
    let addr = addr_arg(it, a.pos(it, 1))?;
    let data = buffer(it, a.pos(it, 2))?;
    it.charge(io);
    io.i2c_write(id, addr, &data)
        .map_err(|e| hal_error(it, e))?;
    Ok(Value::small_int(data.len() as i64))
}

pub(super) fn i2c_readfrom_mem(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "readfrom_mem", 4, 4, &["addrsize"])?;
    let id = this_id(it, &a, TypeId::I2c);
    let addr = addr_arg(it, a.pos(it, 1))?;
    let mem = mem_addr(it, &a)?;
    let n = int_arg(it, a.pos(it, 3), "nbytes")?.max(0) as usize;
    let mut buf = alloc::vec![0u8; n.min(4096)];
    it.charge(io);
    io.i2c_write(id, addr, &mem).map_err(|e| hal_error(it, e))?;
    io.i2c_read(id, addr, &mut buf)
        .map_err(|e| hal_error(it, e))?;
    it.new_bytes(&buf)
}

/// `i2c.readfrom_mem_into(addr, memaddr, buf, *, addrsize=8)`.
pub(super) fn i2c_readfrom_mem_into(
    it: &mut Interp,
    io: &mut dyn Board,
    a: Args,
) -> PyResult<Value> {
    a.check(it, "readfrom_mem_into", 4, 4, &["addrsize"])?;
    read_into(it, io, &a, true, a.pos(it, 3))
}

pub(super) fn i2c_writeto_mem(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "writeto_mem", 4, 4, &["addrsize"])?;
    let id = this_id(it, &a, TypeId::I2c);
    let addr = addr_arg(it, a.pos(it, 1))?;
    let mut data = mem_addr(it, &a)?;
    data.extend(buffer(it, a.pos(it, 3))?);
    it.charge(io);
    io.i2c_write(id, addr, &data)
        .map_err(|e| hal_error(it, e))?;
    Ok(Value::NONE)
}

/// The register address bytes (`addrsize` 8 or 16 bits, big-endian).
fn mem_addr(it: &mut Interp, a: &Args) -> PyResult<Vec<u8>> {
    let mem = int_arg(it, a.pos(it, 2), "memaddr")?;
    let size = match a.kw(it, "addrsize") {
        Some(v) => int_arg(it, v, "addrsize")?,
        None => 8,
    };
    match size {
        8 => Ok(alloc::vec![mem as u8]),
        16 => Ok(alloc::vec![(mem >> 8) as u8, mem as u8]),
        _ => Err(it.raise(TypeId::ValueError, "addrsize must be 8 or 16")),
    }
}
