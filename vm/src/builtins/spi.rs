//! `machine.SPI` over `vm::hal::Spi`, with MicroPython's signatures:
//! `SPI(id, baudrate=1000000, *, polarity=0, phase=0, bits=8,
//! firstbit=SPI.MSB, sck=None, mosi=None, miso=None)`, `init`, `deinit`,
//! `read`, `readinto`, `write`, `write_readinto`. The script drives chip
//! select with a `Pin`, as on MicroPython.
//!
//! Instance fields: id, baudrate, polarity, phase, firstbit, sck, mosi,
//! miso (a pin id or `None`), so `init()` changes only what it is given.

use super::buses::{buffer, fill, small_id, writable_len};
use super::machine::{hal_error, pin_id};
use super::Args;
use crate::hal::{Board, SpiConfig};
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::vec::Vec;

/// `SPI.MSB` / `SPI.LSB` (the rp2 port's values).
pub(crate) const MSB: i64 = 1;
pub(crate) const LSB: i64 = 0;

const ID: usize = 0;
const BAUDRATE: usize = 1;
const POLARITY: usize = 2;
const PHASE: usize = 3;
const FIRSTBIT: usize = 4;
const PINS: usize = 5;
const FIELDS: usize = 8;
const PIN_NAMES: [&str; 3] = ["sck", "mosi", "miso"];
const KEYWORDS: &[&str] = &[
    "baudrate", "polarity", "phase", "bits", "firstbit", "sck", "mosi", "miso",
];

/// `SPI(id, ...)`.
pub(crate) fn new_spi(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "SPI", 1, 2, KEYWORDS)?;
    let id = small_id(it, a.pos(it, 0), "SPI")?;
    let mut fields = [
        Value::small_int(i64::from(id)),
        Value::small_int(1_000_000),
        Value::small_int(0),
        Value::small_int(0),
        Value::small_int(MSB),
        Value::NONE,
        Value::NONE,
        Value::NONE,
    ];
    configure(it, io, &a, 1, &mut fields)?;
    it.new_native(TypeId::Spi, &fields)
}

/// `spi.init(baudrate=..., *, polarity=..., ...)`: changes what is given.
pub(super) fn spi_init(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "init", 1, 2, KEYWORDS)?;
    let this = a.pos(it, 0);
    let mut fields = [Value::NONE; FIELDS];
    for (i, f) in fields.iter_mut().enumerate() {
        *f = it.native_field(this, TypeId::Spi, i).unwrap_or(Value::NONE);
    }
    configure(it, io, &a, 1, &mut fields)?;
    for (i, f) in fields.iter().enumerate() {
        it.set_native_field(this, i, *f);
    }
    Ok(Value::NONE)
}

/// `spi.deinit()`: the bus is left as it is; a later transfer re-opens it
/// with `init()`'s settings, as MicroPython re-initialises on demand.
pub(super) fn spi_deinit(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "deinit", 1, 1, &[])?;
    Ok(Value::NONE)
}

/// Merges the arguments (`baudrate` may be positional at `first`) into
/// `fields`, checks them and opens the bus with the result.
fn configure(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    first: usize,
    fields: &mut [Value; FIELDS],
) -> PyResult<()> {
    if let Some(v) = a.opt(it, first).or_else(|| a.kw(it, "baudrate")) {
        match it.to_i64(v).filter(|_| it.is_int(v)) {
            Some(b @ 1..=0xFFFF_FFFF) => fields[BAUDRATE] = Value::small_int(b),
            _ => return Err(it.raise(TypeId::ValueError, "baudrate out of range")),
        }
    }
    for (slot, name) in [(POLARITY, "polarity"), (PHASE, "phase")] {
        if let Some(v) = a.kw(it, name) {
            match it.to_i64(v).filter(|_| it.is_int(v)) {
                Some(x @ 0..=1) => fields[slot] = Value::small_int(x),
                _ => {
                    return Err(it
                        .raise_string(TypeId::ValueError, alloc::format!("{name} must be 0 or 1")))
                }
            }
        }
    }
    if let Some(v) = a.kw(it, "bits") {
        if it.to_i64(v) != Some(8) || !it.is_int(v) {
            return Err(it.raise(
                TypeId::NotImplementedError,
                "SPI words of other than 8 bits",
            ));
        }
    }
    if let Some(v) = a.kw(it, "firstbit") {
        match it.to_i64(v).filter(|_| it.is_int(v)) {
            Some(x @ (MSB | LSB)) => fields[FIRSTBIT] = Value::small_int(x),
            _ => return Err(it.raise(TypeId::ValueError, "firstbit must be SPI.MSB or SPI.LSB")),
        }
    }
    for (k, name) in PIN_NAMES.iter().enumerate() {
        if let Some(v) = a.kw(it, name) {
            fields[PINS + k] = if v.is_none() {
                Value::NONE
            } else {
                Value::small_int(pin_id(it, io, v)? as i64)
            };
        }
    }
    let config = config_of(fields);
    io.spi_open(small(fields[ID]) as u8, &config)
        .map_err(|e| hal_error(it, e))
}

fn small(v: Value) -> i64 {
    v.as_small_int().unwrap_or(0)
}

fn config_of(fields: &[Value; FIELDS]) -> SpiConfig {
    let pin = |k: usize| fields[PINS + k].as_small_int().map(|p| p as u16);
    SpiConfig {
        baudrate: small(fields[BAUDRATE]) as u32,
        polarity: small(fields[POLARITY]) == 1,
        phase: small(fields[PHASE]) == 1,
        lsb_first: small(fields[FIRSTBIT]) == LSB,
        sck: pin(0),
        mosi: pin(1),
        miso: pin(2),
    }
}

/// Sends `data` on the bus of `a`'s `self`, replacing it by what came back.
fn transfer(it: &mut Interp, io: &mut dyn Board, a: &Args, data: &mut [u8]) -> PyResult<()> {
    let id = it
        .native_field(a.pos(it, 0), TypeId::Spi, ID)
        .map_or(0, small) as u8;
    it.charge(io);
    io.spi_transfer(id, data).map_err(|e| hal_error(it, e))
}

/// The byte clocked out while reading (`write=0x00`).
fn fill_byte(it: &mut Interp, a: &Args, at: usize) -> PyResult<u8> {
    match a.opt(it, at).or_else(|| a.kw(it, "write")) {
        None => Ok(0),
        Some(v) => match it.to_i64(v).filter(|_| it.is_int(v)) {
            Some(b) => Ok(b as u8),
            None => Err(it.raise(TypeId::TypeError, "write must be an int")),
        },
    }
}

/// A byte count that fits in the VM heap: the transfer buffer lives
/// outside it, where an MCU has little room.
fn byte_count(it: &mut Interp, v: Value) -> PyResult<usize> {
    match it.to_i64(v).filter(|_| it.is_int(v)) {
        Some(n) if n < 0 => Err(it.raise(TypeId::ValueError, "negative count")),
        Some(n) if n as u64 > it.heap.capacity_bytes() as u64 => Err(it.out_of_memory()),
        Some(n) => Ok(n as usize),
        None => Err(it.raise(TypeId::TypeError, "nbytes must be an int")),
    }
}

/// `spi.read(nbytes, write=0x00)`: the bytes received.
pub(super) fn spi_read(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "read", 2, 3, &["write"])?;
    let n = byte_count(it, a.pos(it, 1))?;
    let mut data = alloc::vec![fill_byte(it, &a, 2)?; n];
    transfer(it, io, &a, &mut data)?;
    it.new_bytes(&data)
}

/// `spi.readinto(buf, write=0x00)`: fills `buf` with the bytes received.
pub(super) fn spi_readinto(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "readinto", 2, 3, &["write"])?;
    let buf = a.pos(it, 1);
    let n = writable_len(it, buf)?;
    let mut data = alloc::vec![fill_byte(it, &a, 2)?; n];
    transfer(it, io, &a, &mut data)?;
    fill(it, buf, &data)?;
    Ok(Value::NONE)
}

/// `spi.write(buf)`: what comes back is dropped.
pub(super) fn spi_write(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "write", 2, 2, &[])?;
    let mut data = buffer(it, a.pos(it, 1))?;
    transfer(it, io, &a, &mut data)?;
    Ok(Value::NONE)
}

/// `spi.write_readinto(write_buf, read_buf)`: both the same length (they
/// may be the same object).
pub(super) fn spi_write_readinto(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "write_readinto", 3, 3, &[])?;
    let mut data: Vec<u8> = buffer(it, a.pos(it, 1))?;
    let target = a.pos(it, 2);
    if writable_len(it, target)? != data.len() {
        return Err(it.raise(TypeId::ValueError, "buffers must be the same length"));
    }
    transfer(it, io, &a, &mut data)?;
    fill(it, target, &data)?;
    Ok(Value::NONE)
}
