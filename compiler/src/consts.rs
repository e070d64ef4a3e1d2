//! The image-wide name table and constant pool, both deduplicated.

use std::collections::HashMap;
use vm::bytecode::Const;

/// Hashable identity of a constant. Floats compare by bit pattern so that
/// `0.0` and `-0.0` stay distinct (as CPython keeps them), and ints never
/// merge with floats or bools.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    Big(bool, Vec<u32>),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<u16>),
    Code(u16),
}

fn key(c: &Const) -> Key {
    match c {
        Const::None => Key::None,
        Const::True => Key::True,
        Const::False => Key::False,
        Const::Ellipsis => Key::Ellipsis,
        Const::Int(i) => Key::Int(*i),
        Const::BigInt {
            negative,
            magnitude,
        } => Key::Big(*negative, magnitude.clone()),
        Const::Float(f) => Key::Float(f.to_bits()),
        Const::Str(s) => Key::Str(s.clone()),
        Const::Bytes(b) => Key::Bytes(b.clone()),
        Const::Tuple(t) => Key::Tuple(t.clone()),
        Const::Code(c) => Key::Code(*c),
    }
}

/// Names and constants shared by every code object of one image.
#[derive(Default)]
pub(crate) struct Pools {
    pub(crate) names: Vec<String>,
    name_index: HashMap<String, u16>,
    pub(crate) consts: Vec<Const>,
    const_index: HashMap<Key, u16>,
}

/// Returned when a table outgrows its 16-bit index.
pub(crate) struct PoolFull(pub(crate) &'static str);

impl Pools {
    /// Pools that continue an existing image's tables (a multi-module
    /// program's next module, or the interactive prompt's next input).
    pub(crate) fn from_parts(names: Vec<String>, consts: Vec<Const>) -> Pools {
        let name_index = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u16))
            .collect();
        let const_index = consts
            .iter()
            .enumerate()
            .map(|(i, c)| (key(c), i as u16))
            .collect();
        Pools {
            names,
            name_index,
            consts,
            const_index,
        }
    }

    /// Index of `name`, interning it on first use.
    pub(crate) fn name(&mut self, name: &str) -> Result<u16, PoolFull> {
        if let Some(&i) = self.name_index.get(name) {
            return Ok(i);
        }
        let i = u16::try_from(self.names.len()).map_err(|_| PoolFull("names"))?;
        self.names.push(name.to_owned());
        self.name_index.insert(name.to_owned(), i);
        Ok(i)
    }

    /// Index of constant `c`, adding it on first use.
    pub(crate) fn constant(&mut self, c: Const) -> Result<u16, PoolFull> {
        let k = key(&c);
        if let Some(&i) = self.const_index.get(&k) {
            return Ok(i);
        }
        let i = u16::try_from(self.consts.len()).map_err(|_| PoolFull("constants"))?;
        self.consts.push(c);
        self.const_index.insert(k, i);
        Ok(i)
    }
}
